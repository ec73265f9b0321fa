package clean

import "testing"

// ptStory is two paragraphs of an invented Brazilian story, for the
// cases of a board's thread and a tips site.
const ptStory = "O atacante Diego Arantes sofreu uma lesão na coxa direita e deve ficar longe dos gramados por cinco a seis semanas, informou o clube nesta terça-feira.\n\n" +
	"“Não há necessidade de cirurgia, e o tratamento será conservador”, disse o médico do clube, no comunicado.\n\n"

// deBoardStory is the same in German, for a German board's thread.
const deBoardStory = "Der Stürmer hat sich am Oberschenkel verletzt und fällt fünf bis sechs Wochen aus, teilte der Verein am Dienstag mit.\n\n" +
	"„Eine Operation ist nicht nötig, die Behandlung erfolgt konservativ“, sagte der Mannschaftsarzt in der Mitteilung.\n\n"

// TestPhpBBTranslations: a phpBB thread copied as plain text loses the
// board's furniture in the languages phpBB is translated into (the
// header's description, the rules, the tools, the count and pager, the
// post's header and buttons, the signature under its rule of
// underscores and the profile box, the replies, the foot); the first
// post's story and its credit line stay.
func TestPhpBBTranslations(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "portuguese",
		body: "Lesão no ataque - Fórum Alviverde • Ver tópico\nFórum Alviverde\nA maior comunidade de torcedores na internet\nAtalhos\nPerguntas Frequentes\nRegistrar\nEntrar\n" +
			"Índice do fórum ‹ Planaltino FC ‹ Discussão Geral\nLesão no ataque\nRegras do fórum\nAntes de postar notícia, coloque a fonte.\nResponder\nPesquisar neste tópico…\n3 mensagens • Página 1 de 1\n\n" +
			"Lesão no ataque\nMensagem por Cabeça de Área » Ter Set 16, 2025 5:12 pm\nCitar\n\n" + ptStory + "Fonte: Camisa 10 Esportes\n\n" +
			"_________________\nTorcedor desde 1988 • Sócio nº 4471\nCabeça de Área\nMensagens: 3412\nRegistrado em: Qua Mar 04, 2009 9:41 pm\n\n" +
			"Re: Lesão no ataque\nMensagem por Zé do Barretão » Ter Set 16, 2025 5:37 pm\nCitar\n\nEra só o que faltava, agora é rezar pro reserva desencantar.\n\n" +
			"_________________\nBarretão lotado é outra coisa!\nZé do Barretão\nMensagens: 861\nRegistrado em: Dom Jul 12, 2015 3:02 pm\n\n" +
			"Responder\n3 mensagens • Página 1 de 1\nVoltar para “Discussão Geral”\nIr para\nQuem está online\nUsuários navegando neste fórum: Nenhum usuário registrado e 14 visitantes\n" +
			"Índice do fórum\nEquipe • Excluir cookies • Todos os horários são UTC-03:00\nDesenvolvido por phpBB® Forum Software © phpBB Limited\n",
		gone: []string{"A maior comunidade de torcedores na internet", "Regras do fórum", "Antes de postar notícia, coloque a fonte.",
			"Pesquisar neste tópico…", "3 mensagens • Página 1 de 1", "Mensagem por Cabeça de Área » Ter Set 16, 2025 5:12 pm", "Citar",
			"_________________", "Torcedor desde 1988 • Sócio nº 4471", "Registrado em: Qua Mar 04, 2009 9:41 pm",
			"Era só o que faltava, agora é rezar pro reserva desencantar.", "Voltar para “Discussão Geral”",
			"Usuários navegando neste fórum: Nenhum usuário registrado e 14 visitantes", "Equipe • Excluir cookies • Todos os horários são UTC-03:00",
			"Desenvolvido por phpBB® Forum Software © phpBB Limited"},
		kept: []string{"O atacante Diego Arantes sofreu", "disse o médico do clube", "Fonte: Camisa 10 Esportes"},
	}, {
		name: "german",
		body: "Verletzung im Sturm - Fanforum • Thema anzeigen\nFanforum\nDas Forum für alle Fans des Vereins\nSchnellzugriff\nRegistrieren\nAnmelden\n" +
			"Foren-Übersicht ‹ Verein ‹ Allgemein\nVerletzung im Sturm\nAntworten\nThema durchsuchen …\n2 Beiträge • Seite 1 von 1\n\n" +
			"Verletzung im Sturm\nBeitrag von Abwehrchef » Di 16. Sep 2025, 17:12\nZitieren\n\n" + deBoardStory + "Quelle: Sportbote\n\n" +
			"Re: Verletzung im Sturm\nBeitrag von Kurvenkind » Di 16. Sep 2025, 17:40\nZitieren\n\nDas hat uns gerade noch gefehlt, jetzt muss der Ersatz treffen.\n\n" +
			"Antworten\n2 Beiträge • Seite 1 von 1\nZurück zu „Allgemein“\nGehe zu\nWer ist online?\nMitglieder in diesem Forum: 0 Mitglieder und 9 Gäste\n" +
			"Foren-Übersicht\nDas Team • Alle Cookies löschen • Alle Zeiten sind UTC+02:00\nPowered by phpBB® Forum Software © phpBB Limited\n",
		gone: []string{"Das Forum für alle Fans des Vereins", "Thema durchsuchen …", "2 Beiträge • Seite 1 von 1",
			"Beitrag von Abwehrchef » Di 16. Sep 2025, 17:12", "Zitieren", "Das hat uns gerade noch gefehlt, jetzt muss der Ersatz treffen.",
			"Zurück zu „Allgemein“", "Mitglieder in diesem Forum: 0 Mitglieder und 9 Gäste",
			"Das Team • Alle Cookies löschen • Alle Zeiten sind UTC+02:00"},
		kept: []string{"Der Stürmer hat sich am Oberschenkel verletzt", "sagte der Mannschaftsarzt", "Quelle: Sportbote"},
	}, {
		// No board's page: a story that speaks of a forum's rules,
		// quotes and replies stays whole.
		name: "prose",
		body: ptStory + "Regras do fórum\n\nSegundo as regras do fórum da torcida, tópicos sem fonte serão trancados, e os moderadores vão citar a notícia original.\n\n" +
			"Mensagem por mensagem, os torcedores responderam ao clube.\n\n" + ptStory,
		kept: []string{"Segundo as regras do fórum da torcida", "Mensagem por mensagem, os torcedores responderam ao clube."},
	}})
}

// TestOddsRowAndBetWarnings: a tips site's odds row (the bookmaker, its
// odds and the button to bet) and Brazil's betting warnings are a
// betting advert's lines; a story that gives the odds in a sentence, or
// warns of betting in one, is not.
func TestOddsRowAndBetWarnings(t *testing.T) {
	chrome := []struct{ line, lang string }{
		{"ApostaNorte 2.55 3.05 2.80 Apostar agora", "pt"},
		{"GolBet Brasil 2,60 3,00 2,75 Apostar agora", "pt"},
		{"BetKing 1.95 3.40 4.10 Bet now", "en"},
		{"Odds sujeitas a alteração. Consulte o site da casa antes de apostar.", "pt"},
		{"Aposte com responsabilidade. Apostas são proibidas para menores de 18 anos. Estabeleça limites e nunca aposte mais do que pode perder.", "pt"},
	}
	for _, tt := range chrome {
		if got, reason := LineScore(tt.line, tt.lang); got < DefaultHighThreshold || reason != ReasonPromo {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", tt.line, got, reason, DefaultHighThreshold, ReasonPromo)
		}
	}
	story := []struct{ line, lang string }{
		{"A ApostaNorte paga 2.55 pela vitória do Lagoa Funda e 3.05 pelo empate, e os torcedores correram para apostar.", "pt"},
		{"O governo quer que todo anúncio diga que apostas são proibidas para menores de 18 anos, afirmou o ministro.", "pt"},
		{"Bookmakers cut the odds from 2.50 to 1.95 after the news, and punters rushed to bet now rather than later.", "en"},
	}
	for _, tt := range story {
		if got, _ := LineScore(tt.line, tt.lang); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f; want < %v", tt.line, got, DefaultThreshold)
		}
	}
}

// hiStory is two paragraphs of an invented Hindi story, for a Blogger
// blog's page.
const hiStory = "जिले में डेंगू के बढ़ते मामलों को देखते हुए कलेक्टर के निर्देश पर 15 सितंबर से सघन डेंगू नियंत्रण अभियान चलाया जाएगा।\n\n" +
	"कलेक्टर ने कहा, \"डेंगू का मच्छर साफ पानी में पनपता है। मैं सभी नागरिकों से अपील करता हूं कि वे सर्वे टीमों का सहयोग करें।\"\n\n"

// TestHindiBlogger: a Blogger blog's page in its Hindi interface loses
// the blog's header (its name, as the page's title names it before a
// colon, its description and its short menu), the feed link, the
// Popular Posts widget with its titles, the profile's link and the
// attribution; a sentence that says हमारे बारे में stays.
func TestHindiBlogger(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name:  "page",
		title: "सेहत और समाज: डेंगू से बचाव की जरूरी जानकारी",
		body: "सेहत और समाज: डेंगू से बचाव की जरूरी जानकारी\n\nसेहत और समाज\nस्वास्थ्य, समाज और जनहित की बातें\nमुख्यपृष्ठ\nहमारे बारे में\nसंपर्क करें\n\n" +
			"डेंगू से बचाव की जरूरी जानकारी\n\n" + hiStory + "कोई टिप्पणी नहीं:\nएक टिप्पणी भेजें\n\nनई पोस्ट\nपुरानी पोस्ट\nमुख्यपृष्ठ\nसदस्यता लें: टिप्पणियाँ भेजें (Atom)\n\n" +
			"लोकप्रिय पोस्ट\nगर्मी में लू से कैसे बचें: दस घरेलू उपाय\nबुजुर्गों के लिए आयुष्मान कार्ड कैसे बनवाएं\n\n" +
			"मेरे बारे में\nसेवानिवृत्त शिक्षक। समाज और सेहत से जुड़ी उपयोगी जानकारी साझा करता हूं।\nमेरा पूरा प्रोफ़ाइल देखें\n\nसरल थीम. Blogger द्वारा संचालित.\n",
		gone: []string{"स्वास्थ्य, समाज और जनहित की बातें", "हमारे बारे में", "संपर्क करें", "सदस्यता लें: टिप्पणियाँ भेजें (Atom)", "लोकप्रिय पोस्ट",
			"गर्मी में लू से कैसे बचें: दस घरेलू उपाय", "मेरा पूरा प्रोफ़ाइल देखें", "सरल थीम. Blogger द्वारा संचालित."},
		kept: []string{"जिले में डेंगू के बढ़ते मामलों", "मैं सभी नागरिकों से अपील करता हूं"},
	}, {
		name: "prose",
		body: hiStory + "संगठन ने कहा कि लोग हमारे बारे में गलत बातें फैला रहे हैं, और लोकप्रिय पोस्ट की सच्चाई जांचे बिना उसे आगे न भेजें।\n\n" + hiStory,
		kept: []string{"लोग हमारे बारे में गलत बातें फैला रहे हैं"},
	}})
}

// viPost is an invented Vietnamese fanpage post's text.
const viPost = "Tỉnh Vĩnh Hòa vừa công bố tình huống khẩn cấp về thiên tai xâm nhập mặn tại 6 xã ven biển và huy động xe bồn chở nước ngọt cho hơn 14.000 hộ dân.\n\n" +
	"“Tỉnh xác định không để người dân nào thiếu nước sinh hoạt trong mùa khô năm nay”, ông Khoa nói.\n\n"

// TestVietnameseFacebookComments: a fanpage post copied with its
// comments in Facebook's Vietnamese interface loses the sort menu and
// each comment by its place (the commenter's name, the comment, then
// "Thích Phản hồi"), not by its words; the post, its quotation and a
// sentence saying "thích" or "phản hồi" stay.
func TestVietnameseFacebookComments(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "comments",
		body: "Miền Tây Quê Mình\n·\nMẶN VÀO SÂU 65 KM\n\n" + viPost + "Thích\nBình luận\nChia sẻ\n\nPhù hợp nhất\n\n" +
			"Hồng Nhung Trần\nThương bà con quá, năm nào cũng khổ vì mặn\nThích  Phản hồi\nLê Hoàng Phúc\nỞ quê tui mua nước 180 ngàn một khối rồi ad ơi\nThích  Phản hồi\n" +
			"Xem thêm bình luận\n\nViết bình luận...\n",
		gone: []string{"Phù hợp nhất", "Hồng Nhung Trần", "Thương bà con quá, năm nào cũng khổ vì mặn", "Thích  Phản hồi",
			"Lê Hoàng Phúc", "Ở quê tui mua nước 180 ngàn một khối rồi ad ơi"},
		kept: []string{"Tỉnh Vĩnh Hòa vừa công bố", "ông Khoa nói"},
	}, {
		name: "prose",
		body: viPost + "Người dân cho biết họ thích phương án chở nước bằng ghe, và chính quyền đã phản hồi các kiến nghị trong ngày.\n\n" + viPost,
		kept: []string{"họ thích phương án chở nước bằng ghe"},
	}})
}
