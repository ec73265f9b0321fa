package minhash_test

import (
	"fmt"

	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/minhash"
	"github.com/reprint/reprint/shingle"
)

func Example() {
	texts := []string{
		"The minister said on Tuesday that the new rail line would open in the spring, two years late and far over budget.",
		"Officials confirmed the minister said on Tuesday that the new rail line would open in the spring, two years late.",
		"Heavy rain is expected across the north of the country over the weekend, forecasters warned on Friday morning.",
	}
	h, err := minhash.NewHasher(minhash.Options{})
	if err != nil {
		panic(err)
	}
	x, err := minhash.NewIndex(minhash.IndexOptions{})
	if err != nil {
		panic(err)
	}
	sigs := make([][]uint64, len(texts))
	for i, text := range texts {
		hashes := shingle.Values(analysis.Tokenize(text), shingle.K, nil)
		sigs[i] = h.Sign(hashes, nil)
		x.Add(uint32(i), sigs[i])
	}
	if err := x.Finish(); err != nil {
		panic(err)
	}
	for a, b := range x.Pairs() {
		fmt.Printf("candidate %d–%d, estimated Jaccard %.2f\n", a, b, minhash.Similarity(sigs[a], sigs[b]))
	}
	// The true Jaccard is 14/20 = 0.70: 14 shared 5-shingles of 20 in all.
	fmt.Println("query text 1:", x.Query(sigs[1], nil))
	// Output:
	// candidate 0–1, estimated Jaccard 0.73
	// query text 1: [0 1]
}
