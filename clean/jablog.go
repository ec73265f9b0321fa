package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Japanese blog platforms (Hatena Blog, Ameba, note) print a post inside
// the same furniture on every blog they host. Their labels and buttons
// are vocabulary (words.go: "読者になる", "コメントを書く", "Powered by
// Hatena Blog"); three of their lines are shapes instead, made of the
// blog's own names and titles, which no table can hold:
//
//   - the post's footer line, the author's name and the post's age
//     ("はるの 6時間前"): a blog's post line (isPostMeta), the account
//     and a time, in Japanese's relative form, a figure, a unit and 前
//     (ago);
//   - the author's Hatena ID alone on its line in the profile box
//     ("id:haruno_mizushiro"): the account alone, as a theme prints "by
//     admin" apart from the date (isPostMeta);
//   - the pager under the post, the previous and the next post's titles
//     between arrows ("« <title> <title> »"): a post's navigation
//     (wPostNav). Japanese quotes with 「」 and 『』, never with
//     guillemets, so a line of Japanese between « and » is the pager's
//     two links, where a French line between them is a quotation.
//
// And a Japanese blog's description under its name in the header
// ("水城市在住、二児の母のゆるっと地元ブログ。子育て・お出かけ・…など。")
// sets its phrases each closed by the full stop 。: the tagline's phrases
// (kutenParts, read by mastheadHeader with the masthead over the line
// and the site's navigation under it).

// jaAgoUnits are the units of a Japanese relative time, after its
// figure and before 前 (ago): seconds, minutes, hours, days, weeks,
// months (three spellings) and years.
var jaAgoUnits = []string{"秒", "分", "時間", "日", "週間", "か月", "ヶ月", "カ月", "年"}

// jaAgo reports whether w is a Japanese relative time: a figure (ASCII
// or full-width digits), one of jaAgoUnits and 前 ("6時間前", "３日前").
func jaAgo(w string) bool {
	rest, ok := strings.CutSuffix(w, "前")
	if !ok {
		return false
	}
	unit := false
	for _, u := range jaAgoUnits {
		if r, ok := strings.CutSuffix(rest, u); ok {
			rest, unit = r, true
			break
		}
	}
	if !unit || rest == "" {
		return false
	}
	for _, r := range rest {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// jaAgeLine reports whether f, a line's fields, is a Japanese post's
// footer line: a name of one field, no figure in it and no sentence's
// end, then a relative time (jaAgo). A sentence that says how long ago
// something happened holds the time inside its run ("6時間前に発生した"),
// and a line of two fields is no sentence.
func jaAgeLine(f []string) bool {
	if len(f) != 2 || !jaAgo(f[1]) || !japanese(f[0]) || endsSentence(f[0]) {
		return false
	}
	return !strings.ContainsFunc(f[0], unicode.IsDigit)
}

// Hatena IDs are 3 to 32 characters, ASCII letters, digits, hyphens and
// underscores, opening with a letter (the platform's sign-up rule).
const (
	hatenaIDMin = 3
	hatenaIDMax = 32
)

// hatenaIDLine reports whether line is a Hatena ID alone, in the
// notation the platform prints an account in, "id:" and the ID
// ("id:haruno_mizushiro"). An identifier in a story is said with
// something ("ID: 12345" has a space and a figure first, and a
// sentence around it).
func hatenaIDLine(line string) bool {
	id, ok := strings.CutPrefix(line, "id:")
	if !ok || len(id) < hatenaIDMin || len(id) > hatenaIDMax {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if i == 0 && !letter || !letter && !('0' <= c && c <= '9') && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// jaPagerMinRunes bounds the text between a pager's arrows: two
// titles, each of a few characters at least.
const jaPagerMinRunes = 4

// jaPager reports whether line is a Japanese blog's pager: "« " opening
// it, " »" closing it, and Japanese between them (kana or kanji: see
// japanese), with no 「 of a quotation.
func jaPager(line string) bool {
	inner, ok := strings.CutPrefix(line, "« ")
	if !ok {
		return false
	}
	if inner, ok = strings.CutSuffix(inner, " »"); !ok {
		return false
	}
	return utf8.RuneCountInString(inner) >= jaPagerMinRunes && japanese(inner) &&
		!strings.ContainsAny(inner, "«»「")
}

// kutenParts reports whether line is set as phrases each closed by the
// Japanese full stop 。 (two or more), each of at most max words as
// measure counts them (unspacedWords): a Japanese site's description
// under its name, its phrases parted as barParts's are by bars.
func kutenParts(line string, max int) bool {
	line = strings.TrimSpace(line)
	if !strings.HasSuffix(line, "。") {
		return false
	}
	parts := strings.Split(strings.TrimSuffix(line, "。"), "。")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if n := unspacedWords(p); n == 0 || n > max || endsSentence(p) {
			return false
		}
	}
	return true
}
