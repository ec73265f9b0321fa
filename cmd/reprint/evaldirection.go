package main

import (
	"github.com/reprint/reprint/eval/direction"
	"github.com/spf13/cobra"
)

func (m *Main) evalDirectionCommand() *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "direction DIR",
		Short: "how often the source of a derived text is named right (Clough–Stevenson or PAN 2013)",
		Long: `eval direction checks whether reprint names the right text as the source of
each derived one, on a corpus whose direction is known.

Clough–Stevenson (DIR holds file_list.csv and corpus-20090418): each derived
answer (cut, light, heavy) against its Wikipedia text, two ways:

  scan     reprint scan of the 100 texts together: the product path, where the
           other versions of each story can witness which wording is the
           source's;
  compare  reprint compare ANSWER SOURCE for each answer alone: date,
           containment, credit, quotation and detail signals only.

PAN 2013 text alignment (DIR holds src/, susp/ and the obfuscation folders):
reprint scan of all source and suspicious documents, then each pair with
plagiarism cases, by obfuscation; the source document is the source.

Outcomes: right (the source named), reversed (the derived text named), unknown,
common (read as two versions of an unseen source), unrelated (no reuse found).`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			rep, err := direction.Run(c.Context(), args[0])
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
