package clean

import "testing"

// arStory is an invented Arabic news story of two paragraphs, as a
// page's post or a paper's article carries it.
const arStory = "افتتحت محافظة الإسكندرية صباح الاثنين مكتبة عامة جديدة في حي العطارين تضم أكثر من 12 ألف كتاب وقاعة للأطفال، بعد أعمال ترميم استمرت عامين وتكلفت نحو 9 ملايين جنيه.\n\n" +
	"وقال مدير المكتبة في كلمته خلال الافتتاح إن المكتبة ستفتح أبوابها يوميا من التاسعة صباحا حتى التاسعة مساء، وإن الاشتراك فيها مجاني لطلاب المدارس والجامعات في المحافظة.\n\n"

// arPagePost is an invented copy of an Arabic Facebook page's post:
// the browser's title, the page's name and the post's age, the post,
// then Facebook's Arabic furniture under it: the reactions' total, the
// counts, the row of buttons, the comment sorter, two readers'
// comments with their rows of actions, the list's foot and the comment
// box.
const arPagePost = "مكتبات الإسكندرية اليوم | Facebook\n\n" +
	"مكتبات الإسكندرية اليوم\n٣ ي · \n\n" +
	arStory +
	"👍😮 ٨٧٠\n٤٥ تعليقًا  ١٢ مشاركة\n\n" +
	"أعجبني\nتعليق\nمشاركة\n\n" +
	"الأكثر صلة\n\n" +
	"هدى السيد\nخبر جميل جدا، ياريت في كل حي مكتبة زي دي\nأعجبني · رد · ٢ ي\n\n" +
	"كريم منصور\nهل فيها إنترنت مجاني؟\nأعجبني · رد · ١ ي\n\n" +
	"عرض المزيد من التعليقات\n\n" +
	"اكتب تعليقًا...\n"

// TestArabicFacebookPage: a copy of an Arabic Facebook page's post
// (its title closing with "| Facebook": platformTitle) loses the
// post's age in Arabic-Indic figures (postAge), its counts (tally,
// counterWords, countRow, reactionTotal), the buttons and the sorter
// (postLabels), the readers' comments over their rows of actions
// (commentLikes, commentReplies, ageUnits: socialComments), the
// list's foot and the comment box; the post stays. An Arabic story that
// is no copy of a post keeps its lines that say "مشاركة" or "تعليق"
// alone, and its sentences that count comments.
func TestArabicFacebookPage(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "page post",
		body: arPagePost,
		gone: []string{"٣ ي ·", "👍😮 ٨٧٠", "٤٥ تعليقًا  ١٢ مشاركة", "أعجبني", "تعليق", "مشاركة", "الأكثر صلة",
			"خبر جميل جدا، ياريت في كل حي مكتبة زي دي", "هل فيها إنترنت مجاني؟", "أعجبني · رد · ١ ي",
			"عرض المزيد من التعليقات", "اكتب تعليقًا..."},
		kept: []string{"افتتحت محافظة الإسكندرية صباح الاثنين مكتبة عامة جديدة", "وقال مدير المكتبة في كلمته خلال الافتتاح"},
	}, {
		name: "a story with the words",
		body: arStory +
			"مشاركة\n\n" +
			"وتلقت صفحة المحافظة على فيسبوك ٤٥ تعليقًا و١٢ مشاركة خلال ساعة من نشر الخبر، طالب أغلبها بمكتبات مماثلة في الأحياء الأخرى.\n\n" +
			arStory,
		kept: []string{"مشاركة\n\n", "وتلقت صفحة المحافظة على فيسبوك ٤٥ تعليقًا و١٢ مشاركة"},
	}})
	for _, tt := range []struct {
		f    func(string) bool
		name string
		line string
		want bool
	}{
		{tally, "tally", "١٫٤", true},
		{tally, "tally", "۱٬۲۰۴", true},
		{tally, "tally", "1.2K", true},
		{tally, "tally", "١٫٤ألف", false},
		{tally, "tally", "٫", false},
		{postAge, "postAge", "٥ س", true},
		{postAge, "postAge", "١٢ د", true},
		{postAge, "postAge", "٥ ساعات", false},
		{postAge, "postAge", "٥", false},
		{func(l string) bool { return ageOf([]byte(l)) }, "ageOf", "٤ س", true},
		{func(l string) bool { return ageOf([]byte(l)) }, "ageOf", "١٢٣ س", false},
		{commentRow, "commentRow", "أعجبني رد ٤ س", true},
		{commentRow, "commentRow", "أعجبني الخبر", false},
		{countRow, "countRow", "٢١٣ تعليقًا  ٩٦ مشاركة", true},
		{countRow, "countRow", "٢١٣ تعليقًا من القراء", false},
		{reactionTotal, "reactionTotal", "👍❤️ ١٫٤ ألف", true},
		{reactionTotal, "reactionTotal", "١٫٤ ألف", false},
		{reactionTotal, "reactionTotal", "👍 أعجبني", false},
		{platformTitle, "platformTitle", "أخبار المنيا لحظة بلحظة | Facebook", true},
		{platformTitle, "platformTitle", "Meta fined over Facebook data | Business", false},
		{platformTitle, "platformTitle", "| Facebook", false},
		{func(l string) bool { return groupHeader(l, countWords(l)) }, "groupHeader", "مجموعة عامة · ٤٫٢ ألف عضو", true},
		{func(l string) bool { return groupLabel(l) }, "groupLabel", "اكتب تعليقًا عامًا...", true},
	} {
		if got := tt.f(tt.line); got != tt.want {
			t.Errorf("%s(%q) = %v; want %v", tt.name, tt.line, got, tt.want)
		}
	}
}

// kvrqArchive is an invented page of a TV station's script archive as
// a plain copy keeps it: the archive's header and menu, its notice on
// the scripts it posts, the script's record lines, the script, and the
// footer with the FCC's captioning contact and the owner's line.
const kvrqArchive = "WKLM 7 SCRIPT ARCHIVE\n" +
	"Port Adair, Maine | wklm.example/scripts\n\n" +
	"Script index | Search scripts | Today's rundown | Contact the newsroom\n\n" +
	"This transcript is provided for viewers who are deaf or hard of hearing and may not match the broadcast exactly.\n\n" +
	"Show: WKLM 7 News at 11\nAired: Friday, March 6, 2026, 11:00 p.m. EST\n\n" +
	"<< Previous script: 11PM WEATHER   |   Next script: 11PM SPORTS >>\n\n" +
	"SLUG: HARBOR FERRY FARES\n\n" +
	"(ANCHOR/PAT)\n" +
	"The harbor ferry will cost a dollar more starting next month, after the port board approved the first fare increase in six years.\n\n" +
	"(ANCHOR/PAT) VO\n" +
	"Board members said the money will pay for two new engines and longer weekend hours, and that riders with a senior pass will pay the old fare.\n\n" +
	"###\n\n" +
	"<< Previous script   |   Script index   |   Next script >>\n\n" +
	"For closed captioning concerns, contact our captioning coordinator at 555-0142.\n" +
	"WKLM-TV is an Eastbay Broadcasting station.\n" +
	"FCC Public File | EEO Report | Privacy Policy | Terms of Use\n" +
	"© 2026 WKLM-TV. All rights reserved.\n"

// TestScriptArchiveNotices: a station's script archive loses its
// notice on the posted scripts under its menu (scriptNotice) and the
// footer's captioning contact and ownership line (captioningPhrases,
// stationOwner: footerNotices, together as one run); the script and the
// archive's Show and Aired lines stay. A story that says a station
// posts its scripts, or names the group that owns a station, keeps
// those sentences among its paragraphs.
func TestScriptArchiveNotices(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "archive",
		body: kvrqArchive,
		gone: []string{"This transcript is provided for viewers who are deaf or hard of hearing and may not match the broadcast exactly.",
			"For closed captioning concerns, contact our captioning coordinator at 555-0142.",
			"WKLM-TV is an Eastbay Broadcasting station."},
		kept: []string{"Show: WKLM 7 News at 11", "Aired: Friday, March 6, 2026, 11:00 p.m. EST", "SLUG: HARBOR FERRY FARES",
			"(ANCHOR/PAT)\nThe harbor ferry will cost a dollar more", "Board members said the money will pay"},
	}, {
		name: "a story",
		body: plainStory +
			"Scripts are posted online after each newscast, the station's news director said, and the archive has been used by more than a thousand viewers.\n\n" +
			"WKLM-TV is an Eastbay Broadcasting station.\n\n" +
			plainStory,
		kept: []string{"Scripts are posted online after each newscast", "WKLM-TV is an Eastbay Broadcasting station."},
	}})
	for _, tt := range []struct {
		f    func(string) bool
		name string
		line string
		want bool
	}{
		{func(l string) bool { return scriptNotice(l, countWords(l)) }, "scriptNotice",
			"Scripts are posted as they aired for viewers who are deaf or hard of hearing. Video is not included.", true},
		{func(l string) bool { return scriptNotice(l, countWords(l)) }, "scriptNotice",
			"Scripts are due on Friday, the producer said.", false},
		{func(l string) bool { return scriptNotice(l, countWords(l)) }, "scriptNotice",
			"Transcripts of the broadcast were released by the court.", false},
		{stationOwner, "stationOwner", "kvrq-tv is a sawtooth media group station.", true},
		{stationOwner, "stationOwner", "kilnbury is a railway station.", true},
		{stationOwner, "stationOwner", "the train stopped at kilnbury, which is a small station.", false},
		{stationOwner, "stationOwner", "the closure left the town without a fire station.", false},
		{func(l string) bool { return statusNotice(l, countWords(l)) }, "statusNotice",
			"Captioning questions or problems? Contact our closed captioning coordinator at captions@kvrq.example.", true},
	} {
		if got := tt.f(tt.line); got != tt.want {
			t.Errorf("%s(%q) = %v; want %v", tt.name, tt.line, got, tt.want)
		}
	}
}

// TestLeadingFigures: the figures that open a line or its key, ASCII,
// Arabic-Indic and Persian alike, counted the same in a string and in
// bytes.
func TestLeadingFigures(t *testing.T) {
	for _, tt := range []struct {
		in      string
		n, figs int
	}{
		{"213 تعليقًا", 3, 3},
		{"٢١٣ تعليقًا", 6, 3},
		{"۱۲ مشاهدة", 4, 2},
		{"٤ س", 2, 1},
		{"x12", 0, 0},
		{"", 0, 0},
		{"\xd9", 0, 0},
	} {
		n, figs := leadingFigures(tt.in)
		bn, bfigs := leadingFigures([]byte(tt.in))
		if n != tt.n || figs != tt.figs || bn != n || bfigs != figs {
			t.Errorf("leadingFigures(%q) = %d, %d (bytes %d, %d); want %d, %d", tt.in, n, figs, bn, bfigs, tt.n, tt.figs)
		}
	}
}
