package main

import (
	"fmt"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/clean"
	"github.com/reprint/reprint/eval/aeb"
	"github.com/reprint/reprint/htmltext"
	"github.com/spf13/cobra"
)

func (m *Main) evalExtractCommand() *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:     "extract DIR",
		Aliases: []string{"aeb"},
		Short:   "article extraction on the Zyte benchmark: token precision, recall, F1",
		Long: `eval extract scores article-body extraction on the Zyte article extraction
benchmark (DIR holds ground-truth.json and html/*.html.gz) exactly as the
benchmark's evaluate.py does: 4-gram shingle precision and recall per page,
averaged over pages, and F1 of the two averages. It scores reprint's
extraction (go-trafilatura's content walked paragraph by paragraph, then
reprint's cleaning) beside go-trafilatura alone on the same pages.

The benchmark's articleBody is the story without its headline, so the
row "reprint" scores the body of the cleaned text (the text after the
headline it opens with, when it does: Article.StorySpan), and the row
"reprint-text" the whole cleaned text, which keeps the headline for
alignment.`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			cleaner, err := clean.New(clean.Options{})
			if err != nil {
				return err
			}
			cleaned := func(raw []byte, url string) (*reprint.Article, error) {
				res, err := htmltext.Extract(raw, htmltext.Options{URL: url, Credit: clean.OriginCredit})
				if err != nil {
					return nil, err
				}
				a := &reprint.Article{Body: res.Body, Meta: res.Meta}
				cleaner.Clean(a)
				return a, nil
			}
			extractors := map[string]aeb.Extractor{
				"reprint": func(raw []byte, url string) (string, error) {
					a, err := cleaned(raw, url)
					if err != nil {
						return "", err
					}
					sp := a.StorySpan()
					return a.Text[sp.Start:sp.End], nil
				},
				"reprint-text": func(raw []byte, url string) (string, error) {
					a, err := cleaned(raw, url)
					if err != nil {
						return "", err
					}
					return a.Text, nil
				},
				"trafilatura": func(raw []byte, url string) (string, error) {
					res, err := htmltext.Extract(raw, htmltext.Options{URL: url})
					if err != nil {
						return "", err
					}
					return res.Plain, nil
				},
			}
			bar := m.newProgress(c.Context())
			report := bar.report()
			rep, err := aeb.Run(c.Context(), args[0], extractors, func(done, total int) {
				if report != nil {
					report("pages", done, total)
				}
			})
			bar.Done()
			if err != nil {
				return err
			}
			if asJSON {
				return m.printJSON(rep)
			}
			fmt.Fprintf(m.Stdout, "Zyte article extraction benchmark, %d pages (token 4-gram P/R/F1 as evaluate.py)\n", rep.Pages)
			return rep.WriteText(m.Stdout)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	return c
}
