package credit_test

import (
	"fmt"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
)

func ExampleCheck() {
	source := &reprint.Article{Meta: reprint.Meta{URL: "https://www.bbc.com/news/world-europe-1"}}
	derived := &reprint.Article{Text: "LONDON (Reuters) - Talks were productive, according to the Kremlin."}

	r := credit.Check(derived, source)
	fmt.Println(r.Status, r.Name, r.Form, r.Evidence)
	fmt.Println(r.Reason)

	derived.Text = "Talks were productive, according to the BBC."
	r = credit.Check(derived, source)
	fmt.Println(r.Status, r.Name, r.Form, derived.Text[r.Evidence.Start:r.Evidence.End])
	// Output:
	// not-credited Reuters parenthetical [7,16)
	// credits Reuters, but the source's publisher is BBC (from its URL)
	// credited BBC according-to according to the BBC
}

func ExamplePublisher() {
	for _, a := range []*reprint.Article{
		{Meta: reprint.Meta{Site: "BBC News"}},
		{Meta: reprint.Meta{URL: "https://www.theguardian.com/world/2025/mar/14/x"}},
		{Meta: reprint.Meta{URL: "https://www.newsthirst.com/x"}},
		{Text: "By Jane Doe, Reuters\n\nTalks were held."},
		{Text: "Talks were held, confirmed by the BBC."},
	} {
		name, how := credit.Publisher(a)
		fmt.Printf("%q %q\n", name, how)
	}
	// Output:
	// "BBC News" "site"
	// "The Guardian" "url"
	// "newsthirst" "domain"
	// "Reuters" "byline"
	// "" ""
}
