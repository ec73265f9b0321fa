package engine

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
)

// exportRecord is one line of Export: the JSONL form the readers take.
type exportRecord struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Title     string `json:"title,omitempty"`
	Site      string `json:"site,omitempty"`
	URL       string `json:"url,omitempty"`
	Author    string `json:"author,omitempty"`
	Published string `json:"published,omitempty"`
}

// Export writes every archived article to w as one JSON object a line, in
// the order they were archived: id, cleaned text, and title, site, url,
// author, published when known — the JSONL input form, so that add reads
// an export back. Ids that are not valid UTF-8 are written with U+FFFD in
// place of their bad bytes (JSON strings are UTF-8).
func Export(ctx context.Context, st Store, w io.Writer) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for r, err := range st.Articles(ctx, true) {
		if err != nil {
			return err
		}
		rec := exportRecord{ID: r.ID, Text: r.Text, Title: r.Meta.Title, Site: r.Meta.Site, URL: r.Meta.URL, Author: r.Meta.Author}
		if !r.Meta.Published.IsZero() {
			// With its grain: a day stays a day when read back.
			rec.Published = r.Meta.PublishedDate().Format()
		}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("writing export: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing export: %w", err)
	}
	return nil
}
