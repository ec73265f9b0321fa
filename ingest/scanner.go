package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/reprint/reprint"
)

// Stats counts what a Scanner has read so far.
//
// An item is a candidate article: a text or HTML file, a JSONL line that
// is not blank, a WARC response record with an HTML payload, a WARC
// record that failed to parse, or a path that could not be read. Every
// item is either an Article or a Rejected, so Read == Articles + Rejected.
// WARC records that are not HTML responses (warcinfo, request, metadata,
// revisit, responses with other content types or a non-2xx status) are not
// items: they are counted in NonArticle. A WARC or JSONL file that gives
// no item at all is one rejected item itself (SkipNoArticle, with its
// skipped records by reason, or SkipEmpty), so that every file given
// appears in Read. Hidden files and directories met in a walk are counted
// in Hidden and not read.
type Stats struct {
	Read       int   `json:"read"`
	Articles   int   `json:"articles"`
	Rejected   int   `json:"rejected"`
	NonArticle int   `json:"non_article"` // WARC records skipped as not articles
	Hidden     int   `json:"hidden"`      // dot-files and dot-directories skipped in walks
	Bytes      int64 `json:"bytes"`       // bytes read from files, before decompression
}

// A Scanner reads articles from files, directories, WARC and JSONL files,
// one item at a time, in the shape of bufio.Scanner:
//
//	sc := ingest.Open(ctx, ingest.Options{}, paths...)
//	defer sc.Close()
//	for sc.Next() {
//		if a := sc.Article(); a != nil {
//			// use a
//		} else {
//			log(sc.Rejected())
//		}
//	}
//	if err := sc.Err(); err != nil { … } // ctx was cancelled
//
// Every Article and Rejected is newly allocated and owned by the caller;
// nothing is reused by later calls to Next. A Scanner is not safe for
// concurrent use.
type Scanner struct {
	ctx  context.Context
	opts Options

	args  []string   // arguments not yet started
	stack []dirFrame // directories being walked, innermost last
	src   source     // open WARC or JSONL file, or nil
	srcIn string     // the file of src, as in Rejected.Input
	srcN  int        // items src gave

	cur   item
	ids   map[string]string // article ID → raw Input of the article that has it
	raw   string            // the file being read, as opened (not escaped)
	esc   string            // the same, as in Input (escapeName)
	stdin string            // the temporary copy of Options.Stdin, once made
	stats Stats
	err   error
	done  bool
}

// item is what Next advances to: exactly one of a and r is set.
type item struct {
	a     *reprint.Article
	r     *reprint.Rejected
	notes []string
	// globalID says the article's ID is the record's own and globally
	// unique (a WARC-Record-ID): another article with it is the same
	// record read again, not a different one that needs a new ID.
	globalID bool
}

// source is a file that holds many items: WARC or JSONL.
type source interface {
	// next returns the next item, or false at the end of the file.
	next() (item, bool)
	// empty says why the file gave no item at all, for a rejection
	// that keeps the file in the counts.
	empty() (reprint.SkipReason, string)
	close() error
}

// Open returns a Scanner over paths: files and directories, read in the
// order given, directories walked recursively in lexical order. It does no
// I/O: a path that cannot be read becomes a Rejected item when reached.
// Open calls opts.SetDefaults.
func Open(ctx context.Context, opts Options, paths ...string) *Scanner {
	opts.SetDefaults()
	return &Scanner{
		ctx:  ctx,
		opts: opts,
		args: append([]string(nil), paths...),
		ids:  make(map[string]string),
	}
}

// Next advances to the next item, an Article or a Rejected. It returns
// false when the input is exhausted or ctx is cancelled; Err tells which.
func (s *Scanner) Next() bool {
	s.cur = item{}
	if s.done {
		return false
	}
	for {
		if err := s.ctx.Err(); err != nil {
			s.err = err
			s.Close()
			return false
		}
		if s.src != nil {
			if it, ok := s.src.next(); ok {
				s.srcN++
				s.emit(it)
				return true
			}
			src := s.src
			src.close()
			s.src = nil
			if s.srcN == 0 {
				// A file that gave nothing would vanish from the counts.
				reason, detail := src.empty()
				s.emit(rejectItem(s.srcIn, reason, detail))
				return true
			}
			continue
		}
		e, ok := s.nextEntry()
		if !ok {
			s.Close()
			return false
		}
		if e.rej != nil {
			s.emit(item{r: e.rej})
			return true
		}
		s.raw, s.esc = filepath.ToSlash(e.path), e.inputName()
		if it, ok := s.readFile(e); ok {
			s.emit(it)
			return true
		}
		// readFile opened a WARC or JSONL source: loop to read from it.
		s.srcIn, s.srcN = s.esc, 0
	}
}

// emit makes it the current item and counts it. An article whose ID was
// already given gets a new one (uniqueID), unless it is the same item read
// again (the same path given twice, a WARC record with the same
// WARC-Record-ID), which is rejected as SkipDuplicateID.
func (s *Scanner) emit(it item) {
	if a := it.a; a != nil {
		key := a.Input // raw Input: the same item read again has the same
		if rest, ok := strings.CutPrefix(a.Input, s.esc); ok && s.esc != "" {
			key = s.raw + rest
		}
		if prev, dup := s.ids[a.ID]; dup {
			if prev == key || it.globalID {
				it = item{r: &reprint.Rejected{
					Input:  a.Input,
					Reason: reprint.SkipDuplicateID,
					Detail: fmt.Sprintf("id %q was already given to %s", a.ID, escapeName(prev)),
				}}
			} else {
				a.ID = s.uniqueID(a.Input)
			}
		}
		if it.a != nil {
			s.ids[it.a.ID] = key
		}
	}
	s.stats.Read++
	if it.a != nil {
		s.stats.Articles++
		it.a.Meta.Warnings = append(it.a.Meta.Warnings, it.notes...)
	} else {
		s.stats.Rejected++
	}
	s.cur = it
}

// Article returns the current item if it is an article, else nil.
func (s *Scanner) Article() *reprint.Article { return s.cur.a }

// Rejected returns the current item if it is a rejection, else nil.
func (s *Scanner) Rejected() *reprint.Rejected { return s.cur.r }

// Notes returns remarks about the current item that did not stop it from
// being read, such as a JSONL "published" value that is not a date and was
// ignored. It is nil for most items.
func (s *Scanner) Notes() []string { return s.cur.notes }

// Err returns the error that ended the scan early: ctx.Err() if the
// context was cancelled, else nil. Problems with single items are never
// returned here; they are Rejected items.
func (s *Scanner) Err() error { return s.err }

// Stats returns the counts so far.
func (s *Scanner) Stats() Stats { return s.stats }

// Close releases the open file, if any, and ends the scan. Next calls it
// when the input is exhausted; call it when stopping early. It returns nil.
func (s *Scanner) Close() error {
	s.done = true
	s.args, s.stack = nil, nil
	if s.src != nil {
		s.src.close()
		s.src = nil
	}
	if s.stdin != "" {
		os.Remove(s.stdin)
		s.stdin = ""
	}
	return nil
}

// stdinName is Input for what Options.Stdin gives, and stdinID the ID of
// a single document read from it.
const (
	stdinName = "-"
	stdinID   = "stdin"
)

// spoolStdin copies Options.Stdin into a temporary file, once, and returns
// the entry that reads it.
func (s *Scanner) spoolStdin() entry {
	if s.stdin == "" {
		f, err := os.CreateTemp("", "reprint-stdin-*")
		if err != nil {
			return entry{rej: &reprint.Rejected{Input: stdinName, Reason: reprint.SkipUnreadable, Detail: "copying standard input: " + err.Error()}}
		}
		_, err = io.Copy(f, s.opts.Stdin)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(f.Name())
			return entry{rej: &reprint.Rejected{Input: stdinName, Reason: reprint.SkipUnreadable, Detail: "copying standard input: " + err.Error()}}
		}
		s.stdin = f.Name()
	}
	return entry{path: s.stdin, id: stdinID, input: stdinName}
}

// entry is a file to read, or a path rejected before it was opened.
type entry struct {
	path  string // as opened
	input string // as in Input, when it is not path escaped ("-" for standard input)
	id    string // relative to the argument it was found under, slash-separated, escaped (escapeName)
	rej   *reprint.Rejected
}

// inputName is what Input calls the entry's file.
func (e entry) inputName() string {
	if e.input != "" {
		return e.input
	}
	return escapeName(filepath.ToSlash(e.path))
}

// dirFrame is a directory being walked.
type dirFrame struct {
	dir   string      // path as opened
	rel   string      // relative to the argument, "" for the argument itself
	info  fs.FileInfo // for cycle detection
	names []string    // sorted entry names
	i     int
}

// nextEntry returns the next file to read, walking directories depth
// first in lexical order, or false when all arguments are done.
func (s *Scanner) nextEntry() (entry, bool) {
	for {
		if n := len(s.stack); n > 0 {
			f := &s.stack[n-1]
			if f.i == len(f.names) {
				s.stack = s.stack[:n-1]
				continue
			}
			name := f.names[f.i]
			f.i++
			if strings.HasPrefix(name, ".") {
				// Hidden: editor backups, .git, .DS_Store. Never articles.
				s.stats.Hidden++
				continue
			}
			p := filepath.Join(f.dir, name)
			rel := path.Join(f.rel, name)
			if e, ok := s.visit(p, rel, false); ok {
				return e, true
			}
			continue
		}
		if len(s.args) == 0 {
			return entry{}, false
		}
		arg := s.args[0]
		s.args = s.args[1:]
		if arg == stdinName && s.opts.Stdin != nil {
			return s.spoolStdin(), true
		}
		if e, ok := s.visit(arg, "", true); ok {
			return e, true
		}
	}
}

// visit looks at one path. It pushes a directory and returns false, or
// returns a file entry or a rejection. rel is "" for an argument.
func (s *Scanner) visit(p, rel string, isArg bool) (entry, bool) {
	reject := func(reason reprint.SkipReason, detail string) (entry, bool) {
		return entry{rej: &reprint.Rejected{Input: escapeName(filepath.ToSlash(p)), Reason: reason, Detail: detail}}, true
	}
	if !isArg {
		li, err := os.Lstat(p)
		if err != nil {
			return reject(reprint.SkipUnreadable, errDetail(err))
		}
		if li.Mode()&fs.ModeSymlink != 0 && s.opts.Symlinks == SkipSymlinks {
			return reject(reprint.SkipUnsupported, "symbolic link not followed (Options.Symlinks is SkipSymlinks)")
		}
	}
	fi, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, syscall.ELOOP) {
			return reject(reprint.SkipSymlinkLoop, errDetail(err))
		}
		if isDangling(p) {
			return reject(reprint.SkipUnreadable, "dangling symbolic link: "+errDetail(err))
		}
		return reject(reprint.SkipUnreadable, errDetail(err))
	}
	switch {
	case fi.IsDir():
		for _, f := range s.stack {
			if os.SameFile(f.info, fi) {
				return reject(reprint.SkipSymlinkLoop, fmt.Sprintf("directory cycle: %s is %s", escapeName(filepath.ToSlash(p)), escapeName(filepath.ToSlash(f.dir))))
			}
		}
		des, err := os.ReadDir(p) // sorted by name
		if err != nil && len(des) == 0 {
			return reject(reprint.SkipUnreadable, errDetail(err))
		}
		names := make([]string, len(des))
		for i, de := range des {
			names[i] = de.Name()
		}
		s.stack = append(s.stack, dirFrame{dir: p, rel: rel, info: fi, names: names})
		return entry{}, false
	case fi.Mode().IsRegular():
		if rel == "" {
			rel = filepath.Base(p)
		}
		return entry{path: p, id: escapeName(rel)}, true
	default:
		// FIFOs, sockets and devices: opening a FIFO would block.
		return reject(reprint.SkipUnsupported, "not a regular file: "+fi.Mode().Type().String())
	}
}

// isDangling reports whether p is a symbolic link whose target is missing.
func isDangling(p string) bool {
	li, err := os.Lstat(p)
	return err == nil && li.Mode()&fs.ModeSymlink != 0
}

// errDetail returns err's message without the path, which Rejected.Input
// already holds.
func errDetail(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}
