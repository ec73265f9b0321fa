package ingest

import "io"

// DefaultMaxArticleBytes is the default [Options.MaxArticleBytes]: 16 MiB.
// The largest page of the Zyte article-extraction benchmark is under 2 MiB
// and news text files are a few KiB, so anything near the limit is a dump
// or a mistake, not an article; the limit also caps the memory one item can
// take: about twice the limit while it is read, plus the decoded Body, for
// text. HTML costs more while it is extracted: at peak about 33× the page
// for a page of one long paragraph (a 10 MB one takes 330–340 MB resident
// in extract and scan, most of it in go-trafilatura's trimming and
// language detection; htmltext's own share is 7 bytes a visible byte plus
// Body), and about 2.8 KB an element, which htmltext.DefaultMaxElements
// bounds (BENCHMARKS.md, "Hostile input").
const DefaultMaxArticleBytes = 16 << 20

// MaxArticleBytesLimit is the largest MaxArticleBytes: 1 TiB. An item is
// held in memory whole, so no real limit comes near it; a larger value
// (math.MaxInt64, say) would overflow the reader's count of MaxArticleBytes+1
// and is lowered to this.
const MaxArticleBytesLimit = 1 << 40

// maxHeaderBytes bounds the header block of a WARC record and of the HTTP
// response inside it. Real headers are under 4 KiB; 64 KiB is the limit
// most HTTP servers apply too.
const maxHeaderBytes = 64 << 10

// sniffLen is how much of a file is looked at to decide its kind: the 8 KiB
// that binary detection needs. HTML density is judged on the first 4 KiB.
const sniffLen = 8 << 10

// SymlinkPolicy says what a directory walk does with symbolic links.
type SymlinkPolicy uint8

const (
	// FollowSymlinks reads what a link points to. A link to a directory
	// that is an ancestor of itself (a cycle) and a link that resolves to
	// itself are rejected with reprint.SkipSymlinkLoop. This is the default.
	FollowSymlinks SymlinkPolicy = iota
	// SkipSymlinks rejects every link met inside a walked directory with
	// reprint.SkipUnsupported. Links given as arguments are still followed:
	// the caller named them.
	SkipSymlinks
)

// Options configure a [Scanner]. The zero value is ready to use: Open
// calls [Options.SetDefaults].
type Options struct {
	// MaxArticleBytes is the largest item read: a file of plain text or
	// HTML, a decompressed .gz, a WARC payload after de-chunking and
	// decompression, or one JSONL line. A larger item is rejected with
	// reprint.SkipTooLarge after at most MaxArticleBytes+1 bytes of it were
	// read, so memory stays bounded whatever the input. WARC and JSONL
	// files themselves may be of any size: they are streamed.
	// Default (when ≤ 0): DefaultMaxArticleBytes. Values above
	// MaxArticleBytesLimit are lowered to it.
	MaxArticleBytes int64

	// Symlinks says whether a directory walk follows symbolic links.
	// Default: FollowSymlinks.
	Symlinks SymlinkPolicy

	// Stdin is what the path "-" reads: standard input, for a command
	// line. It is copied whole into a temporary file when "-" is reached
	// (a WARC is read with seeks, and a gzip file is sniffed twice), which
	// the Scanner removes when it is closed. Its items have Input "-"
	// ("-#offset", "-:line") and a file's ID "stdin". Default (nil): "-"
	// is a file of that name.
	Stdin io.Reader
}

// SetDefaults fills the fields left at their zero value (or invalid) with
// their defaults.
func (o *Options) SetDefaults() {
	if o.MaxArticleBytes <= 0 {
		o.MaxArticleBytes = DefaultMaxArticleBytes
	}
	o.MaxArticleBytes = min(o.MaxArticleBytes, MaxArticleBytesLimit)
	if o.Symlinks > SkipSymlinks {
		o.Symlinks = FollowSymlinks
	}
}
