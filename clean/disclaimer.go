package clean

import "strings"

// An opinion page closes a column with the paper's disclaimer: "Opinions
// expressed by columnists are their own and do not necessarily reflect
// the views of the <paper>.", "The views expressed in this article are
// those of the author …". It opens with the opinions or views
// expressed and says whose they are or that they are not the paper's.

// opinionLeads open the disclaimer, lower case.
var opinionLeads = []string{"opinions expressed ", "the opinions expressed ", "views expressed ", "the views expressed "}

// opinionTails are what the disclaimer says of them, lower case, one
// of which it holds.
var opinionTails = []string{" are their own", " are his own", " are her own", " are the author's own",
	" are those of the author", " are solely those of the author", " do not necessarily reflect", " does not necessarily reflect"}

// opinionDisclaimerMaxWords bounds the disclaimer: a sentence or two.
const opinionDisclaimerMaxWords = 40

// opinionDisclaimer reports whether line, of words words, is an
// opinion page's disclaimer: one of opinionLeads opening the line, one
// of opinionTails inside it. A story's sentence about the views a
// person expressed opens otherwise ("She said the opinions expressed
// …").
func opinionDisclaimer(line string, words int) bool {
	if words < 6 || words > opinionDisclaimerMaxWords {
		return false
	}
	l := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(line)), "’", "'")
	lead := false
	for _, p := range opinionLeads {
		if strings.HasPrefix(l, p) {
			lead = true
			break
		}
	}
	if !lead {
		return false
	}
	for _, t := range opinionTails {
		if strings.Contains(l, t) {
			return true
		}
	}
	return false
}

// opinionDisclaimers removes an opinion page's disclaimer
// (opinionDisclaimer) wherever it stands, but for credit lines.
func opinionDisclaimers(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if !b.credit && opinionDisclaimer(body[b.span.Start:b.span.End], b.words) {
			b.class, b.score, b.reason = classChrome, 1, ReasonLegal
		}
	}
}
