package stories

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

const fixtures = "testdata/sets"

// mustRun evaluates dir or fails the test.
func mustRun(t *testing.T, dir string) *Report {
	t.Helper()
	rep, err := Run(t.Context(), dir)
	if err != nil {
		t.Fatalf("Run(%q): %v", dir, err)
	}
	return rep
}

// golden compares got with testdata/golden/<test>/<name>, or rewrites it
// under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", t.Name(), name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", name, d)
	}
}

// TestRunSets evaluates each fixture set alone: the bad ones are reported
// with their reason and no checks, the good one is evaluated.
func TestRunSets(t *testing.T) {
	tests := []struct {
		set   string
		error string // a part of Set.Error; "" for an evaluated set
	}{
		{"copy", ""},
		{"no-expected", "no EXPECTED.json"},
		{"malformed", "EXPECTED.json is malformed: unexpected EOF"},
		{"unknown-field", `unknown field "lineages"`},
		{"bad-status", `relations "A-B": "copied" is not one of`},
		{"missing-id", `id "Z" matches no article`},
		{"missing-id", `pair "A-Q" is not two ids`},
		{"ambiguous-id", `id "A" matches 2 articles: A-second, A-wire`},
	}
	rep := mustRun(t, fixtures)
	for _, tt := range tests {
		t.Run(tt.set, func(t *testing.T) {
			i := slices.IndexFunc(rep.Sets, func(s Set) bool { return s.Name == tt.set })
			if i < 0 {
				t.Fatalf("Run(%q) has no set %q", fixtures, tt.set)
			}
			s := rep.Sets[i]
			switch {
			case tt.error == "" && s.Error != "":
				t.Errorf("Set %q: Error = %q; want none", tt.set, s.Error)
			case tt.error != "" && !strings.Contains(s.Error, tt.error):
				t.Errorf("Set %q: Error = %q; want it to hold %q", tt.set, s.Error, tt.error)
			case tt.error != "" && (len(s.Checks) != 0 || s.Right || s.Held != 0):
				t.Errorf("Set %q not evaluated, yet %d checks, %d held, right %v", tt.set, len(s.Checks), s.Held, s.Right)
			}
		})
	}
}

// TestRunCopy checks the answers on the verbatim copy that do not depend
// on how well the engine judges: an unrelated recipe stays outside, the
// copy is a copy, and every kind of check is made.
func TestRunCopy(t *testing.T) {
	rep := mustRun(t, filepath.Join(fixtures, "copy"))
	s := rep.Sets[0]
	if s.Articles != 3 {
		t.Errorf("Articles = %d; want 3", s.Articles)
	}
	var kinds []string
	holds := map[string]bool{}
	for _, c := range s.Checks {
		if !slices.Contains(kinds, c.Kind) {
			kinds = append(kinds, c.Kind)
		}
		holds[c.Kind+" "+c.Subject] = c.Holds
	}
	if want := slices.DeleteFunc(slices.Clone(Kinds), func(k string) bool { return k == KindOrder }); !slices.Equal(kinds, want) {
		t.Errorf("check kinds = %v; want %v (the order check is TestRunSameText's)", kinds, want)
	}
	for _, k := range []string{"story A B", "outside X", "relation A-B", "relation A-X", `chrome B "Leave a Reply"`} {
		if h, ok := holds[k]; !ok || !h {
			t.Errorf("check %s: holds %v, made %v; want it made and holding", k, h, ok)
		}
	}
	if len(s.Checks) != 12 {
		t.Errorf("%d checks; want 12", len(s.Checks))
	}
}

// TestRunSameText: a blog's rewrite of a wire story and an undated,
// uncredited repost of the blog's text keep the same changes to the wire,
// so the engine draws them on one line under it with the order unknown,
// and the order check holds. Made ordered (the repost dated a day after
// the blog), the same check fails and says so.
func TestRunSameText(t *testing.T) {
	for _, tt := range []struct {
		name  string
		dated bool
		holds bool
		got   string
	}{
		{"undated", false, true, "order unknown"},
		{"blog and repost dated a day apart", true, false, "B the parent of C, ordered"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(fixtures, "same-text")
			if tt.dated {
				dir = t.TempDir()
				for _, f := range []string{"A-wire.jsonl", "EXPECTED.json"} {
					b, err := os.ReadFile(filepath.Join(fixtures, "same-text", f))
					if err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				// The blog's text and its repost as JSONL lines, dated.
				for _, f := range [][2]string{{"B-blog", "2025-04-02T15:00:00Z"}, {"C-repost", "2025-04-03T09:00:00Z"}} {
					text, err := os.ReadFile(filepath.Join(fixtures, "same-text", f[0]+".txt"))
					if err != nil {
						t.Fatal(err)
					}
					line, _ := json.Marshal(map[string]string{"id": f[0], "published": f[1], "text": string(text)})
					if err := os.WriteFile(filepath.Join(dir, f[0]+".jsonl"), append(line, '\n'), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			s := mustRun(t, dir).Sets[0]
			if s.Error != "" {
				t.Fatalf("set not evaluated: %s", s.Error)
			}
			found := false
			for _, c := range s.Checks {
				if c.Kind != KindOrder {
					continue
				}
				found = true
				if c.Holds != tt.holds || !strings.Contains(c.Got, tt.got) {
					t.Errorf("check order %s: holds %v, got %q; want holds %v and %q", c.Subject, c.Holds, c.Got, tt.holds, tt.got)
				}
			}
			if !found {
				t.Error("no order check made")
			}
		})
	}
}

// TestReportGolden keeps the text and JSON reports of all fixture sets.
func TestReportGolden(t *testing.T) {
	rep := mustRun(t, fixtures)
	if len(rep.Sets) != 8 || rep.SetErrors != 6 {
		t.Errorf("Run(%q): %d sets, %d not evaluated; want 8 and 6", fixtures, len(rep.Sets), rep.SetErrors)
	}
	var text bytes.Buffer
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.txt", text.Bytes())
	js, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "report.json", append(js, '\n'))
}

func TestRunNoSets(t *testing.T) {
	if _, err := Run(t.Context(), t.TempDir()); err == nil || !strings.Contains(err.Error(), "holds no story set") {
		t.Errorf("Run(empty dir) = %v; want a 'holds no story set' error", err)
	}
	if _, err := Run(t.Context(), filepath.Join(t.TempDir(), "absent")); err == nil {
		t.Errorf("Run(absent dir) = nil error; want one")
	}
}

func TestParseExpected(t *testing.T) {
	tests := []struct {
		in    string
		error string // "" when it parses
	}{
		{`{"story": ["A"]}`, ""},
		{`{"lineage": {"B": ["A", null], "C": "unseen", "A": null}}`, ""},
		{`{"quotes": {"A-B": {"x": ["term", "unattested"]}}}`, ""},
		{`{"speaker_changed": {"A-B": {"x": true}}, "notes": "n"}`, ""},
		{`{}`, "no checks"},
		{`{"story": ["A"]} {}`, "more than one JSON value"},
		{`{"lineage": {"B": []}}`, "an empty list accepts nothing"},
		{`{"lineage": {"B": 3}}`, "want null, a string or a list"},
		{`{"credit": {"A-B": "yes"}}`, `credit "A-B": "yes" is not one of`},
		{`{"quotes": {"A-B": {"x": "wrong"}}}`, `"wrong" is not one of`},
		{`{"quotes": {"A-B": {" ": "exact"}}}`, "an empty fragment"},
		{`{"chrome_gone": {"B": [""]}}`, "an empty string"},
		{`{"speaker_changed": {"A-B": {"x": "yes"}}}`, "cannot unmarshal"},
	}
	for _, tt := range tests {
		_, err := parseExpected([]byte(tt.in))
		switch {
		case tt.error == "" && err != nil:
			t.Errorf("parseExpected(%q) = %v; want no error", tt.in, err)
		case tt.error != "" && (err == nil || !strings.Contains(err.Error(), tt.error)):
			t.Errorf("parseExpected(%q) = %v; want an error holding %q", tt.in, err, tt.error)
		}
	}
	e, err := parseExpected([]byte(`{"lineage": {"B": ["A", null], "C": "unseen", "D": null}}`))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Choice{"B": {"A", Null}, "C": {"unseen"}, "D": {Null}}
	if d := cmp.Diff(want, e.Lineage); d != "" {
		t.Errorf("Lineage (-want +got):\n%s", d)
	}
}

func TestMatchesID(t *testing.T) {
	tests := []struct {
		article, id string
		want        bool
	}{
		{"A", "A", true},
		{"A-original.txt", "A", true},
		{"A.html", "A", true},
		{"A_2.jsonl", "A", true},
		{"sub/A-x.txt", "A", true},
		{"A2-x.txt", "A", false},
		{"Ab.txt", "A", false},
		{"B-A.txt", "A", false},
		{"A2-x.txt", "A2", true},
		{"rewrite-1.txt", "rewrite", true},
	}
	for _, tt := range tests {
		if got := matchesID(tt.article, tt.id); got != tt.want {
			t.Errorf("matchesID(%q, %q) = %v; want %v", tt.article, tt.id, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“Always  fatal”", `"always fatal"`},
		{"don’t\n stop — now", "don't stop - now"},
		{"  Like Loading…  ", "like loading…"},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// knownFailures are the development sets the engine does not yet get
// right, with the checks that fail and why; BENCHMARKS ("Story sets")
// and the issue say more. TestDevelopmentSets fails when one of them
// starts to hold, so that the list is kept true.
var knownFailures = map[string]struct {
	checks []string // Kind + " " + Subject of each failing check
	why    string
}{
	"moore-radio-scraper": {
		checks: []string{`story A B C D`, `relation A-D`, `relation B-D`, `relation C-D`, `speaker A-C "Yʋʋngã wakat a yiib n tʋg bãmba, la nebã wa n kos-m. D zoe n tɩ get, bugumã ra yõogda raagã rɩtgo babgã zãnga"`},
		why:    "D, the independent Mooré report with its own speakers and figures, shares too little vocabulary with the others to be read as the same story (no stemmer; few shared names). C gives the market chief's words to the mayor in an attribution the Mooré reader does not resolve (session 36)",
	},
	"english-football-club-statement": {
		checks: []string{`relation B-E`},
		why:    "B-E, the paper and the farm's rewrite of the national site's report, reads as a rewrite since D's disclaimer went and the lineage came right (B under A, D under B): the two share 24 four-word runs, only 12 of them in the club's statement, so their likeness is not read as the statement's (session 36)",
	},
	"waray-radio-farm": {
		checks: []string{`lineage A`, `lineage D`, `relation A-D`, `relation B-D`},
		why:    "the independent Waray report shares three-word runs all through both texts (Waray's many short function words), outside the one sentence pair the aligner links, so it reads as a rewrite of an unseen source with the radio's story; a rule on shared runs lying mostly outside passages fixed it but cost COUNTER one Urdu pair, whose rewrites scatter their runs the same way (session 36)",
	},
	"bambara-radio-scraper": {
		checks: []string{`lineage B`, `speaker A-B "Jagokɛlaw dɔw ye kuran sama u yɛrɛ ma, sariya kɔ"`},
		why:    "B's parent is A by one detail, the cloth sellers' row, which only A's lead-image caption gives; extraction leaves a lead image's caption out (htmltext/lead.go), and without it A and C are one text, so the farm hangs from C. B gives the fire officer's words to the mayor in an attribution the Bambara reader does not resolve, so no speaker change is seen (session 36)",
	},
	"english-stats-release-reports": {
		checks: []string{`outside X`, `relation A-X`, `relation B-X`, `relation C-X`, `relation D-X`, `relation E-X`},
		why:    "X, another release of the same statistics office on the same template, reads as the same story as every version: the two releases share the template's headings and the office's way of stating figures, a likeness cleaning cannot remove. E, a scrape of the wire's page, keeps the wire's newsletter promo and its standards line (session 36)",
	},
	"nahuatl-radio-portals": {
		checks: []string{`credit B-C`},
		why:    "the scraper's copy of the institute's bulletin keeps the bulletin's own sentence naming the institute with its acronym (\"Instituto Estatal de Lenguas y Culturas de la Huasteca (IELCH) kimachiltij …\"), and \"(IELCH)\" reads as a parenthetical credit of the bulletin's publisher; the editor reads the copied text's self-reference as no credit by the copy. Skipping a parenthesis that spells the initials of the name before it lost five credits in four sets, where a rewrite names the source's publisher so (\"the Health Standards Inspectorate (HSI)\")",
	},
	"english-court-sentencing-reports": {
		checks: []string{`lineage A`, `lineage C`, `relation A-C`, `relation B-C`, `relation C-D`},
		why:    "the broadcaster's reporter and the agency's in one courtroom both quote the judge word for word, which quotedStatement reads as the same story; but the aligner, which lets a cluster's seeds cross, joins the judge's \"Judge Marchbanks said:\" before one quotation on the broadcaster's side to the attribution after the next one on the agency's, so the verbatim passage holds an agency quotation the broadcaster lacks and is no faithful quotation: the pair reads as two rewrites of an unseen common source (the sentencing remarks), which makes both roots' parent unseen and lifts the broadcaster's pairs with the paper's copy and the farm to rewrite",
	},
	"chamorro-guam-portals": {
		checks: []string{`lineage D`, `relation A-D`, `relation C-D`},
		why:    "the newspaper's column tells the fire in its own words and its own speakers, but Chamorro's many short function words (i, gi, na, ya, ha') let the sentence aligner pair most of its sentences with the aggregator's copy of the broadcaster's page at low scores (0.30–0.36), covering 0.63 and 0.53 of the two, over the bar for a rewrite with three-word runs at 0.16 (a common unseen source), and the copy's rewrite carries to the broadcaster's page (throughCopies); its passages hold too few of its quotations for independentQuotes. The mayor's page's bilingual label \"Announcement / Anunsio\" above its headline is left: a label over a headline in an extracted page needs a rule measured on AEB",
	},
	"pulaar-radio-portals": {
		checks: []string{`speaker A-C "Ko ɓuri feccere jeeyooɓe ɓee ina njoɓa ñamaale banke"`, `speaker B-C "Ko ɓuri feccere jeeyooɓe ɓee ina njoɓa ñamaale banke"`},
		why:    "the rewrite gives the traders' leader's words to the mayor by a description, \"Meer oo ɓeydi wiyde:\" (the mayor added, saying): a noun under Pulaar's determiner after it, which no speaker rule reads, so the quotation has no speaker to compare",
	},
	"english-council-planning-chain": {
		checks: []string{`lineage D`},
		why:    "the farm rewrote the second partner paper's copy of the service's first five paragraphs, but the full story accounts for a little more of the farm's padded text (0.448 against 0.440: a sentence of padding aligned by chance to the story's eleventh paragraph), so the farm hangs from the story; the shared omission that would move it under the copy (provenance.nearer) asks an exact tie, and a margin of 0.02 read by facts (Access) moved credit-lines' rewrite, which keeps a sentence only the full story has, under its excerpt as well",
	},
	"ewe-radio-scraper": {
		checks: []string{`speaker A-B "Míeŋlɔ agbalẽ, míeyi nutome takpekpe zi geɖe, gake ame aɖeke meɖo to mí o"`, `speaker A-C "Míeŋlɔ agbalẽ, míeyi nutome takpekpe zi geɖe, gake ame aɖeke meɖo to mí o"`},
		why:    "the portal gives the assembly member's words to the chief by a description, \"ale fia la gblɔe\" (thus the chief said it): a noun under Ewe's article after it, which no speaker rule reads, and the chief is introduced as \"fiagã\" (paramount chief) and \"Tɔgbui\", not by that noun, so the quotation has no speaker to compare",
	},
	"english-court-appeal-chain": {
		checks: []string{`outside X`, `lineage D`, `relation A-X`, `relation B-X`, `relation C-X`, `relation D-X`},
		why:    "the court's two press summaries no longer share their standard note (cleaned since session 34), but with no passage between them they share the court's template names (\"Court of Appeal (Civil Division)\", \"PRESS SUMMARY\", \"EWCA Civ\", \"High Court\", the judges' titles: 9 facts, 6 names) and its formal vocabulary (similarity 0.255), so the unrelated summary reads as the same story and the story's other versions are related to it through the court's; and the farm's parent is PA's story, not the paper's copy of its first ten paragraphs: both account for the farm within 0.02 (0.624 against 0.606), and an excerpt rule preferring the copy lost credit-lines, whose rewrite keeps a sentence only the full story has",
	},
	"english-tech-leak-chain": {
		checks: []string{`lineage C`},
		why:    "the forum's copy of the aggregator's page, clean of chrome since session 32, holds the aggregator's text whole and accounts for a little more of the farm's rewrite (0.498 against 0.483), so it is taken as the farm's parent; preferring the copied text over its copy when the two account for the rewrite within 0.02 lost ten lineages of sets whose farms hang from a portal's copy (by its headline and furniture), and without the margin more",
	},
	"faroese-regional": {
		checks: []string{`story A B C D`, `relation A-D`, `relation B-D`, `relation C-D`},
		why:    "the independent report shares the place, the firm and a figure with KVF's story but tells the escape in its own words (its longest shared run is three words); with no Faroese stemmer the inflected vocabulary keeps the term similarity under SameStoryMin: unrelated where the editor reads the same story",
	},
	"sinhala-lankapuvath-portals": {
		checks: []string{`quote A-C "ජනතාවගේ ජීවිත ආරක්ෂාව තමයි අපට මුලින්ම වැදගත්"`, `quote B-C "ජනතාවගේ ජීවිත ආරක්ෂාව තමයි අපට මුලින්ම වැදගත්"`},
		why:    "the Divisional Secretary's quotation reworded in Sinhala's inflected forms keeps fewer than half its words whole, under the bar for altered, and reads as invented",
	},
	"bulgarian-bta-undated-chain": {
		checks: []string{`order C-D`},
		why:    "the blog's plain-text copy of the portal's text, under the portal's own headline with its blog's WordPress furniture, is read as a copy of the portal's page (copiesPage, the likelier reading the set's notes name), where the set accepts only the order unknown (the portal's parent is right since session 22: Witness.Origin)",
	},
	"filipino-pna-tagalog-chain": {
		checks: []string{`credit A-C`, `credit A-E`, `credit B-C`, `credit B-E`},
		why:    "the tabloid's Tagalog telling of the English agency story is a translation, which reprint does not align across languages: the pairs are the same story, with no source named, so the tabloid's \"ayon sa PNA\" is not judged as a credit of the agency's text",
	},
	"oshiwambo-radio-farm": {
		checks: []string{`story A B C D`, `relation A-D`, `relation B-D`, `relation C-D`},
		why:    "the national paper's independent report is written in the other dialect (Oshikwanyama against the radio's Oshindonga: odula, ofikola, ovahongwa, \"a popya\") with its own speakers: it shares three to five facts and a term similarity of 0.11–0.15 with the others, under SameStoryMin, and no stemmer or stop list knows either dialect (session 37)",
	},
	"english-social-post-reports": {
		checks: []string{`lineage D`, `relation A-D`, `relation C-D`, `speaker B-D "Refunds will go back to wherever you bought your ticket, automatically, within the next two weeks"`},
		why:    "the farm D, a padded rewrite of the entertainment site's report, quotes two passages of the post word for word through it; a quotation of the post's own first-person prose is reuse of the post's text (as the syndicated column's rival quotes the column: partial-copy), so A-D reads as a partial copy, and the lineage, which prefers a partial copy to a rewrite whatever each accounts for (0.38 of the farm against the report's 0.72), hangs the farm from the post; C-D follows. B's refunds passage is attributed to \"she\" two paragraphs after Holloway is last named, so the source speaker is unknown and the farm's giving it to the promoter's spokesperson is not seen (session 37)",
	},
	"sango-radio-farm": {
		checks: []string{`outside X`, `lineage A`, `lineage D`, `lineage X`, `relation A-D`, `relation A-X`, `relation B-D`, `relation B-X`, `relation C-D`, `relation C-X`, `relation D-X`, `speaker A-B "Lege ti gara asiö mingi, âkutu ti e alingbi ti lï na yâ ni pëpe. Âtâbule ayeke ndurü na terê ni, na wâ ahon hîo na ndö ti âla kûê"`},
		why:    "Sango's short function words (ti, na, so, lo, âla, a) make the whole vocabulary of a small corpus, and no stop list for Sango is published (stopwords-iso has none): the sentence aligner pairs the independent report's every sentence with the radio's (coverage 0.99 and 1.0, read as two rewrites of an unseen source), and X, the station's other story, aligns a passage with the radio's story and shares its name, Bangui and the station's sign-off; the farm gives the fire officer's words to the neighbourhood chief in an attribution the Sango reader does not resolve (session 37)",
	},
	"english-open-letter-reports": {
		checks: []string{`relation B-C`},
		why:    "the paper and the broadcaster each quote the letter, and their ledes share more of their own wording than reports written apart often do (\"have warned the health secretary that patients are\", \"published on Monday by the campaign group Keep Care Moving\", \"a four hour limit on handover\"): of the 77 four-word runs they share, 51 are the letter's, two thirds, under the nine tenths that reads two quoters' likeness as the letter's (wordings.through), so B-C stays a rewrite (session 37)",
	},
	"english-by-election-results-reports": {
		checks: []string{`outside X`, `lineage C`, `relation A-X`, `relation B-C`, `relation B-X`, `relation C-D`, `relation C-X`, `relation D-X`, `relation E-X`, `credit A-C`, `chrome D "Council chamber gossip, ward results and the numbers behind them"`, `chrome D "Polls & Predictions"`},
		why:    "X, the council's notice of an earlier by-election on the same template, no longer aligns with the declaration (formFilled: the two notices' passages share none of their figures), but it shares the council's name, the returning officer and the town with every version, and two elections of one council read as one story by their names (the same-story test reads names, not what they name); the paper and the broadcaster both quote the returning officer's statement and give the same list of votes, which reads as a rewrite between them, so the broadcaster hangs from the blog's copy of the paper; the blog's masthead tagline and its \"Polls & Predictions\" menu stay (session 37)",
	},
	"pijin-radio-farm": {
		checks: []string{`chrome C "Government organisation"`},
		why:    "the Facebook page's category label (\"Government organisation\") under its name stays: a page's category line needs a rule of the platform's page header (session 37)",
	},
}

// TestDevelopmentSets: every development set in testdata/stories is right
// (issue 10's bar), but for knownFailures, which fail exactly as listed.
// A check that fails is listed with what the engine answered and, for a
// direction, its signals.
func TestDevelopmentSets(t *testing.T) {
	if testing.Short() {
		t.Skip("scans every story set")
	}
	rep := mustRun(t, "../../testdata/stories")
	if len(rep.Sets) == 0 || rep.SetErrors != 0 {
		t.Fatalf("Run(testdata/stories): %d sets, %d not evaluated", len(rep.Sets), rep.SetErrors)
	}
	for _, s := range rep.Sets {
		var failing []string
		for _, c := range s.Checks {
			if !c.Holds {
				failing = append(failing, c.Kind+" "+c.Subject)
			}
		}
		known, ok := knownFailures[s.Name]
		switch {
		case ok && slices.Equal(failing, known.checks):
			t.Logf("%s: known failure (%s)", s.Name, known.why)
		case ok:
			t.Errorf("%s: failing checks %q; knownFailures lists %q: update it", s.Name, failing, known.checks)
		default:
			for _, c := range s.Checks {
				if !c.Holds {
					t.Errorf("%s: %s %s: want %s, got %s\n\t%s", s.Name, c.Kind, c.Subject, c.Want, c.Got, strings.Join(c.Signals, "\n\t"))
				}
			}
		}
	}
}
