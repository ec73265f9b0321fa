package reprint

// PassageKind says how a passage was reused.
type PassageKind int

const (
	// Verbatim: the same words in the same order, allowing differences in
	// spacing, punctuation, case and a few edited words.
	Verbatim PassageKind = iota + 1
	// Rewrite: the same content reworded, aligned sentence by sentence.
	Rewrite
)

var passageKindNames = [...]string{"", "verbatim", "rewrite"}

func (k PassageKind) String() string {
	if k > 0 && int(k) < len(passageKindNames) {
		return passageKindNames[k]
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (k PassageKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Passage is a stretch of text that one article shares with another: the
// byte span in each article's cleaned Text, how it was reused, and a score
// in [0, 1] for how closely the two sides match.
type Passage struct {
	Kind  PassageKind `json:"kind"`
	A     Span        `json:"a"`
	B     Span        `json:"b"`
	Score float64     `json:"score"`
}
