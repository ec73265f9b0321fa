package htmltext_test

import (
	"fmt"
	"strings"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/htmltext"
)

func ExampleExtract() {
	page := []byte(`<html><head><title>Tide tables</title>
<link rel="canonical" href="https://example.com/tides"></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Tide tables</h1>
<p>High tide at the harbour is at 06:12 and 18:40 today, the port authority said in its daily notice to sailors and fishermen.</p>
<p>Spring tides next week will bring the highest water of the year, with <a href="/warnings">flood warnings</a> for the quay on Tuesday and Wednesday.</p>
<p>Boat owners are asked to check their moorings and to move small craft above the slipway before the evening tide on Monday.</p>
</article></body></html>`)
	res, err := htmltext.Extract(page, htmltext.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Body)
	fmt.Println("--")
	fmt.Println(res.Meta.Title, res.Meta.URL, res.Meta.Links)

	// BodyMap leads from Body back to the page's bytes.
	i := strings.Index(res.Body, "flood warnings")
	sp := res.BodyMap.SourceSpan(reprint.Span{Start: i, End: i + len("flood warnings")})
	fmt.Printf("%q\n", page[sp.Start:sp.End])
	// Output:
	// Tide tables
	//
	// High tide at the harbour is at 06:12 and 18:40 today, the port authority said in its daily notice to sailors and fishermen.
	//
	// Spring tides next week will bring the highest water of the year, with flood warnings for the quay on Tuesday and Wednesday.
	//
	// Boat owners are asked to check their moorings and to move small craft above the slipway before the evening tide on Monday.
	// --
	// Tide tables https://example.com/tides [https://example.com/warnings]
	// "flood warnings"
}
