package clean

import "bytes"

// A public body's document (a council's minutes and agendas, a report,
// a public notice) closes with the body's notices to its readers: that
// the document can be had in another format ("If you need this document
// in large print or another format, please contact the Town Clerk."),
// and where copies of its papers may be had or seen ("Copies of
// agendas, minutes and the planning applications considered are
// available at … or from the Town Hall during office hours (Monday to
// Thursday, 9.30am to 1.00pm)."). They are the publisher's notes on the
// document, as a self-note is (wSelfNote), and weigh as much. English
// only: the public bodies whose documents the sets hold print them so.

// docNoteMaxWords bounds a document's notice: the availability notice
// with its address and its office hours (30 words in the story sets);
// forty-five leaves room for a second address. A paragraph of a story
// that tells where a council's papers may be seen runs on with its
// news, and says who said so.
const docNoteMaxWords = 45

// formatWords name the other formats a public body offers its
// documents in, lower case.
var formatWords = []string{
	"large print", "braille", "alternative format", "alternative formats", "another format", "other formats",
	"accessible format", "accessible formats", "easy read", "audio format", "another language",
}

// docSelves are a document's names for itself, lower case: the text
// the notice offers in another format.
var docSelves = []string{
	"this document", "this information", "this publication", "this leaflet", "this report",
	"these minutes", "this agenda", "this notice",
}

// formatLeads open an alternative-format offer, lower case: the
// condition or the purpose addressed to the reader, or the document
// named first ("This document is available in large print").
var formatLeads = append([]string{"if you", "to request", "to receive", "to obtain", "for a copy"}, docSelves...)

// formatOffer reports whether lower, a lower-case line of words words,
// is an alternative-format offer: it opens with one of formatLeads and
// names the document (docSelves) and a format (formatWords). A story
// reports that a council offers its papers in braille without calling
// them "this document".
func formatOffer(lower []byte, words int) bool {
	l := bytes.TrimSpace(lower)
	if words > docNoteMaxWords || !hasAnyPrefix(l, formatLeads) {
		return false
	}
	return containsAny(l, docSelves) && containsAny(l, formatWords)
}

// docPapers name a public body's papers in an availability notice,
// lower case.
var docPapers = set(`agenda agendas minutes papers`)

// docHours are where or when a notice says its copies may be had: the
// office's hours, or the body's web address.
var docHours = []string{"office hours", "opening hours", "www.", "http://", "https://"}

// copiesNotice reports whether lower, a lower-case line of words words,
// is a public body's notice of where its papers may be had: it opens
// with "copies of", names its papers (docPapers), says they are
// available, and gives the office's hours or the body's web address
// (docHours). A story tells where a report may be read as part of its
// news; the notice is the body's, at its document's foot.
func copiesNotice(lower []byte, words int) bool {
	l := bytes.TrimSpace(lower)
	if words > docNoteMaxWords || !hasAnyPrefix(l, copiesLeads) || !bytes.Contains(l, availableWord) || !containsAny(l, docHours) {
		return false
	}
	for _, w := range bytes.FieldsFunc(l, notWordRune) {
		if docPapers[string(w)] {
			return true
		}
	}
	return false
}

var (
	copiesLeads   = []string{"copies of "}
	availableWord = []byte("available")
)

// hasAnyPrefix reports whether l opens with one of prefixes.
func hasAnyPrefix(l []byte, prefixes []string) bool {
	for _, p := range prefixes {
		if len(l) >= len(p) && string(l[:len(p)]) == p {
			return true
		}
	}
	return false
}

// containsAny reports whether l holds one of subs.
func containsAny(l []byte, subs []string) bool {
	for _, p := range subs {
		if bytes.Contains(l, []byte(p)) {
			return true
		}
	}
	return false
}

// A release closes with the line that sends the press to the issuer's
// press officer ("Media inquiries should be directed to Sgt. Brian
// Kowalczyk, Public Information Officer, at (419) 555-0148 or pio@…",
// "For media enquiries, contact the press office on 020 7946 0815 or
// email press@…"): the issuer's note on its text, printed the same
// under each of its releases, and weighed as the notices above are. A
// story that reports where the press may ask says who said so and gives
// no number; the note opens with its lead and gives a number or an
// address.

// mediaLeads open a release's media-contact note, lower case.
var mediaLeads = []string{
	"media inquiries", "media enquiries", "press inquiries", "press enquiries",
	"for media inquiries", "for media enquiries", "for press inquiries", "for press enquiries",
	"members of the media", "journalists seeking comment", "reporters seeking comment",
}

// mediaNoteMinDigits is the least run of a telephone number's digits
// that a media-contact note gives: seven, a local number's.
const mediaNoteMinDigits = 7

// mediaNote reports whether lower, a lower-case line of words words, is
// a release's media-contact note: it opens with one of mediaLeads and
// gives an e-mail address or a telephone number (mediaNoteMinDigits
// digits or more, spaces, dashes, dots and brackets between them).
func mediaNote(lower []byte, words int) bool {
	l := bytes.TrimSpace(lower)
	if words > docNoteMaxWords || !hasAnyPrefix(l, mediaLeads) {
		return false
	}
	for _, w := range bytes.Fields(l) {
		if at := bytes.IndexByte(w, '@'); at > 0 && bytes.IndexByte(w[at:], '.') > 0 {
			return true
		}
	}
	digits := 0
	for _, c := range l {
		switch {
		case c >= '0' && c <= '9':
			digits++
			if digits >= mediaNoteMinDigits {
				return true
			}
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+':
		default:
			digits = 0
		}
	}
	return false
}
