package newsgen

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"time"
)

// Kind is how an article was made.
type Kind uint8

const (
	Original Kind = iota // filler plus real paragraphs (or filler only)
	Copy
	Partial
	Light
	Heavy
	numKinds
)

var kindNames = [numKinds]string{"original", "copy", "partial", "light", "heavy"}

func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Default shares of derived kinds; originals take the rest (70%).
const (
	DefaultCopy    = 0.08
	DefaultPartial = 0.08
	DefaultLight   = 0.08
	DefaultHeavy   = 0.06
	DefaultChain   = 0.10
)

// Options shape a corpus.
type Options struct {
	Seed uint64
	// Shares of the derived kinds, each in [0, 1], summing to at most 1;
	// originals take the rest. DefaultOptions sets the brief's mix.
	Copy, Partial, Light, Heavy float64
	// Chain is the share of derived articles whose source is an earlier
	// derived article rather than an original.
	Chain float64
	// Start is the publication time of article 0 (DefaultStart if zero).
	Start time.Time
}

// DefaultOptions returns the default mix with the given seed.
func DefaultOptions(seed uint64) Options {
	return Options{Seed: seed, Copy: DefaultCopy, Partial: DefaultPartial, Light: DefaultLight,
		Heavy: DefaultHeavy, Chain: DefaultChain, Start: DefaultStart}
}

// Validate reports shares out of [0, 1] or derived shares summing past 1.
func (o Options) Validate() error {
	for _, s := range []float64{o.Copy, o.Partial, o.Light, o.Heavy, o.Chain} {
		if s < 0 || s > 1 || math.IsNaN(s) {
			return errors.New("newsgen: shares must be in [0, 1]")
		}
	}
	sum := o.Copy + o.Partial + o.Light + o.Heavy
	if sum > 1+1e-9 {
		return fmt.Errorf("newsgen: derived shares sum to %.3f > 1", sum)
	}
	return nil
}

// Generator makes the articles of one corpus. It is safe for concurrent
// use: every method reads shared state only.
type Generator struct {
	pool  *Pool
	chain *Chain
	opts  Options
	perm  []int32 // pool slot → paragraph
	cum   [numKinds]float64
	// recent holds recently generated articles, slot i mod CacheSize, so
	// that a source is not always regenerated; a miss regenerates it.
	recent []atomic.Pointer[Article]
}

// New returns a generator over pool and chain.
func New(pool *Pool, chain *Chain, opts Options) (*Generator, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if opts.Start.IsZero() {
		opts.Start = DefaultStart
	}
	g := &Generator{pool: pool, chain: chain, opts: opts, recent: make([]atomic.Pointer[Article], CacheSize)}
	r := g.rng(0, tagPerm)
	g.perm = make([]int32, len(pool.Paras))
	for i := range g.perm {
		g.perm[i] = int32(i)
	}
	r.Shuffle(len(g.perm), func(i, j int) { g.perm[i], g.perm[j] = g.perm[j], g.perm[i] })
	shares := [numKinds]float64{0, opts.Copy, opts.Partial, opts.Light, opts.Heavy}
	acc := 0.0
	for k := Copy; k < numKinds; k++ {
		acc += shares[k]
		g.cum[k] = acc
	}
	return g, nil
}

// Pool returns the generator's pool.
func (g *Generator) Pool() *Pool { return g.pool }

// rng tags: each use of randomness for an article has its own stream.
const (
	tagPlan uint64 = iota + 1
	tagText
	tagMeta
	tagPerm
	tagMeasure
	tagSite
)

func (g *Generator) rng(i int, tag uint64) *rand.Rand {
	return rand.New(rand.NewPCG(mix64(g.opts.Seed^tag*0x9e3779b97f4a7c15), mix64(uint64(i)*0xd1b54a32d192ed03+tag)))
}

// baseKind is the kind drawn for article i, before a derived article
// without a source falls back to original.
func (g *Generator) baseKind(i int) Kind {
	return g.drawKind(g.rng(i, tagPlan))
}

func (g *Generator) drawKind(r *rand.Rand) Kind {
	u := r.Float64()
	for k := Copy; k < numKinds; k++ {
		if u < g.cum[k] {
			return k
		}
	}
	return Original
}

type plan struct {
	kind  Kind
	src   int // -1 for originals
	depth int // derivations from an original
}

// plan decides article i's kind and source from (seed, i) alone.
func (g *Generator) plan(i int) plan {
	r := g.rng(i, tagPlan)
	kind := g.drawKind(r)
	if kind == Original {
		return plan{Original, -1, 0}
	}
	chain := r.Float64() < g.opts.Chain
	maxLag := min(i, MaxLag)
	if maxLag >= 1 && chain {
		for range SourceTries {
			j := i - logUniform(r, maxLag)
			if g.baseKind(j) == Original {
				continue
			}
			if pj := g.plan(j); pj.kind != Original && pj.depth < MaxChainDepth {
				return plan{kind, j, pj.depth + 1}
			}
		}
	}
	if maxLag >= 1 {
		for range SourceTries {
			j := i - logUniform(r, maxLag)
			if g.baseKind(j) == Original {
				return plan{kind, j, 1}
			}
		}
	}
	return plan{Original, -1, 0}
}

// logUniform returns an integer in [1, n] with log-uniform density.
func logUniform(r *rand.Rand, n int) int {
	v := int(math.Exp(r.Float64() * math.Log(float64(n)+1)))
	return min(max(v, 1), n)
}

// Article is one generated article.
type Article struct {
	Index     int
	ID        string
	Title     string
	Site      string
	Published time.Time
	Text      string

	Kind   Kind
	Source int     // index of the source article, -1 for originals
	Share  float64 // see the package doc
	// Passages are the planted passages of a partial, as text: each occurs
	// word for word in both the source and the derived article.
	Passages []string
	// RealParas is the number of pool paragraphs in an original.
	RealParas int
	// Gen counts what the filler generator did for this article (not for
	// the regeneration of its source).
	Gen GenStats

	paras [][][]string // paragraphs → sentences → tokens
	site  int
}

// ID returns the identifier of article i.
func ID(i int) string { return fmt.Sprintf("n%07d", i) }

// Published returns the publication time of article i.
func (g *Generator) Published(i int) time.Time {
	r := g.rng(i, tagMeta)
	jitter := time.Duration(r.Int64N(int64(Interval)))
	return g.opts.Start.Add(time.Duration(i)*Interval + jitter).Truncate(time.Second)
}

// Article generates article i.
func (g *Generator) Article(i int) *Article {
	return g.article(i, g.plan(i))
}

func (g *Generator) article(i int, p plan) *Article {
	a := &Article{Index: i, ID: ID(i), Kind: p.kind, Source: p.src, Published: g.Published(i)}
	rm := g.rng(i, tagSite)
	nSites := len(sitePlaces) * len(siteNouns)
	a.site = rm.IntN(nSites)
	r := g.rng(i, tagText)
	w := newWalker(g.chain, r)
	if p.kind == Original {
		g.original(a, r, w)
	} else {
		src := g.cached(p.src)
		if a.site == src.site {
			a.site = (src.site + 1 + rm.IntN(nSites-1)) % nSites
		}
		switch p.kind {
		case Copy:
			g.copyOf(a, src, r, w)
		case Partial:
			g.partialOf(a, src, r, w)
		case Light:
			g.lightOf(a, src, r)
		case Heavy:
			g.heavyOf(a, src, r, w)
		}
	}
	a.Site = siteName(a.site)
	a.Gen = w.stats
	a.Text = render(a.paras)
	g.recent[i%CacheSize].Store(a)
	return a
}

// cached returns article i from the cache of recent articles, or
// generates it. Articles are never modified once made, so sharing is safe.
func (g *Generator) cached(i int) *Article {
	if a := g.recent[i%CacheSize].Load(); a != nil && a.Index == i {
		return a
	}
	return g.article(i, g.plan(i))
}

// render joins tokens with spaces, sentences with spaces and paragraphs
// with blank lines.
func render(paras [][][]string) string {
	var sb strings.Builder
	for pi, p := range paras {
		if pi > 0 {
			sb.WriteString("\n\n")
		}
		for si, s := range p {
			if si > 0 {
				sb.WriteByte(' ')
			}
			for ti, t := range s {
				if ti > 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(t)
			}
		}
	}
	return sb.String()
}

func countWords(paras [][][]string) int {
	n := 0
	for _, p := range paras {
		for _, s := range p {
			n += len(s)
		}
	}
	return n
}

// targetWords draws an article length.
func targetWords(r *rand.Rand) int {
	n := int(math.Round(MedianWords * math.Exp(LengthSigma*r.NormFloat64())))
	return min(max(n, MinWords), MaxWords)
}

// fillerParas generates paragraphs until they hold at least words words.
func fillerParas(w *walker, words int) [][][]string {
	var out [][][]string
	n := 0
	for n < words {
		ns := MinParaSentences + w.r.IntN(MaxParaSentences-MinParaSentences+1)
		w.a, w.b = 0, 0
		var p [][]string
		for range ns {
			s := w.sentence()
			p = append(p, s)
			n += len(s)
			if n >= words {
				break
			}
		}
		out = append(out, p)
	}
	return out
}

// title generates a headline: the start of a generated sentence.
func title(w *walker) []string {
	w.a, w.b = 0, 0
	s := w.sentence()
	n := TitleMinWords + w.r.IntN(TitleMaxWords-TitleMinWords+1)
	if len(s) > n {
		s = s[:n]
	}
	s = append([]string(nil), s...)
	// No headline ends on "of the" or a comma.
	for len(s) > 3 {
		_, w, trail := core(s[len(s)-1])
		if w != "" && !functionWords[strings.ToLower(w)] && trail == "" {
			break
		}
		if w != "" && !functionWords[strings.ToLower(w)] {
			s[len(s)-1] = strings.TrimSuffix(s[len(s)-1], trail)
			break
		}
		s = s[:len(s)-1]
	}
	return s
}

func joinTokens(s []string) string { return strings.Join(s, " ") }

// original fills a with filler and its real paragraphs.
func (g *Generator) original(a *Article, r *rand.Rand, w *walker) {
	a.Title = joinTokens(title(w))
	target := targetWords(r)
	want := 1 + r.IntN(MaxRealParas)
	var real [][][][]string
	realWords := 0
	for s := range want {
		slot := a.Index*MaxRealParas + s
		if slot >= len(g.perm) || slot < 0 {
			break
		}
		toks := strings.Fields(g.pool.Paras[g.perm[slot]])
		if s > 0 && float64(realWords+len(toks)) > RealShareMax*float64(target) {
			break
		}
		real = append(real, [][][]string{splitSentences(toks)})
		realWords += len(toks)
	}
	a.RealParas = len(real)
	paras := fillerParas(w, max(target-realWords, 1))
	a.paras = insertGroups(r, paras, real)
}

func sortInts(s []int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// Site names: fictitious outlets, place × noun.
var (
	sitePlaces = [...]string{"Riverside", "Northfield", "Lakeshore", "Harborview", "Eastbrook", "Westmoor",
		"Pinecrest", "Redstone", "Clearwater", "Stonebridge", "Maplewood", "Oakridge", "Silverton",
		"Fairhaven", "Brookdale", "Highland"}
	siteNouns = [...]string{"Gazette", "Herald", "Tribune", "Courier", "Chronicle", "Post", "Times",
		"Ledger", "Observer", "Daily", "Journal", "Sentinel", "Record", "Dispatch", "Express", "Bulletin"}
)

func siteName(k int) string {
	return "The " + sitePlaces[k/len(siteNouns)] + " " + siteNouns[k%len(siteNouns)]
}
