package clean

import "testing"

// TestSoftwareCredits: the footer credit of the site's software
// ("Powered by WordPress | Theme: X by Y") and Disqus's embed line go;
// a story's sentence naming WordPress, Disqus or JavaScript stays.
func TestSoftwareCredits(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "WordPress and theme credit",
		body: plainStory + "© 2025 Radio Exemple. All Rights Reserved.\nPowered by WordPress | Theme: ColorNews by ThemeGrill.\n",
		gone: []string{"Powered by WordPress | Theme: ColorNews by ThemeGrill."},
	}, {
		name: "theme first",
		body: plainStory + "Theme: Newsup by Themeansar. Powered by WordPress.\n",
		gone: []string{"Theme: Newsup by Themeansar. Powered by WordPress."},
	}, {
		name: "Disqus",
		body: plainStory + "Comments\nPlease enable JavaScript to view the comments powered by Disqus.\n\nAbout | Contact | Privacy\n",
		gone: []string{"Please enable JavaScript to view the comments powered by Disqus."},
	}, {
		name: "sentences with the same words",
		body: plainStory + "The council's new website, powered by WordPress and built by a firm in Leeds, cost the town more than £40,000 last year.\n\n" +
			"Residents had to enable JavaScript in their browsers to vote online, which shut out older phones, the auditor found.\n\n" +
			"The paper closed its comments, powered by Disqus since 2014, after a wave of abuse aimed at its reporters last spring.\n\n" + plainStory,
		kept: []string{"powered by WordPress and built", "enable JavaScript in their browsers", "powered by Disqus since 2014"},
	}})
}
