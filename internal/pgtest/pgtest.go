// Package pgtest runs a private PostgreSQL server for tests: a new cluster
// in a temporary folder, on a free loopback port, owned by the test
// process and stopped by its PID when the tests end.
//
// # How the server is started
//
//  1. The server binaries are looked for in $REPRINT_PG_BIN, then in
//     /usr/lib/postgresql/VERSION/bin (Debian's postgresql package; the
//     highest version wins), then on PATH.
//  2. initdb makes a cluster in a new folder under the temporary folder,
//     with trust authentication, the C locale and UTF-8.
//  3. The postgres server runs as a child of the test process (not through
//     pg_ctl, which would detach it), listening on 127.0.0.1 at a port the
//     kernel just handed out and on a unix socket in the same folder. Its
//     durability settings are off (fsync, full-page writes): a test cluster
//     is thrown away.
//  4. Stop sends the server SIGINT (PostgreSQL's fast shutdown) by its PID,
//     waits for it, and removes the folder. Should the test process die
//     without calling Stop (a panic, a timeout, SIGKILL), the kernel sends
//     the server SIGINT all the same (the parent-death signal), so no
//     server outlives its tests.
//
// PostgreSQL refuses to run as root. When the tests run as root (as CI
// does), initdb and the server run as the unprivileged user "nobody"
// (override with $REPRINT_PG_USER): the cluster folder is made theirs, and
// the tests connect over TCP, which needs no access to the folder.
//
// Use it from TestMain, through Main:
//
//	var cluster *pgtest.Cluster
//
//	func TestMain(m *testing.M) { os.Exit(pgtest.Main(m, &cluster)) }
//
// and make a fresh database per test with cluster.NewDatabase(t).
package pgtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrNoServer is returned by Start when PostgreSQL's server binaries
// (initdb, postgres) are not installed.
var ErrNoServer = errors.New("pgtest: PostgreSQL server binaries (initdb, postgres) not found; install Debian's postgresql package")

// startTimeout bounds how long Start waits for the server to accept
// connections. A cold start takes about a second here; a loaded CI
// machine may take several.
const startTimeout = 60 * time.Second

// stopTimeout bounds the fast shutdown before the server is killed.
const stopTimeout = 30 * time.Second

// Cluster is a running private PostgreSQL server.
type Cluster struct {
	dir     string // the cluster's folder: data/, the socket, the log
	port    int
	pid     int
	proc    *os.Process
	exited  chan struct{} // closed when the server process has exited
	waitErr error         // the server's exit status, once exited is closed
	dbs     atomic.Int64  // databases made, for their names
}

// BinDir returns the folder of PostgreSQL's server binaries, or ErrNoServer.
func BinDir() (string, error) {
	if d := os.Getenv("REPRINT_PG_BIN"); d != "" {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err != nil {
			return "", fmt.Errorf("REPRINT_PG_BIN=%s: %w", d, ErrNoServer)
		}
		return d, nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	// Highest major version first: "9.6" < "15" numerically.
	slices.SortFunc(dirs, func(a, b string) int {
		va, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(a)), 64)
		vb, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(b)), 64)
		return -cmpFloat(va, vb)
	})
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "postgres")); err == nil {
			if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
				return d, nil
			}
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			d := filepath.Dir(real)
			if _, err := os.Stat(filepath.Join(d, "postgres")); err == nil {
				return d, nil
			}
		}
	}
	return "", ErrNoServer
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// runAs is the credential the server runs with: nil for the current user,
// or an unprivileged user's when the tests run as root.
func runAs() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	name := os.Getenv("REPRINT_PG_USER")
	if name == "" {
		name = "nobody"
	}
	u, err := user.Lookup(name)
	if err != nil {
		return nil, fmt.Errorf("pgtest: running as root, and PostgreSQL will not: looking up the user %q to run it as: %w", name, err)
	}
	uid, err := strconv.ParseUint(u.Uid, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("pgtest: user %s: uid %q: %w", name, u.Uid, err)
	}
	gid, err := strconv.ParseUint(u.Gid, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("pgtest: user %s: gid %q: %w", name, u.Gid, err)
	}
	if uid == 0 {
		return nil, fmt.Errorf("pgtest: user %s is root; PostgreSQL will not run as root", name)
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), Groups: []uint32{}}, nil
}

// baseDir is where the cluster's folder is made: the temporary folder, or
// /tmp when the server runs as another user who could not reach it (a
// TMPDIR inside root's private folders).
func baseDir(cred *syscall.Credential) string {
	d := os.TempDir()
	if cred == nil {
		return d
	}
	for p := d; ; p = filepath.Dir(p) {
		fi, err := os.Stat(p)
		if err != nil || fi.Mode().Perm()&0o001 == 0 {
			return "/tmp"
		}
		if p == filepath.Dir(p) {
			return d
		}
	}
}

// dirPrefix begins the names of cluster folders.
const dirPrefix = "reprint-pg-"

// staleAge is how old a cluster folder with no running server must be
// before sweep removes it: older than any initdb takes, so that the
// folder of a cluster still starting in another test process is kept.
const staleAge = 10 * time.Minute

// sweep removes the cluster folders of test processes that died without
// Stop (their servers died with them, by the parent-death signal, and
// removed their postmaster.pid on the way out).
func sweep(base string) {
	dirs, _ := filepath.Glob(filepath.Join(base, dirPrefix+"*"))
	for _, d := range dirs {
		fi, err := os.Stat(d)
		if err != nil || time.Since(fi.ModTime()) < staleAge {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, "data", "postmaster.pid")); errors.Is(err, os.ErrNotExist) {
			os.RemoveAll(d)
		}
	}
}

// Start makes a new cluster and starts its server.
//
// Errors: ErrNoServer when the binaries are missing; otherwise what
// failed, with the end of the server's log.
func Start(ctx context.Context) (*Cluster, error) {
	bin, err := BinDir()
	if err != nil {
		return nil, err
	}
	cred, err := runAs()
	if err != nil {
		return nil, err
	}
	sweep(baseDir(cred))
	dir, err := os.MkdirTemp(baseDir(cred), dirPrefix)
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	c := &Cluster{dir: dir}
	if err := c.start(ctx, bin, cred); err != nil {
		c.Stop()
		return nil, err
	}
	return c, nil
}

// Need starts a cluster for the test tb and stops it when tb ends. Without
// PostgreSQL's binaries it skips tb, or fails it under CI=true, where
// .ci/run installs them.
func Need(tb testing.TB) *Cluster {
	tb.Helper()
	c, err := Start(context.Background())
	switch {
	case errors.Is(err, ErrNoServer) && !inCI():
		tb.Skip(err)
	case err != nil:
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := c.Stop(); err != nil {
			tb.Error(err)
		}
	})
	return c
}

func (c *Cluster) start(ctx context.Context, bin string, cred *syscall.Credential) error {
	if cred != nil {
		if err := os.Chown(c.dir, int(cred.Uid), int(cred.Gid)); err != nil {
			return fmt.Errorf("pgtest: giving the cluster folder to uid %d: %w", cred.Uid, err)
		}
	}
	data := filepath.Join(c.dir, "data")
	env := []string{"PATH=" + bin + ":/usr/bin:/bin", "LC_ALL=C", "TZ=UTC", "HOME=" + c.dir}
	initdb := exec.CommandContext(ctx, filepath.Join(bin, "initdb"), "-D", data, "-U", "postgres",
		"--auth=trust", "--locale=C", "--encoding=UTF8", "--no-sync")
	initdb.Dir, initdb.Env = c.dir, env
	if cred != nil {
		initdb.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	if out, err := initdb.CombinedOutput(); err != nil {
		return fmt.Errorf("pgtest: initdb: %w\n%s", err, out)
	}
	port, err := freePort()
	if err != nil {
		return err
	}
	c.port = port
	logPath := filepath.Join(c.dir, "server.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	defer logFile.Close()
	args := []string{"-D", data, "-h", "127.0.0.1", "-p", strconv.Itoa(port), "-k", c.dir,
		"-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off",
		"-c", "max_connections=200", "-c", "shared_buffers=128MB", "-c", "log_min_messages=warning"}
	// The server is started from a goroutine locked to its OS thread,
	// which lives exactly as long as the server: Linux sends the
	// parent-death signal when the thread that forked the child exits, so
	// a goroutine that locked and returned would kill the server early.
	type started struct {
		proc *os.Process
		err  error
	}
	startedc := make(chan started, 1)
	c.exited = make(chan struct{})
	go func() {
		runtime.LockOSThread() // never unlocked: the thread ends with the goroutine
		cmd := exec.Command(filepath.Join(bin, "postgres"), args...)
		cmd.Dir, cmd.Env = c.dir, env
		cmd.Stdout, cmd.Stderr = logFile, logFile
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred, Pdeathsig: syscall.SIGINT, Setpgid: true}
		if err := cmd.Start(); err != nil {
			startedc <- started{err: err}
			close(c.exited)
			return
		}
		startedc <- started{proc: cmd.Process}
		c.waitErr = cmd.Wait()
		close(c.exited)
	}()
	s := <-startedc
	if s.err != nil {
		return fmt.Errorf("pgtest: starting postgres: %w", s.err)
	}
	c.proc, c.pid = s.proc, s.proc.Pid
	deadline := time.Now().Add(startTimeout)
	for {
		conn, err := pgx.Connect(ctx, c.URL("postgres"))
		if err == nil {
			conn.Close(ctx)
			return nil
		}
		select {
		case <-c.exited:
			return fmt.Errorf("pgtest: postgres exited at start (%v):\n%s", c.waitErr, tail(logPath))
		case <-ctx.Done():
			return fmt.Errorf("pgtest: waiting for postgres: %w", ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("pgtest: postgres did not accept connections within %v (%v):\n%s", startTimeout, err, tail(logPath))
		}
	}
}

// freePort returns a loopback port nobody listens on now. Another process
// could take it before the server does; the server then fails to start,
// and says so.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("pgtest: finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// tail returns the last lines of a log file.
func tail(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	lines := bytes.Split(bytes.TrimSpace(b), []byte("\n"))
	return string(bytes.Join(lines[max(0, len(lines)-20):], []byte("\n")))
}

// PID returns the server's process id.
func (c *Cluster) PID() int { return c.pid }

// URL returns the connection URL of database db as the superuser.
func (c *Cluster) URL(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", c.port, db)
}

// CreateDatabase makes a new empty database and returns its URL.
func (c *Cluster) CreateDatabase(ctx context.Context) (string, error) {
	name := fmt.Sprintf("t%d", c.dbs.Add(1))
	conn, err := pgx.Connect(ctx, c.URL("postgres"))
	if err != nil {
		return "", fmt.Errorf("pgtest: %w", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name+" TEMPLATE template0"); err != nil {
		return "", fmt.Errorf("pgtest: creating database %s: %w", name, err)
	}
	return c.URL(name), nil
}

// NewDatabase makes a new empty database for a test and returns its URL.
// On a nil Cluster (no server binaries, outside CI) it skips the test.
func (c *Cluster) NewDatabase(tb testing.TB) string {
	tb.Helper()
	if c == nil {
		tb.Skip("PostgreSQL is not installed (apt-get install postgresql); skipping outside CI")
	}
	url, err := c.CreateDatabase(tb.Context())
	if err != nil {
		tb.Fatal(err)
	}
	return url
}

// Stop stops the server by its PID (fast shutdown, then a kill after
// stopTimeout) and removes the cluster's folder. It may be called more
// than once.
func (c *Cluster) Stop() error {
	var err error
	if c.proc != nil {
		select {
		case <-c.exited:
		default:
			if serr := c.proc.Signal(syscall.SIGINT); serr != nil && !errors.Is(serr, os.ErrProcessDone) {
				err = fmt.Errorf("pgtest: stopping postgres (pid %d): %w", c.pid, serr)
			}
			select {
			case <-c.exited:
			case <-time.After(stopTimeout):
				// The whole process group: the server and its workers.
				syscall.Kill(-c.pid, syscall.SIGKILL)
				<-c.exited
				err = fmt.Errorf("pgtest: postgres (pid %d) did not stop within %v; killed", c.pid, stopTimeout)
			}
		}
		c.proc = nil
	}
	if c.dir != "" {
		if rerr := os.RemoveAll(c.dir); rerr != nil && err == nil {
			err = fmt.Errorf("pgtest: %w", rerr)
		}
		c.dir = ""
	}
	return err
}

// Main starts a cluster into *c, runs the tests, stops the cluster and
// returns the exit code for os.Exit. Without the server binaries it fails
// when the environment says CI=true, and otherwise runs the tests with *c
// nil, so that those needing a database skip with a message.
func Main(m *testing.M, c **Cluster) int {
	cl, err := Start(context.Background())
	switch {
	case errors.Is(err, ErrNoServer) && !inCI():
		fmt.Fprintf(os.Stderr, "%v\nskipping the tests that need PostgreSQL (they fail under CI=true)\n", err)
	case err != nil:
		fmt.Fprintln(os.Stderr, err)
		return 1
	default:
		*c = cl
	}
	code := m.Run()
	if cl != nil {
		if err := cl.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			if code == 0 {
				code = 1
			}
		}
	}
	return code
}

func inCI() bool {
	v := strings.ToLower(os.Getenv("CI"))
	return v == "true" || v == "1"
}
