package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A plain text copied from a page keeps the page's header: the masthead
// (the site's name), often a tagline under it, the menu, and above them
// a scraper's date line, a skip link, a consent banner. Where the text
// names no site (Meta.Site), the cleaner reads the site's name from the
// text itself: its first line when that line is short (mastheadName),
// or, further down the header, a line that says the name the page signs
// itself with at its foot (pageNames): its copyright notice ("©
// Fréttasafnið", "© 2025 Ny Fanilo. …"), its registration notice
// ("Сетевое издание «Ҡыҙылъяр таңы» …") or its own hashtag ("#ሀገሬ_ዜና"
// under a Facebook page's post). The masthead and what the page says of
// itself then go as chrome, with the top bar over the masthead; see
// mastheadHeader, topBar and the site's own voice in Clean.

// mastheadZone is how many leading lines may hold a masthead that the
// page's own names confirm: a consent banner and its two buttons
// ("Samþykkja", "Hafna"), or a scrape's date line, a skip link and a top
// bar, stand above the masthead in the plain texts of the story sets;
// six leaves room for one line more. The evidence is an exact match, so
// the zone can be wider than the header's HeaderMaxLines.
const mastheadZone = 6

// mastheadNavReach is how many lines under a masthead the site's
// navigation must begin for a copyright notice's name to make the line
// the masthead: the tagline (or the name again in the site's other
// language, "Ħal Ġrejbel Local Council" over "Kunsill Lokali Ħal
// Ġrejbel"), a top bar (office hours and a telephone number), then the
// menu. A copyright notice may name an agency whose name also stands
// alone under a wire story's headline; the site's menu does not follow
// that line.
const mastheadNavReach = 3

// pageNames are the names a page signs itself with in its text: the
// owners its copyright notices name ("Fréttasafnið") and its hashtags,
// squashed (lower case, without '_': "#ሀገሬ_ዜና" is "ሀገሬዜና").
type pageNames struct {
	owners []string
	tags   []string
}

// readPageNames collects the names of body's copyright notices, with a
// footer's links after them too ("© InfoLetz24 – All Rechter
// reservéiert. | …": copyrightRest and creditName read the name before
// the dash), the name its registration notice gives (registeredName),
// and its hashtags.
func readPageNames(body string, blocks []block) pageNames {
	var n pageNames
	for _, b := range blocks {
		line := strings.TrimSpace(body[b.span.Start:b.span.End])
		if rest, ok := copyrightRest(line); ok {
			name := copyrightName(rest)
			if name != "" && len(strings.Fields(name)) <= mastheadMaxWords {
				n.owners = append(n.owners, name)
			}
			if inner, ok := innerName(name); ok {
				n.owners = append(n.owners, inner)
			}
			if owner, _, ok := strings.Cut(name, " · "); ok && len(strings.Fields(owner)) <= mastheadMaxWords {
				// A footer that sets its links after a middle dot
				// ("© Kaulanamoa Hawaiian Civic Club · Proudly powered
				// by WordPress") signs with the name before it.
				n.owners = append(n.owners, strings.TrimSpace(owner))
			}
		}
		if name, ok := registeredName(line); ok {
			n.owners = append(n.owners, name)
		}
		if name, ok := mailName(line); ok {
			n.owners = append(n.owners, name)
		}
		if strings.IndexByte(line, '#') < 0 {
			continue
		}
		for _, f := range strings.Fields(line) {
			tag, ok := strings.CutPrefix(f, "#")
			if !ok {
				continue
			}
			tag = strings.TrimRightFunc(tag, func(r rune) bool { return !isWordRune(r) && r != '_' })
			if tag = squash(tag); strings.IndexFunc(tag, unicode.IsLetter) >= 0 {
				n.tags = append(n.tags, tag)
			}
		}
	}
	return n
}

// innerName returns the name quoted last inside name, the brand inside
// a company's legal name as Russian footers print it, the paper's name
// within the name of its publisher: "МАУ «Редакция газеты «Сыалаах
// сулуһа»" (the municipal institution "Editorial office of the
// newspaper «Сыалаах сулуһа»"), "ООО «Издательский дом «Вечерний
// город»»". The masthead prints the brand. false when name quotes no
// name inside it, or quotes itself whole.
func innerName(name string) (string, bool) {
	open := max(strings.LastIndex(name, "«"), strings.LastIndex(name, "„"))
	if open <= 0 {
		return "", false
	}
	_, n := utf8.DecodeRuneInString(name[open:])
	inner, _, _ := strings.Cut(name[open+n:], "»")
	inner, _, _ = strings.Cut(inner, "“")
	inner = strings.TrimSpace(inner)
	if inner == "" || len(strings.Fields(inner)) > mastheadMaxWords {
		return "", false
	}
	return inner, true
}

// squash returns s in lower case without its spaces and underscores:
// "Hagere Zena", "#HagereZena" and "hagere_zena" are one name.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '_' || r == '\t' {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// tagMinWords is the least number of words of a masthead that a hashtag
// confirms: a page's hashtag of one word ("#Ethiopia") is as often the
// story's subject.
const tagMinWords = 2

// confirm returns the site's name that line gives when the page's own
// names confirm it: the line, or a part of it between a dash or a bar
// ("ሀገሬ ዜና - Hagere Zena"), equal to a copyright notice's owner, word
// for word and in any case, or to one of the page's hashtags (with at
// least tagMinWords words). byOwner reports whether an owner confirmed
// it.
func (n pageNames) confirm(line string) (name string, byOwner, ok bool) {
	line = strings.TrimSpace(line)
	var parts []string
	if nameWords(line) <= mastheadMaxWords {
		// A short line is a name, in one script or two, a dash or a
		// bar between them or none ("འབྲུག་སྙན། DrukNyen": the name
		// in Tibetan, then in Latin letters, as the footer signs it).
		parts = append(parts, line)
		for _, sep := range nameSeps {
			if strings.Contains(line, sep) {
				for p := range strings.SplitSeq(line, sep) {
					parts = append(parts, strings.TrimSpace(p))
				}
			}
		}
		parts = append(parts, scriptRuns(line)...)
	} else if name, ok := mastheadName(line, nameWords(line)); ok {
		// A longer one is the name and its tagline after a dash or a
		// bar; a page's title, "Headline - Site", names the site after
		// the headline, and is no masthead.
		parts = append(parts, name)
	}
	for _, p := range parts {
		// A masthead in quotation marks ("«Сыалаах сулуһа»", as Russian
		// papers set their names) says the name they enclose.
		words := strings.Fields(unquoteName(p))
		if len(words) == 0 || len(words) > mastheadMaxWords {
			continue
		}
		for _, o := range n.owners {
			if strings.EqualFold(strings.Join(words, " "), strings.Join(strings.Fields(o), " ")) {
				return p, true, true
			}
		}
		if len(words) < tagMinWords {
			continue
		}
		sq := squash(p)
		for _, t := range n.tags {
			if t == sq {
				return p, false, true
			}
		}
	}
	return "", false, false
}

// scriptRuns returns the runs of line's words written in Latin letters
// and the runs written in another script, when it holds both: a
// masthead that names the site in its own script and in Latin letters
// side by side ("འབྲུག་སྙན། DrukNyen", "ሀገሬ ዜና Hagere Zena"). nil for a
// line in one script. A word's script is its first letter's; a word
// with no letter (a figure) joins the run it stands in.
func scriptRuns(line string) []string {
	var runs []string
	var cur []string
	latin, started := false, false
	for _, w := range strings.Fields(line) {
		k := strings.IndexFunc(w, unicode.IsLetter)
		if k < 0 {
			cur = append(cur, w)
			continue
		}
		r, _ := utf8.DecodeRuneInString(w[k:])
		l := unicode.Is(unicode.Latin, r)
		if started && l != latin && len(cur) > 0 {
			runs = append(runs, strings.Join(cur, " "))
			cur = nil
		}
		latin, started = l, true
		cur = append(cur, w)
	}
	if len(runs) == 0 {
		return nil
	}
	return append(runs, strings.Join(cur, " "))
}

// nameSeps part a masthead's name from its tagline, or a name from the
// same name in another script ("ሀገሬ ዜና - Hagere Zena"), as
// mastheadName reads them.
var nameSeps = []string{" — ", " – ", " | ", " - ", " · "}

// nameWords counts line's words, a dash or a bar between them not
// counted.
func nameWords(line string) int {
	n := 0
	for _, f := range strings.Fields(line) {
		if strings.IndexFunc(f, isWordRune) >= 0 {
			n++
		}
	}
	return n
}

// findMasthead returns the index and the name of the masthead among the
// first mastheadZone lines that the page's own names confirm, or -1: the
// first line so confirmed; below the first line, a copyright notice's
// owner confirms it only when the site's navigation follows within
// mastheadNavReach lines (navLine). When no line says a name whole, the
// first line that opens with a copyright notice's owner (ownerPrefix:
// "Radio Illariy 98.3 FM" over "© Radio Illariy") is the masthead if
// the site's navigation follows it, and the owner is the site's name.
func (n pageNames) findMasthead(body string, blocks []block) (int, string) {
	if len(n.owners) == 0 && len(n.tags) == 0 {
		return -1, ""
	}
	if m, name := n.findWholeMasthead(body, blocks); m >= 0 {
		return m, name
	}
	for i := 0; i < len(blocks)-1 && i < mastheadZone; i++ {
		line := body[blocks[i].span.Start:blocks[i].span.End]
		if name, ok := n.ownerPrefix(line); ok && navFollows(body, blocks, i) {
			if _, credit := FindAttribution(line); !credit {
				return i, name
			}
		}
	}
	return -1, ""
}

// ownerPrefix returns the copyright notice's owner that line opens with,
// as line writes it, word for word in any case, when line is a short
// name (at most mastheadMaxWords words) with more after the owner's
// words: a broadcaster's masthead with its frequency ("Radio Illariy
// 98.3 FM"), a paper's with its edition, where the footer signs with
// the bare name.
func (n pageNames) ownerPrefix(line string) (string, bool) {
	words := strings.Fields(strings.TrimSpace(line))
	if len(words) == 0 || nameWords(line) > mastheadMaxWords {
		return "", false
	}
	for _, o := range n.owners {
		ow := strings.Fields(o)
		if len(ow) == 0 || len(ow) >= len(words) {
			continue
		}
		match := true
		for k, w := range ow {
			if !strings.EqualFold(words[k], w) {
				match = false
				break
			}
		}
		if match {
			return strings.Join(words[:len(ow)], " "), true
		}
	}
	return "", false
}

// findWholeMasthead is findMasthead's first reading: a line that says
// one of the page's names whole (confirm).
func (n pageNames) findWholeMasthead(body string, blocks []block) (int, string) {
	for i := 0; i < len(blocks)-1 && i < mastheadZone; i++ {
		line := body[blocks[i].span.Start:blocks[i].span.End]
		name, byOwner, ok := n.confirm(line)
		if !ok {
			continue
		}
		if _, credit := FindAttribution(line); credit {
			continue
		}
		if i > 0 && byOwner && !navFollows(body, blocks, i) && !mailAbove(body, blocks, i) {
			continue
		}
		return i, name
	}
	return -1, ""
}

// titleMasthead returns the index of the masthead that a scraper's copy
// names in its first line, the page's title, or -1: the title's last
// part after a dash or a bar (nameSeps), the site's name as the page's
// <title> adds it to the headline ("Residents' campaigner wins
// Fellbrook by-election – Vale Politics Notebook", WordPress's "Post –
// Site"), or its part before a colon, where Blogger names the blog
// ("Blog: Post"), at most mastheadMaxWords words, said whole on a line of its
// own among the next mastheadZone lines. The title names the site as a
// copyright notice does (findMasthead), but less surely: a masthead so
// found is not confirmed, and its header goes only with the site's
// menu under it (mastheadHeader). A story's line never says the site's
// name alone under the title.
func titleMasthead(body string, blocks []block, title string) int {
	if title == "" || len(blocks) < 2 || normKey(body[blocks[0].span.Start:blocks[0].span.End]) != normKey(title) {
		return -1
	}
	name, at := "", 0
	for _, sep := range nameSeps {
		if k := strings.LastIndex(title, sep); k > at {
			name, at = strings.TrimSpace(title[k+len(sep):]), k // the part after the last separator ("Post | Section – Site")
		}
	}
	names := []string{name}
	if blog, _, ok := strings.Cut(title, ": "); ok {
		// Blogger's <title> puts the blog's name first and a colon
		// after it ("सेहत और समाज: डेंगू से बचाव …", "Blog: Post").
		names = append(names, strings.TrimSpace(blog))
	}
	for _, name := range names {
		if name == "" || len(strings.Fields(name)) > mastheadMaxWords {
			continue
		}
		for i := 1; i < len(blocks)-1 && i <= mastheadZone; i++ {
			if strings.EqualFold(strings.TrimSpace(body[blocks[i].span.Start:blocks[i].span.End]), name) {
				return i
			}
		}
	}
	return -1
}

// navFollows reports whether one of the mastheadNavReach lines after
// blocks[i] is the site's navigation (navLine), or opens a menu set one
// item a line that names no home page (plainMenu).
func navFollows(body string, blocks []block, i int) bool {
	for k := i + 1; k < len(blocks) && k <= i+mastheadNavReach; k++ {
		if navLine(body[blocks[k].span.Start:blocks[k].span.End]) || plainMenu(body, blocks, k) > 0 {
			return true
		}
	}
	return false
}

// navLine reports whether line opens a site's navigation: a menu's
// toggle or its home page's item alone (menuLabels, homeWords), a menu
// bar (isMenu), a breadcrumb trail, or the site's search form (wSearch),
// which headers set between the tagline and the menu.
func navLine(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	if menuLabels[l] || homeWords[l] || isMenu(line) || IsTrail(line) {
		return true
	}
	var s scratch
	return s.measure(line, nil).search
}

// plainMenu returns how many lines from blocks[i] on are a menu set one
// item a line that names no home page ("Tala Autū", "Tala Fou",
// "Faaupufai", …, "E-Nusipepa"): menuMinItems lines or more of at most
// menuMaxItemWords words each, ending no sentence, no blank line between
// them, and a blank line (or the end) closing the run. 0 when there is
// none. Without a home page's item, only a masthead that the page's own
// names confirm makes such a run its menu (mastheadHeader): a headline,
// a byline and a date line in a row have the same shape.
func plainMenu(body string, blocks []block, i int) int {
	j := i
	for ; j < len(blocks) && (j == i || !blocks[j].afterBlank); j++ {
		b := &blocks[j]
		line := strings.TrimSpace(body[b.span.Start:b.span.End])
		if n := nameWords(line); b.credit || n == 0 || n > menuMaxItemWords || endsSentence(line) {
			return 0 // a longer line in the run's paragraph: no menu, or not one a blank line closes
		}
	}
	if j-i < menuMinItems {
		return 0
	}
	return j - i
}

// taglineMaxWords bounds a tagline under a masthead: a phrase, not a
// sentence ("Allar fréttir á einum stað", 4 words; "Local news from
// around the Banner County", 7). A language that writes its little words
// apart says the same in more of them: the Lingala blog's "Blog ya bana
// ya Bosanga na Kinshasa mpe na mokili mobimba" (the blog of the
// children of Bosanga in Kinshasa and around the world) has 11, five of
// them "ya", "na" and "mpe". Twelve leaves a word to spare over that;
// the line counts as a tagline only with the site's navigation under
// it, which no headline has, so the bound is the phrase's, not the
// rule's only guard (a header's line above a trail stays under
// HeaderMaxWords).
const taglineMaxWords = 12

// headerBarItems and headerBarItemWords bound the bar a header may set
// between its tagline and its menu, in the tagline's paragraph: a script
// or language switch, the e-paper, the subscription, each a word or two
// ("Latinica", "Е-издање", "Претплата").
const (
	headerBarItems     = 3
	headerBarItemWords = 2
)

// mastheadHeader decides the header that a plain text's masthead opens
// (blocks[m]): the line right under it, in the same paragraph, is the
// site's tagline ("Fréttasafnið" over "Allar fréttir á einum stað",
// "InfoLetz24" over "Noriichten aus Lëtzebuerg – séier a kuerz") when it
// is short (taglineMaxWords), ends no sentence, is neither a label nor
// the title, and the site's navigation follows it, after the site's
// search form or not: a menu set one item a line (verticalMenu), its
// toggle, a menu bar, a trail or a skip link; under a masthead that the
// page's own names confirm (confirmed), a menu set one item a line that
// names no home page too (plainMenu). Then the masthead, the tagline,
// the search form and such a menu are the page's header, chrome
// whatever their scores, and so is the top bar over a confirmed
// masthead (topBar). A headline under a masthead has the story under
// it, not the site's menu; and without a menu the tagline is left to
// the other rules.
func mastheadHeader(body string, blocks []block, feats []features, m int, confirmed bool, title string) {
	t, n := m+1, m+2
	if m < 0 || n >= len(blocks) {
		return
	}
	line := body[blocks[t].span.Start:blocks[t].span.End]
	if !blocks[t].afterBlank && !blocks[t].credit && feats[t].trail && !blocks[m].credit {
		// The tagline on the masthead's own line ("Llume · Revista
		// dixital de cultura asturiana"), the breadcrumb trail right
		// under it: the two are the page's header.
		for k := m; k <= t; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonNavigation
		}
		return
	}
	if blocks[t].afterBlank || blocks[t].credit || feats[t].words == 0 ||
		feats[t].words > taglineMaxWords && !barParts(line, taglineMaxWords) && !dashParts(line, taglineMaxWords) &&
			!kutenParts(line, taglineMaxWords) ||
		fullStop(line) && !fragmentTagline(line) || label(line) || title != "" && normKey(line) == normKey(title) {
		return
	}
	for k := 0; k < headerBarItems && n+1 < len(blocks) && !blocks[n].afterBlank && !blocks[n].credit &&
		feats[n].words > 0 && feats[n].words <= headerBarItemWords && !endsSentence(strings.TrimSpace(body[blocks[n].span.Start:blocks[n].span.End])) &&
		!navLine(body[blocks[n].span.Start:blocks[n].span.End]); k++ {
		n++ // the header's bar under the tagline: the script switch, the e-paper, the subscription ("Latinica", "Е-издање", "Претплата")
	}
	if feats[n].search && !blocks[n].credit && n+1 < len(blocks) {
		n++ // the search form between the tagline and the menu ("Поиск по сайту Найти")
	}
	menu := verticalMenu(body, blocks, feats, n)
	if menu == 0 && confirmed {
		menu = plainMenu(body, blocks, n)
	}
	if menu == 0 {
		menu = closedMenu(body, blocks, feats, n)
	}
	nav := menu > 0 || !blocks[n].credit && (feats[n].trail || feats[n].skipLink ||
		menuLabels[strings.ToLower(strings.TrimSpace(body[blocks[n].span.Start:blocks[n].span.End]))])
	if !nav {
		return
	}
	for k := m; k < n+menu; k++ {
		if !blocks[k].credit {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonNavigation
		}
	}
	if confirmed {
		topBar(body, blocks, feats, m, title)
	}
}

// barParts reports whether line is set as two or more parts between
// middle dots or bars, each of at most max words and ending no
// sentence: a tagline in two languages ("E mālama i ka ʻāina, e mālama
// i ka poʻe · Serving our community since 1962"), or a top bar's notice
// with its link ("Next General Meeting: Second Saturday of the month,
// 10:00 am · Kaulanamoa Community Center | Contact Us"). Each part is a
// phrase the header's bounds allow; the callers' guard, a masthead the
// page's own names confirm with its navigation under it, stays.
func barParts(line string, max int) bool {
	return phraseParts(strings.FieldsFunc(line, func(r rune) bool { return r == '·' || r == '|' }), max)
}

// taglineDashes part a tagline's phrase from the place it serves or a
// second phrase: spaced dashes, as a site's description sets them.
var taglineDashes = []string{" – ", " — ", " - "}

// dashParts reports whether line is set as two or more parts between
// spaced dashes (taglineDashes), each of at most max words and ending
// no sentence: a tagline that says what the site covers and where
// ("Council chamber gossip, ward results and the numbers behind them –
// Wexcombe and the Vale", fourteen words, ten and four). Each part is a
// phrase the tagline's bound allows; mastheadHeader asks for the
// masthead over the line and the site's navigation under it, so a
// story's sentence with a dash, under its headline, stays.
func dashParts(line string, max int) bool {
	parts := []string{line}
	for _, d := range taglineDashes {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, d)...)
		}
		parts = next
	}
	return phraseParts(parts, max)
}

// phraseParts reports whether parts, a line cut at its separators, are
// two or more phrases of at most max words each, none of them empty or
// ending a sentence (barParts, dashParts).
func phraseParts(parts []string, max int) bool {
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if n := len(strings.Fields(p)); n == 0 || n > max || endsSentence(p) {
			return false
		}
	}
	return true
}

// fragmentMaxWords bounds each fragment of a tagline written as a run
// of verbless fragments, each closed by a full stop ("Every transfer.
// Every rumour. Every day.", "Fair. Fast. Local."): three words, as
// the slogan's beats are a noun and its determiner or adjective; a
// sentence has a verb and more words.
const fragmentMaxWords = 3

// fragmentTagline reports whether line is a tagline set as two or more
// fragments, each of at most fragmentMaxWords words and closed by a full
// stop. Such a line ends in a full stop like a sentence, but no line of
// a story under a masthead is a run of fragments of a few words with
// the site's navigation under it (the callers' other guard).
func fragmentTagline(line string) bool {
	parts := strings.Split(strings.TrimSpace(line), ". ")
	if len(parts) < 2 || !strings.HasSuffix(parts[len(parts)-1], ".") {
		return false
	}
	for _, p := range parts {
		n := len(strings.Fields(strings.TrimSuffix(p, ".")))
		if n == 0 || n > fragmentMaxWords {
			return false
		}
	}
	return true
}

// headerOverNavLines bounds the lines over a scraped page's navigation
// in its header paragraph: the masthead and its tagline.
const headerOverNavLines = 2

// headerOverNav decides the header of a plain text copied from a page
// whose masthead no name confirms: under the title, the paragraph that
// leads into the site's navigation (navLine: a trail, the home page's
// item, a menu) opens with the site's name and maybe its tagline
// ("Marrowfield Echo" over "Home News Obituaries"; "Lorosae Informa",
// "Informasaun foun husi Timor-Leste" over "Beranda"). Those lines, at
// most headerOverNavLines of them, short (taglineMaxWords), ending no
// sentence, neither a credit nor a label nor the title, are the page's
// header. The paragraph must open after a blank line below the first
// line and be the first paragraph after it: a story's own lines stand
// under the header, not in it.
func headerOverNav(body string, blocks []block, feats []features, title string) {
	for i := 2; i < len(blocks) && i < mastheadZone; i++ {
		nav := body[blocks[i].span.Start:blocks[i].span.End]
		if blocks[i].afterBlank || !(navLine(nav) || bareTrail(nav)) || blocks[i].credit {
			continue
		}
		k := i - 1
		for k > 0 && !blocks[k].afterBlank && i-k < headerOverNavLines {
			k--
		}
		if k < 1 || !blocks[k].afterBlank {
			return // not a paragraph of its own under the title
		}
		for p := 1; p < k; p++ {
			if blocks[p].afterBlank {
				return // not the first paragraph under the title
			}
		}
		for j := k; j < i; j++ {
			line := body[blocks[j].span.Start:blocks[j].span.End]
			if blocks[j].credit || feats[j].words == 0 || feats[j].words > taglineMaxWords || fullStop(line) && !fragmentTagline(line) || label(line) ||
				title != "" && normKey(line) == normKey(title) || normKey(line) == normKey(body[blocks[0].span.Start:blocks[0].span.End]) {
				return
			}
		}
		for j := k; j < i; j++ {
			blocks[j].class, blocks[j].score, blocks[j].reason = classChrome, 1, ReasonNavigation
		}
		return
	}
}

// bareTrailMaxWords bounds a breadcrumb trail whose separators a scrape
// lost: the home page's item and a section or two ("Home News
// Obituaries").
const bareTrailMaxWords = 5

// bareTrail reports whether line is a breadcrumb trail that lost its
// separators: the home page's item (homeWords) then one to
// bareTrailMaxWords-1 more capitalised words, ending no sentence.
func bareTrail(line string) bool {
	f := strings.Fields(line)
	if len(f) < 2 || len(f) > bareTrailMaxWords || !homeWords[strings.ToLower(f[0])] || endsSentence(line) {
		return false
	}
	for _, w := range f[1:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// topBarMaxWords bounds a line of a header's top bar: a log-in link, the
// weather ("Ҡыҙылъяр +21°"), a date, a language switch, an offer of the
// e-paper ("Subscribe to the e-Paper"), a social row of a few networks.
const topBarMaxWords = 6

// topBar decides the top bar over a masthead (blocks[m]) that the page's
// own names confirm and whose tagline and navigation mastheadHeader has
// read: the lines right above the masthead in its paragraph, up to a
// blank line, each short (topBarMaxWords), ending no sentence and
// neither a credit nor the page's title, or the header's news ticker
// at any length (tickerLine: "Breaking: <another story's headline>").
// A page sets nothing of its story above its own name; its top bar
// holds the log-in link, the weather, the date, the accessibility
// switch and the ticker, whose words no vocabulary holds in every
// language.
func topBar(body string, blocks []block, feats []features, m int, title string) {
	for k := m - 1; k >= 0 && !blocks[k+1].afterBlank; k-- {
		b := &blocks[k]
		line := body[b.span.Start:b.span.End]
		if b.credit || title != "" && normKey(line) == normKey(title) {
			return
		}
		if (feats[k].words > topBarMaxWords && !barParts(line, taglineMaxWords) || fullStop(line)) && !tickerLine(line) {
			return
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
	}
}

// tickerLabels are the labels of a news ticker, lower case: "Breaking:",
// "Latest:", "Trending:", "Dernière minute :", "Eilmeldung:", "Última
// hora:", as a header's ticker sets them before another story's
// headline.
var tickerLabels = barSet(`breaking | breaking news | latest | latest news | just in | trending | trending now |
	news flash | newsflash | flash | ticker | live | dernière minute | dernières infos | flash info | en continu |
	eilmeldung | aktuell | neueste meldungen | última hora | últimas noticias | último momento | urgente |
	ultim'ora | ultimora | ultime notizie | laatste nieuws | net binnen | срочно | последние новости | son dakika`)

// tickerLine reports whether line opens with one of tickerLabels and a
// colon: the header's news ticker, another story's headline after its
// label. Over a masthead that the page's own names confirm it is the
// top bar's, whatever its length (topBar); a story's own line opens
// with no such label in a page's header.
func tickerLine(line string) bool {
	label, _, ok := strings.Cut(line, ":")
	if !ok || len(label) > maxLabelBytes {
		return false
	}
	return tickerLabels[strings.ToLower(strings.Join(strings.Fields(label), " "))]
}

// kickerMaxWords bounds a section kicker: a section's name ("FARITRA",
// "World", "Local News").
const kickerMaxWords = 3

// sectionKickers decides a section's kicker, the section's name alone
// on its line right under a breadcrumb trail that names it, above the
// headline ("Fandraisana » Faritra » <title>" over "FARITRA"; "Serûpel »
// Rojev » <title>" over "Rojev"): the trail's link repeated as the
// theme's label, which a scraper keeps with the page. It must say one
// of the trail's parts before its last (the last may be the title
// itself, which the headline repeats, unless a longer line, the
// headline, stands right under the kicker), in any case, and have at
// most kickerMaxWords words.
func sectionKickers(body string, blocks []block) {
	for i := 0; i+1 < len(blocks); i++ {
		if !blocks[i].trail || blocks[i].credit {
			continue
		}
		k := &blocks[i+1]
		if k.credit || k.words == 0 || k.words > kickerMaxWords {
			continue
		}
		kicker := strings.Join(strings.Fields(body[k.span.Start:k.span.End]), " ")
		parts := trailParts(body[blocks[i].span.Start:blocks[i].span.End])
		n := len(parts) - 1
		if i+2 < len(blocks) && blocks[i+2].words > kickerMaxWords && !blocks[i+2].afterBlank {
			n++ // the headline under the kicker: the trail's last part is the section ("Почетна › Друштво")
		}
		for _, p := range parts[:max(0, n)] {
			if strings.EqualFold(p, kicker) {
				k.class, k.score, k.reason = classChrome, 1, ReasonNavigation
				break
			}
		}
	}
}

// labelTopBlocks is how far down the text a source label stands: the
// card's first lines, over or under its headline.
const labelTopBlocks = 4

// labelSeparators join a source label's name to its section or edition.
var labelSeparators = []string{" · ", " | ", " – ", " — ", " - ", " • "}

// sourceLabels decides an aggregator card's source label, the line at
// its top that names the outlet the item comes from and, after a
// separator, its section ("Aaretaler Zeitung · Region Aaretal"): the
// name a credit line of the same text gives ("Quelle: Aaretaler
// Zeitung", "Source: X"), which the label repeats as the card's
// furniture. Its section is at most kickerMaxWords words and holds no
// digit (a date line, "X · 14 March 2025", says when and stays). The
// credit line itself is kept as the credit.
func sourceLabels(body string, blocks []block) {
	var names []string
	for _, b := range blocks {
		if b.credited != "" {
			names = append(names, b.credited)
		}
	}
	if len(names) == 0 {
		return
	}
	for i := 0; i < len(blocks) && i < labelTopBlocks; i++ {
		b := &blocks[i]
		if b.credit || b.words == 0 || b.words > kickerMaxWords+maxLabelNameWords {
			continue
		}
		line := strings.Join(strings.Fields(body[b.span.Start:b.span.End]), " ")
		for _, n := range names {
			if !hasPrefixFold(line, n) {
				continue
			}
			rest := line[len(n):]
			for _, sep := range labelSeparators {
				section, ok := strings.CutPrefix(rest, sep)
				if !ok {
					continue
				}
				if w := len(strings.Fields(section)); w > 0 && w <= kickerMaxWords && !strings.ContainsAny(section, "0123456789") {
					b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
				}
			}
		}
	}
}

// maxLabelNameWords bounds the outlet's name in a source label.
const maxLabelNameWords = 6

// trailParts returns the parts of a breadcrumb trail between its
// separators, each with its inner space folded.
func trailParts(line string) []string {
	parts := strings.FieldsFunc(line, func(r rune) bool {
		return r == '»' || r == '›' || r == '>' || r == '＞' || r == '/' || r == '·'
	})
	out := parts[:0]
	for _, p := range parts {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// registeredKinds are the kinds of outlet a Russian registration notice
// opens with, lower case: an online outlet (сетевое издание), an
// electronic periodical, a mass medium, an online edition.
var registeredKinds = []string{"сетевое издание", "электронное периодическое издание",
	"средство массовой информации", "сми", "интернет-издание"}

// registeredName returns the name a Russian outlet's registration notice
// gives it at the opening of its line, the kind of outlet and the name in
// quotation marks ("Сетевое издание «Ҡыҙылъяр таңы» (kyzylyar-tany.example).
// Зарегистрировано …"): the name the page is registered under, which it
// signs its footer with as another page does with its copyright notice.
func registeredName(line string) (string, bool) {
	if len(line) == 0 || line[0] < utf8.RuneSelf {
		return "", false // most lines: the kinds are Cyrillic
	}
	for _, kind := range registeredKinds {
		if len(line) <= len(kind) || !strings.EqualFold(line[:len(kind)], kind) {
			continue
		}
		rest := strings.TrimSpace(line[len(kind):])
		for _, q := range [...][2]string{{"«", "»"}, {"“", "”"}, {"„", "“"}, {"\"", "\""}} {
			inner, ok := strings.CutPrefix(rest, q[0])
			if !ok {
				continue
			}
			name, _, ok := strings.Cut(inner, q[1])
			if name = strings.TrimSpace(name); ok && name != "" && len(strings.Fields(name)) <= mastheadMaxWords {
				return name, true
			}
		}
	}
	return "", false
}

// accountItems are the items of a site's account links, lower case, as a
// menu sets them one a line: the log-in link and the sign-up link, in
// English, French, German, Spanish, Italian, Portuguese and Russian
// (XenForo's "Log in" and "Register", WordPress's and tagDiv's "Sign
// in" and "Join"). A menu that holds both is the site's navigation; a
// story prints neither alone on a line.
var (
	logInItems = set(`log_in login sign_in se_connecter connexion anmelden einloggen iniciar_sesión acceder
		accedi entrar войти`)
	signUpItems = set(`register sign_up join s'inscrire inscription registrieren registrarse regístrate
		registrati registrar registrar-se cadastre-se регистрация`)
)

// accountMenu returns how many lines from blocks[i] on are a site's menu
// set one item a line that holds the account links: menuMinItems lines
// or more, no blank line between them, each of at most menuMaxItemWords
// words, ending no sentence and no credit, among them a log-in item and
// a sign-up item (accountItems), as a forum's header prints "Forums",
// "What's new", "Members", "Log in", "Register", "Search". 0 when there
// is none.
func accountMenu(body string, blocks []block, feats []features, i int) int {
	logIn, signUp := false, false
	j := i
	for ; j < len(blocks) && (j == i || !blocks[j].afterBlank); j++ {
		if blocks[j].credit || feats[j].words == 0 || feats[j].words > menuMaxItemWords || feats[j].endStop {
			break
		}
		item := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(body[blocks[j].span.Start:blocks[j].span.End])), " ", "_")
		logIn = logIn || logInItems[item]
		signUp = signUp || signUpItems[item]
	}
	if j-i < menuMinItems || !logIn || !signUp {
		return 0
	}
	return j - i
}

// accountMenus decides the menus that hold a site's account links
// (accountMenu), anywhere in a plain text: a forum's copy of a page
// keeps the forum's header over the post as the page's own, and the
// site's name right over the menu in its paragraph (a line of at most
// mastheadMaxWords words, ending no sentence, no credit, not the title)
// is its masthead ("PhoneTalk Forums" over "Forums", "What's new", …).
func accountMenus(body string, blocks []block, feats []features, title string) {
	for i := 0; i < len(blocks); i++ {
		n := accountMenu(body, blocks, feats, i)
		if n == 0 {
			continue
		}
		start := i
		if i > 0 && !blocks[i].afterBlank {
			m := i - 1
			line := body[blocks[m].span.Start:blocks[m].span.End]
			if !blocks[m].credit && feats[m].words > 0 && feats[m].words <= mastheadMaxWords && !endsSentence(strings.TrimSpace(line)) &&
				(title == "" || normKey(line) != normKey(title)) && (m == 0 || blocks[m].afterBlank) {
				start = m
			}
		}
		for k := start; k < i+n; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonNavigation
		}
		i += n - 1
	}
}

// subscribeButtons are the labels of a newsletter box's button, lower
// case, as a line of their own: English, French, German, Spanish,
// Italian, Portuguese, Dutch, Swedish, Finnish, Polish and Russian, and
// the Baltic languages: Lithuanian ("Užsiprenumeruoti", subscribe),
// Latvian ("Abonēt", "Pierakstīties") and Estonian ("Telli", "Liitu");
// Turkish ("Abone Ol", "Kaydol") and Croatian, Serbian and Bosnian
// ("Prijavi se", "Pretplati se").
var subscribeButtons = barSet(`subscribe | subscribe now | sign up | sign me up | sign up now | join | join now |
	s'abonner | je m'abonne | s'inscrire | je m'inscris | abonnieren | jetzt abonnieren | anmelden |
	suscribirse | suscríbete | suscribirme | iscriviti | abbonati | assinar | inscreva-se | subscrever |
	abonneren | inschrijven | aanmelden | prenumerera | tilaa | zapisz | zapisz się | zapisz mnie | subskrybuj | подписаться |
	užsiprenumeruoti | prenumeruoti | užsiprenumeruok | abonēt | pierakstīties | telli | liitu |
	abone ol | abone olun | kaydol | prijavi se | pretplati se`)

// emailFields are the placeholders of a newsletter box's e-mail field,
// lower case, which a scrape prints before the button on one line
// ("Votre adresse e-mail Je m'abonne", "Your email address Subscribe"):
// English, French, German, Spanish, Italian, Portuguese and Dutch.
var emailFields = barSet(`email | e-mail | email address | e-mail address | your email | your e-mail |
	your email address | your e-mail address | enter your email | enter your email address |
	adresse e-mail | adresse email | adresse mail | votre e-mail | votre email | votre adresse e-mail |
	votre adresse email | votre adresse mail | votre courriel | e-mail-adresse | ihre e-mail-adresse |
	ihre e-mail adresse | correo electrónico | tu correo electrónico | tu email | tu e-mail |
	indirizzo email | indirizzo e-mail | il tuo indirizzo email | il tuo indirizzo e-mail | la tua email |
	seu e-mail | seu email | o seu e-mail | endereço de e-mail | e-mailadres | uw e-mailadres | je e-mailadres`)

// emailFieldMaxWords bounds a placeholder: "il tuo indirizzo e-mail"
// has four words, "enter your email address" four.
const emailFieldMaxWords = 4

// buttonLabel is a box's button line as the button lists hold it: lower
// case, without the arrows and marks themes set round it, and the
// typographic apostrophe as the plain one (themes print "S’inscrire"
// and "Je m’abonne" as often as "S'inscrire").
func buttonLabel(line string) string {
	return strings.ReplaceAll(strings.ToLower(strings.Trim(strings.TrimSpace(line), "!.→›» ")), "’", "'")
}

// boxButton reports whether line is a newsletter box's button alone
// ("Subscribe", "Je m'abonne"), and form whether the box's e-mail field
// stands before it on the line ("Votre adresse e-mail Je m'abonne").
func boxButton(line string) (ok, form bool) {
	label := buttonLabel(line)
	if subscribeButtons[label] {
		return true, false
	}
	words := strings.Fields(label)
	for n := 1; n <= emailFieldMaxWords && n < len(words); n++ {
		if emailFields[strings.Join(words[:n], " ")] && subscribeButtons[strings.Join(words[n:], " ")] {
			return true, true
		}
	}
	return false, false
}

// bilingualSeps part a label's two languages on one line, as bilingual
// sites print a field, a button or a heading ("Ihre E-Mail-Adresse · Il
// tuo indirizzo e-mail", "Anmelden / Iscriviti", "Courriel | Email").
var bilingualSeps = []string{" · ", " / ", " | "}

// inEitherLanguage reports whether label, lower case, is in set, or is
// two entries of set parted by one of bilingualSeps: a label line made
// of two known labels in two languages is that label.
func inEitherLanguage(label string, set map[string]bool) bool {
	if set[label] {
		return true
	}
	for _, sep := range bilingualSeps {
		if a, b, ok := strings.Cut(label, sep); ok && set[strings.TrimSpace(a)] && set[strings.TrimSpace(b)] {
			return true
		}
	}
	return false
}

// emailForms removes a newsletter box's form that a plain text keeps as
// two lines of one paragraph: the e-mail field's placeholder
// (emailFields) over the box's button (subscribeButtons), each alone or
// in two languages ("Ihre E-Mail-Adresse · Il tuo indirizzo e-mail" over
// "Anmelden"). A field's placeholder over a button is a form, never a
// story's text; the pair must still stand apart, chrome or a paragraph's
// edge on both sides, so that a sentence's last words and the next
// line's first never make it. (A story reports that people signed up in
// sentences, which are not a placeholder's few words.)
func emailForms(body string, blocks []block) {
	label := func(b *block) string {
		return strings.ReplaceAll(strings.ToLower(strings.Trim(strings.TrimSpace(body[b.span.Start:b.span.End]), "!.:→›» ")), "’", "'")
	}
	for i := 0; i+1 < len(blocks); i++ {
		field, btn := &blocks[i], &blocks[i+1]
		if btn.afterBlank || field.credit || btn.credit ||
			!inEitherLanguage(label(field), emailFields) || !inEitherLanguage(label(btn), subscribeButtons) {
			continue
		}
		if !field.afterBlank && i > 0 && blocks[i-1].class != classChrome {
			continue // the paragraph's line above is no chrome
		}
		if i+2 < len(blocks) && !blocks[i+2].afterBlank && blocks[i+2].class != classChrome {
			continue // the paragraph goes on below with no chrome
		}
		for k := i; k <= i+1; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonPromo
		}
		i++
	}
}

// newsletterFormHeadingMaxWords bounds the heading of a box whose e-mail
// field the line of its button holds: with the field the box is
// unmistakable, and its heading may be a call rather than a name
// ("Recevez l'essentiel de l'actualité de la Corse", 8 words; "Get the
// day's top stories in your inbox", 8). Ten words leaves room for a
// longer language and stays under a paragraph's least length.
const newsletterFormHeadingMaxWords = 10

// newsletterBlurbMaxWords bounds the blurb of a newsletter box between
// its heading and its button: a line of promise ("Our best stories and
// deals, every Friday.", 7 words; "The day's top stories in your inbox
// every morning at 7am.", 11). Fifteen leaves room for a longer
// language; a story's paragraph is longer, and it never stands between
// a short heading and a subscribe button.
const newsletterBlurbMaxWords = 15

// newsletterBoxHeadingMaxWords bounds the box's heading: the
// newsletter's name ("The Pocketwire Weekly", "Morning Briefing").
const newsletterBoxHeadingMaxWords = 4

// membershipBlurbMaxWords bounds the blurb of a membership or donation
// box (membershipButtons): it states the fee and what it brings
// ("Membership is £15 a year (£8 for students) and includes four
// issues of the newsletter by post.", 16 words), longer than a
// newsletter's promise. Twenty-five leaves room for a longer language;
// the button's words alone on their line under it are never a story's.
const membershipBlurbMaxWords = 25

// donationAppealMaxWords bounds the appeal of a membership or donation
// box that an extracted page sets a paragraph apart, between its
// heading and its button at the page's end or over its chrome: a
// reader-funded newsroom's appeal says what the site is, that it has
// no paywall and what it asks ("The Eastbrook Current is a nonprofit
// newsroom. We don’t have a paywall, so we rely on readers like you.
// If you value local reporting, please make a tax-deductible gift
// today.", 30 words), three sentences where a society's blurb states
// a fee in one. Forty-five leaves room for a longer language; the
// box's place, its heading over it and the donation button closing
// the page under it, says what it is, and a story's paragraph of that
// length has no donation button under it.
const donationAppealMaxWords = 45

// membershipButtons are the labels of a membership or donation box's
// button, lower case, alone on their line, as societies', charities'
// and reader-funded sites' themes print them: English, French, German,
// Spanish, Italian, Portuguese, Dutch, Swedish, Danish and Norwegian;
// Croatian, Serbian and Bosnian support us (Podrži nas, Podržite nas)
// and donate (Doniraj, Donirajte).
var membershipButtons = barSet(`become a member | become a member today | join us | join today | join now | donate |
	donate now | donate today | make a donation | support us | become a supporter | become a friend |
	give now | give today | make a gift |
	devenir membre | adhérer | adhérez | j'adhère | faire un don | soutenez-nous | nous soutenir |
	mitglied werden | jetzt mitglied werden | jetzt spenden | spenden | unterstützen sie uns |
	hazte socio | hazte socia | asóciate | haz un donativo | dona | dona ahora | apóyanos |
	diventa socio | associati | sostienici | fai una donazione | dona ora |
	torne-se sócio | seja sócio | associe-se | doe | doe agora | apoie |
	word lid | lid worden | doneer | steun ons | bli medlem | bliv medlem | stöd oss | støt os | ge en gåva |
	podrži nas | podržite nas | doniraj | donirajte`)

// membershipButton reports whether line is a membership or donation
// box's button alone (membershipButtons).
func membershipButton(line string) bool {
	return membershipButtons[buttonLabel(line)]
}

// supportNameMaxWords bounds the name in a button that asks to support
// a site by its name: "Support UK Newsline", "Support The Valley
// Current" (three words).
const supportNameMaxWords = 4

// supportButtons are the verbs of a donation button that names the site
// it asks the reader to support, lower case, in English.
var supportButtons = []string{"support ", "donate to ", "give to "}

// supportNamed reports whether line is a donation button that names the
// site ("Support UK Newsline") as the box's appeal does (blurb, "UK
// Newsline is funded by its readers …"): one of supportButtons and a
// name of up to supportNameMaxWords words, the appeal holding it. A
// story's subhead "Support for farmers" names no one its paragraph is
// about as its subject and stands in the story, not under an appeal at
// the page's end (newsletterBoxes asks for that place).
func supportNamed(line, blurb string) bool {
	label := buttonLabel(line)
	for _, verb := range supportButtons {
		name, ok := strings.CutPrefix(label, verb)
		if !ok || name == "" {
			continue
		}
		if n := len(strings.Fields(name)); n > supportNameMaxWords {
			return false
		}
		return strings.Contains(strings.ToLower(blurb), name)
	}
	return false
}

// newsletterBoxes decides a newsletter box that a plain text keeps as
// three lines of one paragraph: a short heading (the newsletter's name,
// ending no sentence), a short blurb, and the box's button alone on its
// line (subscribeButtons), or after the box's e-mail field (boxButton),
// which ends the paragraph or is followed by chrome. The blurb says what the newsletter brings without the
// e-mail vocabulary the other rules read ("Our best stories and deals,
// every Friday."); its place between a name and the button says it. A
// membership or donation box has the same shape ("Join the Society",
// the fee and what it brings, "Become a member") with its own buttons
// (membershipButtons) and a longer blurb (membershipBlurbMaxWords).
func newsletterBoxes(body string, blocks []block, feats []features) {
	for i := 0; i+2 < len(blocks); i++ {
		h, blurb, btn := &blocks[i], &blocks[i+1], &blocks[i+2]
		if h.credit || blurb.credit || btn.credit {
			continue
		}
		ok, form := boxButton(body[btn.span.Start:btn.span.End])
		member := !ok && (membershipButton(body[btn.span.Start:btn.span.End]) ||
			supportNamed(body[btn.span.Start:btn.span.End], body[blurb.span.Start:blurb.span.End]))
		if !ok && !member {
			continue
		}
		apart := blurb.afterBlank || btn.afterBlank
		if apart {
			// An extracted page sets the box's heading, its appeal and
			// its button a paragraph each ("Support independent
			// student journalism", the appeal, "Donate today"). A
			// donation button alone is no line of a story's, but a
			// paragraph's own line could be a subscription's word
			// ("Subscribe"), so only a membership box is read apart,
			// and only with the page's chrome or its end after the
			// button: the box sits in the tail, not in the story.
			if !member || i+3 < len(blocks) && blocks[i+3].class != classChrome {
				continue
			}
		}
		if i+3 < len(blocks) && !blocks[i+3].afterBlank && blocks[i+3].class != classChrome && blocks[i+3].label == catNone {
			// A line of the box's paragraph after the button that is
			// neither chrome nor a list's label (a sidebar's "Recent
			// Posts" under the box, which the context decides later).
			continue
		}
		hl := strings.TrimSpace(body[h.span.Start:h.span.End])
		headingMax, blurbMax := newsletterBoxHeadingMaxWords, newsletterBlurbMaxWords
		if form {
			headingMax = newsletterFormHeadingMaxWords
		}
		if member {
			blurbMax = membershipBlurbMaxWords
			if apart {
				blurbMax = donationAppealMaxWords
			}
		}
		// A donation box may head its appeal with thanks or a call
		// ("Thank you!", "Si Yu’os Ma’åse’!", "Help us!"), or a
		// call that trails off into the appeal ("Before you go…"),
		// and a newsletter box its promise ("Never miss a story!",
		// "Neprarask svarbiausių naujienų!"): an exclamation of a
		// few words, not a sentence of a story, over the blurb and
		// the button.
		exclaim := strings.HasSuffix(hl, "!") || strings.HasSuffix(hl, "…") || strings.HasSuffix(hl, "...")
		if feats[i].words == 0 || feats[i].words > headingMax || endsSentence(hl) && !exclaim ||
			feats[i+1].words == 0 || feats[i+1].words > blurbMax {
			continue
		}
		for k := i; k <= i+2; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonPromo
		}
	}
}

// closedMenuMinItems is the least number of items, the home page's
// among them, of a short menu that closes its paragraph (closedMenu).
const closedMenuMinItems = 3

// closedMenu returns the number of lines of a short menu set one item a
// line from blocks[i], or 0: the home page's item (homeWords), then
// items of at most menuMaxItemWords words ending no sentence, at least
// closedMenuMinItems in all, with a blank line or the end right after
// the last. A blog's Pages widget under its name and description
// ("मुख्यपृष्ठ", "हमारे बारे में", "संपर्क करें"; "Home", "About",
// "Contact") is such a menu, too short for verticalMenu; the blank
// line that closes it, under a masthead and a tagline, says it is the
// header's whole menu.
func closedMenu(body string, blocks []block, feats []features, i int) int {
	if i >= len(blocks) || feats[i].words > 2 || !homeWords[strings.ToLower(strings.TrimSpace(body[blocks[i].span.Start:blocks[i].span.End]))] {
		return 0
	}
	j := i + 1
	for j < len(blocks) && !blocks[j].afterBlank && !blocks[j].credit &&
		feats[j].words >= 1 && feats[j].words <= menuMaxItemWords && !feats[j].endStop {
		j++
	}
	if j-i < closedMenuMinItems || j < len(blocks) && !blocks[j].afterBlank {
		return 0
	}
	return j - i
}
