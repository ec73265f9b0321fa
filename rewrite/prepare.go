package rewrite

import (
	"encoding/binary"
	"slices"

	"github.com/reprint/reprint"
)

// Doc is a text analysed once for sentence alignment: the term vectors of
// its sentences (and chunks of over-long sentences), weighted by the IDF
// and damped by the local weight, and their character grams. It does not
// keep the text.
//
// Everything in a Doc depends on its own text alone (and the IDF), never
// on the text it is aligned with, so one Doc serves every pair it is in.
// A Doc is immutable once Prepare returns it: it is safe to share between
// goroutines, each aligning it with its own Aligner. The zero Doc is not
// ready; use Prepare.
//
// A Doc is packed to about half the analysis Align holds for a text:
// 187 bytes per sentence on PAN 2013, 1.93 bytes per byte of text, against
// 365 bytes per sentence (MemSize; the package documentation has the
// figures). A term weighs the same in every sentence of its text, so the
// Doc keeps each distinct term and its weight once and, per sentence,
// varint gaps between indexes into that dictionary; grams are recoded
// densely (gramSymbols) and kept as varint gaps. AlignDocs unpacks both
// Docs into its scratch buffers, a few percent of the cost of a pair
// (BenchmarkUnpack).
//
// The layout of data, per sentence, every number a uvarint unless marked
// as a zig-zag varint (zvarint):
//
//	start − end of the previous sentence (zvarint; 0 before the first)
//	end − start
//	orig − orig of the previous sentence (zvarint)
//	nterms, then nterms gaps between indexes into terms (the first from 0)
//	ngrams, then ngrams entries, each
//	    c − c' + 1, for a gram with dense code c (gramCode), c' the code
//	        of the previous dense gram of the sentence (0 before the first)
//	    0 and then the gram as 4 bytes, little-endian, for a gram that has
//	        no dense code (a byte other than NUL, '_' and a–z: 0.1% of
//	        grams on PAN)
//
// For example, "war" at [10,13), the first sentence, from span 1 (span 0
// being bad), with the one term of the dictionary (the stem "war") and the
// grams "_war" (code 40843) and "war_" (528949) is (TestPackLayout)
//
//	14 03 02  01 00  02 8c bf 02 ab e5 1d
type Doc struct {
	terms   []uint64  // the distinct terms of the text, sorted
	weights []float32 // weights[k] is the weight of terms[k] in the text
	data    []byte
	nsents  int
	nterms  int // term occurrences, over all sentences
	ngrams  int
	st      docStats
	// The chunking options the Doc was cut with (MaxSentenceWords,
	// MaxSentences); AlignDocs needs them equal to its own.
	maxWords, maxSents int
}

// Bytes is about how much memory d holds: what a cache of prepared
// documents counts against its budget.
func (d *Doc) Bytes() int {
	return len(d.terms)*8 + len(d.weights)*4 + len(d.data) + 128
}

// Prepare analyses text, whose sentence spans are sents, for AlignDocs,
// with terms weighted by idf (nil: every term weighs 1). It treats the
// spans as Align does (see there) and cuts sentences by al's
// MaxSentenceWords and MaxSentences, so the Doc aligns with any Aligner
// whose two options are the same. The Doc holds no reference to text,
// sents or idf. Prepare uses al's scratch buffers: like Align, it is not
// safe for concurrent use with other methods of al.
//
// The IDF must be complete before Prepare: adding documents to it later
// does not change the Doc's weights.
func (al *Aligner) Prepare(text string, sents []reprint.Span, idf *IDF) *Doc {
	src := &al.bufA
	al.prepare(text, sents, idf, src)
	return al.pack(src)
}

// analysed is one text's features, unpacked, and what document did with
// its sentence spans: what the alignment reads.
type analysed struct {
	f  docFeatures
	st docStats
}

// prepare analyses text into d, reusing d's buffers.
func (al *Aligner) prepare(text string, sents []reprint.Span, idf *IDF, d *analysed) {
	o := &al.opts
	d.st = al.an.document(text, sents, idf, &d.f, o.MaxSentenceWords, o.MaxSentences)
	// damp leaves the text's term IDs sorted in al.scratch, for pack.
	al.scratch = d.f.damp(al.scratch)
}

// pack returns a new Doc holding src, just prepared; the IDs of src.f,
// sorted, are in al.scratch.
func (al *Aligner) pack(src *analysed) *Doc {
	f := &src.f
	terms := slices.Compact(al.scratch)
	d := &Doc{
		terms:    slices.Clip(slices.Clone(terms)),
		weights:  make([]float32, len(terms)),
		nsents:   len(f.sents),
		nterms:   len(f.ids),
		ngrams:   len(f.grams),
		st:       src.st,
		maxWords: al.opts.MaxSentenceWords,
		maxSents: al.opts.MaxSentences,
	}
	buf := al.packBuf[:0]
	prevEnd, prevOrig := 0, 0
	for k := range f.sents {
		v := &f.sents[k]
		buf = binary.AppendVarint(buf, int64(v.span.Start-prevEnd))
		buf = binary.AppendUvarint(buf, uint64(v.span.End-v.span.Start))
		buf = binary.AppendVarint(buf, int64(int(v.orig)-prevOrig))
		prevEnd, prevOrig = v.span.End, int(v.orig)

		ids, ws := f.termsOf(k)
		buf = binary.AppendUvarint(buf, uint64(len(ids)))
		prev := 0
		for t, id := range ids {
			x, _ := slices.BinarySearch(d.terms, id)
			// A term has one weight in its text (IDF × kind × local
			// weight), so keeping it once loses nothing.
			d.weights[x] = ws[t]
			buf = binary.AppendUvarint(buf, uint64(x-prev))
			prev = x
		}

		grams := f.gramsOf(k)
		buf = binary.AppendUvarint(buf, uint64(len(grams)))
		var pc uint32
		for _, g := range grams {
			c, ok := gramCode(g)
			if !ok {
				buf = append(buf, 0)
				buf = binary.LittleEndian.AppendUint32(buf, g)
				continue
			}
			buf = binary.AppendUvarint(buf, uint64(c-pc)+1)
			pc = c
		}
	}
	al.packBuf = buf
	d.data = slices.Clip(slices.Clone(buf))
	return d
}

// unpack writes the features of d into f, reusing f's buffers: the
// inverse of pack. It is AlignDocs' price for the Docs' compactness, a
// few percent of a PAN pair (BenchmarkUnpack): be careful when changing
// it.
func (d *Doc) unpack(f *docFeatures) {
	sents := slices.Grow(f.sents[:0], d.nsents)[:d.nsents]
	ids := slices.Grow(f.ids[:0], d.nterms)[:d.nterms]
	ws := slices.Grow(f.ws[:0], d.nterms)[:d.nterms]
	grams := slices.Grow(f.grams[:0], d.ngrams)[:d.ngrams]
	data := d.data // written by pack, so well formed
	p, t, g := 0, 0, 0
	var x uint64
	prevEnd, prevOrig := 0, 0
	for k := range sents {
		v := &sents[k]
		x, p = uvarint(data, p)
		v.span.Start = prevEnd + unzigzag(x)
		x, p = uvarint(data, p)
		v.span.End = v.span.Start + int(x)
		x, p = uvarint(data, p)
		v.orig = int32(prevOrig + unzigzag(x))
		prevEnd, prevOrig = v.span.End, int(v.orig)

		x, p = uvarint(data, p)
		v.t0, v.t1 = int32(t), int32(t+int(x))
		v.tw = 0
		i := 0
		for ; t < int(v.t1); t++ {
			x, p = uvarint(data, p)
			i += int(x)
			w := d.weights[i]
			ids[t], ws[t] = d.terms[i], w
			// The same sum, in the same order, as damp's.
			v.tw += w
		}

		x, p = uvarint(data, p)
		v.g0, v.g1 = int32(g), int32(g+int(x))
		var c uint32
		for ; g < int(v.g1); g++ {
			// Gaps take two bytes, or three, more often than one.
			switch b0 := data[p]; {
			case b0 == 0:
				grams[g] = binary.LittleEndian.Uint32(data[p+1 : p+5])
				p += 5
				continue
			case b0 < 0x80:
				x = uint64(b0)
				p++
			case data[p+1] < 0x80:
				x = uint64(b0&0x7f) | uint64(data[p+1])<<7
				p += 2
			case data[p+2] < 0x80:
				x = uint64(b0&0x7f) | uint64(data[p+1]&0x7f)<<7 | uint64(data[p+2])<<14
				p += 3
			default:
				x, p = uvarint(data, p)
			}
			c += uint32(x) - 1
			grams[g] = gramFromCode(c)
		}
	}
	f.sents, f.ids, f.ws, f.grams = sents, ids, ws, grams
}

// uvarint returns the uvarint at data[p:] and the offset after it.
func uvarint(data []byte, p int) (uint64, int) {
	if b := data[p]; b < 0x80 {
		return uint64(b), p + 1
	}
	x, n := binary.Uvarint(data[p:])
	return x, p + n
}

func unzigzag(x uint64) int { return int(int64(x>>1) ^ -int64(x&1)) }

// gramSymbols are the bytes of grams with a dense code, in byte order:
// NUL (the top byte of a gram of a one-letter word, "_a_"), the padding
// '_', and the lower-case ASCII letters. A gram of these packs into a
// base-28 number below 28⁴ = 614,656 < 2²⁰ whose order is the order of the
// grams, so a sentence's sorted grams are sorted codes too, and the gaps
// between neighbouring codes (about 14,000 for the 44 grams of a PAN
// sentence) fit a 2-byte varint more often than not: 2.1 bytes per gram on
// PAN against 4.
const gramSymbols = "\x00_abcdefghijklmnopqrstuvwxyz"

// gramCode returns the dense code of gram g, and whether it has one.
func gramCode(g uint32) (uint32, bool) {
	var c uint32
	for shift := 24; shift >= 0; shift -= 8 {
		var s uint32
		switch b := byte(g >> shift); {
		case b == 0:
			s = 0
		case b == '_':
			s = 1
		case 'a' <= b && b <= 'z':
			s = uint32(b-'a') + 2
		default:
			return 0, false
		}
		c = c*uint32(len(gramSymbols)) + s
	}
	return c, true
}

// gramFromCode returns the gram whose dense code is c.
func gramFromCode(c uint32) uint32 {
	const nn = uint32(len(gramSymbols) * len(gramSymbols))
	hi, lo := c/nn, c%nn
	return uint32(gramHalves[hi%nn])<<16 | uint32(gramHalves[lo])
}

// gramHalves maps the codes of two gram symbols, s₁·28 + s₂, to their two
// bytes: gramFromCode's table, read only. Computing the four bytes with
// divisions and modulo made BenchmarkUnpack about 1.4 times slower.
var gramHalves = func() (t [len(gramSymbols) * len(gramSymbols)]uint16) {
	for i := range t {
		t[i] = uint16(gramSymbols[i/len(gramSymbols)])<<8 | uint16(gramSymbols[i%len(gramSymbols)])
	}
	return t
}()

// AlignDocs finds the rewritten passages the texts of a and b share: the
// same Result, to the bit, as Align on the texts, spans and IDF a and b
// were prepared from. Sentence indexes in the Result refer to those
// spans. AlignDocs only reads a and b; a Doc may be aligned by several
// Aligners at once.
//
// It panics if a or b was prepared with a MaxSentenceWords or
// MaxSentences other than al's: a programmer error, as the Docs would cut
// their texts differently from Align.
func (al *Aligner) AlignDocs(a, b *Doc) Result {
	o := &al.opts
	if a.maxWords != o.MaxSentenceWords || a.maxSents != o.MaxSentences ||
		b.maxWords != o.MaxSentenceWords || b.maxSents != o.MaxSentences {
		panic("rewrite: AlignDocs: Doc prepared with other MaxSentenceWords or MaxSentences")
	}
	a.unpack(&al.bufA.f)
	al.bufA.st = a.st
	b.unpack(&al.bufB.f)
	al.bufB.st = b.st
	return al.alignDocs(&al.bufA, &al.bufB)
}

// Sentences returns the number of sentences (and chunks of over-long
// sentences) of d that take part in alignment: Stats.SentencesA or
// SentencesB of a Result.
func (d *Doc) Sentences() int { return d.nsents }

// docSize is the size of a Doc struct, in bytes, on 64-bit platforms.
const docSize = 3*24 + 3*8 + 24 + 2*8

// MemSize returns the bytes of memory d holds, its Doc struct included
// (less the allocator's rounding of each of its three slices).
func (d *Doc) MemSize() int {
	return docSize + cap(d.terms)*8 + cap(d.weights)*4 + cap(d.data)
}

// Terms returns the distinct terms of d's sentences (and chunks), sorted.
// When d.Whole, they are what Analyzer.Terms gives for the text: an
// archive reads a text's terms and prepares it in one pass. The slice
// belongs to d.
func (d *Doc) Terms() []uint64 { return d.terms }

// Whole reports whether d was prepared from every sentence of its text
// uncut: no sentence was over MaxSentenceWords and none was dropped past
// MaxSentences. A cut sentence loses the entity running over the cut and
// the state of an open quotation, so only a whole Doc has exactly the
// terms of Analyzer.Terms.
func (d *Doc) Whole() bool { return d.st.chunked == 0 && !d.st.truncated }

// ByIDF reports whether which words of d count depended on the IDF it was
// prepared under: in a language without an English stop list, a word in
// FrequentShare of the corpus's documents is a function word and is left
// out, so such a Doc prepared without an IDF keeps words that one
// prepared under an IDF drops, and Reweigh cannot stand in for Prepare.
func (d *Doc) ByIDF() bool { return d.st.byIDF }

// Reweigh returns d with its terms weighted by idf, as Prepare would have
// weighted them given idf: unless d.ByIDF, the Doc's layout does not
// depend on the IDF, only its weights do, so preparing a text once
// without an IDF and reweighing it gives the same Doc as preparing it
// under idf, bit for bit (TestReweigh). The new Doc shares d's terms and
// layout.
func (d *Doc) Reweigh(idf *IDF) *Doc {
	counts := d.termSentences()
	out := *d
	out.weights = make([]float32, len(d.terms))
	for k, t := range d.terms {
		// The same products in the same order as analyze and damp.
		w := idf.Weight(t) * kindWeight[Kind(t)]
		w *= localWeight(int(counts[k]))
		out.weights[k] = w
	}
	return &out
}

// termSentences returns, for each of d's terms, the number of d's
// sentences (and chunks) that hold it: what damp weighs by. It walks the
// packed layout as unpack does, without writing the features out.
func (d *Doc) termSentences() []int32 {
	counts := make([]int32, len(d.terms))
	data := d.data
	p := 0
	var x uint64
	for range d.nsents {
		_, p = uvarint(data, p) // start, from the previous end
		_, p = uvarint(data, p) // length
		_, p = uvarint(data, p) // origin
		x, p = uvarint(data, p)
		i := 0
		for range int(x) {
			var dx uint64
			dx, p = uvarint(data, p)
			i += int(dx)
			counts[i]++
		}
		x, p = uvarint(data, p)
		for range int(x) {
			if data[p] == 0 {
				p += 5
				continue
			}
			_, p = uvarint(data, p)
		}
	}
	return counts
}
