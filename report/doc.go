// Package report is the result of a scan as people and programs read it:
// one model, three renderings.
//
//	detect + judge + provenance + credit + fidelity
//	                     │
//	                     ▼
//	               report.Scan  ──► WriteJSON  (schema reprint.scan/v2, for programs)
//	                            ──► WriteText  (terminal: stories, lineage, one line per derived article)
//	                            ──► WriteHTML  (one self-contained file: texts side by side)
//
// The model holds plain values (ids, spans, strings), not the engine's
// types, so that the schema is stated in one place and renderers cannot
// drift from it. Spans are byte offsets into each article's cleaned text,
// which the model carries for the HTML report and for --text.
//
// Limits for large corpora: WriteText draws the TextOptions.MaxStories (20)
// largest stories in full and counts the rest; WriteHTML shows at most
// HTMLOptions.MaxPairs pairs (100) with their texts side by side, largest
// stories and strongest pairs first, lists up to MaxTableRows (2,000) more
// in a table, and says on the page how many it shows. The JSON report has
// every pair.
//
// The pieces of an HTML rendering are exported for the server's pages
// (reprint serve), so that the static report and the web app draw stories
// and pairs with one copy of the code: NewPairView lays a pair out and
// PairTemplate, Style and PairScript draw it, style it and link its
// passages across the panes (see "A pair side by side" in pairview.go);
// MarkText marks a pair's passages, credit and quotations over a text
// (PairMarks makes the marks; see "Marking up a text" in markup.go);
// LineageTree lays out a story's lineage and LineageTemplate draws it;
// WordDiff draws a quotation's word diff; Tell tells a pair's direction
// in plain words and SignalName and SignalExplain name and explain its
// evidence; and Flagged, QuoteLabel, RelationName, KindClass, ClassToken,
// SafeURL, Excerpt and Clip are the small rules both apply the same way.
package report
