package clean

import (
	"strings"

	"github.com/reprint/reprint/pressrelease"
)

// This file holds the citation and contact boxes a publisher's template
// sets under a report: "Cite this statistical bulletin" over the
// citation line ("Office for National Statistics (ONS), released 18
// March 2026, ONS website, statistical bulletin."), "How to cite this
// article" over a reference, and "Contact details for this release" over
// the team's name, e-mail address and telephone number. The lines under
// the heading are the publisher's and any; two reports of one template
// share them word for word, which reads as a shared passage between two
// unrelated texts. The box is known by its heading, which addresses the
// reader about "this" document, and its place: the last lines of the
// text, short lines under the heading, chrome or the end after them.

// citeHeadings open a citation box's heading, lower case, apostrophe
// folded: the call to cite this document, in English, German, French,
// Spanish, Portuguese, Italian and Dutch. A document noun follows them
// (citeNouns), or nothing ("How to cite", "Zitiervorschlag").
var citeHeadings = barSet(`cite this | how to cite | how to cite this | suggested citation | citation |
	diesen artikel zitieren | zitiervorschlag | zitierweise | so zitieren sie |
	citer cet | pour citer cet | pour citer ce | comment citer | citer ce |
	citar este | cómo citar | como citar | como citar este | citar esta | cómo citar este |
	cita questo | come citare | citare questo | per citare questo |
	dit artikel citeren | citeer dit | hoe te citeren`)

// contactHeadings open a contact box's heading, lower case: contact
// details or the invitation to contact the publisher about this
// document, in the same languages. A document noun must follow them, so
// that a "Contact us" menu entry or a story's subhead "Contact details"
// is not read as a box here.
var contactHeadings = barSet(`contact details for this | contact us about this | contact for this |
	enquiries about this | questions about this | kontakt zu diesem | kontakt zu dieser | ansprechpartner für diese |
	contact pour cet | contact pour ce | contacts pour cette | contacto para este | contacto sobre este |
	contato sobre este | contatti per questo | contact over dit | contact over deze`)

// A page that publishes a press release may set the issuer's press
// contact in a box of its own under the release's text ("Media contact"
// over "Office of the Minister for Health: Tom Haddad 0491 570 156"):
// the template's box, printed the same under each release of the
// issuer, which reads as a passage shared by two unrelated releases. A
// release as issued keeps its contact among its notes for editors,
// under its end mark or its "About …" boilerplate: there the contact is
// the release's own text, which package pressrelease reads (an end mark
// with an editors' line makes a release, Recognise; the notes begin at
// them, Notes), and it stays. So a press contact's heading
// (pressContactHeadings) opens a box only when no end mark and no
// editors' line (pressrelease.IsEndMark, pressrelease.IsEditorsLine)
// stands among the pressrelease.ClosingLines lines over it, and when a
// line under it gives a telephone number or an e-mail address
// (reachLine): a subhead of the same words over a story's paragraph
// gives none.

// pressContactHeadings are the headings of a press contact's box,
// whole, lower case, without the colon: in English, German, French,
// Spanish, Portuguese, Italian and Dutch, Turkish ("Basın ve medya
// talepleriniz için:", for your press and media requests; the press
// office's name over it, "Kurumsal İletişim Koordinatörlüğü") and
// Romanian ("Purtător de cuvânt", the spokesperson, over the name, the
// telephone and the e-mail). They address journalists, not the reader;
// a story's subhead does not.
var pressContactHeadings = barSet(`media contact | media contacts | press contact | press contacts |
	media enquiries | media inquiries | press enquiries | press inquiries | for media enquiries | for media inquiries |
	pressekontakt | pressekontakte | medienkontakt | medienkontakte |
	contact presse | contacts presse | contact médias | contacts médias |
	contacto de prensa | contactos de prensa | contacto para medios |
	contato para imprensa | contato de imprensa | contatos para imprensa | contato com a imprensa |
	contatti stampa | contatto stampa | contatti per la stampa |
	perscontact | contact voor de pers |
	basın ve medya talepleriniz için | basın ve medya talepleri için | medya talepleriniz için | basın iletişim |
	medya iletişim | basın irtibat | kurumsal iletişim koordinatörlüğü | kurumsal iletişim müdürlüğü |
	basın ve halkla ilişkiler müdürlüğü |
	purtător de cuvânt | purtătorul de cuvânt | contact presă | contact pentru presă | relații cu presa |
	biroul de presă | birou de presă`)

// pressContactHeading reports whether line is a press contact's heading
// alone on its line (pressContactHeadings).
func pressContactHeading(line string, words int) bool {
	if words == 0 || words > citeHeadingMaxWords {
		return false
	}
	return pressContactHeadings[strings.Join(strings.Fields(strings.ToLower(strings.TrimRight(strings.TrimSpace(line), ": "))), " ")]
}

// releaseNotesOver reports whether an end mark or an editors' line of a
// release stands among the pressrelease.ClosingLines lines over
// blocks[h]: the contact under it is then among the release's notes.
func releaseNotesOver(body string, blocks []block, h int) bool {
	n := 0
	for i := h - 1; i >= 0 && n < pressrelease.ClosingLines; i-- {
		if blocks[i].words == 0 {
			continue
		}
		n++
		line := body[blocks[i].span.Start:blocks[i].span.End]
		if pressrelease.IsEndMark(line) || pressrelease.IsEditorsLine(line) {
			return true
		}
	}
	return false
}

// reachLine reports whether line gives a way to reach a person: an
// e-mail address, or a telephone number, a run of groups of digits
// with a telephone's marks between them ("0491 570 156", "+44 (0)1632
// 960418", "(330) 555-0147") of phoneMinDigits digits or more, labelled
// or not.
func reachLine(line string) bool {
	digits := 0
	for _, f := range strings.Fields(line) {
		f = strings.Trim(f, ".,;:<>")
		if emailAddress(f) {
			return true
		}
		n, ok := phoneGroup(f)
		if !ok {
			digits = 0
			continue
		}
		if digits += n; digits >= phoneMinDigits {
			return true
		}
	}
	return false
}

// citeNouns are the documents a citation or contact box names, lower
// case: the article, page, bulletin, report, release and their kin, in
// the same languages. The heading's last word is one of them.
var citeNouns = set(`article page bulletin report story release publication paper item post dataset
	document entry chapter briefing statistics brief study analysis
	artikel beitrag bericht seite veröffentlichung meldung pressemitteilung studie
	article page rapport publication communiqué bulletin étude
	artículo página informe publicación boletín estudio nota
	artigo página relatório publicação boletim estudo
	articolo pagina rapporto pubblicazione bollettino studio
	artikel pagina rapport publicatie bericht studie`)

// citeHeadingMaxWords bounds a box's heading: "Contact details for this
// statistical bulletin" has six words, "Como citar este artigo
// científico" five; eight leaves room for a two-word noun phrase and a
// longer language.
const citeHeadingMaxWords = 8

// citeLineMaxWords bounds a line under the heading: a reference with its
// authors, title, date and address runs to some thirty words; a contact
// line ("Consumer price inflation team, cpi@ons.gov.uk") to a dozen. A
// story's paragraph under a subhead of this kind runs longer, or stands
// among the story's lines.
const citeLineMaxWords = 40

// citeBoxMaxLines bounds the lines under one heading: a citation and a
// link to it, or a team, an address and a telephone number and an
// e-mail address on lines of their own.
const citeBoxMaxLines = 4

// citeHeading reports whether line, of words words, is a citation or a
// contact box's heading: a short line, ending no sentence, that opens
// with a phrase of citeHeadings or contactHeadings and ends with a
// document noun (citeNouns), or is a citation heading alone ("How to
// cite", "Suggested citation").
func citeHeading(line string, words int) bool {
	if words == 0 || words > citeHeadingMaxWords {
		return false
	}
	l := strings.TrimSpace(strings.ReplaceAll(strings.ToLower(line), "’", "'"))
	l = strings.TrimRight(l, ": ")
	if strings.HasSuffix(l, ".") || strings.HasSuffix(l, "!") {
		return false
	}
	ws := strings.Fields(l)
	if citeHeadings[l] && len(ws) <= 3 && l != "citation" {
		return true // "How to cite", "Zitiervorschlag", "Suggested citation"
	}
	if !citeNouns[strings.Trim(ws[len(ws)-1], "?")] {
		return false
	}
	for n := 1; n < len(ws); n++ {
		if p := strings.Join(ws[:n], " "); citeHeadings[p] || contactHeadings[p] {
			return true
		}
	}
	return false
}

// citeShortLine is the most words a line under a box's heading may hold
// without a reference's marks (boxLine): a team's name, an address, a
// telephone number, a dozen words at most; a story's sentence under a
// subhead of the same words runs longer.
const citeShortLine = 12

// boxLine reports whether line, of words words, can stand under a
// citation or contact heading: a short line (citeShortLine), or, up to
// citeLineMaxWords, a reference with its marks — a year, an address on
// the web, a DOI, an e-mail address.
func boxLine(line string, words int) bool {
	if words <= citeShortLine {
		return true
	}
	if words > citeLineMaxWords {
		return false
	}
	if reachLine(line) {
		return true // a contact's telephone number or address
	}
	l := strings.ToLower(line)
	if strings.Contains(l, "http") || strings.Contains(l, "www.") || strings.Contains(l, "doi") || strings.Contains(l, "@") {
		return true
	}
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return r < '0' || r > '9' }) {
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
			return true // a year
		}
	}
	return false
}

// citeBoxes decides the citation and contact boxes at the text's end: a
// heading (citeHeading, or a press contact's, pressContactHeading, under
// no release notes and over a way to reach the contact) with at most
// citeBoxMaxLines short lines under it (citeLineMaxWords), and after
// them the text's end, chrome or the next such box. A box's lines are
// read from the last box up, so that a citation box over a contact box
// goes with it. Attribution lines stay.
func citeBoxes(body string, blocks []block, feats []features) {
	end := len(blocks) // the first line after the boxes found so far
	for end > 0 && blocks[end-1].class == classChrome {
		end--
	}
	over := false // a press contact's box was just decided, its heading at end
	for {
		h, press := -1, false
		for i := end - 1; i >= 0 && i >= end-1-citeBoxMaxLines; i-- {
			b := &blocks[i]
			if b.credit {
				break
			}
			line := body[b.span.Start:b.span.End]
			if citeHeading(line, feats[i].words) {
				h = i
				break
			}
			if pressContactHeading(line, feats[i].words) {
				h, press = i, true
				break
			}
			if feats[i].words == 0 || !boxLine(line, feats[i].words) {
				break
			}
		}
		if press && over && h == end-1 {
			// The press office's name over the box's own heading
			// ("Kurumsal İletişim Koordinatörlüğü" over "Basın ve
			// medya talepleriniz için:"): the box's too.
			blocks[h].class, blocks[h].score, blocks[h].reason = classChrome, 1, ReasonNavigation
			return
		}
		if h < 0 || h == end-1 {
			return // no box, or a heading with nothing under it: a story's subhead
		}
		if press {
			reach := false
			for k := h + 1; k < end && !reach; k++ {
				reach = reachLine(body[blocks[k].span.Start:blocks[k].span.End])
			}
			if !reach || releaseNotesOver(body, blocks, h) {
				return // the release's own contact, or no contact at all
			}
		}
		for k := h; k < end; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonNavigation
		}
		end, over = h, press
		for end > 0 && blocks[end-1].class == classChrome {
			end--
		}
	}
}
