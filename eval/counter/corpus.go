package counter

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Class is a COUNTER label: how much of the newspaper story derives from
// the agency story.
type Class int

const (
	ND Class = iota // non-derived: the same event, written independently
	PD              // partially derived
	WD              // wholly derived
)

var classNames = [...]string{"ND", "PD", "WD"}

// Classes lists the classes in table order.
func Classes() []Class { return []Class{WD, PD, ND} }

func (c Class) String() string {
	if c >= 0 && int(c) < len(classNames) {
		return classNames[c]
	}
	return fmt.Sprintf("Class(%d)", int(c))
}

// MarshalText implements encoding.TextMarshaler.
func (c Class) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// ParseClass returns the class named s (WD, PD or ND).
func ParseClass(s string) (Class, error) {
	for i, n := range classNames {
		if n == s {
			return Class(i), nil
		}
	}
	return 0, fmt.Errorf("counter: unknown classification %q", s)
}

// Derived reports whether c is WD or PD.
func (c Class) Derived() bool { return c != ND }

// Pair is one agency story and the newspaper story labelled against it.
type Pair struct {
	ID      string // the number shared by the two files, "0001"
	Label   Class
	Domain  string // sports, national, foreign, business, showbiz
	Source  string // the agency story: headline, blank line, body
	Derived string // the newspaper story
	// SourceMeta and DerivedMeta are each story's outlet (the newspaper
	// attribute: "APP" for the agency, "daily_waqt") and date (YYYY-MM-DD
	// from newsdate, "" when it does not parse).
	SourceMeta, DerivedMeta Meta
}

// Meta is what a COUNTER file says of its story beside the text.
type Meta struct {
	Outlet string
	Date   string
}

// Corpus is the pairs of one COUNTER folder, in file order.
type Corpus struct {
	Dir   string
	Pairs []Pair
}

type document struct {
	Classification string `xml:"classification,attr"`
	Domain         string `xml:"domain,attr"`
	Newspaper      string `xml:"newspaper,attr"`
	NewsDate       string `xml:"newsdate,attr"`
	Headline       string `xml:"headline"`
	Body           string `xml:"body"`
}

// Open reads the pairs of the COUNTER folder dir: every NNNN.xml with its
// NNNNp.xml. A newspaper file without its agency file, or a label that is
// not WD, PD or ND, is an error.
func Open(ctx context.Context, dir string) (*Corpus, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*p.xml"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("counter: no NNNNp.xml files in %s", dir)
	}
	slices.Sort(names)
	c := &Corpus{Dir: dir}
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		id := strings.TrimSuffix(filepath.Base(name), "p.xml")
		derived, err := readDocument(name)
		if err != nil {
			return nil, err
		}
		source, err := readDocument(filepath.Join(dir, id+".xml"))
		if err != nil {
			return nil, err
		}
		label, err := ParseClass(strings.TrimSpace(derived.Classification))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		c.Pairs = append(c.Pairs, Pair{ID: id, Label: label, Domain: derived.Domain,
			Source: source.text(), Derived: derived.text(),
			SourceMeta: source.meta(), DerivedMeta: derived.meta()})
	}
	return c, nil
}

func readDocument(path string) (*document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("counter: %w", err)
	}
	var d document
	dec := xml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("counter: reading %s: %w", path, err)
	}
	return &d, nil
}

// text is the article as a plain-text file would hold it: the headline
// as its first line, a blank line, then the body.
func (d *document) text() string {
	h, b := strings.TrimSpace(d.Headline), strings.TrimSpace(d.Body)
	if h == "" {
		return b + "\n"
	}
	return h + "\n\n" + b + "\n"
}

// meta returns the outlet and the date of d; newsdate is DD.MM.YY.
func (d *document) meta() Meta {
	m := Meta{Outlet: strings.TrimSpace(d.Newspaper)}
	if t, err := time.Parse("02.01.06", strings.TrimSpace(d.NewsDate)); err == nil {
		m.Date = t.Format(time.DateOnly)
	}
	return m
}
