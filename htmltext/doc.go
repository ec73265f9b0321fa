// Package htmltext finds the main text and metadata of an HTML page, keeps
// its paragraphs as paragraphs, and maps every byte of that text back to
// the page.
//
// # Why go-trafilatura
//
// Choosing the article inside a page (and leaving out menus, teasers,
// comments and footers) is done by github.com/markusmobius/go-trafilatura,
// a port of Barbaresi's trafilatura. On the Zyte article extraction
// benchmark (package aeb) it is the best Go extractor measured: its own
// text scores F1 0.962 here (published: 0.960), against 0.947 for the
// go-readability fork and 0.927 for go-domdistiller; it also reads the
// richest metadata (site name, author, publication date through
// go-htmldate, canonical URL). Its plain ContentText, though, runs all
// paragraphs into one line and splits words at inline tags ("super
// market" for "super<b>market</b>"), and it says nothing about where the
// text came from. This package keeps go-trafilatura's choice of text and
// does the layout and the offsets itself.
//
// # How
//
//	raw bytes ──decode──► UTF-8 page ──html.Parse──► tree ──trafilatura──► content tree
//	    ▲                     │                                                 │
//	    │                     └─tokenize─► visible text ◄──locate blocks────────┘
//	    │                                  (per character:                      │
//	    └────────── BodyMap ◄───────────    page offsets)          Body ◄───────┘
//
// The steps:
//
//  1. Decode: a BOM, else valid UTF-8, else the page's <meta> declaration
//     (unless it says UTF-8, which the bytes contradict, or leaves bytes
//     undecoded, or is a Latin charset over another script's bytes), else
//     the legacy encoding DetectLegacy finds with github.com/gogs/chardet
//     (see decode). Bytes that cannot be decoded are ErrEncoding, never
//     replacement characters in the text. A transcoded page keeps a map from
//     each character to its bytes, so BodyMap always points into the raw
//     input, not into a decoded copy.
//  2. Extract: the page is parsed with x/net/html and handed to
//     trafilatura.ExtractDocument, so that trafilatura sees exactly the
//     characters of the page (its own parser would also NFC-normalise and
//     drop soft hyphens, which breaks offsets). On a page MediaWiki made,
//     the wiki's interface inside the content (the site notice, the
//     "From X, the free encyclopedia" tagline, the "[edit]" links, the
//     footnotes' back links, "Retrieved from …", the categories) is
//     taken out of the tree first, by the ids and classes MediaWiki
//     gives it on every wiki (see "A wiki's interface inside its
//     content" in wiki.go); no other page is touched.
//  3. Blocks: the content tree is walked; block elements (p, h1–h6, li,
//     blockquote, pre, tr, …) and <br> end a block; each block is the list
//     of its text nodes. go-trafilatura trims the text of nearly every
//     node, so the tree no longer tells "foo <b>bar</b>" from
//     "foo<b>bar</b>".
//  4. Visible text: the page is tokenized once more with html.Tokenizer;
//     the lengths of raw tokens give byte offsets, character references
//     are unescaped one by one, and each visible non-space character is
//     stored with its byte range and with what preceded it in the page:
//     nothing or inline tags, whitespace (or a table-cell boundary), or a
//     block-level tag.
//  5. Locate and lay out: each block, whitespace removed, is searched for
//     in the visible text, ahead of the previous match first, then from the
//     start of the page (strings.Index; short pieces only near the last
//     match). A block not found whole is located piece by piece. Found text
//     is written with the spacing of the page: a space where either side
//     has whitespace, nothing where the page has only inline tags, a
//     paragraph break where the page has a block-level tag (this restores
//     paragraphs when go-trafilatura's rescue path returns a whole
//     <article> as one run of text). Text never found is written as it is
//     and mapped to an empty range at the last position found: never to a
//     wrong place. A block whose only occurrence was already written is a
//     repeat made by go-trafilatura and is dropped.
//     A paid link drawn as a button (rel="sponsored" with a button's
//     class or role: "Bet Now" closing each row of a betting site's odds
//     table, "Claim Offer" under its offer) is passed over: an advert's
//     call to action, never the article's words, which its row's other
//     cells are (adButton).
//  6. Continuations: where the page cut the article body into several
//     containers of the same class in the same kind of slot, with an
//     advertisement between them, go-trafilatura keeps the first; the
//     later ones are laid out after it (see "An article split by
//     advertisements" in split.go). On the benchmark this restores two
//     pages of one publisher (recall 0.35 and 0.45 → 1.00) and touches no
//     other.
//  7. Credit notes: a line of the article's body that go-trafilatura
//     pruned for its class ("syndication-note": its discard rules hold
//     "syndication", "share", "social", …) is given back at its place
//     when the caller's Options.Credit reads it as a credit line ("This
//     article first appeared in the Kelderby Gazette."), the only credit
//     a sister title's copy gives its source (see "A credit note inside
//     the article body" in note.go). On the benchmark it changes no page.
//
// On the 181 benchmark pages, 5,063 of 5,064 paragraphs are located, and
// for each the raw bytes at its mapped range hold its words in order
// (TestBodyMapWordsAEB). Body scores at least as well as ContentText on the
// benchmark (F1 0.9622 against 0.9618, precision 0.9461 against 0.9454);
// where it loses a page, the ground truth itself split a word at an
// inline tag.
//
// Cost: the page is tokenized twice (once by the parser, once here) and
// each block costs one substring search, usually a short one just ahead of
// the last match, and one binary search among the spans already written
// (spanSet); go-trafilatura dominates the time. Its memory grows with the
// number of elements (it clones the tree several times, about 2.8 KB an
// element), so a page with more than Options.MaxElements tags is refused
// before it is parsed (ErrTooManyElements).
//
// Links in Meta.Links are the page's <a href> elements whose text lies in
// located article text, in page order, resolved against the page URL (or
// the canonical URL) and <base href>, without duplicates.
package htmltext
