package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/server"
	"github.com/spf13/cobra"
)

func (m *Main) serveCommand() *cobra.Command {
	var (
		dir       string
		addr      string
		tokenFile string
		readOnly  bool
		maxBody   int64
		maxChecks int
		snapFile  string
		noSnap    bool
	)
	c := &cobra.Command{
		Use:   "serve --archive DIR|URL [--addr 127.0.0.1:8080]",
		Short: "the web app and HTTP API over an archive",
		Long: `serve answers HTTP on --addr (loopback unless told otherwise): the newsroom web
app — stories with search and filters, each story's lineage, pairs side by
side, check an article — and the JSON API (POST /api/check, POST
/api/articles, GET /api/articles/{id}, /api/stories, /api/stories/{id},
/api/pairs/{a}/{b}, /api/stats), described at /api/openapi.json.

The archive is made if missing, unless --read-only. Writes (POST
/api/articles, POST /api/check?add=true) need "Authorization: Bearer TOKEN"
when --token-file names a file holding the token. One access-log line per
request goes to stderr. SIGINT or SIGTERM stops accepting, lets the requests
in flight finish (an add completes or was never begun), and exits.

The judged stories are kept in a snapshot file (serve.snapshot in a folder
archive, --snapshot FILE for any), written every ten minutes as the archive
changes and when the server stops, so that a restart judges only the
stories written to since instead of the whole archive. A file written by
another build of reprint or for another archive is not used.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			ctx := c.Context()
			token := ""
			if tokenFile != "" {
				b, err := os.ReadFile(tokenFile)
				if err != nil {
					return usageError{fmt.Errorf("--token-file: %w", err)}
				}
				token = strings.TrimSpace(string(b))
				if token == "" {
					return usageError{fmt.Errorf("--token-file %s is empty", tokenFile)}
				}
			}
			a, st, err := openArchive(ctx, dir, !readOnly, engine.Options{})
			if err != nil {
				return err
			}
			defer st.Close()
			if snapFile == "" && !noSnap && !isPostgresURL(dir) {
				snapFile = filepath.Join(dir, "serve.snapshot")
			}
			if noSnap {
				snapFile = ""
			}
			log := slog.New(slog.NewTextHandler(m.Stderr, nil))
			srv, err := server.New(server.Options{Archive: a, Logger: log, Token: token, ReadOnly: readOnly,
				MaxBodyBytes: maxBody, MaxChecks: maxChecks, SnapshotFile: snapFile})
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "reprint serving %s on http://%s/\n", dir, ln.Addr())
			err = srv.Serve(ctx, ln)
			var se signalError
			if err == nil && errors.As(context.Cause(ctx), &se) {
				fmt.Fprintf(m.Stdout, "reprint stopped (%s)\n", se.sig)
			}
			return err
		},
	}
	c.Flags().StringVar(&dir, "archive", "", "the archive folder, or a postgres:// URL")
	c.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "the address to listen on (host:port; port 0 picks a free one)")
	c.Flags().StringVar(&tokenFile, "token-file", "", "a file holding the bearer token writes must carry")
	c.Flags().BoolVar(&readOnly, "read-only", false, "open the archive for reading and refuse writes (403)")
	c.Flags().Int64Var(&maxBody, "max-body", server.DefaultMaxBodyBytes, "the largest request body, in bytes (larger: 413)")
	c.Flags().IntVar(&maxChecks, "max-checks", 0, "checks run at once (0: two per CPU); 64 more may wait, beyond that 503")
	c.Flags().StringVar(&snapFile, "snapshot", "", "the file the judged stories are kept in between runs (default serve.snapshot in a folder archive; none for PostgreSQL)")
	c.Flags().BoolVar(&noSnap, "no-snapshot", false, "keep no snapshot file: every start judges the whole archive")
	c.MarkFlagsMutuallyExclusive("snapshot", "no-snapshot")
	return c
}
