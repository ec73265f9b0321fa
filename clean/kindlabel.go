package clean

import (
	"strings"

	"github.com/reprint/reprint/pressrelease"
)

// contentKinds are the kinds of item a page labels over its headline,
// lower case: the content type a CMS prints as the article's kicker
// ("Press Release", "News", "Announcement", "Opinion"), in English,
// French, German, Spanish, Italian, Portuguese and Dutch. They name what
// the item is, not what it is about: a section's name ("World",
// "Sport") is the trail's (sectionKickers), and a story's subject is a
// headline's. A release aggregator's types are kinds too, as EurekAlert!
// prints them ("Peer-Reviewed Publication", "Meeting Announcement",
// "Grant and Award Announcement", "Reports and Proceedings").
var contentKinds = barSet(`press release | news release | media release | press statement | media statement |
	media advisory | statement | news | breaking news | latest news | news story | announcement |
	public announcement | notice | public notice | opinion | op-ed | editorial | commentary | comment |
	analysis | feature | interview | column | guest column | letter to the editor | letters | review |
	explainer | obituary | sponsored | sponsored content | advertorial | blog | blog post | event | update |
	communiqué | communiqué de presse | actualité | actualités | annonce | avis | tribune | éditorial |
	analyse | entretien | chronique | reportage | brève | dépêche | point de vue |
	pressemitteilung | pressemeldung | nachrichten | nachricht | meldung | mitteilung | bekanntmachung |
	ankündigung | meinung | kommentar | leitartikel | kolumne | gastbeitrag |
	comunicado | comunicado de prensa | nota de prensa | noticia | noticias | anuncio | aviso | opinión |
	análisis | entrevista | columna | crónica | reportaje |
	comunicato | comunicato stampa | notizia | notizie | annuncio | avviso | opinione | editoriale | analisi |
	intervista | commento | rubrica |
	comunicado de imprensa | nota à imprensa | notícia | notícias | anúncio | opinião | análise | coluna | crônica | reportagem |
	persbericht | nieuws | aankondiging | mededeling | opinie | commentaar | redactioneel |
	peer-reviewed publication | meeting announcement | grant and award announcement | grant and award |
	reports and proceedings | business announcement | book announcement | feature story`)

// kindLabel reports whether line is a content-type label alone: one of
// contentKinds, or two labels in two languages parted as bilingual
// sites part them (bilingualSeps: "Press Release / Comunicado de
// prensa"), of which one is known and the other a word or a few
// (kickerMaxWords) with no digit and no sentence's end: the label in a
// language the list lacks ("Announcement / Anunsio", Chamorro).
func kindLabel(line string) bool {
	label := strings.Join(strings.Fields(strings.ToLower(strings.TrimRight(strings.TrimSpace(line), ":"))), " ")
	if contentKinds[label] {
		return true
	}
	for _, sep := range bilingualSeps {
		a, b, ok := strings.Cut(label, sep)
		if !ok {
			continue
		}
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		if contentKinds[a] && translatedLabel(b) || contentKinds[b] && translatedLabel(a) {
			return true
		}
	}
	return false
}

// translatedLabel reports whether s may be a content-type label in a
// language contentKinds lacks: at most kickerMaxWords words of letters.
func translatedLabel(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > kickerMaxWords {
		return false
	}
	for _, r := range s {
		if r != ' ' && r != '-' && r != '\'' && r != '’' && !isWordRune(r) || r >= '0' && r <= '9' {
			return false
		}
	}
	return true
}

// kindLabels decides a page's content-type label set alone on its line
// right over the headline (kindLabel: "Press Release", "Opinion",
// "Announcement / Anunsio"), which an extraction or a scraper keeps
// as the text's first line: the CMS's kicker, which says what the item
// is and is no part of it. The label must be the first line still
// standing (a header decided above it goes first) or the line right
// over the page's title, and the line under it the headline: the
// page's title (normKey, or the title with the site's name after it:
// nearEqual), or, failing a title, a line of at most headlineMax words
// that ends no sentence with a line under it. So the headline itself,
// which has a line above it or none, is never the label, and a story's
// paragraph of one line is never read: it is no kind's name.
//
// A page may set the label right under the headline instead, as a
// release aggregator sets the release's type ("Peer-Reviewed
// Publication" under the headline, over the institution's name): then
// the line over the label must be the page's title, the first or the
// second line still standing (a label or a date line may stand over
// it), and a line must follow the label. A standfirst under the
// headline is a sentence, no kind's name.
func kindLabels(body string, blocks []block, feats []features, title string, headlineMax int) {
	tkey := normKey(title)
	first := -1
	for i := range blocks {
		if blocks[i].words > 0 && blocks[i].class != classChrome {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	for i := first; i+1 < len(blocks); i++ {
		k, h := &blocks[i], &blocks[i+1]
		line := body[k.span.Start:k.span.End]
		if k.credit || k.words == 0 || k.words > 2*kickerMaxWords+1 || !kindLabel(line) || pressrelease.IsLabel(line) {
			// A release's own label ("NEWS RELEASE", "Press
			// release") stays: it is how a release is known
			// (pressrelease.Recognise reads the cleaned text).
			continue
		}
		hkey := normKey(body[h.span.Start:h.span.End])
		isTitle := tkey != "" && hkey != "" && (hkey == tkey || nearEqual(tkey, hkey))
		if i != first && !isTitle {
			continue
		}
		if !isTitle {
			hl := strings.TrimSpace(body[h.span.Start:h.span.End])
			if h.credit || feats[i+1].words == 0 || feats[i+1].words > headlineMax || !headlineEnd(hl) || i+2 >= len(blocks) || kindLabel(hl) {
				continue
			}
		}
		k.class, k.score, k.reason = classChrome, 1, ReasonNavigation
		break
	}
	kindLabelUnderTitle(body, blocks, first, tkey)
}

// kindLabelUnderTitle decides a content-type label right under the
// page's title (see kindLabels), first being the first line still
// standing.
func kindLabelUnderTitle(body string, blocks []block, first int, tkey string) {
	if tkey == "" {
		return
	}
	standing := 0
	for i := first; i+2 < len(blocks) && standing < 2; i++ {
		if blocks[i].words == 0 || blocks[i].class == classChrome {
			continue
		}
		standing++
		hkey := normKey(body[blocks[i].span.Start:blocks[i].span.End])
		if hkey == "" || hkey != tkey && !nearEqual(tkey, hkey) {
			continue
		}
		k := &blocks[i+1]
		line := body[k.span.Start:k.span.End]
		if k.credit || k.class == classChrome || k.words == 0 || k.words > 2*kickerMaxWords+1 || !kindLabel(line) || pressrelease.IsLabel(line) {
			return
		}
		k.class, k.score, k.reason = classChrome, 1, ReasonNavigation
		return
	}
}
