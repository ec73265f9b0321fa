package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Japanese pages mark their adverts and their promotions in two ways a
// copy of the text keeps. An advert set between a story's paragraphs, a
// line of text linking to a shop, opens with the label "PR" (or "広告",
// advert), bare before a space or bracketed: "PR　岐阜の新米、今年も予約受付中",
// "【PR】…", "[PR] …". And since the stealth-marketing rules of
// October 2023 (景品表示法, ステマ規制) a page that carries affiliate links
// or paid placement prints a notice over its text: "本記事にはプロモーションが
// 含まれています" (this article contains promotion), "記事内に広告を含みます",
// "当サイトはアフィリエイト広告を利用しています". Both are the page's, never a
// story's sentence.

// jaAdLabels open an advert's line, bare before a space, a colon or a
// bar, or inside brackets.
var jaAdLabels = []string{"PR", "ＰＲ", "広告", "AD", "Sponsored", "スポンサー"}

// jaAdMaxRunes bounds an advert's line: a shop's offer in a sentence or
// two.
const jaAdMaxRunes = 80

// jaAdLine reports whether line is an advert's line in Japanese: one of
// jaAdLabels first, bracketed or followed by a space (ASCII or
// ideographic), a colon or a bar, then Japanese text (kana or kanji). A
// Latin "PR" opening an English line ("PR firms say …") has no Japanese
// after it.
func jaAdLine(line string) bool {
	line = strings.TrimSpace(line)
	if utf8.RuneCountInString(line) > jaAdMaxRunes {
		return false
	}
	rest := ""
	for _, label := range jaAdLabels {
		for _, br := range [][2]string{{"【", "】"}, {"[", "]"}, {"［", "］"}, {"(", ")"}, {"（", "）"}, {"〔", "〕"}} {
			if r, ok := strings.CutPrefix(line, br[0]+label+br[1]); ok {
				rest = r
			}
		}
		if r, ok := strings.CutPrefix(line, label); ok && rest == "" {
			if c, _ := utf8.DecodeRuneInString(r); c == ' ' || c == '\u3000' || c == ':' || c == '：' || c == '|' || c == '｜' {
				rest = r
			}
		}
	}
	return rest != "" && japanese(rest)
}

// japanese reports whether s holds kana or kanji.
func japanese(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han)
	})
}

// jaPromoSubjects are what a stealth-marketing notice says the page
// contains: promotion, adverts, affiliate adverts, paid placement.
var jaPromoSubjects = []string{"プロモーション", "広告", "アフィリエイト", "PR", "ＰＲ"}

// jaPromoVerbs are the notice's verbs: contains, uses, carries.
var jaPromoVerbs = []string{"含まれています", "含まれます", "含みます", "含んでいます", "含まれる場合があります",
	"利用しています", "使用しています", "掲載しています"}

// jaPromoSelves are the page naming itself in the notice: this article,
// this page, this site, this blog, within the article. A story's
// sentence about a council's adverts names the council, not the page.
var jaPromoSelves = []string{"本記事", "この記事", "記事内", "本ページ", "このページ", "当ページ", "本サイト",
	"当サイト", "このサイト", "当ブログ", "本ブログ", "このブログ", "当メディア", "本コンテンツ"}

// jaPromoMaxRunes bounds the notice: "※本記事にはプロモーションが含まれています" is
// twenty characters; with the site's name and a second clause, fifty.
const jaPromoMaxRunes = 60

// jaPromoNotice reports whether line is a stealth-marketing notice: a
// short line in which the page names itself (jaPromoSelves) and says it
// contains promotion or adverts (jaPromoSubjects, jaPromoVerbs). A
// story about the rules tells of them at a paragraph's length, and
// names the advertisers, not the page.
func jaPromoNotice(line string) bool {
	line = strings.TrimSpace(line)
	if utf8.RuneCountInString(line) > jaPromoMaxRunes || !japanese(line) {
		return false
	}
	self, subject, verb := false, false, false
	for _, s := range jaPromoSelves {
		self = self || strings.Contains(line, s)
	}
	for _, s := range jaPromoSubjects {
		subject = subject || strings.Contains(line, s)
	}
	for _, v := range jaPromoVerbs {
		verb = verb || strings.Contains(line, v)
	}
	return self && subject && verb
}

// A matome blog quotes news sites and boards, and says so in its
// footer: "当ブログは各種ニュースサイト・掲示板からの引用で構成されています" (this blog
// is made of quotations from news sites and boards). The page names
// itself (jaPromoSelves), says quotation (引用) and what the blog is
// made of or carries (jaQuoteVerbs), in a short line: the blog's
// notice, never a story's sentence, which names the blog it reports on.

// jaQuoteVerbs are the notice's verbs: is made of, carries, introduces.
var jaQuoteVerbs = []string{"構成されています", "構成しています", "掲載しています", "紹介しています", "転載しています"}

// jaQuoteNotice reports whether line is a blog's notice on its quoting;
// see jaQuoteVerbs.
func jaQuoteNotice(line string) bool {
	line = strings.TrimSpace(line)
	if utf8.RuneCountInString(line) > jaPromoMaxRunes || !strings.Contains(line, "引用") {
		return false
	}
	self, verb := false, false
	for _, s := range jaPromoSelves {
		self = self || strings.HasPrefix(strings.TrimLeft(line, "※*＊ 　"), s)
	}
	for _, v := range jaQuoteVerbs {
		verb = verb || strings.Contains(line, v)
	}
	return self && verb
}

// jaSponsorLabels are a Japanese page's advert slot labels alone on
// their line ("スポンサーリンク", sponsored link).
var jaSponsorLabels = map[string]bool{"スポンサーリンク": true, "スポンサードリンク": true}

// jaSponsored reports whether blocks[i] is the advert under an advert
// slot's label: the label alone on the line right over it in the same
// paragraph, and the line short and Japanese (a shop's offer,
// "【楽天スーパーSALE】防災グッズ40点セットが今だけ半額！"). The slot's text is
// the advert's; the story resumes a paragraph on.
func jaSponsored(body string, blocks []block, i int) bool {
	if i == 0 {
		return false
	}
	p, b := blocks[i-1], blocks[i]
	if !jaSponsorLabels[strings.TrimSpace(body[p.span.Start:p.span.End])] ||
		strings.Count(body[p.span.End:b.span.Start], "\n") != 1 {
		return false
	}
	line := strings.TrimSpace(body[b.span.Start:b.span.End])
	return utf8.RuneCountInString(line) <= jaAdMaxRunes && japanese(line)
}

// jaAdNotes removes a Japanese page's advert lines (jaAdLine, and the
// advert under a slot's label, jaSponsored), its stealth-marketing
// notice (jaPromoNotice) and a matome blog's notice on its quoting
// (jaQuoteNotice) wherever they stand.
func jaAdNotes(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.class == classChrome {
			continue
		}
		line := body[b.span.Start:b.span.End]
		switch {
		case jaAdLine(line) || jaPromoNotice(line) || jaSponsored(body, blocks, i):
			b.class, b.score, b.reason = classChrome, 1, ReasonPromo
		case jaQuoteNotice(line):
			b.class, b.score, b.reason = classChrome, 1, ReasonLegal
		}
	}
}
