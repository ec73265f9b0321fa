package clean

import (
	"regexp"
	"strings"
)

// A page's star-rating widget under a story, which a copy of its text
// keeps as a line: the prompt, the stars and the readers' average and
// count ("Oceń artykuł: ★★★★★ (4,6/5, 27 głosów)", "Rate this article:
// ★★★★☆ 4.2/5 (118 votes)"). A review's own rating sets the stars
// alone or with its score, never a count of readers' votes or an order
// to rate.

// ratingStars matches a run of three rating stars or more, spaces
// between them or not: the widget's five.
var ratingStars = regexp.MustCompile(`([★☆⭐✩✭✮✯]\s?){3,}`)

// ratingMaxWords bounds a rating widget's line: the prompt, the stars,
// the average and the count are a dozen words.
const ratingMaxWords = 15

// ratingPrompts are the widget's prompts to rate, lower case, that
// open its line: English, Polish, German, French, Spanish, Italian,
// Portuguese and Dutch.
var ratingPrompts = []string{"rate this article", "rate this post", "rate this story", "rate this page", "rate this",
	"oceń artykuł", "oceń wpis", "oceń tekst", "oceń", "artikel bewerten", "bewerten sie", "bewertung",
	"notez cet article", "évaluez cet article", "noter cet article", "valora este artículo", "califica este artículo",
	"vota questo articolo", "valuta questo articolo", "avalie este artigo", "beoordeel dit artikel", "waardeer dit artikel"}

// ratingVotes matches the readers' count the widget gives, lower case:
// a number and a word for votes or ratings ("27 głosów", "118 votes",
// "12 Bewertungen", "40 avis").
var ratingVotes = regexp.MustCompile(`\d+\s+(votes?|ratings?|głos(ów|y)?|ocen|stimmen|bewertungen|avis|votos|voti|valutazioni|avaliações|stemmen|beoordelingen|оценок|голосов)\b`)

// ratingLine reports whether line is a star-rating widget's: at most
// ratingMaxWords words holding a run of stars (ratingStars) and either
// the prompt to rate opening it (ratingPrompts) or the readers' count
// (ratingVotes).
func ratingLine(line string, words int) bool {
	if words > ratingMaxWords || !ratingStars.MatchString(line) {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(line))
	for _, p := range ratingPrompts {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return ratingVotes.MatchString(l)
}

// ratingWidgets removes a star-rating widget's line (ratingLine)
// wherever it stands.
func ratingWidgets(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if !b.credit && b.class != classChrome && ratingLine(body[b.span.Start:b.span.End], b.words) {
			b.class, b.score, b.reason = classChrome, 1, ReasonShare
		}
	}
}
