package htmltext

import (
	"strings"

	"golang.org/x/net/html"
)

// An embedded social post inside the article body
//
// A story built around a politician's or a celebrity's posts embeds
// them where it quotes them: the platform's embed code is a
// <blockquote> with the platform's class ("twitter-tweet",
// "instagram-media", "tiktok-embed", "bluesky-embed", …) holding the
// post's text in a <p>, then the embed's own furniture: "— Name
// (@handle) March 3, 2026" after the <p>, and around the blockquote the
// card a site draws (name, handle, "Follow", time, counts, "Reply").
// go-trafilatura prunes the whole embed (its <figure>, its classes of
// "embed", "social", "twitter"), so the poster's words vanish from the
// article, though an editor reads them as the article quoting the
// poster, a block quotation introduced by the story's own prose ("In a
// second post, she wrote:"), and a copy of the story that kept them as
// plain lines carries them as the article's text.
//
// embedPosts gives back the post's paragraphs, the <p> elements inside
// such a blockquote, and nothing else of the embed: the signature line
// stands outside the <p> in the platforms' code, and the card's lines
// outside the blockquote. A <p> that is a link alone and short
// (Instagram's "View this post on Instagram", a post of a picture link
// only) or that holds a <time> (Instagram's "A post shared by … on
// <time>") is furniture. Only embeds inside the article's container
// (the element that holds most of the kept paragraphs, as for credit
// notes) count, each laid in after the kept paragraph it follows, or
// before the one it precedes when it opens the body: an embed in a
// sidebar or a comment section lies outside it.

// embedClasses are the classes the platforms' embed code gives the
// blockquote that holds a post: X/Twitter ("twitter-tweet", and
// "twitter-video" for a video post), Instagram ("instagram-media"),
// TikTok ("tiktok-embed"), Bluesky ("bluesky-embed"), Threads
// ("text-post-media") and Mastodon ("mastodon-embed"). They are the
// platforms' fixed markup, which the platforms' scripts look for, so a
// site cannot rename them.
var embedClasses = map[string]bool{
	"twitter-tweet": true, "twitter-video": true, "instagram-media": true, "tiktok-embed": true,
	"bluesky-embed": true, "text-post-media": true, "mastodon-embed": true,
}

// maxEmbedLinkWords bounds a paragraph of an embed that is a link alone
// and still furniture: "View this post on Instagram" has five words, a
// bare picture link one. A caption that Instagram's code sets inside its
// link is a sentence or more.
const maxEmbedLinkWords = 6

// embedPost reports whether n lies inside a platform's embed blockquote
// (embedClasses), below inside (an ancestor of n, or nil for the root).
func embedPost(n, inside *html.Node) bool {
	for a := n.Parent; a != nil && a != inside; a = a.Parent {
		if a.Type != html.ElementNode || a.Data != "blockquote" {
			continue
		}
		for _, c := range strings.Fields(attr(a, "class")) {
			if embedClasses[strings.ToLower(c)] {
				return true
			}
		}
	}
	return false
}

// hasTime reports whether n holds a <time> element.
func hasTime(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.Data == "time" || hasTime(c)) {
			return true
		}
	}
	return false
}

// embedPosts returns the paragraphs of the social posts embedded in the
// article's container that trafilatura pruned, with their places among
// kept (its blocks), in document order (see "An embedded social post
// inside the article body").
func embedPosts(doc *html.Node, kept []block) []note {
	got, _ := keptBlocks(kept)
	if len(got) == 0 {
		return nil
	}
	all := map[string]bool{} // every kept block, short ones too
	for _, bl := range kept {
		all[stripSpace(strings.Join(bl, ""))] = true
	}
	best := container(doc, got)
	if best == nil {
		return nil
	}
	var out []note
	prev := ""
	for p := range paragraphs(best) {
		t := stripSpace(nodeText(p))
		if got[t] {
			prev = t
			for i := len(out) - 1; i >= 0 && out[i].prev == "" && out[i].next == ""; i-- {
				out[i].next = t
			}
			continue
		}
		if t == "" || all[t] || !embedPost(p, best) || hasTime(p) {
			continue
		}
		if allLink(p) && countFields(nodeText(p)) <= maxEmbedLinkWords {
			continue
		}
		out = append(out, note{n: p, prev: prev, embed: true})
	}
	j := 0
	for _, nt := range out {
		if nt.prev != "" || nt.next != "" {
			out[j] = nt
			j++
		}
	}
	return out[:j]
}

// container returns the article's container: the parent of most of the
// bytes of the page's paragraphs that trafilatura kept (got, as
// keptBlocks gives it), or nil when no parent holds half of them.
func container(doc *html.Node, got map[string]bool) *html.Node {
	weight := map[*html.Node]int{}
	var best *html.Node
	total := 0
	for n := range paragraphs(doc) {
		t := stripSpace(nodeText(n))
		if len(t) >= minKeptParagraph && got[t] && n.Parent != nil {
			total += len(t)
			weight[n.Parent] += len(t)
			if best == nil || weight[n.Parent] > weight[best] {
				best = n.Parent
			}
		}
	}
	if best == nil || 2*weight[best] < total {
		return nil
	}
	return best
}

// mediaLinkHosts are the hosts of the link X's embed code prints for a
// post's attached picture or video at the end of the post's text
// ("pic.twitter.com/Rk8vQ2mLzT", later "pic.x.com/…"), with the slash
// that opens the path: the attachment's address, not a word of the
// post, which the embed's reader sees as the picture.
var mediaLinkHosts = []string{"pic.twitter.com/", "pic.x.com/"}

// postBlocks returns the blocks of an embedded post's paragraph without
// the pieces that are an attached-media link alone (mediaLinkHosts).
func postBlocks(bls []block) []block {
	for k, bl := range bls {
		kept := bl[:0:0]
		for _, piece := range bl {
			l := strings.ToLower(strings.TrimSpace(piece))
			l = strings.TrimPrefix(strings.TrimPrefix(l, "https://"), "http://")
			media := false
			for _, h := range mediaLinkHosts {
				media = media || strings.HasPrefix(l, h) && len(l) > len(h) && !strings.ContainsAny(l, " \t")
			}
			if !media {
				kept = append(kept, piece)
			}
		}
		bls[k] = kept
	}
	return bls
}
