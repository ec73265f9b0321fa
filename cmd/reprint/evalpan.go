package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/reprint/reprint/align"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/pan"
	"github.com/spf13/cobra"
)

func (m *Main) evalPANCommand() *cobra.Command {
	var (
		asJSON bool
		outDir string
	)
	c := &cobra.Command{
		Use:   "pan DIR",
		Short: "PAN 2013 text alignment: plagdet, recall, precision, granularity",
		Long: `eval pan aligns every suspicious/source pair of a PAN text-alignment corpus
(DIR is the corpus root with its pairs file, or one obfuscation folder) and
scores the detections with the official PAN measures at character level, in
code points: recall, precision, granularity and plagdet, overall and per
obfuscation folder. With --out it writes one PAN detection XML per pair, in
the corpus' folder layout, for the official script to score too.`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			corpus, err := pan.OpenCorpus(args[0])
			if err != nil {
				return err
			}
			detect, err := panDetector(align.Options{})
			if err != nil {
				return err
			}
			bar := m.newBar(c.Context(), "pairs", len(corpus.Pairs))
			counted := func(ctx context.Context, susp, src string) ([]pan.Detection, error) {
				defer bar.Increment()
				return detect(ctx, susp, src)
			}
			rep, err := pan.Run(c.Context(), corpus, counted, pan.RunOptions{OutDir: outDir})
			bar.Done()
			if err != nil {
				return err
			}
			if asJSON {
				b, err := json.Marshal(rep)
				if err != nil {
					return err
				}
				_, err = fmt.Fprintf(m.Stdout, "%s\n", b)
				return err
			}
			return rep.WriteText(m.Stdout)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	c.Flags().StringVar(&outDir, "out", "", "write PAN detection XML files into this folder")
	return c
}

// panDetector is the verbatim aligner as a PAN detector: safe for
// concurrent use, with one aligner and tokenizer per goroutine from a pool.
func panDetector(opts align.Options) (pan.Detector, error) {
	if _, err := align.New(opts); err != nil {
		return nil, err
	}
	type state struct {
		al     *align.Aligner
		tk     analysis.Tokenizer
		ta, tb []analysis.Token
	}
	pool := sync.Pool{New: func() any {
		al, _ := align.New(opts) // options checked above
		return &state{al: al}
	}}
	return func(ctx context.Context, susp, src string) ([]pan.Detection, error) {
		st := pool.Get().(*state)
		defer pool.Put(st)
		st.ta = st.tk.Tokenize(susp, st.ta[:0])
		st.tb = st.tk.Tokenize(src, st.tb[:0])
		r := st.al.Align(susp, src, st.ta, st.tb)
		dets := make([]pan.Detection, len(r.Passages))
		for i, p := range r.Passages {
			dets[i] = pan.Detection{Susp: p.A, Src: p.B}
		}
		return dets, ctx.Err()
	}, nil
}
