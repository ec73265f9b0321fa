package clean

import (
	"bytes"
	"strings"
)

// A health site's or a farm's medical disclaimer under its text says
// that the text does not replace a doctor's advice ("Hinweis: Dieser
// Beitrag dient ausschließlich der allgemeinen Information und ersetzt
// keine ärztliche Beratung."). A story may report that something "does
// not replace medical advice" (an app, a hotline), so the clause counts
// only with the page naming its text and its text's purpose in the same
// short line (healthSelves, healthInfoOnly), the note's whole form: the
// page's note, as the advice disclaimer is (adviceDisclaimer). A bare
// "This page is not a substitute for medical advice" is left to its
// neighbours, as before.

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
// disclaimer: a clause of healthClauses, the page naming its text and
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
	self, info := false, false
	for _, p := range healthSelves {
		self = self || strings.Contains(s, p)
	}
	for _, p := range healthInfoOnly {
		info = info || strings.Contains(s, p)
	}
	return self && info
}
