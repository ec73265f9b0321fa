package clean

import "strings"

// X's page (the former Twitter's) for a post or a thread, as a copy
// made logged out keeps it, names itself in its title line, the
// browser's title over the text ("Jo Hartley on X: "1/ …" / X",
// "… on Twitter: "…" / Twitter", a profile's "Jo Hartley
// (@jhartleynews) / X"), and in its footer's notice ("© 2025 X Corp.",
// "© 2022 Twitter, Inc."). Around the posts it sets the interface
// for a reader who is not logged in, the same in every copy: the bar
// over them ("Don’t miss what’s happening", "People on X are the first
// to know."), the sign-up box ("New to X?", "Sign up now to get your
// own personalized timeline!", "Sign up with Apple", "Create account",
// "By signing up, you agree to the Terms of Service …"), the sidebar's
// boxes (the accounts under "Relevant people", each its name, its
// handle, its bio and "Follow"; the trends under "What’s happening",
// each its context line, "Trending in United Kingdom", its name and its
// count, "41.2K posts") and the footer's row of links over the notice.
// Under each post stand its time line and its counts alone, one a
// line. Only the page's own names decide it: a story quotes a post's
// words, never the sidebar's, and a sentence of a story that names X
// is no line of these. X's interface in English and in Dutch ("Mis
// niet wat er gebeurt", "Mensen op X zijn als eerste op de hoogte.",
// "Nieuw op X?", "Registreren met Apple", "Account maken", "Door je te
// registreren ga je akkoord met de Servicevoorwaarden …", "Relevante
// personen", "Wat er gebeurt", "Posten", "Gesprek", "Weergaven", "Meer
// antwoorden weergeven") and in Norwegian Bokmål ("Ikke gå glipp av hva
// som skjer", "Folk på X er de første til å få vite.", "Ny på X?",
// "Registrer deg med Apple", "Opprett konto", "Ved å registrere deg
// godtar du vilkårene …", "Relevante personer", "Hva skjer", "Samtale",
// "visninger", "Vis flere svar"; trends "Populært i Norge", "Politikk ·
// Populært", "4 812 innlegg"), as the sets' captures print them.

// xLines are X's own lines around the posts, lower case, the typographic
// apostrophe as the plain one, without a closing stop, question or
// exclamation mark: each a whole line, or the opening of one of the
// sign-up box's sentences, which go on with the terms' names
// (xOpenings).
var xLines = barSet(`don't miss what's happening | people on x are the first to know |
	people on twitter are the first to know | see new posts | conversation | views |
	show more replies | show probable spam | show replies | show this thread | show more |
	new to x | new to twitter | sign up now to get your own personalized timeline | sign up with apple |
	sign up with google | create account | relevant people | who to follow | you might like |
	what's happening | trends for you | ads info |
	mis niet wat er gebeurt | mensen op x zijn als eerste op de hoogte | bekijk nieuwe posts | gesprek | weergaven |
	meer antwoorden weergeven | mogelijke spam weergeven | antwoorden weergeven | deze thread weergeven | nieuw op x |
	meld je nu aan om je eigen gepersonaliseerde tijdlijn te krijgen | registreren met apple | registreren met google |
	account maken | relevante personen | wie kun je volgen | misschien vind je dit leuk | wat er gebeurt |
	trends voor jou | advertentie-info | posten | post je antwoord |
	ikke gå glipp av hva som skjer | folk på x er de første til å få vite | se nye innlegg | samtale | visninger |
	vis flere svar | vis mer | ny på x |
	registrer deg nå for å få din egen personlige tidslinje | registrer deg med apple | registrer deg med google |
	opprett konto | relevante personer | hva skjer | post svaret ditt`)

// xOpenings open the sign-up box's legal sentence, lower case: its
// words run on to the terms it names ("… the Terms of Service and
// Privacy Policy, including Cookie Use.").
var xOpenings = []string{"by signing up, you agree to the terms of service", "door je te registreren ga je akkoord met de servicevoorwaarden",
	"ved å registrere deg godtar du vilkårene"}

// xLineMaxWords bounds a line of xLines or xOpenings: the legal
// sentence has sixteen words; twenty leaves room for a longer wording
// of it. A story's sentence that opens so goes on far longer.
const xLineMaxWords = 20

// xLine reports whether line, of words words, is one of X's own lines
// (xLines, xOpenings).
func xLine(line string, words int) bool {
	if words == 0 || words > xLineMaxWords {
		return false
	}
	l := strings.ReplaceAll(strings.ToLower(strings.Trim(strings.TrimSpace(line), ".!?…")), "’", "'")
	if xLines[strings.Join(strings.Fields(l), " ")] {
		return true
	}
	for _, o := range xOpenings {
		if strings.HasPrefix(l, o) {
			return true
		}
	}
	return false
}

// xTitle reports whether line is the title of X's page: it ends with
// " / X" or " / Twitter", and names a post ("<name> on X: …") or an
// account ("<name> (@handle) / X").
func xTitle(line string) bool {
	l := strings.TrimSpace(line)
	for _, p := range []string{"X", "Twitter"} {
		if strings.HasSuffix(l, " / "+p) && (strings.Contains(l, " on "+p+": ") || strings.Contains(l, "(@")) {
			return true
		}
	}
	return false
}

// xNotice reports whether line is the footer's notice of X's page, the
// copyright sign, a year and the company's name: "© 2025 X Corp.",
// "© 2022 Twitter, Inc.".
func xNotice(line string) bool {
	f := strings.Fields(strings.ToLower(line))
	if len(f) < 3 || f[0] != "©" || len(f[1]) != 4 || strings.Trim(f[1], "0123456789") != "" {
		return false
	}
	name := strings.Join(f[2:], " ")
	return name == "x corp." || name == "x corp" || name == "twitter, inc." || name == "twitter, inc"
}

// xPage reports whether the text is a copy of X's page: its title line
// (xTitle) among the first postPageLines lines, or its footer's notice
// (xNotice) alone on a line.
func xPage(body string, blocks []block) bool {
	for i := range blocks {
		line := body[blocks[i].span.Start:blocks[i].span.End]
		if i < postPageLines && xTitle(line) || xNotice(line) {
			return true
		}
	}
	return false
}

// xTrendNameMaxWords bounds a trend's name under its context line: a
// hashtag or a phrase ("Carabao Cup", "Spring Statement").
const xTrendNameMaxWords = 6

// xTrendWords are the word X's sidebar marks a trend with, lower case:
// English "Trending", Norwegian "Populært".
var xTrendWords = []string{"trending", "populært"}

// xTrendContext reports whether line is a trend's context line in X's
// sidebar: "Trending", "Trending in <place>", or a category and a dot
// before it ("Entertainment · Trending", "Only on X · Trending"), and
// the same with Norwegian "Populært" ("Populært i Norge", "Politikk ·
// Populært").
func xTrendContext(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	for _, w := range xTrendWords {
		if before, ok := strings.CutSuffix(l, "· "+w); ok {
			n := len(strings.Fields(before))
			return n >= 1 && n <= 4
		}
		if l == w {
			return true
		}
		if place, ok := strings.CutPrefix(l, w+" in "); ok {
			return len(strings.Fields(place)) <= 4
		}
		if place, ok := strings.CutPrefix(l, w+" i "); ok {
			return len(strings.Fields(place)) <= 4
		}
	}
	return false
}

// xTrendCount reports whether line is a trend's count: a tally and
// "posts" or "Tweets" ("41.2K posts"), or Norwegian "innlegg", whose
// tally may part its thousands with a space ("11,2k innlegg", "4 812
// innlegg").
func xTrendCount(line string) bool {
	f := strings.Fields(strings.ToLower(line))
	if len(f) == 3 && f[2] == "innlegg" && len(f[0]) <= 3 && len(f[1]) == 3 && strings.Trim(f[0]+f[1], "0123456789") == "" {
		return true
	}
	return len(f) == 2 && tally(f[0]) && (f[1] == "posts" || f[1] == "tweets" || f[1] == "innlegg")
}

// xPageFurniture removes, in a copy of X's page (xPage), X's own lines
// (xLine); the sidebar's boxes: under "Relevant people" (or "Who to
// follow", "You might like") each account's name, its handle, up to
// two lines of its bio and its "Follow", and each trend, its context
// line (xTrendContext), its name under it and its count (xTrendCount);
// the footer's row over the notice (xNotice), its links one a line
// parted by bars alone, and the notice; and each post's furniture: its
// time line (embedTimeLine), its counts alone, two or more in a row
// (countAlone), and the dot and the age under the poster's handle
// ("·" over "Mar 11"). The posts' own lines stay, and are no link
// list's items.
func xPageFurniture(body string, blocks []block) {
	if !xPage(body, blocks) {
		return
	}
	text := func(k int) string { return strings.TrimSpace(body[blocks[k].span.Start:blocks[k].span.End]) }
	drop := func(k int, reason string) {
		if !blocks[k].credit {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, reason
		}
	}
	count := func(k int) bool { return k >= 0 && k < len(blocks) && !blocks[k].credit && countAlone(text(k)) }
	for i := range blocks {
		l := text(i)
		switch {
		case xLine(l, blocks[i].words):
			drop(i, ReasonNavigation)
			if xAccountBoxes[strings.ToLower(strings.ReplaceAll(l, "’", "'"))] {
				xAccounts(body, blocks, i+1, drop)
			}
		case xTrendContext(l) && i+1 < len(blocks) && blocks[i+1].words <= xTrendNameMaxWords && !endsSentence(text(i+1)):
			drop(i, ReasonNavigation)
			drop(i+1, ReasonNavigation)
			if i+2 < len(blocks) && xTrendCount(text(i+2)) {
				drop(i+2, ReasonNavigation)
			}
		case xNotice(l):
			blocks[i].dropNotice()
			blocks[i].copyright = false
			for k := i - 1; k >= 0 && blocks[k].words > 0 && blocks[k].words <= 4 && !endsSentence(text(k)) && !blocks[k].credit; k -= 2 {
				drop(k, ReasonLegal)
				if k == 0 || text(k-1) != "|" {
					break
				}
				drop(k-1, ReasonLegal)
			}
		case embedTimeLine(l):
			drop(i, ReasonShare)
			if i+1 < len(blocks) && !blocks[i+1].afterBlank {
				dotLine(body, &blocks[i+1])
			}
		case count(i) && (count(i-1) || count(i+1) || i+1 < len(blocks) && xLine(text(i+1), 1)):
			drop(i, ReasonShare)
		case strings.HasPrefix(l, "@") && handleLine(l) && i+2 < len(blocks) && marksOnly(body, &blocks[i+1]) && xAge(text(i+2)):
			drop(i+1, ReasonShare)
			drop(i+2, ReasonShare)
		}
	}
	// A post's lines, under its header and over its counts, are the
	// post's: no link list's items, though they are short and the
	// furniture around them is chrome ("10/ 410 households in temporary
	// accommodation tonight, he says" between its header and its
	// counts).
	for i := range blocks {
		if l := text(i); !strings.HasPrefix(l, "@") || !handleLine(l) || blocks[i].class == classChrome {
			continue
		}
		for k := i + 1; k < len(blocks) && k <= i+embedCardLines; k++ {
			l := text(k)
			if blocks[k].class == classChrome && marksOnly(body, &blocks[k]) || blocks[k].class == classChrome && xAge(l) {
				continue // the post's dot and age
			}
			if blocks[k].class == classChrome || blocks[k].credit || handleLine(strings.TrimPrefix(l, "@")) || countAlone(l) {
				break
			}
			blocks[k].list, blocks[k].title = false, false
		}
	}
}

// xAccountBoxes head the sidebar's boxes of accounts, lower case:
// "Relevant people", "Who to follow", "You might like", in Dutch
// "Relevante personen", "Wie kun je volgen", "Misschien vind je dit
// leuk", and in Norwegian "Relevante personer".
var xAccountBoxes = barSet(`relevant people | who to follow | you might like | relevante personen | wie kun je volgen |
	misschien vind je dit leuk | relevante personer`)

// xBioMaxLines bounds an account's bio between its handle and its
// follow button in X's sidebar: X prints the bio as one paragraph,
// which a capture keeps as one line, or two where it holds a line
// break.
const xBioMaxLines = 2

// xAccounts removes the accounts of X's sidebar box from blocks[k] on,
// as drop does: each its name (a short line), its handle under it, its
// bio, up to two lines, and its follow button (followButtons).
func xAccounts(body string, blocks []block, k int, drop func(int, string)) {
	text := func(k int) string { return strings.TrimSpace(body[blocks[k].span.Start:blocks[k].span.End]) }
	for k+2 < len(blocks) && blocks[k].words <= pageNameMaxWords && strings.HasPrefix(text(k+1), "@") && handleLine(text(k+1)) {
		f := -1
		for j := k + 2; j < len(blocks) && j <= k+2+xBioMaxLines; j++ {
			if followButtons[strings.ToLower(text(j))] {
				f = j
				break
			}
		}
		if f < 0 {
			return
		}
		for j := k; j <= f; j++ {
			drop(j, ReasonNavigation)
		}
		k = f + 1
	}
}

// xAge reports whether line is a post's age under its handle: a month's
// name and a day ("Mar 11", "11 Mar"), a year after them or not, or a
// count of minutes, hours or days ("5h", "2m", "3d").
func xAge(line string) bool {
	f := strings.Fields(strings.ToLower(line))
	switch len(f) {
	case 1:
		w := f[0]
		return len(w) >= 2 && strings.Trim(w[:len(w)-1], "0123456789") == "" && strings.ContainsRune("smhd", rune(w[len(w)-1]))
	case 2, 3:
		month := false
		for _, w := range f {
			w = strings.Trim(w, ".,")
			switch {
			case monthName(w):
				month = true
			case w != "" && len(w) <= 4 && strings.Trim(w, "0123456789") == "":
			default:
				return false
			}
		}
		return month
	}
	return false
}
