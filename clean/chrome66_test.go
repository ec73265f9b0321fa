package clean

import (
	"strings"
	"testing"
)

// TestPositionDisclosure: a financial site's note on what it holds in
// the stocks the text names is a disclosure; a story's sentence on a
// fund's stake, reported through another verb or ending on a name,
// is not.
func TestPositionDisclosure(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"EarningsDesk has no position in any of the stocks mentioned. EarningsDesk has a disclosure policy.", true},
		{"The author has no position in any stocks mentioned.", true},
		{"I have no stock, option or similar derivative position in any of the companies mentioned.", true},
		{"The Motley Fool has positions in and recommends the stocks mentioned.", true},
		{"The fund said it had no position in Acme, the company mentioned in the filing last week by two analysts.", false},
		{"Vanguard has a large position in the chipmaker, which was mentioned by the chief executive.", false},
		{"The company has no position on the merger.", false},
	} {
		if got := positionDisclosure([]byte(strings.ToLower(tt.line))); got != tt.want {
			t.Errorf("positionDisclosure(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestTranscriptNote: a transcript site's long accuracy disclaimer
// ("This article is a transcript … may contain … inaccuracies") goes
// at the page's foot, and so does its position disclosure; the
// transcript's speaker lines and its list of participants stay, and so
// does a story's paragraph that opens on "This article" at length.
func TestTranscriptNote(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "earnings transcript",
		body: "Operator\n\nGood day, and welcome to the fourth-quarter earnings call. All lines have been placed on mute.\n\n" +
			"Dana Whitcomb -- President and Chief Executive Officer\n\n" +
			"Thank you, operator. Revenue for the quarter came in at $402 million, below our outlook, and we take responsibility for that.\n\n" +
			"Call participants:\nDana Whitcomb -- President and Chief Executive Officer\nMarcus Oyelaran -- Chief Financial Officer\n\n" +
			"This article is a transcript of this conference call produced for EarningsDesk. While we strive for accuracy, this transcript may not be 100% accurate and may contain misspellings and other inaccuracies. This transcript is provided “as is” and EarningsDesk does not assume any responsibility for your use of this content. We strongly encourage you to listen to the call yourself and read the company’s SEC filings. Please see our Terms and Conditions for additional details.\n\n" +
			"EarningsDesk has no position in any of the stocks mentioned. EarningsDesk has a disclosure policy.\n",
		gone: []string{"EarningsDesk has no position in any of the stocks mentioned. EarningsDesk has a disclosure policy."},
		kept: []string{"Operator", "Thank you, operator. Revenue for the quarter came in at $402 million", "Call participants:"},
	}})
	var s scratch
	long := "This article is a transcript of this conference call produced for EarningsDesk. While we strive for accuracy, this transcript may not be 100% accurate and may contain misspellings and other inaccuracies. This transcript is provided “as is” and EarningsDesk does not assume any responsibility for your use of this content. We strongly encourage you to listen to the call yourself and read the company’s SEC filings."
	if f := s.measure(long, nil); !f.selfNote {
		t.Errorf("measure(%q).selfNote = false; want true", long)
	}
	// A long paragraph that opens on the article and names information,
	// but no transcript, stays over selfNoteMaxWords.
	prose := "This article is based on information from " + strings.Repeat("council papers, planning documents and interviews with residents, ", 8) + "and was checked by two editors."
	if f := s.measure(prose, nil); f.selfNote {
		t.Errorf("measure(%q).selfNote = true; want false", prose)
	}
}

// TestInboxSignUpPromo: a newsletter promo that names its newsletter by
// its own name, says it comes to the reader's inbox and closes with a
// bare call to sign up goes between a story's paragraphs; a story's
// sentence about an inbox, with no call after it, stays.
func TestInboxSignUpPromo(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "inbox promo",
		body: plainStory + "Tickerline Morning Brief: The market-moving news you need before the opening bell, in your inbox every weekday. Sign up free\n\n" + plainStory +
			"Residents found the notice in their inbox on Monday. Many signed up for the meeting.\n\n" + plainStory,
		gone: []string{"Tickerline Morning Brief: The market-moving news you need before the opening bell, in your inbox every weekday. Sign up free"},
		kept: []string{"Residents found the notice in their inbox on Monday. Many signed up for the meeting."},
	}})
}

// TestKoreanCMSFurniture: the common Korean news CMS's skip links, menu
// toggle, share buttons, font-size buttons, comment box and most-read
// list go; the story's sentences that share or comment stay.
func TestKoreanCMSFurniture(t *testing.T) {
	story := "경기 청림시 동부권에 다음 달부터 밤늦은 시간 부르면 오는 버스가 다닌다.\n\n" +
		"시는 교통 정보 공유 체계를 갖추고 시민들의 댓글과 의견을 모아 노선을 조정하기로 했다고 밝혔다.\n\n" +
		"김도윤 교통정책과장은 \"시범 운행 기간 이용 데이터를 꼼꼼히 분석해 노선과 운행 시간을 조정하겠다\"고 했다.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "ndsoft page",
		body: "본문영역 바로가기\n메뉴영역 바로가기\n\n" +
			"SNS 기사보내기\n페이스북(으)로 기사보내기\n카카오톡(으)로 기사보내기\nURL복사(으)로 기사보내기\n다른 공유 찾기\n본문 글씨 키우기\n본문 글씨 줄이기\n\n" +
			story + "이 기사를 공유합니다\n댓글 0\n로그인하여 댓글을 작성하세요.\n댓글 정렬\nBEST댓글\nBEST 댓글 답글과 추천수를 합산하여 자동으로 노출됩니다.\n" +
			"인기기사\n청림시 내년 예산 1조3200억원…올해보다 4.1% 늘어\n하람동 물류센터 화재 2시간 만에 진화\n",
		gone: []string{"본문영역 바로가기", "SNS 기사보내기", "카카오톡(으)로 기사보내기", "본문 글씨 키우기", "이 기사를 공유합니다",
			"로그인하여 댓글을 작성하세요.", "BEST 댓글 답글과 추천수를 합산하여 자동으로 노출됩니다.", "하람동 물류센터 화재 2시간 만에 진화"},
		kept: []string{"시는 교통 정보 공유 체계를 갖추고 시민들의 댓글과 의견을 모아 노선을 조정하기로 했다고 밝혔다."},
	}})
	if !menuLabels["전체메뉴 버튼"] {
		t.Errorf("menuLabels[%q] = false; want true", "전체메뉴 버튼")
	}
}

// TestSlovenianWordPress: Slovenian WordPress's Like widget, reply form
// and related posts go under a story; a story's sentence with a reply
// and a loading in it stays.
func TestSlovenianWordPress(t *testing.T) {
	story := "Livarna v industrijski coni Loka je začela obratovati leta 1958 in je najstarejši del Kovinarja.\n\n" +
		"Uprava je na vprašanje sindikata dala odgovor, da bo nalaganje tovora v skladišču potekalo naprej.\n\n" +
		"Kovinar je od leta 2019 v večinski lasti avstrijskega investicijskega sklada.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "sl_SI WordPress",
		body: story + "Všečkaj to:\nNalaganje ...\n\nSorodno\nNa avtocesti proti Kopru se je prevrnil tovornjak\nVremenoslovci napovedujejo prvi sneg do nižin\n\n" +
			"Dodaj odgovor Prekliči odgovor\nVaš e-naslov ne bo objavljen. Zahtevana polja so označena z *\nKomentar *\nIme *\n" +
			"Shrani moje ime, e-pošto in spletišče v ta brskalnik za naslednjič, ko bom komentiral.\nObjavi komentar\n",
		gone: []string{"Nalaganje ...", "Na avtocesti proti Kopru se je prevrnil tovornjak", "Dodaj odgovor Prekliči odgovor",
			"Vaš e-naslov ne bo objavljen. Zahtevana polja so označena z *",
			"Shrani moje ime, e-pošto in spletišče v ta brskalnik za naslednjič, ko bom komentiral."},
		kept: []string{"Uprava je na vprašanje sindikata dala odgovor, da bo nalaganje tovora v skladišču potekalo naprej."},
	}})
}
