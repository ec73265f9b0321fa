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
		checks: []string{`story A B C D`, `relation A-D`, `relation B-D`, `relation C-D`},
		why:    "D, the independent Mooré report with its own speakers and figures, shares too little vocabulary with the others to be read as the same story (similarity 0.13-0.16 against the 0.2 bar; no stemmer, few shared names) (sessions 36, 38; it held for a few commits of session 41 and fell back when the borrowed-quotation reading settled)",
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
		checks: []string{`lineage B`},
		why:    "B's parent is A by one detail, the cloth sellers' row, which only A's lead-image caption gives; extraction leaves a lead image's caption out (htmltext/lead.go), and without it A and C are one text, so the farm hangs from C (session 36; the speaker since session 38)",
	},
	"nahuatl-radio-portals": {
		checks: []string{`credit B-C`},
		why:    "the scraper's copy of the institute's bulletin keeps the bulletin's own sentence naming the institute with its acronym (\"Instituto Estatal de Lenguas y Culturas de la Huasteca (IELCH) kimachiltij …\"), and \"(IELCH)\" reads as a parenthetical credit of the bulletin's publisher; the editor reads the copied text's self-reference as no credit by the copy. Skipping a parenthesis that spells the initials of the name before it lost five credits in four sets, where a rewrite names the source's publisher so (\"the Health Standards Inspectorate (HSI)\")",
	},
	"english-court-sentencing-reports": {
		checks: []string{`lineage A`, `lineage C`, `relation A-C`, `relation B-C`, `relation C-D`},
		why:    "the broadcaster's reporter and the agency's in one courtroom both quote the judge word for word, which quotedStatement reads as the same story; but the aligner, which lets a cluster's seeds cross, joins the judge's \"Judge Marchbanks said:\" before one quotation on the broadcaster's side to the attribution after the next one on the agency's, so the verbatim passage holds an agency quotation the broadcaster lacks and is no faithful quotation: the pair reads as two rewrites of an unseen common source (the sentencing remarks), which makes both roots' parent unseen and lifts the broadcaster's pairs with the paper's copy and the farm to rewrite",
	},
	"english-court-appeal-chain": {
		checks: []string{`lineage D`},
		why:    "the farm's parent is PA's story, not the paper's copy of its first ten paragraphs: both account for the farm within 0.02 (0.624 against 0.606), and an excerpt rule preferring the copy lost credit-lines, whose rewrite keeps a sentence only the full story has (X, the court's other press summary, is unrelated since session 38: housePage)",
	},
	"faroese-regional": {
		checks: []string{`story A B C D`, `relation A-D`, `relation B-D`, `relation C-D`},
		why:    "the independent report shares the place, the firm and a figure with KVF's story but tells the escape in its own words (its longest shared run is three words); with no Faroese stemmer the inflected vocabulary keeps the term similarity under SameStoryMin: unrelated where the editor reads the same story",
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
		checks: []string{`lineage D`, `relation A-D`, `relation C-D`},
		why:    "Sango's short function words (ti, na, so, lo, âla, a) make the whole vocabulary of a small corpus, and no stop list for Sango is published (stopwords-iso has none): the sentence aligner pairs the independent report's sentences with the radio's and with the farm's (A-D and C-D read as rewrites, so D hangs from an unseen source); X, the station's other story, is unrelated since session 38 (housePage)",
	},
	"english-open-letter-reports": {
		checks: []string{`relation B-C`},
		why:    "the paper and the broadcaster each quote the letter, and their ledes share more of their own wording than reports written apart often do (\"have warned the health secretary that patients are\", \"published on Monday by the campaign group Keep Care Moving\", \"a four hour limit on handover\"): of the 77 four-word runs they share, 51 are the letter's, two thirds, under the nine tenths that reads two quoters' likeness as the letter's (wordings.through), so B-C stays a rewrite (session 37)",
	},
	"english-by-election-results-reports": {
		checks: []string{`lineage C`, `relation B-C`, `relation C-D`, `credit A-C`},
		why:    "X, the council's other results page, is unrelated since session 38 (housePage, houseLinked). Left: the broadcaster's own report C and the paper's B quote the winner's count speech alike and share the declaration's figures, which reads as a rewrite (B-C, and C-D through the blog's copy of B); C's parent is then D, not the declaration; and C's \"according to the council's declaration\" names the council by a description the credit reader does not take for its name",
	},
	"balinese-regional-chain": {
		checks: []string{`lineage C`, `relation B-C`, `relation B-D`, `credit B-C`, `credit B-D`, `quote B-C "Akeh toya ical ring empelan sane bocor punika. Titiang sampun ngrancang perbaikan sawetara Rp 350 yuta, mangda prasida kamargiang ring warsa 2026"`, `quote B-C "Sampun roras rahina carik krama titiang tuh. Pari sane mayusa petang dasa rahina sampun layu. Yening nenten wenten toya ring minggu puniki, krama titiang pacang gagal panen"`, `quote B-C "Subak punika kawangun antuk tri hita karana, nenten antuk keneh ngarebut. Yening iraga marebutan toya, iraga sareng sami pacang kaon"`, `quote B-C "Titiang nenten naenin nitahang krama nutup temuku. Toya ring empelan punika druwen sareng sami, nanging ring masan panes puniki toyane kirang pisan, nenten nyandang kaanggen kalih subak"`, `speaker B-C "Akeh toya ical ring empelan sane bocor punika. Titiang sampun ngrancang perbaikan sawetara Rp 350 yuta, mangda prasida kamargiang ring warsa 2026"`, `speaker B-C "Sampun roras rahina carik krama titiang tuh. Pari sane mayusa petang dasa rahina sampun layu. Yening nenten wenten toya ring minggu puniki, krama titiang pacang gagal panen"`, `speaker B-C "Subak punika kawangun antuk tri hita karana, nenten antuk keneh ngarebut. Yening iraga marebutan toya, iraga sareng sami pacang kaon"`, `speaker B-C "Titiang nenten naenin nitahang krama nutup temuku. Toya ring empelan punika druwen sareng sami, nanging ring masan panes puniki toyane kirang pisan, nenten nyandang kaanggen kalih subak"`},
		why:    "C, the aggregator's rewrite, holds A's facts that B lacks (the two lightly hurt, the subak's 84 hectares, \"mauyutan ring Empelan Tukad\": eleven words of A not in B against five of B not in A), so by its text it was written from A as much as from B; with B's credit sentence kept word for word it credits A, and the lineage hangs it from A, where the set says B. B-C and B-D are then siblings (same-story) and the B-C checks are not judged. The aligner reads every pair as one verbatim passage (Balinese rewrites keep most words; no stop list) (session 38)",
	},
	"english-historic-ocr-reprints": {
		checks: []string{`quote A-D "The boilers were sound, every one of them, and I will stand by that as long as I live"`},
		why:    "the weekly's reprint A-B is word for word but for each paper's own OCR errors and line-end hyphens (\"moruing\", \"tbe\", \"boil- ers\"), which break the eight-word runs a copy needs: partial-copy; the river column's \"I will stand by that as long as I live\" is reworded beyond the altered bar; the shortened reprint's cut of the witness's words at a sentence's end reads exact where the set says fragment (session 38)",
	},
	"english-reddit-paywall-paste": {
		checks: []string{`relation C-D`, `quote A-C "This is a decision that would affect every family in Kelmouth, and it has been drawn up behind closed doors"`},
		why:    "C, the national site's rewrite, and D, the farm's rewrite of the Reddit paste, are cousins through A and B whose rewritten passages share A's wording (rewrite, where the set says same-story); C cuts the councillor's two-sentence quotation at its first full stop, which reads exact where the set says fragment (session 38)",
	},
	"hmong-diaspora-portals": {
		checks: []string{`lineage D`, `relation B-D`, `relation C-D`, `credit B-C`, `speaker A-B "Lub khw no tsis yog tsuas yog ib qho chaw muag zaub xwb"`},
		why:    "D, the YouTube channel's independent transcript, shares Hmong's function words (no stop list for White Hmong) with B and C, whose passages with it read as rewrites, so D hangs from C; C's source line \"Qhov chaw: …\" (place, source) is not read as a credit; B gives the association president's words to a council member in an attribution the Hmong reader does not resolve (session 38)",
	},
	"kanuri-radio-farm": {
		checks: []string{`credit A-C`, `speaker A-B "Alla-ro ngǝla cinnyi, kam tilo-a kǝnǝm bawo"`},
		why:    "the Facebook copy's credit line \"Labar dǝ Ngǝlewa FM 96.1, Yerwa-be. Kǝnasar: …\" is written in the set's approximate Kanuri, which no reference confirms (the helper found no Kanuri text to model it on), so no credit form is read; the farm gives the ward head's words to the fire officer in an attribution the Kanuri reader does not resolve (session 38)",
	},
	"kikongo-radio-farm": {
		checks: []string{`lineage B`, `quote A-B "Bantu mingi ya mputa kele bana ya nzo-nkanda, mpi beto ke lomba luyalu na kutinda bankisi nswalu"`},
		why:    "the scraper's copy C of A's whole page holds A's text word for word and accounts for the farm B as A does, so the farm hangs from C; B's invented quotation for the doctor shares half its words with A's reported speech and reads altered (session 38)",
	},
	"maithili-regional-ai-farm": {
		checks: []string{`speaker B-C "पानि मे अक्सिजनक मात्रा बहुत कम भेटल अछि। एहन अवस्था मे माछ एक-दू घण्टा मे मरि जाइत अछि"`},
		why:    "Maithili speakers are not read: 'X कहलनि' with the pronoun 'ओ' and 'X-क कहब छलनि' need a Maithili reading of subjects (no ergative mark, postpositions before the verb); tried in session 39 and reverted, it named the object of 'कहलनि' as the speaker.",
	},
	"venetian-regional-chain": {
		checks: []string{`relation A-C`, `relation A-D`, `relation C-E`, `relation D-E`},
		why:    "The pairs one step across the translation (the Italian original against the Venetian blog and its Facebook copy, the Italian partial copy against them) share names and figures but no passage; their similarity (0.14) sits just under the same-story bar, so they read unrelated.",
	},
	"malay-bernama-ai-farm": {
		checks: []string{`lineage D`, `lineage E`},
		why:    "The farm's page and the Telegram copy of it are one text; the witnesses that would order them (three other versions carry the farm's wording where the copy differs) hold too few variant grams to vote, and the farm's 'Soalan Lazim (FAQ)' heading reads as a dateline credit naming an outlet (a rule against it took right credit votes from PAN 2013 and was reverted), so the copy reads as the farm's source.",
	},
	"english-court-copy-agency-chain": {
		checks: []string{`credit A-B`},
		why:    "The regional daily credits the agency only by its byline ('By Tannergate Press Agency reporter'); the agency's plain-text copy names its publisher only in its footer, which cleaning removes as wire furniture, so the copy's publisher is unknown and a byline is no credit line.",
	},
	"english-press-release-newswire-pickups": {
		checks: []string{`lineage E`},
		why:    "The scraper's copy of the trade page credits it ('appeared first on …'), but it also carries the release's '/PRNewswire/' dateline, which credits the newswire's page as much; with both dated before it and the same text, the copy is drawn under the release.",
	},
	"english-ai-summary-site-citations": {
		checks: []string{`credit A-D`, `quote A-D "I called the city first thing this morning"`, `quote A-D "I want the paper trail for every single address"`},
		why:    "The TV station's follow-up relates to the paper's investigation as the same story with no direction (its own interviews, no shared wording), so its 'As first reported by' credit and its own quotations are not judged.",
	},
	"hungarian-mti-portals": {
		checks: []string{`story A B C D E`, `relation A-E`, `relation B-E`, `relation C-E`, `relation D-E`},
		why:    "The county TV's independent report shares the story's names only in other cases (Rétvárkonyban, Rétvárkonyt; Hungarian inflects names), so it shares three facts with the agency's story and reads unrelated; the rewrite's Facebook copy of four paragraphs with the page's reactions is a partial copy by the runs, the set's editor reads a copy.",
	},
	"english-local-facebook-group-relay": {
		checks: []string{`relation B-E`, `relation D-E`, `credit A-D`},
		why:    "The radio brief and the paper each rewrote the council's notice, but they share the notice's wording closely enough (and the blog shares it through the paper) that they stay rewrites of each other; the blog credits 'the Harcastle Gazette' and reaches the council only through it.",
	},
	"english-student-paper-syndication": {
		checks: []string{`lineage A`, `lineage C`, `relation B-C`, `relation C-D`, `credit A-C`, `quote A-C "In hindsight, we waited too long"`, `quote A-C "You should have heard this from us first"`, `quote A-C "continued occupancy beyond the 2025-26 academic year is not recommended without significant structural intervention"`, `speaker A-C "continued occupancy beyond the 2025-26 academic year is not recommended without significant structural intervention"`},
		why:    "The student paper's follow-up reuses two of its scoop's paragraphs as background: each names the paper (its own name, read as crediting the other), the details signal reads the fuller follow-up as the source against the scoop's date, and the pair is read as two versions of an unseen source, which leaves the scoop and the follow-up without a parent at hand and the city daily's rewrite a rewrite of the follow-up.",
	},
	"english-paginated-article-scrapers": {
		checks: []string{`lineage D`},
		why:    "The national paper's rewrite draws on both pages of the daily's investigation; the scraper's capture joins the two pages in one text, which accounts for more of the rewrite than either page, so the rewrite hangs from the undated capture (a page's own text over a copy that joins it with another is not preferred).",
	},
	"english-fan-site-blockquote-commentary": {
		checks: []string{`lineage A`, `lineage D`, `relation A-D`, `relation C-D`, `credit A-C`},
		why:    "The national site's report from the press conference shares one of the manager's sentences word for word with the paper's match report and the match's facts; the sentence aligner pairs the two reports' sentences, and the shared quotation keeps the pair from reading as two reports written apart (reportedApart allows no quotation attested on both sides), so the report and the paper (and the forum's paste of it) read as rewrites of an unseen source; the forum poster's line naming the paper ('Castlebridge Chronicle report's up') is not read as a credit, 'Rovers' is.",
	},
	"english-station-group-must-run": {
		checks: []string{`lineage D`, `credit B-D`},
		why:    "The media-watch blog's parent is the second station's page by one sentence only its lead-in has, but the three stations' pages account for the blog almost equally (0.36, 0.35, 0.41 with rewording), and the lineage takes the earliest; 'the version on KOZT's site' is no credit form reprint reads.",
	},
	"polish-pap-ai-farm": {
		checks: []string{`lineage C`, `relation B-C`, `relation B-D`, `credit B-C`, `quote B-C "Do Rawiczowa jedzie się zimą ponad godzinę. Kobieta, która zacznie rodzić w nocy, zostanie sama z karetką i modlitwą"`, `quote B-C "Nie zamykamy oddziału z wyboru. Od września szukamy anestezjologów i neonatologów, ogłaszaliśmy konkursy i rozmawialiśmy z lekarzami z całego województwa"`, `quote B-C "Przez prawie 30 lat przyjęłam tu tysiące porodów"`, `quote B-C "Zrobimy wszystko, aby pacjentki z Brzostowca nie odczuły tej zmiany"`, `speaker B-C "Do Rawiczowa jedzie się zimą ponad godzinę. Kobieta, która zacznie rodzić w nocy, zostanie sama z karetką i modlitwą"`, `speaker B-C "Nie zamykamy oddziału z wyboru. Od września szukamy anestezjologów i neonatologów, ogłaszaliśmy konkursy i rozmawialiśmy z lekarzami z całego województwa"`, `speaker B-C "Przez prawie 30 lat przyjęłam tu tysiące porodów"`},
		why:    "The farm's padded rewrite of the national portal shares more three-word runs with PAP's story on the regional portal (0.38 of its runs) than with the national rewrite (0.32), so it hangs from the regional page; the national rewrite and the farm are then told apart as two rewrites of it, and the farm's quotations are not held against the rewrite.",
	},
	"english-council-minutes-reports": {
		checks: []string{`lineage A`, `lineage B`, `relation B-D`, `relation C-D`, `credit A-B`, `credit A-C`, `quote A-B "Closing these toilets tells older people, disabled people and parents with young children that Haddleton town centre is no longer for them"`, `quote A-B "We are spending nearly twenty thousand pounds a year of our residents’ money to keep open a building that is vandalised almost every other weekend"`, `speaker A-B "Closing these toilets tells older people, disabled people and parents with young children that Haddleton town centre is no longer for them"`, `speaker A-B "We are spending nearly twenty thousand pounds a year of our residents’ money to keep open a building that is vandalised almost every other weekend"`},
		why:    "The rival paper's own report from the meeting, filed before the minutes, shares the minutes' recorded quotation with the paper's report written from them; the paper has only one quotation of its own against it (under the bar for reports written apart), so the pair reads as a rewrite, the paper hangs from the rival's report and the minutes from the blog's excerpt. X, the planning committee's minutes, is unrelated since session 40 (pages of one series, housePage).",
	},
	"english-publisher-key-points-box": {
		checks: []string{`relation C-D`},
		why:    "The farm's padded rewrite and the radio's short report, both written from the paper's story and both hung from it, stay a rewrite of each other: the pair's own vote names the farm the source (the flow and the witnesses), and what they share is not set apart as the paper's.",
	},
	"english-embedded-social-posts": {
		checks: []string{`lineage D`, `quote A-B "Today I have resigned from the Environment and Rivers Committee. I did not take this decision lightly, but I cannot sit on a committee that has voted not to hear from the people responsible for what is happening to the River Marrow"`, `quote A-C "Eastmere Water discharged raw sewage into the Marrow for more than 4,100 hours last year. Families in Marrowfield cannot let their children paddle in it. Postponing our inquiry until the autumn means another summer of that, with nobody answering for it"`, `quote A-C "I will keep pressing for answers from the backbenches, and I will be writing to the Secretary of State this week"`, `quote A-C "Today I have resigned from the Environment and Rivers Committee. I did not take this decision lightly, but I cannot sit on a committee that has voted not to hear from the people responsible for what is happening to the River Marrow. My letter to the Chair is below."`, `speaker A-C "Eastmere Water discharged raw sewage into the Marrow for more than 4,100 hours last year. Families in Marrowfield cannot let their children paddle in it. Postponing our inquiry until the autumn means another summer of that, with nobody answering for it"`, `speaker A-C "Today I have resigned from the Environment and Rivers Committee. I did not take this decision lightly, but I cannot sit on a committee that has voted not to hear from the people responsible for what is happening to the River Marrow. My letter to the Chair is below."`, `speaker B-D "Eastmere Water discharged raw sewage into the Marrow for more than 4,100 hours last year. Families in Marrowfield cannot let their children paddle in it. Postponing our inquiry until the autumn means another summer of that, with nobody answering for it"`},
		why:    "The farm's padded rewrite of the regional paper, and the national site's story it descends from, read as two versions of an unseen source: each quotes what the other does not (the farm invents a quotation and gives one of the MP's posts to the spokesperson), and the common-source reading outweighs the date and the padding, so the farm hangs from an unseen source; it hung from the paper while the site's embedded posts were lost in extraction (session 40 keeps them: the MP's words are the site's text). The paper's and the scraper's bare paragraphs of the posts after 'she wrote:' are no quotations, and the post the farm gives to the spokesperson is read as the MP's.",
	},
	"english-court-reporting-restrictions-versions": {
		checks: []string{`outside X`, `relation A-X`, `relation B-X`, `relation C-X`, `relation D-X`, `credit A-B`},
		why:    "X, the agency's court copy of another case, shares ordinary court-report wording with the other copies in its first paragraphs ('has been jailed for … was sentenced at … Crown Court on Tuesday. The court heard that'), a passage too small for reuse that still reads as the same story (the wire furniture they shared goes since session 40); the regional paper credits the agency only in its byline ('By Calder Press Agency Court Reporter'), which is no credit line (as english-court-copy-agency-chain).",
	},
	"welsh-bilingual-council-release": {
		checks: []string{`lineage B`, `relation A-B`, `credit A-B`, `quote A-B "Mae'r ysgol wedi bod yn rhan o fywyd y pentref ers bron i 150 o flynyddoedd"`, `quote A-B "Nid penderfyniad hawdd oedd hwn, ac rydym wedi gwrando'n ofalus ar bob un o'r 412 o ymatebion i'r ymgynghoriad"`, `quote A-B "Rydym yn deall bod ysgol wrth galon ei chymuned, a byddwn yn trafod gyda phobl Bryn Eithin a Chwm Rhedyn"`, `speaker A-B "Nid penderfyniad hawdd oedd hwn, ac rydym wedi gwrando'n ofalus ar bob un o'r 412 o ymatebion i'r ymgynghoriad"`, `speaker A-B "Rydym yn deall bod ysgol wrth galon ei chymuned, a byddwn yn trafod gyda phobl Bryn Eithin a Chwm Rhedyn"`},
		why:    "The Welsh site's rewrite of the release's Welsh half keeps one of the council's quotations word for word, and the bilingual page holds the same quotations again in English, which the Welsh site does not have: the English ones read as the page's own reporting beside the site's own councillor, so the quotation both give reads as one statement two reports quote (quotedStatement, since session 40 also for a passage half quotation with no shared prose), and the pair is the same story; its credit and quotations are then not judged.",
	},
	"lithuanian-elta-ai-farm": {
		checks: []string{`quote A-C "Suprantu, kad gyventojams tai bus didžiulis nepatogumas, tačiau rizikuoti žmonių gyvybėmis mes negalime"`},
		why:    "Written blind at session 40's end and measured as written: the mayor's quotation reworded in the farm's Lithuanian keeps fewer than half its words in the same inflected forms, under the bar for altered, and reads as invented (the scraper copy's Lithuanian widgets were read as chrome in session 41).",
	},
	"english-article-spinner-farm": {
		checks: []string{`credit A-D`, `speaker B-D "We are treating this fire as deliberate. Two boys, aged 15 and 16, have been arrested on suspicion of arson and remain in custody"`},
		why:    "The spinner swapped the credit's verb ('the Sowerton Gazette stated'), which the credit test does not read as an outlet's report, and the police inspector's title and force ('Assessor Claire Bowden of Westmoorshire Law'), so the speaker is read as changed: the last word of each name is compared, and a name before 'of' is not (a rule reading it was tried and would take 'Prime Minister of Malta X' and 'Prime Minister of Italy Y' for one speaker).",
	},
	"english-community-wiki-news-citations": {
		checks: []string{`lineage B`, `lineage C`, `relation A-B`, `relation C-D`, `credit A-C`, `credit B-C`, `quote A-C "the safety of everyone who comes to the festival is our first priority"`, `quote A-C "went up like a kite"`, `quote B-C "came here to enjoy themselves and went home in an ambulance, and we owe them proper answers"`, `quote B-C "the safety of everyone who comes to the festival is our first priority"`, `speaker A-C "the safety of everyone who comes to the festival is our first priority"`, `speaker A-C "went up like a kite"`, `speaker B-C "came here to enjoy themselves and went home in an ambulance, and we owe them proper answers"`, `speaker B-C "the safety of everyone who comes to the festival is our first priority"`},
		why:    "The two local reports of the festival accident share the organisers' statement word for word and the sentence aligner pairs their facts, so the daily reads as a rewrite of the weekly (reportedApart allows no quotation attested on both sides); the wiki page, which lifts sentences of both, then has no parent the lineage can settle between them, and its credits and cut quotations go unjudged.",
	},
	"english-archive-anniversary-reprint": {
		checks: []string{`relation B-D`, `credit C-D`, `quote B-C "I remember my mother's hand on my nightgown all night. She never let go, not once"`, `quote B-C "We pulled eleven people out of the water on Mill Street that night"`, `quote C-D "Fifty years on, we still say their names out loud. That's what a town does"`, `quote C-D "I remember my mother's hand on my nightgown all night. She never let go, not once"`, `speaker C-D "Fifty years on, we still say their names out loud. That's what a town does"`, `speaker C-D "I remember my mother's hand on my nightgown all night. She never let go, not once"`},
		why:    "The farm conflates the 1975 report and the station's rewrite of the 2025 feature; its pair with the station is read from the farm (the station's quotations it holds outweigh the station's dated page), so the station's quotations are not checked against it; the feature's merged reading of a mother's two quotations (the station joined them) and a quotation the station kept whole where the set reads a cut differ from the set's readings.",
	},
	"english-hansard-debate-reports": {
		checks: []string{`lineage D`, `relation A-B`, `relation B-D`, `relation C-D`, `credit A-D`, `quote A-B "I say to the minister that the sea does not wait for a spending review"`},
		why:    "The official report's speeches carry no quotation marks and no speaker labels the quote reader knows (headings with constituency and party), so the sketch's quotations are matched as prose: the sketch reads as a partial copy, the tidied quotation as unattested, and the MP's own paste of her speech hangs from the sketch, which holds the same sentences; 'as recorded in Hansard' is not read as a credit of 'Hansard - UK Parliament'.",
	},
	"french-prefecture-press-conference-reports": {
		checks: []string{`lineage A`, `lineage B`, `lineage C`, `relation A-B`, `relation A-C`, `relation B-C`, `relation B-D`, `relation C-D`},
		why:    "Three reports from one press conference share the préfète's and the procureur's sentences word for word, as all three heard them, and each has quotations of its own: the engine reads rewrites (reportedApart allows no shared quotation; a tally of own against shared quotations was tried this session and cost 130 checks in true rewrites that keep a few of their source's quotations and add their own).",
	},
	"english-robot-quake-reports": {
		checks: []string{`outside X`, `lineage A`, `lineage B`, `lineage C`, `relation A-X`, `relation B-X`, `relation C-X`, `relation D-X`, `relation E-X`},
		why:    "Bot-written quake stories fill one template with other figures: X shares dozens of the first outlet's sentence frames word for word and reads as its partial copy, and the three outlets' bot stories, which share the feed's figures, are read as versions of one another rather than independent reports of one unseen feed.",
	},
	"korean-newsis-press-release-reports": {
		checks: []string{`speaker A-B "똑버스 시범 운행으로 늦게 귀가하는 시민과 야간 근무자들이 안심하고 이동할 수 있도록 하겠다"`},
		why:    "Since session 46 '시에 따르면' (according to the city) credits 청림시청; the mayor's quotation is attributed in the release to a word of the sentence before it ('시간대'), so its speaker reads as changed. (The city's other release, X, is unrelated since session 44: caselessHouse.)",
	},
	"english-wire-factbox-sidebars": {
		checks: []string{`relation B-C`, `relation C-D`, `quote B-C "carrying more people than it was licensed for"`},
		why:    "The paper's page holds the wire story's first eight paragraphs and the factbox's bullets, which are themselves the story's background sentences: against the factbox the alignment reads the paraphrased bullets as a rewrite, and a phrase the factbox cuts from the minister's quotation is not found as a quotation of it.",
	},
	"english-football-manager-press-conference": {
		checks: []string{`lineage B`, `lineage C`, `relation A-B`, `relation A-C`, `relation A-D`, `relation B-E`, `relation C-E`, `relation D-E`, `quote B-D "Portbury hurt, but if we're brave on the ball and we get the crowd going early, I fancy us against anybody at Millfield Road"`},
		why:    "The club's write-up and two newspapers' reports from one press conference share the manager's sentences word for word: the papers read as rewrites of the club's page (every sentence they quote is in it, and each has only one answer of its own), and the aggregator's quotation joining two of them reads as altered rather than merged.",
	},
	"english-charity-appeal-local-syndication": {
		checks: []string{`credit A-B`, `credit A-C`, `credit A-D`, `credit A-E`},
		why:    "'The charity said' calls back 'Little Lanterns Children's Hospice' named just before; the credit test takes a description as the publisher's only when it is the tail of its name ('the hospice') or a company's legal form, and a charity's kind is not in its name (a rule reading the body just named was tried this session and misread 'the council says' and 'the company said' elsewhere).",
	},
	"english-sec-filing-executive-departure": {
		checks: []string{`outside X`, `lineage X`, `relation A-X`, `relation B-D`, `relation B-X`, `relation C-D`, `relation C-X`, `relation D-X`, `credit A-B`, `credit A-C`},
		why:    "The other company's 8-K shares the cover page's boilerplate word for word (check boxes, tables, the signature sentence) and reads as a partial copy of the filing (plain texts with no site, which the house-page test needs); 'according to a regulatory filing' describes the filing rather than naming its issuer; the farm that rewrote the filing directly and the wire's rewrites share the filing's facts and read as rewrites of one another.",
	},
	"english-video-statement-reports": {
		checks: []string{`quote A-B "This was not a decision we made lightly, but I will not ask anyone to drive across a bridge that our engineers can't stand behind"`, `quote A-B "We're going to run free shuttle buses every 15 minutes between the Millrace Park and Ride and downtown starting Saturday morning"`, `quote A-C "This was not a decision we made lightly, but I will not ask anyone to drive across a bridge that our engineers can't stand behind"`, `quote A-C "We're going to run free shuttle buses every 15 minutes between the Millrace Park and Ride and downtown starting Saturday morning"`, `quote A-D "This was not a decision we made lightly, but I will not ask anyone to drive across a bridge that our engineers can't stand behind"`, `chrome D "Tag someone who drives this bridge every day"`, `chrome D "Turn on notifications so you never miss a local update"`, `chrome D "#AlderFalls #MillraceBridge"`, `chrome D "Download the LocalBuzz 360 app"`},
		why:    "The city's auto-generated transcript is lowercase caption lines with no punctuation, so the station's punctuated quotations are found as fragments or as prose (since session 46 'a video statement posted on the city's website' credits the city); the aggregator's engagement lines ('Tag someone…', 'Turn on notifications…', the hashtags, the app's call) stay: removing them (chrome rounds 68 and 89) makes the aggregator's capture the station's first four paragraphs alone, and C-D then reads as a rewrite where the set says the same story.",
	},
	"german-polizei-presseportal-copies": {
		checks: []string{`lineage D`, `credit A-B`, `credit B-D`, `quote B-D "Der Busfahrer hat nach allem, was wir bisher wissen, genau richtig reagiert. Er hat den Bus trotz der Glätte kontrolliert nach rechts gelenkt und damit einen Frontalzusammenstoß verhindert"`, `quote B-D "Wer am Dienstagmorgen zwischen sieben und halb acht auf der K 27 unterwegs war und ein dunkles SUV bemerkt hat, soll sich bitte bei uns melden. Auch kleinste Hinweise können uns weiterhelfen"`, `speaker B-D "Der Busfahrer hat nach allem, was wir bisher wissen, genau richtig reagiert. Er hat den Bus trotz der Glätte kontrolliert nach rechts gelenkt und damit einen Frontalzusammenstoß verhindert"`, `speaker B-D "Wer am Dienstagmorgen zwischen sieben und halb acht auf der K 27 unterwegs war und ein dunkles SUV bemerkt hat, soll sich bitte bei uns melden. Auch kleinste Hinweise können uns weiterhelfen"`},
		why:    "The daily's 'Quelle: Polizei' names the police generically, not the Polizeipräsidium the release's distributor line names, so it is no credit; the blog's plain-text copy of the daily, read against the daily's page with its own chrome, is read as its source.",
	},
	"english-hyperlocal-newsletter-roundup": {
		checks: []string{`credit A-D`, `credit B-D`, `credit C-D`},
		why:    "The Reddit paste of the newsletter's item keeps its '(via the Eastbrook Ledger)' lines as text, not links, and names the newsletter only in the post's title line; neither is read as a credit.",
	},
	"english-live-match-commentary-report": {
		checks: []string{`lineage C`, `relation C-D`, `quote A-B "I said to the lads at half-time that if we kept going, the chance would come"`},
		why:    "The paper's report from the ground and the betting farm's padded rewrite of the broadcaster's report share the match's facts and the managers' sentences; the sentence aligner pairs them as a rewrite and the paper, whose other pairs are the same story, hangs from the farm; a sentence of a manager's longer answer reads as a fragment by the conventions where the set reads it as exact.",
	},
	"hungarian-mti-ai-farm": {
		checks: []string{`speaker A-B "Soha nem láttam még ekkora lángokat a faluban. Az emberek pizsamában jöttek át a művelődési házba, de senki nem esett pánikba"`, `speaker B-C "Meg fogjuk vizsgálni, hogyan lehetne biztonságosabbá tenni a belterülethez ilyen közel álló régi téeszépületeket. Ezt a tüzet nem szabad annyiban hagyni"`},
		why:    "The Facebook page's repost of the farm's first three paragraphs holds too few facts to be read as an excerpt of the padded page (ExcerptOwnFacts reads facts where both sides have 15), so it is read as the farm's source; the resident's quotation is attributed in the agency's story to 'A Petőfi' (the street she lives on) and the mayor's re-attribution in the farm is not found.",
	},
	"english-wire-story-localised-versions": {
		checks: []string{`lineage C`},
		why:    "The second member paper's localised version, published after the first, shares the wire's paragraphs with it word for word; the lineage hangs it from the first paper's version, which accounts for it as well as the wire story does.",
	},
	"portuguese-lusa-regional-portals-chain": {
		checks: []string{`credit B-C`},
		why:    "'segundo a agência Lusa' credits the agency, whose story the weekly's page prints under its own headline with '(Lusa)'; the convention reads a credit to the agency as the agency's, and the weekly is not the agency.",
	},
	"croatian-hina-ai-farm-chain": {
		checks: []string{`speaker B-C "Bura je tijekom noći mijenjala smjer i to nam je najviše otežalo gašenje"`},
		why:    "The Telegram repost keeps its Croatian channel chrome (subscriber count, 'Pridruži se kanalu', view counts, 'Otvori u aplikaciji'), which makes it read as the farm's source and moves the farm under it; the regional portal's donation and comment boxes stay; the fire chief's words given to the mayor are attributed in the portal's text by his title alone.",
	},
	"swiss-french-ats-regional-copies": {
		checks: []string{`credit A-C`},
		why:    "The radio's word-for-word copy under an 'ATS' byline credits the agency, which the convention reads as a credit of the agency's text on the portal, but the portal's publisher is 20 Minutes; the daily's 'Connectez-vous pour réagir à cet article' stays.",
	},
	"english-planning-minutes-reporter-relay": {
		checks: []string{`outside X`, `lineage A`, `lineage B`, `lineage X`, `relation A-C`, `relation A-X`, `relation B-X`, `relation C-X`, `relation D-X`, `credit A-B`, `credit A-C`, `quote A-B "I cannot see how anyone who lives on Station Road could support it"`, `quote A-B "We have spent ten years trying to get lorries out of Station Road, and this would bring the traffic straight back in, morning and night"`, `quote A-B "We’re disappointed, but this is an objection from the town council, not a refusal"`, `speaker A-B "We have spent ten years trying to get lorries out of Station Road, and this would bring the traffic straight back in, morning and night"`},
		why:    "Another meeting's minutes share the committee's procedural sentences ('RESOLVED: that the apologies be accepted', the public participation rule, the members present) with A: template text read as a partial copy, which ties X to the story. The minutes' date stands in a sentence ('DRAFT – published 11 November 2025.') no date line reads, so the undated minutes read as derived from the reporter's dated article, and the Facebook paste of the article's first paragraphs sits between them in the lineage.",
	},
	"english-apart-reports-shared-statement": {
		checks: []string{`lineage A`, `lineage B`, `lineage C`, `relation B-C`, `relation C-D`, `credit A-B`, `credit A-C`, `credit A-D`, `quote A-B "I have asked the Ohio State Highway Patrol to lead this investigation because the people of Calder Falls deserve answers they can trust"`, `quote A-B "I heard the siren for maybe two seconds, and then there was this huge bang"`, `quote A-B "Our thoughts are with the two people who were hurt last night and with their families"`, `quote A-C "I appreciate that the chief went outside the department on this one"`, `quote A-C "I have asked the Ohio State Highway Patrol to lead this investigation because the people of Calder Falls deserve answers they can trust"`, `quote A-C "Our thoughts are with the two people who were hurt last night and with their families"`, `speaker A-B "I have asked the Ohio State Highway Patrol to lead this investigation because the people of Calder Falls deserve answers they can trust"`, `speaker A-B "Our thoughts are with the two people who were hurt last night and with their families"`, `speaker A-C "I have asked the Ohio State Highway Patrol to lead this investigation because the people of Calder Falls deserve answers they can trust"`, `speaker A-C "Our thoughts are with the two people who were hurt last night and with their families"`},
		why:    "Written blind (session 42) and measured as written. The three outlets' reports written apart from the police statement share its two quoted sentences and stock phrases ('the department said in a statement'), so the witnesses read the TV report's wording in the others (variant grams 5 against 17) and C-D and B-C as rewrites; the statement page is dated by its 'Posted on:' line only to the day, which the same-day reports' moments cannot be ordered against, so B and C hang from an unseen source and A from C, and the reports' quotations are not held against the statement; 'the department said in a statement' credits a body named only by description, and the statement page's publisher is unknown.",
	},
	"english-fact-check-viral-copy": {
		checks: []string{`relation B-C`, `relation B-D`, `quote B-C "The county has known about this since the weekend and kept it quiet until the paper forced their hand"`},
		why:    "The fact check quotes the viral post's altered sentence and quotation in its own quotation marks, a long verbatim passage (partial-copy, where the set says rewrite or same-story), and the post's first sentence it quotes is unquoted prose in the post (unquoted-in-source where the set says exact). Since session 46 the post's platform is its publisher (Meta.Platform), so the fact check's and the TV story's 'a Facebook post' name it: the fact check hangs from the post, and the TV story, C's rewrite, is a rewrite of the post through it where the set says the same story.",
	},
	"english-press-gallery-statement-rewrites": {
		checks: []string{`relation B-D`, `relation C-D`},
		why:    "The community site's copy of the release and AAP's rewrite of it (and the daily's run of AAP's story) share the release's words that AAP kept: a copy of the other's ancestor stays a rewrite of it by design (apart's throughCopies: the copy carries the words the other reworded), where the set reads them as the same story.",
	},
	"austrian-apa-ots-release-coverage": {
		checks: []string{`lineage B`},
		why:    "The regional portal's copy of the release's first eleven paragraphs (13:05) stands between the release (11:32) and the daily's rewrite (14:20) with the same words: the daily hangs from the copy, although it names the release ('teilte das Land in einer Aussendung mit'), which the lineage does not weigh between two parents of one text.",
	},
	"english-letter-double-submission": {
		checks: []string{`story A B C D`, `relation A-C`, `relation B-C`, `relation C-D`, `credit A-C`, `quote A-C "I have counted them myself for a fortnight and make it closer to 70 on weekdays, and that is with a timetable that has already been thinned twice since 2022."`, `quote A-C "Route 47 cut will leave villages stranded"`, `quote A-C "There was no consultation that I or any of my neighbours were aware of."`, `speaker A-C "I have counted them myself for a fortnight and make it closer to 70 on weekdays, and that is with a timetable that has already been thinned twice since 2022."`, `speaker A-C "There was no consultation that I or any of my neighbours were aware of."`},
		why:    "The bus company's reply is one letter on a page of several (the weekly's letters page), sharing with the reader's letter only its two quoted sentences and the headline it cites: too little of either page for the candidate search to pair them, so the reply stands alone and its quotations are not checked.",
	},
	"english-rugby-agency-match-report-copies": {
		checks: []string{`lineage B`, `relation A-B`, `relation B-C`, `relation B-D`},
		why:    "The club's own report shares the match's facts, names, score sequence and scorers with PA's report reworded (coverage 0.91 and 0.75 in rewritten passages), so it reads as a rewrite of PA's report and of its copies and hangs from an unseen source, where the set reads an independent report of the same match.",
	},
	"english-podcast-interview-write-ups": {
		checks: []string{`credit A-B`, `quote A-B "A ratio is a floor, not a ceiling. On a night when two of your patients are getting worse at the same time, four can still be too many"`, `quote A-B "Nobody went into nursing to chart. If we can take an hour of documentation off every shift, that's an hour back at the bedside"`, `quote A-B "We kept renting nurses long after the emergency was over. Every few months, everything they had learned about our units walked out the door with them, and we paid a premium to start over"`, `quote A-B "When you give a nurse six patients instead of four, you haven't asked her to work harder. You've asked her to decide which patient goes without"`, `speaker C-D "A ratio is a floor, not a ceiling. On a night when two of your patients are getting worse at the same time, four can still be too many"`},
		why:    "Written blind (session 42) and measured as written; the podcast's other transcript page, which shares the show's standing lines with A, is unrelated since session 44 (HouseTemplateMaxVerbatim). The station's story quotes sentences of the guest's longer turns, which the conventions read as fragments where the set says exact; 'Price told the public radio program' names the station by description only; the farm gives the guest's words to 'the host of the program', a description no name in the farm stands for, so no change of speaker is read.",
	},
	"english-council-press-conference-live-tweets": {
		checks: []string{`lineage B`, `relation C-D`, `credit A-D`},
		why:    "Written blind (session 42) and measured as written. The reporter's thread carries its posts' times but no date a reader reads ('10:31 AM · Mar 11, 2025' lines are X's furniture), so only the article is dated, and the thread's five quotations cut short against the article's fuller ones (the quotes signal) name the article the thread's source, the lineage then hanging the article under the aggregator of the posts; the aggregator's and the rival's rewrite share the article's wording through the thread, read as a rewrite where the set says the same story; the aggregator credits the reporter by her handle only, which names no publisher.",
	},
	"arabic-mena-egyptian-papers": {
		checks: []string{`quote A-C "يضم الخط ثلاث وحدات حديثة تتسع كل منها لستين راكبا، والرحلات تبدأ في السابعة صباحا وتستمر حتى العاشرة مساء"`, `speaker A-C "لن نتهاون مع أي مخالفة لاشتراطات السلامة، فكل وحدة مزودة بسترات نجاة تكفي جميع الركاب وطاقم إنقاذ مدرب"`},
		why:    "Written blind (session 43) and measured as written. The rewrite's version of the transport head's quotation changes two figures and rewords the rest («الخط يضم ثلاث وحدات حديثة بطاقة 60 راكبا للوحدة الواحدة …» against «يضم الخط ثلاث وحدات حديثة تتسع كل منها لستين راكبا …»): fewer than half its words stand in the same order, under MinAltered, so it reads as invented. The rewrite gives the governor's warning to «المحافظ» (the governor), a description, where the agency names him «الشناوي»; without capitals the description is not resolved to the name the text introduces him by, so the same speaker reads as changed.",
	},
	"english-tv-script-web-story-sisters": {
		checks: []string{`credit A-C`},
		why:    "Written blind (session 43) and measured as written. The script archive is a plain text whose publisher is unknown (its masthead line 'KVRQ NEWS 9 SCRIPT ARCHIVE' names no site the reader takes), and the sister station's page credits KVRQ only by its copyright line ('Copyright 2025 by KVRQ - All rights reserved'), which is not read as a credit when the source's publisher is unknown: a copyright line names the page's owner as often as the text's source.",
	},
	"french-afp-depeche-versions": {
		checks: []string{`credit A-E`},
		why:    "Written blind (session 43) and measured as written. The urgent (two sentences) and the regional page share no passage of their own; they are the same story through the lineage (the urgent held whole by the developed dispatch, since session 43), a pair with no direction of its own, so the page's 'Avec AFP', which credits the urgent's publisher, is not judged.",
	},
	"german-liveticker-wrap-copies": {
		checks: []string{`relation B-D`, `relation C-D`},
		why:    "Written blind (session 43) and measured as written. The wrap and the aggregator's copy of the ticker's newest entries, both from the ticker, share its sentences word for word, and the radio's rewrite of the wrap shares them reworded: the cousins read as rewrites of each other where the set says the same story (partial-copy accepted for the wrap). (The spokesman's reworded quotation in the radio's rewrite is altered since session 44: MinAlteredBySpeaker.)",
	},
	"english-police-log-hyperlocal-picks": {
		checks: []string{`lineage D`, `credit A-B`, `credit A-C`, `credit A-D`, `quote A-D "At least I get that back"`, `quote A-D "They knew exactly what they wanted"`},
		why:    "Written blind (session 43) and measured as written; the next day's log (X) is unrelated since session 43 (datedSeries). The log is the City of Larkdale's page, and the blotter and the TV story credit it as 'the Larkdale Police Department's daily activity log' and 'the police department's daily log', a department of the city and a document by its kind, which no credit form reads as the city's; the Facebook paste's 'From the police log:' likewise, and its '(Commercial)' is read as a parenthetical credit. The TV story rewrites two entries and adds its own interview: with no credit read, the pair is the same story with no direction, so its parent, its credit and its own quotations are not judged.",
	},
	"english-premier-press-conference-transcript": {
		checks: []string{`relation A-D`},
		why:    "Written blind (session 43) and measured as written. The opposition's release quotes one of the premier's sentences word for word and paraphrases two more of the transcript's points, enough shared wording around the quotation for the pair to read as a rewrite where the set says the same story (the release is its own text answering the conference).",
	},
	"chinese-wechat-government-notice-chain": {
		checks: []string{`quote C-D "磨刀不误砍柴工"`},
		why:    "Written blind (session 44) and measured as written; the account's page names the account as its site since session 44 (platformAccount), the paper's '来源：澜西发布' beside the date and the portal's '据澜西发布消息' credit it, and chrome round 81 cleaned the WeChat and self-media pages. Left: the self-media rewrite's proverb '磨刀不误砍柴工' after '正所谓' (as the saying goes) sits in a sentence whose '小编认为' (the editor thinks) reads as its attribution, so it is no term and, in no source, reads as invented.",
	},
	"english-syndicated-column-papers": {
		checks: []string{`lineage C`, `lineage D`, `quote B-D "People think a post office is just about stamps. Out here it's our pharmacy, our bank and our newspaper"`, `quote B-D "They'll save thirteen thousand dollars on paper"`, `quote B-D "You cannot run a post office like a convenience store and then act surprised when the people who depend on it are the ones who lose"`},
		why:    "Written blind (session 44) and measured as written; the syndicate's tag line ('Distributed by …', 'is distributed by …') and the weekly's 'with permission of Prairie Row Features Syndicate' credit the syndicate since session 44, and the weekly's 'Posted Wednesday, October 22, 2025' dates it. The weekly prints the column's first nine paragraphs, which the daily prints word for word too: the lineage hangs it from the daily (closer in time, its text whole) where the set says the syndicate's page, whose publisher the permission line names. The farm hangs from the syndicate's page, not the daily's, by the same likeness (the daily's caption fact, which the set reads as the tie, is one detail). The farm's quotation cuts read against the daily: two cut at a sentence's end read as exact where the set says fragment, and the postmaster's reworded quotation, whose words come from two of her sentences, reads as merged where the set says altered. The daily's 'Opinions expressed by columnists are their own' and the weekly's subscription line stay.",
	},
	"english-written-question-answer-releases": {
		checks: []string{`relation B-C`, `relation B-D`, `credit A-B`, `credit A-C`, `credit A-D`, `quote A-B "It is for local transport authorities to decide which services to support with this funding, based on their knowledge of local needs"`, `quote A-B "The Department has not made a specific assessment of the impact on individual routes in Caldshire"`, `quote A-C "The Department has not made a specific assessment of the impact on individual routes in Caldshire"`, `quote A-C "To help the council manage the change, Caldshire County Council will also receive £400,000 of transitional funding in 2026-27"`},
		why:    "Written blind (session 44) and measured as written. The paper's story and the MP's release each quote two sentences of the answer and summarise it in their leads: the two share 48 four-word runs, 42 of them in the answer (0.875, under wordedThroughShare 0.9), and the paper's passages with the answer cover only a quarter of it, so the pair is not read as two children of the answer and stays a rewrite (so the weekly's copy of the release with the paper). 'in a written parliamentary answer' and 'His answer' describe the document, whose page's publisher is UK Parliament, and credit nothing; the answer's sentences quoted word for word are its prose, unquoted-in-source, where the editor reads the minister's words as exact.",
	},
	"spanish-court-ruling-press-office-chain": {
		checks: []string{`credit A-B`, `credit A-C`, `chrome A "Comunicación Poder Judicial"`, `chrome A "Autor: Comunicación Poder Judicial"`, `chrome D "Necesita asesoramiento sobre su vivienda turística"`, `chrome X "Comunicación Poder Judicial"`, `chrome X "Autor: Comunicación Poder Judicial"`},
		why:    "Written blind (session 44) and measured as written; the paper's '(Europa Press)' signature credits the agency since session 44, and chrome round 88 removed the blog's 'Contenido del artículo'. Europa Press credits the court by description ('según ha informado el alto tribunal madrileño en un comunicado'), which names neither the Poder Judicial (the press office's site) nor the TSJM, and the paper carries that line; the note's 'Autor: Comunicación Poder Judicial' byline stays, and removing the blog's closing advice box (chrome round 90) raised the blog's likeness to the unrelated note and cost five checks.",
	},
	"hindi-district-press-note-whatsapp-chain": {
		checks: []string{`credit A-B`, `credit A-C`, `speaker A-C "घबराने की आवश्यकता नहीं है, लेकिन लापरवाही बिल्कुल न करें"`},
		why:    "Written blind (session 44) and measured as written. The daily's byline 'संवाददाता, केशरगंज' (correspondent, Keshargunj) names the district town where the reporter files, and the source's publisher is the district's site 'जिला केशरगंज': the place reads as the outlet of a byline and credits it. The local site credits 'जिला प्रशासन द्वारा जारी प्रेस विज्ञप्ति' (the district administration's press note), a description no name matching reads as the site. The collector's quotation in the local site follows a participial phrase ('सतर्क रहने की अपील करते हुए', appealing to stay alert) that the speaker reading takes for the speaker.",
	},
	"english-startup-layoff-blog-post-chain": {
		checks: []string{`credit A-D`},
		why:    "Written blind (session 44) and measured as written. The employee's LinkedIn post credits the CEO's post as 'what Renata wrote on our company blog today', a description of the company's blog no credit form reads as Ledgerwren; the aggregator's 'Excerpt shown under fair use' and the LinkedIn page's job advertisement line stay.",
	},
	"polish-gmina-bip-notice-portals": {
		checks: []string{`credit A-C`, `credit B-D`},
		why:    "Written blind (session 44) and measured as written; chrome round 83 removed the BIP record and the Facebook group's chrome, and since session 46 'Źródło: UG Ostrowice Leśne' credits the commune (a local authority's office is the authority). 'poinformował urząd gminy' (the commune office informed) describes the office, which the portal's description is not matched to, and the Facebook post's 'wklejam z zarzecki24' (pasting from zarzecki24) is no credit form read.",
	},
	"russian-ministry-telegram-post-chain": {
		checks: []string{`lineage A`, `lineage B`, `credit A-B`, `credit A-C`, `quote A-B "Если вы не помните, были ли вы привиты, а документов нет, лучше сделать прививку. Лишняя доза безопасна, а вот корь у взрослых протекает очень тяжело"`, `quote A-B "За последние две недели к нам обратились больше 300 родителей, которые хотят проверить прививочный сертификат ребёнка"`, `quote A-B "Корь — самая заразная из известных инфекций: один больной может заразить до 18 человек"`, `quote A-B "С начала года в регионе зарегистрировано 23 случая кори, из них 14 — у детей"`, `quote A-B "здоровые дети идут на прививку через отдельный вход"`, `speaker A-B "Если вы не помните, были ли вы привиты, а документов нет, лучше сделать прививку. Лишняя доза безопасна, а вот корь у взрослых протекает очень тяжело"`, `speaker A-B "Корь — самая заразная из известных инфекций: один больной может заразить до 18 человек"`, `speaker A-B "С начала года в регионе зарегистрировано 23 случая кори, из них 14 — у детей"`},
		why:    "Written blind (session 45) and measured as written; chrome round 84 removed the Telegram channel's and VK's chrome. The Telegram capture's date is its day separator ('14 марта 2025') under the channel's header and pinned message, which no date reader takes (a date alone on a line below the head was tried this session and reverted: it gave the day only, the regional site's page a moment the same day, so the date still abstained, and it cost the nonprofit set a credit verdict); with only the site dated, and its head doctor's quotations read as details it has, the site is drawn as the post's source, and 'сообщили в telegram-канале регионального минздрава' (the ministry by an adjective and a declined noun) is not read as a credit.",
	},
	"thai-minister-interview-qa-rewrites": {
		checks: []string{`lineage D`, `relation A-D`, `credit B-C`, `credit B-D`, `quote B-D "ขอให้เจ้าหน้าที่ลงไปหาเขาถึงบ้าน อย่าให้เขาต้องมาต่อคิวตั้งแต่ตีห้าเหมือนรอบที่แล้ว"`, `quote B-D "ผมไม่เชื่อว่าชาวนาอยากเป็นหนี้ ไม่มีใครอยากตื่นมาทุกเช้าแล้วคิดว่าจะหาเงินที่ไหนมาจ่ายดอกเบี้ย"`, `quote B-D "รอบนี้เราจะพักทั้งเงินต้นและลดดอกเบี้ยลงครึ่งหนึ่ง"`, `quote B-D "รัฐบาลชุดนี้จะไม่ยอมให้ชาวนาแม้แต่รายเดียวต้องเสียที่นาเพราะหนี้สิน"`, `quote B-D "หนี้นอกระบบคือแผลที่ลึกที่สุด บางรายเสียดอกเบี้ยร้อยละ 10 ต่อเดือน"`, `speaker B-D "ขอให้เจ้าหน้าที่ลงไปหาเขาถึงบ้าน อย่าให้เขาต้องมาต่อคิวตั้งแต่ตีห้าเหมือนรอบที่แล้ว"`, `speaker B-D "ผมไม่เชื่อว่าชาวนาอยากเป็นหนี้ ไม่มีใครอยากตื่นมาทุกเช้าแล้วคิดว่าจะหาเงินที่ไหนมาจ่ายดอกเบี้ย"`, `speaker B-D "รอบนี้เราจะพักทั้งเงินต้นและลดดอกเบี้ยลงครึ่งหนึ่ง"`, `speaker B-D "หนี้นอกระบบคือแผลที่ลึกที่สุด บางรายเสียดอกเบี้ยร้อยละ 10 ต่อเดือน"`},
		why:    "Written blind (session 45) and measured as written; since session 45 'ให้สัมภาษณ์กับหนังสือพิมพ์…' credits the daily and the interview's 'ถาม:'/'ตอบ:' answers are the minister's words (qaTurns). The blog's padded rewrite quotes the minister's answers, which the interview holds too, so it hangs from the interview rather than from the TV story it rewrote (the texts are caseless: details abstain), and B-D is not judged; the portal's 'ที่มา: ทีวีรวมไทย' names the station by its broadcast name, where its site calls itself 'ข่าวรวมไทย', a name no alias gives.",
	},
	"persian-university-announcement-isna-instagram": {
		checks: []string{`speaker A-B "ظرفیت خوابگاه\u200cهای دانشگاه محدود است و سال گذشته برای ۳ هزار و ۲۰۰ تخت بیش از ۵ هزار و ۴۰۰ درخواست داشتیم"`},
		why:    "Written blind (session 45) and measured as written; chrome round 85 removed the Instagram page's Persian chrome. The dormitory director's quotation is given a speaker from the words before it in both texts ('در این باره', about this, in ISNA's; 'با اعلام این خبر', announcing this, in the release): Persian's verb-final attribution ('… گفت' after the name) is not read there, so the two phrases compare as different speakers.",
	},
	"dutch-veiligheidsregio-x-thread-chain": {
		checks: []string{`credit A-C`, `credit A-D`},
		why:    "Written blind (session 45) and measured as written; since session 45 'Dat meldt Omroep Oostvaart.' and 'Dat meldt de veiligheidsregio op X.' are credits, and chrome round 86 removed X's Dutch chrome. ANP's item names the thread only in a relative clause ('Volgens de veiligheidsregio, die op X over de brand berichtte'), which is not read as a credit of the post on X, so A-C and A-D (which carries ANP's words) stay uncredited.",
	},
	"english-irish-coroner-inquest-reports": {
		checks: []string{`lineage B`, `relation A-B`, `relation A-D`},
		why:    "Written blind (session 45) and measured as written; chrome round 86 removed the aggregator's stamp. The broadcaster's own report from the inquest shares the coroner's sentences word for word with the paper's (both reporters heard them) and little else, and is published after it: it reads as a rewrite of the paper's report (reportedApart allows no shared quotation on both sides), and the aggregator's copy of it with it.",
	},
	"slovak-tasr-regional-police-chain": {
		checks: []string{`lineage D`, `credit C-D`},
		why:    "Written blind (session 45) and measured as written; since session 46 the Facebook capture's platform is its publisher and TASR's 'na sociálnej sieti' (on the social network) credits it. The forum's first post names the portal and gives its article's address on a line of its own ('dnes to dal aj Žarnovec24:' and the URL); a bare address in a plain text is no link the credit reads (only an HTML page's links are), so the thread hangs from TASR's text, which the portal's is word for word.",
	},
	"english-nz-council-consultation-reports": {
		checks: []string{`relation A-C`, `relation C-D`},
		why:    "Written blind (session 45) and measured as written; since session 45 the community page's 'From the council:' credits the release. RNZ's own report from the meeting shares one of the mayor's sentences with the release and reports its facts in its own words: the sentence aligner pairs about a tenth of each (0.10 and 0.09, no verbatim passage), which reads as a rewrite, not the same story reported apart, and the Facebook post's paste of the release with it (0.70 of the post).",
	},
	"ukrainian-city-council-site-ukrinform-chain": {
		checks: []string{`chrome A "Виконавчий комітет"`},
		why:    "Written blind (session 45) and measured as written; since session 46 'повідомляє пресслужба міської ради' credits the council (its name read in the genitive). The checked 'Виконавчий комітет' also stands, lower case, in the article's own sentence ('…ухвалив виконавчий комітет міської ради…'), which must stay: the menu's link is gone.",
	},
	"czech-hasici-facebook-ctk-regional-chain": {
		checks: []string{`speaker A-D "Po příjezdu první jednotky byla hala už zcela zakouřená a plameny prorážely střechu v její zadní části"`},
		why:    "Written blind (session 46) and measured as written; chrome round 88 removed the Facebook page's Czech chrome, and since session 46 the capture's platform is its publisher and ČTK's 'Na facebooku o tom informovala mluvčí' credits it. The post's attribution 'uvedla mluvčí HZS Hanáckého kraje kpt. Lucie Vybíralová' reads the body's name as the speaker (a rank abbreviated in lower case, 'kpt.', stands between the body and the person), so the scraper's quotation given to her by name reads as changed.",
	},
	"english-indian-pib-release-pti-portals": {
		checks: []string{`credit A-B`, `credit A-C`},
		why:    "Written blind (session 46) and measured as written; chrome round 89 removed the aggregator's app call. The release's page is the Press Information Bureau's, and the ministry that issued it is named only on its first line ('Ministry of Rural Development', over the headline): PTI's 'the ministry said in a statement' describes the ministry, which no reader takes as the page's issuer.",
	},
	"polish-policja-komunikat-pap-local-chain": {
		checks: []string{`chrome A "Podmiot udostępniający informację:"`},
		why:    "Written blind (session 46) and measured as written; since session 46 'Jak podała PAP', 'Info: KPP Wierzchosław' and 'Według oficer prasowej KPP w Wierzchosławiu' are credits. The police page's BIP field label 'Podmiot udostępniający informację:' stays.",
	},
	"english-us-county-sheriff-facebook-tv-chain": {
		checks: []string{`chrome D "Local news from every corner of America"`, `chrome D "Sign in"`, `chrome D "Top Stories"`, `chrome D "Good News"`},
		why:    "Written blind (session 46) and measured as written; since session 46 a pronoun takes up the speaker its paragraph names by surname ('Brennan also thanked the volunteers … \"…,\" he said'). The aggregator's capture keeps its masthead's tagline ('Local news from every corner of America'), 'Sign in' and its section menu ('Top Stories', 'Good News').",
	},
	"hungarian-onkormanyzat-kozlemeny-mti-portals": {
		checks: []string{`chrome D "Tetszik   Válasz"`},
		why:    "Written blind (session 46) and measured as written; since session 46 '– közölte az önkormányzat hétfőn' and 'Az önkormányzat oldaláról:' credit the council, and chrome round 91 removed the county portal's 'Hozzászólás írásához jelentkezzen be!'. The Facebook comments' 'Tetszik   Válasz' (like, reply) stays.",
	},
	"norwegian-politi-x-post-ntb-local-chain": {
		checks: []string{`quote C-D "Det er en front mot front-kollisjon mellom to personbiler. Det var tre personer i bilene, og alle er fraktet til sykehus"`},
		why:    "Written blind (session 46) and measured as written; since session 46 the post's title names its account before 'på X:' and NTB's 'skriver politiet på X' credits the thread, and chrome round 91 removed X's Norwegian page (which made the other thread unrelated) and the farm's WordPress lines. The farm's copy of the operations leader's first dash quotation, word for word the paper's, is read as a fragment of it where the set says exact (not examined this session).",
	},
	"english-charity-survey-release-pa-regional-farm": {
		checks: []string{`credit B-C`, `chrome D "Key Takeaways"`, `chrome D "Frequently Asked Questions (FAQ)"`},
		why:    "Written blind (session 47) and measured as written; since session 47 the release is one by its URL section. The regional paper marks PA's copy only by a label beside its reporter's byline ('By Tom Garside' with a 'PA' span), which extraction leaves out of the text and the byline, so nothing credits PA; the farm's 'Key Takeaways' and FAQ headings stay (package padding reads them).",
	},
	"japanese-university-press-release-kyodo-portals": {
		checks: []string{`outside X`, `lineage A`, `relation A-X`, `relation B-D`, `chrome C "デジタル会員（月額1,980円）のご案内"`},
		why:    "Written blind (session 47) and measured as written; since session 47 '…と、東稜大学（長野県稜北市）が15日までに発表した' credits the release. The two releases on the university's template share its header (プレスリリース / 研究成果 / 発表のポイント) and contact block, and the character aligner joins a passage across their bodies in the middle of the page: no frame, so X reads as a rewrite of A. The matome blog that keeps three quarters of Kyodo's paragraphs reads as its copy, where the set says partial copy; the paper's member banner stays (removing it turned C-D into a copy).",
	},
	"german-klinikum-pressemitteilung-dpa-regional-farm": {
		checks: []string{`lineage D`, `speaker B-D "Pro Minute gehen bei einem unbehandelten Schlaganfall knapp zwei Millionen Nervenzellen verloren. Deshalb haben wir die Abläufe so aufgebaut"`, `chrome D "Das Wichtigste in Kürze"`, `chrome D "Häufige Fragen (FAQ)"`},
		why:    "Written blind (session 47) and measured as written; since session 47 '(dpa)', 'Mit Material von dpa' and 'teilte das Klinikum mit' credit. The farm hangs from the release rather than dpa's story (its wording is as near to both); a quotation it gives the medical director under 'Das' is read with 'Das' as its speaker; its section headings stay (package padding reads them).",
	},
	"korean-company-press-release-yonhap-portals": {
		checks: []string{`quote B-D "서하 신공장은 우리 회사가 ESS 전문 기업으로 크게 도약하는 계기가 될 것"`, `speaker A-B "지역 인재를 우선 채용하고 협력업체와 함께 성장하는 모범 사례를 만들겠다"`, `speaker B-D "설계 단계부터 화재 안전과 탄소 배출 저감을 최우선으로 고려했다"`},
		why:    "Written blind (session 47) and measured as written; since session 47 '태림에너지셀은 …다고 밝혔다' credits the release and Yonhap's own dateline no longer makes it a copy of a third version. The blog's altered quotation reads as merged; two quotations' speakers are read from words beside them ('도약하', '초대') where Korean names its speaker after the quotation.",
	},
	"polish-uczelnia-komunikat-pap-portals-chain": {
		checks: []string{`credit C-D`, `chrome C "Widziałem te poletka w zeszłym roku jak jechałem do Krzemiennej"`},
		why:    "Written blind (session 47) and measured as written; since session 47 '– poinformowała we wtorek uczelnia w komunikacie' credits the release. The aggregator's 'Czytaj więcej na Wierzbogrodzki24' names the portal by a site name the credit reader does not take as a credit line; a reader's comment on the portal stays.",
	},
	"swedish-foretag-pressmeddelande-tt-local-farm": {
		checks: []string{`outside X`, `relation A-X`, `relation B-X`, `relation C-X`, `relation D-X`, `credit A-B`, `credit A-C`, `chrome D "Innehållsförteckning"`},
		why:    "Written blind (session 47) and measured as written. The release is on a newsroom platform whose site name ('Pressnytt') is not the company's: TT's 'skriver företaget i ett pressmeddelande' describes the company, not the platform, and the company's name has no legal form. X, the cooperative's other release, names the valley of the same town ('Kvarnstadsdalen', which the fact reader folds to 'Kvarnstad') in its headline, so the two releases share a subject and read as the same story; the farm's 'Innehållsförteckning' stays (package padding reads it).",
	},
	"czech-zoo-tiskova-zprava-ctk-portals-chain": {
		checks: []string{`credit A-C`, `credit A-D`},
		why:    "Written blind (session 47) and measured as written. C credits the release by 'zahrada to oznámila v úterý v tiskové zprávě' (the garden announced it in a press release), a description ('zahrada', the zoo's garden) that no table relates to 'Zoo Novohradec'; D, the zoo's own Facebook post, points to its release ('Celou tiskovou zprávu najdete na našem webu'), which the credit reader does not take for a credit.",
	},
	"dutch-ziekenhuis-persbericht-anp-regional-blog": {
		checks: []string{`quote A-B "Op een afdeling waar je 's nachts soms met één verloskundige staat, kun je bij een spoedkeizersnede of een zware bloeding niet de zorg bieden"`, `quote A-C "Op een afdeling waar je 's nachts soms met één verloskundige staat, kun je bij een spoedkeizersnede of een zware bloeding niet de zorg bieden"`, `chrome D "Wat een slecht nieuws zeg"`},
		why:    "Written blind (session 47) and measured as written; since session 47 the blog's 'Bron: persbericht ziekenhuis' credits the release (the document by its kind, its issuer by the word for what it is). The gynaecologist's quotation that ANP keeps is read as unquoted in the release, which sets it in ‘…’ over two paragraphs (the quotation reader closes it at the paragraph's end); a blog reader's comment stays in the text.",
	},
	"english-canadian-university-release-cp-local-chain": {
		checks: []string{`chrome C "funded by the Local Journalism Initiative"`},
		why:    "Written blind (session 47) and measured as written; only the local daily's Local Journalism Initiative note ('funded by the Local Journalism Initiative') stays in its text, a sentence no chrome rule reads.",
	},
	"portuguese-hospital-comunicado-lusa-regional-chain": {
		checks: []string{`relation A-D`, `credit B-C`},
		why:    "Written blind (session 47) and measured as written. The regional paper's credit is a bare 'Lusa' line at the story's foot, which no credit form reads (a lone agency name on a line is as often a picture's); the hospital's own Facebook post, which keeps one quotation whole and links the release, reads as a partial copy of it, where the set says a rewrite.",
	},
	"spanish-universidad-nota-europapress-portals-farm": {
		checks: []string{`chrome D "Puntos clave"`},
		why:    "Written blind (session 47) and measured as written; since session 47 'según ha informado la universidad' and 'Según la universidad' credit the note. Only the farm's 'Puntos clave' stays, a section heading package padding reads.",
	},
	"finnish-yliopisto-tiedote-stt-regional-blog": {
		checks: []string{`chrome X "Opiskelijoille"`},
		why:    "Written blind (session 47) and measured as written; since session 47 the two releases' shared contact block and boilerplate are their template's frame, and the blog's 'Lähde: yliopiston tiedote' credits the release. Only X's menu item 'Opiskelijoille' stays.",
	},
	"greek-panepistimio-deltio-typou-ape-portals-farm": {
		checks: []string{`chrome D "Πίνακας περιεχομένων"`},
		why:    "Written blind (session 47) and measured as written; since session 47 'σε ανακοίνωση του πανεπιστημίου', 'σημειώνει το ίδρυμα' and 'Σύμφωνα με το πανεπιστήμιο' credit the release. Only the farm's 'Πίνακας περιεχομένων' stays, a section heading package padding reads.",
	},
	"romanian-spital-comunicat-agerpres-portals-chain": {
		checks: []string{`credit A-D`, `chrome C "11,8 milioane pentru un robot si la urgente tot pe hol stai cinci ore"`},
		why:    "Written blind (session 47) and measured as written; since session 47 'potrivit unui comunicat al spitalului' credits the release, the two releases' shared closing block is their template's frame, and chrome rounds 94–95 removed Facebook's Romanian page lines and the spokesperson block. D, the hospital's own Facebook post, links its release, which the credit reader does not take for a credit; a reader's comment on the portal stays.",
	},
	"austrian-universitaet-aussendung-apa-portals-farm": {
		checks: []string{`chrome D "Das Wichtigste in Kürze"`},
		why:    "Written blind (session 47) and measured as written; 'teilte die Universität … in einer Aussendung mit' and the regional paper's '(APA)' credit as they should, and chrome round 95 removed the farm's newsletter call. Only D's 'Das Wichtigste in Kürze' stays: package padding reads a farm's section headings in the cleaned text (chrome round 92 found removing them cost about 60 checks).",
	},
	"english-us-hospital-news-release-ap-tv-chain": {
		checks: []string{`credit A-B`, `credit A-C`, `credit A-D`, `credit C-D`},
		why:    "Written blind (session 47) and measured as written; since session 47 the release is a release by its newsroom URL and AP's rewrite of it is no second report of one statement, and chrome round 95 removed the TV page's app box and the aggregator's location bar. 'the health system said in a news release' describes 'Bluestem Health' by a kind ('health system') its name does not end with, so AP and the TV copy credit the agency only; the aggregator's card reads as the same story as the release, and its 'Read full story at KQVB News 9' names the TV page by a site name the card does not match.",
	},
	"slovenian-podjetje-sporocilo-sta-portals-chain": {
		checks: []string{`relation A-D`, `credit A-D`},
		why:    "Written blind (session 47) and measured as written; since session 47 STA's 'so sporočili iz podjetja' credits the company's release (a company word names the issuer of a source that is its release), and chrome round 95 removed Facebook's Slovenian page lines. The company's own Facebook post keeps one quotation whole and reads as a partial copy of the release, where the set says a rewrite, and its link to the release is no credit the reader takes.",
	},
	"brazilian-universidade-nota-agencia-portals-chain": {
		checks: []string{`chrome A "Assessoria de Comunicação Social da UFVG (Ascom)"`, `chrome A "Atendimento à imprensa de segunda a sexta-feira, das 8h às 18h"`, `chrome X "Assessoria de Comunicação Social da UFVG (Ascom)"`, `chrome X "Telefone: (35) 3891-2204"`},
		why:    "Written blind (session 47) and measured as written; 'informou a universidade em nota' and the portal's '*Com informações da Agência Brasil' credit, and since session 47 the blog's 'Fonte: site da universidade' does. Only the university page's press office block (Ascom, its hours and telephone) stays in A and X.",
	},
	"hungarian-egyetem-kozlemeny-mti-portals-copy": {
		checks: []string{`chrome A "Megtekintések: 2 317"`, `chrome C "Legyen Ön az első, aki hozzászól!"`},
		why:    "Written blind (session 47) and measured as written; every relation, credit and quotation holds. Only the university page's view counter ('Megtekintések: 2 317') and the portal's empty comment prompt ('Legyen Ön az első, aki hozzászól!') stay.",
	},
	"norwegian-sykehus-pressemelding-ntb-local-farm": {
		checks: []string{`quote C-D "Dette er en beslutning vi har strukket oss langt for å unngå. Fødeavdelingen i Sølvnes skal bestå, og sommerstengingen er et midlertidig tiltak"`, `chrome D "Viktige punkter"`, `chrome D "Innholdsfortegnelse"`},
		why:    "Written blind (session 47) and measured as written; since session 47 the farm's Norwegian headings ('Viktige punkter', 'Innholdsfortegnelse') mark it padded, so it hangs from the local paper. Its quotation joined from two of C's paragraphs with ', og' reads as altered where the set says merged; the headings stay in the text (package padding reads them).",
	},
	"croatian-bolnica-priopcenje-hina-portals-farm": {
		checks: []string{`lineage D`, `credit A-D`, `chrome C "Napokon! Moja mama godinama putuje u Dubravec"`, `chrome D "Ključne točke"`, `chrome D "Često postavljana pitanja"`, `chrome D "Povezani članci"`, `chrome D "10 namirnica koje čuvaju zdravlje vaših bubrega"`, `chrome D "Kronična bubrežna bolest: simptomi koje ne smijete zanemariti"`, `chrome D "ne zamjenjuje savjet liječnika"`, `chrome D "Pretplatite se na naš newsletter"`},
		why:    "Written blind (session 47) and measured as written. The farm hangs from the portal's word-for-word copy of Hina's story, where the set takes Hina's (the two are one text; the set's rule for copies of one text); 'Prema navodima bolnice' (according to the hospital) names the hospital by a word that is the third of its name ('Opća županijska bolnica Stari Lug'); the farm's section headings stay (package padding reads them), with its health disclaimer, newsletter call and related headlines in Croatian, and a reader's comment on the portal.",
	},
	"vietnamese-benh-vien-thong-cao-ttxvn-portals-chain": {
		checks: []string{`credit A-B`, `credit A-C`, `credit A-D`, `chrome A "Liên hệ báo chí"`, `chrome A "Điện thoại: 0263 3 812 456 – Di động: 0918 204 771"`, `chrome D "Trang · Bệnh viện"`, `chrome D "28K lượt thích · 31K người theo dõi"`, `chrome D "Nhắn tin"`, `chrome X "Liên hệ báo chí"`, `chrome X "Điện thoại: 0263 3 812 456 – Di động: 0918 204 771"`},
		why:    "Written blind (session 47) and measured as written. 'Theo thông cáo của bệnh viện' (according to the hospital's release) describes the hospital by the words its name opens with, but the name goes on in lower-case words ('Đa khoa tỉnh Bình Lương') that describesName asks to be capitalised, and the 'Theo' reader takes 'thông' for a name; the hospital page's press contact block and Facebook's Vietnamese page lines stay.",
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
