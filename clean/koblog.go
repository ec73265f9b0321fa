package clean

import "strings"

// A Korean blog platform's post (Naver's, Tistory's, Daum's), copied as
// plain text, prints the buttons under the post one a line with their
// tallies after them ("공감 18", like; "댓글 6", comments; "스크랩 3",
// scrap), and the page's title with the platform's name after a colon
// or a bar ("서하댁의 소소한 하루 : 네이버 블로그"). Each is the page's,
// no sentence of a story.

// koButtons are the buttons whose tally follows them: like (공감,
// 좋아요), comments (댓글), shares (공유), scraps (스크랩).
var koButtons = map[string]bool{"공감": true, "좋아요": true, "댓글": true, "공유": true, "스크랩": true}

// koCountLine reports whether line is one of koButtons and its tally,
// a figure alone after it ("공감 18"). A sentence that gives a post's
// likes has words round the figure ("공감 수가 18개를 넘었다").
func koCountLine(line string) bool {
	name, tally, ok := strings.Cut(strings.TrimSpace(line), " ")
	if !ok || !koButtons[name] {
		return false
	}
	tally = strings.TrimSpace(tally)
	n := zhFigure(tally)
	return n > 0 && n == len(tally)
}

// koBlogPlatforms are the platforms' names as their pages' titles end
// ("… : 네이버 블로그").
var koBlogPlatforms = []string{"네이버 블로그", "티스토리", "다음 블로그", "브런치스토리", "브런치"}

// koBlogTitle reports whether line is a page's title whose part after
// its last " : ", " | " or " - " is one of koBlogPlatforms, the blog's
// or the post's name before it, at most words words in all.
func koBlogTitle(line string, words int) bool {
	if words > koBlogTitleMaxWords {
		return false
	}
	line = strings.TrimSpace(line)
	for _, sep := range []string{" : ", " | ", " - "} {
		k := strings.LastIndex(line, sep)
		if k <= 0 {
			continue
		}
		tail := strings.TrimSpace(line[k+len(sep):])
		for _, p := range koBlogPlatforms {
			if tail == p {
				return true
			}
		}
	}
	return false
}

// koBlogTitleMaxWords bounds such a title: a post's headline and the
// platform's name.
const koBlogTitleMaxWords = 24
