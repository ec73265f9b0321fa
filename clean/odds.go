package clean

import (
	"bytes"
	"regexp"
	"strings"
)

// A tips site's odds table, as its text keeps it, sets one bookmaker to
// a row: the bookmaker's name, its decimal odds for the home side, the
// draw and the away side, and the button to bet with it ("ApostaNorte
// 2.55 3.05 2.80 Apostar agora", "BetKing 2.10 3.40 3.25 Bet now").
// No story's line is odds in a row with the call to bet after them.

// betCalls are the buttons a tips site prints after a bookmaker's odds,
// lower case: English, Portuguese, Spanish, French, German, Italian and
// Dutch.
var betCalls = []string{"bet now", "bet here", "apostar agora", "aposte agora", "apostar", "apuesta ya", "apostar ahora",
	"apostar ya", "parier maintenant", "parier", "jetzt wetten", "wetten", "scommetti ora", "scommetti", "nu wedden", "wed nu"}

// betCallBytes are betCalls as bytes, for oddsCallEnd.
var betCallBytes = func() [][]byte {
	b := make([][]byte, len(betCalls))
	for i, c := range betCalls {
		b[i] = []byte(c)
	}
	return b
}()

// oddsCallEnd reports whether l, a line lower case, ends with one of
// betCalls: oddsRow's first test, made without allocating, since
// every line is measured and few end so.
func oddsCallEnd(l []byte) bool {
	l = bytes.TrimSpace(l)
	for _, c := range betCallBytes {
		if bytes.HasSuffix(l, c) {
			return true
		}
	}
	return false
}

// oddsFigure matches a decimal odds figure ("2.55", "3,05", "1.9").
var oddsFigure = regexp.MustCompile(`^\d{1,3}[.,]\d{1,2}$`)

// oddsRowMaxWords bounds an odds row: a bookmaker's name of up to three
// words, three odds and a button of two.
const oddsRowMaxWords = 9

// oddsRowMinOdds is the least number of odds in a row: two for a
// match without a draw, three with one.
const oddsRowMinOdds = 2

// oddsRow reports whether l, a line lower case, is a row of a tips
// site's odds table: it ends with one of betCalls, and holds at least
// oddsRowMinOdds odds figures and at most oddsRowMaxWords words.
func oddsRow(l string) bool {
	l = strings.TrimSpace(l)
	var rest string
	for _, c := range betCalls {
		if r, ok := strings.CutSuffix(l, c); ok && (r == "" || strings.HasSuffix(r, " ")) {
			rest = r
			break
		}
	}
	if rest == "" {
		return false
	}
	if len(strings.Fields(l)) > oddsRowMaxWords {
		return false
	}
	f := strings.Fields(rest)
	n := 0
	for _, w := range f {
		if oddsFigure.MatchString(w) {
			n++
		}
	}
	return n >= oddsRowMinOdds
}
