package credit

import (
	"strings"
	"unicode"

	"github.com/reprint/reprint"
)

// documentNouns are the kinds of document an official source issues and
// a report is written from: a weather service's warning, a council's
// statement, a company's release, a police appeal. A story that says
// "according to the warning" or "the statement said" names the document
// it was written from by its kind.
var documentNouns = map[string]bool{
	"warning": true, "alert": true, "advisory": true, "statement": true, "release": true,
	"bulletin": true, "notice": true, "announcement": true, "communiqué": true, "communique": true,
	"appeal": true, "forecast": true,
	// A court's press summary of a judgment ("R (Holloway) v Kestrel
	// County Council – Press summary"), which the reports of a ruling
	// are written from.
	"summary": true,
}

// documentVerbs are the verbs whose subject, "the warning", "the
// statement", gives the document's words: "the statement said", "the
// warning adds".
var documentVerbs = map[string]bool{
	"said": true, "says": true, "adds": true, "added": true, "warns": true, "warned": true,
	"states": true, "stated": true, "reads": true, "read": true, "notes": true, "noted": true,
}

// documentTitleWords is how far into the source's headline the document
// noun must stand for the headline to be the document's own name: "Amber
// warning of snow and ice", "Statement on the closure of Mill Lane",
// "Press release: …", "Club statement: …" (the noun second at most after
// a word or two of kind), not a news story's "Met Office issues amber
// warning for snow", whose warning is another document the story
// reports.
const documentTitleWords = 3

// documentCredit returns a phrase of derived that names the source by
// its kind — "According to the warning", "the statement said" — when the
// source's own headline names it so ("Amber warning of snow and ice:
// …", "Statement on the closure of …"): the derived article credits the
// very document it was written from, whoever issued it. The noun must
// open the headline (documentTitleWords): "according to the statement"
// of a source headed as a news story names some other statement. It returns the noun as
// written, the phrase's span and true, or false.
func documentCredit(derived string, source *reprint.Article) (string, reprint.Span, bool) {
	if source == nil {
		return "", reprint.Span{}, false
	}
	title := source.Meta.Title
	if title == "" && !source.Headline.Empty() && source.Headline.End <= len(source.Text) {
		title = source.Text[source.Headline.Start:source.Headline.End]
	}
	inTitle := map[string]bool{}
	// The headline, and each part of a page's title between its
	// separators ("R (Holloway) v Kestrel County Council – Press summary –
	// Judiciary Online": the page says what kind of document it is).
	for _, part := range splitParts(title, titleSeparators) {
		for k, w := range strings.FieldsFunc(strings.ToLower(part), unicode.IsSpace) {
			if k >= documentTitleWords {
				break
			}
			if w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); documentNouns[w] {
				inTitle[w] = true
			}
		}
	}
	if len(inTitle) == 0 {
		return "", reprint.Span{}, false
	}
	s := scanner{text: derived, w: words(derived)}
	for i := range s.w {
		switch {
		case s.is(i, "according") && s.is(i+1, "to") && s.is(i+2, "the", "a", "an") && s.spaced(i+1) && s.spaced(i+2) && s.spaced(i+3):
			// "according to the warning", "according to a press summary
			// of the ruling": the noun, or a word of kind and the noun.
			for n := i + 3; n <= i+4 && n < len(s.w) && s.spaced(n); n++ {
				if inTitle[strings.ToLower(s.w[n].s)] {
					return s.w[n].s, s.span(i, n), true
				}
			}
		case s.is(i, "the") && i+2 < len(s.w) && s.spaced(i+1) && s.spaced(i+2) && inTitle[strings.ToLower(s.w[i+1].s)] && documentVerbs[s.w[i+2].s]:
			return s.w[i+1].s, s.span(i, i+2), true
		}
	}
	return "", reprint.Span{}, false
}

// titleSeparators split a page's title into its parts: the headline, the
// document's kind, the site's name.
var titleSeparators = []string{" – ", " — ", " | ", " - ", " :: "}

// splitParts returns s and, when it holds any of seps, each part between
// them: a page title's headline, kind and site; a masthead's names.
func splitParts(s string, seps []string) []string {
	parts := []string{s}
	for _, sep := range seps {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	if len(parts) > 1 {
		parts = append([]string{s}, parts...)
	}
	return parts
}

// releaseKinds are the names of a press release that a paper sets in
// parentheses at the foot or the head of a release it prints as it came
// ("(comunicato stampa)", "(press release)"): the text is the release,
// credited to it as "(AP)" credits the agency.
var releaseKinds = map[string]bool{
	"comunicato stampa": true, "comunicato": true, "press release": true, "news release": true,
	"pressemitteilung": true, "pressemeldung": true, "communiqué": true, "communiqué de presse": true,
	"comunicado": true, "comunicado de prensa": true, "nota de prensa": true, "comunicado de imprensa": true,
	"persbericht": true, "pressmeddelande": true, "pressemelding": true, "pressemeddelelse": true,
}

// maxReleaseMark bounds the parenthesis releaseMark reads: the longest
// name of releaseKinds with its marks.
const maxReleaseMark = 32

// releaseMark returns the span of a parenthesis in text that names a
// press release (releaseKinds) and stands alone on its line or ends it:
// "… entro fine mese.\n(comunicato stampa)", "… 320 jobs (press release)".
func releaseMark(text string) (reprint.Span, bool) {
	for i := 0; i < len(text); i++ {
		if text[i] != '(' {
			continue
		}
		end := strings.IndexAny(text[i+1:min(len(text), i+1+maxReleaseMark)], "()\n")
		if end < 0 || text[i+1+end] != ')' {
			continue
		}
		close := i + 1 + end + 1
		if !releaseKinds[strings.ToLower(strings.TrimSpace(text[i+1:close-1]))] {
			continue
		}
		if rest := strings.TrimLeft(text[close:], " \t.\u00a0"); rest == "" || rest[0] == '\n' || rest[0] == '\r' {
			return reprint.Span{Start: i, End: close}, true
		}
	}
	return reprint.Span{}, false
}

// issuesReleases reports whether a publisher's name, reduced to its core
// words, is a body's that issues press releases (bodyKind: a council, a
// club, a ministry, a police force; and a town's own administration:
// "Comune di Castelmarino", "Ayuntamiento de Ronda", "Gemeinde
// Wallenfels"), not an outlet's that prints them.
func issuesReleases(core []string) bool {
	if bodyKind(core) {
		return true
	}
	for _, w := range core {
		switch w {
		case "comune", "municipio", "ayuntamiento", "prefeitura", "câmara", "mairie", "gemeinde",
			"kommune", "gmina", "municipality", "borough", "county", "regione", "provincia":
			return true
		}
	}
	return false
}
