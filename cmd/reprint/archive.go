package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/ingest"
	"github.com/reprint/reprint/postgres"
	"github.com/reprint/reprint/sqlite"
	"github.com/spf13/cobra"
)

// exitError ends the program with a status and no further message.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// openArchive opens the archive at dir — a folder (the embedded store)
// or a postgres:// URL (a PostgreSQL database shared by a team) — for
// writing (created if missing) or for reading.
func openArchive(ctx context.Context, dir string, write bool, opts engine.Options) (*engine.Archive, engine.Store, error) {
	return openArchiveKeys(ctx, dir, write, false, opts)
}

// isPostgresURL reports whether an --archive names a PostgreSQL database.
func isPostgresURL(dir string) bool {
	return strings.HasPrefix(dir, "postgres://") || strings.HasPrefix(dir, "postgresql://")
}

// openArchiveKeys is openArchive, whatever key version indexed the
// archive when anyKeys: for what does not use the keys (stats, export)
// and for upgrading them.
func openArchiveKeys(ctx context.Context, dir string, write, anyKeys bool, opts engine.Options) (*engine.Archive, engine.Store, error) {
	if dir == "" {
		return nil, nil, usageError{errors.New("--archive DIR|URL is required")}
	}
	var st engine.Store
	if isPostgresURL(dir) {
		pg, err := postgres.Open(ctx, dir, postgres.Options{ReadOnly: !write, Create: write && !anyKeys, AnyKeys: anyKeys})
		if err != nil {
			return nil, nil, err
		}
		st = pg
	} else {
		lite, err := sqlite.Open(ctx, dir, sqlite.Options{ReadOnly: !write, Create: write && !anyKeys, AnyKeys: anyKeys})
		if err != nil {
			return nil, nil, err
		}
		st = lite
	}
	a, err := engine.NewArchive(st, opts)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return a, st, nil
}

func (m *Main) addCommand() *cobra.Command {
	var (
		dir      string
		asJSON   bool
		maxBytes int64
	)
	c := &cobra.Command{
		Use:   "add --archive DIR PATHS...",
		Short: "add articles to an archive (made if missing); incremental",
		Long: `add reads the articles under PATHS (text, HTML, WARC, JSONL; folders walked),
cleans them and adds them to the archive in DIR, making it if there is none:
an article whose id is archived with the same content is left as it is, one
with other content replaces the old version. Then the pairs of every new
article with the articles archived before it are found, aligned and stored.
An add that was interrupted (even by kill -9) left every article whole or
absent; running add again completes it. Only one add runs on an archive at a
time; check and scan read it meanwhile. The summary (stdout) counts
read = added + unchanged + replaced + rejected; --json prints it as JSON.`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			ctx := c.Context()
			a, st, err := openArchive(ctx, dir, true, engine.Options{Ingest: ingest.Options{MaxArticleBytes: maxBytes}})
			if err != nil {
				return err
			}
			defer st.Close()
			bar := m.newProgress(ctx)
			stats, err := a.Add(ctx, args, "", bar.report())
			bar.Done()
			if err != nil {
				return err
			}
			if asJSON {
				return m.printJSON(stats)
			}
			return m.addSummary(stats)
		},
	}
	c.Flags().StringVar(&dir, "archive", "", "the archive folder")
	c.Flags().BoolVar(&asJSON, "json", false, "print the counts as one JSON object")
	c.Flags().Int64Var(&maxBytes, "max-bytes", ingest.DefaultMaxArticleBytes, "reject items larger than this many bytes")
	return c
}

func (m *Main) addSummary(s *engine.AddStats) error {
	w := bufio.NewWriter(m.Stdout)
	fmt.Fprintf(w, "read %d = added %d + unchanged %d + replaced %d + rejected %d\n", s.Read, s.Added, s.Unchanged, s.Replaced, s.Rejected)
	if s.Completed > 0 {
		fmt.Fprintf(w, "completed %d articles left pending by an interrupted add\n", s.Completed)
	}
	fmt.Fprintf(w, "%d related pairs stored (%d candidate pairs aligned, %d kept from the aligners by the vote pre-filter, %d of one shared phrase by the phrase check)\n", s.Pairs, s.Candidates, s.Prefiltered, s.PhraseChecked)
	if s.CappedPostings > 0 || s.CappedPairs > 0 {
		fmt.Fprintf(w, "caps hit: %d posting lists too common to pair on, %d pairs whose alignment hit a bound\n", s.CappedPostings, s.CappedPairs)
	}
	for _, r := range s.Rejections {
		fmt.Fprintf(w, "rejected %s: %s", r.Input, r.Reason)
		if r.Detail != "" {
			fmt.Fprintf(w, " (%s)", r.Detail)
		}
		fmt.Fprintln(w)
	}
	return w.Flush()
}

func (m *Main) checkCommand() *cobra.Command {
	var (
		dir      string
		flags    jobFlags
		maxBytes int64
	)
	c := &cobra.Command{
		Use:   "check --archive DIR FILE|-",
		Short: "check one article against an archive, without adding it",
		Long: `check reads one article (a file of any kind reprint reads, or - for standard
input) and reports every archived article related to it: relation, coverage,
passages, which is the source, credit and quotation checks, in the
reprint.scan/v2 shape (--format json or --json: the article first in
"articles", its pairs in "pairs"), or its pairs alone (--format jsonl, csv,
tsv; --min-coverage, --relation and --only-derived select them). The archive
is not changed. The detection thresholds and the judge's bars of the relation
and the extent are flags with their defaults, as for scan: the detection ones
choose the archived articles aligned with this one (the archive's own keys
were made by add; --max-posting-docs at most its cap, 200).

Exit status: 0 when nothing reuses the article and it reuses nothing (same-story
pairs are not reuse), 1 when reuse is found, 2 on error.`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError{fmt.Errorf("check needs exactly one article (a file, or - for standard input), got %d", len(args))}
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			ctx := c.Context()
			ro, eopts, err := flags.parse(c.Flags())
			if err != nil {
				return err
			}
			if eopts.Detect.MaxPostingDocs > detect.DefaultMaxPostingDocs {
				return usageError{fmt.Errorf("--max-posting-docs %d: an archive keeps posting lists of at most %d articles", eopts.Detect.MaxPostingDocs, detect.DefaultMaxPostingDocs)}
			}
			a, st, err := openArchive(ctx, dir, false, engine.Options{Detect: eopts.Detect, Judge: eopts.Judge})
			if err != nil {
				return err
			}
			defer st.Close()
			opts := ingest.Options{MaxArticleBytes: maxBytes}
			var art = args[0]
			if art == "-" {
				tmp, err := spoolStdin(m.Stdin, opts.MaxArticleBytes)
				if err != nil {
					return err
				}
				defer os.RemoveAll(filepath.Dir(tmp))
				art = tmp
			}
			article, err := engine.ReadOne(ctx, opts, art)
			if err != nil {
				return err
			}
			model, _, err := a.Check(ctx, article)
			if err != nil {
				return err
			}
			if err := m.render(model, ro); err != nil {
				return err
			}
			if engine.Reuse(model) {
				return exitError{1}
			}
			return nil
		},
	}
	c.Flags().StringVar(&dir, "archive", "", "the archive folder")
	flags.register(c.Flags())
	c.Flags().Int64Var(&maxBytes, "max-bytes", ingest.DefaultMaxArticleBytes, "reject an article larger than this many bytes")
	return c
}

// spoolStdin copies standard input (at most limit+1 bytes, so that the
// reader can still say too-large) into a file named "stdin" in a new
// temporary folder, and returns its path: the article's id is "stdin".
func spoolStdin(stdin io.Reader, limit int64) (string, error) {
	if stdin == nil {
		stdin = os.Stdin
	}
	dir, err := os.MkdirTemp("", "reprint-check-*")
	if err != nil {
		return "", fmt.Errorf("reading standard input: %w", err)
	}
	path := filepath.Join(dir, "stdin")
	f, err := os.Create(path)
	if err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("reading standard input: %w", err)
	}
	_, err = io.Copy(f, io.LimitReader(stdin, limit+1))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("reading standard input: %w", err)
	}
	return path, nil
}

func (m *Main) archiveCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "archive",
		Short: "look after an archive: stats, remove, export, verify, upgrade",
	}
	var dir string
	c.PersistentFlags().StringVar(&dir, "archive", "", "the archive folder")

	var statsJSON bool
	stats := &cobra.Command{
		Use:   "stats --archive DIR",
		Short: "counts and sizes of an archive",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			_, st, err := openArchiveKeys(c.Context(), dir, false, true, engine.Options{})
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Stats(c.Context())
			if err != nil {
				return err
			}
			if statsJSON {
				return m.printJSON(s)
			}
			return m.statsText(dir, s)
		},
	}
	stats.Flags().BoolVar(&statsJSON, "json", false, "print one JSON object")

	var removeJSON bool
	remove := &cobra.Command{
		Use:   "remove --archive DIR ID...",
		Short: "remove articles (with their pairs) from an archive",
		Args:  minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			a, st, err := openArchive(c.Context(), dir, true, engine.Options{})
			if err != nil {
				return err
			}
			defer st.Close()
			removed := []string{}
			for _, id := range args {
				if err := a.Remove(c.Context(), id); err != nil {
					return err
				}
				removed = append(removed, id)
			}
			if removeJSON {
				return m.printJSON(map[string]any{"removed": removed})
			}
			_, err = fmt.Fprintf(m.Stdout, "removed %d article(s)\n", len(removed))
			return err
		},
	}
	remove.Flags().BoolVar(&removeJSON, "json", false, "print the ids removed as JSON")

	export := &cobra.Command{
		Use:   "export --archive DIR",
		Short: "print every archived article as JSON lines that add reads back",
		Long: `export prints one JSON object per archived article, in the order they were
archived: id, text (the cleaned text), and title, site, url, author, published
when known — the JSONL form that add reads.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			_, st, err := openArchiveKeys(c.Context(), dir, false, true, engine.Options{})
			if err != nil {
				return err
			}
			defer st.Close()
			return engine.Export(c.Context(), st, m.Stdout)
		},
	}
	verify := &cobra.Command{
		Use:   "verify --archive DIR",
		Short: "check an archive's invariants (texts, postings, term counts, pairs)",
		Long: `verify reads the whole archive and checks that every text reads back, that the
posting lists and term counts are exactly those of the archived texts, and that
every pair joins two archived articles. It prints "ok" or the first breach.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			a, st, err := openArchive(c.Context(), dir, false, engine.Options{})
			if err != nil {
				return err
			}
			defer st.Close()
			if err := a.Verify(c.Context()); err != nil {
				return err
			}
			_, err = fmt.Fprintln(m.Stdout, "ok")
			return err
		},
	}
	var upgradeJSON bool
	upgrade := &cobra.Command{
		Use:   "upgrade --archive DIR",
		Short: "bring an archive indexed by an earlier reprint to this one's keys, when its texts allow",
		Long: `upgrade reads every archived text of an archive whose posting keys an earlier
reprint computed, and when none of the changes since touches any of them (a
change of Chinese or Arabic tokens cannot touch an archive of English news),
records this reprint's key version: the archive is then what adding its texts
now would make. When some text is touched it changes nothing, names them and
exits 1: export the archive (reprint archive export, which reads any key
version) and add the export to a new archive. --json prints what it found.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			ctx := c.Context()
			a, st, err := openArchiveKeys(ctx, dir, true, true, engine.Options{})
			if err != nil {
				return err
			}
			defer st.Close()
			bar := m.newProgress(ctx)
			up, err := a.UpgradeKeys(ctx, bar.report())
			bar.Done()
			if err != nil && !errors.Is(err, engine.ErrKeysTouched) {
				return err
			}
			if upgradeJSON {
				if perr := m.printJSON(up); perr != nil {
					return perr
				}
			} else if perr := m.upgradeText(up); perr != nil {
				return perr
			}
			if err != nil {
				fmt.Fprintf(m.Stderr, "reprint: %v\n", err)
				return exitError{1}
			}
			return nil
		},
	}
	upgrade.Flags().BoolVar(&upgradeJSON, "json", false, "print what was found and done as JSON")
	c.AddCommand(stats, remove, export, verify, upgrade)
	return c
}

func (m *Main) upgradeText(up *engine.KeysUpgrade) error {
	w := bufio.NewWriter(m.Stdout)
	switch {
	case up.From == up.To:
		fmt.Fprintf(w, "keys already %s\n", up.To)
	case up.Upgraded:
		fmt.Fprintf(w, "upgraded: %d texts read, none touched by the changes\n  from %s\n  to   %s\n", up.Articles, up.From, up.To)
	default:
		fmt.Fprintf(w, "not upgraded: %d of %d texts touched by the changes (first: %s)\n", up.Touched, up.Articles, strings.Join(up.TouchedIDs, ", "))
	}
	for _, c := range up.Changes {
		fmt.Fprintf(w, "  change: %s\n", c)
	}
	return w.Flush()
}

func (m *Main) statsText(dir string, s engine.StoreStats) error {
	w := bufio.NewWriter(m.Stdout)
	fmt.Fprintf(w, "archive %s\n", dir)
	fmt.Fprintf(w, "  articles   %d (%d pending their pairs)\n", s.Articles, s.Pending)
	fmt.Fprintf(w, "  words      %d\n", s.Words)
	fmt.Fprintf(w, "  text       %d bytes cleaned\n", s.TextBytes)
	fmt.Fprintf(w, "  pairs      %d related\n", s.Pairs)
	fmt.Fprintf(w, "  terms      %d distinct\n", s.Terms)
	fmt.Fprintf(w, "  postings   %d\n", s.Postings)
	names := make([]string, 0, len(s.Files))
	var total int64
	for n, size := range s.Files {
		names = append(names, n)
		total += size
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  file       %s %d bytes\n", n, s.Files[n])
	}
	if s.Articles > 0 {
		fmt.Fprintf(w, "  on disk    %d bytes, %d per article\n", total, total/int64(s.Articles))
	}
	return w.Flush()
}

// archiveHint turns the engine's archive errors into advice.
func archiveHint(err error) string {
	switch {
	case errors.Is(err, engine.ErrBusy):
		return "another add holds the archive; run again when it is done"
	case errors.Is(err, engine.ErrReadOnly):
		return "the archive can be read (check, scan) but not changed here"
	case errors.Is(err, engine.ErrFull):
		return "free some disk space and run add again: what was committed is kept"
	case errors.Is(err, engine.ErrKeys):
		return "run reprint archive upgrade --archive DIR: an archive whose texts the changes since do not touch is upgraded in place"
	case errors.Is(err, engine.ErrFormat):
		return "use the reprint version that made this archive, or make a new one"
	}
	return ""
}
