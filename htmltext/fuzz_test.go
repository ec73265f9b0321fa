package htmltext

import (
	"errors"
	"strings"
	"testing"
)

// FuzzExtract checks that Extract never panics, and that on success Body is
// not empty and every BodyMap range lies inside the input. Seeds: the
// fixtures here and the files of testdata/fuzz/FuzzExtract.
//
//	go test ./htmltext -run '^$' -fuzz FuzzExtract -fuzztime 60s
func FuzzExtract(f *testing.F) {
	for _, name := range []string{"article.html", "cp1252.html", "broken.html", "truncated.html", "noarticle.html"} {
		f.Add(mustRead(f, name))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		res, err := Extract(raw, Options{})
		if err != nil {
			if !errors.Is(err, ErrNoArticle) && !strings.HasPrefix(err.Error(), "htmltext: ") {
				t.Fatalf("Extract error %v is neither ErrNoArticle nor an htmltext error", err)
			}
			return
		}
		if strings.TrimSpace(res.Body) == "" {
			t.Fatalf("Extract succeeded with empty Body")
		}
		for _, s := range res.BodyMap {
			if s.Src < 0 || s.SrcLen < 0 || s.Src+s.SrcLen > len(raw) || s.Dst < 0 || s.Dst+s.DstLen > len(res.Body) {
				t.Fatalf("BodyMap segment %+v outside input (%d bytes) or Body (%d bytes)", s, len(raw), len(res.Body))
			}
		}
	})
}
