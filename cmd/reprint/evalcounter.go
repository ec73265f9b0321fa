package main

import (
	"fmt"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/eval/counter"
	"github.com/spf13/cobra"
)

func (m *Main) evalCounterCommand() *cobra.Command {
	var (
		asJSON bool
		by     string
	)
	c := &cobra.Command{
		Use:   "counter DIR",
		Short: "COUNTER Urdu text reuse: wholly / partially / non-derived from each pair's extent",
		Long: `eval counter reads a COUNTER folder (NNNN.xml agency stories and NNNNp.xml
newspaper stories labelled WD, PD or ND), scans all the stories at once as
reprint scan would, and reads each agency–newspaper pair's extent as its class:
whole → WD, part → PD, none or no pair → ND. It prints per-class precision,
recall and F1, macro-F1, accuracy, 2-class accuracy (derived vs not) and the
confusion matrix. --by relation reads the relation instead (copy → WD,
partial-copy and rewrite → PD, same-story → ND), as before pairs had an extent.`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			var b counter.By
			switch by {
			case "extent":
				b = counter.ByExtent
			case "relation":
				b = counter.ByRelation
			default:
				return usageError{fmt.Errorf("--by is extent or relation, not %q", by)}
			}
			corpus, err := counter.Open(c.Context(), args[0])
			if err != nil {
				return err
			}
			run, err := counter.Evaluate(c.Context(), corpus, engine.Options{})
			if err != nil {
				return err
			}
			rep := run.Predict(b)
			if asJSON {
				return m.printJSON(rep)
			}
			return rep.WriteText(m.Stdout)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	c.Flags().StringVar(&by, "by", "extent", "read each pair's class from its extent or its relation")
	return c
}
