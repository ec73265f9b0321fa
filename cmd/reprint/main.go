// Command reprint finds reused news text: which articles are copies or
// rewrites of which, how much was taken, and where.
//
// Usage:
//
//	reprint extract PATHS...          cleaned articles as JSON lines
//	reprint eval extract DIR          article-extraction benchmark (Zyte AEB)
//
// Run "reprint help" for the full list.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"syscall"

	"github.com/dustin/go-humanize"
	"github.com/reprint/reprint/ingest"
	"github.com/reprint/reprint/report"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func main() {
	ctx, stop := notifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	m := &Main{Stdout: os.Stdout, Stderr: os.Stderr, StdoutIsTerminal: isTerminal(os.Stdout), StderrIsTerminal: isTerminal(os.Stderr)}
	if m.StdoutIsTerminal {
		m.StdoutColumns, _, _ = term.GetSize(int(os.Stdout.Fd()))
	}
	err := m.Run(ctx, os.Args[1:])
	stop()
	if err != nil {
		os.Exit(exitStatus(err))
	}
}

// notifyContext is signal.NotifyContext with the signal kept as the
// context's cause (a signalError), so that the program can exit with the
// status a shell expects of it. The first signal cancels the context: the
// commands stop between items and remove their temporary files on the way
// out. A second one has its default effect and ends the program at once.
func notifyContext(parent context.Context, sigs ...os.Signal) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			signal.Stop(ch)
			cancel(signalError{s})
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		close(done)
		cancel(nil)
	}
}

// signalError is why the program stopped early: a signal.
type signalError struct{ sig os.Signal }

func (e signalError) Error() string { return "interrupted (" + e.sig.String() + ")" }

// status is 128 plus the signal's number, as a shell reports a process
// ended by it: 130 for SIGINT, 143 for SIGTERM.
func (e signalError) status() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 1
}

// Main is the program: its output streams and the command tree. It is the
// one place that wires the engine's packages together; tests run it with
// buffers in place of the terminal.
type Main struct {
	// Stdin is what "-" reads; nil means os.Stdin.
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// StdoutIsTerminal enables colour in reports on stdout and cuts their
	// lines to fit the terminal (report.DefaultWidth, or StdoutColumns when
	// narrower); a report into a pipe or file is written whole.
	StdoutIsTerminal bool
	// StdoutColumns is the terminal's width in columns; zero means unknown.
	StdoutColumns int
	// StderrIsTerminal enables progress bars on stderr.
	StderrIsTerminal bool
}

// usageError marks a mistake on the command line (exit status 2).
type usageError struct{ error }

// Run executes the command line args (without the program name).
func (m *Main) Run(ctx context.Context, args []string) error {
	root := &cobra.Command{
		Use:           "reprint",
		Short:         "find reused news text: copies, rewrites, their sources and credit",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.Version = version()
	root.SetVersionTemplate("reprint {{.Version}}\n")
	root.SetOut(m.Stdout)
	root.SetErr(m.Stderr)
	root.SetArgs(args)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	var cpuprofile, memoryLimit string
	// cleanup undoes what the flags set up for the command: the CPU
	// profile, the memory limit.
	cleanup := func() {}
	defer func() { cleanup() }()
	root.PersistentFlags().StringVar(&cpuprofile, "cpuprofile", "", "write a CPU profile to this file")
	root.PersistentFlags().StringVar(&memoryLimit, "memory-limit", "", "soft limit on the memory the process keeps (e.g. 2GiB, or none): the Go collector works harder, and returns freed memory sooner, as it nears the limit; a run whose live data needs more goes past it (default: $GOMEMLIMIT, else 2GiB)")
	root.PersistentPreRunE = func(c *cobra.Command, args []string) error {
		if err := checkMaxBytes(c); err != nil {
			return err
		}
		n, set, err := memoryLimitFor(memoryLimit, os.Getenv("GOMEMLIMIT"))
		if err != nil {
			return usageError{err}
		}
		if set {
			prev := debug.SetMemoryLimit(n)
			restore := cleanup
			cleanup = func() { restore(); debug.SetMemoryLimit(prev) }
		}
		if err := checkInputs(c, args); err != nil {
			return err
		}
		if cpuprofile == "" {
			return nil
		}
		f, err := os.Create(cpuprofile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return err
		}
		restore := cleanup
		cleanup = func() { pprof.StopCPUProfile(); f.Close(); restore() }
		return nil
	}

	root.AddCommand(m.scanCommand())
	root.AddCommand(m.compareCommand())
	root.AddCommand(m.extractCommand())
	root.AddCommand(m.evalCommand())
	root.AddCommand(m.addCommand())
	root.AddCommand(m.checkCommand())
	root.AddCommand(m.archiveCommand())
	root.AddCommand(m.serveCommand())

	cmd, err := root.ExecuteContextC(ctx)
	var se signalError
	if err != nil && errors.Is(err, context.Canceled) && errors.As(context.Cause(ctx), &se) {
		err = se // "interrupted (terminated)", not "context canceled"
	}
	var ee exitError
	if err != nil && !errors.As(err, &ee) {
		// Errors name paths, which are untrusted: escaped for the terminal.
		fmt.Fprintf(m.Stderr, "reprint: %s\n", report.Escape(err.Error()))
		if hint := archiveHint(err); hint != "" {
			fmt.Fprintf(m.Stderr, "reprint: %s\n", report.Escape(hint))
		}
		if cmd != nil && cmd.Name() == "check" && !errors.As(err, &se) {
			// check keeps 1 for "reuse found": every failure is 2.
			err = exitError{2}
		}
	}
	return err
}

func (m *Main) evalCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "eval",
		Short: "measure reprint on a standard corpus with its standard metric",
	}
	c.AddCommand(m.evalExtractCommand())
	c.AddCommand(m.evalPANCommand())
	c.AddCommand(m.evalCloughCommand())
	c.AddCommand(m.evalCounterCommand())
	c.AddCommand(m.evalDirectionCommand())
	c.AddCommand(m.evalStoriesCommand())
	return c
}

// exactArgs is cobra.MinimumNArgs with a usageError.
func minArgs(n int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) < n {
			return usageError{fmt.Errorf("%s needs at least %d argument(s)", c.CommandPath(), n)}
		}
		return nil
	}
}

// exitStatus is the process status for err: 128 + the signal's number when
// a signal stopped the program, 2 for a usage mistake, the status an
// exitError carries, else 1.
func exitStatus(err error) int {
	var ue usageError
	var ee exitError
	var se signalError
	switch {
	case errors.As(err, &se):
		return se.status()
	case errors.As(err, &ee):
		return ee.code
	case errors.As(err, &ue):
		return 2
	}
	return 1
}

// checkInputs checks the paths given to extract, scan and compare before
// any work: a path that does not exist is a mistake on the command line
// (status 2, one line naming it), not a rejection among the results; and
// compare reads two files, not folders. "-" is standard input.
func checkInputs(c *cobra.Command, args []string) error {
	switch c.Name() {
	case "extract", "scan", "compare":
	default:
		return nil
	}
	for _, a := range args {
		if a == "-" {
			continue
		}
		fi, err := os.Stat(a)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return usageError{fmt.Errorf("%s: %s: %w", c.Name(), a, err)}
		}
		if c.Name() == "compare" && fi.IsDir() {
			return usageError{fmt.Errorf("compare: %s is a folder; compare reads two articles, each a file (or - for standard input)", a)}
		}
	}
	return nil
}

// stdin is what "-" reads.
func (m *Main) stdin() io.Reader {
	if m.Stdin != nil {
		return m.Stdin
	}
	return os.Stdin
}

// version is the program's version: the module version when built from a
// tagged module, else the commit it was built from.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value[:min(len(s.Value), 12)]
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+modified"
			}
		}
	}
	if (v == "" || v == "(devel)") && rev != "" {
		v = rev + modified
	}
	return v + " (" + info.GoVersion + ")"
}

// checkMaxBytes checks the --max-bytes flag of the commands that have one:
// a size of at least 1 byte and at most ingest.MaxArticleBytesLimit. Zero
// or a negative size would silently mean the default, and the largest
// int64 overflowed into rejecting everything.
func checkMaxBytes(c *cobra.Command) error {
	f := c.Flags().Lookup("max-bytes")
	if f == nil {
		return nil
	}
	n, err := strconv.ParseInt(f.Value.String(), 10, 64)
	if err != nil || n < 1 || n > ingest.MaxArticleBytesLimit {
		return usageError{fmt.Errorf("--max-bytes %s: want a size in bytes from 1 to %d", f.Value.String(), int64(ingest.MaxArticleBytesLimit))}
	}
	return nil
}

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

func errorsAs(err error, target any) bool { return errors.As(err, target) }

// minMemoryLimit is the least --memory-limit taken: below it the collector
// would run without pause on any corpus worth a soft limit.
const minMemoryLimit = 64 << 20

// defaultMemoryLimit is the soft memory limit when neither --memory-limit
// nor GOMEMLIMIT gives one. Go's collector otherwise lets the heap grow to
// twice the live data before it collects, and keeps freed memory a while:
// a scan of 100,000 news articles, whose live heap never passed 1.08 GB,
// peaked at 3.07 GB by default and at 2.12 GB under a 2 GiB limit, with
// the same output and 1% more CPU (BENCHMARKS.md, "scan PATHS of
// 100,000"). A run whose live data needs more than the limit goes past
// it: the limit is soft, and the collector never takes more than half
// the CPU to keep to it.
const defaultMemoryLimit = "2GiB"

// memoryLimitFor returns the soft memory limit to set for a command, given
// its --memory-limit flag and $GOMEMLIMIT (which the Go runtime has
// applied already): set is false when the runtime's limit stands — the
// environment's, or none when the flag says "none".
func memoryLimitFor(flag, env string) (n int64, set bool, err error) {
	switch {
	case flag == "none":
		return math.MaxInt64, true, nil
	case flag == "" && env != "":
		return 0, false, nil
	case flag == "":
		flag = defaultMemoryLimit
	}
	n, err = parseMemoryLimit(flag)
	return n, err == nil, err
}

// parseMemoryLimit reads a --memory-limit value: a size with a unit
// ("2GiB", "1500MiB", "3GB"), at least minMemoryLimit.
func parseMemoryLimit(v string) (int64, error) {
	n, err := humanize.ParseBytes(v)
	if err != nil {
		return 0, fmt.Errorf("--memory-limit %q: want a size such as 2GiB: %w", v, err)
	}
	if n < minMemoryLimit || n > math.MaxInt64 {
		return 0, fmt.Errorf("--memory-limit %q: want at least 64MiB", v)
	}
	return int64(n), nil
}
