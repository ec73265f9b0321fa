package clean

import (
	"strings"
	"unicode"
)

// A Russian page labels each advert as the law on advertising asks:
// "Реклама" over it (an age mark after it or not, "Реклама · 18+"), and
// the advert's token from the register at its end ("… сеть лабораторий
// «ЛабДом», erid: 4CQwVszH9pW"). The advert is the lines those labels
// mark, whatever they sell: a story that writes of a discount has no
// token closing its line and no label over it.

// eridMinLen bounds the register's token: the ones printed run to
// eleven letters and figures and more.
const eridMinLen = 6

// eridMaxWords bounds an advert's line with its token: a sentence or
// two of the advert and the advertiser's name.
const eridMaxWords = 40

// eridLine reports whether line closes with the register's token:
// "erid:" or "erid" and a word of at least eridMinLen ASCII letters and
// figures, nothing after it.
func eridLine(line string) bool {
	l := strings.TrimSpace(line)
	k := strings.LastIndex(strings.ToLower(l), "erid")
	if k < 0 || k > 0 && isWordRune(rune(l[k-1])) {
		return false
	}
	tok := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l[k+4:]), ":"))
	if len(tok) < eridMinLen {
		return false
	}
	for _, r := range tok {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// adLabelRu reports whether line is the advert's label alone:
// "Реклама", an age mark after a dot or none ("Реклама · 18+").
func adLabelRu(line string) bool {
	l, _, _ := strings.Cut(strings.TrimSpace(line), "·")
	return strings.EqualFold(strings.TrimSpace(l), "реклама") && len(strings.Fields(line)) <= 3
}

// eridAdverts removes an advert's line that closes with its token
// (eridLine) and its label over it in its paragraph (adLabelRu), and
// the line right under a label alone in the label's paragraph.
func eridAdverts(body string, blocks []block) {
	drop := func(b *block) { b.class, b.score, b.reason = classChrome, 1, ReasonPromo }
	for i := range blocks {
		b := &blocks[i]
		if b.credit {
			continue
		}
		line := body[b.span.Start:b.span.End]
		switch {
		case b.words <= eridMaxWords && eridLine(line):
			drop(b)
			if i > 0 && !b.afterBlank && adLabelRu(body[blocks[i-1].span.Start:blocks[i-1].span.End]) {
				drop(&blocks[i-1])
			}
		case adLabelRu(line):
			drop(b)
			if n := i + 1; n < len(blocks) && !blocks[n].afterBlank && !blocks[n].credit && blocks[n].words <= eridMaxWords {
				drop(&blocks[n])
			}
		}
	}
}
