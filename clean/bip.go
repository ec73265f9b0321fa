package clean

import (
	"strings"
	"unicode"
)

// A Polish public body's notice in its Biuletyn Informacji Publicznej
// (BIP, the statutory bulletin every gmina, county and office keeps)
// is printed by a template whose layout the law sets: under the notice
// its record ("Metryczka"), the body that makes the information
// available, who produced it and when, who published it and when, who
// last changed it, the count of its views, one labelled line each
// ("Podmiot udostępniający informację: Urząd Gminy …", "Wytworzył: …",
// "Data wytworzenia: 2025-10-24", "Opublikował: …", "Data publikacji:
// …", "Liczba wyświetleń: 418"), and under it the register of changes
// ("Rejestr zmian") as a table: its head ("Data Użytkownik Opis
// zmiany") and a row for each change, the time stamp, the user and
// what changed ("2025-10-24 11:47 Krzysztof Bednarek Dodanie
// załącznika: mapa objazdu"). Every BIP in Poland prints them, whoever
// built the site. The record's first label, the body that makes the
// information available, is the template's own and says nothing a
// notice says in a sentence; once it is found, the record's labelled
// lines, the register's heading, head and rows under it are the
// record's.

// bipOpeners are the labels that open a BIP record, lower case, without
// the colon: the body that makes the information available, as the
// regulation names it, and the templates' shorter forms of it.
var bipOpeners = barSet(`podmiot udostępniający informację | podmiot udostępniający | informację udostępnił |
	udostępniający informację | metryczka`)

// bipLabels are the record's other labels, lower case, without the
// colon: who produced the information and when, who published it, who
// changed it and when, the views, and the templates' variants of them.
var bipLabels = barSet(`podmiot udostępniający informację | podmiot udostępniający | udostępniający informację |
	informację udostępnił | wytworzył | wytworzyła | wytworzono | data wytworzenia | informację wytworzył |
	osoba odpowiedzialna za treść | odpowiedzialny za treść | opublikował | opublikowała | wprowadził | wprowadziła |
	informację wprowadził | data publikacji | data wprowadzenia | data udostępnienia | zaktualizował |
	zaktualizowała | zmodyfikował | data aktualizacji | data modyfikacji | data ostatniej zmiany | ostatnia zmiana |
	liczba wyświetleń | liczba odsłon | ilość wyświetleń | liczba odwiedzin strony | wersja | metryczka`)

// bipRegisters are the register's heading and its table's head, lower
// case, the head's cells as a copy runs them together.
var bipRegisters = barSet(`rejestr zmian | historia zmian | rejestr zmian dokumentu | data użytkownik opis zmiany |
	data użytkownik opis | data zmiany użytkownik opis zmiany | data osoba opis zmiany | data użytkownik akcja`)

// bipMaxWords bounds a line of the record or the register: a row with
// the user's name and the change's description ("2025-10-24 11:47
// Krzysztof Bednarek Dodanie załącznika: mapa objazdu", 9 words) or a
// labelled line with a long office's name.
const bipMaxWords = 20

// bipLabelled reports whether line is a labelled line of a BIP record:
// one of labels before a colon, with or without a value after it, or a
// label alone.
func bipLabelled(line string, labels map[string]bool) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	if k := strings.IndexByte(l, ':'); k >= 0 {
		l = l[:k]
	}
	return labels[strings.Join(strings.Fields(l), " ")]
}

// bipRow reports whether line is a row of the register of changes: a
// date in figures (2025-10-24 or 24.10.2025), a time or not, then words.
func bipRow(line string) bool {
	f := strings.Fields(line)
	if len(f) < 3 || !bipDate(f[0]) {
		return false
	}
	return strings.ContainsFunc(strings.Join(f[1:], " "), unicode.IsLetter)
}

// bipDate reports whether w is a date in figures with dashes or dots,
// year first or last: "2025-10-24", "24.10.2025", "24-10-2025".
func bipDate(w string) bool {
	w = strings.TrimRight(w, ",")
	var parts []string
	switch {
	case strings.Count(w, "-") == 2:
		parts = strings.Split(w, "-")
	case strings.Count(w, ".") == 2:
		parts = strings.Split(w, ".")
	default:
		return false
	}
	four := 0
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" || len(p) > 4 {
			return false
		}
		if len(p) == 4 {
			four++
		}
	}
	return four == 1
}

// bipRecords removes a BIP notice's record and its register of
// changes: from a line that opens the record (bipOpeners, before a
// colon or alone as the record's heading), the run of lines under it
// that are the record's labelled lines (bipLabels), the register's
// heading and head (bipRegisters) and its rows (bipRow), each at most
// bipMaxWords words; the run ends at the first other line. A notice's
// sentence that names the body making information available runs on
// with a verb, not a colon after the label.
func bipRecords(body string, blocks []block) {
	for i := 0; i < len(blocks); i++ {
		b := &blocks[i]
		if b.words == 0 || b.words > bipMaxWords || !bipLabelled(body[b.span.Start:b.span.End], bipOpeners) {
			continue
		}
		j := i
		for ; j < len(blocks); j++ {
			c := &blocks[j]
			if c.words == 0 {
				continue
			}
			line := body[c.span.Start:c.span.End]
			if c.words > bipMaxWords || !(bipLabelled(line, bipLabels) || bipLabelled(line, bipRegisters) || bipRow(line)) {
				break
			}
		}
		// A record is more than its heading: one labelled line under the
		// opener at least.
		if j-i < 2 {
			continue
		}
		for k := i; k < j; k++ {
			if c := &blocks[k]; c.words > 0 && !c.credit {
				c.class, c.score, c.reason = classChrome, 1, ReasonNavigation
			}
		}
		i = j - 1
	}
}
