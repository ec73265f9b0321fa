package analysis

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
	"github.com/zeebo/xxh3"
	"golang.org/x/text/unicode/norm"
)

// hashedText is what a token stands for: the span's text, and for a
// bigram the next character too.
type hashedText struct {
	Span string
	Hash string
}

func tokenTexts(text string) []hashedText {
	var out []hashedText
	var tk Tokenizer
	for _, tok := range tk.Tokenize(text, nil) {
		out = append(out, hashedText{Span: text[tok.Span.Start:tok.Span.End], Hash: reverseHash(text, tok)})
	}
	return out
}

// reverseHash finds which text starting at the token's span the hash is
// of: the span itself, or the span and the character after it.
func reverseHash(text string, tok Token) string {
	var tk Tokenizer
	end := tok.Span.End
	for k := 0; k < 3 && end <= len(text); k++ {
		if xxh3.Hash([]byte(tk.Fold(text[tok.Span.Start:end]))) == tok.Hash {
			return text[tok.Span.Start:end]
		}
		if end == len(text) {
			break
		}
		end, _ = nextChar(text, end, len(text))
	}
	return "?"
}

func TestTokenizeScripts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []hashedText
	}{
		{"chinese", "南方暴雨。", []hashedText{{"南", "南方"}, {"方", "方暴"}, {"暴", "暴雨"}, {"雨", "雨"}}},
		{"japanese kana and kanji", "東京の夏", []hashedText{{"東", "東京"}, {"京", "京の"}, {"の", "の夏"}, {"夏", "夏"}}},
		{"katakana with prolonged mark", "スーパー", []hashedText{{"ス", "スー"}, {"ー", "ーパ"}, {"パ", "パー"}, {"ー", "ー"}}},
		{"hangul", "서울 시장", []hashedText{{"서", "서울"}, {"울", "울"}, {"시", "시장"}, {"장", "장"}}},
		{"single ideograph", "雨", []hashedText{{"雨", "雨"}}},
		// Thai: trigrams of characters, a vowel or tone mark with the
		// letter before it.
		{"thai", "น้ำท่วม", []hashedText{{"น้", "น้ำท่"}, {"ำ", "ำท่ว"}, {"ท่", "ท่วม"}, {"ว", "วม"}, {"ม", "ม"}}},
		{"thai then chinese", "ไทย中文", []hashedText{{"ไ", "ไทย"}, {"ท", "ทย"}, {"ย", "ย"}, {"中", "中文"}, {"文", "文"}}},
		{"latin inside han", "iPhone手机3台", []hashedText{{"iPhone", "iPhone"}, {"手", "手机"}, {"机", "机"}, {"3", "3"}, {"台", "台"}}},
		{"combining mark stays with its character", "か\u3099き", []hashedText{{"か\u3099", "か\u3099き"}, {"き", "き"}}},
		{"latin unchanged", "Russia’s US-proposed", []hashedText{{"Russia", "Russia"}, {"s", "s"}, {"US", "US"}, {"proposed", "proposed"}}},
		{"urdu words", "یہ جملہ ہے۔", []hashedText{{"یہ", "یہ"}, {"جملہ", "جملہ"}, {"ہے", "ہے"}}},
		{"digits against urdu letters", "17اکتوبر سکور95 ۱۴کھلاڑی", []hashedText{{"17", "17"}, {"اکتوبر", "اکتوبر"}, {"سکور", "سکور"}, {"95", "95"}, {"۱۴", "۱۴"}, {"کھلاڑی", "کھلاڑی"}}},
		{"a mark stays with its letter at the cut", "بَ5", []hashedText{{"بَ", "بَ"}, {"5", "5"}}},
		{"a mark stays with its digit at the cut", "5\u0651ب ب5a6 ۱5ب", []hashedText{{"5\u0651", "5\u0651"}, {"ب", "ب"}, {"ب", "ب"}, {"5a6", "5a6"}, {"۱5", "۱5"}, {"ب", "ب"}}},
		{"digits keep latin and other letters", "G20 3rd Путин2 मोदी5", []hashedText{{"G20", "G20"}, {"3rd", "3rd"}, {"Путин2", "Путин2"}, {"मोदी5", "मोदी5"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tokenTexts(tt.text)); diff != "" {
			t.Errorf("%s: Tokenize(%q) mismatch (-want +got):\n%s", tt.name, tt.text, diff)
		}
	}
}

func TestFoldArabic(t *testing.T) {
	same := [][2]string{
		{"أعلن", "اعلن"},             // alef with hamza above
		{"إطلاق", "اطلاق"},           // alef with hamza below
		{"آمن", "امن"},               // alef with madda
		{"القرى", "القري"},           // alef maksura
		{"کیا", "كيا"},               // keheh and Farsi yeh (Urdu) against kaf and Arabic yeh
		{"جملہ", "جمله"},             // heh goal
		{"مدرسة", "مدرسه"},           // teh marbuta
		{"الصحــة", "الصحة"},         // tatweel
		{"أعلنَ", "أعلن"},            // a haraka
		{"فرقاً", "فرقا"},            // tanween
		{"٢٠٢٤", "2024"},             // Arabic-Indic digits
		{"۲۰۲۴", "2024"},             // Extended Arabic-Indic (Urdu, Persian)
		{"ﻛﺘﺎﺏ", "كتاب"},             // presentation forms (NFKC)
		{"ٱلله", "الله"},             // alef wasla
		{"مُحَمَّد", "محمد"},         // shadda and vowels
		{"ئے", "ئے"},                 // yeh with hamza stays a letter
		{"Mélanie", "MÉLANIE"},       // Latin as before
		{"Me\u0301lanie", "Mélanie"}, // combining accent as before
	}
	for _, p := range same {
		a, b := Tokenize(p[0]), Tokenize(p[1])
		if len(a) != 1 || len(b) != 1 || a[0].Hash != b[0].Hash {
			t.Errorf("Tokenize(%q) and Tokenize(%q) differ: %v vs %v", p[0], p[1], a, b)
		}
	}
	differ := [][2]string{
		{"ہے", "ہی"},   // yeh barree is an Urdu letter, not a variant
		{"بھی", "بهی"}, // heh doachashmee likewise
		{"كتاب", "كتب"},
	}
	for _, p := range differ {
		if a, b := Tokenize(p[0]), Tokenize(p[1]); a[0].Hash == b[0].Hash {
			t.Errorf("Tokenize(%q) = Tokenize(%q); want different", p[0], p[1])
		}
	}
}

// referenceTokenize is the slow, obvious statement of the tokenizer:
// split into characters (a rune and its combining marks), group word
// characters into runs, cut each run into stretches of bigram scripts
// and others, and hash the fold of each word, each pair of neighbouring
// bigram characters (span: the first), and each stretch's last bigram
// character.
func referenceTokenize(text string) []Token {
	type char struct {
		start, end int
		word, big  bool
		kind       int // digit, Arabic-script letter or other
		gram       int // characters a token of a big character holds
	}
	kindOf := func(r rune) int {
		switch {
		case '0' <= r && r <= '9', 0x0660 <= r && r <= 0x0669, 0x06F0 <= r && r <= 0x06F9:
			return kindDigit
		case (isArabic(r) || isArabicForm(r)) && unicode.IsLetter(r):
			return kindArabicLetter
		}
		return kindOther
	}
	var chars []char
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		c := char{start: i, end: i + n, word: isWordRune(r), big: isBigramRune(r), kind: kindOf(r)}
		if c.big && southeastAsian(r) {
			c.gram = 3 // Thai, Lao, Myanmar, Khmer: trigrams
		} else if c.big {
			c.gram = 2
		}
		if c.word {
			// Marks join the character before them when it is a word
			// character (they are word runes themselves).
			for c.end < len(text) {
				m, k := utf8.DecodeRuneInString(text[c.end:])
				if m < utf8.RuneSelf || !unicode.IsMark(m) {
					break
				}
				c.end += k
			}
		}
		chars = append(chars, c)
		i = c.end
	}
	var tk Tokenizer
	var out []Token
	hash := func(s string) uint64 { return xxh3.Hash([]byte(tk.Fold(s))) }
	for i := 0; i < len(chars); {
		if !chars[i].word {
			i++
			continue
		}
		// A run ends where the script class changes and between a digit
		// and an Arabic-script letter.
		j := i + 1
		for j < len(chars) && chars[j].word && chars[j].big == chars[i].big && chars[j].gram == chars[i].gram &&
			chars[j-1].kind|chars[j].kind != kindDigit|kindArabicLetter {
			j++
		}
		if !chars[i].big {
			s := reprint.Span{Start: chars[i].start, End: chars[j-1].end}
			out = append(out, Token{Hash: hash(text[s.Start:s.End]), Span: s})
		} else {
			for k := i; k < j; k++ {
				end := chars[min(k+chars[i].gram, j)-1].end
				out = append(out, Token{Hash: hash(text[chars[k].start:end]), Span: reprint.Span{Start: chars[k].start, End: chars[k].end}})
			}
		}
		i = j
	}
	return out
}

func TestTokenizeMatchesReference(t *testing.T) {
	texts := []string{
		"南方暴雨致多地交通中断，新华社广州六月十二日电。",
		"東京都心では十五日、最高気温が三十九度を超えた。スーパーで買い物。",
		"서울시는 15일 폭염 경보를 발령했다.",
		"iPhone手机3台 and 中文English混合",
		"US President Donald Trump has praised talks with Mélanie Joly.",
		"وزير الصحة يعلن إطلاق حملة وطنية للتطعيم ۔ یہ جملہ ہے۔",
		"ممبئی ۔ 17اکتوبر (اے پی پی) سکور95 رنز، ۱۴کھلاڑیوں بَ5 G20",
		"Путин сказал, что переговоры были «продуктивными».",
		"か\u3099き \u0301x ﬁnal ½",
		"ประตูระบายน้ำพัง น้ำท่วมนาข้าว 1,800 ไร่ ๑๒ ครัวเรือน",
		"ສະພາເມືອງ ក្រុមប្រឹក្សា မြို့တော် ไทย中文ไทย",
	}
	for _, text := range texts {
		if diff := cmp.Diff(referenceTokenize(text), Tokenize(text)); diff != "" {
			t.Errorf("Tokenize(%q) differs from the reference (-ref +got):\n%s", text, diff)
		}
	}
}

func FuzzTokenizeScripts(f *testing.F) {
	f.Add("南方暴雨致多地交通中断")
	f.Add("東京の夏 スーパー 서울 시장")
	f.Add("iPhone手机3台か\u3099き")
	f.Add("أعلنَ وزيرُ الصحــة ۲۰۲۴")
	f.Add("17اکتوبر سکور95 ۱۴کھلاڑی بَ5")
	f.Add("5\u0651ب ب5a6 ۱5ب a5ب")
	f.Add("ﻛﺘﺎﺏ5 ﷲ7")
	f.Add("\u0301日\u0301本")
	f.Add("ประตูระบายน้ำ\u0e48ไทย中文ไทย ๑๒")
	f.Add("\u0e34ก ក្រុម")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		got := Tokenize(text)
		// Every span is the text at its offsets: within the text, on rune
		// boundaries, in order, never overlapping, and made of word
		// characters only.
		prev := 0
		for _, tok := range got {
			sp := tok.Span
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", sp, prev, text)
			}
			if !utf8.RuneStart(text[sp.Start]) || sp.End < len(text) && !utf8.RuneStart(text[sp.End]) {
				t.Fatalf("span %v splits a rune in %q", sp, text)
			}
			for _, r := range text[sp.Start:sp.End] {
				if !isWordRune(r) {
					t.Fatalf("span %v = %q holds separator %q", sp, text[sp.Start:sp.End], r)
				}
			}
			prev = sp.End
		}
		if diff := cmp.Diff(referenceTokenize(text), got); diff != "" {
			t.Fatalf("Tokenize(%q) differs from the reference (-ref +got):\n%s", text, diff)
		}
	})
}

// BenchmarkTokenizeScripts: go test ./analysis -run '^$' -bench TokenizeScripts -count 10 | benchstat -
func BenchmarkTokenizeScripts(b *testing.B) {
	for _, bc := range []struct{ name, text string }{
		{"chinese", "受强降雨影响，广东省北部多个县市十二日出现严重内涝，部分铁路和高速公路交通中断。"},
		{"thai", "ประตูระบายน้ำคลองตะเคียนงามพังเมื่อคืน น้ำท่วมนาข้าวกว่า 1,800 ไร่ "},
		{"urdu", "بنگلہ دیش نے زمبابوے کو ٹیسٹ کے بعد ون ڈے سیریز میں بھی وائٹ واش کر دیا۔ "},
		{"russian", "Президент США заявил, что переговоры с Россией были продуктивными. "},
	} {
		text := strings.Repeat(bc.text, 50)
		b.Run(bc.name, func(b *testing.B) {
			var tk Tokenizer
			dst := tk.Tokenize(text, nil)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				dst = tk.Tokenize(text, dst[:0])
			}
		})
	}
}

// TestDigitsAgainstArabicLetters: a number written against an Urdu or
// Arabic word gives the tokens the same text typed with a space gives.
func TestDigitsAgainstArabicLetters(t *testing.T) {
	tests := []struct{ joined, spaced string }{
		{"17اکتوبر", "17 اکتوبر"},
		{"سکور95 رنز", "سکور 95 رنز"},
		{"۱۴کھلاڑیوں", "14 کھلاڑیوں"},
		{"ﻛﺘﺎﺏ5", "كتاب 5"}, // presentation forms meet digits as their normal forms do
		{"مرڈر4", "مرڈر 4"},
		{"في2024م", "في 2024 م"},
	}
	hashes := func(text string) []uint64 {
		var out []uint64
		for _, tok := range Tokenize(text) {
			out = append(out, tok.Hash)
		}
		return out
	}
	for _, tt := range tests {
		if diff := cmp.Diff(hashes(tt.spaced), hashes(tt.joined)); diff != "" {
			t.Errorf("Tokenize(%q) differs from Tokenize(%q) (-spaced +joined):\n%s", tt.joined, tt.spaced, diff)
		}
	}
}

// TestCommonLetters: every rune commonLetter (and digitKind's fast path)
// takes for a letter is one, so the fast path tokenizes as the Unicode
// tables do.
func TestCommonLetters(t *testing.T) {
	n := 0
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if commonLetter(r) {
			n++
			if !unicode.IsLetter(r) {
				t.Errorf("commonLetter(%U) but unicode.IsLetter(%U) is false", r, r)
			}
		}
	}
	if n == 0 {
		t.Fatal("commonLetter takes no rune")
	}
}

// TestSoutheastAsianCCC: the combining classes hashSoutheastAsian reads
// are the normaliser's.
func TestSoutheastAsianCCC(t *testing.T) {
	for r := rune(0x0E00); r <= 0x17FF; r++ {
		if !southeastAsian(r) {
			continue
		}
		if got, want := southeastAsianCCC(r), norm.NFC.PropertiesString(string(r)).CCC(); got != want {
			t.Errorf("southeastAsianCCC(%U) = %d; want %d", r, got, want)
		}
	}
}
