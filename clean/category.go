package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A blog's post names its category in a line of its own, under the
// title or under the story: WordPress's "Posted in News" and its
// translations ("Publié dans Sango", "Publicado en Regional"). The words
// before the category are also a sentence's ("the study published in
// Nature"; "Publié dans Le Monde le 3 mars", a reprint's note), so the
// opening alone decides nothing: the line is the post's when every
// category it names is one of the page's own sections, a line of the
// menu or of the category list that a scraper copied with the page.

// postedInPhrases are the openings of a post's category line, lower case,
// as WordPress's themes print "Posted in %s" and "Filed under %s": in
// English, French, Spanish, Portuguese, German, Italian and Dutch (the
// packs' "Publié dans", "Classé dans", "Publicado en", "Archivado en",
// "Publicado em", "Arquivado em", "Veröffentlicht in", "Abgelegt
// unter", "Pubblicato in", "Archiviato in", "Geplaatst in",
// "Gepubliceerd in").
var postedInPhrases = [][]string{
	{"posted", "in"}, {"filed", "under"}, {"publié", "dans"}, {"classé", "dans"},
	{"publicado", "en"}, {"archivado", "en"}, {"publicado", "em"}, {"arquivado", "em"},
	{"veröffentlicht", "in"}, {"abgelegt", "unter"}, {"pubblicato", "in"}, {"archiviato", "in"},
	{"geplaatst", "in"}, {"gepubliceerd", "in"},
}

// categoryLineMaxWords bounds a post's category line: the two words of
// its opening and a category or a few ("Posted in Local News, Politics",
// 6 words), as postMetaMaxWords bounds the post's date line.
const categoryLineMaxWords = postMetaMaxWords

// sectionRunMin is the least number of short lines in a row, no blank
// line between them, that make a menu or a category list whose lines
// name the page's sections (sectionNames): a list's heading over two
// categories ("Catégories", "Bafoto", "Sango") or a menu of three
// items. Two short lines in a row are a headline over a byline as
// often.
const sectionRunMin = 3

// postedInRest returns the categories a post's category line names after
// its opening (postedInPhrases, then a colon or none), or false when
// line opens otherwise, ends a sentence or is longer than
// categoryLineMaxWords.
func postedInRest(line string) (string, bool) {
	f := strings.Fields(line)
	if len(f) < 3 || len(f) > categoryLineMaxWords || endsSentence(line) {
		return "", false
	}
	for _, p := range postedInPhrases {
		if !strings.EqualFold(f[0], p[0]) {
			continue
		}
		last := strings.TrimSuffix(f[1], ":")
		if !strings.EqualFold(last, p[1]) {
			continue
		}
		rest := strings.Join(f[2:], " ")
		rest = strings.TrimSpace(strings.TrimPrefix(rest, ":"))
		return rest, rest != ""
	}
	return "", false
}

// sectionNames returns the page's section names, lower case with their
// inner space folded: the lines of every run of sectionRunMin or more
// short lines (at most menuMaxItemWords words, ending no sentence) with
// no blank line between them, as a menu or a category list reads when
// its links lose their markup, and the parts of the page's breadcrumb
// trails ("Home » Newsletter » Issue 47"), which name the post's
// category and its sub-category as its category line does ("Filed
// under Newsletter, Issue 47"). A trail's last part may be the post's
// title, which no category line names.
func sectionNames(body string, blocks []block) map[string]bool {
	names := map[string]bool{}
	for i := range blocks {
		if b := &blocks[i]; b.trail && !b.credit {
			for _, p := range trailParts(body[b.span.Start:b.span.End]) {
				names[foldName(p)] = true
			}
		}
	}
	short := func(b *block) bool {
		line := strings.TrimSpace(body[b.span.Start:b.span.End])
		n := nameWords(line)
		return !b.credit && n > 0 && n <= menuMaxItemWords && !endsSentence(line)
	}
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && short(&blocks[j]) && (j == i || blocks[j].span.Start == blocks[j-1].span.End+1) {
			j++
		}
		if j-i >= sectionRunMin {
			for k := i; k < j; k++ {
				names[foldName(body[blocks[k].span.Start:blocks[k].span.End])] = true
			}
		}
		i = max(j, i+1)
	}
	return names
}

// foldName returns s in lower case with its inner space folded and no
// space, colon or comma around it.
func foldName(s string) string {
	return strings.ToLower(strings.Trim(strings.Join(strings.Fields(s), " "), " :,"))
}

// categoryLines decides a post's category line ("Publié dans Sango",
// "Posted in News, Politics"): a line that opens with one of
// postedInPhrases and names, after it, only categories that are lines
// of the page's menu or category list (sectionNames; parted by commas,
// bars or the Arabic comma). The line is the post's meta line
// (block.postMeta): a link list that it closes keeps the post's title
// above it, and it is chrome whatever stands around it. A reprint's note
// names a paper ("Publié dans Le Monde"), which no menu of the page
// lists.
func categoryLines(body string, blocks []block) {
	var names map[string]bool
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.words > labelledMetaMaxWords {
			continue
		}
		line := body[b.span.Start:b.span.End]
		if strings.Contains(line, ":") {
			if names == nil {
				names = sectionNames(body, blocks)
			}
			if labelledMeta(line, names) {
				b.postMeta = true
				b.class, b.score, b.reason = classChrome, max(b.score, wPostMeta), ReasonNavigation
				continue
			}
		}
		if b.words > categoryLineMaxWords {
			continue
		}
		rest, ok := postedInRest(line)
		if !ok {
			continue
		}
		if names == nil {
			names = sectionNames(body, blocks)
		}
		named, all := 0, true
		for _, c := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == '|' || r == '،' }) {
			if c = foldName(c); c == "" {
				continue
			}
			if !names[c] {
				all = false
				break
			}
			named++
		}
		if all && named > 0 {
			b.postMeta = true
			b.class, b.score, b.reason = classChrome, max(b.score, wPostMeta), ReasonNavigation
		}
	}
}

// metaField is the part of a post's meta line a label names (metaLabels).
type metaField uint8

const (
	metaNone     metaField = iota
	metaAuthor             // "Autor:", "Author:"
	metaCategory           // "Kategorija:", "Category:", "Oznake:", "Tags:"
	metaDate               // "Objavljeno:", "Published:", "Datum:"
)

// metaLabels are the labels of a post's meta line, lower case without
// their colon, as WordPress themes print the post's fields under its
// title, "Label: value", one a line or parted by slashes, bars or
// dots ("Autor: admin / Kategorija: Novini / Objavljeno: 17.10.2025.";
// "Author: admin | Category: News"): English, Serbian, Croatian and
// Bosnian in both scripts, Slovenian, Russian, French, Spanish,
// Portuguese, Italian, German, Dutch, Polish, Czech and Indonesian.
var metaLabels = map[string]metaField{
	"author": metaAuthor, "autor": metaAuthor, "аутор": metaAuthor, "автор": metaAuthor, "auteur": metaAuthor,
	"autore": metaAuthor, "penulis": metaAuthor, "avtor": metaAuthor,
	"category": metaCategory, "categories": metaCategory, "kategorija": metaCategory, "kategorije": metaCategory,
	"категорија": metaCategory, "категорије": metaCategory, "категория": metaCategory, "рубрика": metaCategory,
	"catégorie": metaCategory, "catégories": metaCategory, "categoría": metaCategory, "categorías": metaCategory,
	"categoria": metaCategory, "categorias": metaCategory, "categorie": metaCategory, "kategorie": metaCategory,
	"kategorien": metaCategory, "kategoria": metaCategory, "kategori": metaCategory, "rubrik": metaCategory,
	"tags": metaCategory, "oznake": metaCategory, "ознаке": metaCategory, "tagovi": metaCategory, "метки": metaCategory,
	"теги": metaCategory, "étiquettes": metaCategory, "etiquetas": metaCategory, "schlagwörter": metaCategory,
	"objavljeno": metaDate, "објављено": metaDate, "published": metaDate, "posted": metaDate, "datum": metaDate,
	"датум": metaDate, "опубликовано": metaDate, "publié": metaDate, "publicado": metaDate, "pubblicato": metaDate,
	"veröffentlicht": metaDate, "gepubliceerd": metaDate, "diterbitkan": metaDate, "date": metaDate,
}

// labelledMetaMaxWords bounds a labelled meta line: three fields of a
// label and a value or two ("Autor: admin / Kategorija: Novini /
// Objavljeno: 17. oktobar 2025.", 9 words), with room for a longer
// category.
const labelledMetaMaxWords = 12

// labelledMeta reports whether line is a post's labelled meta line:
// every part of it, parted by slashes, bars or middle dots, is "Label:
// value" with a label of metaLabels, and one value at least is the
// CMS's own and no byline's or story's: an account named in lower case
// or after its role ("admin"), or a category that is one of the page's
// sections (names: a line of its menu or its breadcrumb). A line with
// the post's date ("Objavljeno:", "Published:") stays whole: the
// engine dates the text by it.
// A story's sentence with a label's word ("Autor: Milan Kundera,
// 1929–2023") names a person in capitals and ends no such way, and a
// byline alone ("Author: Jane Doe") names a person: both stay.
func labelledMeta(line string, names map[string]bool) bool {
	parts := strings.FieldsFunc(line, func(r rune) bool { return r == '/' || r == '|' || r == '·' })
	own := false
	for _, p := range parts {
		label, value, ok := strings.Cut(p, ":")
		value = strings.TrimSpace(value)
		field := metaLabels[strings.ToLower(strings.TrimSpace(label))]
		if !ok || field == metaNone || value == "" || field != metaDate && endsSentence(value) {
			return false
		}
		f := strings.Fields(value)
		switch field {
		case metaAuthor:
			r, _ := utf8.DecodeRuneInString(f[0])
			own = own || len(f) == 1 && (roleAccounts[strings.ToLower(f[0])] || unicode.IsLower(r) && !stopWordLike(f[0]))
		case metaCategory:
			all := true
			for _, c := range strings.Split(value, ",") {
				if c = foldName(c); c != "" && !names[c] {
					all = false
				}
			}
			own = own || all
		case metaDate:
			// The post's date stays with its line: the engine reads
			// an undated text's date from such a line (ingest).
			return false
		}
	}
	return own
}
