package analysis

import (
	"testing"
	"unicode"

	uax29 "github.com/clipperhouse/uax29/v2/words"
	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
)

// TestUAX29 checks the claim of the package doc: in scripts written with
// spaces, tokens are the word segments of UAX #29 (Unicode's default word
// boundaries, github.com/clipperhouse/uax29) cut again wherever UAX #29
// joins letters or digits across punctuation (an apostrophe, a period, a
// comma, a colon, an underscore) or an invisible joiner, and between a
// digit and an Arabic-script letter. Scripts tokenized in bigrams are
// outside the claim.
func TestUAX29(t *testing.T) {
	texts := []string{
		"US President Donald Trump's talks with Vladimir Putin were \"good and productive\", he said on Wednesday.",
		"The U.S.-proposed 30-day ceasefire would cost $1.2bn, i.e. 10,000 jobs at 3:45 p.m. e-mail: news_desk",
		"Der Kreml äußerte sich zunächst nicht; Wärmepumpen-Förderung „stärker“ als 2023.",
		"El Gobierno aprobó el plan: 3.000 millones de euros para jóvenes (menores de 35 años).",
		"Президент США заявил, что переговоры с Россией были «продуктивными».",
		"Ο Αμερικανός πρόεδρος δήλωσε ότι οι συνομιλίες ήταν παραγωγικές.",
		"بنگلہ دیش نے زمبابوے کو 5 وکٹوں سے شکست دے دی، مہمان ٹیم 128 رنز پر ڈھیر ہوگئی۔",
		"ممبئی ۔ 17اکتوبر (اے پی پی) ٹیم کا سکور95 رنز تھا اور ۱۴کھلاڑیوں کا اعلان ہوا۔",
		"أعلنَ وزيرُ الصحــة يوم الأحد إطلاق حملة وطنية.",
		"می‌خواهم به خانه بروم",
		"प्रधानमंत्री ने कहा कि सरकार किसानों की मदद करेगी।",
		"שר החוץ אמר כי המגעים נמשכים",
	}
	for _, text := range texts {
		var want []reprint.Span
		it := uax29.FromString(text)
		for it.Next() {
			// Cut each segment at the characters that are not word
			// characters (the punctuation UAX #29 joins across).
			start := it.Start()
			in := -1
			for i, r := range it.Value() {
				if isWordRune(r) {
					if in < 0 {
						in = start + i
					}
					continue
				}
				if in >= 0 {
					want = append(want, reprint.Span{Start: in, End: start + i})
					in = -1
				}
			}
			if in >= 0 {
				want = append(want, reprint.Span{Start: in, End: it.End()})
			}
		}
		want = cutDigits(text, want)
		var got []reprint.Span
		for _, tok := range Tokenize(text) {
			got = append(got, tok.Span)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Tokenize(%q) differs from UAX #29 cut at punctuation (-uax29 +got):\n%s", text, diff)
		}
	}
}

// cutDigits cuts each span of text where a digit (ASCII or Arabic-Indic)
// meets an Arabic-script letter; combining marks belong to the character
// before them.
func cutDigits(text string, spans []reprint.Span) []reprint.Span {
	var out []reprint.Span
	for _, sp := range spans {
		start, last := sp.Start, kindOther
		for i, r := range text[sp.Start:sp.End] {
			k := kindOther
			switch {
			case unicode.IsMark(r):
				continue
			case unicode.IsDigit(r) && (r < 0x80 || isArabic(r)):
				k = kindDigit
			case (isArabic(r) || isArabicForm(r)) && unicode.IsLetter(r):
				k = kindArabicLetter
			}
			if k|last == kindDigit|kindArabicLetter {
				out = append(out, reprint.Span{Start: start, End: sp.Start + i})
				start = sp.Start + i
			}
			last = k
		}
		out = append(out, reprint.Span{Start: start, End: sp.End})
	}
	return out
}
