// Package server is `reprint serve`: the HTTP API and the newsroom web app
// over one archive, on the embedded store or PostgreSQL alike (it sees
// only an engine.Archive).
//
//	client ──► Server.ServeHTTP: security headers, body limit, access log, panic recovery
//	             │
//	             ├─ /api/…  JSON in, JSON out; every error {"error": {code, message, param}}
//	             │    POST /api/check      ─► parseArticle ─► ingest (as a JSONL line) ─► Archive.Check
//	             │    POST /api/articles   ─► … ─► Archive.AddArticles (one writer at a time)
//	             │    GET  articles, stories, pairs, stats, openapi.json
//	             │
//	             └─ pages   html/template; home (stories), story (lineage tree),
//	                        pair (texts side by side), article, check
//	                            │
//	                            ▼
//	                  snapshot: the stories of the whole archive, indexed (Archive.Snapshot,
//	                  or the snapshot file the last run wrote), brought up to date when
//	                  the store's counts or this server's writes change (Archive.Rescan:
//	                  only the stories a write touched)
//
// # Design
//
// Standard library only: net/http's ServeMux with method patterns (a path
// served for other methods answers 405 with Allow), log/slog for the
// access log. The handlers return errors; one table (statusOf) maps the
// error codes to HTTP statuses, and internal detail is logged, never sent.
//
// Bodies are bounded (Options.MaxBodyBytes, 413 beyond), read whole, and
// parsed by parseArticle, which does no I/O and answers only 4xx errors
// (FuzzParseArticle). The article is then read by ingest exactly as one
// line of a JSONL file, so that HTML is extracted, text decoded and the
// article cleaned as `reprint check` would; POST /api/check answers the
// same reprint.scan/v2 document as `reprint check --json`.
//
// Checks are CPU work: at most Options.MaxChecks run at once and
// Options.MaxQueued wait; beyond that a check is a 503 with Retry-After,
// so a burst degrades into refusals rather than into every request
// timing out. Adds take the archive's one writer in turn and, once
// begun, run to their end even if the client leaves: the store commits an
// article whole or not at all, and Serve's graceful shutdown waits for
// them.
//
// The story list needs the judgement of every stored pair (Archive.Scan),
// which is far too slow per request on a large archive and changes only
// when the archive does; the server keeps it as a snapshot (see "The
// stories of the archive" in model.go).
//
// The pages are rendered on the server; a little plain JavaScript links
// passages across panes and applies filters. Style and script are inline
// and the same on every page, and the Content-Security-Policy is
// default-src 'none' plus their SHA-256 hashes, computed at start from the
// embedded files: the pages load nothing from anywhere. Every string from
// the archive goes through html/template or template.HTMLEscapeString,
// and only http and https URLs become links. A pair is laid out and drawn
// by the static report's code (report.NewPairView, report.PairTemplate,
// with report.Style and report.PairScript following the app's own
// style and script): a pane shows an article's text byte for byte, with
// passages marked over it (report.MarkText, see "Marking up a text" in
// report/markup.go), so a highlighted passage is exactly the text at its
// span.
//
// Limits: the snapshot holds the report model of the whole archive
// (every article's metadata and every judged pair, passages included, but
// no texts: a page reads the texts it shows from the store) and an index
// of the words of the texts of the stories of several articles
// (search.go): 302 MB of heap at 100,000 generated news articles. It is
// kept in a snapshot file between runs (Options.SnapshotFile), so a
// restart judges only what changed since. Story ids number the stories of
// the current snapshot, largest first, and change as the archive grows;
// links carry an article of the story too, which the story page follows.
package server
