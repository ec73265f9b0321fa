package engine_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/report"
)

// TestEitherWay: two undated plain-text copies of one story, neither
// crediting anyone, with nothing to order them: the pair has no source,
// yet its credit is judged either way (not credited, no article) and the
// quotations of each copy are checked against the other, each under its
// own article.
func TestEitherWay(t *testing.T) {
	story := strings.Join([]string{
		"Hailstorm ruins vineyards across five villages",
		"A violent hailstorm on Tuesday evening destroyed much of the grape harvest in five villages of the southern valley, farmers said on Wednesday, with losses put at up to 80 percent in the worst-hit plots.",
		"\"Against hail there is nothing you can do,\" said Teodoro Benavente, who runs a family winery outside Villalba. \"A whole year's work went in twenty minutes.\"",
		"The regional farmers' union asked the provincial government to declare the area a disaster zone so that growers could claim emergency aid before the autumn.",
		"\"A grape touched by the stone rots in a few days,\" warned Lucía Prieto, the union's secretary, who toured the plots on Wednesday morning with two insurance assessors.",
		"Insurers said about half of the affected vineyards were covered, and that assessors would visit every claimant within two weeks.",
	}, "\n\n") + "\n"
	dir := t.TempDir()
	for name, text := range map[string]string{"a.txt": story, "b.txt": story} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := engine.Scan(t.Context(), engine.Options{}, []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Pairs) != 1 {
		t.Fatalf("%d pairs; want 1", len(rep.Pairs))
	}
	p := rep.Pairs[0]
	if p.Source != nil {
		t.Fatalf("source %q; want none (nothing orders two undated copies)", *p.Source)
	}
	if p.Credit == nil || p.Credit.Status != "not-credited" || p.Credit.Article != "" {
		t.Errorf("credit %+v; want not-credited with no article (either way)", p.Credit)
	}
	by := map[string]int{}
	for _, q := range p.Quotes {
		by[q.Article]++
		if q.Status != "exact" {
			t.Errorf("%s's quotation %q is %s; want exact", q.Article, q.Text, q.Status)
		}
	}
	if by[p.A] == 0 || by[p.A] != by[p.B] {
		t.Errorf("quotations by article %v; want each copy's, as many on both sides", by)
	}
	var tree strings.Builder
	if err := report.WritePairText(&tree, rep, &p, report.TextOptions{Width: 200}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(tree.String(), "each version against the other") {
		t.Errorf("the pair's text report does not say the quotations are checked either way:\n%s", tree.String())
	}
}
