package main

import (
	"github.com/reprint/reprint/eval/clough"
	"github.com/spf13/cobra"
)

func (m *Main) evalCloughCommand() *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "clough DIR",
		Short: "Clough–Stevenson short answers: 4-class and 2-class accuracy, leave-one-task-out",
		Long: `eval clough reads the Corpus of Plagiarised Short Answers (DIR holds
file_list.csv and the original corpus-20090418 files in their mixed encodings),
measures each answer against its Wikipedia source with reprint's aligners, and
classifies it cut / light / heavy / non with thresholds fitted by
leave-one-task-out cross-validation: no answer is scored by thresholds fitted
on its own task. It prints 4-class accuracy, the confusion matrix and 2-class
(derived vs non) accuracy.`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			corpus, err := clough.Open(c.Context(), args[0])
			if err != nil {
				return err
			}
			ex, err := clough.NewDefaultExtractor()
			if err != nil {
				return err
			}
			rep, err := clough.Evaluate(c.Context(), corpus, ex, clough.Cascade(clough.DefaultCascade), "reprint")
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
