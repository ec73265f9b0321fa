package clean_test

import (
	"fmt"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/clean"
)

func Example() {
	c, err := clean.New(clean.Options{})
	if err != nil {
		panic(err)
	}
	a := &reprint.Article{Body: `Storm closes schools across the county

Heavy snow closed every school in the county on Monday, and officials said roads would stay shut until Wednesday.

Credit: BBC

Leave a Reply

Your email address will not be published. Required fields are marked *
`}
	c.Clean(a)
	fmt.Println(a.Text)
	fmt.Println("--")
	for _, r := range a.Removed {
		fmt.Printf("removed %s %q\n", r.Reason, r.Text)
	}
	for _, at := range a.Attribution {
		fmt.Printf("credit %s %q\n", at.Form, at.Name)
	}
	// Output:
	// Storm closes schools across the county
	//
	// Heavy snow closed every school in the county on Monday, and officials said roads would stay shut until Wednesday.
	//
	// Credit: BBC
	// --
	// removed comment-form "Leave a Reply"
	// removed comment-form "Your email address will not be published. Required fields are marked *"
	// credit credit "BBC"
}
