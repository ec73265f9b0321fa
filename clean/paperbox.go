package clean

import (
	"strings"
	"unicode"
)

// A paper's page sets its subscription offer with its prices under a
// story ("Subscribe to the Record — $38 a year in county, $46 out of
// county. Call (712) 555-0134."), and an aggregator its note under the
// excerpt it shows ("Excerpt shown under fair use. Stackfeed is not
// affiliated with the linked publication."). Both are the site's own.

// subscribeLeads open a subscription offer, lower case.
var subscribeLeads = []string{"subscribe to ", "subscribe today", "subscribe now", "subscriptions:", "subscription rates"}

// pricePeriods name the period a subscription's price is for, after the
// price, lower case.
var pricePeriods = []string{" a year", " per year", " a month", " per month", " a week", " per week", "/year", "/yr",
	"/month", "/mo", " annually"}

// subscribeOfferMaxWords bounds the offer: a sentence or two.
const subscribeOfferMaxWords = 30

// subscribeOffer reports whether line, of words words, is a
// subscription offer: one of subscribeLeads opening the line, and a
// price (a currency sign and a figure) with one of pricePeriods right
// after it. A story's sentence about a paper's prices opens otherwise.
func subscribeOffer(line string, words int) bool {
	if words < 4 || words > subscribeOfferMaxWords {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(line))
	lead := false
	for _, p := range subscribeLeads {
		if strings.HasPrefix(l, p) {
			lead = true
			break
		}
	}
	if !lead {
		return false
	}
	for k, r := range l {
		if !strings.ContainsRune("$£€", r) {
			continue
		}
		rest := l[k+len(string(r)):]
		n := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' })
		if n <= 0 {
			continue
		}
		for _, p := range pricePeriods {
			if strings.HasPrefix(rest[n:], p) {
				return true
			}
		}
	}
	return false
}

// excerptNote reports whether line is an aggregator's note under the
// excerpt it shows: it opens with "Excerpt" and says "fair use" or that
// the site is "not affiliated with" the publication.
func excerptNote(line string, words int) bool {
	if words < 4 || words > subscribeOfferMaxWords {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(line))
	return strings.HasPrefix(l, "excerpt") && (strings.Contains(l, "fair use") || strings.Contains(l, "not affiliated with"))
}

// paperBoxes removes a subscription offer (subscribeOffer) and an
// excerpt's note (excerptNote) wherever they stand, but for credit
// lines.
func paperBoxes(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit {
			continue
		}
		line := body[b.span.Start:b.span.End]
		switch {
		case subscribeOffer(line, b.words):
			b.class, b.score, b.reason = classChrome, 1, ReasonPromo
		case excerptNote(line, b.words):
			b.class, b.score, b.reason = classChrome, 1, ReasonLegal
		}
	}
}
