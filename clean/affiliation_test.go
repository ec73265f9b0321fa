package clean

import "testing"

// TestAffiliationDisclaimers: a fan site's or a blog's disclaimer of
// affiliation under its footer's chrome at the text's tail goes, with a
// short exclamation under it that closes the page, in several
// languages; a story's sentence with the same words stays.
func TestAffiliationDisclaimers(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English disclaimer and sign-off",
		body: plainStory + "Share: Facebook X WhatsApp Email\n\nPosted in News | Tagged Council\n12 Comments\nYou must be logged in to post a comment.\nRiverside Roar is an independent fan site and is not affiliated with Riverside Rovers Football Club.\nCome on you Rovers!\n",
		gone: []string{"Riverside Roar is an independent fan site and is not affiliated with Riverside Rovers Football Club.", "Come on you Rovers!"},
	}, {
		name: "French and German disclaimers",
		body: plainStory + "Mentions légales\nCe blog est un site de supporters et n'est pas affilié au club.\n\n" +
			"Impressum\nDieses Fanportal steht in keiner Verbindung zum Verein.\n",
		gone: []string{"Ce blog est un site de supporters et n'est pas affilié au club.", "Dieses Fanportal steht in keiner Verbindung zum Verein."},
	}, {
		name: "a story's sentences with the words",
		body: plainStory + "The group said it is not affiliated with any political party and would field no candidates.\n\n" +
			"Le collectif n'est pas affilié à un syndicat, a précisé sa porte-parole.\n\n" + plainStory,
		kept: []string{"The group said it is not affiliated with any political party", "Le collectif n'est pas affilié à un syndicat"},
	}})
}
