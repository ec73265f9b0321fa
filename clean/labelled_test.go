package clean

import "testing"

// TestLabelledListLastTitle: a list's last title, next to the page's
// footer, is decided after the titles over it and still goes with them;
// a paragraph after the list, or a list of one title, stays.
func TestLabelledListLastTitle(t *testing.T) {
	story := "Fishing ban on the reef\n\n" +
		"The district council banned fishing on the northern reef for thirty days on Monday after hundreds of dead fish washed ashore near three villages.\n\n" +
		"Fisheries officers took samples from the water and from the fish on Tuesday, and the results are expected within two weeks, the council said.\n\n"
	const footer = "\nCopyright © 2025 Bula Feeds | Powered by WordPress\n"
	runChromeCases(t, []chromeCase{
		{
			name: "three titles over the footer",
			body: story + "Related Posts:\nCoconut oil prices rise as copra supply falls\nNew trees planted in the western province\nFive tips to save on your power bill\n" + footer,
			gone: []string{"Related Posts:", "Coconut oil prices rise as copra supply falls", "New trees planted in the western province", "Five tips to save on your power bill"},
			kept: []string{"Fisheries officers took samples"},
		},
		{
			name: "a paragraph after the list",
			body: story + "Related Posts:\nCoconut oil prices rise as copra supply falls\nNew trees planted in the western province\n\nThe ban will be reviewed by the council at its next meeting in the district centre on the first Monday of next month.\n" + footer,
			gone: []string{"Coconut oil prices rise as copra supply falls"},
			kept: []string{"The ban will be reviewed by the council"},
		},
	})
}
