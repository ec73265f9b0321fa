package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestEvalStories runs the command on the package's fixture sets: two
// evaluated, six reported as not evaluated, in text and JSON.
func TestEvalStories(t *testing.T) {
	const dir = "../../eval/stories/testdata/sets"
	out, _ := mustRun(t, "eval", "stories", dir)
	for _, want := range []string{"Story sets in " + dir, "6 not evaluated", "copy: ", "missing-id: not evaluated: id \"Z\" matches no article"} {
		if !strings.Contains(out, want) {
			t.Errorf("reprint eval stories %s: output lacks %q:\n%s", dir, want, out)
		}
	}
	out, _ = mustRun(t, "eval", "stories", "--json", dir)
	var rep struct {
		Sets []struct {
			Name  string `json:"name"`
			Error string `json:"error"`
		} `json:"sets"`
		SetErrors int `json:"set_errors"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("reprint eval stories --json: %v\n%s", err, out)
	}
	if len(rep.Sets) != 8 || rep.SetErrors != 6 {
		t.Errorf("reprint eval stories --json: %d sets, %d errors; want 8 and 6", len(rep.Sets), rep.SetErrors)
	}
	if _, _, err := run(t, "eval", "stories"); exitStatus(err) != 2 {
		t.Errorf("reprint eval stories (no DIR): exit status %d; want 2", exitStatus(err))
	}
}
