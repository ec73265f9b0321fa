package pan

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestWriteDetections(t *testing.T) {
	var buf bytes.Buffer
	err := WriteDetections(&buf, "suspicious-document00005.txt", "source-document01090.txt",
		[]Passage{{3593, 698, 1300, 698}, {0, 1, 2, 0}})
	if err != nil {
		t.Fatal(err)
	}
	want := `<document reference="suspicious-document00005.txt">
<feature name="detected-plagiarism" this_offset="3593" this_length="698" source_reference="source-document01090.txt" source_offset="1300" source_length="698"/>
<feature name="detected-plagiarism" this_offset="0" this_length="1" source_reference="source-document01090.txt" source_offset="2" source_length="0"/>
</document>
`
	if got := buf.String(); got != want {
		t.Errorf("WriteDetections wrote\n%s\nwant\n%s", got, want)
	}

	buf.Reset()
	if err := WriteDetections(&buf, "s.txt", "r.txt", []Passage{{1, -1, 0, 0}}); err == nil || buf.Len() != 0 {
		t.Errorf("WriteDetections(negative length) = %v, wrote %d bytes; want error, nothing written", err, buf.Len())
	}
}

func TestFileName(t *testing.T) {
	got := FileName("suspicious-document00005.txt", "source-document01090.txt")
	if want := "suspicious-document00005-source-document01090.xml"; got != want {
		t.Errorf("FileName = %q; want %q", got, want)
	}
}

func TestReadXMLTruth(t *testing.T) {
	// The shape of a summary-folder truth file: extra features without
	// offsets, double spaces, tabs.
	const in = `<document  reference="suspicious-document00008.txt">
	<feature  name="about" authors="DUC2001, DUC2006" title="news" language="en" />
	<feature  name="md5" value="d01ba6b61168d3fe1a11481772f3b1f8" language="en" />
	<feature  name="plagiarism" type="artificial" obfuscation="summary" this_language="en" this_offset="3822" this_length="593" source_reference="source-document00305.txt" source_language="en" source_offset="0" source_length="5861" />
	<feature name="detected-plagiarism" this_offset="1" this_length="2" source_reference="source-document00305.txt" source_offset="3" source_length="4"/>
</document>`
	doc, err := ReadXML(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Reference != "suspicious-document00008.txt" || len(doc.Features) != 4 {
		t.Fatalf("ReadXML = %q with %d features; want suspicious-document00008.txt with 4", doc.Reference, len(doc.Features))
	}
	cases, err := doc.Annotations(TagCase)
	if err != nil {
		t.Fatal(err)
	}
	want := []Case{{ThisOffset: 3822, ThisLength: 593, SourceOffset: 0, SourceLength: 5861,
		Obfuscation: "summary", Type: "artificial", SourceReference: "source-document00305.txt"}}
	if !reflect.DeepEqual(cases, want) {
		t.Errorf("Annotations(%q) = %+v; want %+v", TagCase, cases, want)
	}
	dets, err := doc.Annotations(TagDetection)
	if err != nil {
		t.Fatal(err)
	}
	if len(dets) != 1 || dets[0].Passage() != (Passage{1, 2, 3, 4}) {
		t.Errorf("Annotations(%q) = %+v; want one {1 2 3 4}", TagDetection, dets)
	}
}

func TestReadXMLErrors(t *testing.T) {
	tests := []struct{ name, in string }{
		{"not xml", "hello"},
		{"wrong root", `<doc reference="a"/>`},
		{"bad number", `<document reference="a"><feature name="plagiarism" this_offset="x" this_length="1" source_reference="b" source_offset="0" source_length="1"/></document>`},
		{"negative", `<document reference="a"><feature name="plagiarism" this_offset="-1" this_length="1" source_reference="b" source_offset="0" source_length="1"/></document>`},
		{"no source", `<document reference="a"><feature name="plagiarism" this_offset="1" this_length="1"/></document>`},
		{"no source_reference", `<document reference="a"><feature name="plagiarism" this_offset="1" this_length="1" source_offset="0" source_length="1"/></document>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ReadXML(strings.NewReader(tt.in))
			if err == nil {
				_, err = doc.Annotations(TagCase)
			}
			if err == nil {
				t.Errorf("ReadXML(%q).Annotations = nil error; want an error", tt.in)
			}
		})
	}
	// A feature without this_offset/this_length is skipped, as the script
	// skips it.
	doc, err := ReadXML(strings.NewReader(`<document reference="a"><feature name="plagiarism" source_offset="0"/></document>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := doc.Annotations(TagCase); err != nil || len(got) != 0 {
		t.Errorf("Annotations of a feature without this_* = %v, %v; want none, nil", got, err)
	}
}

func TestDetectionsRoundTrip(t *testing.T) {
	dets := []Passage{{0, 0, 0, 0}, {5, 10, 7, 3}, {1 << 40, 1, 2, 1 << 30}}
	var buf bytes.Buffer
	if err := WriteDetections(&buf, `odd "name" <&>.txt`, "src ü.txt", dets); err != nil {
		t.Fatal(err)
	}
	susp, src, got := readDetections(t, buf.Bytes())
	if susp != `odd "name" <&>.txt` || src != "src ü.txt" || !reflect.DeepEqual(got, dets) {
		t.Errorf("round trip = %q %q %v; want %q %q %v", susp, src, got, `odd "name" <&>.txt`, "src ü.txt", dets)
	}
}

func readDetections(t testing.TB, b []byte) (susp, src string, dets []Passage) {
	t.Helper()
	doc, err := ReadXML(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("ReadXML(%q): %v", b, err)
	}
	cs, err := doc.Annotations(TagDetection)
	if err != nil {
		t.Fatalf("Annotations(%q): %v", b, err)
	}
	for _, c := range cs {
		src = c.SourceReference
		dets = append(dets, c.Passage())
	}
	return doc.Reference, src, dets
}

// FuzzReadXML checks that ReadXML never panics, and that whatever
// detections it reads survive WriteDetections and ReadXML unchanged.
func FuzzReadXML(f *testing.F) {
	f.Add([]byte(`<document reference="suspicious-document00005.txt">
<feature name="detected-plagiarism" this_offset="3593" this_length="698" source_reference="source-document01090.txt" source_offset="1300" source_length="698"/>
</document>`))
	f.Add([]byte(`<document  reference="suspicious-document00001.txt">
	<feature  name="about" authors="DUC2006" title="news" language="en" />
</document>`))
	f.Add([]byte(`<document reference="a"></document>`))
	f.Add([]byte(`<document reference="a"><feature name="detected-plagiarism" this_offset=" 7" this_length="+1" source_reference="b" source_offset="0" source_length="0"/></document>`))
	f.Fuzz(func(t *testing.T, in []byte) {
		doc, err := ReadXML(bytes.NewReader(in))
		if err != nil {
			return
		}
		cs, err := doc.Annotations(TagDetection)
		if err != nil || len(cs) == 0 {
			return
		}
		// One file holds one pair; keep the detections of the first source.
		src := cs[0].SourceReference
		var dets []Passage
		for _, c := range cs {
			if c.SourceReference == src {
				dets = append(dets, c.Passage())
			}
		}
		var buf bytes.Buffer
		if err := WriteDetections(&buf, doc.Reference, src, dets); err != nil {
			t.Fatalf("WriteDetections of read detections: %v", err)
		}
		gotSusp, gotSrc, got := readDetections(t, buf.Bytes())
		if gotSusp != doc.Reference || gotSrc != src || !reflect.DeepEqual(got, dets) {
			t.Fatalf("round trip of %q = %q %q %v; want %q %q %v", in, gotSusp, gotSrc, got, doc.Reference, src, dets)
		}
	})
}
