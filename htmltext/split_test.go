package htmltext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/reprint/reprint"
)

// splitPage is a page whose article body is cut in two containers of the
// same class by an advertisement, followed by a comment section whose
// container shares a generic class with a container of the article's
// slot but sits in another slot.
func splitPage(second, comments string) string {
	para := func(s string, n int) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, "<p>%s paragraph %d tells how the harbour wall at Porthleven gave way in the night and the council closed the quay to boats and walkers alike.</p>\n", s, i)
		}
		return b.String()
	}
	return `<!DOCTYPE html><html lang="en"><head><title>Storm closes harbour</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>Storm closes harbour</h1>
<div class="grid"><div class="widget"><div class="article__body">` + para("First part", 6) + `</div></div></div>
<div class="ad ad--mid"><span>Advertisement</span></div>
<div class="grid"><div class="widget"><div class="` + second + `">` + para("Second part", 5) + `</div></div></div>
</article>
<section class="comments"><div class="comment-slot"><div class="article__body">` + comments + `</div></div></section>
</main><footer>© Cornwall Live</footer></body></html>`
}

// TestContinuations checks that the later containers of a split article
// body are added to the extracted text, and that a container of another
// class, or of the same class in another kind of slot, is not.
func TestContinuations(t *testing.T) {
	const comment = "<p>Gaye said: I walked past the harbour on Sunday and the wall was already cracked along the whole length of the quay, and nobody came to look at it.</p>" +
		"<p>Pamela replied: Thanks for stopping by, Gaye. The council says the inspection in March found nothing wrong with the wall or the quay.</p>"
	tests := []struct {
		name, second string
		want         bool // the second part is in Body
	}{
		{"same class, same slot", "article__body", true},
		{"another class", "promo-box", false},
		{"the same class with a BEM modifier", "article__body article__body--rest", true},
		{"the same class beside another block's", "article__body promo-box", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Extract([]byte(splitPage(tt.second, comment)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Body, "First part paragraph 6") {
				t.Fatalf("Body lacks the first part:\n%s", res.Body)
			}
			if got := strings.Contains(res.Body, "Second part paragraph 5"); got != tt.want {
				t.Errorf("second part in Body = %v; want %v\n%s", got, tt.want, res.Body)
			}
			if strings.Contains(res.Body, "Gaye said") {
				t.Errorf("a comment in another slot joined the article:\n%s", res.Body)
			}
			for _, p := range []string{"First part paragraph 1", "Second part paragraph 1"} {
				i := strings.Index(res.Body, p)
				if i < 0 {
					continue
				}
				sp := res.BodyMap.SourceSpan(reprint.Span{Start: i, End: i + len(p)})
				page := splitPage(tt.second, comment)
				if got := page[sp.Start:sp.End]; got != p {
					t.Errorf("BodyMap of %q = %q", p, got)
				}
			}
		})
	}
}
