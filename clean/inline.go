package clean

import "bytes"

// A page sets a few lines of its own between a story's paragraphs that a
// copy of its text keeps as paragraphs: the marker an advert's slot
// leaves ("Story continues", as Yahoo prints it between paragraphs;
// "Story continues below advertisement"; "Article continues after
// this advertisement"), and since 2025 the button asking the reader to
// pick the site as a preferred source of Google's Top Stories ("Add
// Yahoo as a preferred source to see more of our stories on Google",
// "Make us a preferred source on Google"). Neither holds a word of
// chrome vocabulary that outweighs its neighbours, and both stand
// between story lines, which vouch for a near-chrome line; but no story
// says either, so each is decisive like a trail (wInline).

// continueMarkers are the markers an advert's slot leaves inside a
// story, the whole line, lower case: English, French, German, Spanish,
// Italian, Portuguese and Dutch, as news sites' templates print them.
// A story says that a story continues in a sentence, never alone on a
// line. Postmedia's chain template fills a slot whose advert has not
// loaded with its fallback ("This advertisement has not loaded yet, but
// your article continues below.") and labels the story's text resumed
// under each slot "Article content", a label for screen readers that a
// copy keeps alone on its line, one or many times: no story's line is
// those two words alone.
var continueMarkers = barSet(`
	story continues | story continues below | story continues below advertisement |
	story continues after advertisement | story continues after this advertisement |
	article continues | article continues below | article continues below advertisement |
	article continues after advertisement | article continues after this advertisement |
	content continues below | continue reading below | advertisement story continues below |
	this advertisement has not loaded yet but your article continues below | article content |
	l'article continue ci-dessous | la suite après la publicité | suite après la publicité |
	l'article continue après la publicité | la suite de l'article après cette publicité |
	weiterlesen nach der anzeige | artikel wird nach der anzeige fortgesetzt | lesen sie nach der anzeige weiter |
	der artikel wird unterhalb fortgesetzt |
	la noticia continúa tras la publicidad | continúa después de la publicidad | sigue leyendo tras la publicidad |
	l'articolo continua sotto la pubblicità | l'articolo continua dopo la pubblicità | continua dopo la pubblicità |
	o artigo continua após a publicidade | continua após a publicidade | continua depois da publicidade |
	artikel gaat verder onder de advertentie | lees verder na de advertentie`)

// continueFirst holds the first words of continueMarkers.
var continueFirst = firstWords(continueMarkers)

// continueMaxWords bounds a continuation marker: "la suite de l'article
// après cette publicité" has seven words, Postmedia's fallback "This
// advertisement has not loaded yet, but your article continues below"
// eleven. The whole line must be a marker, so the bound only saves
// matching longer lines.
const continueMaxWords = 11

// preferredPhrases name Google's preferred sources, lower case, split
// into words: English, French, German, Spanish, Italian, Portuguese and
// Dutch, as the button words them ("Add X as a preferred source on
// Google", "Ajouter X comme source préférée sur Google", "X als
// bevorzugte Quelle bei Google hinzufügen", "Agrega a X como fuente
// preferida en Google").
var preferredPhrases = splitAll("preferred source", "preferred sources",
	"source préférée", "sources préférées", "bevorzugte quelle", "bevorzugten quelle", "bevorzugten quellen",
	"fuente preferida", "fuentes preferidas", "fonte preferita", "fonti preferite", "fonte preferida",
	"fontes preferidas", "voorkeursbron")

// preferredMaxWords bounds the preferred-source button: "Add Yahoo as a
// preferred source to see more of our stories on Google." has fourteen
// words. A story about the feature explains it at a sentence's length
// and more; sixteen leaves room for a longer language.
const preferredMaxWords = 16

// preferredVerbs are the button's verbs, lower case: its first word
// in the languages that put the verb first ("Add", "Make", "Ajouter",
// "Agrega", "Aggiungi", "Adicione", "Voeg … toe"), its last in German
// ("… als bevorzugte Quelle bei Google hinzufügen").
var preferredVerbs = set(`add make set choose select pick ajouter ajoutez ajoute choisir choisissez définir faites
	agrega agregar añade añadir elige aggiungi aggiungere imposta scegli adicione adicionar adiciona escolha
	voeg kies hinzufügen festlegen auswählen`)

// preferredSource reports whether the line is Google's preferred-source
// button: an order (a verb of preferredVerbs first, or last in German)
// naming a preferred source (preferredPhrases) and then Google in the
// same sentence. The order is the button's; a story reporting on the
// feature tells of it ("Readers can now add outlets as a preferred
// source on Google, the company said.") and does not open with the
// verb.
func (s *scratch) preferredSource() bool {
	if len(s.words) < 3 {
		return false
	}
	first := string(s.lower[s.words[0][0]:s.words[0][1]])
	last := string(s.lower[s.words[len(s.words)-1][0]:s.words[len(s.words)-1][1]])
	if !preferredVerbs[first] && !preferredVerbs[last] {
		return false
	}
	at := -1
	for k := range s.words {
		for _, p := range preferredPhrases {
			if string(s.lower[s.words[k][0]:s.words[k][1]]) == p[0] && s.phraseAt(k+1, p[1:]) {
				at = k
				break
			}
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 {
		return false
	}
	for k := at + 1; k < len(s.words); k++ {
		if bytes.ContainsAny(s.lower[s.words[k-1][1]:s.words[k][0]], ".!?") {
			return false // the sentence ended before Google
		}
		if string(s.lower[s.words[k][0]:s.words[k][1]]) == "google" {
			return true
		}
	}
	return false
}
