package clean

import "testing"

// TestPostHeadIcons checks a social post's header whose audience icon a
// scrape kept as an emoji, after the poster's role or the post's age,
// in several languages, and keeps lines with the same words.
func TestPostHeadIcons(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Admin · 🌍", true},
		{"Moderator · 👥", true},
		{"Top contributor · 🌎", true},
		{"Administrateur · 🌏", true},
		{"Amministratore · 🔒", true},
		{"Administrador · 🌐", true},
		{"2h · 🌍", true},
		{"3 d · 👥", true},
		{"10min · 🌍", true},
		{"2d · Shared with Public", true},
		// Not a header: the icon alone, or after a story's words.
		{"🌍", false},
		{"Climate · 🌍", false},
		{"The admin said the group was public · 🌍", false},
		{"Admin staff at the council will return to the office on Monday.", false},
		{"2h", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := postHead(tt.line); got != tt.want {
				t.Errorf("postHead(%q) = %v; want %v", tt.line, got, tt.want)
			}
		})
	}
}

// TestPostPageName checks the page's name a scrape of a page's post
// prints twice over the post's header, and keeps the story under it.
func TestPostPageName(t *testing.T) {
	runChromeCases(t, []chromeCase{
		{
			name: "page name twice",
			body: "Riverside Community Noticeboard\nRiverside Community Noticeboard\nAdmin · 🌍\n\n" + plainStory,
			gone: []string{"Riverside Community Noticeboard", "Admin · 🌍"},
			kept: []string{"The council voted on Tuesday"},
		},
		{
			name: "french role",
			body: "Les Amis du Quartier\nModérateur · 👥\n\n" + plainStory,
			gone: []string{"Les Amis du Quartier", "Modérateur · 👥"},
			kept: []string{"The council voted on Tuesday"},
		},
	})
}

// TestViaTails checks what an aggregator's page sets under its link out
// to the source (its lists, footer row, blurb and copyright notice), in
// several languages of the link, and keeps a digest's later excerpt and
// a story that goes on under the credit.
func TestViaTails(t *testing.T) {
	runChromeCases(t, []chromeCase{
		{
			name: "lists and footer",
			body: plainStory + "Read the full story at Valley Times\n\nMore near you\nBridge reopens after repairs\nSchool wins county trophy\n\n" +
				"Feedly News shows excerpts under licence from their publishers.\nAbout  Terms  Privacy\n© Feedly News Ltd\n",
			gone: []string{"More near you", "Bridge reopens after repairs", "About  Terms  Privacy", "© Feedly News Ltd",
				"Feedly News shows excerpts under licence from their publishers."},
			kept: []string{"The council voted on Tuesday", "Read the full story at Valley Times"},
		},
		{
			name: "isiZulu link",
			body: plainStory + "Funda udaba oluphelele ku-Isolezwe\n\nOkunye okufundwayo\nIzindaba zakamuva ezweni\n",
			gone: []string{"Okunye okufundwayo", "Izindaba zakamuva ezweni"},
			kept: []string{"The council voted on Tuesday"},
		},
		{
			name: "digest keeps later excerpt",
			body: plainStory + "Read the full story at Valley Times\n\nSchool wins county trophy\n\n" +
				"Pupils from Hill Street school won the county trophy on Saturday after beating six other schools in the final.\n\n" +
				"Read the full story at Hill Gazette\n",
			kept: []string{"School wins county trophy", "Pupils from Hill Street school won"},
		},
		{
			name: "long paragraph after the credit stays",
			body: plainStory + "Read more at Valley Times\n\n" +
				"The library will close its doors for the last time in March, and the council said the staff would be offered jobs at the school library, where the books will also go, and at the town hall.\n",
			kept: []string{"The library will close its doors for the last time in March"},
		},
	})
}
