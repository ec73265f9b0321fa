package clean

import "strings"

// A wire service's or a non-profit newsroom's story page closes with a
// box offering the story for reuse: its heading, a button as much as a
// heading ("Republish this story", "Republier cet article", "Diesen
// Artikel lizenzieren"), over a blurb on the terms ("AAP content is
// available to subscribers of AAP Newswire. Contact our sales team to
// license this article."; "Republish our articles for free, online or
// in print, under a Creative Commons licence."). A copy of the page
// keeps both as paragraphs after the story. A story reports that a
// paper licensed or reprinted a story; it does not order the reader to
// republish "this story", nor send the reader to a sales team to
// license it.

// reuseVerbs are the orders of a reuse box, lower case: to republish,
// reprint, license, syndicate or reuse, in English, French, Spanish,
// Portuguese, Italian, German and Dutch, in the forms a button or a
// call to act words them (imperative or infinitive). "Republished",
// the participle of a credit line ("Republished with permission from
// …"), is deliberately absent.
var reuseVerbs = set(`republish reprint license licence syndicate reuse re-use
	republier republiez reproduire reproduisez
	republicar republica republique reproducir reproduce reproduza reproduzir licenciar
	ripubblicare ripubblica ripubblicate riprodurre riproduci
	wiederveröffentlichen nachdrucken lizenzieren weiterverwenden
	herpubliceren hergebruiken licentiëren`)

// reuseDets are the words between a reuse verb and the text it names:
// a demonstrative or "our" ("this story", "our articles", "cet
// article", "nuestros artículos", "diesen Artikel", "dit artikel").
var reuseDets = set(`this these our cet cette ces notre nos este esta estos estas nuestro nuestra nuestros
	nuestras esse essa nosso nossa nossos nossas questo questa questi queste nostro nostra nostri nostre
	diesen dieses diese unsere unseren dit deze onze ons`)

// reuseNouns name the text offered for reuse.
var reuseNouns = set(`story stories article articles content piece report
	article articles contenu contenus histoire
	artículo artículos contenido contenidos historia nota notas
	artigo artigos matéria matérias conteúdo reportagem
	articolo articoli contenuto contenuti
	artikel beitrag beiträge inhalt inhalte
	verhaal verhalen bericht berichten`)

// reuseContactVerbs open the sentence that sends the reader to the
// seller to license the story ("Contact our sales team to license this
// article", "Email syndication@… to republish this story",
// "Contactez notre service commercial pour republier cet article",
// "Kontaktieren Sie unser Team, um diesen Artikel zu lizenzieren").
var reuseContactVerbs = set(`contact email e-mail call write ask click visit reach get
	contactez écrivez appelez cliquez contacte contáctenos contacta escríbanos escribe escriba llame
	contate entre fale escreva ligue contatta contattaci contattate scrivi scriveteci
	kontaktieren kontaktiere schreiben wenden neem mail mailen bel`)

// reuseSellerWords name the seller between the contact verb and the
// order: "us", "our", the sales or syndication desk ("Contact our sales
// team", "Contactez notre service commercial", "Kontaktieren Sie unser
// Team"); an e-mail address counts too. "Ask the paper why it chose to
// republish this story" names no seller and is a sentence.
var reuseSellerWords = set(`us our sales syndication licensing team desk
	nous notre nos commercial nosotros nuestro nuestra nuestros nuestras equipo
	nosso nossa nossos equipe ci noi nostro nostra uns unser unsere unseren ons onze verkoop`)

// reuseLicenceWords are the words of a reuse box's terms, which mark
// the blurb under its heading: a licence, the subscribers it is
// available to, reprints, syndication, permission, Creative Commons.
var reuseLicenceWords = set(`license licence licensing licensed licenses licences subscribers subscriber
	subscription reprint reprints republication republish syndication syndicated permission permissions
	creative commons
	licence licences abonnés abonnement reproduction republication
	licencia licencias suscriptores suscripción reproducción
	licença assinantes assinatura reprodução republicação
	licenza abbonati abbonamento riproduzione
	lizenz lizenzen abonnenten abonnement nachdruck
	licentie abonnees herpublicatie`)

const (
	// reuseHeadingMaxWords bounds a reuse box's heading: the order and
	// its object, with "for free" or the site's name after it
	// ("Republish this story for free", 5 words; "Republish this
	// article on your site", 6). A story's sentence is longer.
	reuseHeadingMaxWords = 8
	// reuseBlurbMaxWords bounds the box's blurb: the terms in two or
	// three sentences (the AAP box's, 18 words; a Creative Commons
	// note with its conditions, about 35). A story's paragraph about
	// licensing is longer or stands under no such heading.
	reuseBlurbMaxWords = 45
)

// reuseWords returns the line's words, lower case, trimmed of the
// punctuation around them, and for each whether it ends a sentence.
func reuseWords(line string) ([]string, []bool) {
	fs := strings.Fields(line)
	words := make([]string, 0, len(fs))
	ends := make([]bool, 0, len(fs))
	for _, f := range fs {
		w := strings.ToLower(strings.Trim(f, ".,;:!?¡¿()[]«»\"“”'’→›»"))
		if w == "" {
			continue
		}
		words = append(words, w)
		ends = append(ends, strings.ContainsAny(f[len(f)-1:], ".!?"))
	}
	return words, ends
}

// reuseAt reports whether a reuse order starts at words[i]: a verb, a
// determiner and a noun ("republish this story"), or, verb last as
// German and Dutch put it, a determiner, a noun, "zu" or "te" or
// nothing, and the verb ("diesen Artikel zu lizenzieren", "dit artikel
// herpubliceren"); the determiner may be missing before a noun
// ("Artikel nachdrucken"). It returns the index after the order.
func reuseAt(words []string, i int) (int, bool) {
	if i < len(words) && reuseVerbs[words[i]] {
		j := i + 1
		if j < len(words) && reuseDets[words[j]] {
			j++
		}
		if j < len(words) && reuseNouns[words[j]] && j > i+1 {
			return j + 1, true
		}
		return 0, false
	}
	j := i
	if j < len(words) && reuseDets[words[j]] {
		j++
	}
	if j >= len(words) || !reuseNouns[words[j]] {
		return 0, false
	}
	j++
	if j < len(words) && (words[j] == "zu" || words[j] == "te") {
		j++
	}
	if j < len(words) && reuseVerbs[words[j]] {
		return j + 1, true
	}
	return 0, false
}

// reuseHeading reports whether line is a reuse box's heading or
// button: short (reuseHeadingMaxWords), opening with the order.
func reuseHeading(line string) bool {
	words, _ := reuseWords(line)
	if len(words) == 0 || len(words) > reuseHeadingMaxWords {
		return false
	}
	_, ok := reuseAt(words, 0)
	return ok
}

// reuseCall reports whether line, short (reuseBlurbMaxWords), holds a
// sentence that sends the reader to the seller to license the story: it
// opens with one of reuseContactVerbs, names the seller
// (reuseSellerWords, or an address) and gives the order later
// ("Contact our sales team to license this article").
func reuseCall(line string) bool {
	words, ends := reuseWords(line)
	if len(words) > reuseBlurbMaxWords {
		return false
	}
	start, seller := 0, false
	for i, w := range words {
		if i > start && reuseContactVerbs[words[start]] {
			if _, ok := reuseAt(words, i); ok && seller {
				return true
			}
			seller = seller || reuseSellerWords[w] || strings.Contains(w, "@")
		}
		if ends[i] {
			start, seller = i+1, false
		}
	}
	return false
}

// reuseTerms reports whether line is a reuse box's blurb: short
// (reuseBlurbMaxWords) and holding a word of its terms
// (reuseLicenceWords).
func reuseTerms(line string) bool {
	words, _ := reuseWords(line)
	if len(words) == 0 || len(words) > reuseBlurbMaxWords {
		return false
	}
	for _, w := range words {
		if reuseLicenceWords[w] {
			return true
		}
	}
	return false
}

// A page's licence notice gives the reuse terms with no box around
// them, a line under the story or in the footer: the site's content is
// published under a Creative Commons licence ("Todo o conteúdo deste
// site está publicado sob a Licença Creative Commons Atribuição 4.0
// Internacional, …", "Todo el contenido de este sitio está publicado
// bajo licencia Creative Commons …", "This work is licensed under a
// Creative Commons Attribution 4.0 International License."), or may be
// reproduced if the source is cited ("Reprodução permitida desde que
// citada a fonte: Agência Brasil.", "Se permite la reproducción citando
// la fuente."). The licence's notice names the page itself, a
// demonstrative or "our" before a word for the site, the page or its
// content ("deste site", "este sitio", "this work", "our articles")
// among the line's first licenceSubjectWords words; a story that
// reports a licence names whose work it is ("The museum's photographs
// are now published under a Creative Commons licence"). The permission
// joins a word of reproduction, one of permission and the source in a
// short line (permitMaxWords): a story reports a permission in a
// sentence of its own, not as a label.

// licenceDets add to reuseDets the Portuguese contractions of a
// preposition with a demonstrative that name the page ("deste site",
// "nesta página").
var licenceDets = set(`deste desta destes destas neste nesta nestes nestas`)

// licenceNouns name what the notice licenses: the site, the page, the
// work or its content, in the languages of reuseNouns.
var licenceNouns = set(`site website sites page pages portal work works material materials
	sitio página páginas obra obras materiales materiais
	œuvre œuvres werk werke webseite seite sito pagina opera opere`)

// licenceSubjectWords bounds where the notice names the page: "Todo o
// conteúdo deste site" (5 words), "Except where otherwise noted,
// content on this site" (8).
const licenceSubjectWords = 8

// permitMaxWords bounds a reproduction permission: the permission, the
// condition and the source's name ("Reprodução permitida desde que
// citada a fonte: Agência Brasil.", 9 words).
const permitMaxWords = 16

// reproduceWords, permitWords and sourceWords make a reproduction
// permission, lower case: reproduction or its verb, a word of
// permission, and the source to cite, in Portuguese, Spanish, French,
// Italian, English and German.
var (
	reproduceWords = set(`reprodução reproduzir reproducción reproducir reproduction reproduire riproduzione riprodurre
		reproduce reproduced reprinting reproduktion nachdruck`)
	permitWords = set(`permitida permitido permitidas permite permitted allowed autorisée autorisé autorisées
		consentita consentito erlaubt gestattet`)
	sourceWords = set(`fonte fontes fuente source quelle`)
)

// republishedWords say a text came from elsewhere, as a credit line
// does ("This article is republished from The Conversation under a
// Creative Commons license."): the credit's, not the page's own notice.
var republishedWords = set(`republished reproduced originally republicado republicada reproduzido reproducido
	originalmente republié republiée ripubblicato ripubblicata`)

// licenceNotice reports whether line is a page's licence notice or its
// reproduction permission; see above.
func licenceNotice(line string) bool {
	words, _ := reuseWords(line)
	if len(words) == 0 || len(words) > reuseBlurbMaxWords {
		return false
	}
	if len(words) <= permitMaxWords {
		var reproduce, permit, source bool
		for _, w := range words {
			reproduce, permit, source = reproduce || reproduceWords[w], permit || permitWords[w], source || sourceWords[w]
		}
		if reproduce && permit && source {
			return true
		}
	}
	commons, licence := false, false
	for i, w := range words {
		if republishedWords[w] {
			return false // a credit line: "This article is republished from X under a Creative Commons license."
		}
		commons = commons || w == "creative" && i+1 < len(words) && words[i+1] == "commons"
		licence = licence || reuseLicenceWords[w] && w != "creative" && w != "commons"
	}
	if !commons || !licence {
		return false
	}
	for i := 0; i+1 < len(words) && i+1 < licenceSubjectWords; i++ {
		if (reuseDets[words[i]] || licenceDets[words[i]]) && (reuseNouns[words[i+1]] || licenceNouns[words[i+1]]) {
			return true
		}
	}
	return false
}

// reuseBoxes removes a story's reuse box: its heading alone on its line
// (reuseHeading), which no story sets, and the blurb under it, in its
// paragraph or the next, when it holds the box's terms (reuseTerms);
// and, wherever it stands, a short line that sends the reader to the
// seller to license the story (reuseCall), the blurb whose heading the
// copy lost, and a page's licence notice (licenceNotice). Credit lines
// ("Republished with permission from …") are never touched.
func reuseBoxes(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit {
			continue
		}
		line := body[b.span.Start:b.span.End]
		switch {
		case reuseHeading(line):
			b.class, b.score, b.reason = classChrome, 1, ReasonPromo
			if i+1 < len(blocks) && !blocks[i+1].credit && reuseTerms(body[blocks[i+1].span.Start:blocks[i+1].span.End]) {
				blocks[i+1].class, blocks[i+1].score, blocks[i+1].reason = classChrome, 1, ReasonPromo
			}
		case b.class != classChrome && reuseCall(line):
			b.class, b.score, b.reason = classChrome, 1, ReasonPromo
		case b.class != classChrome && licenceNotice(line):
			// Legal chrome, the page's terms: no promo box's blurb
			// (boxNames), so the signature over it ("Edição: …")
			// stays.
			b.class, b.score, b.reason = classChrome, 1, ReasonLegal
		}
	}
}
