package clean

import "testing"

// TestPressCodeNotice: a South African paper's adherence to the Press
// Code under every story is its footer's status notice, and goes with
// the owner's copyright notice under it, which stays an Attribution; a
// story's sentence about the Press Code or the Press Council stays.
func TestPressCodeNotice(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"IOL subscribes to the Press Code and the Press Council of South Africa.", true},
		{"The Lowveld Courier is a member of the Australian Press Council.", true},
		{"The complaint was referred to the Press Council of South Africa, which will rule on it next month after a hearing in Johannesburg with both parties and their lawyers present on Monday.", false},
		{"Editors said the paper broke the Press Code.", false},
	} {
		if got := statusNotice(tt.line, countWords(tt.line)); got != tt.want {
			t.Errorf("statusNotice(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "footer",
		body: plainStory + "Related Topics: council library closure\nShare this article: Facebook X WhatsApp Email\n\n" +
			"About IOL | Contact us | Terms and Conditions | Privacy Policy | Press Code\n" +
			"IOL subscribes to the Press Code and the Press Council of South Africa.\n© 2025 Independent Online. All rights reserved.\n",
		gone: []string{"Related Topics: council library closure", "IOL subscribes to the Press Code and the Press Council of South Africa.",
			"© 2025 Independent Online. All rights reserved."},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "story",
		body: plainStory + "The paper said it subscribes to the Press Code and the Press Council of South Africa, and would publish a correction on Friday.\n\n" + plainStory,
		kept: []string{"The paper said it subscribes to the Press Code"},
	}})
}

// TestRelatedTopicsLabel: "Related Topics:" labels a news site's topic
// tags as "Tags:" does; a sentence about related topics stays.
func TestRelatedTopicsLabel(t *testing.T) {
	for _, tt := range []struct {
		line  string
		chrom bool
	}{
		{"Related Topics: SAPS cash-in-transit Mpumalanga crime", true},
		{"Related Tags: elections Gauteng ANC", true},
		{"Related topics such as housing and water will be debated at the council's next meeting, the mayor said.", false},
	} {
		got, reason := LineScore(tt.line, "en")
		if tt.chrom && got < DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v", tt.line, got, reason, DefaultThreshold)
		}
		if !tt.chrom && got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", tt.line, got, reason, DefaultThreshold)
		}
	}
}

// TestEmbedConsentPlaceholder: an embedded video's consent placeholder,
// alone or after the player's error, is the player's chrome in every
// language embedConsentPrompts keeps; a story's sentence about cookies
// and a video stays, and so does a quotation of the words.
func TestEmbedConsentPlaceholder(t *testing.T) {
	for _, tt := range []struct {
		line  string
		chrom bool
	}{
		{"Video kan niet worden afgespeeld. Accepteer cookies om deze video te bekijken.", true},
		{"Accepteer cookies om deze video te bekijken", true},
		{"Accept cookies to watch this video.", true},
		{"This video cannot be played. Accept cookies to watch this video.", true},
		{"Acceptez les cookies pour voir cette vidéo", true},
		{"Akzeptieren Sie Cookies, um dieses Video anzusehen.", true},
		{"Acepta las cookies para ver este vídeo.", true},
		{"Bezoekers moeten cookies accepteren om de video van de gemeente te bekijken, klagen bewoners.", false},
		{"\"Accept cookies to watch this video\" is the message readers saw, the ombudsman said in his report.", false},
		{"Video kan niet worden afgespeeld. Dat zei de rechter dinsdag.", false},
	} {
		got, reason := LineScore(tt.line, "nl")
		if tt.chrom && got < DefaultHighThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v", tt.line, got, reason, DefaultHighThreshold)
		}
		if !tt.chrom && got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", tt.line, got, reason, DefaultThreshold)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "placeholder between paragraphs",
		body: plainStory + "Video kan niet worden afgespeeld. Accepteer cookies om deze video te bekijken.\n\n" + plainStory,
		gone: []string{"Video kan niet worden afgespeeld. Accepteer cookies om deze video te bekijken."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a story's sentence with the prompt's words",
		body: plainStory + "Accept cookies to watch this video, the regulator said sites may no longer tell their readers.\n\n" + plainStory,
		kept: []string{"Accept cookies to watch this video, the regulator said"},
	}})
}

// TestDutchSearchLabel: WordPress's Dutch and Nordic search labels alone
// count as the search form; a sentence opening with the same words stays.
func TestDutchSearchLabel(t *testing.T) {
	for _, tt := range []struct {
		line  string
		chrom bool
	}{
		{"Zoeken naar:", true},
		{"Sök efter:", true},
		{"Zoeken naar: Zoeken", true},
		{"Zoeken naar de vermiste wandelaar gaat dinsdag verder, meldt de politie.", false},
	} {
		got, reason := LineScore(tt.line, "nl")
		if tt.chrom && got < DefaultHighThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v", tt.line, got, reason, DefaultHighThreshold)
		}
		if !tt.chrom && got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", tt.line, got, reason, DefaultThreshold)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "header",
		body: "Buurtblog Hoogkamp\nVoor en door bewoners van de Hoogkamp\nMenu\nHome\nBuurtnieuws\nAgenda\nContact\nZoeken naar:\n\n" +
			"De gemeente voert vanaf 1 september betaald parkeren in in de wijk, zo heeft het college van B en W op 3 juni besloten.\n\n" +
			"Bewoners kunnen vanaf 16 juni een vergunning aanvragen via de website van de gemeente of aan de balie in het stadhuis.\n\n" +
			"Website ondersteund door WordPress.com.\n",
		gone: []string{"Zoeken naar:", "Menu"},
		kept: []string{"De gemeente voert vanaf 1 september", "Bewoners kunnen vanaf 16 juni"},
	}})
}
