package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

func TestUnwrap(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{{
		name: "newspaper column, paragraphs run together",
		in: "One of the most appalling disasters that has\n" +
			"ever befallen navigation on the lower Ohio\n" +
			"occurred yesterday morning at Shawnee Bend,\n" +
			"when the boilers of the packet exploded.\n" +
			"The Kate Alderson left her wharf at the foot\n" +
			"of Main street at half-past five o'clock,\n" +
			"bound for Kettleport and way landings.",
		want: "One of the most appalling disasters that has ever befallen navigation on the lower Ohio occurred yesterday morning at Shawnee Bend, when the boilers of the packet exploded.\n" +
			"The Kate Alderson left her wharf at the foot of Main street at half-past five o'clock, bound for Kettleport and way landings.",
	}, {
		name: "a broken word loses its hyphen, a compound keeps it",
		in: "it is feared that the list of the dead will be considera-\n" +
			"bly increased when the wreck at the wood-yard has been\n" +
			"searched, and the keeper of the wood-\n" +
			"yard says that the boat was lost in a moment of time.",
		want: "it is feared that the list of the dead will be considerably increased when the wreck at the wood-yard has been searched, and the keeper of the wood-yard says that the boat was lost in a moment of time.",
	}, {
		name: "a quotation across lines",
		in: "The second engineer declares: \"The boilers\n" +
			"were sound, every one of them, and I will\n" +
			"stand by that as long as I live.\" The boat\n" +
			"was worth $28,000, with $16,000 insurance.",
		want: "The second engineer declares: \"The boilers were sound, every one of them, and I will stand by that as long as I live.\" The boat was worth $28,000, with $16,000 insurance.",
	}, {
		name: "e-mail at 72 columns, paragraphs apart, a list kept",
		in: "Dear members, the council has confirmed that the library will close for\n" +
			"three weeks from Monday while the roof is repaired, and that the mobile\n" +
			"library will visit the square on Tuesdays and Fridays.\n" +
			"\n" +
			"What changes:\n" +
			"- the book drop stays open\n" +
			"- computers move to the town hall\n",
		want: "Dear members, the council has confirmed that the library will close for three weeks from Monday while the roof is repaired, and that the mobile library will visit the square on Tuesdays and Fridays.\n" +
			"\n" +
			"What changes:\n" +
			"- the book drop stays open\n" +
			"- computers move to the town hall\n",
	}, {
		name: "a list of headlines is not a column",
		in: "Council approves new budget for the coming year\n" +
			"Police appeal after crash on the A38 near Exeter\n" +
			"Ten things to do this weekend in and around Bristol\n" +
			"Hospital car parking charges to rise in spring\n",
	}, {
		name: "a contact block is not a column",
		in: "Rachel Dunmore, Communications Manager\n" +
			"Kestrel Flow Systems Ltd\n" +
			"press@kestrelflow.example\n" +
			"01632 960418\n",
	}, {
		name: "one paragraph a line",
		in: "The council met on Tuesday to discuss the new budget for next year, which raises council tax by three per cent.\n" +
			"Councillors voted by 23 to 12 in favour, after a debate that lasted more than four hours.\n" +
			"the leader said the rise was needed to protect services for older and disabled residents.\n",
	}, {
		name: "indented paragraph starts are kept",
		in: "It is feared that the list of the dead will be greatly\n" +
			"increased when the wreck of the boat has been searched.\n" +
			"  The Kate Alderson left her wharf at the foot of Main\n" +
			"street at half-past five o'clock yesterday morning.",
		want: "It is feared that the list of the dead will be greatly increased when the wreck of the boat has been searched.\n" +
			"  The Kate Alderson left her wharf at the foot of Main street at half-past five o'clock yesterday morning.",
	}, {
		name: "a script without letter case is left as it is",
		in: "وزیر اعلیٰ نے کہا کہ سیلاب سے متاثرہ علاقوں میں امدادی\n" +
			"کارروائیاں تیز کر دی گئی ہیں اور متاثرین کو ہر ممکن\n" +
			"مدد فراہم کی جائے گی جبکہ نقصانات کا تخمینہ لگایا جا\n" +
			"رہا ہے۔",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, m, ok := unwrap(tt.in)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got != want {
				t.Errorf("unwrap:\n got %q\nwant %q", got, want)
			}
			if ok != (tt.want != "") {
				t.Errorf("ok = %v", ok)
			}
			checkUnwrapMap(t, tt.in, got, m)
		})
	}
}

// checkUnwrapMap checks that every byte unwrap kept maps to the same byte
// of the input, and every joining space to a line break.
func checkUnwrapMap(t *testing.T, in, out string, m reprint.OffsetMap) {
	t.Helper()
	for i := 0; i < len(out); i++ {
		sp := m.SourceSpan(reprint.Span{Start: i, End: i + 1})
		src := in[sp.Start:sp.End]
		switch {
		case src == out[i:i+1]:
		case out[i] == ' ' && strings.TrimLeft(src, " \t") == "\n":
		default:
			t.Fatalf("byte %d %q maps to %q (%v)", i, out[i:i+1], src, sp)
		}
	}
}

func TestDocumentUnwrapsToRaw(t *testing.T) {
	raw := "\ufeffA FEARFUL EXPLOSION.\r\n\r\n" +
		"One of the most appalling disasters that has\r\n" +
		"ever befallen navigation on the lower Ohio\r\n" +
		"occurred yesterday morning, and it is considera-\r\n" +
		"bly worse than first feared by the town.\r\n"
	var s Scanner
	it := s.document(kindText, "x.txt", "x", reprint.FormatText, []byte(raw), "")
	if it.a == nil {
		t.Fatalf("rejected: %+v", it.r)
	}
	a := it.a
	for _, word := range []string{"has ever", "considerably"} {
		i := strings.Index(a.Body, word)
		if i < 0 {
			t.Fatalf("body %q lacks %q", a.Body, word)
		}
		sp := a.BodyMap.SourceSpan(reprint.Span{Start: i, End: i + len(word)})
		got := string(a.Raw[sp.Start:sp.End])
		if strings.NewReplacer("\r\n", "", "-", "", " ", "").Replace(got) != strings.ReplaceAll(word, " ", "") {
			t.Errorf("%q maps to raw %q", word, got)
		}
	}
}

func FuzzUnwrap(f *testing.F) {
	f.Add("a line that is long enough to be part of a column\nof text that goes on and on-\nward to the end of the\nparagraph here.")
	f.Add("x\n\ny\nz")
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			return
		}
		out, m, ok := unwrap(in)
		if !ok {
			if out != in {
				t.Fatalf("not ok but changed")
			}
			return
		}
		if len(out) > len(in) {
			t.Fatalf("unwrap grew the text: %d > %d", len(out), len(in))
		}
		checkUnwrapMap(t, in, out, m)
	})
}
