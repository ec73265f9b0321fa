package pipeline

import (
	"fmt"
	"os"
)

// PrivateTemp points the process's temporary folder (TMPDIR, read by
// os.TempDir) at a new folder inside it and returns a function that
// removes that folder with what it holds and puts TMPDIR back. Beam's Go
// SDK leaves an empty file, beamloopbackworker-*, in the temporary folder
// on every run in loopback mode, Prism's default (runnerlib.Execute; see
// apache/beam#27569 on where its temporary files belong): a run inside
// PrivateTemp leaves nothing behind. Call it before the pipeline runs and
// the returned function after; it is not safe while other goroutines
// create temporary files.
func PrivateTemp() (restore func() error, err error) {
	old, had := os.LookupEnv("TMPDIR")
	dir, err := os.MkdirTemp("", "reprint-beam-")
	if err != nil {
		return nil, fmt.Errorf("pipeline: private temporary folder: %w", err)
	}
	if err := os.Setenv("TMPDIR", dir); err != nil {
		os.Remove(dir)
		return nil, fmt.Errorf("pipeline: private temporary folder: %w", err)
	}
	return func() error {
		if had {
			os.Setenv("TMPDIR", old)
		} else {
			os.Unsetenv("TMPDIR")
		}
		if err := os.RemoveAll(dir); err != nil {
			return fmt.Errorf("pipeline: removing the private temporary folder: %w", err)
		}
		return nil
	}, nil
}
