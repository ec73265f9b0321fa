package synth

import (
	"math"
	"math/rand/v2"

	"github.com/zeebo/xxh3"
)

// functionWords are the most frequent words, by rank, so that generated
// text starts like English ("the of and to a in …").
var functionWords = [...]string{
	"the", "of", "and", "to", "a", "in", "that", "is", "was", "he",
	"for", "it", "with", "as", "his", "on", "be", "at", "by", "i",
	"this", "had", "not", "are", "but", "from", "or", "have", "an", "they",
	"which", "one", "you", "were", "her", "all", "she", "there", "would", "their",
	"we", "him", "been", "has", "when", "who", "will", "more", "no", "if",
	"out", "so", "said", "what", "up", "its", "about", "into", "than", "them",
}

const (
	consonants = "bcdfghjklmnprstvwz"
	vowels     = "aeiou"
	syllables  = len(consonants) * len(vowels)
)

// Vocab is a Zipfian vocabulary: word ids are ranks, word 0 the most
// frequent.
type Vocab struct {
	words []string
	hash  []uint64
	cdf   []float64
	guide []int32 // guide[g] = first id whose cdf ≥ g/len(guide)
}

// NewVocab returns a vocabulary of n words whose frequencies follow a Zipf
// law with exponent s.
func NewVocab(n int, s float64) *Vocab {
	v := &Vocab{
		words: make([]string, n),
		hash:  make([]uint64, n),
		cdf:   make([]float64, n),
		guide: make([]int32, 4*n),
	}
	total := 0.0
	for i := range n {
		v.words[i] = Word(i)
		v.hash[i] = xxh3.HashString(v.words[i])
		total += math.Pow(float64(i+1), -s)
		v.cdf[i] = total
	}
	for i := range v.cdf {
		v.cdf[i] /= total
	}
	v.cdf[n-1] = 1
	id := 0
	for g := range v.guide {
		for v.cdf[id] < float64(g)/float64(len(v.guide)) {
			id++
		}
		v.guide[g] = int32(id)
	}
	return v
}

// Len returns the number of words.
func (v *Vocab) Len() int { return len(v.words) }

// String returns word id.
func (v *Vocab) String(id uint32) string { return v.words[id] }

// Hash returns the xxh3 hash of word id.
func (v *Vocab) Hash(id uint32) uint64 { return v.hash[id] }

// AppendHashes appends the hash of each word of words to dst: token hashes
// standing in for analysis tokens where a test needs no text.
func (v *Vocab) AppendHashes(words []uint32, dst []uint64) []uint64 {
	for _, w := range words {
		dst = append(dst, v.hash[w])
	}
	return dst
}

// Draw returns a word id drawn from the Zipf law, by inverse transform with
// a guide table (O(1) expected).
func (v *Vocab) Draw(rng *rand.Rand) uint32 {
	u := rng.Float64()
	id := int(v.guide[int(u*float64(len(v.guide)))])
	for v.cdf[id] < u {
		id++
	}
	return uint32(id)
}

// Word returns the spelling of word id: a function word for the first
// ranks, then pseudo-words of three or more consonant–vowel syllables, all
// distinct.
func Word(id int) string {
	if id < len(functionWords) {
		return functionWords[id]
	}
	// Bijective base-90 over syllables, offset so every word has at least
	// three syllables and cannot collide with a function word.
	w := id - len(functionWords) + syllables*syllables
	var b []byte
	for w > 0 {
		syl := w % syllables
		w /= syllables
		b = append(b, consonants[syl/len(vowels)], vowels[syl%len(vowels)])
	}
	return string(b)
}
