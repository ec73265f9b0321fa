package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A portal sets a video between a story's paragraphs under its label
// and the video's title in quotation marks ("Simak Video "Aksi Maling
// Motor Terekam CCTV di Parkiran Minimarket"", Indonesian portals'
// "watch the video"), and the player's marker that a copy keeps for it
// ("[Gambas:Video detakNasional]", the detik family's embed token: "
// [Gambas:Instagram]", "[Gambas:Youtube]"). A radio's web story closes
// with the bulletin that aired it ("Escolta-ho al Montcorb Informatiu
// de les 14 h", listen to it on the 2 p.m. news). Each is the page's
// own line, not the story's.

// videoTeaserLeads open a video's label before its quoted title, lower
// case: Indonesian "Simak video", "Saksikan video", "Tonton video";
// English "Watch video", "Watch the video"; Catalan, Spanish "Mira el
// vídeo", "Mira el video".
var videoTeaserLeads = []string{"simak video ", "saksikan video ", "tonton video ", "watch video ", "watch the video ",
	"mira el vídeo ", "mira el video "}

// videoTeaserMaxWords bounds the label with its title: the label and a
// headline (DefaultHeadlineMaxWords).
const videoTeaserMaxWords = 3 + DefaultHeadlineMaxWords

// videoTeaser reports whether line, of words words, is a video's label
// and its title: one of videoTeaserLeads, then a title that opens and
// closes with quotation marks, nothing after it. A story's sentence
// that tells readers to watch a video says more, or ends with a stop.
func videoTeaser(line string, words int) bool {
	if words < 3 || words > videoTeaserMaxWords {
		return false
	}
	l := strings.TrimSpace(line)
	for _, lead := range videoTeaserLeads {
		if len(l) <= len(lead) || !strings.EqualFold(l[:len(lead)], lead) {
			continue
		}
		t := strings.TrimSpace(l[len(lead):])
		first, _ := utf8.DecodeRuneInString(t)
		last, _ := utf8.DecodeLastRuneInString(t)
		return utf8.RuneCountInString(t) > 2 && strings.ContainsRune("\"“«„'‘", first) && strings.ContainsRune("\"”»“'’", last)
	}
	return false
}

// gambasMarker reports whether line is the detik family's embed marker
// alone: "[Gambas:", a kind of media and maybe a name, "]".
func gambasMarker(line string) bool {
	l := strings.TrimSpace(line)
	return len(l) > len("[gambas:]") && strings.EqualFold(l[:len("[gambas:")], "[gambas:") && strings.HasSuffix(l, "]") &&
		!strings.ContainsAny(l[1:len(l)-1], "[]")
}

// listenLeads open a radio's line that names the bulletin a story aired
// on, lower case: Catalan "Escolta-ho al", "Escolta-ho a", Spanish
// "Escúchalo en", "Escúchalo a".
var listenLeads = []string{"escolta-ho al ", "escolta-ho a ", "escolta-ho en ", "escúchalo en ", "escúchala en "}

// listenLineMaxWords bounds the line: the lead, a bulletin's name and
// its hour ("Escolta-ho al Montcorb Informatiu de les 14 h" has eight
// words).
const listenLineMaxWords = 12

// listenLine reports whether line, of words words, is a radio's
// listen-again line: one of listenLeads, a name, and the bulletin's hour
// closing the line ("de les 14 h", "de las 14.00", "a les 8:30 h"),
// no stop after it. A story's sentence that asks to listen to a
// programme ends a sentence or has no hour last.
func listenLine(line string, words int) bool {
	if words < 4 || words > listenLineMaxWords {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(line))
	lead := false
	for _, p := range listenLeads {
		if strings.HasPrefix(l, p) {
			lead = true
			break
		}
	}
	if !lead {
		return false
	}
	f := strings.Fields(l)
	n := len(f)
	if f[n-1] == "h" {
		n--
	}
	hour := strings.TrimSuffix(f[n-1], "h")
	if hour == "" || strings.IndexFunc(hour, func(r rune) bool { return !unicode.IsDigit(r) && r != ':' && r != '.' }) >= 0 ||
		!unicode.IsDigit(rune(hour[0])) {
		return false
	}
	return n >= 2 && (f[n-2] == "de" || f[n-2] == "les" || f[n-2] == "las" || f[n-2] == "a")
}

// mediaTeasers removes a video's label with its title (videoTeaser),
// the embed marker (gambasMarker) and a radio's listen-again line
// (listenLine), wherever they stand, but for credit lines.
func mediaTeasers(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.words == 0 {
			continue
		}
		line := body[b.span.Start:b.span.End]
		if videoTeaser(line, b.words) || gambasMarker(line) || listenLine(line, b.words) {
			b.class, b.score, b.reason = classChrome, 1, ReasonPromo
		}
	}
}
