package clean

import (
	"strings"
	"testing"
)

// TestHealthDisclaimer: a page's medical disclaimer, the clause that it
// replaces no doctor with the page naming its text and its purpose; a
// story's sentence that an app or a hotline replaces no doctor, or a
// quotation of one, is no disclaimer.
func TestHealthDisclaimer(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Hinweis: Dieser Beitrag dient ausschließlich der allgemeinen Information und ersetzt keine ärztliche Beratung.", true},
		{"This article is for informational purposes only and is not a substitute for professional medical advice.", true},
		{"Questo articolo ha scopo puramente informativo: a titolo informativo, non sostituisce il parere del medico.", true},
		{"The content in this page is not a substitute for professional medical advice.", false},
		{"Die neue App ersetzt keine ärztliche Beratung, betonte die Chefärztin am Dienstag vor Journalisten.", false},
		{"„Dieser Beitrag ersetzt keine ärztliche Beratung“, heißt es im Kleingedruckten der Broschüre.", false},
		{"The hotline does not replace medical advice, the trust said.", false},
	} {
		w := len(strings.Fields(tt.line))
		if got := healthDisclaimer([]byte(strings.ToLower(tt.line)), w); got != tt.want {
			t.Errorf("healthDisclaimer(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestMatomeBlogComments: a matome blog's own comments under their anonymous
// headers, its advert under the slot's label, its notice on quoting
// and its share label go; the story, its credit line "ソース：共同通信", a
// story's numbered line and a sentence that mentions the blog's quoting
// stay.
func TestMatomeBlogComments(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"当ブログは各種ニュースサイト・掲示板からの引用で構成されています。", true},
		{"※当サイトはニュースサイトからの引用を掲載しています", true},
		{"専門家は、当ブログの記事の多くが新聞からの引用で構成されていると指摘した。", false},
		{"同大学は引用文献の一覧を掲載しています。", false},
	} {
		if got := jaQuoteNotice(tt.line); got != tt.want {
			t.Errorf("jaQuoteNotice(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	story := "大雨による斜面崩壊の発生を、雨の降り方から最大3時間前に予測する新たな手法を開発したと、東稜大学が15日までに発表した。過去の事例で検証したところ、的中率は87％だった。\n\n" +
		"チームは斜面の傾きや地質ごとに雨の降り方と崩壊の関係を数式化し、危険度を5段階で示す指標を考案した。\n\n"
	runChromeCases(t, []chromeCase{{
		name: "matome",
		body: "防災ニュースちゃんねる速報\n\nスポンサーリンク\n【楽天スーパーSALE】防災グッズ40点セットが今だけ半額！\n\nこの記事をシェアする\n\n" + story +
			"1. 調査は05～24年の20年間に起きた崩壊を対象とした。\n\nソース：共同通信\n\nコメント\n1. 名無しの防災民\nうちの県でも早く導入してくれ\n2. 名無しの防災民\n管理人の実家大丈夫か？\n3. 名無しの防災民\nこういう地味だけど命に直結する研究にもっと金出してほしいわ\n\n" +
			"当ブログは各種ニュースサイト・掲示板からの引用で構成されています。\n",
		gone: []string{"【楽天スーパーSALE】防災グッズ40点セットが今だけ半額！", "この記事をシェアする", "2. 名無しの防災民", "管理人の実家大丈夫か？",
			"3. 名無しの防災民", "こういう地味だけど命に直結する研究にもっと金出してほしいわ", "当ブログは各種ニュースサイト・掲示板からの引用で構成されています。"},
		kept: []string{"大雨による斜面崩壊の発生を", "チームは斜面の傾きや地質ごと", "1. 調査は05～24年", "ソース：共同通信"},
	}})
}

// TestTagCloudAndSubmit: a tag cloud's title and its tags on one line,
// and the Italian comment form's button, go; a sentence naming a tag
// cloud stays.
func TestTagCloudAndSubmit(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "blog foot",
		body: plainStory + "Lascia un commento\nNome *\nEmail *\nPubblica il commento\n\nCerca\nTag cloud\naste antiquariato arte sacra Carabinieri TPC furti d'arte\n",
		gone: []string{"Pubblica il commento", "Tag cloud", "aste antiquariato arte sacra Carabinieri TPC furti d'arte"},
	}, {
		name: "prose",
		body: plainStory + "Il museo pubblica il commento del restauratore sul proprio sito, insieme a una tag cloud delle opere più cercate dai visitatori.\n\n" + plainStory,
		kept: []string{"Il museo pubblica il commento del restauratore"},
	}})
}
