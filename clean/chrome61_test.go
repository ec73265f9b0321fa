package clean

import "testing"

// TestTelegramBot: a bot's handle on a short line is a channel's tip
// line; a mention of a person's handle, or a handle inside a long
// sentence, is none.
func TestTelegramBot(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"📩 Ai o știre? Scrie-ne: @BuzauAlertBot", true},
		{"Send us your news: @harbour_tips_bot", true},
		{"Follow the mayor: @MayorOfHarbour", false},
		{"@bot", false}, // shorter than a bot's name may be
		{"The council's account, @CouncilRobot, posted the closure notice at dawn on Tuesday, hours after engineers inspected the pier and found its decking loose.", false},
	} {
		if got := telegramBot(tt.line, len(fields(tt.line))); got != tt.want {
			t.Errorf("telegramBot(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestTelegramLocalized: the header's count and the footer's views in
// Romanian and the other languages added with it; a count of prose is
// none.
func TestTelegramLocalized(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"12,8K abonați", true},
		{"3,4K subskrybentów", true},
		{"1 204 odběratelů", true},
		{"Are 12 abonați", false},
	} {
		if got := telegramSubscribers(tt.line); got != tt.want {
			t.Errorf("telegramSubscribers(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"👁 4,1K vizualizări", true},
		{"2,3K wyświetleń edytowano", true},
		{"vizualizări record pentru clip", false},
	} {
		if got := telegramViews(tt.line); got != tt.want {
			t.Errorf("telegramViews(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestTelegramSubscribeCallTail: the call to follow the channel may say
// why after the channel's name, in a few words; a sentence after it is
// no call.
func TestTelegramSubscribeCallTail(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"🔔 Urmărește Buzău Alert pentru știri în timp real!", true},
		{"👉 Follow Harbour Town Updates for breaking news", true},
		{"Follow Harbour Town Updates, which the council set up last spring to warn residents of closures on the coast road.", false},
		{"🔔 Urmărește Reporter Buzoian pentru știri", false}, // another channel's name
	} {
		if got := telegramSubscribeCall(tt.line, "Buzău Alert 🔴") || telegramSubscribeCall(tt.line, "Harbour Town Updates 📣"); got != tt.want {
			t.Errorf("telegramSubscribeCall(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// telegramAppCopy is a Telegram post copied as text from the app in
// Romanian: the header (name and count only), the post, the channel's
// sign-off with its join link and tip bot, the reactions, the views and
// the buttons.
const telegramAppCopy = "Buzău Alert 🔴\n12,8K abonați\n\n⚠️ ALUNECARE DE TEREN ⚠️\n\n" +
	"🔴 O alunecare de teren puternică a lovit comuna, iar sute de oameni au rămas practic izolați de restul județului.\n\n" +
	"📍 Pompierii au evacuat preventiv două gospodării, însă, din fericire, nu au existat victime în noaptea de marți.\n\n" +
	"🔔 Urmărește Buzău Alert pentru știri în timp real!\n👉 t.me/buzaualert_example\n📩 Ai o știre? Scrie-ne: @BuzauAlertExampleBot\n\n" +
	"👍 52  😢 31\n👁 4,1K vizualizări\n\nDistribuie în Telegram\nAlătură-te canalului\n"

// TestTelegramAppCopy: a capture whose header has no line naming
// Telegram is known by the marks under the post; its sign-off paragraph
// goes whole, and a post's own short paragraph with a link stays when
// it does not close the post.
func TestTelegramAppCopy(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Romanian app copy",
		body: telegramAppCopy,
		gone: []string{"12,8K abonați", "🔔 Urmărește Buzău Alert pentru știri în timp real!", "👉 t.me/buzaualert_example",
			"📩 Ai o știre? Scrie-ne: @BuzauAlertExampleBot", "👁 4,1K vizualizări", "Distribuie în Telegram", "Alătură-te canalului"},
		kept: []string{"ALUNECARE DE TEREN", "O alunecare de teren puternică", "Pompierii au evacuat preventiv"},
	}, {
		name: "a story with a count and no Telegram marks",
		body: "Radio Buzău\n12,8K abonați\n\n" + plainStory,
		kept: []string{"The council voted", "Officials said the building"},
	}})
}

// TestPrintLines: a print page's jump lines, teasers, folio, imprint
// and caption credit; a story's sentences with the same words are
// none.
func TestPrintLines(t *testing.T) {
	for _, tt := range []struct {
		line string
		f    func(string, int) bool
		want bool
	}{
		{"INSIDE: Town hall jobs at risk in £6m savings plan – Page 9 | Derby day delight for Rovers – Back page", printTeaser, true},
		{"COMMENT: Respect the river – Turn to page 12", printTeaser, true},
		{"Budget row deepens, pages 4-5", printTeaser, true},
		{"The story ran on page 9 of the paper.", printTeaser, false},
		{"4 | THE COURIER, TUESDAY, MARCH 3, 2026", printFolio, true},
		{"Wednesday 4 March 2026 | Brackenford Courier | 17", printFolio, true},
		{"Score | 3", printFolio, false},
		{"Printed and published by Wyvern Newspapers Ltd, Courier House, Foundry Street, Brackenford WY1 4QT", printImprint, true},
		{"Printed by hand, the leaflets reached every house in the ward.", printImprint, false},
		{"HEROES: Callum Reeve, left, and Dean Sutcliffe at Mill Meadows yesterday. Picture: MARCUS BELL", printCaption, true},
		{"The mayor at the opening on Friday. Photo: Jane Roe/Wyvern Press", printCaption, true},
		{"He said the exhibition was his best. Picture: a town in mourning, as the critic put it.", printCaption, false},
		{"Hall on Tuesday, January 6: News. Photo: After an impressive lunch on", printCaption, false},
	} {
		if got := tt.f(tt.line, len(fields(tt.line))); got != tt.want {
			t.Errorf("%q = %v; want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Continued on page 4", true}, {"From page 1", true}, {"Turn to page 12", true}, {"cont'd from p2", true},
		{"Continued on Tuesday", false}, {"From page one to the back, the paper changed.", false},
	} {
		if got := printJump.MatchString(lowerTrim(tt.line)); got != tt.want {
			t.Errorf("printJump(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestPrintPages: a capture of an e-edition page loses its furniture,
// the byline box's e-mail and the next story's cut opening; the
// story's paragraphs stay, and a text with no print furniture keeps
// its last line that ends mid-sentence.
func TestPrintPages(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "e-edition page",
		body: "By HANNAH ODUYA\nChief Reporter\nhannah.oduya@courier.example\n\n" + plainStory +
			"Continued on page 4\n\n4 | THE COURIER, TUESDAY, MARCH 3, 2026\nNEWS\nFrom page 1\n" +
			"The library's books will be catalogued over the summer, the librarian said, before the move in September.\n\n" +
			"Plans for 48 flats on old dairy site go\nBACK before planners after a second round of\n" +
			"Reach our newsroom: 01632 960 412 | newsdesk@courier.example\n" +
			"Printed and published by Wyvern Newspapers Ltd, Courier House, Foundry Street\n",
		gone: []string{"hannah.oduya@courier.example", "Continued on page 4", "4 | THE COURIER, TUESDAY, MARCH 3, 2026", "NEWS",
			"From page 1", "Plans for 48 flats on old dairy site go", "BACK before planners after a second round of",
			"Printed and published by Wyvern Newspapers Ltd, Courier House, Foundry Street"},
		kept: []string{"The council voted", "Officials said the building", "The library's books will be catalogued"},
	}, {
		name: "one jump line alone is a reprint's",
		body: "Continued from page 1\n" + plainStory,
		kept: []string{"Continued from page 1", "The council voted"},
	}, {
		name: "no print furniture",
		body: plainStory + "Library hours\nOpen from nine until five on weekdays and until one on\n",
		kept: []string{"Open from nine until five"},
	}})
}

// TestBBSThreads: a board thread's replies under a quoted story go, the
// story and its source line stay; one header alone is no thread.
func TestBBSThreads(t *testing.T) {
	story := "16日未明、岐阜県の県道で土砂崩れが起き、道路が完全にふさがれました。\n\n" +
		"崩れた土砂の量はおよそ3000立方メートルと見られています。\n\n"
	runChromeCases(t, []chromeCase{{
		name: "matome blog",
		body: story + "2: 名無しさん＠おーぷん 25/09/16(火)12:14:22 ID:kT3q\n\n怪我人おらんのは不幸中の幸いやな\n\n" +
			"5 名前：名無しさん 2025/09/16(火) 12:15:40.12 ID:pL0v\n\n>>2\n\n岐阜の山の方\n",
		gone: []string{"2: 名無しさん＠おーぷん 25/09/16(火)12:14:22 ID:kT3q", "怪我人おらんのは不幸中の幸いやな",
			"5 名前：名無しさん 2025/09/16(火) 12:15:40.12 ID:pL0v", ">>2", "岐阜の山の方"},
		kept: []string{"16日未明", "崩れた土砂の量"},
	}, {
		name: "the first post stays",
		body: "1: 名無しさん 25/09/16(火)12:00:01 ID:a1\n\n" + story,
		kept: []string{"16日未明", "崩れた土砂の量"},
	}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"2: 名無しさん＠おーぷん 25/09/16(火)12:14:22 ID:kT3q", true},
		{"33 名前：以下、名無しにかわりましてVIPがお送りします 2025/09/16(火) 12:28:14.55 ID:pL0v", true},
		{"16日（火）12時から会見が開かれた。", false},
		{"2025/09/16 12:14 更新", false},
	} {
		if got := bbsHead.MatchString(tt.line); got != tt.want {
			t.Errorf("bbsHead(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestJaAdNotes: a Japanese advert's label and the stealth-marketing
// notice; a story's lines with the same words are none.
func TestJaAdNotes(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"PR　岐阜の新米、今年も予約受付中", true},
		{"【PR】秋の旅行はこちらから予約", true},
		{"広告：中濃日日ショッピング", true},
		{"PR firms say the campaign worked.", false},
		{"PRの専門家によると、効果は大きい。", false},
	} {
		if got := jaAdLine(tt.line); got != tt.want {
			t.Errorf("jaAdLine(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"※本記事にはプロモーションが含まれています", true},
		{"当サイトはアフィリエイト広告を利用しています", true},
		{"記事内に広告を含みます", true},
		{"市は広報誌に広告を掲載しています。", false},
	} {
		if got := jaPromoNotice(tt.line); got != tt.want {
			t.Errorf("jaPromoNotice(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestDisclosureAndCommentHeading: a bare "Disclosure:" label is the
// site's when the note speaks of its commission; a writer's disclosure
// of an interest stays; a comment section's heading goes.
func TestDisclosureAndCommentHeading(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "affiliate disclosure",
		body: "Disclosure: Some links on this page are affiliate links. If you buy through them we may earn a small commission at no extra cost to you.\n\n" +
			plainStory + "Disclosure: the author owns shares in the company that will build the school's new wing.\n\nJoin the conversation\n",
		gone: []string{"Disclosure: Some links on this page are affiliate links. If you buy through them we may earn a small commission at no extra cost to you.",
			"Join the conversation"},
		kept: []string{"The council voted", "Disclosure: the author owns shares"},
	}})
}
