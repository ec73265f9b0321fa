package clean

import (
	"bytes"
	"strings"
)

// An AI content farm's padded rewrite sets its text in a fixed frame of
// section headings, the same on every post it prints: the summary's
// heading over the bullets ("Key Takeaways", "Das Wichtigste in
// Kürze") and the questions' heading over its FAQ ("Frequently Asked
// Questions (FAQ)", "Häufige Fragen (FAQ)"). Alone on its line such a
// heading is the template's, never a story's words: the heading goes
// (farmHeadings), and the bullets and the questions under it, the
// farm's (padded) text, stay.

// farmHeadingLabels are those headings, lower case, without a closing
// colon: English, German, French, Spanish, Italian, Portuguese and
// Dutch.
var farmHeadingLabels = barSet(`
	key takeaways | key takeaway | frequently asked questions | frequently asked questions (faq) |
	frequently asked questions (faqs) | faq | faqs |
	das wichtigste in kürze | das wichtigste auf einen blick | häufige fragen | häufige fragen (faq) |
	häufig gestellte fragen | häufig gestellte fragen (faq) |
	points clés | les points clés | à retenir | ce qu'il faut retenir | foire aux questions |
	foire aux questions (faq) | questions fréquentes | questions fréquentes (faq) |
	puntos clave | preguntas frecuentes | preguntas frecuentes (faq) |
	punti chiave | domande frequenti | domande frequenti (faq) |
	pontos-chave | perguntas frequentes | perguntas frequentes (faq) |
	belangrijkste punten | veelgestelde vragen | veelgestelde vragen (faq)`)

// farmHeading reports whether line is alone a farm's section heading
// (farmHeadingLabels), a closing colon allowed.
func farmHeading(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	l = strings.Join(strings.Fields(strings.TrimRight(l, ":：")), " ")
	return l != "" && len(l) <= 48 && farmHeadingLabels[l]
}

// farmHeadings removes a farm's section headings (farmHeading) wherever
// they stand; the lines under them are judged as any.
func farmHeadings(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.class == classChrome {
			continue
		}
		if farmHeading(body[b.span.Start:b.span.End]) {
			b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
		}
	}
}

// A health site's or a farm's medical disclaimer under its text says
// that the text does not replace a doctor's advice ("Hinweis: Dieser
// Beitrag dient ausschließlich der allgemeinen Information und ersetzt
// keine ärztliche Beratung."). A story may report that something "does
// not replace medical advice" (an app, a hotline), so the clause counts
// only with the page speaking of itself or of its text's purpose in the
// same short line (healthSelves, healthInfoOnly): the page's note, as
// the advice disclaimer is (adviceDisclaimer).

// healthClauses say the text replaces no doctor, lower case.
var healthClauses = []string{
	"not a substitute for professional medical advice", "not a substitute for medical advice",
	"does not replace professional medical advice", "does not replace medical advice",
	"does not replace a visit to", "not intended as medical advice", "does not constitute medical advice",
	"ersetzt keine ärztliche beratung", "ersetzt keinen arztbesuch", "ersetzt nicht den arztbesuch",
	"ersetzt keine ärztliche diagnose", "ersetzt nicht die ärztliche beratung",
	"ne remplace pas un avis médical", "ne remplace pas une consultation médicale", "ne remplace pas l'avis d'un médecin",
	"no sustituye el consejo médico", "no sustituye la consulta médica", "no sustituye el asesoramiento médico",
	"non sostituisce il parere medico", "non sostituisce il parere del medico", "non sostituisce la consulenza medica",
	"não substitui a consulta médica", "não substitui o aconselhamento médico",
	"vervangt geen medisch advies", "is geen vervanging voor medisch advies",
}

// healthSelves are the page naming its text; healthInfoOnly the text's
// purpose as the note gives it. Lower case.
var healthSelves = []string{
	"this article", "this content", "the information in this", "the content of this", "this post", "this page",
	"dieser beitrag", "dieser artikel", "die informationen in diesem", "der inhalt dieses", "diese seite",
	"cet article", "ce contenu", "este artículo", "este contenido", "questo articolo", "questo contenuto",
	"este artigo", "este conteúdo", "dit artikel", "deze inhoud",
}

var healthInfoOnly = []string{
	"informational purposes only", "information purposes only", "general information only",
	"der allgemeinen information", "nur der information", "ausschließlich der information",
	"à titre informatif", "à titre d'information", "con fines informativos", "a scopo informativo",
	"a titolo informativo", "caráter informativo", "fins informativos", "ter informatie",
}

// healthMaxWords bounds the note: a sentence or two.
const healthMaxWords = 45

// healthDisclaimer reports whether line (lower case) is a medical
// disclaimer: a clause of healthClauses and the page naming its text or
// its purpose; see healthClauses.
func healthDisclaimer(lower []byte, words int) bool {
	if words > healthMaxWords || !bytes.Contains(lower, []byte("medic")) && !bytes.Contains(lower, []byte("ärztlich")) &&
		!bytes.Contains(lower, []byte("arztbesuch")) && !bytes.Contains(lower, []byte("médic")) {
		return false
	}
	s := string(lower)
	clause := false
	for _, c := range healthClauses {
		clause = clause || strings.Contains(s, c)
	}
	if !clause || strings.ContainsAny(s, "\"“”„«»") {
		return false
	}
	for _, p := range healthSelves {
		if strings.Contains(s, p) {
			return true
		}
	}
	for _, p := range healthInfoOnly {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}
