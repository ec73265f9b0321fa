package clean

import (
	"testing"
)

// TestReactionRow: a reaction bar on one line, its buttons with their
// tallies between bars or middle dots, is a share widget when its
// buttons or its label name reactions (wReactionRow); a row of names and
// figures is a story's results, and a comment link with a verb before
// its tally is a counter (wCounter).
func TestReactionRow(t *testing.T) {
	// The bars' separators may name the reason first (markup for three
	// bars, navigation for middle dots read as a flattened menu): each
	// line is chrome either way.
	chrome := []string{
		"React: Like 14 | Sad 212 | Angry 9",
		"Like 1.2K | Love 304 | Wow 12 | Sad 3",
		"Reactions: Happy 4 · Surprised 1 · Angry 17",
		"खुसी 12 | दुःखी 3 | अचम्मित 1 | आक्रोशित 7",
		"Show comments (38)",
		"View comments (12)",
	}
	for _, line := range chrome {
		if got, reason := LineScore(line, "en"); got < DefaultHighThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v", line, got, reason, DefaultHighThreshold)
		}
	}
	// minReactions buttons or more make the bar.
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"React: Like 14 | Sad 212", false},
		{"Love 304 · Wow 12 · Sad 3", true},
		{"Ratings: Food 4 | Service 5 | Price 3", false},
	} {
		if got := reactionRow(tt.line); got != tt.want {
			t.Errorf("reactionRow(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	story := []string{
		"Results: Smith 45 | Jones 30 | Brown 12",
		"Arsenal 2 | Chelsea 1 | Spurs 0",
		"Like 14 other towns, it voted to close the library | the mayor said",
		"The council read all comments (38 in total) before the vote.",
		"Public comments (38) were read aloud at the meeting on Tuesday, the clerk said.",
	}
	for _, line := range story {
		if got, reason := LineScore(line, "en"); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", line, got, reason, DefaultThreshold)
		}
	}
}

// TestListBeforeNeighbours: a labelled list is decided before the
// near-chrome lines around it are judged, so its titles, good lines by
// their shape, do not keep the app prompt under it, and the copyright
// notice under the prompt goes with the footer; an app's name in a
// story's sentence stays.
func TestListBeforeNeighbours(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "an app prompt under a more-stories list",
		body: plainStory + "More stories\nStorm knocks out power to thousands in northern Wisconsin\nMortgage rates tick down for a third straight week\n\n" +
			"Download the DailyPulse app for breaking news alerts\n© 2025 DailyPulse. Content belongs to its respective publishers.\nAbout | Privacy | Terms | Ad Choices\n",
		gone: []string{"More stories", "Download the DailyPulse app for breaking news alerts",
			"© 2025 DailyPulse. Content belongs to its respective publishers."},
		kept: []string{"Officials said the building"},
	}, {
		name: "the app in the story",
		body: plainStory + "Download the county's flood app for alerts, the council told residents on Tuesday.\n\n" + plainStory,
		kept: []string{"Download the county's flood app"},
	}})
}
