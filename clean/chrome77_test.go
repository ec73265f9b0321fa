package clean

import "testing"

// hatenaTitle and hatenaPost are an invented Hatena Blog post as a
// scraper's plain-text copy keeps it: the page's title, the blog's name
// and description, the subscribe button and the menu, the post, then
// the platform's furniture under it.
const hatenaTitle = "商店街の夏祭りが今年も開かれます - さくら台ごはん日記"

const hatenaPost = hatenaTitle + "\n\n" +
	"さくら台ごはん日記\n" +
	"さくら台在住、食べることが大好きな会社員の記録。週末のランチとお出かけのこと。\n" +
	"読者になる\nホーム\nランチ\nお出かけ\nお問い合わせ\n\n" +
	"2025-07-02\n商店街の夏祭りが今年も開かれます\n\n" +
	"さくら台商店街の夏祭りが、今月19日と20日に開かれることが決まりました。市の広報によると、今年は屋台が40店に増えるそうです。\n\n" +
	"実行委員長の森田さんは「暑さ対策にテントを増やします」と話していたとのこと。新聞の読者になる人が減るなか、地元の話題を書き残していきます。\n\n" +
	"（参考：さくら台タイムズ「商店街の夏祭り、屋台40店に」）\n\n" +
	"たかこ 3時間前\nシェアする\nはてなブックマーク\nコメントを書く\n" +
	"« 駅前の新しいパン屋さんに行きました 梅雨の晴れ間の公園さんぽ »\n\n" +
	"プロフィール\nたかこ\nid:takako_lunch\n" +
	"読者です 読者をやめる 読者になる\nこのブログについて\n\n" +
	"最新記事\n商店街の夏祭りが今年も開かれます\n駅前の新しいパン屋さんに行きました\n梅雨の晴れ間の公園さんぽ\n\n" +
	"月別アーカイブ\n2025 / 7 (1)\n2025 / 6 (4)\n\n" +
	"さくら台ごはん日記\nPowered by Hatena Blog | ブログを報告する\n"

// TestHatenaBlog: a copy of a Hatena Blog post loses the platform's
// buttons and labels (words.go), the blog's description under its name
// with the header (kutenParts), the post's footer line and the ID line
// (isPostMeta), the pager (jaPager) and the sidebar's lists; the post,
// its headline and its credit line stay, and so does a sentence that
// holds a button's words inside it. A French quotation between
// guillemets and a story's "ID:" stay.
func TestHatenaBlog(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name:  "post",
		body:  hatenaPost,
		title: hatenaTitle,
		gone: []string{"さくら台在住、食べることが大好きな会社員の記録。週末のランチとお出かけのこと。", "読者になる", "ホーム",
			"たかこ 3時間前", "シェアする", "コメントを書く", "« 駅前の新しいパン屋さんに行きました 梅雨の晴れ間の公園さんぽ »",
			"id:takako_lunch", "読者です 読者をやめる 読者になる", "このブログについて", "最新記事", "駅前の新しいパン屋さんに行きました",
			"月別アーカイブ", "Powered by Hatena Blog | ブログを報告する"},
		kept: []string{"2025-07-02\n商店街の夏祭りが今年も開かれます", "さくら台商店街の夏祭りが、今月19日と20日に開かれる",
			"新聞の読者になる人が減るなか", "（参考：さくら台タイムズ「商店街の夏祭り、屋台40店に」）"},
	}, {
		name: "a story with the words",
		body: plainStory +
			"« Nous ne fermerons pas la bibliothèque sans consulter les habitants »\n\n" +
			"ID: 4471\n\n" +
			"事故は6時間前に発生したとみられ、警察が原因を調べている。\n\n" + plainStory,
		kept: []string{"« Nous ne fermerons pas la bibliothèque sans consulter les habitants »", "ID: 4471",
			"事故は6時間前に発生したとみられ"},
	}})
	for _, tt := range []struct {
		f    func(string) bool
		name string
		line string
		want bool
	}{
		{jaAgo, "jaAgo", "6時間前", true},
		{jaAgo, "jaAgo", "３日前", true},
		{jaAgo, "jaAgo", "2ヶ月前", true},
		{jaAgo, "jaAgo", "時間前", false},
		{jaAgo, "jaAgo", "6時間前に", false},
		{jaAgo, "jaAgo", "駅前", false},
		{hatenaIDLine, "hatenaIDLine", "id:takako_lunch", true},
		{hatenaIDLine, "hatenaIDLine", "id:a-b", true},
		{hatenaIDLine, "hatenaIDLine", "id:12345", false},
		{hatenaIDLine, "hatenaIDLine", "id:ab", false},
		{hatenaIDLine, "hatenaIDLine", "ID: takako", false},
		{hatenaIDLine, "hatenaIDLine", "id:takako lunch", false},
		{jaPager, "jaPager", "« 駅前の新しいパン屋さんに行きました 梅雨の晴れ間の公園さんぽ »", true},
		{jaPager, "jaPager", "« Nous ne fermerons pas la bibliothèque »", false},
		{jaPager, "jaPager", "« 「東京」と言った »", false},
		{jaPager, "jaPager", "« Tokyo 東京 and Osaka", false},
		{func(s string) bool { return kutenParts(s, taglineMaxWords) }, "kutenParts",
			"さくら台在住、食べることが大好きな会社員の記録。週末のランチとお出かけのこと。", true},
		{func(s string) bool { return kutenParts(s, taglineMaxWords) }, "kutenParts",
			"さくら台在住の会社員の記録。", false},
		{func(s string) bool { return kutenParts(s, taglineMaxWords) }, "kutenParts",
			"実行委員長の森田さんは、暑さ対策のために会場のテントを昨年の倍に増やすと話していたとのことです。新聞の読者になる人が減るなか、地元の話題を書き残していきます。", false},
	} {
		if got := tt.f(tt.line); got != tt.want {
			t.Errorf("%s(%q) = %v; want %v", tt.name, tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		f    []string
		want bool
	}{
		{[]string{"たかこ", "3時間前"}, true},
		{[]string{"たかこ", "3時間"}, false},
		{[]string{"第3部", "3時間前"}, false},
		{[]string{"Takako", "3時間前"}, false},
	} {
		if got := jaAgeLine(tt.f); got != tt.want {
			t.Errorf("jaAgeLine(%q) = %v; want %v", tt.f, got, tt.want)
		}
	}
}

// TestMastheadNameUnspaced: the part of a plain text's first line
// before its dash is a site's name only at a name's length as the line
// is measured; a Japanese headline, one run without spaces, is not one.
func TestMastheadNameUnspaced(t *testing.T) {
	for _, tt := range []struct {
		line string
		want string
		ok   bool
	}{
		{hatenaTitle, "", false},
		{"さくら台 - 地域のニュース", "さくら台 - 地域のニュース", true},
		{"InfoRégions.ca — L'actualité de toutes les régions du Québec", "InfoRégions.ca", true},
		{"さくら台タイムズ — 地域のニュースを毎日お届けする、市民のための新聞サイトです", "さくら台タイムズ", true},
	} {
		name, ok := mastheadName(tt.line, unspacedWords(tt.line))
		if name != tt.want || ok != tt.ok {
			t.Errorf("mastheadName(%q) = %q, %v; want %q, %v", tt.line, name, ok, tt.want, tt.ok)
		}
	}
}
