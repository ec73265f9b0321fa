package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/reprint/reprint/report"
)

// renderOptions say which forms of a result to write.
type renderOptions struct {
	json bool   // JSON on stdout instead of the terminal report
	text bool   // with json: include the cleaned texts
	html string // also write the HTML report to this file
}

// render writes the model to stdout as JSON or as the terminal report, and
// to the HTML file when asked.
func (m *Main) render(model *report.Scan, o renderOptions) error {
	if o.html != "" {
		if err := writeHTMLFile(o.html, model); err != nil {
			return err
		}
	}
	if o.json {
		return report.WriteJSON(m.Stdout, model, report.JSONOptions{Text: o.text})
	}
	return report.WriteText(m.Stdout, model, report.TextOptions{Color: m.StdoutIsTerminal})
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
// beside path, renamed over it once complete.
func writeHTMLFile(path string, model *report.Scan) error {
	f, err := os.CreateTemp(dirOf(path), ".reprint-*.html")
	if err != nil {
		return fmt.Errorf("writing html report: %w", err)
	}
	defer os.Remove(f.Name())
	bw := bufio.NewWriter(f)
	if err := report.WriteHTML(bw, model, report.HTMLOptions{}); err != nil {
		f.Close()
		return fmt.Errorf("writing html report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing html report: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing html report: %w", err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("writing html report: %w", err)
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
