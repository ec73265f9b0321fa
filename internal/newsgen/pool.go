package newsgen

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pool is the text pool: real paragraphs from the corpora, filtered and
// de-duplicated so that no two share a run of DedupRun words.
type Pool struct {
	Paras []string // paragraphs, single-spaced, in load order
	Stats PoolStats
}

// PoolStats describes what loading kept and dropped.
type PoolStats struct {
	Files        int // files read
	SkippedFiles int // not UTF-8 and not Windows-1252
	Candidates   int // paragraphs found
	TooShort     int // fewer than MinParaWords words
	TooLong      int // more than MaxParaWords words
	NotProse     int // failed the prose check
	Planted      int // overlapped a PAN plagiarism case
	Duplicates   int // shared a DedupRun-word run with an earlier paragraph
	Kept         int
	Words        int // whitespace tokens in kept paragraphs
}

// ErrNoCorpora is returned by LoadPool when dir holds none of the corpora.
var ErrNoCorpora = errors.New("newsgen: no corpora found")

// LoadPool reads the corpora under dir (the layout of ../shared/corpora):
// pan13-train/src and pan13-train/susp (without the passages the PAN
// ground truth marks as planted in the suspicious documents),
// scrapinghub-aeb/ground-truth.json (the articleBody fields) and
// clough-stevenson/corpus-20090418/orig_task*.txt (the five Wikipedia
// sources only: the answers are rewrites of them). Files are read in sorted
// order, so the pool is the same on every run.
func LoadPool(dir string) (*Pool, error) {
	b := &poolBuilder{seen: make(map[uint64]struct{}, 1<<20)}
	found := false

	pan := filepath.Join(dir, "pan13-train")
	if st, err := os.Stat(pan); err == nil && st.IsDir() {
		found = true
		cases, err := panCases(pan)
		if err != nil {
			return nil, err
		}
		for _, sub := range []string{"src", "susp"} {
			names, err := sortedFiles(filepath.Join(pan, sub), ".txt")
			if errors.Is(err, fs.ErrNotExist) {
				continue
			} else if err != nil {
				return nil, err
			}
			for _, name := range names {
				raw, err := os.ReadFile(filepath.Join(pan, sub, name))
				if err != nil {
					return nil, err
				}
				b.addFile(raw, cases[name])
			}
		}
	}

	aeb := filepath.Join(dir, "scrapinghub-aeb", "ground-truth.json")
	if raw, err := os.ReadFile(aeb); err == nil {
		found = true
		var gt map[string]struct {
			ArticleBody string `json:"articleBody"`
		}
		if err := json.Unmarshal(raw, &gt); err != nil {
			return nil, fmt.Errorf("newsgen: %s: %w", aeb, err)
		}
		keys := make([]string, 0, len(gt))
		for k := range gt {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			b.addFile([]byte(gt[k].ArticleBody), nil)
		}
	}

	cs := filepath.Join(dir, "clough-stevenson", "corpus-20090418")
	if names, err := sortedFiles(cs, ".txt"); err == nil {
		for _, name := range names {
			if !strings.HasPrefix(name, "orig_task") {
				continue
			}
			raw, err := os.ReadFile(filepath.Join(cs, name))
			if err != nil {
				return nil, err
			}
			found = true
			b.addFile(raw, nil)
		}
	}

	if !found {
		return nil, fmt.Errorf("%w under %s", ErrNoCorpora, dir)
	}
	if len(b.pool.Paras) == 0 {
		return nil, fmt.Errorf("newsgen: no usable paragraphs under %s", dir)
	}
	b.pool.Stats.Kept = len(b.pool.Paras)
	pool := b.pool // not &b.pool: that would keep the run set alive
	return &pool, nil
}

func sortedFiles(dir, ext string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range ents {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ext) {
			names = append(names, e.Name())
		}
	}
	slices.Sort(names)
	return names, nil
}

// span is a half-open range of code points.
type span struct{ start, end int }

var (
	featureRe = regexp.MustCompile(`<feature [^>]*name="plagiarism"[^>]*>`)
	offsetRe  = regexp.MustCompile(`this_offset="(\d+)"`)
	lengthRe  = regexp.MustCompile(`this_length="(\d+)"`)
	docRefRe  = regexp.MustCompile(`<document reference="([^"]+)"`)
)

// panCases reads the PAN ground truth: for each suspicious document, the
// code-point spans that were planted from a source document (verbatim,
// obfuscated, translated or summarised). Those passages duplicate or
// paraphrase source documents that are in the pool too, so they are left
// out: a paraphrase pair in the pool would be reuse nobody planted.
func panCases(pan string) (map[string][]span, error) {
	cases := make(map[string][]span)
	err := filepath.WalkDir(pan, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".xml") {
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		ref := docRefRe.FindSubmatch(raw)
		if ref == nil {
			return nil
		}
		name := string(ref[1])
		for _, f := range featureRe.FindAll(raw, -1) {
			o, l := offsetRe.FindSubmatch(f), lengthRe.FindSubmatch(f)
			if o == nil || l == nil {
				continue
			}
			off, _ := strconv.Atoi(string(o[1]))
			n, _ := strconv.Atoi(string(l[1]))
			cases[name] = append(cases[name], span{off, off + n})
		}
		return nil
	})
	return cases, err
}

type poolBuilder struct {
	pool Pool
	seen map[uint64]struct{} // DedupRun-word run hashes of kept paragraphs
}

// line is one line of a file and its code-point range.
type line struct {
	text       string
	start, end int
}

func (b *poolBuilder) addFile(raw []byte, exclude []span) {
	b.pool.Stats.Files++
	text, ok := decode(raw)
	if !ok {
		b.pool.Stats.SkippedFiles++
		return
	}
	var lines []line
	off := 0
	for _, l := range strings.Split(text, "\n") {
		n := utf8.RuneCountInString(l)
		lines = append(lines, line{strings.TrimRight(l, "\r"), off, off + n})
		off += n + 1
	}
	for _, p := range paragraphs(lines) {
		b.consider(p, exclude)
	}
}

// decode returns raw as UTF-8: as is when it is valid UTF-8 (after
// dropping NUL bytes and a byte-order mark), else decoded as Windows-1252;
// ok is false when raw is neither (it holds a byte Windows-1252 leaves
// undefined).
func decode(raw []byte) (string, bool) {
	raw = bytes.ReplaceAll(raw, []byte{0}, nil)
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if utf8.Valid(raw) {
		return string(raw), true
	}
	var sb strings.Builder
	sb.Grow(len(raw) + len(raw)/8)
	for _, c := range raw {
		switch {
		case c < 0x80 || c >= 0xa0:
			sb.WriteRune(rune(c))
		default:
			r := cp1252[c-0x80]
			if r == 0 {
				return "", false
			}
			sb.WriteRune(r)
		}
	}
	return sb.String(), true
}

// cp1252 maps bytes 0x80–0x9F of Windows-1252; 0 marks the five undefined.
var cp1252 = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// para is a candidate paragraph and its code-point range in the file.
type para struct {
	text       string
	start, end int
}

// paragraphs groups lines into paragraphs. Blank lines always separate
// paragraphs. Inside a block, the corpora put one paragraph per line (PAN,
// the benchmark's article bodies), but some files are hard-wrapped; a line
// break is read as a wrap, and the lines joined, when the line does not end
// a sentence and the next one starts with a lower-case letter.
func paragraphs(lines []line) []para {
	var out []para
	var cur []string
	start, end := 0, 0
	flush := func() {
		if len(cur) > 0 {
			out = append(out, para{strings.Join(cur, " "), start, end})
			cur = cur[:0]
		}
	}
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			flush()
			continue
		}
		if len(cur) > 0 {
			prev := cur[len(cur)-1]
			r, _ := utf8.DecodeRuneInString(t)
			if sentenceFinal(lastField(prev)) || strings.HasSuffix(prev, ":") || !unicode.IsLower(r) {
				flush()
			}
		}
		if len(cur) == 0 {
			start = l.start
		}
		cur = append(cur, t)
		end = l.end
	}
	flush()
	return out
}

func lastField(s string) string {
	if i := strings.LastIndexAny(s, " \t"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func (b *poolBuilder) consider(p para, exclude []span) {
	st := &b.pool.Stats
	st.Candidates++
	toks := strings.Fields(clean(p.text))
	switch {
	case len(toks) < MinParaWords:
		st.TooShort++
		return
	case len(toks) > MaxParaWords:
		st.TooLong++
		return
	case !prose(toks):
		st.NotProse++
		return
	}
	for _, s := range exclude {
		if s.start < p.end && p.start < s.end {
			st.Planted++
			return
		}
	}
	ws := NormWords(strings.Join(toks, " "))
	hs := make([]uint64, len(ws))
	for i, w := range ws {
		hs[i] = wordHash(w)
	}
	runs := make([]uint64, 0, len(hs))
	for i := 0; i+DedupRun <= len(hs); i++ {
		h := runHash(hs[i : i+DedupRun])
		if _, dup := b.seen[h]; dup {
			st.Duplicates++
			return
		}
		runs = append(runs, h)
	}
	for _, h := range runs {
		b.seen[h] = struct{}{}
	}
	text := strings.Join(toks, " ")
	b.pool.Paras = append(b.pool.Paras, text)
	st.Words += len(toks)
}

// clean replaces control characters and odd spaces by spaces and drops
// soft hyphens and zero-width characters.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u00ad' || r == '\ufeff' || r == '\u200b':
			return -1
		case r == utf8.RuneError || unicode.IsControl(r) || unicode.IsSpace(r):
			return ' '
		}
		return r
	}, s)
}

// prose is the check that keeps running text and drops lists, tables,
// navigation and code: the paragraph ends a sentence, almost every token
// holds a letter, no token is longer than a URL-ish MaxTokenLen, and
// upper-case tokens are a minority.
func prose(toks []string) bool {
	if !sentenceFinal(toks[len(toks)-1]) {
		return false
	}
	letters, upper, function := 0, 0, 0
	for _, t := range toks {
		if len(t) > MaxTokenLen || strings.Contains(t, "://") || strings.HasPrefix(t, "www.") || strings.ContainsAny(t, "{}<>|\\@#=_*•") {
			return false
		}
		if strings.Trim(t, ",.;:()") == "" {
			// A stray comma or stop: the trace of a link the page
			// extraction dropped ("known as the , also").
			return false
		}
		if strings.IndexFunc(t, unicode.IsLetter) >= 0 {
			letters++
		}
		_, w, _ := core(t)
		if len([]rune(w)) > 1 && strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			upper++
		}
		if functionWords[strings.ToLower(w)] {
			function++
		}
	}
	n := float64(len(toks))
	return float64(letters) >= MinLetterTokens*n && float64(upper) <= MaxUpperTokens*n &&
		float64(function) >= MinFunctionWords*n
}

// functionWords are the commonest English words; running English text is
// about 40% of them, other languages and keyword lists far less.
var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the of and to a in that is was he for it with as his on be at by i
		this had not are but from or have an they which one you were her all she there would their we
		him been has when who will more no if out so said what up its about into than them can only
		other new some could time these two may then do first any my now such like our over man me
		even most made after also did many before must through back years where much your way well
		down should because each just those people how too little state good very make world still
		own see men work long get here between both life being under never day same another know while
		last might us great old year off come since against go came right used take three`) {
		functionWords[w] = true
	}
}
