package ingest_test

import (
	"context"
	"fmt"

	"github.com/reprint/reprint/ingest"
)

func Example() {
	sc := ingest.Open(context.Background(), ingest.Options{}, "testdata/golden/mixed")
	defer sc.Close()
	for sc.Next() {
		if a := sc.Article(); a != nil {
			fmt.Printf("%-5s %s %q\n", a.Format, a.ID, a.Meta.Title)
		} else {
			r := sc.Rejected()
			fmt.Printf("skip  %s: %s\n", r.Input, r.Reason)
		}
	}
	st := sc.Stats()
	fmt.Printf("read %d = %d articles + %d rejected; %d WARC records not articles\n",
		st.Read, st.Articles, st.Rejected, st.NonArticle)
	// Output:
	// text  a-plain.txt "Bridge to close for repairs"
	// text  b-cp1252.txt ""
	// html  c-page.txt "Bridge to close for repairs"
	// jsonl j1 ""
	// skip  testdata/golden/mixed/d-items.jsonl:2: bad-record
	// skip  testdata/golden/mixed/e-bad.txt: binary
	// warc  urn:uuid:00000000-0000-0000-0000-000000000003 "Bridge to close for repairs"
	// read 7 = 5 articles + 2 rejected; 2 WARC records not articles
}
