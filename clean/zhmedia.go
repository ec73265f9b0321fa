package clean

import (
	"strings"
	"unicode/utf8"
)

// A Chinese self-media platform's post (Toutiao's, Baijiahao's, a
// 热点号 of the same kind) prints its interface in a plain copy as
// short lines: the author's counts under the name ("2.1万粉丝",
// "2.1万粉丝 · 1836篇内容"), the follow button ("+ 关注"), and under the
// post the row of buttons, one a line, with their tallies after them
// ("点赞 34", "收藏", "分享", "评论 6", "举报"). Each such line is a
// counter: the page's metadata, no sentence of a story.

// zhCountMaxWords bounds such a line: three counts parted by dots.
const zhCountMaxWords = 8

// zhCountNouns are what a count counts, after its figure ("2.1万粉丝",
// "1836篇内容", "12万阅读"): followers, following, likes received,
// posts, articles, reads, views, comments, likes, favourites, shares,
// reposts, "wow"s (在看).
var zhCountNouns = []string{"粉丝", "关注", "获赞", "篇内容", "篇文章", "篇作品", "阅读", "次阅读", "浏览", "次浏览",
	"评论", "条评论", "点赞", "赞", "收藏", "分享", "转发", "在看", "播放", "次播放"}

// zhButtons are the buttons of the row, alone or before their tally
// ("点赞 34", "评论 6"): like, comment, favourite, share, repost,
// report, follow (关注, and the box's "+ 关注", "已关注").
var zhButtons = map[string]bool{"点赞": true, "评论": true, "收藏": true, "分享": true, "转发": true,
	"举报": true, "关注": true, "已关注": true, "在看": true}

// zhCountLine reports whether line is one of those lines: parts
// parted by middle dots or bars, each a count (a figure, with 万 or 亿
// or not, and one of zhCountNouns), a button alone ("+ 关注") or a
// button before its tally ("点赞 34"). A sentence that gives an account's
// followers ("该账号有2.1万粉丝。") has words before its figure.
func zhCountLine(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || !strings.ContainsFunc(line, isHan) {
		return false
	}
	for part := range strings.FieldsFuncSeq(line, func(r rune) bool { return r == '·' || r == '|' || r == '｜' || r == '•' }) {
		if !zhCountPart(strings.TrimSpace(part)) {
			return false
		}
	}
	return true
}

// zhCountPart reports whether one part of such a line is a count or a
// button with its tally or without.
func zhCountPart(p string) bool {
	if p == "" {
		return false
	}
	// The follow button's plus sign, as the box sets it.
	if rest, ok := strings.CutPrefix(p, "+"); ok {
		return strings.TrimSpace(rest) == "关注"
	}
	if rest, ok := strings.CutPrefix(p, "＋"); ok {
		return strings.TrimSpace(rest) == "关注"
	}
	if zhButtons[p] {
		return true
	}
	if name, tally, ok := strings.Cut(p, " "); ok {
		return zhButtons[name] && zhFigure(strings.TrimSpace(tally)) == len(strings.TrimSpace(tally))
	}
	n := zhFigure(p)
	if n == 0 {
		return false
	}
	rest := p[n:]
	for _, noun := range zhCountNouns {
		if rest == noun {
			return true
		}
	}
	return false
}

// zhFigure returns the length of the figure at the start of s: digits,
// a decimal point between them, and 万 (ten thousand), 亿 (a hundred
// million) or w after them ("2.1万", "3w").
func zhFigure(s string) int {
	n := 0
	for n < len(s) && ('0' <= s[n] && s[n] <= '9' || s[n] == '.' && n > 0 && n+1 < len(s) && '0' <= s[n+1] && s[n+1] <= '9') {
		n++
	}
	if n == 0 {
		return 0
	}
	if r, m := utf8.DecodeRuneInString(s[n:]); r == '万' || r == '亿' || r == 'w' || r == 'W' {
		n += m
	}
	return n
}
