package credit_test

import (
	"strings"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
)

func TestSeeds(t *testing.T) {
	s000, s001, s002, s003, s004 := mustSeed(t, "000"), mustSeed(t, "001"), mustSeed(t, "002"), mustSeed(t, "003"), mustSeed(t, "004")

	// The seeds are plain text without site or URL. 001's "confirmed by
	// the BBC" is inside a sentence, not a byline: no publisher.
	for _, a := range []struct {
		id   string
		want string
	}{{"000", ""}, {"001", ""}, {"002", ""}, {"004", ""}} {
		art := map[string]*reprint.Article{"000": s000, "001": s001, "002": s002, "004": s004}[a.id]
		if got, how := credit.Publisher(art); got != a.want {
			t.Errorf("Publisher(%s) = %q, %q; want %q", a.id, got, how, a.want)
		}
	}

	t.Run("003 vs 001", func(t *testing.T) {
		r := credit.Check(s003, s001)
		if r.Status != credit.Credited || r.Name != "BBC" || r.Form != credit.FormCredit {
			t.Fatalf("Check(003, 001) = %+v; want credited BBC by credit line", r)
		}
		if got := s003.Text[r.Evidence.Start:r.Evidence.End]; got != "Credit: BBC" {
			t.Errorf("Check(003, 001).Evidence = %v %q; want the line %q", r.Evidence, got, "Credit: BBC")
		}
	})
	t.Run("002 vs 001", func(t *testing.T) {
		if r := credit.Check(s002, s001); r.Status != credit.NotCredited || r.Name != "" {
			t.Errorf("Check(002, 001) = %+v; want not-credited, no name", r)
		}
	})
	t.Run("004 vs 000", func(t *testing.T) {
		r := credit.Check(s004, s000)
		if r.Status != credit.NotCredited || r.Name != "" {
			t.Fatalf("Check(004, 000) = %+v; want not-credited, no name", r)
		}
		// The reason says why "according to the Kremlin" did not count.
		if !strings.Contains(r.Reason, "according to the Kremlin") {
			t.Errorf("Check(004, 000).Reason = %q; want it to mention %q", r.Reason, "according to the Kremlin")
		}
	})
	// 003 says its content is the BBC's, so it is a BBC source for 002,
	// which does not credit it.
	t.Run("002 vs 003", func(t *testing.T) {
		r := credit.Check(s002, s003)
		if r.Status != credit.NotCredited || r.Publisher != "BBC" {
			t.Errorf("Check(002, 003) = %+v; want not-credited, publisher BBC", r)
		}
	})
}
