package main

import (
	"github.com/reprint/reprint/eval/stories"
	"github.com/spf13/cobra"
)

func (m *Main) evalStoriesCommand() *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "stories DIR",
		Short: "story sets judged by an editor: stories, lineage, relations, credit, quotations, chrome",
		Long: `eval stories scans each story set under DIR (each subfolder, or DIR itself when
it holds EXPECTED.json) on its own and checks the report against the set's
EXPECTED.json, written as an editor judges the articles: which belong to the
story and which are outside it, each article's parent in the lineage, the
relation of pairs, whether the derived article credits its source, the status
of its quotations and whether a quotation changed speaker, and page chrome that
the cleaned text must not hold. Articles are named by file-name prefix: "B"
is B-rewrite.txt. A pair "A-B" is source A, derived B.

It prints, per set and in all, which checks hold and which do not, with the
direction signals of the pairs that went wrong. A set whose EXPECTED.json is
missing or malformed, or names an id that matches no file, is reported as not
evaluated and the other sets are evaluated.`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			rep, err := stories.Run(c.Context(), args[0])
			if err != nil {
				return err
			}
			if asJSON {
				return m.printJSON(rep)
			}
			return rep.WriteText(m.Stdout)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	return c
}
