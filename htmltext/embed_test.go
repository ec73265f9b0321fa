package htmltext

import (
	"strings"
	"testing"
)

// TestEmbedPosts: the text of a social post embedded in the article's
// body (X's, Bluesky's, TikTok's blockquote) is given back at its place,
// without the embed's signature line, the card around it or a link-only
// paragraph; an embed outside the article's container, or a blockquote
// of no platform's class, stays out.
func TestEmbedPosts(t *testing.T) {
	para := func(s string) string {
		return `<p>` + s + ` The committee voted by six votes to four on Monday evening to put off its planned evidence sessions.</p>`
	}
	body := para("One.") + para("Two.") + para("Three.") + para("Four.")
	page := func(inBody, outside string) []byte {
		return []byte(`<html><head><title>MP quits committee</title></head><body><main><article><h1>MP quits committee</h1>` +
			`<div class="article-body">` + inBody + `</div>` + outside + `</article></main>` +
			`<footer><p>© Dispatch</p></footer></body></html>`)
	}
	tweet := `<figure class="embed embed--x"><div class="x-card"><div class="x-card__header"><span>Nadia Kersley MP</span> <span>@NadiaKersleyMP</span> <a href="#">Follow</a></div>` +
		`<blockquote class="twitter-tweet"><p lang="en">Today I have resigned from the Environment and Rivers Committee. 1/3 <a href="https://t.co/x">pic.twitter.com/Rk8vQ2mLzT</a></p>` +
		`&mdash; Nadia Kersley MP (@NadiaKersleyMP) <a href="#">March 3, 2026</a></blockquote>` +
		`<div class="x-card__meta">10:42 AM · Mar 3, 2026</div></div></figure>`
	for _, tt := range []struct {
		name    string
		page    []byte
		want    []string // in this order in Body
		notWant []string
	}{
		{"x between paragraphs", page(para("One.")+para("Two.")+tweet+para("Three.")+para("Four."), ""),
			[]string{"Two.", "Today I have resigned from the Environment and Rivers Committee. 1/3", "Three."},
			[]string{"(@NadiaKersleyMP)", "Follow", "10:42 AM", "pic.twitter.com"}},
		{"bluesky", page(para("One.")+para("Two.")+`<blockquote class="bluesky-embed"><p>Postponing our inquiry means another summer of sewage in the river.</p>&mdash; Nadia (<a href="#">@nadia.bsky.social</a>) <a href="#">March 3, 2026</a></blockquote>`+para("Three."), ""),
			// go-trafilatura keeps a bare blockquote whole, its
			// signature too, which the cleaner removes (embedSignature).
			[]string{"Two.", "Postponing our inquiry means another summer", "Three."}, nil},
		{"a link alone", page(para("One.")+para("Two.")+`<blockquote class="instagram-media"><p><a href="#">View this post on Instagram</a></p></blockquote>`+para("Three."), ""),
			[]string{"Two.", "Three."}, []string{"View this post"}},
		{"outside the container", page(body, `<aside><blockquote class="twitter-tweet"><p>Our latest post about something else entirely, from the sidebar.</p></blockquote></aside>`),
			[]string{"Four."}, []string{"latest post"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Extract(tt.page, Options{})
			if err != nil {
				t.Fatal(err)
			}
			at := 0
			for _, w := range tt.want {
				i := strings.Index(res.Body[at:], w)
				if i < 0 {
					t.Fatalf("Body lacks %q after byte %d:\n%s", w, at, res.Body)
				}
				at += i + len(w)
			}
			for _, w := range tt.notWant {
				if strings.Contains(res.Body, w) {
					t.Errorf("Body holds %q:\n%s", w, res.Body)
				}
			}
		})
	}
}
