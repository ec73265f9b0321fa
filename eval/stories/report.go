package stories

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteText writes the report for people: a table of the sets, the
// checks by kind, then every check of every set, failures with what the
// engine answered and the direction signals behind it.
func (r *Report) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	evaluated := len(r.Sets) - r.SetErrors
	ew.printf("Story sets in %s: %d of %d right, %d of %d checks hold", r.Dir, r.SetsRight, evaluated, r.Checks.Held, r.Checks.Total)
	if r.SetErrors > 0 {
		ew.printf("; %d not evaluated", r.SetErrors)
	}
	ew.printf("\n\n")
	tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "set\tarticles\tchecks\thold\tfail\tright\n")
	for _, s := range r.Sets {
		if s.Error != "" {
			fmt.Fprintf(tw, "%s\t-\t-\t-\t-\tnot evaluated\n", s.Name)
			continue
		}
		right := "no"
		if s.Right {
			right = "yes"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%s\n", s.Name, s.Articles, len(s.Checks), s.Held, len(s.Checks)-s.Held, right)
	}
	fmt.Fprintf(tw, "all\t\t%d\t%d\t%d\t%d/%d\n", r.Checks.Total, r.Checks.Held, r.Checks.Total-r.Checks.Held, r.SetsRight, evaluated)
	tw.Flush()

	ew.printf("\nchecks by kind:\n")
	tw = tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "kind\thold\tof\n")
	for _, t := range r.ByKind {
		fmt.Fprintf(tw, "%s\t%d\t%d\n", t.Kind, t.Held, t.Total)
	}
	tw.Flush()

	for _, s := range r.Sets {
		ew.printf("\n%s", s.Name)
		if s.Error != "" {
			ew.printf(": not evaluated: %s\n", s.Error)
			continue
		}
		ew.printf(": %d of %d hold\n", s.Held, len(s.Checks))
		tw = tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
		for _, c := range s.Checks {
			mark := "ok"
			if !c.Holds {
				mark = "FAIL"
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\twant %s\tgot %s\n", mark, c.Kind, c.Subject, c.Want, c.Got)
		}
		tw.Flush()
		shown := map[string]bool{} // a pair's signals once per set
		for _, c := range s.Checks {
			key := strings.Join(c.Signals, "\n")
			if len(c.Signals) == 0 || shown[key] {
				continue
			}
			shown[key] = true
			ew.printf("  signals for %s %s:\n", c.Kind, c.Subject)
			for _, sig := range c.Signals {
				ew.printf("    %s\n", sig)
			}
		}
	}
	return ew.err
}

// errWriter keeps the first write error (bufio's sticky error).
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

func (e *errWriter) printf(format string, args ...any) { fmt.Fprintf(e, format, args...) }
