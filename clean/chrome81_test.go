package clean

import "testing"

// zhStory is two paragraphs of an invented Chinese story, for the cases
// of a WeChat account's page and a self-media platform's post.
const zhStory = "记者从区水利局获悉，溆水澜西段堤防提标加固工程将于4月8日全面开工，西堤路澜桥至白沙闸段实行全封闭施工，预计6月10日恢复通行。\n\n" +
	"“这次加固就是要赶在主汛期到来之前，把堤防的短板补上。”区水利局局长郑国梁说。工程总投资约4600万元，完工后防洪标准将提高到50年一遇。\n\n"

// TestWeChatChrome: a WeChat official account's page loses the call
// to follow over the story, the earlier posts' label, the QR code's
// call, the comment box's notice and the app's furniture under it; the
// credit line and a sentence that mentions 关注 or 阅读原文 in its
// running text stay.
func TestWeChatChrome(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "page",
		site: "澜西发布",
		body: "点击上方蓝字 关注澜西发布\n\n" + zhStory + "来源：澜西区融媒体中心 文字：王蕾 编辑：陈嘉琪\n\n往期推荐\n\n长按识别二维码 关注澜西发布\n\n" +
			"留言功能已开启，作者精选后显示\n\n微信扫一扫\n关注该公众号\n\n微信扫一扫可打开此内容，\n使用完整服务\n\n" +
			"：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过\n\n预览时标签不可点\n\n继续滑动看下一个\n\n轻触阅读原文\n",
		gone: []string{"点击上方蓝字 关注澜西发布", "往期推荐", "长按识别二维码 关注澜西发布", "留言功能已开启，作者精选后显示",
			"关注该公众号", "微信扫一扫可打开此内容，", "预览时标签不可点", "继续滑动看下一个", "轻触阅读原文"},
		kept: []string{"来源：澜西区融媒体中心", "记者从区水利局获悉", "郑国梁说"},
	}, {
		name: "prose",
		site: "澜西发布",
		body: zhStory + "市民普遍关注施工期间的出行安排，区水利局表示将通过官方渠道及时发布绕行信息，读者也可阅读原文了解详情。\n\n" +
			"郑国梁说：“我们长按规定的程序办事，上方蓝字标注的路段都会封闭。”\n\n" + zhStory,
		kept: []string{"市民普遍关注施工期间的出行安排", "郑国梁说：“我们长按规定的程序办事"},
	}})
}

// TestSelfMediaChrome: a self-media platform's post as a plain text
// loses its menu, the author box's counts and follow button, the
// disclaimer, the note on the pictures (no credit), the buttons' row
// with their tallies, the author's latest posts and the
// recommendations with their titles, and the footer; a byline, a
// credit and a sentence giving an account's followers or mentioning
// 免责 stay.
func TestSelfMediaChrome(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "post",
		site: "热点号",
		body: "热点号　首页　推荐　热榜　本地　视频　下载APP\n\n城事百晓生\n2.1万粉丝\n+ 关注\n\n" + zhStory +
			"免责声明：本文内容来源于网络公开资料，仅供参考，不构成任何建议。文中观点仅代表作者本人，不代表热点号立场。如涉及版权问题，请联系我们删除。\n\n" +
			"（图片来源于网络，如有侵权请联系删除）\n\n点赞 34\n收藏\n分享\n评论 6\n举报\n\n作者最新文章\n\n城事百晓生\n2.1万粉丝 · 1836篇内容\n+ 关注\n\n" +
			"相关推荐\n\n溆川人注意！这些地方清明期间禁止祭扫用火\n溆川一中新校区曝光，颜值太高了\n溆川又一条网红路火了，你去过吗？\n\n" +
			"热点号 © 2025　用户协议　隐私政策　侵权投诉　联系我们\n",
		gone: []string{"热点号　首页　推荐　热榜　本地　视频　下载APP", "2.1万粉丝", "+ 关注", "（图片来源于网络，如有侵权请联系删除）",
			"点赞 34", "评论 6", "举报", "作者最新文章", "2.1万粉丝 · 1836篇内容", "相关推荐", "溆川人注意！这些地方清明期间禁止祭扫用火",
			"热点号 © 2025　用户协议　隐私政策　侵权投诉　联系我们"},
		kept: []string{"记者从区水利局获悉", "郑国梁说"},
	}, {
		name: "prose",
		site: "热点号",
		body: zhStory + "据了解，该账号目前有2.1万粉丝，运营者在免责声明中表示，文章内容均来自政府部门公开发布的信息，不少网友也关注了这一话题。\n\n" +
			"来源：澜西发布\n\n记者 王蕾\n",
		kept: []string{"该账号目前有2.1万粉丝", "来源：澜西发布", "记者 王蕾"},
	}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"2.1万粉丝", true},
		{"2.1万粉丝 · 1836篇内容", true},
		{"1836篇内容", true},
		{"点赞 34", true},
		{"评论 6", true},
		{"举报", true},
		{"+ 关注", true},
		{"＋关注", true},
		{"该账号有2.1万粉丝。", false},
		{"关注民生", false},
		{"点赞 很多", false},
		{"34 点赞 评论", false},
		{"", false},
	} {
		if got := zhCountLine(tt.line); got != tt.want {
			t.Errorf("zhCountLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"热点号　首页　推荐　热榜　本地　视频　下载APP", true},
		{"首页　新闻　体育　财经", true},
		{"记者　王蕾　摄影　李明", false},
		{"今天首页上　推荐了三篇文章。　读者很多", false},
	} {
		if got := isMenu(tt.line); got != tt.want {
			t.Errorf("isMenu(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestPictureNoteNoCredit: a bracket holding a clause of Chinese
// ("（图片来源于网络，如有侵权请联系删除）") credits no one; an agency's mark
// in brackets ("（新华社）") still does.
func TestPictureNoteNoCredit(t *testing.T) {
	if at, ok := FindAttribution("（图片来源于网络，如有侵权请联系删除）"); ok {
		t.Errorf("FindAttribution(picture note) = %+v; want none", at)
	}
	if _, ok := FindAttribution("（新华社）"); !ok {
		t.Errorf("FindAttribution(（新华社）) found none; want the agency")
	}
}

// TestKoreanBoardChrome: a Korean public body's page loses its KOGL
// licence line, the satisfaction survey and the office in charge; a
// paper's page its own notice with its host in brackets, its comment
// box's heading and rule; a story's sentence on the licence, a
// quotation and a byline stay.
func TestKoreanBoardChrome(t *testing.T) {
	koStory := "가람도는 내년부터 도내 청년 4,500명에게 월세를 최대 20만원까지 12개월 동안 지원한다고 15일 밝혔다. 지원 대상은 도내에 주민등록을 둔 만 19~34세 무주택 청년이다.\n\n" +
		"윤태석 가람도지사는 “월세 지원은 청년이 가람도에 뿌리내리도록 돕는 첫 번째 디딤돌이 될 것”이라고 말했다.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "board",
		site: "가람도",
		body: koStory + "가람도청이(가) 창작한 이 저작물은 공공누리 제4유형 : 출처표시+상업적 이용금지+변경금지 조건에 따라 이용할 수 있습니다.\n\n" +
			"이 페이지에서 제공하는 정보에 대하여 어느 정도 만족하셨습니까?\n\n콘텐츠 담당부서 : 대변인실 홍보담당관 언론팀 ☎ 055-912-2061\n",
		gone: []string{"가람도청이(가) 창작한 이 저작물은 공공누리 제4유형 : 출처표시+상업적 이용금지+변경금지 조건에 따라 이용할 수 있습니다.",
			"이 페이지에서 제공하는 정보에 대하여 어느 정도 만족하셨습니까?", "콘텐츠 담당부서 : 대변인실 홍보담당관 언론팀 ☎ 055-912-2061"},
		kept: []string{"가람도는 내년부터", "윤태석 가람도지사는"},
	}, {
		name: "paper",
		site: "서해매일신문",
		body: "김하늘 기자\n\n" + koStory + "ⓒ 서해매일신문(www.seohaemaeil.example), 무단전재 및 재배포 금지\n\n독자의견 (0)\n\n" +
			"※ 욕설, 비방 등 운영원칙에 어긋나는 의견은 통보 없이 삭제될 수 있습니다.\n",
		gone: []string{"ⓒ 서해매일신문(www.seohaemaeil.example), 무단전재 및 재배포 금지", "독자의견 (0)"},
		kept: []string{"김하늘 기자", "가람도는 내년부터", "윤태석 가람도지사는"},
	}, {
		name: "prose",
		site: "가람도",
		body: koStory + "도는 보도자료와 사진을 공공누리 제도에 따라 누구나 자유롭게 이용할 수 있도록 개방하고 있으며, 도민 만족도 조사 결과도 누리집에 공개한다고 설명했다.\n\n" + koStory,
		kept: []string{"도는 보도자료와 사진을 공공누리 제도에 따라"},
	}})
	if got := siteHostTail("서해매일신문(www.seohaemaeil.example)"); got != "서해매일신문" {
		t.Errorf("siteHostTail = %q, want 서해매일신문", got)
	}
	if got := siteHostTail("Acme (Holdings)"); got != "Acme (Holdings)" {
		t.Errorf("siteHostTail = %q, want unchanged", got)
	}
}

// TestCreativeCircleFooter: a small paper's CMS footer ("Powered by
// Creative Circle Media Solutions") and its related-items label ("Other
// items that may interest you") go with the titles under it.
func TestCreativeCircleFooter(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "footer",
		site: "Dunmore-Ashby Record",
		body: plainStory + "Other items that may interest you\n\nAshby council OKs water tower paint bid\nLady Eagles fall in sub-district final\n\nPowered by Creative Circle Media Solutions\n",
		gone: []string{"Other items that may interest you", "Ashby council OKs water tower paint bid", "Powered by Creative Circle Media Solutions"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}})
}
