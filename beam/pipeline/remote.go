package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/ingest"
)

// Remote inputs. An --input with a scheme ("gs://bucket/crawl/*.warc.gz",
// "memfs://…", any file system registered with Beam's filesystem package)
// is read through that file system: expanded into objects when the
// pipeline is built (expandRemote), each object then copied by its reader
// to a temporary local file and read there by the engine's reader, the
// same code as for a local path (readRemote). What a local read names by
// the file's path — Input, and the id of a file — is renamed to the
// object, so that the objects read give the report the same files read
// locally give, but for the input names.
//
// The three forms, and the local form each reads as:
//
//	gs://b/crawl/          a prefix (ends in "/"): every object under it, as a
//	                       local folder: ids are the names below the prefix
//	                       ("2024/01/a.txt"); hidden names (a part starting
//	                       with ".") are skipped as a folder walk skips them
//	gs://b/crawl/*.jsonl   a glob: the objects it matches, each as a file given
//	                       on the command line (the shell's or main's glob):
//	                       ids are base names
//	gs://b/crawl/a.warc.gz one object, as one file
//
// Objects are read in the order a folder walk reads files: by name, one
// part ("/"-separated) at a time, so "a/b" comes before "a-c" as the file
// a/b does in a walk (a plain byte order would put "a-c" first).

// remoteScheme matches the scheme of a path read through Beam's file
// systems, as filesystem.New reads it.
var remoteScheme = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9+.-]*)://`)

// Remote reports whether path names an object of a Beam file system by
// its scheme ("gs://…") rather than a local path.
func Remote(path string) bool { return remoteScheme.MatchString(path) }

// maxListDepth bounds the levels below a prefix listed on a file system
// whose globs do not cross "/" (see listPrefix).
const maxListDepth = 16

// recursiveGlob names the file systems whose "**" matches across "/"
// (Beam's GCS file system, as the Java and Python SDKs do): a prefix is
// listed with one call there, even when all its objects are at one level.
var recursiveGlob = map[string]bool{"gs": true}

// expandRemote expands one remote --input into the objects to read, in
// the order a local read of the same names takes. An argument that gives
// no object — an unknown scheme, a listing that fails, a pattern or a
// prefix that matches nothing — is one input whose Fail says why: its
// reader makes it a rejection, and the run goes on. A single object is not
// looked up here: if it cannot be read, its reader says so.
func expandRemote(ctx context.Context, arg string) []input {
	fail := func(format string, a ...any) []input {
		return []input{{Path: arg, Fail: fmt.Sprintf(format, a...)}}
	}
	scheme := remoteScheme.FindStringSubmatch(arg)[1]
	fs, err := filesystem.New(ctx, arg)
	if err != nil {
		return fail("no file system is registered for %s:// (reprint-beam reads local paths and the schemes linked into it, such as gs://)", scheme)
	}
	defer fs.Close()
	var ins []input
	switch {
	case strings.HasSuffix(arg, "/"):
		names, err := listPrefix(ctx, fs, scheme, arg)
		if err != nil {
			return fail("listing %s: %v", arg, err)
		}
		hidden := 0
		for _, name := range names {
			rel := strings.TrimPrefix(name, arg)
			switch {
			case rel == "" || strings.HasSuffix(rel, "/"):
				// A folder's placeholder object, not a file.
			case hiddenName(rel):
				hidden++
			default:
				ins = append(ins, input{Path: name, Rel: rel, Under: true})
			}
		}
		if len(ins) == 0 {
			if hidden > 0 {
				return fail("no object under this prefix but %d hidden ones (names starting with \".\", skipped as in a folder)", hidden)
			}
			return fail("no object under this prefix")
		}
	case strings.ContainsAny(arg, "*?["):
		names, err := fs.List(ctx, arg)
		if err != nil {
			return fail("listing %s: %v", arg, err)
		}
		for _, name := range names {
			if strings.HasSuffix(name, "/") {
				continue // a folder's placeholder object
			}
			ins = append(ins, input{Path: name, Rel: name[strings.LastIndex(name, "/")+1:]})
		}
		if len(ins) == 0 {
			return fail("no object matches this pattern")
		}
	default:
		ins = []input{{Path: arg, Rel: arg[strings.LastIndex(arg, "/")+1:]}}
	}
	slices.SortFunc(ins, func(x, y input) int { return cmpParts(x.Path, y.Path) })
	return ins
}

// listPrefix lists every object under prefix (which ends in "/"). A file
// system whose "**" crosses "/" (GCS) lists them all at once; one whose
// globs stop at "/" (S3, memfs: filepath.Match) is listed one level at a
// time, down to maxListDepth levels below the prefix — an object store has
// no folders to walk, and a level with no object says nothing of the
// levels below it.
func listPrefix(ctx context.Context, fs filesystem.Interface, scheme, prefix string) ([]string, error) {
	names, err := fs.List(ctx, prefix+"**")
	if err != nil {
		return nil, err
	}
	nested := slices.ContainsFunc(names, func(n string) bool { return strings.Contains(strings.TrimPrefix(n, prefix), "/") })
	if nested || recursiveGlob[scheme] {
		return names, nil
	}
	seen := map[string]bool{}
	for _, n := range names {
		seen[n] = true
	}
	for depth := 2; depth <= maxListDepth; depth++ {
		more, err := fs.List(ctx, prefix+strings.Repeat("*/", depth-1)+"*")
		if err != nil {
			return nil, err
		}
		for _, n := range more {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	return names, nil
}

// hiddenName reports whether a relative object name has a part a folder
// walk skips: a name starting with "." (which takes in "." and "..").
func hiddenName(rel string) bool {
	for part := range strings.SplitSeq(rel, "/") {
		if strings.HasPrefix(part, ".") {
			return true
		}
	}
	return false
}

// cmpParts orders object names as a folder walk reads files: part by part
// ("/"-separated), each in byte order, a name before the names below it.
func cmpParts(x, y string) int {
	for {
		xp, xrest, xmore := strings.Cut(x, "/")
		yp, yrest, ymore := strings.Cut(y, "/")
		if c := strings.Compare(xp, yp); c != 0 {
			return c
		}
		switch {
		case !xmore && !ymore:
			return 0
		case !xmore:
			return -1
		case !ymore:
			return 1
		}
		x, y = xrest, yrest
	}
}

// readRemote reads the object in.Path of fs with the engine's reader: it is
// copied to a temporary folder under tempDir ("" for the system's) as
// in.Rel, the name a local read would have, and that file is read — the
// folder, for an object listed under a prefix, so that its id is its name
// below the prefix; the file itself otherwise, so that its id is its base
// name. The folder is removed however readRemote returns. Every Input,
// every id made from one and every detail naming one is renamed from the
// temporary path to the object's. An object that cannot be opened or read
// whole is one rejection; an error is the worker's own (no temporary
// folder, a full disk, a cancelled bundle) or emit's.
func readRemote(ctx context.Context, fs filesystem.Interface, opts ingest.Options, tempDir string, in input, emit func(*reprint.Article, *reprint.Rejected) error) error {
	dir, err := os.MkdirTemp(tempDir, "reprint-beam-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if !filepath.IsLocal(filepath.FromSlash(in.Rel)) || strings.Contains(in.Rel, "//") {
		return emit(nil, &reprint.Rejected{Input: in.Path, Reason: reprint.SkipUnreadable,
			Detail: fmt.Sprintf("the object's name %q cannot be a file name", in.Rel)})
	}
	local := filepath.Join(dir, filepath.FromSlash(in.Rel))
	if detail, err := copyObject(ctx, fs, in.Path, local); err != nil {
		return err
	} else if detail != "" {
		return emit(nil, &reprint.Rejected{Input: in.Path, Reason: reprint.SkipUnreadable, Detail: detail})
	}
	arg := local
	if in.Under {
		arg = dir
	}
	// ingest names what it reads by the path as given, with bytes that
	// are not UTF-8 written %XX: the temporary folder's name (from
	// MkdirTemp, UTF-8, no '%' unless tempDir has one) comes out as it is,
	// followed by in.Rel as a local read writes it.
	tmp := filepath.ToSlash(dir) + "/"
	base := strings.TrimSuffix(in.Path, in.Rel)
	rename := func(s string) string {
		if rest, ok := strings.CutPrefix(s, tmp); ok {
			return base + rest
		}
		return s
	}
	_, _, err = engine.Read(ctx, opts, []string{arg}, nil, func(a *reprint.Article, r *reprint.Rejected) error {
		if a != nil {
			a.Input, a.ID = rename(a.Input), rename(a.ID)
		} else {
			r.Input, r.Detail = rename(r.Input), strings.ReplaceAll(r.Detail, tmp, base)
		}
		return emit(a, r)
	})
	return err
}

// copyObject copies the object name of fs to the new local file path.
// What is wrong with the object (it cannot be opened or read to its end)
// comes back as a rejection's detail; an error is the worker's (the local
// file) or the context's.
func copyObject(ctx context.Context, fs filesystem.Interface, name, path string) (detail string, err error) {
	r, err := fs.OpenRead(ctx, name)
	if err != nil {
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		detail := "open: " + err.Error()
		if under, _ := fs.List(ctx, name+"/*"); len(under) > 0 {
			detail += fmt.Sprintf("; objects exist under %s/: give the path with a trailing / to read them as a folder", name)
		}
		return detail, nil
	}
	defer r.Close()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", err
	}
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	_, cerr := io.Copy(f, r)
	if err := f.Close(); err != nil && cerr == nil {
		return "", err
	}
	var pe *os.PathError
	switch {
	case cerr == nil:
		return "", nil
	case ctx.Err() != nil:
		return "", ctx.Err()
	case errors.As(cerr, &pe) && pe.Path == path:
		return "", cerr // writing the local copy failed
	}
	return "read: " + cerr.Error(), nil
}
