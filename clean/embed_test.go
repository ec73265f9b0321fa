package clean

import "testing"

// TestEmbedFurniture: a scraper's copy of a story with an embedded X
// post loses the card's header (name, handle, Follow), the attached
// picture's link at the end of the post's text, the signature line,
// the time line and the count; the post's words and the story stay. A
// story's sentence naming a handle and a date stays.
func TestEmbedFurniture(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "x embed",
		body: plainStory + "Nadia Kersley MP\n@NadiaKersleyMP\nFollow\n" +
			"Today I have resigned from the committee. My letter to the Chair is below. 1/3 pic.twitter.com/Rk8vQ2mLzT\n" +
			"— Nadia Kersley MP (@NadiaKersleyMP) March 3, 2026\n10:42 AM · Mar 3, 2026\n4.8K\n\n" +
			"The committee voted by six votes to four on Monday evening to put off its evidence sessions.\n",
		gone: []string{"Nadia Kersley MP", "@NadiaKersleyMP", "Follow", "pic.twitter.com/Rk8vQ2mLzT",
			"— Nadia Kersley MP (@NadiaKersleyMP) March 3, 2026", "10:42 AM · Mar 3, 2026", "4.8K"},
		kept: []string{"Today I have resigned from the committee. My letter to the Chair is below. 1/3\n",
			"The committee voted by six votes", "The council voted on Tuesday"},
	}, {
		name: "a sentence naming a handle",
		body: plainStory + "— The MP, who posts as (@NadiaKersleyMP), wrote on March 3, 2026 that she had resigned from the committee after its vote.\n",
		kept: []string{"who posts as (@NadiaKersleyMP)"},
	}})
}

// TestEmbedLines: the signature line, the time line and the media link
// of an embed, against the story's lines that look like them.
func TestEmbedLines(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"— Nadia Kersley MP (@NadiaKersleyMP) March 3, 2026", true},
		{"&mdash; Name (@name.bsky.social) March 3, 2026 at 10:42 AM", false}, // no dash after unescaping
		{"— Jo Bloggs (@jo.bsky.social) March 3, 2026 at 10:42 AM", true},
		{"— Nadia Kersley MP (@NadiaKersleyMP)", false}, // no date
		{"Nadia Kersley MP (@NadiaKersleyMP) March 3, 2026", false},
	} {
		if got := embedSignature(tt.line); got != tt.want {
			t.Errorf("embedSignature(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"10:42 AM · Mar 3, 2026", true},
		{"18:42 · 3 mars 2026", true},
		{"10:42 AM · Westminster", false},
		{"Mar 3, 2026", false},
	} {
		if got := embedTimeLine(tt.line); got != tt.want {
			t.Errorf("embedTimeLine(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line string
		want int
	}{
		{"below. 1/3 pic.twitter.com/Rk8vQ2mLzT", len("below. 1/3 ")},
		{"Look at this https://pic.x.com/abc123", len("Look at this ")},
		{"pic.twitter.com/Rk8vQ2mLzT", -1}, // the link alone: one block
		{"see pic.twitter.com/ for more", -1},
	} {
		if got := mediaTail(tt.line); got != tt.want {
			t.Errorf("mediaTail(%q) = %d; want %d", tt.line, got, tt.want)
		}
	}
}
