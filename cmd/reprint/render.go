package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/reprint/reprint/report"
)

// renderOptions say which forms of a result to write.
type renderOptions struct {
	json   bool              // JSON on stdout instead of the terminal report
	text   bool              // with json: include the cleaned texts
	pairs  report.PairFormat // nonzero: the related pairs alone, in this format
	filter report.PairFilter // with json or pairs: the pairs to write
	html   string            // also write the HTML report to this file
}

// filtered reports whether the options select some pairs only.
func (o renderOptions) filtered() bool {
	return o.filter.MinCoverage > 0 || len(o.filter.Relations) > 0 || o.filter.OnlyDerived
}

// render writes the model to stdout as JSON, as a table of its pairs or
// as the terminal report, and to the HTML file when asked. The HTML
// report is always of every pair.
func (m *Main) render(model *report.Scan, o renderOptions) error {
	if o.html != "" {
		if err := writeHTMLFile(o.html, model); err != nil {
			return err
		}
	}
	switch {
	case o.pairs != 0:
		return report.WritePairs(m.Stdout, model, o.pairs, o.filter)
	case o.json:
		return report.WriteJSON(m.Stdout, o.filter.Filter(model), report.JSONOptions{Text: o.text})
	}
	return report.WriteText(m.Stdout, model, m.textOptions())
}

// textOptions are the terminal report's options for stdout: on a terminal,
// colour and lines cut to its width (at most report.DefaultWidth, the
// width the layout is drawn for); into a pipe or file, every line whole.
func (m *Main) textOptions() report.TextOptions {
	if !m.StdoutIsTerminal {
		return report.TextOptions{Width: report.Unlimited}
	}
	w := report.DefaultWidth
	if m.StdoutColumns > 0 {
		w = min(w, m.StdoutColumns)
	}
	return report.TextOptions{Color: true, Width: w}
}

// printJSON writes v to stdout as one line of JSON: the --json form of the
// eval commands.
func (m *Main) printJSON(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(m.Stdout, "%s\n", b)
	return err
}

// writeHTMLFile writes the HTML report atomically: to a temporary file
// beside path, renamed over it once complete, with the mode of any report
// (0644). Errors name path, not the temporary file.
func writeHTMLFile(path string, model *report.Scan) error {
	fail := func(err error) error {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the temporary file's name means nothing to the user
		}
		return fmt.Errorf("writing html report %s: %w", path, err)
	}
	if fi, err := os.Stat(dirOf(path)); err != nil {
		return fail(fmt.Errorf("folder %s: %w", dirOf(path), errors.Unwrap(err)))
	} else if !fi.IsDir() {
		return fail(fmt.Errorf("%s is not a folder", dirOf(path)))
	}
	f, err := os.CreateTemp(dirOf(path), ".reprint-*.html")
	if err != nil {
		return fail(err)
	}
	defer os.Remove(f.Name())
	bw := bufio.NewWriter(f)
	if err := report.WriteHTML(bw, model, report.HTMLOptions{}); err != nil {
		f.Close()
		return fail(err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fail(err)
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fail(err)
	}
	return nil
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if os.IsPathSeparator(path[i]) {
			return path[:i+1]
		}
	}
	return "."
}
