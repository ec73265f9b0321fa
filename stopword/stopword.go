package stopword

import "strings"

// List names parts of the English vocabulary; combine them with |.
type List uint

// The lists; see the package documentation for what each holds and why.
const (
	Function List = 1 << iota
	Fragments
	Contractions
	Frequent
)

// lists holds each List's words, in the order of the constants.
var lists = [...]string{
	`a about above after again against all am an and any are as at
	be because been before being below between both but by
	can could
	did do does doing down during
	each
	few for from further
	had has have having he her here hers herself him himself his how
	i if in into is it its itself
	just
	me might more most must my myself
	no nor not now
	of off on once only or other our ours ourselves out over own
	same she should so some such
	than that the their theirs them themselves then there these they this those through to too
	under until up upon
	very
	was we were what when where which while who whom why will with would
	you your yours yourself yourselves`,
	`d don ll m o re s t ve y`,
	`don't doesn't didn't isn't wasn't aren't weren't can't won't
	it's he's she's that's there's i'm we're they're you're i've we've they've`,
	`also even ever every however may much since though us whether within without yet
	said says`,
}

// English returns the words of the lists in l, a new slice on each call,
// list by list in the order of the constants. No word is in two lists.
func English(l List) []string {
	var out []string
	for i, words := range lists {
		if l&(1<<i) != 0 {
			out = append(out, strings.Fields(words)...)
		}
	}
	return out
}
