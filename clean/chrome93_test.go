package clean

import (
	"strings"
	"testing"
)

// koStory is two paragraphs of an invented Korean story for the Korean
// chrome cases.
const koStory = "가람시는 오는 9월부터 시내버스 노선 12개를 새로 개편한다고 3일 밝혔다. 출퇴근 시간대 배차 간격은 평균 15분에서 9분으로 줄어든다.\n\n" +
	"시 관계자는 \"시민 설문조사에서 가장 많이 나온 요청이 배차 간격 단축이었다\"며 \"개편 이후에도 이용 현황을 계속 살피겠다\"고 말했다.\n\n"

// TestKoreanBlogChrome: a Korean blog platform's buttons round a post
// (its menu, the category switch, the post's tools, the links to all
// posts, to the top and to the desktop view), its boxes of the blog's
// other posts with their titles, and a company newsroom's list of its
// other releases under the one shown go; the story, its credit line
// "출처: 연합뉴스" and a sentence that speaks of a blog's neighbours or
// of reporting stay.
func TestKoreanBlogChrome(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "blog",
		body: "블로그 메뉴\n프롤로그\n블로그\n카테고리 이동\n검색 MY메뉴 열기\n동네 이야기\n가람댁\n이웃추가\n본문 기타 기능\nURL 복사\n신고하기\n\n" + koStory +
			"출처: 연합뉴스\n\n공감 7\n댓글 2\n공유하기\n이웃추가\n이 블로그 인기글\n이 블로그의 다른 글\n가람 호수공원 벚꽃 다녀왔어요\n시장 앞 새로 생긴 빵집 후기\n아이랑 주말 나들이 코스\n전체글 보기\n맨 위로\nPC버전으로 보기\n",
		gone: []string{"블로그 메뉴", "카테고리 이동", "검색 MY메뉴 열기", "본문 기타 기능", "신고하기", "이웃추가", "공감 7", "댓글 2",
			"이 블로그 인기글", "이 블로그의 다른 글", "시장 앞 새로 생긴 빵집 후기", "전체글 보기", "맨 위로", "PC버전으로 보기"},
		kept: []string{"가람시는 오는 9월부터", "시 관계자는", "출처: 연합뉴스"},
	}, {
		name: "newsroom",
		body: koStory + "문의: 홍보팀 이하늘 대리 (02-1234-5678)\n\n목록\n\n보도자료 목록\n\n가람전자, 2분기 영업이익 312억 원…전년 대비 8% 증가 2025.07.24\n\n가람전자, 베트남 생산법인 준공 2025.06.11\n\n가람전자, 2024 지속가능경영보고서 발간 2025.05.02\n",
		gone: []string{"보도자료 목록", "가람전자, 베트남 생산법인 준공 2025.06.11", "가람전자, 2024 지속가능경영보고서 발간 2025.05.02"},
		kept: []string{"가람시는 오는 9월부터", "문의: 홍보팀"},
	}, {
		name: "prose",
		body: koStory + "그는 블로그에 이웃추가를 해 준 주민들에게 감사하다며 신고하기 기능을 악용하는 사례는 없었다고 전했다.\n\n" +
			"시는 보도자료 목록을 누리집에 공개하고 공감 수가 많은 제안부터 검토하겠다고 밝혔다.\n\n" + koStory,
		kept: []string{"그는 블로그에 이웃추가를", "시는 보도자료 목록을"},
	}})
}

// TestKoreanBlogLines: a blog platform's count under a post and its
// page's title with the platform's name go; a sentence with a count or
// naming the platform stays.
func TestKoreanBlogLines(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"공감 18", true},
		{"댓글 6", true},
		{"공감 수가 18개를 넘었다.", false},
		{"댓글 6개", false},
		{"공감", false},
	} {
		if got := koCountLine(tt.line); got != tt.want {
			t.Errorf("koCountLine(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"가람댁의 소소한 하루 : 네이버 블로그", true},
		{"버스 노선 개편 후기 | 티스토리", true},
		{"그는 네이버 블로그에 글을 올렸다.", false},
		{"네이버 블로그", false},
		{"출처 : 네이버 블로그 가람댁", false},
	} {
		if got := koBlogTitle(tt.line, 8); got != tt.want {
			t.Errorf("koBlogTitle(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "title",
		body: "가람댁의 소소한 하루 : 네이버 블로그\n블로그 메뉴\n\n" + koStory + "공감 7\n",
		gone: []string{"가람댁의 소소한 하루 : 네이버 블로그", "공감 7"},
		kept: []string{"가람시는 오는 9월부터", "시 관계자는"},
	}})
}

// TestAppCall: a page's call to get its own app goes; a story's
// sentence that tells readers to download an app and what it does, and
// a quotation, stay.
func TestAppCall(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"📲 Download the Valley Now app", true},
		{"Download the Valley Now app for the latest news", false},
		{"Download the Valley Now app", true},
		{"Pobierz aplikację NewsKrąg – tysiące źródeł, jedna aplikacja.", true},
		{"Pobierz aplikację Wiadomości24", true},
		{"Download the NHS app to book appointments and order repeat prescriptions.", false},
		{"Download the app and check it before leaving home.", false},
		{"Pobierz aplikację mObywatel, aby zamówić nowy dowód osobisty przez internet.", false},
		{"„Pobierz aplikację i sprawdź” – radzą eksperci.", false},
	} {
		if got := appCall(tt.line); got != tt.want {
			t.Errorf("appCall(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestAggregatorTail: an aggregator's tail under a story, its
// "Polecane" box with other stories' headlines, a sponsored slot's
// label and title under it, and its call to get its app, go; the story
// and its link to the source stay, and a sponsored label over a
// story's headline with its story under it stays with the headline.
func TestAggregatorTail(t *testing.T) {
	const plStory = "Radni miasta zdecydowali we wtorek o zamknięciu biblioteki przy ulicy Lipowej, mimo petycji podpisanej przez ponad cztery tysiące mieszkańców.\n\n" +
		"Urzędnicy tłumaczą, że budynek wymaga remontu, na który miasta nie stać, a księgozbiór trafi do pobliskiej szkoły podstawowej.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "tail",
		body: plStory + "Czytaj więcej na Gazeta Lipowa\n\nPolecane\nRadni debatują o budżecie na przyszły rok\nCeny mieszkań w regionie znów rosną\nJak przygotować ogród do zimy? Poradnik\n\n" +
			"Materiał sponsorowany\nTen kredyt zaskoczył wszystkich. Sprawdź, ile możesz zyskać\n\nPobierz aplikację Wiadomości24 – wszystkie źródła w jednym miejscu.\n",
		gone: []string{"Polecane", "Ceny mieszkań w regionie znów rosną", "Materiał sponsorowany",
			"Ten kredyt zaskoczył wszystkich. Sprawdź, ile możesz zyskać", "Pobierz aplikację Wiadomości24 – wszystkie źródła w jednym miejscu."},
		kept: []string{"Radni miasta zdecydowali", "Urzędnicy tłumaczą"},
	}, {
		name: "headline",
		body: "Strona główna\n\nMateriał sponsorowany\n\nNowa linia autobusowa połączy osiedla z dworcem\n\n" + plStory + plStory,
		kept: []string{"Nowa linia autobusowa połączy osiedla z dworcem", "Radni miasta zdecydowali"},
	}})
}

// TestNewsroomFollow: a newsroom platform's call to follow a company's
// releases goes; a sentence that reports subscribing stays.
func TestNewsroomFollow(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Prenumerera på nyheter från Mellanbygd Mejeri", true},
		{"Subscribe to news from Harbour Lines AB", true},
		{"Prenumerera på nyheter från kommunen, uppmanade hon.", false},
		{"Prenumerera på nyheter från oss", false},
		{"Många väljer att prenumerera på nyheter från Mellanbygd Mejeri.", false},
	} {
		if got := newsroomFollow(tt.line, []byte(strings.ToLower(tt.line))); got != tt.want {
			t.Errorf("newsroomFollow(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestMeterLine: a metered paywall's count of the reader's free
// stories goes; a story's sentence about a paper's meter stays.
func TestMeterLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"You've read 4 of 5 free articles this month.", true},
		{"You’ve read 2 of 10 free articles", true},
		{"You have 3 free articles left this month", true},
		{"3 of 10 free stories remaining", true},
		{"Readers can read 5 free articles a month before the paywall.", false},
		{"\"You've read 4 of 5 free articles,\" the banner told him.", false},
	} {
		if got := meterLine([]byte(strings.ToLower(tt.line))); got != tt.want {
			t.Errorf("meterLine(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestTipOrReaction: a Dutch broadcaster's tip box that takes
// reactions too goes with its blurb; a quotation asking for tips, with
// no newsroom's address under it, stays.
func TestTipOrReaction(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "box",
		body: plainStory + "Heb je een tip of een reactie?\n\nMail naar nieuws@omroepvallei.example of app de redactie via 06 12 34 56 78.\n",
		gone: []string{"Heb je een tip of een reactie?", "Mail naar nieuws@omroepvallei.example of app de redactie via 06 12 34 56 78."},
		kept: []string{"The council voted"},
	}, {
		name: "quote",
		body: plainStory + "\"Heb je een tip of een reactie?\" vroeg de wethouder aan de zaal, waarna drie bewoners opstonden om hun zorgen te delen.\n\n" + plainStory,
		kept: []string{"vroeg de wethouder aan de zaal"},
	}})
}
