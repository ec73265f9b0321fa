package ingest

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/markusmobius/go-dateparser"
)

// Publication dates of JSONL (and passim) records. Feeds and exports write
// them in many forms; each is tried in turn, cheapest first:
//
//	RFC 3339                   2025-03-14T08:00:00Z, 2025-03-14T08:00:00+01:00
//	ISO without a zone (UTC)   2025-03-14T08:00:00, 2025-03-14 08:00:00, 2025-03-14 08:00
//	a bare day (UTC midnight)  2025-03-14
//	Unix time                  1742205600 (seconds), 1742205600000 (milliseconds),
//	                           as a JSON number or a string of digits
//	anything else with a year  "March 15, 2025", "15 Mar 2025 08:00", "Fri, 14 Mar 2025
//	                           08:00:00 GMT": github.com/markusmobius/go-dateparser
//	                           (already in the module graph through go-trafilatura),
//	                           English first, times without a zone as UTC
//
// A value with no four-digit year ("yesterday", "3 hours ago", "March 15")
// is not taken: it is relative to a day the record does not say. A value
// that none of these reads is reported (a warning on the article), never
// dropped in silence.

// isoLayouts are the zone-less ISO forms, read as UTC.
var isoLayouts = []string{"2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04"}

// Unix times are taken between minUnix and maxUnix seconds (1990 to 2100):
// a run of digits outside is not a date.
const (
	minUnix = 631152000
	maxUnix = 4102444800
)

// dateConfig is go-dateparser's configuration: English first (the parser
// still detects other languages), UTC where the value names no zone, and
// the day first where "03/04/2025" could be either.
var dateConfig = dateparser.Configuration{
	DefaultLanguages: []string{"en"},
	DefaultTimezone:  time.UTC,
}

// parseDateValue reads a JSON "published" or "date" value: a string in one
// of the forms above, or a number of Unix seconds or milliseconds. It
// returns the reason when it cannot.
func parseDateValue(raw json.RawMessage) (time.Time, error) {
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		if t, ok := unixTime(n.String()); ok {
			return t, nil
		}
		return time.Time{}, fmt.Errorf("the number %s is not a Unix time between 1990 and 2100", n)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return time.Time{}, fmt.Errorf("not a string or a number")
	}
	return parseDate(strings.TrimSpace(s))
}

// parseDate reads one date string (see the forms above).
func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	for _, l := range isoLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if t, ok := unixTime(s); ok {
		return t, nil
	}
	if !hasYear(s) {
		return time.Time{}, fmt.Errorf("no four-digit year")
	}
	cfg := dateConfig
	d, err := dateparser.Parse(&cfg, s)
	if err != nil || d.Time.IsZero() {
		return time.Time{}, fmt.Errorf("not a date in any known form")
	}
	return d.Time, nil
}

// unixTime reads a run of 9–13 digits as Unix seconds or, past 11 digits,
// milliseconds, within [minUnix, maxUnix).
func unixTime(s string) (time.Time, bool) {
	if len(s) < 9 || len(s) > 13 || strings.Trim(s, "0123456789") != "" {
		return time.Time{}, false
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	if len(s) > 11 {
		v /= 1000
	}
	if v < minUnix || v >= maxUnix {
		return time.Time{}, false
	}
	return time.Unix(v, 0).UTC(), true
}

// hasYear reports whether s holds a run of exactly four digits starting
// 1 or 2 (the years 1000–2999: passim's archives reach back centuries).
func hasYear(s string) bool {
	run := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			run++
			continue
		}
		if run == 4 && (s[i-4] == '1' || s[i-4] == '2') {
			return true
		}
		run = 0
	}
	return false
}
