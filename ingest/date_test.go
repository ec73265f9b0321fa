package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

func TestParseDateValue(t *testing.T) {
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	const (
		moment = reprint.DatedInstant
		local  = reprint.DatedLocal
		day    = reprint.DatedDay
	)
	tests := []struct {
		raw   string
		want  time.Time
		grain reprint.Dating
	}{
		{`"2025-03-14T08:00:00Z"`, at(2025, 3, 14, 8, 0), moment},
		{`"2025-03-14T09:00:00+01:00"`, at(2025, 3, 14, 8, 0), moment},
		{`"2025-03-14 08:00:00"`, at(2025, 3, 14, 8, 0), local},
		{`"2025-03-14T08:00:00"`, at(2025, 3, 14, 8, 0), local},
		{`"2025-03-14 08:00"`, at(2025, 3, 14, 8, 0), local},
		{`"2025-03-14"`, at(2025, 3, 14, 0, 0), day},
		{`"1885-03-02"`, at(1885, 3, 2, 0, 0), day}, // passim's archives
		{`1742205600`, at(2025, 3, 17, 10, 0), moment},
		{`"1742205600"`, at(2025, 3, 17, 10, 0), moment},
		{`1742205600000`, at(2025, 3, 17, 10, 0), moment},
		{`"March 15, 2025"`, at(2025, 3, 15, 0, 0), day},
		{`"15 March 2025"`, at(2025, 3, 15, 0, 0), day},
		{`"Fri, 14 Mar 2025 08:00:00 GMT"`, at(2025, 3, 14, 8, 0), moment},
		{`"14 Mar 2025 13:30 +05:30"`, at(2025, 3, 14, 8, 0), moment},
		{`"14 Mar 2025 08:00"`, at(2025, 3, 14, 8, 0), local},
		{`"14.05.2025 10:42"`, at(2025, 5, 14, 10, 42), local},
		// A day that could be a month is still the day: dotted dates
		// are day first.
		{`"12.09.2025 10:42"`, at(2025, 9, 12, 10, 42), local},
		{`"04.11.2025"`, at(2025, 11, 4, 0, 0), day},
		{`"4.11.2025"`, at(2025, 11, 4, 0, 0), day},
		// Gujarati's month as its papers spell it (CLDR: ઑક્ટોબર).
		{`"મંગળવાર, 14 ઓક્ટોબર, 2025"`, at(2025, 10, 14, 0, 0), day},
		// Somali's borrowed month names (go-dateparser: "bisha shanaad").
		{`"Talaado, 13 Maajo 2025"`, at(2025, 5, 13, 0, 0), day},
		// Sindhi months and weekdays, tried as their Urdu names.
		{`"اڱارو، 12 آگسٽ 2025"`, at(2025, 8, 12, 0, 0), day},
		{`"خميس، 4 سيپٽمبر 2025"`, at(2025, 9, 4, 0, 0), day},
		{`"2 Ogosto 2025"`, at(2025, 8, 2, 0, 0), day},
		{`"21 Diseembar 2024"`, at(2024, 12, 21, 0, 0), day},
		{`"bisha shanaad 13, 2025"`, at(2025, 5, 13, 0, 0), day},
	}
	for _, tt := range tests {
		got, err := parseDateValue(json.RawMessage(tt.raw))
		if err != nil || !got.Time.Equal(tt.want) || got.Dated != tt.grain {
			t.Errorf("parseDateValue(%s) = %v %q, %v; want %v %q", tt.raw, got.Time, got.Dated, err, tt.want, tt.grain)
		}
	}
	bad := []struct{ raw, why string }{
		{`"soon"`, "no four-digit year"},
		{`"yesterday"`, "no four-digit year"},
		{`"March 15"`, "no four-digit year"},
		{`12345`, "not a Unix time"},
		{`true`, "not a string or a number"},
		{`"2025 was a year of bananas and custard"`, "not a date"},
		// A month and a year: the day is not filled from today's.
		{`"October 2025"`, "not a date"},
	}
	for _, tt := range bad {
		if got, err := parseDateValue(json.RawMessage(tt.raw)); err == nil || !strings.Contains(err.Error(), tt.why) {
			t.Errorf("parseDateValue(%s) = %v, %v; want an error saying %q", tt.raw, got, err, tt.why)
		}
	}
}

// TestJSONLDates reads published values, passim's date and series, and a
// value that is not a date, which must become a warning on the article.
func TestJSONLDates(t *testing.T) {
	const text = `"a b c d e f g h i j k l m n o p q r s t u v w x y z."`
	in := `{"id":"feed","published":"2025-03-14 08:00:00","text":` + text + "}\n" +
		`{"id":"passim","series":"Gazette","date":"1885-03-02","text":` + text + "}\n" +
		`{"id":"both","site":"Herald","series":"Gazette","published":"2025-03-14","date":"1885-03-02","text":` + text + "}\n" +
		`{"id":"bad","published":"soon","text":` + text + "}\n" +
		`{"id":"revised","published":"2025-03-14T09:00:00Z","modified":"2025-03-14T12:05:00Z","text":` + text + "}\n" +
		`{"id":"badrev","published":"2025-03-14","modified":"later","text":` + text + "}\n"
	path := filepath.Join(t.TempDir(), "feed.jsonl")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	items, _ := mustScan(t, Options{}, path)
	var arts []*reprint.Article
	for _, it := range items {
		if it.a != nil {
			arts = append(arts, it.a)
		}
	}
	want := map[string]struct {
		site      string
		published time.Time
		warnings  int
	}{
		"feed":   {"", time.Date(2025, 3, 14, 8, 0, 0, 0, time.UTC), 0},
		"passim": {"Gazette", time.Date(1885, 3, 2, 0, 0, 0, 0, time.UTC), 0},
		"both":   {"Herald", time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC), 0},
		"bad":    {"", time.Time{}, 1},
		// A revision time is read as a publication date is, and one
		// that cannot be read is a warning.
		"revised": {"", time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC), 0},
		"badrev":  {"", time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC), 1},
	}
	if len(arts) != len(want) {
		t.Fatalf("read %d articles; want %d", len(arts), len(want))
	}
	for _, a := range arts {
		w := want[a.ID]
		if a.ID == "revised" && !a.Meta.Modified.Equal(time.Date(2025, 3, 14, 12, 5, 0, 0, time.UTC)) {
			t.Errorf("article revised: modified %v; want 12:05", a.Meta.Modified)
		}
		if a.Meta.Site != w.site || !a.Meta.Published.Equal(w.published) || len(a.Meta.Warnings) != w.warnings {
			t.Errorf("article %s: site %q, published %v, warnings %q; want %q, %v, %d warnings",
				a.ID, a.Meta.Site, a.Meta.Published, a.Meta.Warnings, w.site, w.published, w.warnings)
		}
	}
}

// FuzzParseDate holds that parseDate never panics, and that a date it
// returns came with no error and has a year in range.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-03-14 08:00:00", "March 15, 2025", "1742205600", "soon", "Fri, 14 Mar 2025 08:00:00 GMT", "2025-13-45", "0000000000000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || len(s) > 200 {
			return
		}
		d, err := parseDate(s)
		if err == nil && d.IsZero() {
			t.Errorf("parseDate(%q) = zero time with no error", s)
		}
	})
}

// TestDateLine: a full date alone on its line, or after a short name and
// a comma or a bar, in brackets or not, is a date line; a month and year,
// a year, a sentence holding a date, or a long prefix is none.
func TestDateLine(t *testing.T) {
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		line string
		want time.Time
	}{
		{"Поділля 24/7, [14.05.2025 13:05]", at(2025, 5, 14, 13, 5)},
		{"14 March 2025", at(2025, 3, 14, 0, 0)},
		{"March 14, 2025", at(2025, 3, 14, 0, 0)},
		{"BBC News | 14/03/2025 09:30", at(2025, 3, 14, 9, 30)},
		{"Harbour Gazette | 07/03/2025 16:42", at(2025, 3, 7, 16, 42)},
		{"Valley Courier | 03/14/2025 08:00", at(2025, 3, 14, 8, 0)},
		{"2025/03/05 14:32", at(2025, 3, 5, 14, 32)},
		{"TPA COURT COPY | 07/03/2025 16:42 | HARBOUR DESK | REF TPA-0307-04", at(2025, 3, 7, 16, 42)},
		{"(2025-03-14)", at(2025, 3, 14, 0, 0)},
		{"March 2025", time.Time{}},
		{"2025", time.Time{}},
		{"The council met on 14 March 2025.", time.Time{}},
		{"The council of the town met again, 14 March 2025", time.Time{}},
		{"Chapter 14, 1865", time.Time{}},
		{"by Angel Cohn December 10, 2008 3:42 PM", time.Time{}},
		{"Wednesday, January 14, 2009 at 9:25 AM", at(2009, 1, 14, 9, 25)},
		{"Mar 16 2008, 11:26 AM", at(2008, 3, 16, 11, 26)},
		{"Bridge to close for repairs", time.Time{}},
		{"2025年11月20日（星期四）", at(2025, 11, 20, 0, 0)},
		{"2025년 11월 20일", at(2025, 11, 20, 0, 0)},
		{"2025年11月", time.Time{}},
		{"政府今日（十一月二十日）公布2025年計劃", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := dateLine(tt.line)
		if ok != !tt.want.IsZero() || !got.Time.Equal(tt.want) {
			t.Errorf("dateLine(%q) = %v, %v; want %v", tt.line, got, ok, tt.want)
		}
	}
	body := "Поділля 24/7, [14.05.2025 13:05]\n\nБерезнянськ без мосту\n\nТекст."
	if got, ok := textDate(body); !ok || !got.Time.Equal(at(2025, 5, 14, 13, 5)) || got.Dated != reprint.DatedLocal {
		t.Errorf("textDate = %v, %v", got, ok)
	}
	if _, ok := textDate("Headline\n\nBy A. Reporter\n\nFirst paragraph.\n\n14 March 2025"); ok {
		t.Errorf("textDate read a date past the first lines")
	}
}

// TestHeaderFields: a wire copy's header of fields, one a line, dates the
// copy by its DATE and TIME fields; a story's "Date:" in its prose, with
// no header around it, dates nothing.
func TestHeaderFields(t *testing.T) {
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		name, body string
		want       time.Time
	}{
		{"date and time fields", "CALDER PRESS AGENCY - COURT COPY\n=====\nSLUG: COURT Roofer\nCATCHLINE: Roofer jailed\nDATE: 11/03/2025\nTIME: 16:42\nWORDS: 640\n-----\n\nRoofer jailed\n\nText.", at(2025, 3, 11, 16, 42)},
		{"a date field alone", "Slug: Fire\nDesk: North\nDate: 4 February 2025\n\nFire at mill\n\nText.", at(2025, 2, 4, 0, 0)},
		{"too few fields", "Date: 4 February 2025\n\nFire at mill\n\nText.", time.Time{}},
		{"a date field without a year", "Slug: Fire\nDesk: North\nDate: Tuesday\n\nFire at mill.", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := headerFields(tt.body)
		if ok != !tt.want.IsZero() || !got.Time.Equal(tt.want) {
			t.Errorf("%s: headerFields = %v, %v; want %v", tt.name, got, ok, tt.want)
		}
	}
}

// TestIssueDate: a digitised-newspaper archive's capture is dated by its
// issue line under the archive's header, the title line's date or the
// date over the volume and page; a story's line with a bracket or a
// dash and a date in it dates nothing.
func TestIssueDate(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	header := "Ohio Valley Historic Newspapers | Tri-State Digital Newspaper Program\nHome | Browse Titles | Advanced Search\nSearch Pages: [ ] Go\n\n"
	tests := []struct {
		name, body string
		want       time.Time
	}{
		{"title line", header + "Evansport daily courier. (Evansport, Ind.) 1871-1912, March 14, 1883, Image 3\nPersistent link: https://example.org/\n\nTERRIBLE DISASTER.\n", day(1883, 3, 14)},
		{"date over the volume", "Kentucky Digital Newspaper Heritage\nSkip to main content\nHome  Browse  Search\nYou are here: Home > Titles\n\nThe Bellmont Herald (Bellmont, Ky.)\nThursday, March 22, 1883 — Volume XIV, Number 12 — Page 1, Column 5\n", day(1883, 3, 22)},
		{"a story's bracket", "Headline\n\nThe mayor (Democrat) spoke on March 14, 2025, at the hall.\n\nMore text.\n", time.Time{}},
		{"a story's dash", "Headline\n\nOn Thursday, March 22, 2025 — a cold day — the council met.\n", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := textDate(tt.body)
		if ok != !tt.want.IsZero() || !got.Time.Equal(tt.want) {
			t.Errorf("%s: textDate = %v, %v; want %v", tt.name, got, ok, tt.want)
		}
	}
	// The paper the issue line names is the capture's publisher.
	for body, want := range map[string]string{
		tests[0].body: "Evansport daily courier",
		tests[1].body: "The Bellmont Herald",
		tests[2].body: "",
		"Archive\n\nThursday, March 22, 1883 — Volume XIV, Number 12 — Page 1\n": "",
	} {
		if _, paper, _ := issueLine(body); paper != want {
			t.Errorf("issueLine(%.40q…) paper = %q; want %q", body, paper, want)
		}
	}
}

// TestLabelledDateLine: a scraped page's capture is dated by its labelled
// date line ("Posted on: November 16, 2025") under many lines of
// furniture; an unlabelled date that low, a modification date, or a
// label in a sentence dates nothing.
func TestLabelledDateLine(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	menu := "Statement on crash | City of Calder Falls\n\nSkip to Main Content\nSearch\nResidents\nBusiness\nGovernment\nDepartments\nHome\nPolice Department\nNews Flash\n\n"
	tests := []struct {
		name, body string
		want       time.Time
	}{
		{"under the menu", menu + "Posted on: November 16, 2025\n\nStatement on crash\n\nA patrol car struck a Honda.\n", day(2025, 11, 16)},
		{"posted and a weekday", menu + "Posted Wednesday, October 22, 2025 10:15 am\n\nStatement on crash\n\nA patrol car struck a Honda.\n", time.Date(2025, 10, 22, 10, 15, 0, 0, time.UTC)},
		{"posted by a person", menu + "Posted by Jane Roe\n\nStatement on crash\n\nA patrol car struck a Honda.\n", time.Time{}},
		{"German", menu + "Veröffentlicht am 14.03.2025\n\nUnfall\n\nEin Streifenwagen stieß mit einem Auto zusammen.\n", day(2025, 3, 14)},
		{"an unlabelled date that low", menu + "November 16, 2025\n\nStatement on crash\n\nA patrol car struck a Honda.\n", time.Time{}},
		{"a modification date", menu + "Updated: November 16, 2025\n\nStatement on crash\n\nA patrol car struck a Honda.\n", time.Time{}},
		{"a label in a sentence", menu + "Posted on the door: a notice of November 16, 2025 about the crash.\n", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := textDate(tt.body)
		if ok != !tt.want.IsZero() || !got.Time.Equal(tt.want) {
			t.Errorf("%s: textDate = %v, %v; want %v", tt.name, got, ok, tt.want)
		}
	}
}

// TestPostStampLine: a social post's capture is dated by the post's time
// stamp, a full date before the audience mark, under the platform's
// menu; a relative stamp or one without its year dates nothing.
func TestPostStampLine(t *testing.T) {
	menu := "(3) Mairie de Varenne | Facebook\n\nFacebook\nRechercher sur Facebook\nAccueil\nVidéo\nMarketplace\nGroupes\nMairie de Varenne\nPage · Mairie de village\nSuivre\nPublications\nÀ propos\n\nMairie de Varenne\n"
	post := "\n\nUne canalisation a cédé cette nuit sous la rue des Tilleuls.\n"
	tests := []struct {
		name, stamp string
		want        time.Time
	}{
		{"a full date and the globe", "14 octobre 2025, 07:42 · 🌍", time.Date(2025, 10, 14, 7, 42, 0, 0, time.UTC)},
		{"in English, shared with the public", "13 November 2025 at 08:47 · Shared with Public", time.Date(2025, 11, 13, 8, 47, 0, 0, time.UTC)},
		{"no year", "13 November at 08:47 · 🌍", time.Time{}},
		{"relative", "2d · Shared with Public", time.Time{}},
		{"a date without the audience mark", "14 octobre 2025, 07:42", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := textDate(menu + tt.stamp + post)
		if ok != !tt.want.IsZero() || !got.Time.Equal(tt.want) {
			t.Errorf("%s: textDate = %v, %v; want %v", tt.name, got, ok, tt.want)
		}
	}
}
