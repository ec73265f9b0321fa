package pan

// PAN annotation files.
//
// One XML file per (suspicious, source) pair, the same format for ground
// truth and detections; only the feature name differs:
//
//	<document reference="suspicious-document00005.txt">
//	<feature name="plagiarism" obfuscation="none" type="artificial"
//	         this_offset="3593" this_length="698"
//	         source_reference="source-document01090.txt"
//	         source_offset="1300" source_length="698" />
//	</document>
//
// reference names the suspicious document; this_* is a range of it and
// source_* a range of the source document named by source_reference.
// Offsets and lengths count Unicode code points of the UTF-8-decoded text.
// A document with no reuse is an empty <document>. Ground-truth files of the
// summary folder also carry features without offsets (name="about",
// name="md5"); the official script ignores any feature that lacks
// this_offset or this_length, and so does [Document.Annotations].
//
// The official script ignores file names: it reads every *.xml in the
// directory it is given and one level below, and keys annotations by the
// reference attributes. By convention a detection file is named like the
// truth file, see [FileName].

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Feature names of the PAN text-alignment files.
const (
	TagCase      = "plagiarism"          // a ground-truth case
	TagDetection = "detected-plagiarism" // a detection
)

// Passage is an annotated reuse in PAN units: the code-point range
// [ThisOffset, ThisOffset+ThisLength) of the suspicious document and
// [SourceOffset, SourceOffset+SourceLength) of the source document.
type Passage struct {
	ThisOffset   int `json:"this_offset"`
	ThisLength   int `json:"this_length"`
	SourceOffset int `json:"source_offset"`
	SourceLength int `json:"source_length"`
}

func (p Passage) valid() bool {
	return p.ThisOffset >= 0 && p.ThisLength >= 0 && p.SourceOffset >= 0 && p.SourceLength >= 0
}

// Case is one annotation read from a PAN XML file, usually a ground-truth
// case (feature name "plagiarism"). Offsets and lengths count code points.
// Obfuscation and Type are the attributes as written: the translation
// folder's cases have no obfuscation attribute, only
// type="translation-chain". A detection read back from a file is a Case
// with empty Obfuscation and Type.
type Case struct {
	ThisOffset, ThisLength     int
	SourceOffset, SourceLength int
	Obfuscation                string
	Type                       string
	SourceReference            string // file name of the source document
}

// Passage returns the ranges of c.
func (c Case) Passage() Passage {
	return Passage{c.ThisOffset, c.ThisLength, c.SourceOffset, c.SourceLength}
}

// Document is a parsed PAN XML file.
type Document struct {
	Reference string // file name of the suspicious document
	Features  []Feature
}

// Feature is one <feature> element, its attributes as written.
type Feature struct {
	Name string
	Attr map[string]string
}

// ErrNotDocument is returned by ReadXML when the root element is not
// <document>.
var ErrNotDocument = errors.New("pan: root element is not <document>")

// ReadXML parses a PAN XML file. Elements other than <feature> children of
// the root are ignored, as the official script ignores them.
func ReadXML(r io.Reader) (*Document, error) {
	var raw struct {
		XMLName  xml.Name
		Attrs    []xml.Attr `xml:",any,attr"`
		Features []struct {
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"feature"`
	}
	if err := xml.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("pan: parsing xml: %w", err)
	}
	if raw.XMLName.Local != "document" {
		return nil, ErrNotDocument
	}
	d := &Document{}
	for _, a := range raw.Attrs {
		if a.Name.Local == "reference" && a.Name.Space == "" {
			d.Reference = a.Value
		}
	}
	for _, f := range raw.Features {
		ft := Feature{Attr: make(map[string]string, len(f.Attrs))}
		for _, a := range f.Attrs {
			if a.Name.Space != "" {
				continue
			}
			ft.Attr[a.Name.Local] = a.Value
		}
		ft.Name = ft.Attr["name"]
		d.Features = append(d.Features, ft)
	}
	return d, nil
}

// Annotations returns the features named name (TagCase or TagDetection)
// that carry this_offset and this_length; others are skipped, as the
// official script skips them. It returns an error for a number that does
// not parse or is negative, and for an annotation without the three
// source_* attributes (the script would treat it as an intrinsic
// detection, which text alignment does not use).
func (d *Document) Annotations(name string) ([]Case, error) {
	var out []Case
	for i, f := range d.Features {
		if f.Name != name {
			continue
		}
		_, hasOff := f.Attr["this_offset"]
		_, hasLen := f.Attr["this_length"]
		if !hasOff || !hasLen {
			continue
		}
		c := Case{
			Obfuscation:     f.Attr["obfuscation"],
			Type:            f.Attr["type"],
			SourceReference: f.Attr["source_reference"],
		}
		var err error
		for _, n := range []struct {
			attr string
			dst  *int
		}{
			{"this_offset", &c.ThisOffset}, {"this_length", &c.ThisLength},
			{"source_offset", &c.SourceOffset}, {"source_length", &c.SourceLength},
		} {
			v, ok := f.Attr[n.attr]
			if !ok {
				return nil, fmt.Errorf("pan: feature %d (%s) has no %s", i, name, n.attr)
			}
			if *n.dst, err = strconv.Atoi(strings.TrimSpace(v)); err != nil {
				return nil, fmt.Errorf("pan: feature %d (%s): %s: %w", i, name, n.attr, err)
			}
			if *n.dst < 0 {
				return nil, fmt.Errorf("pan: feature %d (%s): negative %s %d", i, name, n.attr, *n.dst)
			}
		}
		if _, ok := f.Attr["source_reference"]; !ok {
			return nil, fmt.Errorf("pan: feature %d (%s) has no source_reference", i, name)
		}
		out = append(out, c)
	}
	return out, nil
}

// FileName returns the conventional name of the annotation file of a pair,
// "suspicious-document00005-source-document01090.xml" for the documents
// "suspicious-document00005.txt" and "source-document01090.txt".
func FileName(suspName, srcName string) string {
	return strings.TrimSuffix(suspName, ".txt") + "-" + strings.TrimSuffix(srcName, ".txt") + ".xml"
}

// WriteDetections writes the detection file of one pair: a <document>
// naming suspName with one "detected-plagiarism" feature per passage, whose
// source_reference is srcName. dets are in code points. It returns an error
// for a negative offset or length, before writing anything.
func WriteDetections(w io.Writer, suspName, srcName string, dets []Passage) error {
	for i, d := range dets {
		if !d.valid() {
			return fmt.Errorf("pan: detection %d has a negative offset or length: %+v", i, d)
		}
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(`<document reference="`)
	xml.EscapeText(bw, []byte(suspName))
	bw.WriteString("\">\n")
	for _, d := range dets {
		fmt.Fprintf(bw, `<feature name="%s" this_offset="%d" this_length="%d" source_reference="`,
			TagDetection, d.ThisOffset, d.ThisLength)
		xml.EscapeText(bw, []byte(srcName))
		fmt.Fprintf(bw, `" source_offset="%d" source_length="%d"/>`+"\n", d.SourceOffset, d.SourceLength)
	}
	bw.WriteString("</document>\n")
	return bw.Flush()
}
