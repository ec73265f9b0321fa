package winnow

// Fingerprint is a selected hash and its position: the index of the hash in
// the input, which for shingle hashes is the index of the shingle's first
// token.
type Fingerprint struct {
	Hash uint64
	Pos  int32
}

// DefaultWindow is the window w for k = 5 word shingles: with w = 4 every
// shared run of w+k-1 = 8 words yields a shared fingerprint, and about
// 2/(w+1) = 40% of the shingles are kept. Eight words is about half a news
// sentence, shorter than any passage the aligner reports, so seeds are never
// the reason a passage is missed.
const DefaultWindow = 4

// Select appends to dst the fingerprints that robust winnowing selects from
// hashes with window w, in increasing order of position, and returns the
// extended slice.
//
// Each window of w consecutive hashes selects its minimum hash. When the
// minimum occurs more than once, the window keeps the position the previous
// window selected if it is still inside and still minimal; otherwise it
// takes the rightmost one. A position is recorded once, when it is first
// selected. If len(hashes) < w, the whole input is one window and yields one
// fingerprint; empty input yields none.
//
// Select allocates nothing when dst has room for the output (at most
// len(hashes) fingerprints; expected 2/(w+1)·len(hashes) for random
// hashes). It runs in expected O(len(hashes)) time on hashed input and
// O(len(hashes)·w) in the worst case (a rescan of the window each time the
// minimum leaves it). It panics if w < 1.
//
// Be careful when changing this function: TestSelectMatchesReference checks
// it against the definition exhaustively on small inputs.
func Select(hashes []uint64, w int, dst []Fingerprint) []Fingerprint {
	if w < 1 {
		panic("winnow: window must be at least 1")
	}
	n := len(hashes)
	if n == 0 {
		return dst
	}
	if n <= w {
		m := rightmostMin(hashes)
		return append(dst, Fingerprint{Hash: hashes[m], Pos: int32(m)})
	}
	// First window.
	m := rightmostMin(hashes[:w])
	dst = append(dst, Fingerprint{Hash: hashes[m], Pos: int32(m)})
	for r := w; r < n; r++ {
		l := r - w + 1 // the window is hashes[l : r+1]
		if m < l {
			// The selected minimum left the window: rescan for the
			// rightmost minimum.
			m = l + rightmostMin(hashes[l:r+1])
			dst = append(dst, Fingerprint{Hash: hashes[m], Pos: int32(m)})
		} else if hashes[r] < hashes[m] {
			// A strictly smaller hash enters; a tie keeps the previous
			// selection (the robust rule).
			m = r
			dst = append(dst, Fingerprint{Hash: hashes[m], Pos: int32(m)})
		}
	}
	return dst
}

// rightmostMin returns the index of the rightmost minimum of h, which must
// not be empty.
func rightmostMin(h []uint64) int {
	m := 0
	for i, v := range h {
		if v <= h[m] {
			m = i
		}
	}
	return m
}
