package clean

import "testing"

// substackStory is a Substack post's text as a copy of its page keeps
// it: the writer's paragraphs, a credit line under an excerpt and the
// writer's sign-off.
const substackStory = "Good morning, Harbourton. This week I read the Gazette's story on the ferry contract twice.\n\n" +
	"The council awarded the contract without a bid, and nobody on the finance committee asked why until a reporter called.\n\n" +
	"via the Harbour Gazette\n\n"

// substackFooter is the foot of a Substack post's page: the last
// sign-up box and the footer, whose tagline names Substack.
const substackFooter = "Ready for more?\nType your email…\nSubscribe\n\n© 2025 Jo Writer\nPrivacy ∙ Terms ∙ Collection notice\n" +
	"Start writing\nGet the app\nSubstack is the home for great culture\n"

// TestSubstackPage: a copy of a Substack post's page, known by the
// footer's tagline or the subscribe box's consent line naming
// Substack, loses Substack's labels alone on their lines, its widgets'
// sentences ("Thanks for reading X! Subscribe for free to receive new
// posts and support my work."), the publication's box with its
// description, and the readers' comments, "Reply" over "Share" under
// each (socialComments). The writer's paragraphs, the credit line and
// the sign-off stay; so do Substack's labels in a text that names no
// Substack, and a paragraph that quotes a widget's sentence.
func TestSubstackPage(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "widget in the post, box and footer under it",
		body: substackStory + "Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and support my work.\n\n" +
			"Type your email…\n\nSubscribe\n\n" + substackStory + "— Jo\n\nShare\nLeave a comment\n\n" +
			"Discover more from The Harbour Letter\nA weekly letter on how Harbourton is run, and by whom.\nType your email…\nSubscribe\n" +
			"By subscribing, I agree to Substack’s Terms of Use, and acknowledge its Information Collection Notice and Privacy Policy.\n\n" +
			substackFooter,
		gone: []string{"Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and support my work.",
			"Type your email…", "Discover more from The Harbour Letter", "A weekly letter on how Harbourton is run, and by whom.",
			"Ready for more?", "Privacy ∙ Terms ∙ Collection notice", "Start writing", "Get the app",
			"Substack is the home for great culture"},
		kept: []string{"Good morning, Harbourton.", "The council awarded the contract", "via the Harbour Gazette", "— Jo"},
	}, {
		name: "the reader-supported widget and the comments",
		body: substackStory + "The Harbour Letter is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.\n\n" +
			substackStory + "Discussion about this post\nComments\nRestacks\nWrite a comment...\n" +
			"Sam Reader\nMar 12\nMy bill went up by half in January and nobody could say why.\nReply\nShare\n" +
			"A. Neighbour\nMar 13\nGood point about the committee.\nReply\nShare\n3 more comments...\n\n" + substackFooter,
		gone: []string{"The Harbour Letter is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.",
			"Discussion about this post", "Sam Reader", "Mar 12", "My bill went up by half in January and nobody could say why.",
			"A. Neighbour", "Good point about the committee.", "Reply", "Share"},
		kept: []string{"Good morning, Harbourton.", "via the Harbour Gazette"},
	}, {
		name: "a writer's own thanks on a Substack page",
		body: substackStory + "Thanks for reading, and see you at the meeting on Tuesday.\n\n— Jo\n\nShare\nLeave a comment\n\n" + substackFooter,
		gone: []string{"Ready for more?", "Substack is the home for great culture"},
		kept: []string{"Thanks for reading, and see you at the meeting on Tuesday.", "— Jo", "via the Harbour Gazette"},
	}, {
		name: "Substack's labels in a text that names no Substack",
		body: plainStory + "Ready for more?\nThe council will vote again in May, when the repairs have been costed and the school has said how many books it can take.\n\n" +
			"Start writing\nPupils were asked to start writing letters to the council before the vote, the head teacher said.\n",
		kept: []string{"Ready for more?", "Start writing"},
	}})
}

// TestSubstackWidget: substackWidget reads the widgets' default
// sentences whatever the publication's name, and no other thanks.
func TestSubstackWidget(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Thanks for reading The Riverton Rundown! Subscribe for free to receive new posts and support my work.", true},
		{"X is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.", true},
		{"Thanks for reading X! This post is public so feel free to share it.", true},
		{"Thanks for reading, and see you next week.", false},
		{"Subscribe for free", false},
	} {
		if got := substackWidget(tt.line); got != tt.want {
			t.Errorf("substackWidget(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestFacebookCommentCount: the row under a Facebook comment that
// carries the comment's reactions' count where the age stood ("Like ·
// Reply · 41") is the comment's row, and the comment over it goes with
// the reader's name; a sentence with a count after the actions' words
// stays.
func TestFacebookCommentCount(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "comments with their reactions' counts",
		body: plainStory + "Like\nComment\nShare\nMost relevant\n\n" +
			"Jane Doe\nThey should have asked the parents first.\nLike · Reply · 41\n\n" +
			"John Smith\nSad news for the town.\nLike · Reply · 9\n\nView more comments\nWrite a comment…\n",
		gone: []string{"Jane Doe", "They should have asked the parents first.", "Like · Reply · 41",
			"John Smith", "Sad news for the town.", "Like · Reply · 9"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "a sentence with a count after the actions' words",
		body: plainStory + "Like Reply 41, the motion was carried without debate.\n\n" + plainStory,
		kept: []string{"Like Reply 41, the motion was carried without debate."},
	}})
}

// TestBalticArticleTools: a municipal page's article tools, the print
// link and the share button alone on their lines under the story
// ("Drukāt", "Kopīgot" over "« Atpakaļ uz jaunumiem"), go as "Print"
// and "Share" do; a Latvian sentence asking residents to share their
// memories stays.
func TestBalticArticleTools(t *testing.T) {
	const story = "Upe izplūda svētdienas naktī, un zem ūdens palika apmēram 300 metru ceļa pie tilta, sacīja pagasta pārvaldes vadītājs.\n\n" +
		"Ciemā dzīvo 43 cilvēki, un apbraukt plūdus nevar, jo apkārt ir tikai purvs un mežs, piebilda pārvaldē.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "Latvian print and share under the story",
		body: story + "Avots: “Austrumu Vēstis”\n\nDrukāt\nKopīgot\n« Atpakaļ uz jaunumiem\n\nCiti jaunumi\nPavasara talka novadā notiks 26. aprīlī\n",
		gone: []string{"Drukāt", "Kopīgot"},
		kept: []string{"Upe izplūda svētdienas naktī", "Avots: “Austrumu Vēstis”"},
	}, {
		name: "a Latvian sentence that asks to share",
		body: story + "Iedzīvotāji aicināti kopīgot savas atmiņas par 1998. gada plūdiem pašvaldības mājaslapā līdz aprīļa beigām.\n\n" + story,
		kept: []string{"Iedzīvotāji aicināti kopīgot savas atmiņas"},
	}})
}
