package reprint

import "sort"

// Segment maps the bytes dst[Dst:Dst+DstLen] of a derived text to the bytes
// src[Src:Src+SrcLen] of the text it was derived from. When DstLen equals
// SrcLen the segment is a copy and maps byte for byte; otherwise it is a
// replacement (a transcoded character, a folded CRLF, an HTML entity) and
// every byte inside it maps to the whole source range.
type Segment struct {
	Dst    int `json:"dst"`
	Src    int `json:"src"`
	DstLen int `json:"dst_len"`
	SrcLen int `json:"src_len"`
}

// OffsetMap maps byte offsets of a derived text back to the text it came
// from. Its segments are sorted by Dst and do not overlap; bytes of the
// derived text that no segment covers were inserted (a paragraph break
// between two HTML blocks, say) and map to the source offset of the
// following segment.
//
// The zero OffsetMap is the identity.
type OffsetMap []Segment

// Source returns the source offset of the derived byte offset off.
// An offset at the end of a segment maps to the end of its source range.
func (m OffsetMap) Source(off int) int {
	if len(m) == 0 {
		return off
	}
	// First segment whose end is beyond off.
	i := sort.Search(len(m), func(i int) bool { return m[i].Dst+m[i].DstLen > off })
	if i == len(m) {
		last := m[len(m)-1]
		return last.Src + last.SrcLen
	}
	s := m[i]
	if off < s.Dst {
		// Inserted bytes before segment i.
		return s.Src
	}
	if s.DstLen == s.SrcLen {
		return s.Src + (off - s.Dst)
	}
	return s.Src
}

// SourceSpan returns the source range that the derived span sp came from.
// A span ending inside a replacement segment extends to the end of that
// segment's source, so a source span always covers what sp shows.
func (m OffsetMap) SourceSpan(sp Span) Span {
	if len(m) == 0 {
		return sp
	}
	start := m.Source(sp.Start)
	if sp.End <= sp.Start {
		return Span{start, start}
	}
	end := m.sourceEnd(sp.End)
	if end < start {
		end = start
	}
	return Span{start, end}
}

// sourceEnd maps an exclusive end offset: the source end of the byte just
// before it.
func (m OffsetMap) sourceEnd(end int) int {
	last := end - 1
	i := sort.Search(len(m), func(i int) bool { return m[i].Dst+m[i].DstLen > last })
	if i == len(m) {
		s := m[len(m)-1]
		return s.Src + s.SrcLen
	}
	s := m[i]
	if last < s.Dst {
		return s.Src
	}
	if s.DstLen == s.SrcLen {
		return s.Src + (last - s.Dst) + 1
	}
	return s.Src + s.SrcLen
}

// Compose returns the map from offsets of outer's derived text to the
// source of inner, where outer maps into inner's derived text: for any off,
// Compose(outer, inner).Source(off) == inner.Source(outer.Source(off)) at
// segment granularity. It is used to map cleaned text straight to raw bytes.
func Compose(outer, inner OffsetMap) OffsetMap {
	if len(inner) == 0 {
		return outer
	}
	if len(outer) == 0 {
		return inner
	}
	var b MapBuilder
	for _, o := range outer {
		if o.DstLen != o.SrcLen {
			sp := inner.SourceSpan(Span{o.Src, o.Src + o.SrcLen})
			b.Replace(o.Dst, o.DstLen, sp.Start, sp.Len())
			continue
		}
		// Walk the copy segment through inner's segments.
		d, s, n := o.Dst, o.Src, o.DstLen
		for n > 0 {
			i := sort.Search(len(inner), func(i int) bool { return inner[i].Dst+inner[i].DstLen > s })
			if i == len(inner) {
				end := inner[len(inner)-1]
				b.Replace(d, n, end.Src+end.SrcLen, 0)
				break
			}
			in := inner[i]
			if s < in.Dst {
				// Bytes inserted by inner.
				k := min(n, in.Dst-s)
				b.Replace(d, k, in.Src, 0)
				d, s, n = d+k, s+k, n-k
				continue
			}
			k := min(n, in.Dst+in.DstLen-s)
			if in.DstLen == in.SrcLen {
				b.Copy(d, in.Src+(s-in.Dst), k)
			} else {
				b.Replace(d, k, in.Src, in.SrcLen)
			}
			d, s, n = d+k, s+k, n-k
		}
	}
	return b.Map()
}

// MapBuilder builds an OffsetMap from runs appended in increasing Dst order.
// Adjacent copy runs that continue each other are merged, so a text copied
// whole is one segment.
type MapBuilder struct {
	m OffsetMap
}

// Copy records that n bytes at dst are a verbatim copy of n bytes at src.
func (b *MapBuilder) Copy(dst, src, n int) {
	if n <= 0 {
		return
	}
	if k := len(b.m); k > 0 {
		l := &b.m[k-1]
		if l.DstLen == l.SrcLen && l.Dst+l.DstLen == dst && l.Src+l.SrcLen == src {
			l.DstLen += n
			l.SrcLen += n
			return
		}
	}
	b.m = append(b.m, Segment{Dst: dst, Src: src, DstLen: n, SrcLen: n})
}

// Replace records that dstLen bytes at dst stand for srcLen bytes at src.
func (b *MapBuilder) Replace(dst, dstLen, src, srcLen int) {
	if dstLen <= 0 {
		return
	}
	if dstLen == srcLen {
		b.Copy(dst, src, dstLen)
		return
	}
	b.m = append(b.m, Segment{Dst: dst, Src: src, DstLen: dstLen, SrcLen: srcLen})
}

// Map returns the map built so far. The builder must not be used after.
func (b *MapBuilder) Map() OffsetMap { return b.m }
