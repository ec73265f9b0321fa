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
package report
