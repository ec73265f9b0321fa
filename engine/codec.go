package engine

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"io"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/judge"
)

// The archive's value encodings, shared by every Store so that two
// backends hold the same bytes. Each is versioned by Format.

// pairJSON is a pair's stored form: short names and passages as arrays,
// since pairs are the largest records after texts. Floats round-trip
// exactly (encoding/json writes the shortest form that reads back the
// same), so a stored pair judges as it was found.
type pairJSON struct {
	R   int             `json:"r"`
	P   [][6]float64    `json:"p"` // kind, a.start, a.end, b.start, b.end, score
	C   detect.Coverage `json:"c"`
	S   float64         `json:"s"`
	Cap string          `json:"cap,omitempty"`
	E   judge.Evidence  `json:"e"`
}

// EncodePair returns the stored form of p.
func EncodePair(p *detect.Pair) ([]byte, error) {
	v := pairJSON{R: int(p.Relation), C: p.Coverage, S: p.Similarity, Cap: p.CapReason, E: p.Evidence, P: make([][6]float64, len(p.Passages))}
	for i, ps := range p.Passages {
		v.P[i] = [6]float64{float64(ps.Kind), float64(ps.A.Start), float64(ps.A.End), float64(ps.B.Start), float64(ps.B.End), ps.Score}
	}
	return json.Marshal(v)
}

// DecodePair reads a pair's stored form.
func DecodePair(data []byte) (detect.Pair, error) {
	var v pairJSON
	if err := json.Unmarshal(data, &v); err != nil {
		return detect.Pair{}, fmt.Errorf("decoding pair: %w", err)
	}
	p := detect.Pair{Relation: judge.Relation(v.R), Coverage: v.C, Similarity: v.S, CapReason: v.Cap, Evidence: v.E, Passages: make([]reprint.Passage, len(v.P))}
	for i, x := range v.P {
		p.Passages[i] = reprint.Passage{Kind: reprint.PassageKind(x[0]),
			A: reprint.Span{Start: int(x[1]), End: int(x[2])}, B: reprint.Span{Start: int(x[3]), End: int(x[4])}, Score: x[5]}
	}
	return p, nil
}

// infoJSON is what a record keeps besides its text and counts.
type infoJSON struct {
	Input       string                `json:"input,omitempty"`
	Format      int                   `json:"format,omitempty"`
	Meta        reprint.Meta          `json:"meta"`
	Attribution []reprint.Attribution `json:"attribution,omitempty"`
	Publisher   string                `json:"publisher,omitempty"`
}

// EncodeInfo returns the stored form of r's input, format, metadata and
// attribution lines.
func EncodeInfo(r *Record) ([]byte, error) {
	return json.Marshal(infoJSON{Input: r.Input, Format: int(r.Format), Meta: r.Meta, Attribution: r.Attribution, Publisher: r.Publisher})
}

// DecodeInfo fills r's input, format, metadata and attribution.
func DecodeInfo(data []byte, r *Record) error {
	var v infoJSON
	if err := json.Unmarshal(data, &v); err != nil {
		return fmt.Errorf("decoding article info: %w", err)
	}
	r.Input, r.Format, r.Meta, r.Attribution, r.Publisher = v.Input, reprint.Format(v.Format), v.Meta, v.Attribution, v.Publisher
	return nil
}

// textLevel is the DEFLATE level of archived texts. News text compresses
// to about a third at every level from 4 up; 5 is within 2% of the
// smallest and several times faster to write than 9.
const textLevel = 5

// CompressText returns text compressed for the archive (raw DEFLATE).
func CompressText(text string) ([]byte, error) {
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, textLevel)
	if err != nil {
		return nil, err
	}
	if _, err := io.WriteString(w, text); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// DecompressText reverses CompressText.
func DecompressText(data []byte) (string, error) {
	r := flate.NewReader(bytes.NewReader(data))
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		return "", fmt.Errorf("decompressing text: %w", err)
	}
	return string(b), nil
}
