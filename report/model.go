package report

import (
	"time"

	"github.com/reprint/reprint"
)

// Schema names the version of the JSON rendering. v2 adds stories,
// lineage, the source of each pair, credit and quote checks to v1.
const Schema = "reprint.scan/v2"

// Unseen is the lineage parent of articles that share an unseen common
// source.
const Unseen = "unseen"

// Scan is one scan's result.
type Scan struct {
	Schema   string     `json:"schema"`
	Articles []Article  `json:"articles"`
	Stories  []Story    `json:"stories"`
	Pairs    []Pair     `json:"pairs"`
	Rejected []Rejected `json:"rejected"`
	Stats    Stats      `json:"stats"`
}

// Article is one article read.
type Article struct {
	ID        string         `json:"id"`
	Input     string         `json:"input"`
	Format    reprint.Format `json:"format"`
	Title     string         `json:"title,omitempty"`
	Site      string         `json:"site,omitempty"`
	Publisher string         `json:"publisher,omitempty"` // as determined for credit checks
	URL       string         `json:"url,omitempty"`
	Published *time.Time     `json:"published,omitempty"`
	Bytes     int            `json:"bytes"` // length of the cleaned text
	// Encoding is the legacy or UTF-16 encoding the article's bytes were
	// decoded from ("windows-1251", "shift_jis", "utf-16le"), omitted
	// for UTF-8: the text was read in an encoding found, not assumed.
	Encoding string `json:"encoding,omitempty"`
	// Warnings are what ingest ignored of the article's metadata, and why
	// (reprint.Meta.Warnings): a publication date it could not read.
	Warnings []string `json:"warnings,omitempty"`
	// Text is the cleaned text the spans point into. It is always set in
	// the model; WriteJSON omits it unless asked.
	Text string `json:"text,omitempty"`
	// Headline is the span of Text that is the article's headline, when
	// Text opens with it (reprint.Article.Headline); nil when it does not.
	// The story's body is the rest of Text. The HTML report shows it as a
	// heading.
	Headline *reprint.Span `json:"headline,omitempty"`
}

// Story is a connected group of related articles, with its lineage.
type Story struct {
	ID       int      `json:"id"`       // 1-based, largest story first
	Articles []string `json:"articles"` // article ids, in input order
	Lineage  []Edge   `json:"lineage"`  // one edge per article that has a parent
}

// Edge says an article's most likely parent: an article id, or Unseen.
type Edge struct {
	Child  string `json:"child"`
	Parent string `json:"parent"`
	// OrderUnknown: child and parent are the same text and nothing orders
	// them — one copied the other, which is unknown, and the lineage could
	// as well draw them the other way up (provenance.Edge.Unordered).
	OrderUnknown bool `json:"order_unknown,omitempty"`
}

// Pair is two related articles.
type Pair struct {
	A        string `json:"a"`
	B        string `json:"b"`
	Relation string `json:"relation"` // copy, partial-copy, rewrite, same-story
	// Extent is how much of the derived article (of the article more of
	// which is shared, when the direction is unknown) comes from the
	// other: whole, part or none (judge.Extent).
	Extent     string    `json:"extent"`
	Source     *string   `json:"source"`     // the article id of the source, or null when unknown or common
	Common     bool      `json:"common"`     // the two share an unseen common source
	Direction  []Signal  `json:"direction"`  // the evidence for Source
	Similarity float64   `json:"similarity"` // IDF-weighted term cosine
	Coverage   Coverage  `json:"coverage"`
	Passages   []Passage `json:"passages"`
	// Credit says whether the derived article credits the source; nil
	// when the direction is unknown (there is no derived article to ask).
	Credit *Credit `json:"credit"`
	// Quotes are the derived article's quotations checked against the
	// source; empty when the direction is unknown.
	Quotes []Quote `json:"quotes"`
	Capped string  `json:"capped,omitempty"`
	// Through, set only on a same-story pair that shares no passage and
	// no vocabulary measure of its own, names the article whose lineage
	// makes the two one story: the one both descend from, or, for two
	// lines that report one event apart, the pair of them that does.
	// Such a pair's Similarity is 0: nothing was measured between the
	// two.
	Through []string `json:"through,omitempty"`
}

// Label is the relation with the extent beside it, as reports show them:
// "rewrite · whole", "partial-copy · part"; the relation alone when the
// extent is none or unknown.
func (p *Pair) Label() string {
	if p.Extent == "" || p.Extent == "none" {
		return p.Relation
	}
	return p.Relation + " · " + p.Extent
}

// Derived returns the id of the derived article of p, or "" when its
// direction is unknown or common.
func (p *Pair) Derived() string {
	switch {
	case p.Source == nil:
		return ""
	case *p.Source == p.A:
		return p.B
	}
	return p.A
}

// Signal is one piece of direction evidence.
type Signal struct {
	Signal string `json:"signal"` // date, containment, credit, quotes, details
	Points string `json:"points"` // the article id it points to as source, "common", or "" when it abstains
	Detail string `json:"detail"`
}

// Coverage is the share of each side's words inside the pair's passages,
// in all and by passage kind.
type Coverage struct {
	A        float64 `json:"a"`
	B        float64 `json:"b"`
	Verbatim Sides   `json:"verbatim"`
	Rewrite  Sides   `json:"rewrite"`
}

// Sides is a figure for each side of a pair.
type Sides struct {
	A float64 `json:"a"`
	B float64 `json:"b"`
}

// Passage is a shared passage: byte spans into each side's cleaned text.
type Passage struct {
	Kind  string       `json:"kind"` // verbatim or rewrite
	A     reprint.Span `json:"a"`
	B     reprint.Span `json:"b"`
	Score float64      `json:"score"`
}

// Credit is whether the derived article credits its source.
type Credit struct {
	Article   string        `json:"article"` // the derived article checked
	Status    string        `json:"status"`  // credited or not-credited
	Name      string        `json:"name,omitempty"`
	Form      string        `json:"form,omitempty"`
	Evidence  *reprint.Span `json:"evidence,omitempty"` // span in the derived article's text
	Publisher string        `json:"publisher,omitempty"`
	Reason    string        `json:"reason"`
}

// Quote is one quotation of the derived article, checked against the
// source.
type Quote struct {
	Article       string         `json:"article"` // the derived article
	Text          string         `json:"text"`
	Span          reprint.Span   `json:"span"`   // the quoted words in the derived text
	Status        string         `json:"status"` // exact, fragment, altered, merged, unquoted-in-source, unattested, term
	Source        []reprint.Span `json:"source,omitempty"`
	Diff          []DiffOp       `json:"diff,omitempty"` // for altered quotes
	Speaker       string         `json:"speaker,omitempty"`
	SourceSpeaker string         `json:"source_speaker,omitempty"`
	SpeakerChange bool           `json:"speaker_changed,omitempty"`
}

// DiffOp is one step of a word diff from the source quotation to the
// derived one.
type DiffOp struct {
	Op      string `json:"op"` // equal, delete, insert, replace
	Source  string `json:"source,omitempty"`
	Derived string `json:"derived,omitempty"`
}

// Rejected is an input item that could not be read.
type Rejected struct {
	Input  string `json:"input"`
	Reason string `json:"reason"`
	Detail string `json:"detail,omitempty"`
}

// Stats counts the work of the scan.
type Stats struct {
	Read           int `json:"read"`
	Articles       int `json:"articles"`
	Rejected       int `json:"rejected"`
	Candidates     int `json:"candidates"`
	RelatedPairs   int `json:"related_pairs"`
	Stories        int `json:"stories"`
	CappedPairs    int `json:"capped_pairs"`
	CappedBuckets  int `json:"capped_buckets"`
	CappedPostings int `json:"capped_postings"`
}

// Article returns the article with id, or nil.
func (s *Scan) Article(id string) *Article {
	for i := range s.Articles {
		if s.Articles[i].ID == id {
			return &s.Articles[i]
		}
	}
	return nil
}
