package engine_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/report"
)

// TestSharedCredit: two outlets' stories that both open with a Reuters
// dateline, neither published by Reuters, each with material the other
// lacks and no quotation of its own on one side, are siblings of the
// unseen Reuters story (provenance.Signals.SharedCredit), whatever their
// times; a scraped copy of one of them, of unknown publisher and carrying
// the same dateline, is that one's child: the dateline both carry does
// not make the copy the agency's own story (the unnamed credit abstains),
// its headline is not a detail its page source lacks, and carrying the
// page's headline over the agency's dateline names it a copy of that
// page (provenance.Signals.BCopiesPage).
func TestSharedCredit(t *testing.T) {
	dir := filepath.Join(storySets, "common-source-credited")
	var paths []string
	for _, f := range []string{"B-courier.jsonl", "C-danube.html", "D-scraped.txt", "X-kiln.txt"} {
		paths = append(paths, filepath.Join(dir, f))
	}
	rep, err := engine.Scan(t.Context(), engine.Options{}, paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	parent := map[string]string{}
	for _, st := range rep.Stories {
		for _, e := range st.Lineage {
			parent[e.Child] = e.Parent
		}
	}
	want := map[string]string{"B-courier": report.Unseen, "C-danube.html": report.Unseen, "D-scraped.txt": "C-danube.html"}
	for child, p := range want {
		if parent[child] != p {
			t.Errorf("parent of %s = %q; want %q (lineage %v)", child, parent[child], p, parent)
		}
	}
	for _, p := range rep.Pairs {
		switch p.A + "|" + p.B {
		case "B-courier|C-danube.html":
			if !p.Common || p.Source != nil {
				t.Errorf("B–C: common %v, source %v; want a common source, none named", p.Common, p.Source)
			}
			if !signalSays(p, "date", "A published 2h10m0s before B") {
				t.Errorf("B–C: the date signal does not read C's time of day (article:published_time): %+v", p.Direction)
			}
		case "C-danube.html|D-scraped.txt":
			if !signalSays(p, "credit", "B copied A's page") || !signalSays(p, "credit", "carries A's own headline") {
				t.Errorf("C–D: the credit signal does not read D as a copy of C's page: %+v", p.Direction)
			}
			if p.Credit == nil || p.Credit.Status != "not-credited" {
				t.Errorf("C–D: credit %+v; want D not crediting the Danube Post", p.Credit)
			}
		}
	}
}

// signalSays reports whether p's direction signal sig has a detail
// holding s.
func signalSays(p report.Pair, sig, s string) bool {
	for _, d := range p.Direction {
		if d.Signal == sig && strings.Contains(d.Detail, s) {
			return true
		}
	}
	return false
}
