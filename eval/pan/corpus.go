package pan

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Corpus is a PAN text-alignment corpus on disk:
//
//	DIR/pairs                          "susp src" file names, one pair per line
//	DIR/src/source-documentNNNNN.txt   source documents, UTF-8
//	DIR/susp/suspicious-documentNNNNN.txt
//	DIR/02-no-obfuscation/pairs        the pairs of one obfuscation folder
//	DIR/02-no-obfuscation/suspicious-documentNNNNN-source-documentMMMMM.xml
//
// A Corpus caches every document it loads; documents recur across pairs.
// Its methods are safe for concurrent use.
type Corpus struct {
	Dir   string // the corpus root, holding src/ and susp/
	Pairs []Pair // in the order of the pairs file(s)

	mu   sync.Mutex
	docs map[string]*docEntry
}

// Pair is one suspicious document paired with one source document, and the
// ground truth for it.
type Pair struct {
	Susp, Src   string // file names, e.g. "suspicious-document00005.txt"
	Obfuscation string // the folder holding its truth, e.g. "02-no-obfuscation"
	Cases       []Case // feature name "plagiarism"; empty for pairs without reuse
}

type docEntry struct {
	once sync.Once
	text string
	err  error
}

// OpenCorpus reads the pairs and ground truth of the corpus at dir, which is
// either the corpus root or one obfuscation folder (whose src/ and susp/ are
// in its parent); then Pairs holds only that folder's pairs. Given the root,
// every pair of the root pairs file must be in exactly one folder's pairs
// file, and every folder pair in the root file. Repeated lines of a pairs
// file are read once. Documents are not read until asked for.
func OpenCorpus(dir string) (*Corpus, error) {
	dir = filepath.Clean(dir)
	if isDir(filepath.Join(dir, "src")) && isDir(filepath.Join(dir, "susp")) {
		return openRoot(dir)
	}
	parent := filepath.Dir(dir)
	if isFile(filepath.Join(dir, "pairs")) && isDir(filepath.Join(parent, "src")) && isDir(filepath.Join(parent, "susp")) {
		c := &Corpus{Dir: parent}
		pairs, err := readFolder(dir)
		if err != nil {
			return nil, err
		}
		c.Pairs = pairs
		return c, nil
	}
	return nil, fmt.Errorf("pan: %s is neither a corpus root (src/, susp/) nor an obfuscation folder (pairs, ../src/, ../susp/)", dir)
}

func openRoot(dir string) (*Corpus, error) {
	rootPairs, err := readPairs(filepath.Join(dir, "pairs"))
	if err != nil {
		return nil, err
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("pan: %w", err)
	}
	byPair := make(map[[2]string]Pair)
	for _, e := range ents { // sorted by name
		if !e.IsDir() || !isFile(filepath.Join(dir, e.Name(), "pairs")) {
			continue
		}
		ps, err := readFolder(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			k := [2]string{p.Susp, p.Src}
			if q, dup := byPair[k]; dup {
				return nil, fmt.Errorf("pan: pair %s %s is in both %s and %s", p.Susp, p.Src, q.Obfuscation, p.Obfuscation)
			}
			byPair[k] = p
		}
	}
	c := &Corpus{Dir: dir, Pairs: make([]Pair, 0, len(rootPairs))}
	for _, k := range rootPairs {
		p, ok := byPair[k]
		if !ok {
			return nil, fmt.Errorf("pan: pair %s %s of %s/pairs is in no obfuscation folder", k[0], k[1], dir)
		}
		c.Pairs = append(c.Pairs, p)
	}
	if len(byPair) != len(rootPairs) {
		return nil, fmt.Errorf("pan: the obfuscation folders hold %d pairs, %s/pairs %d", len(byPair), dir, len(rootPairs))
	}
	return c, nil
}

// readFolder reads an obfuscation folder: its pairs file and each pair's
// truth XML.
func readFolder(dir string) ([]Pair, error) {
	keys, err := readPairs(filepath.Join(dir, "pairs"))
	if err != nil {
		return nil, err
	}
	name := filepath.Base(dir)
	pairs := make([]Pair, 0, len(keys))
	for _, k := range keys {
		p := Pair{Susp: k[0], Src: k[1], Obfuscation: name}
		path := filepath.Join(dir, FileName(p.Susp, p.Src))
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("pan: truth of pair %s %s: %w", p.Susp, p.Src, err)
		}
		doc, err := ReadXML(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("pan: %s: %w", path, err)
		}
		if doc.Reference != p.Susp {
			return nil, fmt.Errorf("pan: %s: reference %q, want %q", path, doc.Reference, p.Susp)
		}
		if p.Cases, err = doc.Annotations(TagCase); err != nil {
			return nil, fmt.Errorf("pan: %s: %w", path, err)
		}
		for _, c := range p.Cases {
			if c.SourceReference != p.Src {
				return nil, fmt.Errorf("pan: %s: case with source_reference %q, want %q", path, c.SourceReference, p.Src)
			}
		}
		pairs = append(pairs, p)
	}
	return pairs, nil
}

// readPairs reads a pairs file: lines "susp src", blank lines ignored,
// repeated lines read once.
func readPairs(path string) ([][2]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("pan: %w", err)
	}
	defer f.Close()
	var out [][2]string
	seen := make(map[[2]string]bool)
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		if len(fields) != 2 {
			return nil, fmt.Errorf("pan: %s:%d: want \"susp src\", got %q", path, n, sc.Text())
		}
		k := [2]string{fields[0], fields[1]}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("pan: reading %s: %w", path, err)
	}
	return out, nil
}

// Folders returns the names of the obfuscation folders of c's pairs, sorted.
func (c *Corpus) Folders() []string {
	var out []string
	for _, p := range c.Pairs {
		if !slices.Contains(out, p.Obfuscation) {
			out = append(out, p.Obfuscation)
		}
	}
	slices.Sort(out)
	return out
}

// Sample returns up to n pairs of each folder, spread evenly over the
// folder's pairs in corpus order; the same corpus gives the same sample.
func (c *Corpus) Sample(n int) []Pair {
	var out []Pair
	for _, f := range c.Folders() {
		var ps []Pair
		for _, p := range c.Pairs {
			if p.Obfuscation == f {
				ps = append(ps, p)
			}
		}
		if n >= len(ps) {
			out = append(out, ps...)
			continue
		}
		for i := range n {
			out = append(out, ps[i*len(ps)/n])
		}
	}
	return out
}

// ErrInvalidUTF8 is returned for a document that is not valid UTF-8; its
// code-point offsets would be ill-defined.
var ErrInvalidUTF8 = errors.New("pan: document is not valid UTF-8")

// Texts returns the texts of the pair's suspicious and source documents.
func (c *Corpus) Texts(p Pair) (susp, src string, err error) {
	if susp, err = c.SuspText(p.Susp); err != nil {
		return "", "", err
	}
	if src, err = c.SrcText(p.Src); err != nil {
		return "", "", err
	}
	return susp, src, nil
}

// SuspText returns the text of the suspicious document named name.
func (c *Corpus) SuspText(name string) (string, error) {
	return c.load("susp", name)
}

// SrcText returns the text of the source document named name.
func (c *Corpus) SrcText(name string) (string, error) {
	return c.load("src", name)
}

// load reads dir/name below c.Dir once; the text is kept for the life of c. The
// bytes are used as they are: no BOM is stripped (pan13-train has none) and
// line ends are kept, because the truth offsets count every code point.
func (c *Corpus) load(dir, name string) (string, error) {
	if name != filepath.Base(name) || !filepath.IsLocal(name) {
		return "", fmt.Errorf("pan: document name %q is not a file name", name)
	}
	rel := filepath.Join(dir, name)
	c.mu.Lock()
	if c.docs == nil {
		c.docs = make(map[string]*docEntry)
	}
	e := c.docs[rel]
	if e == nil {
		e = new(docEntry)
		c.docs[rel] = e
	}
	c.mu.Unlock()
	e.once.Do(func() {
		b, err := os.ReadFile(filepath.Join(c.Dir, rel))
		if err != nil {
			e.err = fmt.Errorf("pan: %w", err)
			return
		}
		if !utf8.Valid(b) {
			e.err = fmt.Errorf("%w: %s", ErrInvalidUTF8, rel)
			return
		}
		e.text = string(b)
	})
	return e.text, e.err
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}
