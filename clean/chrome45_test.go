package clean

import (
	"strings"
	"testing"
)

// instagramHead is the header a plain copy of an Instagram post's page
// keeps over the post.
const instagramHead = "Instagram\nLog in\nSign up\nrivermouthband\nVerified\n•\nFollow\nrivermouthband\nVerified\n"

// TestPostComments: under a social post, the comment list's opener with
// its count goes, and so does each comment under it as the platform
// prints it (a handle alone, the comment, "Reply"), in English and
// French; the post's own text, which speaks of comments and replies,
// stays, and so do lines under an opener that are no comment's shape.
func TestPostComments(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Instagram comments under the opener",
		body: instagramHead + "We are putting the van on the road again this spring, twelve towns in twelve nights, and the tickets go on sale at nine on Friday.\n" +
			"March 3, 2025\nView all 1,204 comments\njo.fields_\nsee you in Leeds, we'll be front row as always\nReply\n" +
			"marcus_b.92\nFinally!!!\nThat setlist better have the old songs\nReply\nLiked by jo.fields_ and 9,812 others\nLog in to like or comment.\n",
		gone: []string{"View all 1,204 comments", "jo.fields_", "see you in Leeds, we'll be front row as always", "marcus_b.92", "Finally!!!",
			"That setlist better have the old songs", "Follow"},
		kept: []string{"We are putting the van on the road again this spring"},
	}, {
		name: "French opener and a row of actions",
		body: instagramHead + "La tournée reprend au printemps, douze villes en douze soirs, et la billetterie ouvre vendredi à neuf heures.\n" +
			"Afficher les 38 commentaires\n@camille_r\nOn sera là à Lyon, comme toujours\n2 sem 12 J’aime Répondre\n",
		gone: []string{"Afficher les 38 commentaires", "@camille_r", "On sera là à Lyon, comme toujours"},
		kept: []string{"La tournée reprend au printemps"},
	}, {
		name: "the post speaks of comments and replies",
		body: instagramHead + "Reply to this post with the song you want on the setlist.\nI read every one of the 1,204 comments on the last post.\n" +
			"fans.first\nWe read them all, and we will reply to each one by Sunday.\n\n" + plainStory,
		kept: []string{"Reply to this post with the song you want on the setlist.", "I read every one of the 1,204 comments on the last post.",
			"We read them all, and we will reply to each one by Sunday.", "The council voted on Tuesday"},
	}, {
		name: "lines under an opener that are no comment",
		body: plainStory + "View all 12 comments\nThe mayor said on Wednesday that the library's books would be moved to the school by the end of the month.\nReply\n\n" + plainStory,
		gone: []string{"View all 12 comments"},
		kept: []string{"The mayor said on Wednesday that the library's books would be moved"},
	}})
}

// TestCommentOpener: the opener needs its count and nothing more than
// its words around it.
func TestCommentOpener(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"View all 6,214 comments", true},
		{"View 312 replies", true},
		{"Show 40 replies", true},
		{"Afficher les 38 commentaires", true},
		{"Ver los 1.2K comentarios", true},
		{"Alle 38 Kommentare ansehen", true},
		{"View all comments", false},
		{"Readers can view all 6,214 comments on the post", false},
		{"6,214 comments", false},
	}
	for _, tt := range tests {
		if got := commentOpener(tt.line, len(strings.Fields(tt.line))); got != tt.want {
			t.Errorf("commentOpener(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestPostPageLabels: in a copy of a post's page, known by the
// platform's name alone in its header, the platform's buttons alone on
// their lines go ("Suivre", "Voir la traduction", "Follow", "See
// translation"), with the dot over the follow button; in a story, the
// same words alone on a line, or inside a sentence, stay.
func TestPostPageLabels(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "French Facebook page",
		body: "Radio Ndeke – Page\nFacebook\nAccueil\nPublications\nÀ propos\nRadio Ndeke – Page\n·\nSuivre\n" +
			"Le marché central a rouvert ce lundi après trois semaines de travaux, a annoncé la mairie de Bangui dans un communiqué.\n\n" +
			"Les commerçants disent avoir perdu une grande partie de leurs revenus pendant la fermeture, et demandent une aide.\n" +
			"Voir la traduction\nToutes les réactions :\n214\n",
		gone: []string{"Suivre", "·", "Voir la traduction"},
		kept: []string{"Le marché central a rouvert ce lundi", "Les commerçants disent avoir perdu"},
	}, {
		name: "English Instagram post",
		body: instagramHead + "We are putting the van on the road again this spring, twelve towns in twelve nights.\nSee translation\nEdited\n",
		gone: []string{"Follow", "See translation", "Edited"},
		kept: []string{"We are putting the van on the road again this spring"},
	}, {
		name: "a story with the words",
		body: plainStory + "Follow\n\nThe library's readers were told to follow the council's page for news, and to see the translation of the notice in French.\n\n" +
			"Edited\n\n" + plainStory,
		kept: []string{"Follow\n", "to follow the council's page", "Edited\n"},
	}})
}

// TestPostNavPair: a post's navigation with both its links on one line
// goes, in English and French, the arrows around it or not; a story's
// sentence with "previous" and "next" stays.
func TestPostNavPair(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"← Previous: Water Tank Distribution Schedule for Northern Villages Next: Council Meeting Notice – December →", true},
		{"Previous post: Road works on the causeway Next post: New ferry timetable", true},
		{"Article précédent : Le marché rouvre Article suivant : La saison des pluies", true},
		{"Précédent : Le marché rouvre Suivant : La saison des pluies", true},
		{"Previous reports said the ferry would run next month: the council has not confirmed it", false},
		{"Previous: none", false},
	}
	for _, tt := range tests {
		var s scratch
		if got := s.measure(tt.line, nil).postNav; got != tt.want {
			t.Errorf("postNav(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestCouncilBoxes: a council page's office-hours box whose heading
// names its owner ("Council Office Hours") over its hours in a
// paragraph of their own, and its events list ("Upcoming Events"),
// go between the page's chrome; the same words as a story's subhead in
// sentence case, between the story's paragraphs, stay.
func TestCouncilBoxes(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "office hours and events under the post navigation",
		body: plainStory + "Share: Facebook | WhatsApp | Print\n\n" +
			"← Previous: Road Works on the Causeway Next: New Ferry Timetable →\n\n" +
			"Council Office Hours\n\nMonday to Friday, 8:00 am – 4:15 pm. Closed on public holidays.\n\n" +
			"Emergency Contacts\n\nPolice post: 7502 6100 · Health centre: 7502 6111\n\n" +
			"Upcoming Events\n\nIsland Council Meeting – 4 December\n\nClean-Up Day – all villages\n\n" +
			"Copyright © Springfield Island Council · Powered by WordPress\n",
		gone: []string{"← Previous: Road Works on the Causeway Next: New Ferry Timetable →", "Council Office Hours",
			"Monday to Friday, 8:00 am – 4:15 pm. Closed on public holidays.", "Upcoming Events", "Clean-Up Day – all villages"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "subheads in sentence case inside the story",
		body: plainStory + "Longer office hours\n\nThe council office will open until six on Thursdays from January, the clerk said.\n\nThe clerk added that the Saturday morning counter would stay closed until the new year.\n",
		kept: []string{"Longer office hours", "The council office will open until six"},
	}})
}

// TestServiceHeadingOwner: a service heading may follow up to two
// capitalised words of its owner's name.
func TestServiceHeadingOwner(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Office Hours", true},
		{"Council Office Hours", true},
		{"Town Hall Opening Hours:", true},
		{"Longer office hours", false},
		{"The New Town Hall Opening Hours", false},
	}
	for _, tt := range tests {
		if got := serviceHeading(tt.line, len(strings.Fields(tt.line))); got != tt.want {
			t.Errorf("serviceHeading(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
