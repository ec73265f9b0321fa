package fidelity

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/reprint/reprint/quote"
)

func mustSeed(tb testing.TB, prefix string) string {
	tb.Helper()
	files, _ := filepath.Glob("../../shared/seeds/" + prefix + "_*.txt")
	if len(files) != 1 {
		tb.Skipf("seed %s not found at ../../shared/seeds", prefix)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// mustCheckSeeds checks every quotation of seed derived against seed source
// with the default options.
func mustCheckSeeds(tb testing.TB, derived, source string) (d, s string, checks []Check) {
	tb.Helper()
	d, s = mustSeed(tb, derived), mustSeed(tb, source)
	c, err := New(Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return d, s, c.Check(d, s, quote.Extract(d, nil), quote.Extract(s, nil))
}

// TestSeeds pins the verdict on every quotation of 002, 003 and 004
// against their sources, with what each verdict rests on.
func TestSeeds(t *testing.T) {
	type want struct {
		text   string // the derived quotation's words, exactly
		status Status
		found  string // the source text at Check.Found
		nsrc   int    // len(Check.Source)
	}
	for _, tt := range []struct {
		derived, source string
		want            []want
	}{
		{"002", "001", []want{
			{"good and productive,", Exact, "good and productive", 2},
			// 002 adds "There is" inside the marks.
			{"There is a very good chance that this horrible, bloody war can finally come to an end.", Altered, "a very good chance that this horrible, bloody war can finally come to an end", 1},
			// 001: "whom he described as surrounded by Russian forces".
			{"completely surrounded", Unattested, "", 0},
			{"false and fabricated,", Exact, "false and fabricated", 1},
			{"cautious optimism", Exact, "cautious optimism", 1},
			// Inside "right and we support it... but there are nuances" and
			// "We are in favour of it, but there are nuances."
			{"nuances", Fragment, "nuances", 2},
			// 001 quotes "manipulative" twice.
			{"manipulative", Exact, "manipulative", 2},
			{"play games", Exact, "play games", 1},
			{"productive,", Exact, "productive", 1},
			{"the ball is now in Russia’s court.", Fragment, "the ball is now in Russia's court", 1},
			{"no conditions,", Exact, "no conditions", 1},
			{"Putin is lying about the true situation on the battlefield,", Altered, "Putin is lying about the real situation on the battlefield", 1},
		}},
		{"003", "001", []want{
			{"productive", Exact, "productive", 1},
			{"good and productive.", Exact, "good and productive", 2},
			{"cautious optimism", Exact, "cautious optimism", 1},
			{"a very good chance that this horrible, bloody war can finally come to an end.", Exact, "a very good chance that this horrible, bloody war can finally come to an end", 1},
			{"manipulative.", Exact, "manipulative", 2},
			// 001: would "drag" everyone into "endless discussions... wasting days".
			{"drag everyone into endless discussions", Merged, `drag" everyone into "endless discussions`, 2},
			{"right", Fragment, "right", 6},
			{"nuances", Fragment, "nuances", 2},
			{"complete disregard", Exact, "complete disregard", 1},
			{"putting pressure on Putin and the Russians to do the right thing.", Exact, "putting pressure on Putin and the Russians to do the right thing", 1},
			{"horrible massacre.", Exact, "horrible massacre", 1},
			{"false and fabricated.", Exact, "false and fabricated", 1},
			{"dignity", Fragment, "dignity", 1},
		}},
		{"004", "000", []want{
			// The headline, twice; 000 quotes ‘productive’ in its headline
			// and “productive” for Leavitt.
			{"Productive", Exact, "productive", 2},
			{"Productive", Exact, "productive", 2},
			{"good and productive.", Exact, "good and productive", 1},
			// 000: “a very good chance that this horrible, bloody war can
			// finally come to an end”.
			{"this horrible, bloody war.", Fragment, "this horrible, bloody war", 1},
			{"productive,", Exact, "productive", 2},
			{"coalition of the willing,", Exact, "coalition of the willing", 1},
		}},
	} {
		t.Run(tt.derived+"-"+tt.source, func(t *testing.T) {
			_, s, checks := mustCheckSeeds(t, tt.derived, tt.source)
			if len(checks) != len(tt.want) {
				for _, ch := range checks {
					t.Logf("%s %q", ch.Status, ch.Text)
				}
				t.Fatalf("Check gave %d verdicts; want %d", len(checks), len(tt.want))
			}
			for k, w := range tt.want {
				ch := checks[k]
				if ch.Text != w.text {
					t.Errorf("quote %d = %q; want %q", k, ch.Text, w.text)
					continue
				}
				if ch.Status != w.status {
					t.Errorf("%q: status %v; want %v", ch.Text, ch.Status, w.status)
				}
				if got := s[ch.Found.Start:ch.Found.End]; got != w.found {
					t.Errorf("%q: found %q; want %q", ch.Text, got, w.found)
				}
				if len(ch.Source) != w.nsrc {
					t.Errorf("%q: %d source spans %v; want %d", ch.Text, len(ch.Source), ch.Source, w.nsrc)
				}
				if ch.SpeakerChanged {
					t.Errorf("%q: speaker changed %q → %q; no seed quotation changes speaker", ch.Text, ch.SourceSpeaker, ch.Speaker)
				}
			}
		})
	}
}

// TestSeedsDoneWhen states the acceptance assertions of the brief one by
// one, by quotation text rather than position.
func TestSeedsDoneWhen(t *testing.T) {
	find := func(t *testing.T, checks []Check, text string) Check {
		t.Helper()
		for _, ch := range checks {
			if strings.TrimRight(ch.Text, ",.") == text {
				return ch
			}
		}
		t.Fatalf("no quotation %q", text)
		return Check{}
	}
	faithful := func(t *testing.T, checks []Check, text string) {
		t.Helper()
		if ch := find(t, checks, text); !ch.Status.Faithful() {
			t.Errorf("%q: %v; want exact or fragment", text, ch.Status)
		}
	}

	t.Run("002-001", func(t *testing.T) {
		_, _, checks := mustCheckSeeds(t, "002", "001")
		if ch := find(t, checks, "completely surrounded"); ch.Status.Faithful() {
			t.Errorf("%q: %v; want neither exact nor fragment", ch.Text, ch.Status)
		}
		ch := find(t, checks, "Putin is lying about the true situation on the battlefield")
		if ch.Status != Altered {
			t.Errorf("%q: %v; want altered", ch.Text, ch.Status)
		}
		if !slices.Contains(ch.Diff, Op{Kind: "replace", Source: "real", Derived: "true"}) {
			t.Errorf("%q: diff %+v; want replace real → true", ch.Text, ch.Diff)
		}
		wantDiff := []Op{
			{Kind: "equal", Source: "Putin is lying about the", Derived: "Putin is lying about the"},
			{Kind: "replace", Source: "real", Derived: "true"},
			{Kind: "equal", Source: "situation on the battlefield", Derived: "situation on the battlefield"},
		}
		if !slices.Equal(ch.Diff, wantDiff) {
			t.Errorf("%q: diff %+v; want %+v", ch.Text, ch.Diff, wantDiff)
		}
		if ch.Speaker != "Zelensky" {
			t.Errorf("%q: speaker %q; want Zelensky", ch.Text, ch.Speaker)
		}
		faithful(t, checks, "false and fabricated")
		faithful(t, checks, "good and productive")
		faithful(t, checks, "cautious optimism")
	})
	t.Run("003-001", func(t *testing.T) {
		_, s, checks := mustCheckSeeds(t, "003", "001")
		ch := find(t, checks, "drag everyone into endless discussions")
		if ch.Status != Merged {
			t.Errorf("%q: %v; want merged", ch.Text, ch.Status)
		}
		var pieces []string
		for _, sp := range ch.Source {
			pieces = append(pieces, s[sp.Start:sp.End])
		}
		if len(pieces) != 2 || pieces[0] != "drag" || !strings.HasPrefix(pieces[1], "endless discussions... wasting days") {
			t.Errorf("%q: merged from %q; want \"drag\" and \"endless discussions... wasting days…\"", ch.Text, pieces)
		}
		faithful(t, checks, "good and productive")
		faithful(t, checks, "cautious optimism")
		faithful(t, checks, "false and fabricated")
	})
	t.Run("004-000", func(t *testing.T) {
		_, _, checks := mustCheckSeeds(t, "004", "000")
		if ch := find(t, checks, "good and productive"); ch.Status != Exact {
			t.Errorf("%q: %v; want exact", ch.Text, ch.Status)
		}
		if ch := find(t, checks, "this horrible, bloody war"); ch.Status != Fragment {
			t.Errorf("%q: %v; want fragment", ch.Text, ch.Status)
		}
	})
}
