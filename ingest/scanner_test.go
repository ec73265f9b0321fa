package ingest

import (
	"bytes"
	"context"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/htmltext"
)

func TestSeeds(t *testing.T) {
	items, st := mustScan(t, Options{}, "../../shared/seeds")
	wantIDs := []string{
		"000_55db36403d2f880e.txt", "001_04057b8b3dc422fc.txt", "002_a2e1b6a0f24d9543.txt",
		"003_af6d726495a458b9.txt", "004_f8feabe33e33089f.txt",
	}
	wantTitles := map[string]string{
		"001_04057b8b3dc422fc.txt": "US had productive talks with Putin over Ukraine war, Trump says",
		"003_af6d726495a458b9.txt": "US, Russia hold ‘productive’ talks on Ukraine ceasefire",
	}
	var ids []string
	for _, it := range items {
		if it.a == nil {
			t.Errorf("rejected %+v", *it.r)
			continue
		}
		a := it.a
		ids = append(ids, a.ID)
		if a.Format != reprint.FormatText || a.Meta.Encoding != encUTF8 {
			t.Errorf("%s: Format %v, Encoding %q; want text, utf-8", a.ID, a.Format, a.Meta.Encoding)
		}
		if a.Meta.Title != wantTitles[a.ID] {
			t.Errorf("%s: Title = %q; want %q", a.ID, a.Meta.Title, wantTitles[a.ID])
		}
		if !bytes.Equal(a.Raw, []byte(a.Body)) {
			t.Errorf("%s: Body differs from Raw for a UTF-8 LF file", a.ID)
		}
	}
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
	if st.Articles != 5 || st.Rejected != 0 {
		t.Errorf("Stats() = %+v; want 5 articles", st)
	}
}

// TestCloughStevenson reads the original Clough–Stevenson answers: ASCII,
// UTF-8 and Windows-1252, LF and CRLF. All must be read; the .xls next to
// the folder is rejected as binary.
func TestCloughStevenson(t *testing.T) {
	const dir = "../../shared/corpora/clough-stevenson/corpus-20090418"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus absent: %v", err)
	}
	items, st := mustScan(t, Options{}, dir)
	encs := map[string]int{}
	for _, it := range items {
		if it.r != nil {
			t.Errorf("rejected %+v", *it.r)
			continue
		}
		encs[it.a.Meta.Encoding]++
	}
	if st.Articles != 100 {
		t.Errorf("Stats() = %+v; want 100 articles", st)
	}
	if encs[encUTF8] == 0 || encs[encCP1252] == 0 {
		t.Errorf("encodings %v; want both utf-8 and windows-1252", encs)
	}
	xls := "../../shared/corpora/clough-stevenson/corpus-final09.xls"
	if _, err := os.Stat(xls); err == nil {
		items, _ := mustScan(t, Options{}, xls)
		if len(items) != 1 || items[0].r == nil || items[0].r.Reason != reprint.SkipBinary {
			t.Errorf("Open(%s) = %+v; want one binary rejection", xls, items)
		}
	}
}

// mustReject reads paths and wants exactly one item, a rejection.
func mustReject(t *testing.T, opts Options, path string, want reprint.SkipReason) *reprint.Rejected {
	t.Helper()
	items, _ := mustScan(t, opts, path)
	if len(items) != 1 || items[0].r == nil {
		t.Fatalf("Open(%s) gave %d items %+v; want one rejection", path, len(items), items)
	}
	if r := items[0].r; r.Reason != want {
		t.Fatalf("Open(%s) rejected %v (%s); want %v", path, r.Reason, r.Detail, want)
	}
	return items[0].r
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		path       string
		want       reprint.SkipReason
		wantDetail string
	}{
		{"testdata/binary/image.txt", reprint.SkipBinary, "PNG image"},
		{"testdata/binary/control.txt", reprint.SkipBinary, "too many control characters"},
		{"testdata/invalid-utf8/story.txt", reprint.SkipInvalidUTF8, "invalid UTF-8 sequence at byte 41"},
		{"testdata/empty/empty.txt", reprint.SkipEmpty, "no bytes"},
		{"testdata/empty/blank.txt", reprint.SkipEmpty, "only white space"},
		{"testdata/no-article/page.html", reprint.SkipNoArticle, "no article"},
		{"testdata/encoding/damaged-utf8.html", reprint.SkipEncoding, "invalid UTF-8 at byte"},
		{"testdata/does-not-exist", reprint.SkipUnreadable, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			r := mustReject(t, Options{}, tt.path, tt.want)
			if !strings.Contains(r.Detail, tt.wantDetail) {
				t.Errorf("Detail = %q; want it to contain %q", r.Detail, tt.wantDetail)
			}
			if r.Input != tt.path {
				t.Errorf("Input = %q; want %q", r.Input, tt.path)
			}
		})
	}
}

// TestLyingCharset: a page that declares UTF-8 and is windows-1252 is read
// as windows-1252, with no U+FFFD in its title or text (issue 13, fault 4).
func TestLyingCharset(t *testing.T) {
	items, _ := mustScan(t, Options{}, "testdata/encoding/lying-charset.html")
	if len(items) != 1 || items[0].a == nil {
		t.Fatalf("got %+v; want one article", items)
	}
	a := items[0].a
	if a.Meta.Encoding != "windows-1252" || a.Meta.Title != "Le café du port rouvre" ||
		strings.ContainsRune(a.Body, utf8.RuneError) || !strings.Contains(a.Body, "« Nous sommes ravis », a déclaré la gérante, “une vraie fête”") {
		t.Errorf("article = encoding %q, title %q, body %q; want windows-1252, the accents right and no U+FFFD", a.Meta.Encoding, a.Meta.Title, a.Body)
	}
}

// TestRunGoesOn reads every bad case in one run, followed by a good file:
// the good file must still be read.
func TestRunGoesOn(t *testing.T) {
	items, st := mustScan(t, Options{}, "testdata/binary", "testdata/invalid-utf8", "testdata/empty",
		"testdata/no-article", "testdata/does-not-exist", "testdata/golden/mixed/a-plain.txt")
	last := items[len(items)-1]
	if last.a == nil || last.a.ID != "a-plain.txt" {
		t.Errorf("last item = %+v; want article a-plain.txt", last)
	}
	if st.Rejected != 7 || st.Articles != 1 {
		t.Errorf("Stats() = %+v; want 7 rejected, 1 article", st)
	}
}

// TestTooLarge streams a 50 MB text file with a 1 MiB limit: it must be
// rejected after reading no more than MaxArticleBytes+1 bytes.
func TestTooLarge(t *testing.T) {
	const max = 1 << 20
	p := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	line := []byte(strings.Repeat("All work and no play makes a dull story. ", 24) + "\n")
	for n := 0; n < 50<<20; n += len(line) {
		f.Write(line)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	sc := Open(t.Context(), Options{MaxArticleBytes: max}, p)
	if !sc.Next() {
		t.Fatal("Next() = false")
	}
	r := sc.Rejected()
	if r == nil || r.Reason != reprint.SkipTooLarge {
		t.Fatalf("Rejected() = %+v; want too-large", r)
	}
	if got := sc.Stats().Bytes; got > max+1 {
		t.Errorf("read %d bytes of a 50 MB file; want at most MaxArticleBytes+1 = %d", got, max+1)
	}
	if sc.Next() {
		t.Errorf("Next() = true after the only file")
	}
}

// TestMaxArticleBytesExtremes: the largest int64 must not overflow the
// reader's limit into rejecting everything (issue 13, fault 9).
func TestMaxArticleBytesExtremes(t *testing.T) {
	for _, max := range []int64{math.MaxInt64, math.MaxInt64 - 1, MaxArticleBytesLimit + 1, MaxArticleBytesLimit, 0, -5} {
		t.Run(strconv.FormatInt(max, 10), func(t *testing.T) {
			items, _ := mustScan(t, Options{MaxArticleBytes: max}, "testdata/golden/mixed/a-plain.txt", "testdata/jsonl/items.jsonl")
			if len(items) == 0 || items[0].a == nil {
				t.Fatalf("Open(MaxArticleBytes %d) first item = %+v; want the article", max, items[0])
			}
			if len(items) != 6 {
				t.Errorf("Open(MaxArticleBytes %d) gave %d items; want 6", max, len(items))
			}
		})
	}
}

func TestTooLargeGzip(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.txt.gz")
	os.WriteFile(p, gzipBytes(t, bytes.Repeat([]byte("word "), 100_000)), 0o644)
	r := mustReject(t, Options{MaxArticleBytes: 10_000}, p, reprint.SkipTooLarge)
	if !strings.Contains(r.Detail, "after decompression") {
		t.Errorf("Detail = %q", r.Detail)
	}
}

// TestTooManyElements: a page of more tags than htmltext allows is too
// large, whatever its bytes (issue 13: a million <p>a</p> took 344 s and
// 2 GB in extract).
func TestTooManyElements(t *testing.T) {
	p := filepath.Join(t.TempDir(), "paragraphs.html")
	os.WriteFile(p, []byte("<html><body>"+strings.Repeat("<p>a</p>", htmltext.DefaultMaxElements)+"</body></html>"), 0o644)
	r := mustReject(t, Options{}, p, reprint.SkipTooLarge)
	if !strings.Contains(r.Detail, "too many elements") {
		t.Errorf("Detail = %q; want it to say too many elements", r.Detail)
	}
}

func TestSymlinks(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Some text here.\n"), 0o644)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	if err := os.Symlink("..", filepath.Join(dir, "sub", "up")); err != nil {
		t.Skipf("no symlinks: %v", err)
	}
	os.Symlink("self", filepath.Join(dir, "self"))
	os.Symlink("missing.txt", filepath.Join(dir, "dangling.txt"))
	os.Symlink("a.txt", filepath.Join(dir, "b.txt"))

	items, _ := mustScan(t, Options{}, dir)
	type row struct {
		ID, Input string
		Reason    reprint.SkipReason
	}
	var rows []row
	for _, it := range items {
		if it.a != nil {
			rows = append(rows, row{ID: it.a.ID})
		} else {
			rows = append(rows, row{Input: strings.TrimPrefix(it.r.Input, filepath.ToSlash(dir)), Reason: it.r.Reason})
		}
	}
	want := []row{
		{ID: "a.txt"},
		{ID: "b.txt"},
		{Input: "/dangling.txt", Reason: reprint.SkipUnreadable},
		{Input: "/self", Reason: reprint.SkipSymlinkLoop},
		{Input: "/sub/up", Reason: reprint.SkipSymlinkLoop},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}

	items, _ = mustScan(t, Options{Symlinks: SkipSymlinks}, dir)
	var reasons []reprint.SkipReason
	for _, it := range items {
		if it.r != nil {
			reasons = append(reasons, it.r.Reason)
		}
	}
	if diff := cmp.Diff([]reprint.SkipReason{reprint.SkipUnsupported, reprint.SkipUnsupported, reprint.SkipUnsupported, reprint.SkipUnsupported}, reasons); diff != "" {
		t.Errorf("SkipSymlinks reasons (-want +got):\n%s", diff)
	}
}

func TestUnreadable(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "ok.txt"), []byte("Readable text.\n"), 0o644)
	if err := os.Symlink(filepath.Join(dir, "gone"), filepath.Join(dir, "link.txt")); err != nil {
		t.Skipf("no symlinks: %v", err)
	}
	r := mustReject(t, Options{}, filepath.Join(dir, "link.txt"), reprint.SkipUnreadable)
	if !strings.Contains(r.Detail, "dangling") {
		t.Errorf("Detail = %q; want dangling", r.Detail)
	}
	if os.Geteuid() == 0 {
		t.Log("running as root: chmod 000 does not deny reads; dangling link case only")
		return
	}
	p := filepath.Join(dir, "locked.txt")
	os.WriteFile(p, []byte("secret\n"), 0o000)
	r = mustReject(t, Options{}, p, reprint.SkipUnreadable)
	if !strings.Contains(r.Detail, "permission denied") {
		t.Errorf("Detail = %q; want permission denied", r.Detail)
	}
}

func TestHiddenAndSpecial(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, ".hidden.txt"), []byte("Not read.\n"), 0o644)
	os.Mkdir(filepath.Join(dir, ".git"), 0o755)
	os.WriteFile(filepath.Join(dir, ".git", "x.txt"), []byte("Not read.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "z.txt"), []byte("Read.\n"), 0o644)
	items, st := mustScan(t, Options{}, dir)
	if len(items) != 1 || items[0].a == nil || st.Hidden != 2 {
		t.Errorf("items %+v, Stats %+v; want one article and 2 hidden", items, st)
	}
	// An explicitly named hidden file is read.
	if items, _ := mustScan(t, Options{}, filepath.Join(dir, ".hidden.txt")); len(items) != 1 || items[0].a == nil {
		t.Errorf("named hidden file: %+v; want an article", items)
	}
}

func TestDuplicateID(t *testing.T) {
	items, st := mustScan(t, Options{}, "testdata/golden/mixed/a-plain.txt", "testdata/golden/mixed/a-plain.txt")
	if st.Articles != 1 || items[1].r == nil || items[1].r.Reason != reprint.SkipDuplicateID {
		t.Errorf("items %+v; want the second rejected as duplicate-id", items)
	}
}

// TestIDCollisions: IDs are unique and stable and no article is lost when
// names collide (issue 13, fault 8): file names that differ only in bytes
// that are not UTF-8, the same name under two arguments, the same JSONL
// ids in two files. The same item read twice is still a duplicate.
func TestIDCollisions(t *testing.T) {
	story := mustReadFile(t, "testdata/golden/mixed/a-plain.txt")
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("latin/caf\xe9.txt", story)
	write("latin/caf\xe8.txt", story)
	write("latin/50%\xff.txt", story)
	write("latin/caf%E9.txt", story) // reads like an escaped name
	write("siteA/index.txt", story)
	write("siteB/index.txt", story)
	write("siteB/siteB/index.txt", story) // takes siteB/index.txt first
	line := []byte(`{"id": 1, "text": "The council voted on Tuesday to close the old bridge for repairs."}` + "\n")
	write("j1.jsonl", line)
	write("j2.jsonl", line)
	warc, _ := warcBytes(t, false, htmlResponse("https://e.com/1", "urn:same"))
	write("w1.warc", warc)
	write("w2.warc", warc)
	tests := []struct {
		name    string
		paths   []string
		wantIDs []string // "" for a duplicate-id rejection
	}{
		// Walked in byte order: "caf%E9.txt" before "caf\xe8.txt".
		{"names not UTF-8", []string{"latin"}, []string{"50%25%FF.txt", "caf%E9.txt", "caf%E8.txt", "$D/latin/caf%E9.txt"}},
		{"same name under two arguments", []string{"siteA", "siteB"}, []string{"index.txt", "$D/siteB/index.txt", "siteB/index.txt"}},
		{"same name, arguments swapped", []string{"siteB", "siteA"}, []string{"index.txt", "siteB/index.txt", "$D/siteA/index.txt"}},
		{"same JSONL ids in two files", []string{"j1.jsonl", "j2.jsonl"}, []string{"1", "$D/j2.jsonl:1"}},
		{"same file twice", []string{"siteA/index.txt", "siteA/index.txt"}, []string{"index.txt", ""}},
		{"same WARC record in two files", []string{"w1.warc", "w2.warc"}, []string{"urn:same", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var paths []string
			for _, p := range tt.paths {
				paths = append(paths, filepath.Join(dir, p))
			}
			items, _ := mustScan(t, Options{}, paths...)
			var got []string
			for _, it := range items {
				switch {
				case it.a != nil:
					id := strings.Replace(it.a.ID, filepath.ToSlash(dir), "$D", 1)
					if !utf8.ValidString(it.a.ID) || !utf8.ValidString(it.a.Input) {
						t.Errorf("article %q (input %q): not valid UTF-8", it.a.ID, it.a.Input)
					}
					got = append(got, id)
				case it.r.Reason == reprint.SkipDuplicateID:
					got = append(got, "")
				default:
					t.Errorf("rejected %s: %v %s", it.r.Input, it.r.Reason, it.r.Detail)
				}
			}
			if diff := cmp.Diff(tt.wantIDs, got); diff != "" {
				t.Errorf("IDs (-want +got):\n%s", diff)
			}
			again, _ := mustScan(t, Options{}, paths...)
			for i := range again {
				if again[i].a != nil && items[i].a != nil && again[i].a.ID != items[i].a.ID {
					t.Errorf("second scan: item %d has ID %q; first scan %q", i, again[i].a.ID, items[i].a.ID)
				}
			}
		})
	}
}

func TestSniffFromContent(t *testing.T) {
	items, _ := mustScan(t, Options{}, "testdata/golden/mixed/c-page.txt")
	if len(items) != 1 || items[0].a == nil || items[0].a.Format != reprint.FormatHTML {
		t.Fatalf("HTML named .txt: %+v; want an HTML article", items)
	}
	if a := items[0].a; !strings.Contains(a.Body, "twelve thousand vehicles") || a.Meta.Title == "" {
		t.Errorf("Body %q, Title %q", a.Body, a.Meta.Title)
	}
}

func TestContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	sc := Open(ctx, Options{}, "../../shared/seeds")
	if !sc.Next() {
		t.Fatal("Next() = false before cancel")
	}
	cancel()
	if sc.Next() {
		t.Error("Next() = true after cancel")
	}
	if sc.Err() != context.Canceled {
		t.Errorf("Err() = %v; want context.Canceled", sc.Err())
	}
}

func TestJSONL(t *testing.T) {
	items, st := mustScan(t, Options{}, "testdata/jsonl/items.jsonl")
	type row struct {
		Input, ID, Title, Site, Published string
		Reason                            reprint.SkipReason
		Notes                             int
	}
	var rows []row
	for _, it := range items {
		if it.a != nil {
			p := ""
			if !it.a.Meta.Published.IsZero() {
				p = it.a.Meta.Published.Format("2006-01-02")
			}
			rows = append(rows, row{Input: it.a.Input, ID: it.a.ID, Title: it.a.Meta.Title, Site: it.a.Meta.Site, Published: p, Notes: len(it.notes)})
		} else {
			rows = append(rows, row{Input: it.r.Input, Reason: it.r.Reason})
		}
	}
	const f = "testdata/jsonl/items.jsonl"
	want := []row{
		{Input: f + ":1", ID: "a1", Title: "Bridge to close", Site: "Example News", Published: "2024-03-14"},
		{Input: f + ":2", Reason: reprint.SkipBadRecord},
		{Input: f + ":4", Reason: reprint.SkipBadRecord},
		{Input: f + ":5", ID: "7", Notes: 1},
		{Input: f + ":6", ID: "items.jsonl:6"},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
	if d := items[1].r.Detail; !strings.HasPrefix(d, "line 2: ") || !strings.Contains(d, "invalid character") {
		t.Errorf("bad line Detail = %q; want line number and parse error", d)
	}
	if st.Read != 5 {
		t.Errorf("Stats() = %+v", st)
	}
}

// TestJSONLBOM: a UTF-8 byte order mark before the first line is not
// part of the record (issue 13: the first record was a bad-record).
func TestJSONLBOM(t *testing.T) {
	dir := t.TempDir()
	gz := filepath.Join(dir, "bom.jsonl.gz")
	os.WriteFile(gz, gzipBytes(t, mustReadFile(t, "testdata/jsonl-bom/bom.jsonl")), 0o644)
	tests := []struct {
		path string
		want []string
	}{
		{"testdata/jsonl-bom/bom.jsonl", []string{"b1", "b2"}},
		{"testdata/jsonl-bom/bom-named.txt", []string{"c1"}}, // sniffed as JSONL by content
		{gz, []string{"b1", "b2"}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			items, _ := mustScan(t, Options{}, tt.path)
			var got []string
			for _, it := range items {
				if it.a == nil {
					t.Errorf("%s rejected: %v %s", it.r.Input, it.r.Reason, it.r.Detail)
					continue
				}
				got = append(got, it.a.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("article IDs of %s (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}

func mustReadFile(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestJSONLLongLine(t *testing.T) {
	p := filepath.Join(t.TempDir(), "long.jsonl")
	long := `{"id":"big","text":"` + strings.Repeat("x", 200_000) + `"}`
	os.WriteFile(p, []byte(`{"id":"a","text":"short one"}`+"\n"+long+"\n"+`{"id":"b","text":"after"}`+"\n"), 0o644)
	items, _ := mustScan(t, Options{MaxArticleBytes: 100_000}, p)
	if len(items) != 3 || items[0].a == nil || items[1].r == nil || items[1].r.Reason != reprint.SkipTooLarge || items[2].a == nil {
		t.Errorf("items %+v; want article, too-large, article", items)
	}
}

// TestFileReaderBound checks the reader under every file stops at its limit.
func TestFileReaderBound(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f")
	os.WriteFile(p, bytes.Repeat([]byte("a"), 1000), 0o644)
	f, _ := os.Open(p)
	defer f.Close()
	var total int64
	fr := &fileReader{f: f, total: &total, left: 101}
	b, _ := io.ReadAll(fr)
	if len(b) != 101 || total != 101 {
		t.Errorf("read %d bytes, counted %d; want 101", len(b), total)
	}
}

// TestStdin reads Options.Stdin for the path "-": text, JSONL and a
// .warc.gz, with Input "-" and the temporary copy removed at the end.
func TestStdin(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	story := mustReadFile(t, "testdata/golden/mixed/a-plain.txt")
	warc, _ := warcBytes(t, true, htmlResponse("https://e.com/1", "urn:1"))
	tests := []struct {
		name  string
		stdin []byte
		paths []string
		want  []string // ID@Input of articles, reason@Input of rejections
	}{
		{"text", story, []string{"-"}, []string{"stdin@-"}},
		{"jsonl", mustReadFile(t, "testdata/jsonl-bom/bom.jsonl"), []string{"-"}, []string{"b1@-:1", "b2@-:2"}},
		{"warc.gz", warc, []string{"-"}, []string{"urn:1@-#0"}},
		{"twice", story, []string{"-", "-"}, []string{"stdin@-", "duplicate-id@-"}},
		{"beside a file", story, []string{"testdata/golden/mixed/a-plain.txt", "-"}, []string{"a-plain.txt@testdata/golden/mixed/a-plain.txt", "stdin@-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, _ := mustScan(t, Options{Stdin: bytes.NewReader(tt.stdin)}, tt.paths...)
			var got []string
			for _, it := range items {
				if it.a != nil {
					got = append(got, it.a.ID+"@"+it.a.Input)
				} else {
					got = append(got, it.r.Reason.String()+"@"+it.r.Input)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("items (-want +got):\n%s", diff)
			}
			if left, _ := filepath.Glob(filepath.Join(tmp, "reprint-stdin-*")); len(left) > 0 {
				t.Errorf("temporary copies left: %v", left)
			}
		})
	}
	// Without Stdin, "-" is a file of that name.
	mustReject(t, Options{}, "-", reprint.SkipUnreadable)
}
