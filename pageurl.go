package reprint

import (
	"net/url"
	"strings"
)

// SamePage reports whether two URLs name one page: the same host (without
// "www."), path (without a trailing slash) and query, the scheme and the
// fragment aside. Two captures or revisions of a page have one URL; an
// empty or relative URL names no page.
func SamePage(a, b string) bool {
	na := pageKey(a)
	return na != "" && na == pageKey(b)
}

// pageKey is the part of a URL SamePage compares, or "" for none.
func pageKey(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") + strings.TrimSuffix(u.EscapedPath(), "/") + "?" + u.RawQuery
}
