package credit_test

import (
	"testing"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
)

// FuzzCheck runs Check over arbitrary derived texts, with attribution
// lines from the test scan plus one attribution of arbitrary span, against
// a source of known and of unknown publisher. Check must not panic, and
// its evidence must lie inside the derived text on rune boundaries.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"",
		"Credit: BBC",
		"LONDON (Reuters) - Talks were held.",
		"Talks were held, according to the BBC.",
		"The BBC has reported that (AP) talks, reported by the",
		"according to",
		"according to the",
		"((((Reuters))))",
		"(Reuters",
		"By Jane Doe, BBC News\n© BBC\nVia The Guardian",
		"\xff(\xfe)\xffreported",
		"according to bbc.co.uk.",
		"Source: \u00a0",
		"ڈھاکہ ۔ یکم دسمبر (اے پی پی) بنگلہ دیش نے",
		"لاہور (نوائے وقت رپورٹ+ اے پی پی)\n(+/،)(رپورٹ) (اے پيْ",
		"Heads up 😬 From the council website:\nThe bridge closes.",
		"From", "From the", "x From 1", "Jak podała", "dikutip dari akun @", "Na facebooku", "Dat meldt de",
		"Vecsalu novada pašvaldība informē", "laat de gemeente weten in een", "Про це повідомляє пресслужба",
		"unter Berufung auf", "indique un communiqué du", "Az önkormányzat oldaláról:", "시에 따르면",
		"開発したと、東稜大学（長野県稜北市）が15日までに発表した", "と、", "と、大学（", "と、大学が発表した", "según el club", "según ha informado el", "poinformowała we wtorek uczelnia w", "Jak przekazała uczelnia,", "come ha fatto sapere lo stesso", ": lo rende noto il", "태림에너지셀은 20일 맺었다고 밝혔다", "은 고 밝혔다", "는고 밝혔다", "σε ανακοίνωση του πανεπιστημίου", ", σημειώνει το ίδρυμα.", "Σύμφωνα με το", "potrivit unui comunicat al spitalului", "potrivit unui comunicat al", ", a annoncé le groupe dans un communiqué", "so sporočili iz podjetja", "le groupe dans un", "Bron: persbericht ziekenhuis", "Lähde: yliopiston tiedote", "Fonte: site da", "source: x",
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		derived := article("d", text)
		derived.Attribution = append(derived.Attribution, reprint.Attribution{
			Span: reprint.Span{Start: start, End: end}, Text: "Credit: BBC", Name: "BBC", Form: "credit",
		})
		sources := []*reprint.Article{
			{Meta: reprint.Meta{Site: "BBC News", URL: "https://www.bbc.co.uk/news/1"}},
			{Text: text},
			article("s", text),
		}
		for _, src := range sources {
			r := credit.Check(derived, src)
			if r.Status != credit.Credited && r.Status != credit.NotCredited {
				t.Fatalf("Check(%q).Status = %v", text, r.Status)
			}
			if _, err := r.Evidence.In(text); err != nil && utf8.ValidString(text) {
				t.Fatalf("Check(%q).Evidence = %v: %v", text, r.Evidence, err)
			}
			if r.Evidence.Start < 0 || r.Evidence.End > len(text) || r.Evidence.End < r.Evidence.Start {
				t.Fatalf("Check(%q).Evidence = %v outside text of %d bytes", text, r.Evidence, len(text))
			}
			if r.Reason == "" {
				t.Fatalf("Check(%q).Reason is empty", text)
			}
			if r.Status == credit.Credited && r.Publisher == "" {
				switch r.Form {
				case credit.FormCredit, credit.FormSource, credit.FormVia, credit.FormOriginally, credit.FormLink:
				default:
					t.Fatalf("Check(%q) = %+v: credited by %q with the publisher unknown", text, r, r.Form)
				}
			}
		}
	})
}
