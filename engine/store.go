package engine

import (
	"context"
	"errors"
	"iter"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/judge"
)

// Format is the archive format this engine writes and reads. A store
// records it when created and refuses to open an archive of another
// format, so that an old reprint never misreads a newer archive.
const Format = "reprint.archive/3"

// KeysVersion names how posting keys are computed (detect.Keys and
// postingKeys). Keys are hashes of the text: an archive built under
// another version cannot be searched with this one's keys.
//
// keys/4: CJK text is tokenized in character bigrams and Arabic-script
// letters are folded (analysis), and the terms of documents in languages
// with a Snowball stemmer other than English are stemmed in their
// language (rewrite); keys of English text are as in keys/3.
//
// keys/5: digits written against Arabic-script letters are words of
// their own ("17اکتوبر" is "17" and "اکتوبر"); keys of text without such
// words, and of all Latin text, are as in keys/4.
//
// keys/6: the terms of a document analysed in a language of its own
// (rewrite.OwnLanguage: German, French, Portuguese… with a Snowball
// stemmer) leave out its Snowball stop words; keys of English text, and
// of text in languages without a stemmer, are as in keys/5.
//
// keys/7: a text the identifier names unreliably is analysed in the
// language it names when that language's stop words make a share of
// rewrite.OwnStopShare of its words (Danish and Norwegian news, which the
// identifier tells apart only unreliably); keys of every other text are
// as in keys/6.
//
// keys/8: a text whose stop words are Catalan's is analysed as Catalan
// (rewrite.Catalan: Lucene's Catalan stop words left out, words kept
// whole), where it was analysed as Spanish or English; keys of every
// other text are as in keys/7.
//
// keys/9: a Vietnamese, Korean or Hindi text is analysed in its own
// language (rewrite.StopListOnly: its stop words left out, words kept
// whole), where it was analysed as English; keys of every other text are
// as in keys/8.
//
// keys/10: a Ukrainian, Bulgarian or Persian text is analysed in its own
// language (rewrite.StopListOnly10: its stop words left out, words kept
// whole), where it was analysed as English; keys of every other text are
// as in keys/9.
//
// keys/11: runs of Thai, Lao, Myanmar and Khmer letters are tokenized in
// overlapping character trigrams (analysis), where a run was one word,
// and a Thai or Latvian text leaves out stopwords-iso's stop words of its
// language; keys of every other text are as in keys/10.
//
// keys/12: an Albanian text (read by its stop words, rewrite.StopListOnly12)
// or a Sinhala one leaves out spaCy's Albanian or Sinhala stop words, and
// a Lao one (read by its script) LaoNLP's Lao ones; keys of every other
// text are as in keys/11.
//
// keys/13: the modifier letters ʻ and ʼ break words; decimal digits of
// every script are numbers; a Punjabi or Gujarati text leaves out its
// language's stop words (rewrite.StopListOnly13); keys of every other
// text are as in keys/12.
//
// keys/14: a text is read as Albanian by its stop words only where it
// writes ë (rewrite.AlbanianStops14 names those that were read so
// before); keys of every other text are as in keys/13.
// keys/15: a Tibetan syllable's token is the fold of it and the next
// syllable (analysis.Tokenize), and the shad ends a Tibetan sentence
// (package sentence); keys of every other text are as in keys/14.
// keys/16: a text analysis.TranslitOf reads as Serbian (or Macedonian)
// or Kazakh tokenizes its Cyrillic words in the language's Latin
// alphabet; keys of every other text are as in keys/15.
// keys/17: German's sharp s folds to "ss" (analysis: "Straße" is
// "strasse", as Swiss Standard German writes it); keys of every text
// without ß or ẞ are as in keys/16.
const KeysVersion = "keys/17 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits,sea-trigram,modifier-apostrophe,bo-pairs stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop th,lv=stop sq,lo,si=stop pa,gu=stop terms=digits sq=ë sentences=bo-shad translit=sr,kk sharp-s=ss"

// PostingCap is the longest posting list a store must keep for a key:
// the cap of the key's candidate signal (minhash.DefaultMaxBucket for the
// exact key, as for LSH bands in Run; detect.DefaultMaxPostingDocs for
// fingerprints, content-word pairs and terms). A longer list is never read — every lookup skips it as too
// common to pair on — so a store may drop it and keep only the mark that
// it was capped, for good: removing articles does not bring it back. Most
// term postings of a large archive are of such common terms.
func PostingCap(key uint64) int {
	if key>>(keyBits-2) == tagExact {
		return maxBucket
	}
	return detect.DefaultMaxPostingDocs
}

// Errors of Store methods. Stores wrap them with detail; test with
// errors.Is.
var (
	// ErrNotFound: no article has that id or number.
	ErrNotFound = errors.New("not found")
	// ErrNotArchive: the path exists but is not a reprint archive.
	ErrNotArchive = errors.New("not a reprint archive")
	// ErrNoArchive: there is no archive at the path (open for reading).
	ErrNoArchive = errors.New("no archive")
	// ErrFormat: the archive's format or key version is not this engine's.
	ErrFormat = errors.New("archive format not supported")
	// ErrReadOnly: the archive was opened for reading only, or its files
	// cannot be written.
	ErrReadOnly = errors.New("archive is read-only")
	// ErrBusy: another process is adding to the archive.
	ErrBusy = errors.New("archive is busy")
	// ErrFull: the disk (or the store's size limit) is full. What was
	// committed before stays readable.
	ErrFull = errors.New("no space left for the archive")
)

// Record is one archived article: what the archive keeps of it.
type Record struct {
	// Seq is the archive's number for the article, given by the store in
	// the order articles are put, never reused. Pairs refer to articles by
	// Seq; A < B means A was archived first.
	Seq int64
	// ID is the article id, any bytes: ids that differ only by case or by
	// bytes that are not UTF-8 are different articles.
	ID          string
	Input       string
	Format      reprint.Format
	Meta        reprint.Meta
	Attribution []reprint.Attribution
	// Publisher is whose content the article is, as credit.Publisher
	// tells from the article alone (site, URL, copyright, byline, credit
	// line), kept so that a report need not read the text to say it.
	Publisher string
	// Text is the cleaned text passage spans point into; empty when the
	// record was read without it.
	Text string
	// Compressed is Text as CompressText gives it, when the caller has
	// it already: Put then stores it as it is (an add compresses on all
	// cores, ahead of the one writer).
	Compressed []byte
	// Bytes is len(Text) as archived, also when Text was not read.
	Bytes int
	// Words is the number of word tokens of Text.
	Words int
	// Hash identifies the content: re-adding an article of the same id and
	// hash changes nothing; another hash replaces it.
	Hash [32]byte
	// Pending reports whether the article's pairs with the articles
	// archived before it are still to be found (an add was interrupted
	// between storing it and aligning it).
	Pending bool
}

// Article returns r as a reprint.Article (without Raw, Body and maps,
// which the archive does not keep). Its Headline is found again from Text
// and the title, as cleaning found it (reprint.FindHeadline), so the
// archive need not keep it; none when Text was not read.
func (r *Record) Article() *reprint.Article {
	return &reprint.Article{ID: r.ID, Input: r.Input, Format: r.Format, Meta: r.Meta, Text: r.Text, Attribution: r.Attribution,
		Headline: reprint.FindHeadline(r.Text, r.Meta.Title)}
}

// PairRecord is a related pair found when its later article was added.
// A < B are article Seqs; Pair's A and B indexes are not used.
type PairRecord struct {
	A, B int64
	Pair detect.Pair
}

// Relation returns the pair's relation.
func (p *PairRecord) Relation() judge.Relation { return p.Pair.Relation }

// StoreStats are a store's counts and sizes.
type StoreStats struct {
	Articles  int   // archived articles
	Pending   int   // of which still waiting for their pairs
	Words     int64 // word tokens of all articles
	TextBytes int64 // cleaned text, uncompressed
	Pairs     int   // related pairs
	Terms     int   // distinct content terms counted for the IDF
	Postings  int64 // (key, article) posting entries
	// Files are the store's files with their sizes in bytes.
	Files map[string]int64
	// Generation moves on with every commit that changes the term counts
	// or the number of articles; 0 when the store does not say.
	Generation int64 `json:"-"`
}

// SetCount sets the count a store keeps under name — "articles",
// "pending", "words", "bytes" (TextBytes), "postings", "pairs" or "terms"
// — and reports whether name is one of them.
func (st *StoreStats) SetCount(name string, n int64) bool {
	switch name {
	case "articles":
		st.Articles = int(n)
	case "pending":
		st.Pending = int(n)
	case "words":
		st.Words = n
	case "bytes":
		st.TextBytes = n
	case "postings":
		st.Postings = n
	case "pairs":
		st.Pairs = int(n)
	case "terms":
		st.Terms = int(n)
	case "generation":
		st.Generation = n
	default:
		return false
	}
	return true
}

// Store keeps an archive: articles with their texts, the posting lists of
// their candidate keys, the document frequencies of their terms, and the
// related pairs found. Reads see a consistent state as of their start;
// writes happen in Update transactions, all or nothing. A Store is safe for
// concurrent use.
type Store interface {
	// Stats returns the store's counts, kept as they change, and the sizes
	// of its files: cheap at any size.
	Stats(ctx context.Context) (StoreStats, error)
	// Lookup returns the article of id, with its text; ErrNotFound if none.
	Lookup(ctx context.Context, id string) (*Record, error)
	// Get returns the articles of seqs with their texts, in the order
	// asked; ErrNotFound if one is missing.
	Get(ctx context.Context, seqs []int64) ([]*Record, error)
	// Articles yields every article in Seq order, with its text if
	// withText.
	Articles(ctx context.Context, withText bool) iter.Seq2[*Record, error]
	// Pending returns the Seqs of the articles whose pairs are still to be
	// found, ascending.
	Pending(ctx context.Context) ([]int64, error)
	// Postings calls fn for every key of keys with its posting list (the
	// Seqs holding the key, ascending), at most limit+1 of them: a list of
	// limit+1 stands for "more than limit". capped reports a list the
	// store dropped for holding more than MaxPostingList articles. Keys
	// without postings are skipped.
	Postings(ctx context.Context, keys []uint64, limit int, fn func(key uint64, seqs []int64, capped bool)) error
	// DF returns the document frequency of each of terms that has one, and
	// the number of documents counted.
	DF(ctx context.Context, terms []uint64) (map[uint64]uint32, int, error)
	// AllDF returns every document frequency and the number of documents.
	AllDF(ctx context.Context) (map[uint64]uint32, int, error)
	// PairsOf returns the pairs with an article of seqs on either side,
	// ordered by (A, B).
	PairsOf(ctx context.Context, seqs []int64) ([]PairRecord, error)
	// Pairs yields every pair ordered by (A, B).
	Pairs(ctx context.Context) iter.Seq2[PairRecord, error]
	// CountPostings counts the stored (key, article) postings one by one:
	// for Verify, slow on a large archive (Stats has the kept count).
	CountPostings(ctx context.Context) (int64, error)
	// Update runs fn in one write transaction and commits it if fn returns
	// nil. It returns ErrReadOnly on a read-only store and ErrFull when the
	// disk fills.
	Update(ctx context.Context, fn func(Tx) error) error
	// Close releases the store.
	Close() error
}

// Tx is a write transaction of a Store.
type Tx interface {
	// Put archives rec (its Seq is ignored) as pending, with its posting
	// keys and terms (document frequencies go up by one each), and
	// returns its Seq. The id must not be archived already.
	Put(rec *Record, postings, terms []uint64) (int64, error)
	// Remove deletes the article seq with its postings and pairs; its
	// terms' document frequencies go down by one each. postings and terms
	// must be those it was put with.
	Remove(seq int64, postings, terms []uint64) error
	// PutPair stores a pair, replacing one of the same A and B.
	PutPair(p PairRecord) error
	// Done marks the article seq as no longer pending.
	Done(seq int64) error
}

// Settler is a Store that can arrange itself for the lookups to come, as
// the embedded store merges its posting segments. An add settles the store
// after indexing, before matching.
type Settler interface {
	Settle(ctx context.Context) error
}

// ErrNoChangeLog: the store keeps no change log, or not from the mark
// asked (an archive made before the log, opened for reading).
var ErrNoChangeLog = errors.New("no change log")

// ChangeLog is a Store that logs, with every commit, the articles it
// touched: each article put, removed or completed, and both articles of
// each pair stored. Archive.Rescan reads it to judge again only the
// stories those articles are in, instead of the whole archive.
//
// A mark is a position in the log: it only grows, and a change committed
// after a reader took a mark is always logged after it (the store's one
// writer commits in turn).
type ChangeLog interface {
	// Mark returns the position of the last change logged (0 when none).
	// ErrNoChangeLog when the store keeps no log.
	Mark(ctx context.Context) (int64, error)
	// Changes returns the changes logged after mark, in the order they
	// were logged (an article may be named more than once), and the
	// position of the last one (mark when there is none). ErrNoChangeLog
	// when the store keeps no log.
	Changes(ctx context.Context, mark int64) ([]Change, int64, error)
}

// Change is one entry of a ChangeLog: an article whose stories a commit
// may have changed. Removed reports that the commit removed it; an
// article once removed never comes back (Seqs are not reused).
type Change struct {
	Seq     int64
	Removed bool
}
