package clean

import (
	"strings"
	"testing"
)

// TestTibetanTokens: how the classifier reads a Tibetan line. The tsheg
// (་) is no letter, so every syllable is a word; the shad (།) is no
// sentence's end, so every Tibetan line, a headline or a sentence, ends
// with no closing punctuation, and only its length tells a title from
// a sentence: a listed title of 12 to 18 syllables is a headline's
// length (HeadlineMaxWords), a story's paragraph of 60 is not. The
// rules below therefore read Tibetan labels by their words, never by a
// line's closing mark.
func TestTibetanTokens(t *testing.T) {
	tests := []struct {
		line    string
		words   int
		endStop bool
	}{
		{"ཀློག་ཐེངས།", 2, false},
		{"ཆབ་མདོའི་སློབ་ཆུང་ཁག་ལ་རྩེད་མོའི་ཐང་གསར་པ་ཁ་སྣོན་བྱས།", 14, false},
		{"ཟམ་པའི་སྒོ་འབྱེད་ཉིན་གྲོང་མི་1000ལྷག་འཛོམས་ནས་ཁ་བཏགས་ཕུལ་ཞིང་གཞས་བླངས་ནས་ཟམ་པའི་ཐོག་ཏུ་བསྐྱོད་པའི་རླངས་འཁོར་དང་པོར་དགའ་བསུ་ཞུས།", 30, false},
	}
	var s scratch
	for _, tt := range tests {
		f := s.measure(tt.line, nil)
		if f.words != tt.words || f.endStop != tt.endStop {
			t.Errorf("measure(%q) = %d words, endStop %v; want %d, %v", tt.line, f.words, f.endStop, tt.words, tt.endStop)
		}
	}
	if got := syllables("ཀློག་ཐེངས"); got != "ཀློག ཐེངས" {
		t.Errorf("syllables(%q) = %q; want %q", "ཀློག་ཐེངས", got, "ཀློག ཐེངས")
	}
}

// TestTibetanLabels: a Tibetan portal's labels end with a shad where
// others set a colon (shadColon): its date line with the view count and
// the font switch, the previous and next post's links, the editor in
// charge and the share row score as chrome; a story's sentences with
// the same words, or opening with a word and a shad, do not.
func TestTibetanLabels(t *testing.T) {
	chrome := []struct {
		line, reason string
		want         float64
	}{
		{"དུས་ཚོད། 2025-06-18 17:40 ཀློག་ཐེངས། 1236 ཡིག་གཟུགས། ཆེ། འབྲིང་། ཆུང་།", ReasonNavigation, DefaultHighThreshold},
		{"ཀློག་ཐེངས། 1236", ReasonNavigation, DefaultHighThreshold},
		{"སྔོན་མ། ལྷོ་ཁ་ས་ཁུལ་དུ་ནས་དཀར་ཞིང་ཁ་ལ་ཆུ་ལུག་གསར་པ་བེད་སྤྱོད་དུ་བཏང་།", ReasonNavigation, DefaultHighThreshold},
		{"རྗེས་མ། ཆབ་མདོའི་སློབ་ཆུང་ཁག་ལ་རྩེད་མོའི་ཐང་གསར་པ་ཁ་སྣོན་བྱས།", ReasonNavigation, DefaultHighThreshold},
		{"རྩོམ་སྒྲིག་འགན་འཁུར་བ། ཉི་མ་ཚེ་རིང་།", ReasonNavigation, DefaultThreshold},
	}
	for _, tt := range chrome {
		if got, reason := LineScore(tt.line, "bo"); got < tt.want || reason != tt.reason {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", tt.line, got, reason, tt.want, tt.reason)
		}
	}
	story := []string{
		// "The students read the book many times" (ཀློག, read; ཐེངས, times).
		"སློབ་མ་ཚོས་དཔེ་དེབ་དེ་ཀློག་ཐེངས་མང་པོ་བྱས།",
		// "Then, the villagers welcomed the first vehicle": a word and a
		// shad opening a sentence is no label.
		"དེ་ནས། གྲོང་མི་ཚོས་རླངས་འཁོར་དང་པོར་དགའ་བསུ་ཞུས།",
		// "The bridge is 186 metres long."
		"ཟམ་པ་དེའི་རིང་ཚད་ལ་སྨི་186ཡོད།",
	}
	for _, line := range story {
		if got, reason := LineScore(line, "bo"); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", line, got, reason, DefaultThreshold)
		}
	}
}

// tibetanStory is two paragraphs of an invented Tibetan story (a bridge
// opens to three villages), for the Tibetan chrome cases.
const tibetanStory = "ཟླ་སྒང་རྫོང་སྤང་ལུང་ཤང་གི་གཡུ་ཆུ་ཟམ་པ་ཆེན་མོའི་བཟོ་སྐྲུན་ལས་ཀ་ལེགས་གྲུབ་བྱུང་ནས་དེ་རིང་ནས་བཟུང་འགྲོ་འོང་གི་སྒོ་ཕྱེ་བ་དང་། ཆུ་བོའི་ཕ་རོལ་དུ་གནས་པའི་གྲོང་ཚོ་གསུམ་གྱི་གྲོང་མི་1240ལྷག་གིས་ཀོ་གྲུ་དང་ཐག་ཟམ་ལ་བརྟེན་ནས་ཆུ་བརྒལ་བའི་ལོ་རྒྱུས་ལ་མཇུག་བསྡུས།\n\n" +
	"ཟམ་པ་དེའི་རིང་ཚད་ལ་སྨི་186དང་ཞེང་ཚད་ལ་སྨི་8.5ཡོད། རྫོང་སྲིད་གཞུང་དང་རང་སྐྱོང་ལྗོངས་ཀྱི་ལམ་འགྲུལ་ཐིང་གིས་མཉམ་དུ་མ་དངུལ་སྒོར་ཁྲི་3800བཏང་ཡོད། བཟོ་སྐྲུན་ལས་ཀ་སྤྱི་ལོ་2023ལོའི་ཟླ་4པར་འགོ་ཚུགས་ཤིང་ཟླ་བ་26རིང་ལས་ཀ་བྱས།\n\n"

// TestTibetanPortalFoot: a scraper's copy of a Tibetan portal's page
// keeps the page's date line over the story and its foot under it: the
// editor's line, the share row, the previous and next posts, a related
// list and a most-read list one under the other (eleven titles and a
// label in one run, more than one list holds: the most-read list goes
// first, and the related one is read again without it), the footer. The
// foot goes; the story, its source line and the page's headline over the
// date line stay.
func TestTibetanPortalFoot(t *testing.T) {
	related := []string{"ལྷོ་ཁ་ས་ཁུལ་དུ་ནས་དཀར་ཞིང་ཁ་ལ་ཆུ་ལུག་གསར་པ་བེད་སྤྱོད་དུ་བཏང་།", "ཆབ་མདོའི་སློབ་ཆུང་ཁག་ལ་རྩེད་མོའི་ཐང་གསར་པ་ཁ་སྣོན་བྱས།",
		"ཉིང་ཁྲིར་རྒྱལ་ཁབ་ནང་གི་ཡུལ་སྐོར་བ་ཇེ་མང་དུ་ཕྱིན།", "ནག་ཆུར་སྨན་ཁང་གསར་པ་ཞིག་བཙུགས།", "ཤིང་སྡོང་འཛུགས་སྐྱོང་ལས་འགུལ་སྤེལ།"}
	mostRead := []string{"ལྷ་སའི་མི་རིགས་རིག་གནས་དུས་ཆེན་གྱི་མཛད་སྒོ་ཚོགས།", "བོད་ལྗོངས་སུ་ལོ་འདིའི་མཐོ་འབྲིང་རྒྱུགས་ལེན་ལེགས་གྲུབ་བྱུང་།",
		"འབྲོག་ཁུལ་དུ་ཕྱུགས་སྨན་ཞབས་ཞུ་ཚོགས་ཆུང་གསར་འཛུགས་བྱས།", "གཞིས་རྩེར་དཔེ་མཛོད་ཁང་གསར་པ་སྒོ་ཕྱེ།", "རྒྱལ་རྩེར་ཆུ་ལུད་སྐྱེད་ཚལ་རྒྱ་བསྐྱེད།"}
	const dateLine = "དུས་ཚོད། 2025-06-18 17:40 ཀློག་ཐེངས། 1236 ཡིག་གཟུགས། ཆེ། འབྲིང་། ཆུང་།"
	foot := []string{"རྩོམ་སྒྲིག་འགན་འཁུར་བ། ཉི་མ་ཚེ་རིང་།", "སྔོན་མ། " + related[0], "རྗེས་མ། " + related[1], "འབྲེལ་ཡོད་གསར་འགྱུར།"}
	foot = append(foot, related...)
	foot = append(foot, "ཀློག་མང་ཤོས།")
	foot = append(foot, mostRead...)
	runChromeCases(t, []chromeCase{{
		name: "a portal's date line and foot",
		body: "ཟླ་སྒང་རྫོང་གཡུ་ཆུ་ཟམ་པ་ཆེན་མོར་འགྲོ་འོང་གི་སྒོ་ཕྱེ།\n" + dateLine + "\n\n" + tibetanStory +
			"འབྱུང་ཁུངས། བོད་ལྗོངས་གསར་འགྱུར་དྲ་བ།\n\n" + strings.Join(foot, "\n") + "\n" +
			"ང་ཚོའི་སྐོར། | འབྲེལ་གཏུག་བྱེད་ཐབས། | 关于我们 | 联系我们 | 版权声明\n",
		gone: append([]string{dateLine}, foot...),
		kept: []string{"ཟླ་སྒང་རྫོང་གཡུ་ཆུ་ཟམ་པ་ཆེན་མོར་འགྲོ་འོང་གི་སྒོ་ཕྱེ།", "འབྱུང་ཁུངས། བོད་ལྗོངས་གསར་འགྱུར་དྲ་བ།",
			"ཟམ་པ་དེའི་རིང་ཚད་ལ་སྨི་186དང་ཞེང་ཚད་ལ་སྨི་8.5ཡོད།"},
	}})
}

// TestCounterMetaLine: a view count in a meta line longer than a
// counter's line (counterMetaMaxWords), after a date, a time or a
// separator, makes the line the page's metadata in any script; after a
// word of a sentence, or opening a sentence, it does not.
func TestCounterMetaLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Опубликовано 12.03.2025 17:40 | Просмотров: 312 | Автор: Иван Петров", true},
		{"Posted 12 March 2025 · Views: 1,284 · Comments: 3", true},
		{"The video drew hundreds of thousands of views: 1,000 in the first hour alone.", false},
		{"Views: 4,000 in the first hour, most of them from bots, the company said.", false},
	}
	var s scratch
	for _, tt := range tests {
		if got := s.measure(tt.line, stopList("en")).counter; got != tt.want {
			t.Errorf("measure(%q).counter = %v; want %v", tt.line, got, tt.want)
		}
	}
}
