package clean

import (
	"strings"
	"testing"

	"github.com/reprint/reprint"
)

// TestForumMark: a board's own lines, each of one kind (a post's
// header, the thread's count, the users online, the software's credit,
// a profile field); a story's lines with the same words are none.
func TestForumMark(t *testing.T) {
	for _, tt := range []struct {
		line string
		want int
	}{
		{"Post by MarshLaneMick » Sat Nov 01, 2025 9:47 pm", 1},
		{"by rovers_til_i_die » Sat Nov 01, 2025 10:11 pm", 1},
		{"9 posts • Page 1 of 1", 2},
		{"Users browsing this forum: No registered users and 14 guests", 3},
		{"Powered by phpBB® Forum Software © phpBB Limited", 4},
		{"Joined: Mon Aug 14, 2006 7:12 pm", 5},
		{"By Dan Whitworth, Rovers reporter", 0},
		{"Powered by WordPress", 0},
		{"The club has 9 posts to fill by the end of the season.", 0},
	} {
		if got := forumMark(lowerTrim(tt.line)); got != tt.want {
			t.Errorf("forumMark(%q) = %d; want %d", tt.line, got, tt.want)
		}
	}
}

// TestRatingLine: a star-rating widget's line has the stars and the
// prompt to rate or the readers' count; a review's stars alone, or a
// sentence, are no widget.
func TestRatingLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Oceń artykuł: ★★★★★ (4,6/5, 27 głosów)", true},
		{"Rate this article: ★★★★☆", true},
		{"★★★★☆ 4.2/5 (118 votes)", true},
		{"★★★★☆", false},
		{"Verdict: ★★★★☆ – a warm, funny film that earns its tears", false},
		{"Readers gave the council 27 votes of confidence.", false},
	} {
		if got := ratingLine(tt.line, len(fields(tt.line))); got != tt.want {
			t.Errorf("ratingLine(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestPageURL: a credit's label followed by a page's address names the
// page; a word, a phrase or a bare domain without its scheme or www is
// no address read here (hostName reads a bare host on its own).
func TestPageURL(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"https://infopolskateraz.example/zdrowie/porodowka/", true},
		{"http://example.com", true},
		{"www.example.co.uk/news/story-1", true},
		{"https://localhost/story", false},
		{"https://example.com/a story", false},
		{"the council's website", false},
	} {
		if got := pageURL(tt.name); got != tt.want {
			t.Errorf("pageURL(%q) = %v; want %v", tt.name, got, tt.want)
		}
	}
}

// TestSourceURLAttribution: a scraper's source line naming the page by
// its address is a source credit, kept with the name as written.
func TestSourceURLAttribution(t *testing.T) {
	for _, tt := range []struct {
		line, name, form string
		ok               bool
	}{
		{"Źródło: https://infopolskateraz.example/zdrowie/porodowka/", "https://infopolskateraz.example/zdrowie/porodowka/", FormSource, true},
		{"Source: www.valeledger.example/news/library", "www.valeledger.example/news/library", FormSource, true},
		{"https://infopolskateraz.example/zdrowie/porodowka/", "", "", false},
	} {
		at, ok := FindAttribution(tt.line)
		if ok != tt.ok || ok && (at.Name != tt.name || at.Form != tt.form) {
			t.Errorf("FindAttribution(%q) = %q %q %v; want %q %q %v", tt.line, at.Name, at.Form, ok, tt.name, tt.form, tt.ok)
		}
	}
}

// TestConsentExported: the banner's notice and buttons as package
// ingest reads them over a plain text's headline, in Polish too.
func TestConsentExported(t *testing.T) {
	for _, tt := range []struct {
		line            string
		notice, buttons bool
	}{
		{"Używamy plików cookie, aby zapewnić najlepszą jakość korzystania z naszej witryny.", true, false},
		{"We use cookies to improve your experience.", true, false},
		{"Akceptuj wszystkie Odrzuć Zarządzaj opcjami", false, true},
		{"Accept all Manage preferences", false, true},
		{"Got it!", false, true},
		{"Porodówka w Brzostowcu zamknięta od 1 grudnia", false, false},
	} {
		if got := IsConsentNotice(tt.line); got != tt.notice {
			t.Errorf("IsConsentNotice(%q) = %v; want %v", tt.line, got, tt.notice)
		}
		if got := IsConsentButtons(tt.line); got != tt.buttons {
			t.Errorf("IsConsentButtons(%q) = %v; want %v", tt.line, got, tt.buttons)
		}
	}
}

// TestChrome60Lines: a board thread's capture loses its furniture, the
// first post's profile box and every reply, and keeps the first post's
// pasted article and its line naming the paper; an app promo between a
// story's paragraphs goes, a sentence about an app stays; a Polish
// consent banner, rating widget and related list whose titles ask go.
func TestChrome60Lines(t *testing.T) {
	forum := "Library to close - Gazette report - The Town Forum\n" +
		"Post Reply\nSearch this topic…\n9 posts • Page 1 of 1\n\n" +
		"Library to close - Gazette report\nPost by TownMick » Sat Nov 01, 2025 9:47 pm\n" +
		"Gazette report's up. Pasted below.\n\n" + plainStory +
		"TownMick\nPosts: 4318\nJoined: Mon Aug 14, 2006 7:12 pm\nLocation: By the river\nUp the town.\n\nTop\n\n" +
		"Re: Library to close - Gazette report\nPost by Reader2 » Sat Nov 01, 2025 9:58 pm\n" +
		"Shocking decision. My kids did their homework there every night of the week.\n\n" +
		"Reader2\nPosts: 12\nJoined: Sat Jan 09, 2010 3:15 pm\n\nTop\n\n" +
		"Re: Library to close - Gazette report\nPost by Reader3 » Sat Nov 01, 2025 10:04 pm\n" +
		"Source: the council's own minutes, which nobody reads.\n\nTop\n\n" +
		"Display posts from previous: All posts Sort by Post time Ascending\n" +
		"Who is online\nUsers browsing this forum: No registered users and 14 guests\n" +
		"The team • Delete cookies • All times are UTC\nPowered by phpBB® Forum Software © phpBB Limited\n"
	runChromeCases(t, []chromeCase{{
		name: "forum thread",
		body: forum,
		gone: []string{"Search this topic…", "9 posts • Page 1 of 1", "TownMick", "Posts: 4318", "Joined: Mon Aug 14, 2006 7:12 pm",
			"Location: By the river", "Up the town.", "Top",
			"Shocking decision. My kids did their homework there every night of the week.",
			"Source: the council's own minutes, which nobody reads.",
			"Users browsing this forum: No registered users and 14 guests", "The team • Delete cookies • All times are UTC",
			"Powered by phpBB® Forum Software © phpBB Limited"},
		kept: []string{"Gazette report's up. Pasted below.", "The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "one mark is no forum",
		body: plainStory + "Location: Behind the town hall\n\nTop\n",
		kept: []string{"The council voted on Tuesday", "Location: Behind the town hall"},
	}, {
		name: "app promo between paragraphs",
		body: plainStory + "Stay informed: Get 12 News Now breaking news alerts sent straight to your phone. Download our free app.\n\n" +
			"The library's last day will be March 31, the council said in a statement on Wednesday morning.\n\n" +
			"The council launched an app for alerts on bin collections last year. Download figures were low.\n",
		gone: []string{"Stay informed: Get 12 News Now breaking news alerts sent straight to your phone. Download our free app."},
		kept: []string{"The council voted on Tuesday", "The library's last day",
			"The council launched an app for alerts on bin collections last year. Download figures were low."},
	}, {
		name: "polish banner, rating, related list",
		body: "Szanujemy Twoją prywatność\n\n" +
			"Używamy plików cookie, aby zapewnić najlepszą jakość korzystania z naszej witryny. Klikając „Akceptuj wszystkie”, wyrażasz zgodę.\n\n" +
			"Akceptuj wszystkie Odrzuć Zarządzaj opcjami\n\n" + plainStory +
			"Oceń artykuł: ★★★★★ (4,6/5, 27 głosów)\n\nPrzeczytaj także\n\n" +
			"Ile kosztuje poród prywatnie? Sprawdziliśmy ceny\n5 objawów, których nie wolno ignorować w ciąży\n" +
			"Becikowe i inne świadczenia dla rodziców – komu przysługują?\nNajlepsze szpitale położnicze w Polsce. Ranking czytelników\n\n" +
			"Dodaj komentarz\n",
		gone: []string{"Szanujemy Twoją prywatność", "Akceptuj wszystkie Odrzuć Zarządzaj opcjami", "Oceń artykuł: ★★★★★ (4,6/5, 27 głosów)",
			"Przeczytaj także", "Becikowe i inne świadczenia dla rodziców – komu przysługują?",
			"Najlepsze szpitale położnicze w Polsce. Ranking czytelników"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "an FAQ's questions under a label stay",
		body: plainStory + "Najczęściej zadawane pytania\n\nOd kiedy biblioteka nie będzie działać?\n\nOd 1 grudnia, co najmniej do końca maja, jak podała rada miasta w komunikacie.\n\n" +
			"Gdzie można wypożyczać książki?\n\nW szkole podstawowej przy ulicy Młyńskiej, od poniedziałku do piątku.\n",
		kept: []string{"Od kiedy biblioteka nie będzie działać?", "Gdzie można wypożyczać książki?"},
	}})
}

func lowerTrim(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}

// TestOwnerNotices: the owner's copyright notice under a footer's
// status notice goes from Text with the footer and stays an
// Attribution with an empty span, naming the owner; a syndicated
// story's notice right under its last paragraph stays in Text.
func TestOwnerNotices(t *testing.T) {
	c := MustClean(t)
	for _, tt := range []struct {
		name, body, notice, owner string
		inText                    bool
	}{
		{"under the IPSO notice",
			plainStory + "Related stories\nMarket hall to close for eight weeks\nBus route 42 to be axed\n" +
				"The Vale Ledger is a member of the Independent Press Standards Organisation (IPSO) and abides by the Editors' Code of Practice.\n" +
				"© 2025 Vale Ledger Media Ltd. All rights reserved.\n",
			"© 2025 Vale Ledger Media Ltd. All rights reserved.", "Vale Ledger Media Ltd", false},
		{"under the story",
			plainStory + "© 2025 The Associated Press. All rights reserved.\n",
			"© 2025 The Associated Press. All rights reserved.", "The Associated Press", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := &reprint.Article{ID: tt.name, Body: tt.body}
			c.Clean(a)
			checkArticle(t, a)
			if got := strings.Contains(a.Text, tt.notice); got != tt.inText {
				t.Errorf("notice in Text = %v; want %v. Text:\n%s", got, tt.inText, a.Text)
			}
			found := false
			for _, at := range a.Attribution {
				if at.Text == tt.notice && at.Name == tt.owner && at.Form == FormCopyright && at.Span.Empty() == !tt.inText {
					found = true
				}
			}
			if !found {
				t.Errorf("Attribution = %+v; want %q by %q", a.Attribution, tt.notice, tt.owner)
			}
		})
	}
}

// TestInfoLine: a post's "Info: X" names the body its pasted notice came
// from; a menu's "Info" over "Sport" credits nothing.
func TestInfoLine(t *testing.T) {
	if at, ok := FindAttribution("Info: KPP Wierzchosław"); !ok || at.Name != "KPP Wierzchosław" || at.Form != FormSource {
		t.Errorf("FindAttribution(Info: KPP Wierzchosław) = %+v %v; want the source KPP Wierzchosław", at, ok)
	}
	if _, ok := labelAlone("Info"); ok {
		t.Errorf("labelAlone(Info) = true; want a menu's item")
	}
	if _, ok := labelAlone("Quelle"); !ok {
		t.Errorf("labelAlone(Quelle) = false; want the label")
	}
}
