package engine

import (
	"encoding/json"
	"fmt"

	"github.com/klauspost/compress/zstd"
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

// Archived texts are compressed with Zstandard (github.com/klauspost/compress)
// at its default level, each text a frame of its own. Measured on 5,000
// generated news articles (21.8 MB): DEFLATE level 5, the format before,
// 53.3% of the bytes, 1.48 s to compress; Zstandard default 54.7%, 0.32 s,
// and decompression several times faster, which check and scan do for
// every candidate. Its fastest level kept 69%; better compression gained
// nothing on texts this short.
var (
	textEncoder, _ = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	textDecoder, _ = zstd.NewReader(nil, zstd.WithDecoderConcurrency(0), zstd.WithDecoderMaxMemory(maxTextBytes))
)

// maxTextBytes bounds a decompressed text: far above any article reprint
// reads (ingest's default limit is 16 MiB), so that a damaged or hostile
// archive cannot make a decoder allocate without limit.
const maxTextBytes = 1 << 30

// CompressText returns text compressed for the archive (a Zstandard frame).
func CompressText(text string) ([]byte, error) {
	return textEncoder.EncodeAll([]byte(text), nil), nil
}

// DecompressText reverses CompressText.
func DecompressText(data []byte) (string, error) {
	b, err := textDecoder.DecodeAll(data, nil)
	if err != nil {
		return "", fmt.Errorf("decompressing text: %w", err)
	}
	return string(b), nil
}
