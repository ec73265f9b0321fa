package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/internal/pgtest"
	"github.com/reprint/reprint/postgres"
	"github.com/reprint/reprint/sqlite"
)

// TestLoad: many clients check articles over HTTP while another client
// adds, and not one request fails. By default it runs on the fixture,
// bounded by count (4 clients × 3 checks, 3 adds). Pointed at a real
// archive it is the load test of issue 11, bounded in time:
//
//	REPRINT_LOAD_ARCHIVE=DIR|postgres://… REPRINT_LOAD_ARTICLES=check.jsonl \
//	REPRINT_LOAD_CLIENTS=32 REPRINT_LOAD_SECONDS=60 \
//	  go test ./server -run '^TestLoad$' -v -timeout 30m
//
// REPRINT_LOAD_ARCHIVE=pgtest runs it on a private PostgreSQL cluster
// (internal/pgtest), filled first with REPRINT_LOAD_FILL=archive.jsonl.
//
// REPRINT_LOAD_READERS=N adds N clients reading the story list (GET
// /api/stories, the home page's data) in a loop, as a newsroom's open
// pages do: each read after an add has the server bring its stories up to
// date (Archive.Rescan). Their latency and how many answers were stale
// are logged apart from the checks'.
//
// REPRINT_LOAD_CPUPROFILE=FILE writes a CPU profile of the timed run
// alone (go test's -cpuprofile would take in the first judgement).
//
// REPRINT_LOAD_ADD_ARTICLES=other.jsonl gives the adder articles of its
// own; by default it adds the checked ones (under new ids), so that every
// add makes later checks of that article find a whole copy to align and
// judge — the dearest outcome of a check, and not what a newsroom's adds
// of other articles bring.
//
// REPRINT_LOAD_ADD_EVERY=1s paces the adder, one add started at most
// every interval (a newsroom's rate), where by default it adds back to
// back, as fast as the server takes them.
//
// REPRINT_LOAD_ADDER=0 leaves the adder out: checks alone, for an archive
// whose last add has not finished (the first add through the API would
// complete all its pending articles first) or to see what the adds cost.
//
// The articles are JSONL lines as `reprint add` reads them (id, text or
// html, title, site, url, published); clients check them round robin, and
// the adder archives them under new ids ("load-" + id), so the archive
// grows: point it at a copy. It logs the latency of the checks (p50, p90,
// p99, max), their throughput and the adds done.
func TestLoad(t *testing.T) {
	var (
		a        *engine.Archive
		articles [][]byte
		clients  = 4
		perCheck = 3 // checks per client, when bounded by count
		adds     = 3
		readers  = 1
		perRead  = 3 // reads per reader, when bounded by count
		duration time.Duration
		addEvery time.Duration // 0: adds back to back
		toAdd    [][]byte      // the adder's articles; nil: those checked
	)
	if dir := os.Getenv("REPRINT_LOAD_ARCHIVE"); dir != "" {
		a = openLoadArchive(t, dir)
		articles = loadArticles(t, os.Getenv("REPRINT_LOAD_ARTICLES"))
		clients = envInt(t, "REPRINT_LOAD_CLIENTS", 32)
		duration = time.Duration(envInt(t, "REPRINT_LOAD_SECONDS", 60)) * time.Second
		perCheck, adds, perRead = 0, 0, 0
		readers = 0
		if os.Getenv("REPRINT_LOAD_READERS") != "" {
			readers = envInt(t, "REPRINT_LOAD_READERS", 0)
		}
		if os.Getenv("REPRINT_LOAD_ADDER") == "0" {
			adds = -1
		}
		if f := os.Getenv("REPRINT_LOAD_ADD_ARTICLES"); f != "" {
			toAdd = loadArticles(t, f)
		}
		if v := os.Getenv("REPRINT_LOAD_ADD_EVERY"); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil || d <= 0 {
				t.Fatalf("REPRINT_LOAD_ADD_EVERY=%q: want a positive duration such as 1s", v)
			}
			addEvery = d
		}
	} else {
		a = MustOpenSQLite(t)
		for _, f := range []string{seedCopy, seedBBC, "003_af6d726495a458b9.txt"} {
			b, err := os.ReadFile(seeds + "/" + f)
			if err != nil {
				t.Fatal(err)
			}
			line, _ := json.Marshal(map[string]string{"id": f, "text": string(b)})
			articles = append(articles, line)
		}
		for _, art := range fixtureArticles() {
			line, _ := json.Marshal(map[string]string{"id": art.ID, "text": art.Text, "title": art.Meta.Title, "site": art.Meta.Site})
			articles = append(articles, line)
		}
	}
	s := MustNew(t, a, Options{})
	base, stop := serve(t, s)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients + 1}}

	ctx := t.Context()
	if duration > 0 {
		// The timed run is the steady state: the server judges the whole
		// archive's stories once when it starts (tens of CPU-seconds at
		// 100,000 articles), which a server running for days pays once.
		waitForStories(t, client, base)
		if path := os.Getenv("REPRINT_LOAD_CPUPROFILE"); path != "" {
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := pprof.StartCPUProfile(f); err != nil {
				t.Fatal(err)
			}
			defer func() { pprof.StopCPUProfile(); f.Close() }()
		}
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, duration)
		defer cancel()
	}
	results := make([]loadResult, clients+1)
	reads := make([]loadResult, readers)
	var stale atomic.Int64
	post := func(r *loadResult, path string, body []byte, want ...int) bool {
		start := time.Now()
		res, err := client.Post(base+path, "application/json", bytes.NewReader(body))
		if err != nil {
			if ctx.Err() == nil {
				r.errs = append(r.errs, err.Error())
			}
			return false
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if !slices.Contains(want, res.StatusCode) {
			r.errs = append(r.errs, fmt.Sprintf("POST %s = %d %s", path, res.StatusCode, clip(string(b), 200)))
			return false
		}
		r.latency = append(r.latency, time.Since(start))
		if path == "/api/check" {
			var doc struct {
				Stats struct {
					Candidates   int `json:"candidates"`
					RelatedPairs int `json:"related_pairs"`
				} `json:"stats"`
			}
			if json.Unmarshal(b, &doc) == nil {
				r.candidates += doc.Stats.Candidates
				r.pairs += doc.Stats.RelatedPairs
			}
		}
		return true
	}
	var wg sync.WaitGroup
	start := time.Now()
	for c := range clients {
		wg.Go(func() {
			r := &results[c]
			for k := 0; perCheck == 0 || k < perCheck; k++ {
				if ctx.Err() != nil {
					return
				}
				post(r, "/api/check", articles[(c+k*clients)%len(articles)], http.StatusOK)
			}
		})
	}
	for c := range readers {
		wg.Go(func() {
			r := &reads[c]
			for k := 0; perRead == 0 || k < perRead; k++ {
				if ctx.Err() != nil {
					return
				}
				start := time.Now()
				res, err := client.Get(base + "/api/stories")
				if err != nil {
					if ctx.Err() == nil {
						r.errs = append(r.errs, err.Error())
					}
					return
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != http.StatusOK {
					r.errs = append(r.errs, fmt.Sprintf("GET /api/stories = %d", res.StatusCode))
					continue
				}
				if res.Header.Get("X-Reprint-Stale") != "" {
					stale.Add(1)
				}
				r.latency = append(r.latency, time.Since(start))
			}
		})
	}
	var added int
	if adds >= 0 {
		wg.Go(func() {
			r := &results[clients]
			tick := time.Now()
			for k := 0; adds == 0 || k < adds; k++ {
				if addEvery > 0 {
					select {
					case <-ctx.Done():
					case <-time.After(time.Until(tick)):
					}
					tick = tick.Add(addEvery)
				}
				if ctx.Err() != nil {
					return
				}
				pool := articles
				if toAdd != nil {
					pool = toAdd
				}
				var m map[string]any
				json.Unmarshal(pool[k%len(pool)], &m)
				m["id"] = fmt.Sprintf("load-%d-%v", k, m["id"])
				body, _ := json.Marshal(m)
				if post(r, "/api/articles", body, http.StatusCreated, http.StatusOK) {
					added++
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if err := stop(); err != nil {
		t.Errorf("Serve: %v", err)
	}

	var lat []time.Duration
	var errs []string
	for c := range clients {
		lat = append(lat, results[c].latency...)
		errs = append(errs, results[c].errs...)
	}
	errs = append(errs, results[clients].errs...)
	var readLat []time.Duration
	for _, r := range reads {
		readLat = append(readLat, r.latency...)
		errs = append(errs, r.errs...)
	}
	for i, e := range errs {
		if i == 10 {
			t.Errorf("… and %d more", len(errs)-10)
			break
		}
		t.Errorf("request failed: %s", e)
	}
	if len(lat) == 0 {
		t.Fatal("no check answered")
	}
	slices.Sort(lat)
	q := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	st, _ := a.Store().Stats(context.Background())
	t.Logf("%d clients, %d checks in %s against %d articles: %.1f checks/s; latency p50 %s, p90 %s, p99 %s, max %s; %d adds (%.0f ms each on average); %d errors; %d panics",
		clients, len(lat), elapsed.Round(time.Millisecond), st.Articles, float64(len(lat))/elapsed.Seconds(),
		q(0.5).Round(time.Millisecond), q(0.9).Round(time.Millisecond), q(0.99).Round(time.Millisecond), lat[len(lat)-1].Round(time.Millisecond),
		added, float64(results[clients].sum())/float64(max(added, 1))/1e6, len(errs), s.panics.Load())
	var cands, pairs int
	for _, r := range results[:clients] {
		cands += r.candidates
		pairs += r.pairs
	}
	t.Logf("a check aligned %.2f candidates and found %.2f related pairs on average", float64(cands)/float64(max(len(lat), 1)), float64(pairs)/float64(max(len(lat), 1)))
	if readers > 0 {
		if len(readLat) == 0 {
			t.Fatal("no story list answered")
		}
		slices.Sort(readLat)
		rq := func(p float64) time.Duration { return readLat[min(len(readLat)-1, int(p*float64(len(readLat))))] }
		t.Logf("%d readers, %d story lists: latency p50 %s, p99 %s, max %s; %d stale",
			readers, len(readLat), rq(0.5).Round(time.Millisecond), rq(0.99).Round(time.Millisecond), readLat[len(readLat)-1].Round(time.Millisecond), stale.Load())
	}
	if s.panics.Load() != 0 {
		t.Errorf("%d handlers panicked", s.panics.Load())
	}
}

// loadResult is what one client saw.
type loadResult struct {
	latency []time.Duration // of the requests answered as wanted
	errs    []string
	// candidates and related pairs the checks answered found, from
	// their stats: what a check had to align and judge.
	candidates, pairs int
}

func (r *loadResult) sum() time.Duration {
	var d time.Duration
	for _, l := range r.latency {
		d += l
	}
	return d
}

// openLoadArchive opens the archive of REPRINT_LOAD_ARCHIVE for writing.
func openLoadArchive(t *testing.T, dir string) *engine.Archive {
	t.Helper()
	var st engine.Store
	var err error
	if dir == "pgtest" {
		cl, err := pgtest.Start(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cl.Stop() })
		pg, err := postgres.Open(t.Context(), cl.NewDatabase(t), postgres.Options{Create: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { pg.Close() })
		a, err := engine.NewArchive(pg, engine.Options{})
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		add, err := a.Add(t.Context(), []string{os.Getenv("REPRINT_LOAD_FILL")}, t.TempDir(), nil)
		if err != nil {
			t.Fatalf("filling the PostgreSQL archive from REPRINT_LOAD_FILL: %v", err)
		}
		t.Logf("filled PostgreSQL with %d articles (%d pairs) in %s", add.Added, add.Pairs, time.Since(start).Round(time.Second))
		return a
	}
	if strings.HasPrefix(dir, "postgres://") || strings.HasPrefix(dir, "postgresql://") {
		st, err = postgres.Open(t.Context(), dir, postgres.Options{})
	} else {
		st, err = sqlite.Open(t.Context(), dir, sqlite.Options{})
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	a, err := engine.NewArchive(st, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// loadArticles reads a JSONL file into request bodies: one JSON object a
// line, with the fields the API reads.
func loadArticles(t *testing.T, path string) [][]byte {
	t.Helper()
	if path == "" {
		t.Fatal("REPRINT_LOAD_ARTICLES: a JSONL file of articles to check is needed")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		keep := map[string]any{}
		for _, k := range []string{"id", "text", "html", "title", "site", "url", "published"} {
			if v, ok := m[k].(string); ok {
				keep[k] = v
			}
		}
		b, _ := json.Marshal(keep)
		out = append(out, b)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatalf("%s holds no article", path)
	}
	return out
}

func envInt(t *testing.T, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a positive whole number", name, v)
	}
	return n
}

// waitForStories waits until the server answers the story list, that is,
// has judged the archive's stories once (a 503 until then).
func waitForStories(t *testing.T, client *http.Client, base string) {
	t.Helper()
	began := time.Now()
	for {
		res, err := client.Get(base + "/api/stories")
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode == http.StatusOK {
			t.Logf("stories judged in %s before the timed run", time.Since(began).Round(time.Millisecond))
			return
		}
		if res.StatusCode != http.StatusServiceUnavailable || time.Since(began) > 30*time.Minute {
			t.Fatalf("GET /api/stories = %d while waiting for the first judgement", res.StatusCode)
		}
		time.Sleep(time.Second)
	}
}
