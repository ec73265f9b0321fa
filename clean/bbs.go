package clean

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// An anonymous board's thread (2channel and 5channel, open2ch, and the
// Japanese "matome" blogs that copy their threads under a news story
// they quote) prints each post under a header of one line: the post's
// number, the poster's name (the board's default, "名無しさん＠おーぷん",
// for most), the date with the weekday in brackets, the time and the
// poster's ID ("2: 名無しさん＠おーぷん 25/09/16(火)12:14:22 ID:kT3q",
// "5 名前：名無しさん 2025/09/16(火) 12:15:40.12 ID:pL0v"). In a news
// thread the first post opens it, quoting the story; the replies under
// it are readers' comments, as a news page's comment section is.

// bbsHead matches a board post's header: the number, a colon or a
// space, the name (up to forty characters), the date with its weekday
// in brackets, ASCII or full width, and the time, then the ID or
// nothing. The weekday's brackets between a date and a time are the
// board's; no story's line has them.
var bbsHead = regexp.MustCompile(`^(\d{1,4})\s*[:：]?\s*(名前\s*[:：]\s*)?\S.{0,40}?\s*\d{2,4}/\d{1,2}/\d{1,2}\s*[(（][^)）]{1,4}[)）]\s*\d{1,2}:\d{2}(:\d{2}(\.\d{1,3})?)?(\s+ID\s*[:：]\s*\S+)?\s*$`)

// bbsBareHead matches a post's header as a matome blog reprints it,
// without the date and the time: the number, a colon, the name (up to
// forty characters) and the poster's ID ("1: 名無しさん ID:k7Rw2pQx0").
// The ID after the name is the board's; no story's line has one.
var bbsBareHead = regexp.MustCompile(`^(\d{1,4})\s*[:：]\s*(名前\s*[:：]\s*)?\S.{0,40}?\s+ID\s*[:：]\s*[0-9A-Za-z+/.]{4,12}\s*$`)

// bbsAnonHead matches a reader's comment's header in a matome blog's
// own comment section: the number, a full stop or a colon, and the
// blog's default name for an anonymous reader, which opens with 名無し
// (nameless: "1. 名無しの防災民", "2：名無しさん"), with no ID. A story's
// numbered line says something after its number; no name is
// "nameless".
var bbsAnonHead = regexp.MustCompile(`^(\d{1,4})\s*[.．:：]\s*名無し\S{0,30}\s*$`)

// bbsHeadMaxRunes bounds a post's header: a name, a date, a time and an
// ID come to fifty characters or so.
const bbsHeadMaxRunes = 90

// bbsReplyMaxLines bounds a reply under its header: a few short lines,
// one of them the ">>3" that answers another post.
const bbsReplyMaxLines = 8

// bbsThreads removes a board thread's replies from a copy of it, once
// two reply headers (bbsHead, numbered 2 and up) show it is one: each
// reply's header and its lines down to the next post's header, a
// credit line, a chrome line or bbsReplyMaxLines lines. The thread's
// first post, and the quoted story above the replies, stay; so does a
// first post's header, the opening of the story it quotes; but under a
// credit line ("引用元：…", the matome blog's source of the story it
// quoted above the thread) the first post is a reader's line too. A
// matome blog may print the headers bare, the number, the name and the
// ID (bbsBareHead), and its own comment section numbers its readers'
// comments under the default name alone (bbsAnonHead).
func bbsThreads(body string, blocks []block) {
	credited := false // a credit line stands above
	reply := func(i int) bool {
		line := strings.TrimSpace(body[blocks[i].span.Start:blocks[i].span.End])
		if utf8.RuneCountInString(line) > bbsHeadMaxRunes {
			return false
		}
		m := bbsHead.FindStringSubmatch(line)
		if m == nil {
			m = bbsBareHead.FindStringSubmatch(line)
		}
		if m == nil {
			m = bbsAnonHead.FindStringSubmatch(line)
		}
		if m == nil {
			return false
		}
		n, err := strconv.Atoi(m[1])
		// Under a credit line the story is quoted already, and the
		// thread's first post is a reader's too.
		return err == nil && (n >= 2 || n == 1 && credited)
	}
	heads := make([]bool, len(blocks))
	n := 0
	for i := range blocks {
		credited = credited || blocks[i].credit
		if heads[i] = !blocks[i].credit && reply(i); heads[i] {
			n++
		}
	}
	if n < 2 {
		return
	}
	for i := range blocks {
		if !heads[i] {
			continue
		}
		blocks[i].class, blocks[i].score, blocks[i].reason = classChrome, 1, ReasonCommentPolicy
		for j := i + 1; j < len(blocks) && j <= i+bbsReplyMaxLines; j++ {
			b := &blocks[j]
			if l := strings.TrimSpace(body[b.span.Start:b.span.End]); heads[j] || b.credit || b.class == classChrome ||
				bbsHead.MatchString(l) || bbsBareHead.MatchString(l) || bbsAnonHead.MatchString(l) {
				break
			}
			b.class, b.score, b.reason = classChrome, 1, ReasonCommentPolicy
		}
	}
}
