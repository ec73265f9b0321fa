package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	"github.com/google/go-cmp/cmp"
)

// brokenFS is a file system whose listings fail and whose objects break
// off after a few bytes, as a connection lost mid-object.
type brokenFS struct{}

func (brokenFS) Close() error { return nil }
func (brokenFS) List(context.Context, string) ([]string, error) {
	return nil, errors.New("listing refused")
}
func (brokenFS) OpenRead(context.Context, string) (io.ReadCloser, error) {
	return io.NopCloser(io.MultiReader(strings.NewReader("The first words of an article "),
		iotest.ErrReader(errors.New("connection reset")))), nil
}
func (brokenFS) OpenWrite(context.Context, string) (io.WriteCloser, error) {
	return nil, errors.New("read-only")
}
func (brokenFS) Size(context.Context, string) (int64, error) { return -1, errors.New("no size") }

func init() {
	filesystem.Register("brokenfs", func(context.Context) filesystem.Interface { return brokenFS{} })
}

// putFiles writes files (relative name → content) under the local folder
// dir and as memfs objects under the prefix bucket ("memfs://b/").
func putFiles(tb testing.TB, dir, bucket string, files map[string][]byte) {
	tb.Helper()
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			tb.Fatal(err)
		}
		memfs.Write(bucket+name, data)
	}
}

// emptyDir fails the test unless dir holds nothing: the readers' copies
// of the objects are gone.
func emptyDir(tb testing.TB, dir string) {
	tb.Helper()
	left, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range left {
		tb.Errorf("left in the temporary folder after the run: %s", e.Name())
	}
}

// warcGz writes a .warc.gz of HTML responses, one gzip member a record:
// each (record id, text), the text's paragraphs as the page's.
func warcGz(tb testing.TB, recs [][2]string) []byte {
	tb.Helper()
	var out bytes.Buffer
	for i, r := range recs {
		var page strings.Builder
		page.WriteString("<!DOCTYPE html><html><head><title>Page</title></head><body><article>\n")
		for para := range strings.SplitSeq(r[1], "\n\n") {
			fmt.Fprintf(&page, "<p>%s</p>\n", html.EscapeString(para))
		}
		page.WriteString("</article></body></html>\n")
		block := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page.String()
		zw := gzip.NewWriter(&out)
		fmt.Fprintf(zw, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <%s>\r\nWARC-Date: 2024-03-14T12:00:00Z\r\n"+
			"WARC-Target-URI: https://news.example/%d\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
			r[0], i, len(block), block)
		if err := zw.Close(); err != nil {
			tb.Fatal(err)
		}
	}
	return out.Bytes()
}

// TestExpandRemote: a prefix lists every object below it (levels with no
// object of their own too), skipping hidden names and folder placeholders,
// with ids a local walk gives; a glob gives its matches with base names;
// all in a folder walk's order ("a/b" before "a-c").
func TestExpandRemote(t *testing.T) {
	const b = "memfs://reprint-expand/"
	for _, name := range []string{"c/a-c.txt", "c/a/b.txt", "c/a/.x.txt", "c/.git/HEAD", "c/deep/1/2/3/z.txt",
		"c/sub/", "c/b.jsonl", "c/b.jsonl.bak", "d/.only.txt"} {
		memfs.Write(b+name, []byte("text"))
	}
	type obj struct {
		Path, Rel string
		Under     bool
		Fail      string
	}
	tests := []struct {
		arg  string
		want []obj
	}{
		{b + "c/", []obj{{b + "c/a/b.txt", "a/b.txt", true, ""}, {b + "c/a-c.txt", "a-c.txt", true, ""},
			{b + "c/b.jsonl", "b.jsonl", true, ""}, {b + "c/b.jsonl.bak", "b.jsonl.bak", true, ""},
			{b + "c/deep/1/2/3/z.txt", "deep/1/2/3/z.txt", true, ""}}},
		{b + "c/*.jsonl", []obj{{b + "c/b.jsonl", "b.jsonl", false, ""}}},
		{b + "c/a*", []obj{{b + "c/a-c.txt", "a-c.txt", false, ""}}},
		{b + "c/*/*.txt", []obj{{b + "c/a/.x.txt", ".x.txt", false, ""}, {b + "c/a/b.txt", "b.txt", false, ""}}},
		{b + "c/a/b.txt", []obj{{b + "c/a/b.txt", "b.txt", false, ""}}},
		{b + "c/none.txt", []obj{{b + "c/none.txt", "none.txt", false, ""}}}, // looked up by its reader
		{b + "c/*.warc.gz", []obj{{b + "c/*.warc.gz", "", false, "no object matches this pattern"}}},
		{b + "e/", []obj{{b + "e/", "", false, "no object under this prefix"}}},
		{b + "d/", []obj{{b + "d/", "", false, `no object under this prefix but 1 hidden ones (names starting with ".", skipped as in a folder)`}}},
		{"brokenfs://x/*.txt", []obj{{"brokenfs://x/*.txt", "", false, "listing brokenfs://x/*.txt: listing refused"}}},
		{"nofs://x/a.txt", []obj{{"nofs://x/a.txt", "", false,
			"no file system is registered for nofs:// (reprint-beam reads local paths and the schemes linked into it, such as gs://)"}}},
	}
	for _, tt := range tests {
		var got []obj
		for _, in := range expandRemote(context.Background(), tt.arg) {
			got = append(got, obj{in.Path, in.Rel, in.Under, in.Fail})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("expandRemote(%q) (-want +got):\n%s", tt.arg, diff)
		}
	}
}

// TestRemoteSameAsLocal: the same files read from memfs and from a local
// folder give the same report, but for the inputs' names: the objects
// under a prefix as the folder's files (ids their names below it, nested
// ones and the walk's order included, hidden ones skipped), a glob's
// matches as files given one by one (a JSONL id taken twice becomes the
// later record's Input, naming the object), one object as one file; articles,
// related pairs, relations, stories, lineage and the rejected malformed
// line alike. The readers' temporary copies are gone after the run.
func TestRemoteSameAsLocal(t *testing.T) {
	needDir(t, seeds)
	names, err := os.ReadDir(seeds)
	if err != nil {
		t.Fatal(err)
	}
	var texts [][]byte
	files := map[string][]byte{}
	for _, e := range names {
		text, err := os.ReadFile(filepath.Join(seeds, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, text)
		files["corpus/"+e.Name()] = text
	}
	half := func(b []byte) []byte { return b[:len(b)/2] }
	files["corpus/more-notes.txt"] = half(texts[0])
	files["corpus/deep/2024/01/wire.txt"] = texts[1][len(texts[1])/3:]
	files["corpus/.hidden.txt"] = texts[2]
	files["corpus/.cache/copy.txt"] = texts[3]
	var jl bytes.Buffer
	for i := range 30 {
		if i == 15 {
			jl.WriteString(`{"id": "broken", "text": "no closing quote}` + "\n")
			continue
		}
		var text bytes.Buffer
		for j := range 80 {
			fmt.Fprintf(&text, "w%dx%d ", i, j)
		}
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("r%02d", i), "text": text.String()})
		jl.Write(append(rec, '\n'))
	}
	files["corpus/more/export.jsonl"] = jl.Bytes()
	// A crawl with a record read twice: the second is a duplicate whose
	// detail names the first by its Input.
	files["corpus/crawl.warc.gz"] = warcGz(t, [][2]string{{"urn:uuid:1", string(texts[4])}, {"urn:uuid:1", string(texts[4])},
		{"urn:uuid:2", string(half(texts[2]))}})
	// And a record of it again in another file: a duplicate too, as in
	// one local read of the folder.
	files["corpus/crawl2.warc.gz"] = warcGz(t, [][2]string{{"urn:uuid:2", string(half(texts[2]))}, {"urn:uuid:3", string(texts[1])}})
	rec := func(id string, text []byte) []byte {
		b, _ := json.Marshal(map[string]string{"id": id, "text": string(text)})
		return append(b, '\n')
	}
	// An id taken twice in one file and once in another: the later
	// records take their Input as id, which names the object.
	files["extra/a.jsonl"] = slices.Concat(rec("wire-1", half(texts[4])), rec("wire-2", texts[2]), rec("wire-2", half(texts[0])))
	files["extra/b.jsonl"] = rec("wire-1", texts[3])
	files["extra/notes.txt"] = texts[0]
	files["single.txt"] = half(texts[1])

	dir := t.TempDir()
	const bucket = "memfs://reprint-same/"
	putFiles(t, dir, bucket, files)
	local := []string{filepath.Join(dir, "corpus"), filepath.Join(dir, "extra", "a.jsonl"), filepath.Join(dir, "extra", "b.jsonl"),
		filepath.Join(dir, "single.txt")}
	want := bytes.ReplaceAll(mustScan(t, 0, local...), []byte(filepath.ToSlash(dir)+"/"), []byte(bucket))
	var rep struct {
		Articles []struct{ ID, Input string }
		Rejected []struct{ Input, Reason string }
		Stats    struct {
			RelatedPairs int `json:"related_pairs"`
		}
	}
	if err := json.Unmarshal(want, &rep); err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	for _, a := range rep.Articles {
		ids[a.ID] = a.Input
	}
	// The fixture does what it is for: nested ids, renamed ids, a
	// record read twice in one file and across two, a malformed line,
	// related pairs.
	if ids["deep/2024/01/wire.txt"] != bucket+"corpus/deep/2024/01/wire.txt" || ids[bucket+"extra/b.jsonl:1"] == "" || ids[bucket+"extra/a.jsonl:3"] == "" ||
		len(rep.Rejected) != 3 || rep.Rejected[0].Reason != "duplicate-id" || rep.Rejected[1].Reason != "duplicate-id" ||
		rep.Rejected[2].Reason != "bad-record" || rep.Stats.RelatedPairs < 3 {
		t.Fatalf("scan of the local copies: articles %v, rejected %v, %d related pairs; want nested and renamed ids, a record twice in one file and across two, a bad one, related pairs",
			ids, rep.Rejected, rep.Stats.RelatedPairs)
	}

	tmp := t.TempDir()
	got := mustBeam(t, Options{Inputs: []string{bucket + "corpus/", bucket + "extra/*.jsonl", bucket + "single.txt"}, TempDir: tmp})
	sameReport(t, want, got)
	emptyDir(t, tmp)
}

// TestRemoteBadInput: a remote input that gives nothing to read is a
// rejection in the report, in its place among the inputs, and the run goes
// on: a missing object (with a hint when it is a folder), an object that
// breaks off, a glob or prefix that matches nothing, a listing that fails,
// an unknown scheme. The temporary copies are gone after the run.
func TestRemoteBadInput(t *testing.T) {
	needDir(t, seeds)
	names, err := os.ReadDir(seeds)
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join(seeds, names[0].Name()))
	if err != nil {
		t.Fatal(err)
	}
	const b = "memfs://reprint-bad/"
	memfs.Write(b+"ok.txt", text)
	memfs.Write(b+"folder/x.txt", text)
	memfs.Write(b+"hidden/.keep", nil)
	tests := []struct{ input, detail string }{
		{b + "ok.txt", ""},
		{b + "missing.txt", "open: file does not exist"},
		{b + "folder", "open: file does not exist; objects exist under " + b + "folder/: give the path with a trailing / to read them as a folder"},
		{"brokenfs://x/cut.txt", "read: connection reset"},
		{b + "none/*.warc.gz", "no object matches this pattern"},
		{b + "empty/", "no object under this prefix"},
		{b + "hidden/", `no object under this prefix but 1 hidden ones (names starting with ".", skipped as in a folder)`},
		{"brokenfs://x/*.txt", "listing brokenfs://x/*.txt: listing refused"},
		{"nofs://bucket/a.txt", "no file system is registered for nofs:// (reprint-beam reads local paths and the schemes linked into it, such as gs://)"},
	}
	var inputs []string
	type rejected struct{ Input, Reason, Detail string }
	var want []rejected
	for _, tt := range tests {
		inputs = append(inputs, tt.input)
		if tt.detail != "" {
			want = append(want, rejected{tt.input, "unreadable", tt.detail})
		}
	}
	tmp := t.TempDir()
	var rep struct {
		Articles []struct{ ID, Input string }
		Rejected []rejected
	}
	if err := json.Unmarshal(mustBeam(t, Options{Inputs: inputs, TempDir: tmp}), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Articles) != 1 || rep.Articles[0].ID != "ok.txt" || rep.Articles[0].Input != b+"ok.txt" {
		t.Errorf("articles %v; want ok.txt read from %sok.txt", rep.Articles, b)
	}
	if diff := cmp.Diff(want, rep.Rejected); diff != "" {
		t.Errorf("rejections (-want +got):\n%s", diff)
	}
	emptyDir(t, tmp)
}
