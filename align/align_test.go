package align_test

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/tools/txtar"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/align"
	"github.com/reprint/reprint/analysis"
)

// MustNew returns an Aligner with default options.
func MustNew(tb testing.TB) *align.Aligner {
	tb.Helper()
	al, err := align.New(align.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return al
}

func run(al *align.Aligner, a, b string) align.Result {
	return al.Align(a, b, analysis.Tokenize(a), analysis.Tokenize(b))
}

// checkInvariants asserts what Align promises of every result: spans
// inside the texts and on rune boundaries, sorted by A.Start, no overlap
// on either side, Kind Verbatim, Score in [0,1], and a passage's text is
// text[span].
func checkInvariants(tb testing.TB, a, b string, res align.Result) {
	tb.Helper()
	for i, p := range res.Passages {
		if _, err := p.A.In(a); err != nil || p.A.Empty() {
			tb.Fatalf("passage %d: A %v invalid in text of %d bytes: %v", i, p.A, len(a), err)
		}
		if _, err := p.B.In(b); err != nil || p.B.Empty() {
			tb.Fatalf("passage %d: B %v invalid in text of %d bytes: %v", i, p.B, len(b), err)
		}
		if p.Kind != reprint.Verbatim {
			tb.Fatalf("passage %d: Kind = %v; want verbatim", i, p.Kind)
		}
		if !(p.Score >= 0 && p.Score <= 1) {
			tb.Fatalf("passage %d: Score = %v; want in [0,1]", i, p.Score)
		}
		for j := range i {
			q := res.Passages[j]
			if q.A.Start > p.A.Start {
				tb.Fatalf("passages %d, %d not sorted by A.Start: %v, %v", j, i, q.A, p.A)
			}
			if q.A.Overlaps(p.A) || q.B.Overlaps(p.B) {
				tb.Fatalf("passages %d, %d overlap: %v/%v and %v/%v", j, i, q.A, q.B, p.A, p.B)
			}
		}
	}
	if res.Capped != (res.CapReason != "") {
		tb.Fatalf("Capped = %v but CapReason = %q", res.Capped, res.CapReason)
	}
}

// TestAlignTxtar runs the cases in testdata/*.txtar. Each archive holds
// the texts "a" and "b" and a file "want" of lines:
//
//	count N          the number of passages
//	a I TEXT         passage I's text in a contains TEXT (b: in b)
//	a= I TEXT        passage I's text in a is TEXT (b=: in b)
//	score I X        passage I's Score is X
func TestAlignTxtar(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	al := MustNew(t)
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			parts := map[string]string{}
			for _, f := range ar.Files {
				parts[f.Name] = string(f.Data)
			}
			a, b := parts["a"], parts["b"]
			res := run(al, a, b)
			checkInvariants(t, a, b, res)
			for _, line := range strings.Split(strings.TrimSpace(parts["want"]), "\n") {
				op, rest, _ := strings.Cut(line, " ")
				if op == "count" {
					if n, _ := strconv.Atoi(rest); len(res.Passages) != n {
						t.Errorf("Align: %d passages; want %d\n%s", len(res.Passages), n, describe(a, b, res))
					}
					continue
				}
				is, want, _ := strings.Cut(rest, " ")
				i, err := strconv.Atoi(is)
				if err != nil {
					t.Fatalf("bad want line %q", line)
				}
				if i >= len(res.Passages) {
					t.Errorf("%s: no passage %d\n%s", line, i, describe(a, b, res))
					continue
				}
				p := res.Passages[i]
				ta, tb := a[p.A.Start:p.A.End], b[p.B.Start:p.B.End]
				var ok bool
				switch op {
				case "a":
					ok = strings.Contains(ta, want)
				case "b":
					ok = strings.Contains(tb, want)
				case "a=":
					ok = ta == want
				case "b=":
					ok = tb == want
				case "score":
					x, _ := strconv.ParseFloat(want, 64)
					ok = p.Score == x
				default:
					t.Fatalf("bad want line %q", line)
				}
				if !ok {
					t.Errorf("%s: not so\n%s", line, describe(a, b, res))
				}
			}
		})
	}
}

func describe(a, b string, res align.Result) string {
	var s strings.Builder
	for i, p := range res.Passages {
		fmt.Fprintf(&s, "passage %d score %.3f\n  a %v %q\n  b %v %q\n", i, p.Score, p.A, a[p.A.Start:p.A.End], p.B, b[p.B.Start:p.B.End])
	}
	fmt.Fprintf(&s, "capped %v %q stats %+v", res.Capped, res.CapReason, res.Stats)
	return s.String()
}

// TestSelfPair aligns a text with itself (the same string and token slice
// on both sides): one passage covering the whole text.
func TestSelfPair(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/identical.txtar")
	if err != nil {
		t.Fatal(err)
	}
	a := string(ar.Files[0].Data)
	toks := analysis.Tokenize(a)
	res := MustNew(t).Align(a, a, toks, toks)
	checkInvariants(t, a, a, res)
	want := reprint.Span{Start: 0, End: len(strings.TrimSpace(a))}
	if len(res.Passages) != 1 || res.Passages[0].A != want || res.Passages[0].B != want {
		t.Fatalf("Align(a, a) = %s; want one passage %v", describe(a, a, res), want)
	}
}

// TestRepetitive aligns the same line 10,000 times against itself. Every
// gram is far too frequent, so the work stays bounded and Capped says why.
func TestRepetitive(t *testing.T) {
	a := strings.Repeat("the quick brown fox jumps over the lazy dog again\n", 10000)
	res := run(MustNew(t), a, a)
	checkInvariants(t, a, a, res)
	if !res.Capped || !strings.Contains(res.CapReason, "gram-frequency") {
		t.Errorf("Align(repetitive) Capped = %v, CapReason = %q; want capped by gram-frequency", res.Capped, res.CapReason)
	}
	if res.Stats.Seeds > align.DefaultMaxSeeds {
		t.Errorf("Align(repetitive) made %d seeds; want at most %d", res.Stats.Seeds, align.DefaultMaxSeeds)
	}
}

// TestLargeDocumentBounded aligns a 50 MB text of repeated varied
// sentences with a shorter text drawn from the same sentences. The caps,
// not the input size, bound the work: the seed count stays within
// MaxSeeds and Capped reports the bound.
func TestLargeDocumentBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB document skipped in -short mode")
	}
	const size = 50 << 20
	var sb strings.Builder
	sb.Grow(size + 200)
	for i := 0; sb.Len() < size; i++ {
		fmt.Fprintf(&sb, "Report number %d from district %d says output rose by %d percent. ", i%1000, i%37, i%101)
	}
	a := sb.String()
	b := a[:1<<20]
	opts := align.Options{MaxSeeds: 1 << 18}
	al, err := align.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	res := al.Align(a, b, analysis.Tokenize(a), analysis.Tokenize(b))
	checkInvariants(t, a, b, res)
	if res.Stats.Seeds > opts.MaxSeeds {
		t.Errorf("Seeds = %d; want at most MaxSeeds = %d", res.Stats.Seeds, opts.MaxSeeds)
	}
	if !res.Capped {
		t.Errorf("Capped = false; want true for a 50 MB repetitive text (stats %+v)", res.Stats)
	}
	if len(res.Passages) > align.DefaultMaxPassages {
		t.Errorf("%d passages; want at most %d", len(res.Passages), align.DefaultMaxPassages)
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	tests := []align.Options{
		{ExactN: 17},
		{ExactN: -1, BagN: -1},
		{MaxGramFreq: -1},
		{MinCoverage: 1.5},
		{MaxSkew: -2},
	}
	for _, o := range tests {
		if _, err := align.New(o); err == nil {
			t.Errorf("New(%+v) = nil error; want error", o)
		}
	}
}

// TestReuse checks that scratch reuse does not leak between calls: the
// same pair gives the same result after other pairs.
func TestReuse(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/two_passages.txtar")
	if err != nil {
		t.Fatal(err)
	}
	a, b := string(ar.Files[0].Data), string(ar.Files[1].Data)
	al := MustNew(t)
	first := fmt.Sprint(run(al, a, b).Passages)
	run(al, b, a)
	run(al, a, a)
	if again := fmt.Sprint(run(al, a, b).Passages); again != first {
		t.Errorf("Align after reuse = %s; want %s", again, first)
	}
}

func FuzzAlign(f *testing.F) {
	f.Add("The cat sat on the mat and looked at the dog for a long time.", "A dog: the cat sat on the mat and looked at the dog for a long time!")
	f.Add("", "x")
	f.Add("Путин сказал что переговоры были хорошими и продуктивными", "переговоры были хорошими и продуктивными, сказал Путин")
	f.Add("a a a a a a a a a a", "a a a a a a")
	f.Add("\xff\xfe word word", "word \xff word")
	f.Fuzz(func(t *testing.T, a, b string) {
		al, err := align.New(align.Options{MinTokens: 3, MinSeeds: 1, MaxGap: 4})
		if err != nil {
			t.Fatal(err)
		}
		res := run(al, a, b)
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			// Rune alignment is only defined for valid UTF-8; bounds and
			// order still hold.
			for _, p := range res.Passages {
				if p.A.Start < 0 || p.A.End > len(a) || p.B.Start < 0 || p.B.End > len(b) {
					t.Fatalf("span out of bounds: %+v", p)
				}
			}
			return
		}
		checkInvariants(t, a, b, res)
	})
}

// TestAlignScaled: a shared run of 30 Chinese characters is a passage by
// tokens (one a character) but not by words (two characters a word,
// under MinTokens of 25 words); one of 120 characters is both, and
// AlignScaled leaves the options as they were for the next call.
func TestAlignScaled(t *testing.T) {
	short := "村民们说这座桥已经有两百年的历史了大家都很舍不得它被冲走的那天晚上" // 33 characters
	long := "县文化局表示将按照修旧如旧的原则在原址复建永济桥工期约十八个月预计明年底完工" +
		"复建所需木料将从邻县采购老匠人吴春山带领徒弟参与施工村里还计划在桥头建一座小型展览馆" +
		"展出打捞回来的旧构件和老照片让年轻人了解廊桥营造技艺的来龙去脉" // 118 characters
	fillA := "今天上午市政府召开新闻发布会介绍了全市经济运行情况和下一步工作安排。"
	fillB := "气象部门提醒市民注意防范强降雨天气过程可能引发的山洪和地质灾害。"
	for _, tc := range []struct {
		name        string
		shared      string
		plain, word int // passages found by Align and by AlignScaled(…, 2)
	}{
		{"a short run", short, 1, 0},
		{"a long run", long, 1, 1},
	} {
		a, b := fillA+tc.shared+fillA, fillB+tc.shared+fillB
		ta, tb := analysis.Tokenize(a), analysis.Tokenize(b)
		al := MustNew(t)
		if got := len(al.Align(a, b, ta, tb).Passages); got != tc.plain {
			t.Errorf("%s: Align found %d passages, want %d", tc.name, got, tc.plain)
		}
		res := al.AlignScaled(a, b, ta, tb, 2)
		checkInvariants(t, a, b, res)
		if got := len(res.Passages); got != tc.word {
			t.Errorf("%s: AlignScaled found %d passages, want %d", tc.name, got, tc.word)
		}
		if got, want := al.Options(), MustNew(t).Options(); got.MinTokens != want.MinTokens || got.MaxGap != want.MaxGap ||
			got.MaxSkew != want.MaxSkew || got.MaxExtend != want.MaxExtend {
			t.Errorf("%s: options changed after AlignScaled: %+v", tc.name, got)
		}
	}
}
