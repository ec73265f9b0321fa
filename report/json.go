package report

import (
	"encoding/json"
	"io"
)

// JSONOptions configure WriteJSON.
type JSONOptions struct {
	// Text includes each article's cleaned text, which the spans index.
	Text bool
}

// WriteJSON writes s as one indented JSON document of schema Schema.
func WriteJSON(w io.Writer, s *Scan, opts JSONOptions) error {
	out := *s
	out.Schema = Schema
	if !opts.Text {
		out.Articles = make([]Article, len(s.Articles))
		for i, a := range s.Articles {
			a.Text = ""
			out.Articles[i] = a
		}
	}
	// Empty lists print as [], not null.
	if out.Articles == nil {
		out.Articles = []Article{}
	}
	if out.Stories == nil {
		out.Stories = []Story{}
	}
	if out.Pairs == nil {
		out.Pairs = []Pair{}
	}
	if out.Rejected == nil {
		out.Rejected = []Rejected{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(&out)
}
