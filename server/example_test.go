package server_test

import (
	"context"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/server"
	"github.com/reprint/reprint/sqlite"
)

// A server over a new archive: add an article through the API, then ask
// for it.
func Example() {
	dir, _ := os.MkdirTemp("", "reprint-example-*")
	defer os.RemoveAll(dir)
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "arc"), sqlite.Options{Create: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	a, _ := engine.NewArchive(st, engine.Options{})
	s, err := server.New(server.Options{Archive: a})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()

	body := `{"id": "harbour-1", "title": "Harbour wall to be rebuilt", "site": "Port Ellery News",
		"text": "The harbour authority confirmed on Tuesday that the northern breakwater will be rebuilt over three summers."}`
	req := httptest.NewRequest("POST", "/api/articles", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	fmt.Println(rec.Code, rec.Header().Get("Location"))

	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/api/articles/harbour-1", nil))
	b, _ := io.ReadAll(rec.Body)
	fmt.Println(rec.Code, strings.Contains(string(b), `"title": "Harbour wall to be rebuilt"`))
	// Output:
	// 201 /api/articles/harbour-1
	// 200 true
}
