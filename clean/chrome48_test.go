package clean

import "testing"

// TestFacebookPageHeader: a plain copy of a Facebook page's post keeps
// the page's header, the page's name over its category as Facebook
// prints it ("Government organisation", "Page · Radio station",
// "Organisme gouvernemental") and the follow button, with the dot
// beside it; the category goes with the button (pageCategoryLine). A
// story's subhead that says a category alone, with no follow button
// under it, stays.
func TestFacebookPageHeader(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "page's category under its name, over the follow button and its dot",
		body: "Harbour Town Council\nGovernment organisation\nFollow\n·\nLIBRARY TO CLOSE AFTER COUNCIL VOTE\n\n" + plainStory,
		gone: []string{"Government organisation", "Follow", "·"},
		kept: []string{"Harbour Town Council", "The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "category after the word for a page, the dot over the button",
		body: "Valley FM 98.1\nPage · Radio station\n·\nFollow\n\n" + plainStory,
		gone: []string{"Page · Radio station", "·", "Follow"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "French interface",
		body: "Mairie de Port-Exemple\nOrganisme gouvernemental\nSuivre\n\n" + plainStory,
		gone: []string{"Organisme gouvernemental", "Suivre"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "a story's subhead that names a category stays",
		body: plainStory + "What the town lost\nCommunity\nResidents met in the square on Wednesday to plan a volunteer-run reading room in the old post office.\n\n" + plainStory,
		kept: []string{"Community", "Residents met in the square on Wednesday"},
	}})
}

// TestPageCategory: pageCategory reads Facebook's category labels alone
// or after the word for a page, and no line with more in it.
func TestPageCategory(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Government organisation", true},
		{"Media/news company", true},
		{"News & media website", true},
		{"Page · Public figure", true},
		{"Página · Figura pública", true},
		{"Community", true},
		{"Government organisation announces new budget", false},
		{"Our community", false},
	} {
		if got := pageCategory(tt.line); got != tt.want {
			t.Errorf("pageCategory(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestTitledMastheadTagline: a scraper's copy of a blog's post opens
// with the page's title, "Post – Site"; the site's name alone further
// down is the masthead (titleMasthead), and the tagline under it, a
// phrase and after a dash the place it serves (dashParts), goes with
// the masthead and the menu under them, every item of it. Without the
// menu under the tagline, or without the title naming the site, a
// line of the same shape stays, and so does such a line in the story.
func TestTitledMastheadTagline(t *testing.T) {
	const title = "Library to close after council vote – Harbour Notebook"
	const header = "Skip to content\nHarbour Notebook\nCouncil chamber gossip, ward results and the numbers behind them – Harbour and the Vale\n"
	runChromeCases(t, []chromeCase{{
		name:  "tagline with a dash over the blog's menu",
		title: title,
		body: title + "\n\n" + header + "Menu\nHome\nBy-elections\nCouncil Watch\nPolls & Predictions\nAbout\n\n" +
			"Library to close after council vote\n\n" + plainStory,
		gone: []string{"Harbour Notebook", "Council chamber gossip, ward results and the numbers behind them – Harbour and the Vale",
			"Home", "Polls & Predictions", "About"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name:  "no menu under the tagline-like line",
		title: title,
		body:  title + "\n\n" + header + "\n" + plainStory,
		kept:  []string{"Council chamber gossip, ward results and the numbers behind them – Harbour and the Vale", "The council voted on Tuesday"},
	}, {
		name: "the same line in the story",
		body: plainStory + "Council chamber gossip, ward results and the numbers behind them – Harbour and the Vale\n\n" +
			"The blog's founder said the line had been its motto since 2015, when she started writing about the council.\n\n" + plainStory,
		kept: []string{"Council chamber gossip, ward results and the numbers behind them – Harbour and the Vale"},
	}})
}

// TestDashParts: dashParts reads a tagline set as phrases between
// spaced dashes, each within the bound and ending no sentence.
func TestDashParts(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Council chamber gossip, ward results and the numbers behind them – Wexcombe and the Vale", true},
		{"Local news — every town, every day", true},
		{"Council chamber gossip and ward results", false},
		{"The council voted on Tuesday. – It closed the library", false},
		{"one two three four five six seven eight nine ten eleven twelve thirteen – Vale", false},
	} {
		if got := dashParts(tt.line, taglineMaxWords); got != tt.want {
			t.Errorf("dashParts(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
