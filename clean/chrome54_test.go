package clean

import "testing"

// TestContinueMarker: an advert slot's marker alone between a story's
// paragraphs ("Story continues", "Article continues below
// advertisement", "Weiterlesen nach der Anzeige") goes; a story's
// sentence saying that a story continues stays.
func TestContinueMarker(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English markers",
		body: plainStory + "Story continues\n\n" + plainStory + "Article continues below advertisement\n\n" + plainStory,
		gone: []string{"Story continues", "Article continues below advertisement"},
		kept: []string{"Officials said the building"},
	}, {
		name: "German marker",
		body: plainStory + "Weiterlesen nach der Anzeige\n\n" + plainStory,
		gone: []string{"Weiterlesen nach der Anzeige"},
	}, {
		name: "a story's sentence",
		body: plainStory + "The story continues below the fold, the editor said, because the front page ran out of room.\n\n" + plainStory,
		kept: []string{"The story continues below the fold"},
	}})
}

// TestPreferredSource: Google's preferred-source button, an order naming
// a preferred source and then Google, goes between paragraphs; a
// story's sentence about the feature stays.
func TestPreferredSource(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "portal's button",
		body: plainStory + "Add Harbour Radio as a preferred source to see more of our stories on Google.\n\n" + plainStory,
		gone: []string{"Add Harbour Radio as a preferred source to see more of our stories on Google."},
	}, {
		name: "short button and German",
		body: plainStory + "Make us a preferred source on Google\n\n" + plainStory +
			"Den Kurier als bevorzugte Quelle bei Google hinzufügen\n\n" + plainStory,
		gone: []string{"Make us a preferred source on Google", "Den Kurier als bevorzugte Quelle bei Google hinzufügen"},
	}, {
		name: "a story about the feature",
		body: plainStory + "Readers can now add outlets as a preferred source on Google, the company said.\n\n" + plainStory,
		kept: []string{"Readers can now add outlets as a preferred source on Google"},
	}})
}

// TestPostAudienceLanguages: a post's header with its audience in
// Facebook's other interfaces ("3 h · Partilhado com Grupo público",
// "2 j · Partagé avec Public") goes; a story's line sharing with the
// public stays.
func TestPostAudienceLanguages(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Portuguese group post",
		body: "Ana Mabote\n5 h · Partilhado com Grupo público\n\n" + plainStory,
		gone: []string{"5 h · Partilhado com Grupo público"},
	}, {
		name: "French and Spanish",
		body: "2 j · Partagé avec Public\n\n" + plainStory + "1 d · Compartido con Amigos\n\n" + plainStory,
		gone: []string{"2 j · Partagé avec Public", "1 d · Compartido con Amigos"},
	}, {
		name: "a story's line",
		body: plainStory + "The report was shared with the public on Monday · officials said more would follow.\n\n" + plainStory,
		kept: []string{"The report was shared with the public on Monday"},
	}})
}

// TestPromoPair: a newsletter box kept as its heading over its blurb,
// its form dropped, between a story's paragraphs goes; a subhead with a
// promotion's word over the story's prose stays.
func TestPromoPair(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "alerts box",
		body: plainStory + "Sign up for our Breaking News alerts\n\n" +
			"Get the biggest Wexcombe stories sent to your inbox as they happen.\n\n" + plainStory,
		gone: []string{"Sign up for our Breaking News alerts",
			"Get the biggest Wexcombe stories sent to your inbox as they happen."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "subhead over prose",
		body: plainStory + "Sign up for our Breaking News alerts\n\n" +
			"More than two thousand residents asked the council to keep the library open until the school's new wing is finished next spring, the clerk said.\n\n" + plainStory,
		kept: []string{"More than two thousand residents asked the council"},
	}})
}

// telegramPreview is a capture of a Telegram channel's web preview: its
// header, one post forwarded from another channel with its sign-off and
// footer, and the start of the channel's next post.
const telegramPreview = "Harbour Town Updates 📣\n12.6K subscribers\nPreview channel\n" +
	"If you have Telegram, you can view and join Harbour Town Updates 📣 right away.\nDownload Telegram\nVIEW IN TELEGRAM\n\n" +
	"Harbour Town Updates 📣\nForwarded from Coastline Alerts\n🚨 FERRY SERVICE SUSPENDED AFTER PIER DAMAGE 🚨\n\n" +
	"The harbour authority suspended all ferry crossings on Wednesday after a storm surge tore a section of decking from the north pier, leaving about 400 commuters to find other routes.\n" +
	"Engineers will inspect the pier's piles on Thursday, and the authority said crossings could resume by the weekend if the structure is sound.\n" +
	"\"We will not reopen the pier until we are certain it is safe,\" the harbour master, Elaine Fortescue, said.\n\n" +
	"📢 Join our channel for the latest news: https://t.me/harbourtown_example\n📲 Share with your family & friends!\n" +
	"👍 230  😮 41  🙏 12\n6.1K views  edited  09:42\nComments 14\nLeave a comment\n\n" +
	"Harbour Town Updates 📣\n🌧 Yellow rain warning for the coast tonight. Drive carefully!\n3.4K views\n"

// TestTelegramPages: a Telegram capture loses its header, the forward's
// line, the channel's sign-off with its join link, the footer and the
// channel's next post; the post, its headline and a story that names
// Telegram stay.
func TestTelegramPages(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "web preview",
		body: telegramPreview,
		gone: []string{"12.6K subscribers", "Download Telegram", "Forwarded from Coastline Alerts",
			"📢 Join our channel for the latest news: https://t.me/harbourtown_example",
			"📲 Share with your family & friends!", "👍 230  😮 41  🙏 12", "6.1K views  edited  09:42",
			"Comments 14", "🌧 Yellow rain warning for the coast tonight. Drive carefully!"},
		kept: []string{"🚨 FERRY SERVICE SUSPENDED AFTER PIER DAMAGE 🚨", "The harbour authority suspended",
			"Engineers will inspect", "We will not reopen the pier"},
	}, {
		name: "desktop copy in Russian",
		body: "Переслано от Городские новости\n\n" +
			"Мэрия объявила, что ремонт моста на улице Ленина начнётся в понедельник и продлится до конца августа, движение транспорта будет перекрыто.\n\n" +
			"Объезд организуют по соседним улицам, сообщили в пресс-службе мэрии.\n" +
			"👁 8,2K 14:05\n",
		gone: []string{"Переслано от Городские новости", "👁 8,2K 14:05"},
		kept: []string{"Мэрия объявила", "Объезд организуют"},
	}, {
		name: "a story about Telegram",
		body: "Forwarded from abroad, the messages reached the council in March.\n\n" +
			"Download Telegram, the app's own page urges visitors, and thousands in the town did so last year, the survey found.\n\n" +
			"Join channel\n\n" + plainStory + "The mayor's channel has 12.6K subscribers, an aide said.\n",
		kept: []string{"Forwarded from abroad", "Download Telegram, the app's own page urges visitors", "Officials said the building",
			"The mayor's channel has 12.6K subscribers"},
	}, {
		name: "a feed of equal posts keeps them",
		body: "Harbour Town Updates\n3,100 subscribers\nDownload Telegram\n\n" +
			"The library will close early on Friday for a staff training day, and the mobile library will visit the square instead.\n2.1K views\n\n" +
			"The summer market returns to the quay on Saturday, with forty stalls and music from the town band until late evening.\n1.9K views\n",
		gone: []string{"3,100 subscribers", "2.1K views", "1.9K views"},
		kept: []string{"The library will close early", "The summer market returns"},
	}})
}
