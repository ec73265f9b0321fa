// Package reprint is the vocabulary of the reprint engine, which finds reused
// news text: copies, partial copies and rewrites, which article is the
// source, whether the copy credits it, and which quotations changed.
//
// The engine is a pipeline of small packages, each with one idea; this root
// package holds only the types they pass to each other and imports only the
// standard library.
//
//	inputs ──► ingest ──► clean ──► analysis ──► fingerprint ──► candidates ──► align ──► judge ──► report
//	txt html   Article    main text  tokens with   shingles,       pairs worth    passages   relation,   terminal
//	warc jsonl + Meta     minus      byte spans    MinHash, LSH    a closer look  with       direction,  JSON
//	                      chrome                                                  spans      credit      HTML
//
// Offsets are sacred. Every passage is reported as a [Span] of bytes into an
// article's cleaned [Article.Text]; [Article.TextMap] maps those bytes back to
// [Article.Body] (the decoded document text before cleaning), and
// [Article.BodyMap] maps Body back to [Article.Raw], the bytes as read. Rune
// (code point) offsets, which formats such as PAN count, are derived from
// byte offsets at the edges, never stored.
//
// Bad input never vanishes: an item that cannot become an Article becomes a
// [Rejected] with a [SkipReason], so that items read = articles + rejected.
package reprint
