package clean

import "strings"

// A copy of a LinkedIn post's page made logged out keeps under the post
// the prompt "To view or add a comment, sign in", and under the label
// "More Relevant Posts" other members' posts (a name, a headline, the
// post, its row of buttons and its counts), then the poster's card
// ("1,942 followers", "View Profile"), the topics' list and the footer.
// All of it below that label is the platform's, not the post's.

// linkedInPrompts are the log-in prompt under a post, lower case, as
// LinkedIn prints it in English, French, Spanish, German and
// Portuguese: the line that tells the copy is LinkedIn's.
var linkedInPrompts = barSet(`to view or add a comment, sign in | pour afficher ou ajouter un commentaire, connectez-vous |
	para ver o añadir un comentario, inicia sesión | melden sie sich an, um kommentare anzuzeigen oder hinzuzufügen |
	para ver ou adicionar um comentário, entre`)

// linkedInMoreLabels head the other members' posts, lower case: "More
// Relevant Posts", "Plus de posts pertinents", "Más publicaciones
// relevantes", "Weitere relevante Beiträge", "Mais publicações
// relevantes".
var linkedInMoreLabels = barSet(`more relevant posts | plus de posts pertinents | plus de publications pertinentes |
	más publicaciones relevantes | weitere relevante beiträge | mais publicações relevantes`)

// linkedInKey returns line lower case, its spaces single and its
// apostrophes straight.
func linkedInKey(line string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(line), "’", "'")), " ")
}

// linkedInTails removes, in a copy of a LinkedIn post's page (one of
// linkedInPrompts alone on a line), the label over the other members'
// posts (linkedInMoreLabels) and every line under it, but for credit
// lines. A story that names the label says more on its line.
func linkedInTails(body string, blocks []block) {
	page := false
	for i := range blocks {
		if linkedInPrompts[linkedInKey(body[blocks[i].span.Start:blocks[i].span.End])] {
			page = true
			break
		}
	}
	if !page {
		return
	}
	for i := range blocks {
		if !linkedInMoreLabels[linkedInKey(body[blocks[i].span.Start:blocks[i].span.End])] {
			continue
		}
		for k := i; k < len(blocks); k++ {
			if !blocks[k].credit {
				blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonPromo
			}
		}
		return
	}
}
