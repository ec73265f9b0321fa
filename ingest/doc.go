// Package ingest reads articles: plain text, HTML, WARC and JSON Lines,
// from files and directory trees, one item at a time, with a reason for
// everything it cannot read.
//
//	paths ──► walk ──► sniff ──┬─ text ──► decode ─► unwrap ─► Article (Body, BodyMap → Raw)
//	 files     sorted   first  ├─ html ──► htmltext.Extract ─► Article
//	 dirs      no dot-  8 KiB  ├─ warc ──► records ─► HTML responses ─► Article per record
//	           files           ├─ jsonl ─► lines ───► text or html ───► Article per line
//	                           ├─ gzip ──► .warc.gz → warc; else gunzip and sniff again
//	                           └─ binary ─► Rejected
//
// # Items
//
// A [Scanner] yields items in a deterministic order: arguments in the
// order given; directories walked depth first in lexical (byte) order of
// names; records and lines in file order. Every item is an
// [reprint.Article] or a [reprint.Rejected] with a [reprint.SkipReason],
// and [Stats] keeps Read == Articles + Rejected. An item is a text or HTML
// file, a non-blank JSONL line, a WARC response record with an HTML
// payload, a WARC record that fails to parse, or a path that cannot be
// read. WARC records that are not HTML responses (warcinfo, request,
// metadata, revisit, images, redirects and other non-2xx responses) are
// not candidate articles: they are counted in Stats.NonArticle, not
// rejected; but a WARC file with no candidate at all is rejected as a whole
// (SkipNoArticle, the Detail counting its records by kind: "2 request, 1
// response with status 404"), so that no file given vanishes from the
// counts. Hidden files and directories (names starting with ".") met
// in a walk are not read and are counted in Stats.Hidden; a hidden path
// given as an argument is read.
//
// IDs: for files, the path relative to the argument it was found under,
// with forward slashes (the base name for a file argument); for WARC, the
// WARC-Record-ID without its angle brackets; for JSONL, the "id" field.
// Input says where an item was read: the path, "path#offset" for a WARC
// record (the offset of its gzip member in a .warc.gz), "path:line" for
// JSONL. Paths that are not valid UTF-8 have their other bytes written %XX
// (and '%' written %25) in IDs and Input, so that names differing only in
// those bytes stay apart. IDs are unique within a scan, and no article is
// lost to a collision: an article whose ID was already given to a
// different item (index.html under two arguments, id 1 in two JSONL files)
// takes its Input as ID ("siteB/index.html"), the first keeping the short
// one, so the same arguments in the same order give the same IDs. Only the
// same item read again (a path given twice, a WARC record whose
// WARC-Record-ID was seen) is rejected as SkipDuplicateID.
//
// # Sniffing
//
// The kind of a file comes from its content, not its name: an HTML page
// named .txt is HTML. In order: gzip magic; "WARC/" (a plain WARC); the
// magic numbers of common binary formats (PNG, JPEG, GIF, PDF, ZIP, OLE2
// .doc/.xls, ELF, 7z, xz, zstd, bzip2); a UTF-16 BOM (text); a NUL byte or
// more than 10% control characters in the first 8 KiB (binary); HTML (it
// starts, after white space, comments and an XML declaration, with
// <!doctype html, <html, <head or <body, or has at least three <p>, <div,
// <br or <a href tags in its first 4 KiB); JSONL (the first line is a JSON
// object, or the name ends in .jsonl or .ndjson); a JSON document that is
// not JSON lines (a whole-file object or array, or a .json file starting
// with '{' or '['), rejected as SkipUnsupported rather than read as an
// article of braces and keys; text otherwise. A gzip
// file whose first member decompresses to "WARC/" is a .warc.gz and goes
// to the WARC reader, which needs the member boundaries; any other gzip
// file is decompressed and its content sniffed again. UTF-16 files are
// always read as text.
//
// # Encodings
//
// Text is decoded to UTF-8 with an [reprint.OffsetMap] from Body back to
// Raw: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and Windows-1252
// for bytes that are not UTF-8 and hold no valid multi-byte UTF-8
// sequence. A file that mixes valid multi-byte UTF-8 with invalid bytes is
// a damaged UTF-8 file, rejected as SkipInvalidUTF8 with the offset of the
// first bad byte. CRLF and lone CR become LF. Meta.Encoding records the
// encoding. Paragraphs hard-wrapped at a column width (OCR'd newspaper
// columns, e-mail, books) are joined into one line each, a word broken
// across lines by a hyphen made whole (unwrap.go), the map still leading
// back to Raw. A first line that reads as a headline becomes Meta.Title and
// stays in Body (see headline in text.go). Text and TextMap are left for
// the cleaning stage. HTML goes to package htmltext, which does its own
// charset detection and returns Body, BodyMap and Meta; a page it cannot
// decode (damaged UTF-8, invalid bytes in a declared encoding) is
// SkipEncoding, and a page whose UTF-8 declaration its bytes contradict is
// read as Windows-1252.
//
// # Bounded memory
//
// No item is held in memory beyond Options.MaxArticleBytes. A text or
// HTML file is read through a reader that stops at MaxArticleBytes+1
// bytes, so a 50 MB file is rejected as SkipTooLarge after reading just
// over the limit; the same limit applies to the decompressed content of a
// .gz, to each WARC payload after de-chunking and decompression, and to
// each JSONL line (a longer line is skipped to its end without being kept).
// An HTML page with more than htmltext.DefaultMaxElements tags is
// SkipTooLarge too, whatever its size in bytes: the extractor's memory
// grows with the number of elements (about 2.8 KB each).
// WARC and JSONL files themselves are streamed and may be of any size;
// WARC and HTTP headers are limited to 64 KiB. Stats.Bytes counts the
// bytes read from files.
//
// # Failures
//
// A problem with one item never stops the scan: see [reprint.SkipReason]
// for the reasons. A truncated WARC or gzip stream gives the records
// before the cut and one SkipTruncated item, and the scan goes on with the
// next file. In a .warc.gz, a damaged gzip member is one rejection and
// reading resumes at the next intact member (see warc.go). The only error from [Scanner.Err] is the context's.
//
// WARC records are read by a small reader of our own; warc.go says why
// github.com/internetarchive/gowarc was not used.
package ingest
