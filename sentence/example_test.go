package sentence_test

import (
	"fmt"

	"github.com/reprint/reprint/sentence"
)

func ExampleSplit() {
	text := `Mr. Smith paid $1.2bn in the U.S. on Jan. 5. He said: "We are in favour. But there are nuances." Then he left.
Headline without a full stop
Ельцин ушёл. Путин пришёл. یہ جملہ ہے۔ 这是中文。`
	for _, sp := range sentence.Split(text, nil) {
		fmt.Printf("%v %s\n", sp, text[sp.Start:sp.End])
	}
	// Output:
	// [0,44) Mr. Smith paid $1.2bn in the U.S. on Jan. 5.
	// [45,72) He said: "We are in favour.
	// [73,96) But there are nuances."
	// [97,110) Then he left.
	// [111,139) Headline without a full stop
	// [140,162) Ельцин ушёл.
	// [163,187) Путин пришёл.
	// [188,208) یہ جملہ ہے۔
	// [209,224) 这是中文。
}

func ExampleSegmenter_Segment() {
	seg, err := sentence.NewSegmenter(sentence.Options{MaxWords: 4})
	if err != nil {
		panic(err)
	}
	text := "a run of words with no punctuation at all in it"
	spans, stats := seg.Segment(text, nil)
	for _, sp := range spans {
		fmt.Println(text[sp.Start:sp.End])
	}
	fmt.Printf("capped: %v (%d at the word cap)\n", stats.Capped(), stats.CappedWords)
	// Output:
	// a run of words
	// with no punctuation at
	// all in it
	// capped: true (2 at the word cap)
}
