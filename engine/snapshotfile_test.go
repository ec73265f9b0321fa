package engine_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
)

const testBuild = "test-build"

// throughFile writes x to a snapshot file and reads it back: the report
// must be the same, byte for byte, and so must the places of each story,
// pair and article.
func throughFile(t *testing.T, a *engine.Archive, x *engine.Snapshot) *engine.Snapshot {
	t.Helper()
	var buf bytes.Buffer
	if err := engine.WriteSnapshot(&buf, x, testBuild); err != nil {
		t.Fatal(err)
	}
	y, err := a.ReadSnapshot(context.Background(), bytes.NewReader(buf.Bytes()), testBuild)
	if err != nil {
		t.Fatalf("ReadSnapshot of what WriteSnapshot wrote: %v", err)
	}
	if d := cmp.Diff(reportJSON(t, x.Scan), reportJSON(t, y.Scan)); d != "" {
		t.Fatalf("the snapshot read back differs (-written +read):\n%s", d)
	}
	for i := range x.Scan.Stories {
		s1, e1 := x.StoryPairs(i)
		s2, e2 := y.StoryPairs(i)
		if s1 != s2 || e1 != e2 {
			t.Fatalf("story %d: pairs [%d, %d) written, [%d, %d) read", i, s1, e1, s2, e2)
		}
	}
	for i := range x.Scan.Articles {
		if x.ArticleStory(i) != y.ArticleStory(i) || x.Seq(i) != y.Seq(i) {
			t.Fatalf("article %d: story %d, seq %d written; %d, %d read", i, x.ArticleStory(i), x.Seq(i), y.ArticleStory(i), y.Seq(i))
		}
	}
	if x.Logged() != y.Logged() || x.Judged() != y.Judged() {
		t.Fatal("the snapshot read back differs in its log or its count of stories judged")
	}
	return y
}

// TestSnapshotFileRefused: a file of another build, one cut short or
// carried on, one of a mark the archive has not reached, and things that
// are not snapshot files are refused with the error that says which.
func TestSnapshotFileRefused(t *testing.T) {
	needSeeds(t)
	ctx := context.Background()
	a, _, _ := openArchive(t)
	if _, err := a.AddArticles(ctx, readSeeds(t), nil); err != nil {
		t.Fatal(err)
	}
	x, err := a.Snapshot(ctx, engine.ScanOptions{NoTexts: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Scan.Pairs) == 0 {
		t.Fatal("the seeds make no pair")
	}
	var buf bytes.Buffer
	if err := engine.WriteSnapshot(&buf, x, testBuild); err != nil {
		t.Fatal(err)
	}
	file := buf.String()
	read := func(s, build string) error {
		_, err := a.ReadSnapshot(ctx, strings.NewReader(s), build)
		return err
	}
	if err := read(file, testBuild); err != nil {
		t.Fatalf("the whole file: %v", err)
	}
	if err := read(file, "another build"); !errors.Is(err, engine.ErrSnapshotStale) {
		t.Errorf("another build: %v; want ErrSnapshotStale", err)
	}
	// Cut at every line's end and in the middle of every line.
	lines := strings.SplitAfter(file, "\n")
	cut := 0
	for _, l := range lines[:len(lines)-1] {
		for _, at := range []int{cut + len(l)/2, cut + len(l)} {
			if at == len(file) {
				continue
			}
			if err := read(file[:at], testBuild); !errors.Is(err, engine.ErrSnapshotBroken) {
				t.Fatalf("cut at byte %d of %d: %v; want ErrSnapshotBroken", at, len(file), err)
			}
		}
		cut += len(l)
	}
	for name, s := range map[string]string{
		"more after the end": file + file,
		"empty":              "",
		"not JSON":           "PK\x03\x04 a zip file\n",
		"another format":     strings.Replace(file, `"format":"reprint.snapshot/1"`, `"format":"reprint.snapshot/9"`, 1),
		"a line of nonsense": strings.Replace(file, "\n", "\n{\"what\":1}\n", 2),
	} {
		if err := read(s, testBuild); !errors.Is(err, engine.ErrSnapshotBroken) {
			t.Errorf("%s: %v; want ErrSnapshotBroken", name, err)
		}
	}
	// An archive that has not reached the file's mark: another one.
	b, _, _ := openArchive(t)
	if _, err := b.AddArticles(ctx, readSeeds(t)[:1], nil); err != nil {
		t.Fatal(err)
	}
	if _, err := b.ReadSnapshot(ctx, strings.NewReader(file), testBuild); !errors.Is(err, engine.ErrSnapshotStale) {
		t.Errorf("an archive behind the file's mark: %v; want ErrSnapshotStale", err)
	}
	// The same articles under other Seqs (added in another order), and
	// the same but one removed without the log knowing: not this archive.
	c, _, _ := openArchive(t)
	seeds := readSeeds(t)
	for i := len(seeds) - 1; i >= 0; i-- {
		if _, err := c.AddArticles(ctx, seeds[i:i+1], nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.ReadSnapshot(ctx, strings.NewReader(file), testBuild); !errors.Is(err, engine.ErrSnapshotStale) || !strings.Contains(err.Error(), "another article") {
		t.Errorf("the same articles under other Seqs: %v; want ErrSnapshotStale", err)
	}
	// The same archive grown since: read, and brought up to date by Rescan.
	more := &reprint.Article{ID: "extra", Text: "A note about nothing else in the archive at all, for the count."}
	if _, err := a.AddArticles(ctx, []*reprint.Article{more}, nil); err != nil {
		t.Fatal(err)
	}
	if err := a.Remove(ctx, seeds[0].ID); err != nil {
		t.Fatal(err)
	}
	y, err := a.ReadSnapshot(ctx, strings.NewReader(file), testBuild)
	if err != nil {
		t.Fatal(err)
	}
	got, err := a.Rescan(ctx, y, nil)
	if err != nil {
		t.Fatal(err)
	}
	want, err := a.Scan(ctx, engine.ScanOptions{NoTexts: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(reportJSON(t, want), reportJSON(t, got.Scan)); d != "" {
		t.Errorf("Rescan of the snapshot read back differs from Scan (-scan +rescan):\n%s", d)
	}
}
