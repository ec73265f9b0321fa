package clean

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// seedWant is what the design brief requires of each seed.
type seedWant struct {
	gone   map[string]string // a line that must be removed → its reason ("" = any)
	titles []string          // lines that must stay at least once
	once   []string          // lines that must stay exactly once
	attrs  []reprint.Attribution
}

var seedWants = map[string]seedWant{
	"000_55db36403d2f880e.txt": {
		gone: map[string]string{
			`src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-8050569412065003" crossorigin="anonymous">[/script]`: ReasonMarkup,
			"Leave a Reply": ReasonCommentForm,
			"Your email address will not be published. Required fields are marked *": ReasonCommentForm,
		},
		titles: []string{"US had ‘productive’ talks with Putin over Ukraine war, Trump says newsthirst."},
	},
	"001_04057b8b3dc422fc.txt": {
		gone: map[string]string{
			"Previous Post Next Post": ReasonNavigation,
			"Getty Images President Trump wears a blue suit and red tie as he gestures while sat on a chair in the Oval Office at the White HouseGetty Images": ReasonCaption,
			"Follow live: Trump says US had 'good and productive' talks with Putin over Ukraine war":                                                           ReasonPromo,
		},
		titles: []string{
			"US had productive talks with Putin over Ukraine war, Trump says",
			`"We are in favour of it, but there are nuances."`,
			`"We'd like to see a ceasefire from Russia," he said.`,
			`Donald Trump has said he hopes Russia will "do the right thing"`,
		},
	},
	"002_a2e1b6a0f24d9543.txt": {
		gone: map[string]string{
			"COMMENTS": ReasonCommentPolicy,
			"Comments are moderated and generally will be posted if they are on-topic and not abusive.": ReasonCommentPolicy,
			"For more information, please see our Comments FAQ":                                         ReasonCommentPolicy,
		},
	},
	"003_af6d726495a458b9.txt": {
		titles: []string{"US, Russia hold ‘productive’ talks on Ukraine ceasefire", "Credit: BBC"},
		attrs:  []reprint.Attribution{{Text: "Credit: BBC", Name: "BBC", Form: FormCredit}},
	},
	"004_f8feabe33e33089f.txt": {
		gone: map[string]string{},
		once: []string{"US-Russia Talks on Ukraine Ceasefire Deemed 'Productive' by Trump"},
		titles: []string{
			"President Trump claims talks with Putin signal hope for ending Ukraine conflict.",
		},
	},
}

// TestSeeds checks the done-when assertions of the design brief on the
// five seed versions of one story, and the golden output of each.
func TestSeeds(t *testing.T) {
	c := MustClean(t)
	for _, a := range MustReadSeeds(t) {
		t.Run(a.ID, func(t *testing.T) {
			want, ok := seedWants[a.ID]
			if !ok {
				t.Fatalf("no expectations for seed %s", a.ID)
			}
			c.Clean(a)
			checkArticle(t, a)

			removed := make(map[string]reprint.Removed)
			for _, r := range a.Removed {
				removed[r.Text] = r
			}
			for line, reason := range want.gone {
				r, ok := removed[line]
				if !ok {
					t.Errorf("Clean kept %q; want it removed", line)
					continue
				}
				if reason != "" && r.Reason != reason {
					t.Errorf("Clean removed %q for %q; want %q", line, r.Reason, reason)
				}
			}
			textLines := make(map[string]int)
			for _, l := range strings.Split(a.Text, "\n") {
				textLines[l]++
			}
			for _, l := range want.titles {
				if textLines[l] == 0 {
					t.Errorf("Text lost %q", l)
				}
			}
			for _, l := range want.once {
				if textLines[l] != 1 {
					t.Errorf("Text has %q %d times; want once", l, textLines[l])
				}
				if r, ok := removed[l]; !ok || r.Reason != ReasonDuplicate {
					t.Errorf("Removed lacks the repeat of %q with reason %q", l, ReasonDuplicate)
				}
			}
			// Every story paragraph stays: each line of 12 or more words
			// ending like a sentence, other than the chrome named above.
			for _, b := range splitBlocks(a.Body) {
				line := a.Body[b.span.Start:b.span.End]
				if _, chrome := want.gone[line]; chrome {
					continue
				}
				if len(strings.Fields(line)) >= 12 && endsSentence(strings.TrimSpace(line)) && textLines[line] == 0 {
					t.Errorf("Text lost the story paragraph %q (removed as %q)", line, removed[line].Reason)
				}
			}
			var gotAttrs []reprint.Attribution
			for _, at := range a.Attribution {
				at.Span = reprint.Span{}
				gotAttrs = append(gotAttrs, at)
			}
			if diff := cmp.Diff(want.attrs, gotAttrs); diff != "" {
				t.Errorf("Attribution mismatch (-want +got):\n%s", diff)
			}
			checkGolden(t, a)
		})
	}
}

// golden is the reviewed output of cleaning one seed.
type golden struct {
	ID          string                `json:"id"`
	Text        string                `json:"text"`
	Removed     []reprint.Removed     `json:"removed"`
	Attribution []reprint.Attribution `json:"attribution"`
}

func checkGolden(t *testing.T, a *reprint.Article) {
	t.Helper()
	got := golden{ID: a.ID, Text: a.Text, Removed: a.Removed, Attribution: a.Attribution}
	if got.Removed == nil {
		got.Removed = []reprint.Removed{}
	}
	if got.Attribution == nil {
		got.Attribution = []reprint.Attribution{}
	}
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, '\n')
	path := filepath.Join("testdata", "golden", "TestSeeds", strings.TrimSuffix(a.ID, ".txt")+".json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	wantData, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run go test ./clean/ -run TestSeeds -update): %v", err)
	}
	var want golden
	if err := json.Unmarshal(wantData, &want); err != nil {
		t.Fatal(err)
	}
	var gotRT golden
	if err := json.Unmarshal(data, &gotRT); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, gotRT); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

// TestSeedsConcurrent cleans the seeds from several goroutines with one
// Cleaner and checks that the results equal the sequential ones (run with
// -race to check the sharing).
func TestSeedsConcurrent(t *testing.T) {
	c := MustClean(t)
	want := MustReadSeeds(t)
	for _, a := range want {
		c.Clean(a)
	}
	const workers = 8
	done := make(chan []*reprint.Article)
	for range workers {
		go func() {
			got := MustReadSeeds(t)
			for _, a := range got {
				c.Clean(a)
			}
			done <- got
		}()
	}
	for range workers {
		got := <-done
		for i := range got {
			if got[i].Text != want[i].Text || !cmp.Equal(got[i].Removed, want[i].Removed) {
				t.Errorf("concurrent Clean of %s differs from sequential", got[i].ID)
			}
		}
	}
}
