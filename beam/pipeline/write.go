package pipeline

import (
	"bufio"
	"context"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/reprint/reprint/report"
)

// writeFn assembles the report on one worker and writes it to Output as
// the reprint.scan JSON document (report.WriteJSON). Writing twice (a
// retry) writes the same bytes again.
type writeFn struct {
	Output string
}

func (f *writeFn) ProcessElement(ctx context.Context, _ []byte, arts func(*articleOut) bool, rejs func(*rejection) bool,
	stories func(*storyOut) bool, pairs func(*pairOut) bool, counts func(*string, *int) bool) error {
	var as []articleOut
	var a articleOut
	for arts(&a) {
		as = append(as, a)
	}
	var rs []rejection
	var r rejection
	for rejs(&r) {
		rs = append(rs, r)
	}
	var ss []storyOut
	var st storyOut
	for stories(&st) {
		ss = append(ss, st)
	}
	var ps []pairOut
	var p pairOut
	for pairs(&p) {
		ps = append(ps, p)
	}
	cs := map[string]int{}
	var name string
	var n int
	for counts(&name, &n) {
		cs[name] += n
	}
	scan, err := assemble(as, rs, ss, ps, cs)
	if err != nil {
		return err
	}
	return writeReport(ctx, f.Output, scan)
}

// writeReport writes scan as JSON to path through Beam's filesystems (a
// local path; gs:// and others where their filesystem is linked in).
func writeReport(ctx context.Context, path string, scan *report.Scan) error {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	bw := bufio.NewWriter(w)
	if err := report.WriteJSON(bw, scan, report.JSONOptions{}); err != nil {
		w.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
