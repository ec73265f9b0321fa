package aeb

import (
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NGram is the shingle length of the benchmark (evaluate.py's ngram_n).
const NGram = 4

// Counts are the shingle true positives, false positives and false
// negatives of one page, normalised to sum to 1 (all zero when neither text
// has a token).
type Counts struct {
	TP float64 `json:"tp"`
	FP float64 `json:"fp"`
	FN float64 `json:"fn"`
}

// IsWordRune reports whether r is matched by Python's \w in a str pattern
// (re.UNICODE): a letter (categories Lu, Ll, Lt, Lm, Lo), a number (Nd, Nl,
// No: Python's isdecimal/isdigit/isnumeric), or '_'.
//
// Known differences from Python: combining marks (Mn, Mc) are not \w in
// Python either, so Devanagari vowel signs split words in both; but the
// Unicode version differs (Go's tables against the interpreter's), and the
// few characters with a numeric value whose category is neither L nor N
// (none in Unicode 15 that we know of) would differ.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Tokenize returns the tokens of text as evaluate.py's _tokenize does:
// re.findall(r'\w+', text).
func Tokenize(text string) []string {
	var out []string
	start := -1
	for i, r := range text {
		if IsWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}

// Shingles returns the n-gram shingles of text with their counts, as
// evaluate.py's _all_shingles. Shingles are joined with a space, which no
// token contains. Quirk kept from the original: a text of fewer than n
// tokens (but at least one) yields one shorter shingle of all its tokens,
// since the loop runs over range(max(1, len(tokens)-n+1)); a text with no
// token yields the empty tuple, which `if shingle` drops.
func Shingles(text string, n int) map[string]int {
	tokens := Tokenize(text)
	out := map[string]int{}
	for i := range max(1, len(tokens)-n+1) {
		sh := tokens[i:min(i+n, len(tokens))]
		if len(sh) == 0 {
			continue
		}
		out[strings.Join(sh, " ")]++
	}
	return out
}

// Match compares the true and predicted article bodies of one page as
// evaluate.py's string_shingle_matching: shingle counts with multiplicity,
// tp = Σ min, fp = Σ excess predicted, fn = Σ excess true, then normalised
// so that a long page weighs no more than a short one.
func Match(truth, pred string) Counts {
	ts, ps := Shingles(truth, NGram), Shingles(pred, NGram)
	var c Counts
	for k, t := range ts {
		p := ps[k]
		c.TP += float64(min(t, p))
		c.FN += float64(max(0, t-p))
	}
	for k, p := range ps {
		c.FP += float64(max(0, p-ts[k]))
	}
	// Sums of small integers in float64 are exact, so the order (Python
	// iterates a set) does not matter.
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

// Accurate reports whether truth and pred have the same tokens
// (evaluate.py's get_accuracy).
func Accurate(truth, pred string) bool {
	a, b := Tokenize(truth), Tokenize(pred)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// PrecisionScore is evaluate.py's precision_score: 1 when the page has
// neither false positives nor false negatives, 0 when nothing was
// predicted right, else tp/(tp+fp).
func PrecisionScore(c Counts) float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// RecallScore is evaluate.py's recall_score.
func RecallScore(c Counts) float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// Scores are the benchmark's figures for one extractor.
type Scores struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Accuracy  float64 `json:"accuracy"`
}

// Aggregate computes the benchmark's figures from per-page counts and
// accuracies (1 or 0 per page), as evaluate.py's metrics_from_tp_fp_fns:
// precision is the mean of PrecisionScore over pages with tp+fp > 0, recall
// the mean of RecallScore over pages with tp+fn > 0, F1 the harmonic mean
// of the two means (not a mean of per-page F1). Means are computed exactly
// and rounded once, like Python's statistics.mean, so the figures agree
// with evaluate.py to the last bit.
//
// Where evaluate.py would raise (no page qualifies, or precision + recall
// is 0), the figure is 0.
func Aggregate(counts []Counts, accuracies []float64) Scores {
	var ps, rs []float64
	for _, c := range counts {
		if c.TP+c.FP > 0 {
			ps = append(ps, PrecisionScore(c))
		}
		if c.TP+c.FN > 0 {
			rs = append(rs, RecallScore(c))
		}
	}
	s := Scores{Precision: mean(ps), Recall: mean(rs), Accuracy: mean(accuracies)}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// mean is statistics.mean for floats: the exact sum divided by the count,
// rounded to the nearest float64. It returns 0 for no values.
func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	var sum, x big.Rat
	for _, v := range xs {
		x.SetFloat64(v)
		sum.Add(&sum, &x)
	}
	sum.Quo(&sum, x.SetInt64(int64(len(xs))))
	f, _ := sum.Float64()
	return f
}
