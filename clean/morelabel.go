package clean

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A site points its readers to its other stories under a label that
// names the site: "More from the Gazette", "Más en Andina:" (the Peruvian
// agency's box inside its stories), "More from StormWatch Digest: <another
// story's headline>", or a list's label with the site's name after it
// ("You might also like on NewsFlowHub", "Most read from the Gazette").
// The label is the box's heading, its links set
// under it or after its colon; an HTML extraction often keeps the heading
// and drops the links, so the label may stand alone between two of the
// story's paragraphs.
//
// Two rules read it. When the page's own name is known (Meta.Site, or a
// plain text's masthead), a line that is only the label and that name,
// with its colon or a headline after the colon, is chrome wherever it
// stands (moreFromSite): a story speaks of its own publisher in
// sentences, not as "More from <itself>". Otherwise a line of the label, a
// name of a few words, a colon and a title ending no sentence is a
// teaser like "Read more: <headline>" (scratch.moreLabel): it weighs as
// a teaser label, which the context pass keeps between the story's lines
// ("More from Hollis: <a quotation>" in a live blog ends its sentence,
// and prose cancels the label).

// morePhrases are the openings of such a label, lower case: English
// ("More from", "More on", "More in", "More at"), Spanish ("Más en",
// "Más noticias de", "Más noticias en"), Portuguese ("Mais em", "Mais
// notícias de"), French ("Plus sur", "Encore plus sur"), German ("Mehr
// von", "Mehr bei", "Mehr auf"), Italian ("Altro da", "Altre notizie
// da"), Dutch ("Meer van", "Meer op") and Russian ("Ещё на", "Еще на",
// "Больше на"). "Más de", "Mais de" and "Plus de" are left out: they
// also say "more than" ("Más de 3 000 alpacas: …", a headline).
var morePhrases = [][]string{
	{"more", "from"}, {"more", "on"}, {"more", "in"}, {"more", "at"},
	{"más", "en"}, {"más", "noticias", "de"}, {"más", "noticias", "en"},
	{"mais", "em"}, {"mais", "notícias", "de"},
	{"plus", "sur"}, {"encore", "plus", "sur"},
	{"mehr", "von"}, {"mehr", "bei"}, {"mehr", "auf"},
	{"altro", "da"}, {"altre", "notizie", "da"},
	{"meer", "van"}, {"meer", "op"},
	{"ещё", "на"}, {"еще", "на"}, {"больше", "на"},
}

// moreNameMaxWords bounds the name in a "More from <name>:" teaser whose
// name is not known to be the site's: a site's or a section's name, a few
// words ("StormWatch Digest", "the Carrack Valley Gazette").
const moreNameMaxWords = 4

// morePhraseLen returns how many of words, lower case, are one of
// morePhrases at their start, or 0.
func morePhraseLen(words []string) int {
	for _, p := range morePhrases {
		if len(words) < len(p) {
			continue
		}
		match := true
		for k, w := range p {
			if words[k] != w {
				match = false
				break
			}
		}
		if match {
			return len(p)
		}
	}
	return 0
}

// moreFirst holds the first words of morePhrases.
var moreFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range morePhrases {
		m[p[0]] = true
	}
	return m
}()

// moreLabel reports whether the line is a "More from <name>: <title>"
// teaser: one of morePhrases, a name of one to moreNameMaxWords words,
// a colon, and text after it. The caller checks that the text ends no
// sentence, as a title does. It allocates nothing.
func (s *scratch) moreLabel() bool {
	if len(s.words) < 4 || !s.firstIn(moreFirst) {
		return false // most lines
	}
	colon := labelColon(s.lower)
	if colon <= 0 || colon > maxLabelBytes || len(bytes.TrimSpace(s.lower[colon+1:])) == 0 {
		return false
	}
	before := 0 // words before the colon
	for _, w := range s.words {
		if w[0] >= colon {
			break
		}
		before++
	}
	for _, p := range morePhrases {
		if s.phraseAt(0, p) {
			name := before - len(p)
			return name >= 1 && name <= moreNameMaxWords
		}
	}
	return false
}

// moreFromSite reports whether line is a "More from <site>" label naming
// the page's own site: one of morePhrases, or a list label and its
// preposition (listLabelSiteLen: "You might also like on <site>"),
// then site or one of its parts
// (a site named "Andina - Agencia Peruana de Noticias" is also "Andina"),
// as whole words in any case, then the end of the line or a colon, with
// or without text after it. It also returns whether the label stands
// alone (nothing after the name but a colon), a box's heading.
func moreFromSite(line, site string) (ok, alone bool) {
	if site == "" {
		return false, false
	}
	line = strings.TrimSpace(line)
	f := strings.Fields(strings.ToLower(line))
	n := morePhraseLen(f)
	if n == 0 {
		n = listLabelSiteLen(f)
	}
	if n == 0 {
		return false, false
	}
	// The rest of the line after the phrase's words, in its own case.
	rest := line
	for range n {
		_, rest, _ = strings.Cut(strings.TrimSpace(rest), " ")
	}
	rest = strings.TrimSpace(rest)
	for _, name := range siteNames(site) {
		if len(rest) < len(name) || !strings.EqualFold(rest[:len(name)], name) {
			continue
		}
		if !nameEnds(rest, len(name)) {
			continue // "Andina" is no name of "Andinas del Sur"
		}
		if ok, alone := moreLabelEnd(rest[len(name):]); ok {
			return true, alone
		}
	}
	// The name the site goes by inside its own pages may be a part of
	// its full name, its first or last words ("Más en Andina:" on the
	// pages of "Agencia Andina", "More from BBC:" on "BBC News"): a part spelt as the site spells it, with a colon after
	// it, and holding a word that no other outlet's name shares
	// (outletKinds), is the site's; "Más en Agencia:" names none.
	for _, part := range siteParts(site) {
		if len(rest) < len(part) || rest[:len(part)] != part || !nameEnds(rest, len(part)) {
			continue
		}
		after := strings.TrimSpace(rest[len(part):])
		if r, _ := utf8.DecodeRuneInString(after); r != ':' && r != '：' {
			continue
		}
		if ok, alone := moreLabelEnd(after); ok {
			return true, alone
		}
	}
	return false, false
}

// listSitePreps are the prepositions that join a list label to the
// site it names, lower case ("You might also like on NewsFlowHub",
// "Most read from the Gazette", "Lo más leído en Andina"): those of
// morePhrases, in their languages.
var listSitePreps = set(`on from in at en em sur von bei auf da van op на`)

// listLabelSiteLen returns how many of words, lower case, are a list
// label (listLabels: "You might also like", "Most read", "Trending")
// and one of listSitePreps after it, at their start, or 0: the
// label of a box of the site's other stories naming the site, as
// "More from <site>" does (moreFromSite).
func listLabelSiteLen(words []string) int {
	for n := len(words) - 1; n >= 1; n-- {
		if listSitePreps[words[n]] && listLabels[strings.Join(words[:n], " ")] != catNone {
			return n + 1
		}
	}
	return 0
}

// moreLabelEnd reports whether after, what follows a site's name in a
// "More from <site>" label, ends the label: nothing, or a colon with or
// without a title after it; and alone whether nothing follows at all
// but the colon.
func moreLabelEnd(after string) (ok, alone bool) {
	after = strings.TrimSpace(after)
	if after == "" {
		return true, true
	}
	if r, _ := utf8.DecodeRuneInString(after); r == ':' || r == '：' {
		return true, strings.TrimSpace(after[utf8.RuneLen(r):]) == ""
	}
	return false, false
}

// nameEnds reports whether a name of n bytes at the start of s ends at
// a word's end: s ends there, or a rune that is no letter or digit
// follows.
func nameEnds(s string, n int) bool {
	r, _ := utf8.DecodeRuneInString(s[n:])
	return n == len(s) || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// outletKinds are the words that say what kind of outlet a site is,
// lower case, which many sites' names share ("Agencia", "News",
// "Radio", "Diario", "The"): a part of a site's name made only of them
// names no site (siteParts). English, Spanish, Portuguese, French,
// German and Italian, the languages of morePhrases with a Latin script.
var outletKinds = set(`the a an of de del la el los las le les der die das il lo di da do dos news agency press
	radio tv television daily weekly times post herald gazette online media group network
	agencia agência agence agentur agenzia noticias notícias nouvelles nachrichten notizie prensa imprensa
	presse stampa diario diário periódico jornal journal zeitung giornale quotidiano revista magazine
	televisión televisão télévision fernsehen televisione canal chaîne kanal canale`)

// siteParts returns the parts of site's name that it may go by on its
// own pages: its first words and its last words, fewer than all, each
// holding a word not of outletKinds ("Agencia Andina" is also
// "Andina"; "BBC News" is also "BBC", not "News"). Each name of
// siteNames is read so.
func siteParts(site string) []string {
	var parts []string
	for _, name := range siteNames(site) {
		words := strings.Fields(name)
		for n := 1; n < len(words); n++ {
			for _, part := range [][]string{words[:n], words[len(words)-n:]} {
				own := false
				for _, w := range part {
					own = own || !outletKinds[strings.ToLower(strings.Trim(w, ".,"))]
				}
				if own {
					parts = append(parts, strings.Join(part, " "))
				}
			}
		}
	}
	return parts
}

// siteNames returns site and, when a dash or a bar parts it, each part:
// "Andina - Agencia Peruana de Noticias" is also "Andina" and "Agencia
// Peruana de Noticias".
func siteNames(site string) []string {
	site = strings.TrimSpace(site)
	names := []string{site}
	for _, sep := range nameSeps {
		if !strings.Contains(site, sep) {
			continue
		}
		for p := range strings.SplitSeq(site, sep) {
			if p = strings.TrimSpace(p); p != "" {
				names = append(names, p)
			}
		}
	}
	return names
}

// moreHeading reports whether the line is a "More in <section>" heading
// alone on its line ("Más en Patrimoniu", "More from Sport", "Mehr
// von Lokales"): one of morePhrases and a name of one to moreNameMaxWords
// words, nothing after a colon and, as the caller checks, no sentence
// end. It is a list label: a site heads the list of a section's other
// stories so, and the name is the section's, which the page's metadata
// need not give (moreFromSite reads the site's own name anywhere).
// labelledLists takes the line only over a list of titles, or over
// nothing before chrome or the end, so a subhead of the story ("More in
// store", over its paragraph) stays. It allocates nothing.
func (s *scratch) moreHeading() bool {
	if len(s.words) < 3 || !s.firstIn(moreFirst) {
		return false // most lines
	}
	if c := labelColon(s.lower); c >= 0 && len(bytes.TrimSpace(s.lower[c+1:])) > 0 {
		return false // "More from X: <title>" is moreLabel's
	}
	for _, p := range morePhrases {
		if s.phraseAt(0, p) {
			name := len(s.words) - len(p)
			return name >= 1 && name <= moreNameMaxWords
		}
	}
	return false
}
