package clough

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/reprint/reprint/ingest"
)

// Layout of the corpus directory, as distributed (corpus-20090418) with the
// spreadsheet converted to CSV (see the corpus README.txt).
const (
	// LabelFile is the CSV of labels: File,Group,Person,Task,Category,...
	LabelFile = "file_list.csv"
	// TextDir holds the 100 original texts: 95 answers and 5 sources.
	TextDir = "corpus-20090418"
)

// Tasks are the five questions, in order. Task t's source is
// orig_task<t>.txt.
var tasks = [...]string{"a", "b", "c", "d", "e"}

// Tasks returns the five task letters, "a" to "e".
func Tasks() []string { return slices.Clone(tasks[:]) }

// SourceFile returns the file name of task's Wikipedia source text.
func SourceFile(task string) string { return "orig_task" + task + ".txt" }

// Category is how an answer was written, ordered by how much of the source
// it reuses: Non < Heavy < Light < Cut. The order is what the ordinal
// classifier (ThresholdModel) relies on.
type Category uint8

const (
	Non   Category = iota + 1 // written without the source, from the participant's own knowledge
	Heavy                     // heavy revision: rephrased, restructured, same content
	Light                     // light revision: copied, with words substituted and sentences joined
	Cut                       // cut and paste: copied, possibly from several parts
)

// Categories lists the four categories in ordinal order, Non first.
var categories = [...]Category{Non, Heavy, Light, Cut}

// Categories returns the four categories in ordinal order, Non first.
func Categories() []Category { return slices.Clone(categories[:]) }

var categoryNames = [...]string{"", "non", "heavy", "light", "cut"}

func (c Category) String() string {
	if c > 0 && int(c) < len(categoryNames) {
		return categoryNames[c]
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (c Category) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Category) UnmarshalText(b []byte) error {
	v, err := ParseCategory(string(b))
	*c = v
	return err
}

// ParseCategory returns the category named s, as file_list.csv writes it
// ("cut", "light", "heavy", "non"), ignoring case and surrounding space.
func ParseCategory(s string) (Category, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	for c := Non; c <= Cut; c++ {
		if categoryNames[c] == s {
			return c, nil
		}
	}
	return 0, fmt.Errorf("%w: category %q", ErrFormat, s)
}

// Reused reports whether c is one of the three plagiarised categories, the
// positive class of the 2-class task (cut, light or heavy against non).
func (c Category) Reused() bool { return c == Cut || c == Light || c == Heavy }

// Answer is one of the 95 short answers with its label.
type Answer struct {
	File     string   `json:"file"` // e.g. "g0pA_taskb.txt"
	Task     string   `json:"task"` // "a" … "e"
	Category Category `json:"category"`
	Group    string   `json:"group"`  // participant group, "0" … "4"
	Person   string   `json:"person"` // participant within the group, "A" … "E"
	// Encoding is what package ingest detected: "utf-8" or "windows-1252".
	Encoding string `json:"encoding"`
	// Text is the answer as ingest decoded it (UTF-8, '\n' line ends),
	// after repairing C1 control characters (see repairC1).
	Text string `json:"-"`
}

// Corpus is the Corpus of Plagiarised Short Answers: 95 answers and the 5
// Wikipedia sources they answer from.
type Corpus struct {
	// Answers in the order of file_list.csv (sorted by file name).
	Answers []Answer
	// Sources maps a task letter to its source text, decoded like Text.
	Sources map[string]string
	// Notes record what reading found odd but could read: repaired
	// characters, files on disk that no label names.
	Notes []string
}

// Errors returned by Open, wrapped with details.
var (
	// ErrFormat: file_list.csv does not have the expected header or values.
	ErrFormat = errors.New("clough: bad label file")
	// ErrMissing: a labelled answer or a source text is not in TextDir, or
	// ingest rejected it.
	ErrMissing = errors.New("clough: text missing or unreadable")
)

// Open reads the corpus in dir: the labels from dir/file_list.csv and the
// texts from dir/corpus-20090418 through package ingest, which detects each
// file's encoding (ASCII, UTF-8 or Windows-1252), folds CRLF to LF and
// joins the lines of hard-wrapped paragraphs (some answers are wrapped at
// 70 columns).
// Every labelled answer and all five sources must read; a text ingest
// rejects is an error wrapping ErrMissing, not a silent gap. The only other
// change to the texts is repairC1. Texts are not run through package
// clean: answers have no page chrome, and the cleaner removes nothing from
// them (TestCleanerRemovesNothing), so running it would only risk loss.
func Open(ctx context.Context, dir string) (*Corpus, error) {
	labels, err := readLabels(filepath.Join(dir, LabelFile))
	if err != nil {
		return nil, err
	}
	texts, enc, notes, err := readTexts(ctx, filepath.Join(dir, TextDir))
	if err != nil {
		return nil, err
	}
	c := &Corpus{Sources: make(map[string]string, len(tasks)), Notes: notes}
	used := make(map[string]bool)
	for _, t := range tasks {
		name := SourceFile(t)
		s, ok := texts[name]
		if !ok {
			return nil, fmt.Errorf("%w: source %s", ErrMissing, name)
		}
		c.Sources[t] = s
		used[name] = true
	}
	for _, a := range labels {
		s, ok := texts[a.File]
		if !ok {
			return nil, fmt.Errorf("%w: answer %s", ErrMissing, a.File)
		}
		a.Text, a.Encoding = s, enc[a.File]
		used[a.File] = true
		c.Answers = append(c.Answers, a)
	}
	var extra []string
	for name := range texts {
		if !used[name] {
			extra = append(extra, name)
		}
	}
	slices.Sort(extra)
	for _, name := range extra {
		c.Notes = append(c.Notes, fmt.Sprintf("%s: on disk but not labelled; ignored", name))
	}
	return c, nil
}

// wantHeader is the start of file_list.csv's header; later columns
// (Native English, Knowledge, Difficulty) are not used.
var wantHeader = []string{"File", "Group", "Person", "Task", "Category"}

// readLabels parses file_list.csv. Each row must name a file
// g<Group>p<Person>_task<Task>.txt consistent with its other columns, a
// task a–e and a known category; a file may appear once.
func readLabels(path string) ([]Answer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%w: reading header: %w", ErrFormat, err)
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\uFEFF")
	}
	if len(header) < len(wantHeader) || !slices.Equal(header[:len(wantHeader)], wantHeader) {
		return nil, fmt.Errorf("%w: header %q, want it to start %q", ErrFormat, header, wantHeader)
	}
	var out []Answer
	seen := make(map[string]bool)
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFormat, err)
		}
		if len(rec) < len(wantHeader) {
			return nil, fmt.Errorf("%w: line %d has %d fields", ErrFormat, line, len(rec))
		}
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		a := Answer{File: rec[0], Group: rec[1], Person: rec[2], Task: strings.ToLower(rec[3])}
		if a.Category, err = ParseCategory(rec[4]); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if !slices.Contains(tasks[:], a.Task) {
			return nil, fmt.Errorf("%w: line %d: task %q", ErrFormat, line, rec[3])
		}
		if want := "g" + a.Group + "p" + a.Person + "_task" + a.Task + ".txt"; a.File != want {
			return nil, fmt.Errorf("%w: line %d: file %q does not match its columns (%q)", ErrFormat, line, a.File, want)
		}
		if seen[a.File] {
			return nil, fmt.Errorf("%w: line %d: %s listed twice", ErrFormat, line, a.File)
		}
		seen[a.File] = true
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no answers", ErrFormat)
	}
	return out, nil
}

// readTexts reads every file of dir with package ingest and returns the
// texts by file name with their encodings. A rejected file is an error.
func readTexts(ctx context.Context, dir string) (texts, enc map[string]string, notes []string, err error) {
	texts, enc = make(map[string]string), make(map[string]string)
	sc := ingest.Open(ctx, ingest.Options{}, dir)
	defer sc.Close()
	for sc.Next() {
		a := sc.Article()
		if a == nil {
			r := sc.Rejected()
			return nil, nil, nil, fmt.Errorf("%w: %s: %s %s", ErrMissing, r.Input, r.Reason, r.Detail)
		}
		text, n := repairC1(a.Body)
		if n > 0 {
			notes = append(notes, fmt.Sprintf("%s: %d C1 control characters read as Windows-1252 punctuation", a.ID, n))
		}
		texts[a.ID], enc[a.ID] = text, a.Meta.Encoding
	}
	if err := sc.Err(); err != nil {
		return nil, nil, nil, err
	}
	if sc.Stats().Articles == 0 {
		return nil, nil, nil, fmt.Errorf("%w: no texts in %s", ErrMissing, dir)
	}
	return texts, enc, notes, nil
}

// repairC1 replaces the C1 control characters U+0080–U+009F by the
// Windows-1252 characters their byte values stand for (U+0092 → ’), and
// returns the count replaced. They arise when Windows-1252 text was once
// decoded as ISO 8859-1 and saved as UTF-8: g2pA_taske.txt holds
// U+0091/U+0092 where it means ‘ and ’. No text uses C1 controls as
// controls. The five byte values Windows-1252 leaves undefined stay as
// they are.
func repairC1(s string) (string, int) {
	n := 0
	for _, r := range s {
		if r >= 0x80 && r <= 0x9F && cp1252C1[r-0x80] != 0 {
			n++
		}
	}
	if n == 0 {
		return s, 0
	}
	var b strings.Builder
	b.Grow(len(s) + n)
	for _, r := range s {
		if r >= 0x80 && r <= 0x9F && cp1252C1[r-0x80] != 0 {
			r = cp1252C1[r-0x80]
		}
		b.WriteRune(r)
	}
	return b.String(), n
}

// cp1252C1 maps bytes 0x80–0x9F of Windows-1252 to Unicode; 0 marks the
// five undefined bytes.
var cp1252C1 = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}
