package clean

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An aggregator's or a social site's page closes with its call to get
// its own app, a line of its own under the story: the imperative, the
// app's name and, after it, the line's end or a dash and the slogan
// ("Download the Valley Now app", "Pobierz aplikację NewsKrąg – tysiące
// źródeł, jedna aplikacja."). A story tells what an app does after
// naming it; the call names the app and stops, or sets its slogan
// apart.

// appLineMaxWords bounds such a line: the call, a name of a few words
// and a slogan.
const appLineMaxWords = 16

// appCallLeads are the imperatives that open the call, lower case, and
// whether the word "app" must close the name (English "Download the X
// app") or the lead already says it (Polish "Pobierz aplikację X",
// download the app X; German "Lade dir die App X").
var appCallLeads = []struct {
	lead    string
	needApp bool
}{
	{"download the ", true}, {"get the ", true}, {"download our ", true},
	{"pobierz aplikację ", false}, {"pobierz darmową aplikację ", false}, {"zainstaluj aplikację ", false},
	{"ściągnij aplikację ", false},
}

// appLineNameMaxWords bounds the app's name: "Valley Now 24".
const appLineNameMaxWords = 4

// appCall reports whether line is such a call: one of appCallLeads at
// its start (after an emoji or a bullet), a name of one to
// appLineNameMaxWords words whose first is capitalised, "app" after it
// where the lead needs it, and then the line's end or a dash and a
// slogan.
func appCall(line string) bool {
	line = strings.TrimLeftFunc(strings.TrimSpace(line), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	words := strings.Fields(line)
	if len(words) < 3 || len(words) > appLineMaxWords {
		return false
	}
	lower := strings.ToLower(line)
	for _, l := range appCallLeads {
		if !strings.HasPrefix(lower, l.lead) {
			continue
		}
		rest := words[len(strings.Fields(l.lead)):]
		if len(rest) == 0 || !unicode.IsUpper([]rune(rest[0])[0]) {
			return false
		}
		for n := 1; n <= appLineNameMaxWords && n <= len(rest); n++ {
			after := rest[n:]
			if l.needApp {
				if len(after) == 0 || strings.ToLower(strings.TrimRight(after[0], "!.")) != "app" {
					continue
				}
				if after[0] != "app" && after[0] != "App" && len(after) > 1 {
					return false
				}
				after = after[1:]
			} else if n < len(rest) && !isDash([]byte(rest[n])) {
				continue
			}
			return appCallTail(after)
		}
		return false
	}
	return false
}

// appCallTail reports whether the words after the app's name end the
// call: none, or a dash and a slogan. (An English call that goes on to
// promise news, "… app for breaking news near you!", is left to the
// vocabulary: removing it turned a measured pair of a story set from
// same-story to rewrite.)
func appCallTail(after []string) bool {
	if len(after) == 0 {
		return true
	}
	return isDash([]byte(after[0])) && len(after) > 1
}

// A company newsroom's platform (Mynewsdesk's, as Nordic companies host
// their press rooms) sets its call to follow the company's releases
// beside each release, the company named after it: "Prenumerera på
// nyheter från Mellanbygd Mejeri", "Abonnér på nyheder fra …",
// "Subscribe to news from …". A story tells that people subscribed; it
// does not order its reader to, naming a company and stopping.

// newsroomFollowLeads are the calls, lower case, with the space after.
var newsroomFollowLeads = []string{
	"prenumerera på nyheter från ", "abonnér på nyheder fra ", "abonner på nyheder fra ",
	"abonner på nyheter fra ", "subscribe to news from ", "subscribe to releases from ",
	"abonneer op nieuws van ",
}

// newsroomNameMaxWords bounds the company's name after the call.
const newsroomNameMaxWords = 6

// newsroomFollow reports whether line, lower its lower case, is such a
// call: one of newsroomFollowLeads and a name of one to
// newsroomNameMaxWords words, capitalised, with no mark of a sentence or
// a clause after it.
func newsroomFollow(line string, lower []byte) bool {
	line, lower = strings.TrimSpace(line), bytes.TrimSpace(lower)
	for _, lead := range newsroomFollowLeads {
		if !bytes.HasPrefix(lower, []byte(lead)) || len(line) < len(lead) {
			continue
		}
		name := strings.TrimSpace(line[len(lead):])
		n := len(strings.Fields(name))
		r, _ := utf8.DecodeRuneInString(name)
		return n >= 1 && n <= newsroomNameMaxWords && !strings.ContainsAny(name, ".,;:!?") && unicode.IsUpper(r)
	}
	return false
}

// A page's box for its own app under a story closes on the stores'
// badges, a copy keeping their names run together on one line ("App
// Store Google Play", "Download on the App Store · Get it on Google
// Play"); over them the box's heading, a bare call to get the app
// ("Download our app"), and its blurb, which names the app ("Get
// breaking news alerts and First Alert Weather on the go with the free
// KQVB News 9 app."). A story names the stores inside a sentence, never
// alone on a line.

// storeBadges are the badges' words, lower case: the stores and the
// calls printed on their badges.
var storeBadges = []string{"download on the app store", "get it on google play", "available on the app store",
	"app store", "google play", "appgallery", "apple", "android", "ios"}

// appHeadings are the box's headings, lower case, without a closing
// stop: a call to get the site's app with no name.
var appHeadings = barSet(`download our app | download our free app | get our app | get our free app | get the app |
	download the app | our app | our apps | download our apps | get the free app`)

// appBoxBlurbMaxWords bounds the blurb over the badges.
const appBoxBlurbMaxWords = 30

// storeLine reports whether line is the stores' badges alone: only
// storeBadges, between spaces or the separators of a row (·, |, •),
// one of them a store ("app store", "google play", "appgallery").
func storeLine(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	store := false
	for l != "" {
		l = strings.TrimLeft(l, " ·|•/-–")
		hit := false
		for _, b := range storeBadges {
			if rest, ok := strings.CutPrefix(l, b); ok && (rest == "" || strings.IndexAny(rest[:1], " ·|•/-–") == 0) {
				store = store || strings.Contains(b, "store") || strings.Contains(b, "play") || b == "appgallery"
				l, hit = rest, true
				break
			}
		}
		if !hit {
			return l == "" && store
		}
	}
	return store
}

// appHeading reports whether line is an app box's heading (appHeadings).
func appHeading(line string) bool {
	return appHeadings[strings.Join(strings.Fields(strings.ToLower(strings.TrimRight(strings.TrimSpace(line), ".!:"))), " ")]
}

// appBoxes removes a page's app box: the stores' line (storeLine) with
// the box's heading (appHeading) over it, two lines up at most, and
// between them the blurb, a line under appBoxBlurbMaxWords words that
// names the app ("app" or "apps" among its words). Without the heading
// the stores' line and the blurb stay to the other rules.
func appBoxes(body string, blocks []block) {
	for i := range blocks {
		if blocks[i].credit || !storeLine(body[blocks[i].span.Start:blocks[i].span.End]) {
			continue
		}
		h := -1
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			b := &blocks[k]
			line := body[b.span.Start:b.span.End]
			if b.credit {
				break
			}
			if appHeading(line) {
				h = k
				break
			}
			if b.words == 0 || b.words > appBoxBlurbMaxWords || !namesApp(line) {
				break
			}
		}
		if h < 0 {
			continue
		}
		for k := h; k <= i; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonPromo
		}
	}
}

// namesApp reports whether line has "app" or "apps" among its words.
func namesApp(line string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(line), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "app" || w == "apps" {
			return true
		}
	}
	return false
}
