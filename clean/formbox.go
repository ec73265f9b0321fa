package clean

import "strings"

// privacyNotePhrases are the words of the reassurance a newsletter
// box prints under its e-mail form, lower case, the typographic
// apostrophe as the plain one: that the reader may unsubscribe at any
// time and that the address is never shared ("You can unsubscribe at
// any time and we will never share your details with third parties."),
// in English, French, German, Spanish, Italian, Portuguese, Dutch and
// Welsh. Each phrase holds the "at any time" or the "never share": a story
// that reports that readers unsubscribed says when and why, not that
// they may do so whenever they like.
var privacyNotePhrases = []string{
	"unsubscribe at any time", "unsubscribe anytime", "opt out at any time", "opt-out at any time",
	"never share your", "we will not share your", "we won't share your", "we'll never share your",
	"désabonner à tout moment", "désinscrire à tout moment", "désabonnement à tout moment",
	"jederzeit abbestellen", "jederzeit abmelden", "jederzeit widerrufen", "jederzeit kündbar",
	"darte de baja en cualquier momento", "darse de baja en cualquier momento", "cancelar tu suscripción en cualquier momento",
	"disiscriverti in qualsiasi momento", "annullare l'iscrizione in qualsiasi momento", "cancellarti in qualsiasi momento",
	"cancelar a inscrição a qualquer momento", "cancelar a subscrição a qualquer momento", "descadastrar a qualquer momento",
	"op elk moment afmelden", "op ieder moment afmelden", "altijd weer afmelden",
	// Welsh: "Gallwch ddad-danysgrifio unrhyw bryd" (you can
	// unsubscribe at any time).
	"dad-danysgrifio unrhyw bryd", "dad-danysgrifio ar unrhyw adeg", "ddad-danysgrifio unrhyw bryd", "ddad-danysgrifio ar unrhyw adeg",
}

// privacyNote reports whether line, of words words, is a newsletter
// form's reassurance (privacyNotePhrases) under a paragraph's least
// length (longWords).
func privacyNote(line string, words int) bool {
	if words == 0 || words >= longWords {
		return false
	}
	l := strings.ReplaceAll(strings.ToLower(line), "’", "'")
	for _, p := range privacyNotePhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// formBoxes decides a newsletter box set as its heading right over its
// form, the e-mail field's placeholder and the button on one line
// (boxButton's form: "Enter your email  Subscribe"), with no blurb
// between them, which newsletterBoxes needs: the heading, in the form's
// paragraph, of at most newsletterFormHeadingMaxWords words and ending
// no sentence, makes the call itself ("Get our free weekly digest of
// the most-read science stories"); the form line is unmistakable, so
// the line above it in its paragraph can only be its heading. A privacy
// note under the form in the same paragraph (privacyNote) goes with
// the box; another line there leaves it to the other rules.
func formBoxes(body string, blocks []block, feats []features) {
	for i := 1; i < len(blocks); i++ {
		f := &blocks[i]
		if f.credit || f.afterBlank {
			continue
		}
		if _, form := boxButton(body[f.span.Start:f.span.End]); !form {
			continue
		}
		h := &blocks[i-1]
		hl := strings.TrimSpace(body[h.span.Start:h.span.End])
		if h.credit || feats[i-1].words == 0 || feats[i-1].words > newsletterFormHeadingMaxWords || endsSentence(hl) {
			continue
		}
		end := i
		if n := i + 1; n < len(blocks) && !blocks[n].afterBlank && !blocks[n].credit &&
			privacyNote(body[blocks[n].span.Start:blocks[n].span.End], feats[n].words) {
			end = n
		}
		for k := i - 1; k <= end; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonPromo
		}
		i = end
	}
}
