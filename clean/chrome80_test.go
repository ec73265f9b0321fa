package clean

import (
	"strings"
	"testing"
)

// daStory is two paragraphs of an invented Danish story, for the cases
// of a Danish page's imprint.
const daStory = "Beboerne på øen frygter, at børnefamilierne flytter, når færgeruten fra nytår bliver skåret ned fra 14 til 8 daglige afgange.\n\n" +
	"Nedskæringen sker, efter at kommunen har sparet 2,4 millioner kroner på tilskuddet til færgeruten i budgettet for næste år.\n\n"

// TestPostmediaSlot: the chain template's label over the story's text
// resumed under an advert's slot ("Article content") and the slot's
// fallback ("This advertisement has not loaded yet, but your article
// continues below.") go wherever they stand, each time; a story's
// sentence with the same words stays.
func TestPostmediaSlot(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "slots",
		site: "Kenwick Examiner",
		body: "Article content\n\n" + plainStory + "Advertisement\n\nThis advertisement has not loaded yet, but your article continues below.\n\n" +
			"Article content\n\n" + plainStory,
		gone: []string{"Article content", "This advertisement has not loaded yet, but your article continues below."},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "sentence",
		site: "Kenwick Examiner",
		body: plainStory + "The article content was reviewed by the paper's lawyers, and the advertisement has not loaded yet on the old site, the editor said.\n\n" + plainStory,
		kept: []string{"The article content was reviewed", "the advertisement has not loaded yet"},
	}})
}

// TestReaderAppeal: a reader-funded site's appeal in its own voice, its
// box's heading and button dropped by the extraction, goes at the
// story's end; a story's sentence naming the site's funding, and a
// fan's call to chip in, stay.
func TestReaderAppeal(t *testing.T) {
	appeal := "Larkdale Local is reader-supported. No paywall, no billionaire owner. If this story was useful, chip in $5 a month to keep neighborhood news going."
	runChromeCases(t, []chromeCase{{
		name: "tail",
		site: "Larkdale Local",
		body: plainStory + appeal + "\n",
		gone: []string{appeal},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "story after",
		site: "Larkdale Local",
		body: plainStory + appeal + "\n\n" + plainStory + "The library's last day will be March 14, the council said in a statement released after the vote.\n",
		kept: []string{appeal, "The library's last day"},
	}, {
		name: "fan",
		site: "The Marsh Lane End",
		body: plainStory + "The banner fund is open, and if you want to chip in, find Colin by the tea bar at the next home game.\n",
		kept: []string{"if you want to chip in"},
	}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Larkdale Local is reader-supported. No paywall, no billionaire owner. If this story was useful, chip in $5 a month to keep neighborhood news going.", true},
		{"Larkdale Local is a nonprofit newsroom. We don’t have a paywall, so please make a tax-deductible gift today.", true},
		{"Larkdale Local is reader-supported and has 4,000 members, its editor said.", false},
		{"The Courier is reader-supported. Chip in $5 a month.", false},
		{"Larkdale Local, please chip in for the banner fund.", false},
	} {
		words := len(strings.Fields(tt.line))
		if got := readerAppeal(tt.line, words, "Larkdale Local"); got != tt.want {
			t.Errorf("readerAppeal(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestDanishImprint: a Danish site's imprint, the responsible editor
// ("Ansvarshavende redaktør: …") and the company's CVR number, goes in
// the footer; the story's agency sign-off and a sentence naming an
// editor or a CVR number stay.
func TestDanishImprint(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "footer",
		body: daStory + "/ritzau/\n\nTip redaktionen: tip@vestnyt24.example\nVestNyt24 ApS · Havnevej 3 · Vesterhede\nAnsvarshavende redaktør: Kim Lykkegaard\nCVR-nr. 12345678\n© 2025 VestNyt24 · Alle rettigheder forbeholdes\n",
		gone: []string{"Ansvarshavende redaktør: Kim Lykkegaard", "CVR-nr. 12345678"},
		kept: []string{"/ritzau/", "Beboerne på øen frygter", "Nedskæringen sker"},
	}, {
		name: "sentence",
		body: daStory + "Avisens ansvarshavende redaktør, Kim Lykkegaard, siger, at selskabet med CVR-nummer 12345678 har betalt bøden til kommunen i sidste uge.\n\n" + daStory,
		kept: []string{"Avisens ansvarshavende redaktør"},
	}})
}
