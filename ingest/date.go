package ingest

import (
	"encoding/json"
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/markusmobius/go-dateparser"

	"github.com/reprint/reprint"
)

// Publication dates of JSONL (and passim) records. Feeds and exports write
// them in many forms; each is tried in turn, cheapest first:
//
//	RFC 3339                   2025-03-14T08:00:00Z, 2025-03-14T08:00:00+01:00
//	ISO without a zone         2025-03-14T08:00:00, 2025-03-14 08:00:00, 2025-03-14 08:00
//	a bare day                 2025-03-14
//	Unix time                  1742205600 (seconds), 1742205600000 (milliseconds),
//	                           as a JSON number or a string of digits
//	anything else with a year  "March 15, 2025", "15 Mar 2025 08:00", "Fri, 14 Mar 2025
//	                           08:00:00 GMT": github.com/markusmobius/go-dateparser
//	                           (already in the module graph through go-trafilatura),
//	                           English first
//
// Each date keeps its grain (reprint.Dating): a moment when the value
// names its zone (RFC 3339, Unix time, "GMT", "+05:30"); a time of day on
// the publisher's unnamed clock when it gives a time and no zone (held as
// if UTC); a day when it gives no time (its midnight, as if UTC). go-
// dateparser reports whether it read a time (ReturnTimeAsPeriod); whether
// it read a zone shows by parsing again with another default zone: a
// value that names its zone gives the same instant both times.
//
// A value with no four-digit year ("yesterday", "3 hours ago", "March 15")
// is not taken: it is relative to a day the record does not say. A value
// that none of these reads is reported (a warning on the article), never
// dropped in silence.

// isoLayouts are the zone-less ISO forms, times of day on an unnamed
// clock.
var isoLayouts = []string{"2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04"}

// dottedLayouts read a date written with full stops between its numbers
// day first, as every country that writes it so does (German, Russian,
// Tajik, Turkish sites: "12.09.2025 10:42" is 12 September). go-
// dateparser, left to its default English order, reads it month first
// when the day could be a month.
var dottedLayouts = []string{"2.1.2006 15:04:05", "2.1.2006 15:04", "2.1.2006, 15:04", "2.1.2006"}

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
	DefaultLanguages:   []string{"en"},
	DefaultTimezone:    time.UTC,
	ReturnTimeAsPeriod: true,
	// Without them go-dateparser fills a part it did not read from
	// today's date: a Gujarati "14 ઓક્ટોબર, 2025", its month spelled
	// otherwise than CLDR's ઑક્ટોબર, became 14 December (the month of the
	// run). A date that misses a part is no date.
	RequiredParts: []string{"day", "month", "year"},
	// The day first, as most of the world writes "07/03/2025" (a UK
	// agency's 7 March); a value that cannot be read so ("03/14/2025")
	// is read month first (numericOrder). Before, no order was set
	// and English's own, month first, read the UK date as 3 July.
	DateOrder: dayFirst,
}

// dayFirst is each locale's own order of a date's parts, but the day
// before the month where the locale puts the month first (English's
// default, the US order).
func dayFirst(locale string) string {
	if o := dateparser.DefaultDateOrder(locale); o != "MDY" {
		return o
	}
	return "DMY"
}

// numericOrder returns the order of a date of numbers opening s where
// its numbers tell it, whatever the locale: "YMD" when it opens with a
// four-digit year ("2025/03/05 14:32", a Taiwanese agency's), "MDY" when
// its second number is past twelve and its first is not ("03/14/2025",
// as the US writes it: go-dateparser, told the day first, would carry
// month 14 into the next year rather than fail); "" otherwise.
func numericOrder(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' || r == ' ' })
	if len(f) < 3 {
		return ""
	}
	a, errA := strconv.Atoi(f[0])
	b, errB := strconv.Atoi(f[1])
	if errA != nil || errB != nil {
		return ""
	}
	if _, err := strconv.Atoi(f[2]); err == nil && len(f[0]) == 4 && b >= 1 && b <= 12 {
		return "YMD"
	}
	if len(f[2]) == 4 && a >= 1 && a <= 12 && b > 12 && b <= 31 {
		return "MDY"
	}
	return ""
}

// monthFirst is dateConfig reading month first: a US date that names a
// day past twelve.
var monthFirst = func() dateparser.Configuration {
	c := dateConfig
	c.DateOrder = dateparser.MDY
	return c
}()

// yearFirst is dateConfig reading a date that opens with its year.
var yearFirst = func() dateparser.Configuration {
	c := dateConfig
	c.DateOrder = dateparser.YMD
	return c
}()

// spellingFolds are the spellings of month names that CLDR, go-
// dateparser's source, writes otherwise, tried when a value does not
// parse: Gujarati and Marathi papers write the English "o" opening a
// loanword with the plain vowel (ઓક્ટોબર, ઓગસ્ટ, ओक्टोबर), CLDR with the
// candra one (ઑક્ટોબર, ऑक्टोबर).
//
// Somali papers print the months by their borrowed names ("13 Maajo
// 2025"), where go-dateparser's Somali data, from an older CLDR, has only
// the ordinal ones ("bisha shanaad", the fifth month): each borrowed name,
// in the spellings in use (Carbon's Somali locale's Janaayo, Maajo,
// Luuliyo, Agoosto, Sebteembar, Nofeembar, Diseembar, and their shorter
// forms), is tried as the ordinal.
//
// Sindhi papers print dates in Sindhi's own spellings ("اڱارو، 12 آگسٽ
// 2025"), which go-dateparser's data lacks: each Sindhi month and weekday
// is tried as its Urdu name in CLDR (آگسٽ اگست, اڱارو منگل).
var spellingFolds = strings.NewReplacer(slices.Concat([]string{"ઓ", "ઑ", "ओ", "ऑ"}, somaliMonths(), sindhiNames())...)

// sindhiNames returns the Replacer pairs of the Sindhi months and
// weekdays, as Sindhi papers print them, to their Urdu names.
func sindhiNames() []string {
	return []string{
		"جنوري", "جنوری", "فيبروري", "فروری", "اپريل", "اپریل", "مئي", "مئی",
		"جولاءِ", "جولائی", "جولائي", "جولائی", "آگسٽ", "اگست", "سيپٽمبر", "ستمبر",
		"آڪٽوبر", "اکتوبر", "ڊسمبر", "دسمبر",
		"سومر", "پیر", "اڱارو", "منگل", "اربع", "بدھ", "خميس", "جمعرات",
		"جمعو", "جمعہ", "ڇنڇر", "ہفتہ", "آچر", "اتوار",
	}
}

// somaliMonths returns the Replacer pairs of the Somali months' borrowed
// names, capitalised and not, longest spellings first.
func somaliMonths() []string {
	months := [][]string{
		{"bisha koobaad", "Jannaayo", "Janaayo"},
		{"bisha labaad", "Febraayo"},
		{"bisha saddexaad", "Maarso"},
		{"bisha afraad", "Abriil"},
		{"bisha shanaad", "Maajo", "Maayo"},
		{"bisha lixaad", "Juun"},
		{"bisha todobaad", "Luuliyo", "Luulyo"},
		{"bisha sideedaad", "Agoosto", "Ogosto", "Ogost"},
		{"bisha sagaalaad", "Sebteembar", "Sebtembar"},
		{"bisha tobnaad", "Oktoobar"},
		{"bisha kow iyo tobnaad", "Nofeembar", "Nofembar"},
		{"bisha laba iyo tobnaad", "Diseembar", "Desembar", "Disembar"},
	}
	var out []string
	for _, m := range months {
		for _, name := range m[1:] {
			out = append(out, name, m[0], strings.ToLower(name), m[0])
		}
	}
	return out
}

// probeZone is the default zone of the second parse that tells whether
// a value named its zone (any offset but UTC's would do).
var probeZone = time.FixedZone("probe", 5*3600+1800)

// parseDateValue reads a JSON "published" or "date" value: a string in one
// of the forms above, or a number of Unix seconds or milliseconds. It
// returns the reason when it cannot.
func parseDateValue(raw json.RawMessage) (reprint.Date, error) {
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		if t, ok := unixTime(n.String()); ok {
			return reprint.Date{Time: t}, nil
		}
		return reprint.Date{}, fmt.Errorf("the number %s is not a Unix time between 1990 and 2100", n)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return reprint.Date{}, fmt.Errorf("not a string or a number")
	}
	return parseDate(strings.TrimSpace(s))
}

// parseDate reads one date string (see the forms above).
func parseDate(s string) (reprint.Date, error) {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return reprint.Date{Time: t}, nil
	}
	for _, l := range isoLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return reprint.Date{Time: t, Dated: reprint.DatedLocal}, nil
		}
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return reprint.Date{Time: t, Dated: reprint.DatedDay}, nil
	}
	for _, l := range dottedLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if strings.Contains(l, "15") {
				return reprint.Date{Time: t, Dated: reprint.DatedLocal}, nil
			}
			return reprint.Date{Time: t, Dated: reprint.DatedDay}, nil
		}
	}
	if t, ok := unixTime(s); ok {
		return reprint.Date{Time: t}, nil
	}
	if !hasYear(s) {
		return reprint.Date{}, fmt.Errorf("no four-digit year")
	}
	cfg := dateConfig
	switch numericOrder(s) {
	case "MDY":
		cfg = monthFirst
	case "YMD":
		cfg = yearFirst
	}
	d, err := dateparser.Parse(&cfg, s)
	if err != nil || d.Time.IsZero() {
		if folded := spellingFolds.Replace(s); folded != s {
			if d, err = dateparser.Parse(&cfg, folded); err == nil && !d.Time.IsZero() {
				s = folded
			}
		}
	}
	if err != nil || d.Time.IsZero() {
		return reprint.Date{}, fmt.Errorf("not a date in any known form")
	}
	if !d.Period.IsTime() {
		y, m, day := d.Time.Date()
		return reprint.Date{Time: time.Date(y, m, day, 0, 0, 0, 0, time.UTC), Dated: reprint.DatedDay}, nil
	}
	probe := cfg
	probe.DefaultTimezone = probeZone
	if p, err := dateparser.Parse(&probe, s); err == nil && p.Time.Equal(d.Time) {
		return reprint.Date{Time: d.Time}, nil
	}
	return reprint.Date{Time: d.Time, Dated: reprint.DatedLocal}, nil
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

// A plain text's date line: scraped and exported texts often open with
// the publication date on a line of its own, alone or after the
// channel's or site's name ("14 March 2025", "Поділля 24/7, [14.05.2025
// 13:05]", "BBC News | 14/03/2025 09:30"). Such a line among the first
// dateLineMaxLines lines is the text's publication date; it is never the
// headline.
const (
	// dateLineMaxLines: the date line sits above or just under the
	// headline, over a byline at most.
	dateLineMaxLines = 3
	// dateLineMaxWords bounds the name before the date ("Поділля
	// 24/7", "The Harbour Gazette"): a longer prefix is a sentence.
	dateLineMaxWords = 5
	// dateLineMaxFields bounds the fields of a header line parted by
	// bars: a wire copy's service, date, desk and reference; more is a
	// menu.
	dateLineMaxFields = 6
)

// textDate returns the date of body's date line (dateLine) among its first
// dateLineMaxLines non-blank lines.
func textDate(body string) (reprint.Date, bool) {
	for line := range headLines(body, dateLineMaxLines) {
		if t, ok := dateLine(line); ok {
			return t, true
		}
	}
	if t, ok := headerFields(body); ok {
		return t, true
	}
	if t, ok := labelledDateLine(body); ok {
		return t, true
	}
	if t, ok := postStampLine(body); ok {
		return t, true
	}
	t, _, ok := issueLine(body)
	return t, ok
}

// postAudiences close a social post's time stamp, as a capture of the
// post prints it under the account's name: the audience's globe (one of
// three, by the hemisphere the platform draws) or its words ("14 octobre
// 2025, 07:42 · 🌍", "13 November 2025 at 08:47 · Shared with Public").
var postAudiences = []string{" · 🌍", " · 🌎", " · 🌏", " · Shared with Public", " · Public"}

// postStampLine returns the date of a social post's time stamp among
// body's first labelledDateMaxLines non-blank lines: a full date
// (dateLine) before the audience mark. The mark makes the line the
// post's own stamp, however far under the platform's menu; a relative
// stamp ("2d", "15h") or one without its year gives no date.
func postStampLine(body string) (reprint.Date, bool) {
	for line := range headLines(body, labelledDateMaxLines) {
		for _, a := range postAudiences {
			if stamp, ok := strings.CutSuffix(line, a); ok {
				if t, ok := dateLine(stamp); ok {
					return t, true
				}
				return reprint.Date{}, false // the post's stamp, and no date in it
			}
		}
	}
	return reprint.Date{}, false
}

// headLines yields the first max non-blank lines of body, each trimmed
// of its spaces: where a capture's date lines are looked for.
func headLines(body string, max int) iter.Seq[string] {
	return func(yield func(string) bool) {
		rest := body
		for n := 0; n < max && rest != ""; {
			line, r, _ := strings.Cut(rest, "\n")
			rest = r
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			n++
			if !yield(line) {
				return
			}
		}
	}
}

// labelledDateMaxLines bounds how far down a scraped page's capture its
// labelled date line is looked for: under the site's name, its account
// bar, its menu and its trail ("Skip to Main Content", "Residents",
// "Business", … "News Flash"), a municipal CMS prints "Posted on:
// November 16, 2025" some twenty lines down.
const labelledDateMaxLines = 40

// dateLabels open a labelled date line, lower case: the publication
// date as a CMS prints it over a post ("Posted on: November 16, 2025",
// "Posted Wednesday, October 22, 2025 10:15 am",
// "Published: 14 March 2025", "Veröffentlicht am 14.03.2025"). A
// modification date ("Updated:", "Last modified") is not the
// publication's.
var dateLabels = []string{"posted on:", "posted on", "posted:", "posted", "published on:", "published on", "published:", "date posted:",
	"publicado el", "publicado em", "publicado:", "publié le", "pubblicato il", "veröffentlicht am", "veröffentlicht:",
	"gepubliceerd op", "gepubliceerd:", "opublikowano:", "objavljeno:"}

// labelledDateLine returns the date of the first line among body's first
// labelledDateMaxLines non-blank lines that is a label of dateLabels and
// a full date, nothing else: the publication date of a scraped page,
// which may open with many lines of furniture. Only the label makes so
// low a line a date line: an unlabelled date there may be any date the
// page prints (an event's, a list's).
func labelledDateLine(body string) (reprint.Date, bool) {
	for line := range headLines(body, labelledDateMaxLines) {
		for _, l := range dateLabels {
			if len(line) <= len(l) || !strings.EqualFold(line[:len(l)], l) {
				continue
			}
			v := line[len(l):]
			if v[0] != ' ' && !strings.HasSuffix(l, ":") {
				continue
			}
			v = strings.TrimSpace(v)
			if fullDate(v) {
				if t, err := parseDate(v); err == nil {
					return t, true
				}
			}
			break
		}
	}
	return reprint.Date{}, false
}

// A wire copy's header of fields, one a line over the story ("SLUG: COURT
// Roofer", "DATE: 11/03/2025", "TIME: 16:42", "WORDS: 640"): an agency's
// copy as its subscribers receive it. Its DATE field, with its TIME field
// when it has one, is the copy's date. The header is among the first
// headerFieldsMaxLines lines and has at least headerFieldsMin fields, so
// that a story's "Date: Tuesday" in its prose is no header.
const (
	headerFieldsMaxLines = 16
	headerFieldsMin      = 3
)

// headerFieldName matches a header field's name and its value: a word or
// two in capitals or capitalised, a colon, the value.
var headerFieldName = regexp.MustCompile(`^([A-Z][A-Za-z]{1,14}(?: [A-Za-z]{1,14})?):\s+(\S.*)$`)

// dateFields and timeFields are the names of a header's date and time
// fields, lower case.
var (
	dateFields = map[string]bool{"date": true, "dated": true, "filed": true, "datum": true, "fecha": true, "data": true}
	timeFields = map[string]bool{"time": true, "filed at": true, "zeit": true, "hora": true, "ora": true}
)

// headerFields returns the date of body's wire header (see
// headerFieldsMaxLines).
func headerFields(body string) (reprint.Date, bool) {
	fields, date, clock := 0, "", ""
	rest := body
	for n := 0; n < headerFieldsMaxLines && rest != ""; n++ {
		line, r, _ := strings.Cut(rest, "\n")
		rest = r
		m := headerFieldName.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		fields++
		switch name := strings.ToLower(m[1]); {
		case dateFields[name] && date == "":
			date = strings.TrimSpace(m[2])
		case timeFields[name] && clock == "":
			clock = strings.TrimSpace(m[2])
		}
	}
	if fields < headerFieldsMin || date == "" || !fullDate(date) {
		return reprint.Date{}, false
	}
	if clock != "" {
		if t, err := parseDate(date + " " + clock); err == nil {
			return t, true
		}
	}
	t, err := parseDate(date)
	return t, err == nil
}

// issueLineMaxLines bounds where a digitised-newspaper archive's issue
// line stands: under the archive's name, its menu and its search form,
// the fourth to the sixth line in the story sets' captures.
const issueLineMaxLines = 8

// issueLine returns the date of a digitised-newspaper archive's issue
// line among body's first issueLineMaxLines non-blank lines: the
// paper's title with its place in brackets, its years and the issue's
// date ("Evansport daily courier. (Evansport, Ind.) 1871-1912, March
// 14, 1883, Image 3"), or the issue's date opening the line over its
// volume and page ("Thursday, March 22, 1883 — Volume XIV, Number 12 —
// Page 1, Column 5"). The issue's date is the item's publication date,
// and the paper the title names (paper: "Evansport daily courier",
// the first form only) its publisher. A story's line with a bracket or
// a dash holds no run's years after the bracket and no volume after the
// dash.
func issueLine(body string) (_ reprint.Date, paper string, _ bool) {
	rest, prev := body, ""
	for n := 0; n < issueLineMaxLines && rest != ""; {
		line, r, _ := strings.Cut(rest, "\n")
		rest = r
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		n++
		paper = ""
		if k := strings.LastIndex(line, ") "); k > 0 && strings.Contains(line[:k], " (") && runYears(line[k+2:]) {
			paper = titleBefore(line)
			line = line[k+2:] // the years, the date, the image
		} else if k := strings.Index(line, " — "); k > 0 && issuePart(line[k:]) {
			if strings.HasSuffix(prev, ")") {
				paper = titleBefore(prev) // "The Bellmont Herald (Bellmont, Ky.)" over it
			}
			line = line[:k] // the date over the volume
		} else {
			prev = line
			continue
		}
		parts := strings.Split(line, ", ")
		for i := range parts {
			for j := i + 2; j <= min(i+3, len(parts)); j++ {
				v := strings.Join(parts[i:j], ", ")
				if !fullDate(v) {
					continue
				}
				if t, err := parseDate(v); err == nil {
					return t, paper, true
				}
			}
		}
	}
	return reprint.Date{}, "", false
}

// dateLine reads line as a date line: a full date — a day, a month and a
// four-digit year, by figures or the month's name, a time optional — in
// brackets or not, alone or after a short name and a comma or a bar
// ("Поділля 24/7, [14.05.2025 13:05]"). "March 2025", a year alone, or a
// sentence holding a date is none.
func dateLine(line string) (reprint.Date, bool) {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 80 || strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "..") && endsInWord(line) {
		return reprint.Date{}, false
	}
	values := []string{line}
	if parts := strings.Split(line, " | "); len(parts) > 2 && len(parts) <= dateLineMaxFields {
		// A wire copy's header of fields, the date among them: "TPA
		// COURT COPY | 07/03/2025 16:42 | BRACKENHOLME DESK | REF …".
		for _, p := range parts {
			if len(strings.Fields(p)) <= dateLineMaxWords {
				values = append(values, p)
			}
		}
	}
	for _, sep := range []string{", ", " | ", " — ", " – ", " - "} {
		// A name before the date.
		if i := strings.LastIndex(line, sep); i > 0 {
			if len(strings.Fields(line[:i])) <= dateLineMaxWords {
				values = append(values, line[i+len(sep):])
			}
			break
		}
	}
	for _, v := range values {
		v = strings.TrimSpace(strings.Trim(strings.TrimSpace(v), "[]()"))
		if !fullDate(v) {
			continue
		}
		if t, err := parseDate(v); err == nil {
			return t, true
		}
	}
	return reprint.Date{}, false
}

// IsDateLine reports whether line is a date line as a plain text's first
// lines carry one (dateLine): the publication date, no line of the story.
func IsDateLine(line string) bool {
	_, ok := dateLine(line)
	return ok
}

// endsInWord reports whether line's last character before its full stop
// is a letter: a sentence ("It rained on 14 March 2025."), not an
// abbreviated month.
func endsInWord(line string) bool {
	s := strings.TrimSuffix(line, ".")
	if s == "" {
		return false
	}
	c := s[len(s)-1]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// fullDate reports whether s has the parts of a full date and little
// else: a four-digit year (hasYear), and besides it a day's figure and
// either a month's figure or a word (the month's name, in any language
// go-dateparser reads); a time ("13:05", "3:42 PM") may follow, and at
// most three words of letters stand in all (a weekday, the month, "at").
// "2008 3:42 PM" has no day and month: none.
func fullDate(s string) bool {
	if !hasYear(s) {
		return false
	}
	figures, words, parts := 0, 0, 0
	for _, tok := range strings.Fields(s) {
		if strings.Contains(tok, ":") {
			continue // a time
		}
		if t := strings.ToLower(strings.Trim(tok, ",.")); t == "am" || t == "pm" || t == "a.m" || t == "p.m" {
			continue
		}
		for _, w := range strings.FieldsFunc(tok, dateSeparator) {
			parts++
			if strings.Trim(w, "0123456789") == "" {
				figures++
			} else {
				words++
			}
		}
	}
	return parts <= dateValueMaxWords && words <= 3 && (figures >= 3 || figures >= 2 && words >= 1)
}

// dateSeparator reports whether r parts a date's figures: the stops,
// slashes, hyphens and commas of "14.05.2025" and "14/05/2025", and the
// year, month and day marks of Chinese, Japanese and Korean dates
// ("2025年11月20日（星期四）", "2025년 11월 20일"), which stand between the
// figures with no space.
func dateSeparator(r rune) bool {
	switch r {
	case '.', '/', '-', ',', '年', '月', '日', '년', '월', '일':
		return true
	}
	return false
}

// dateValueMaxWords bounds the parts of a date line's value: a weekday,
// a day, a month, a year, hours, minutes, seconds and a zone.
const dateValueMaxWords = 8

// titleBefore returns a paper's title before the place in brackets of
// an archive's title line ("Evansport daily courier. (Evansport, Ind.)
// …", "The Bellmont Herald (Bellmont, Ky.)"), "" when the line has none.
func titleBefore(line string) string {
	k := strings.Index(line, " (")
	if k <= 0 {
		return ""
	}
	return strings.TrimRight(strings.TrimSpace(line[:k]), ".")
}

// runYears reports whether s opens with a paper's run, "1871-1912" (or
// "1871-", "1871-current"): four figures and a hyphen or a dash.
func runYears(s string) bool {
	if len(s) < 5 {
		return false
	}
	for i := range 4 {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[4] == '-' || strings.HasPrefix(s[4:], "–")
}

// issueWords name an issue's parts after its date, lower case: "Volume
// XIV", "Number 12", "Page 1", "Image 3", "Edition".
var issueWords = map[string]bool{"volume": true, "vol.": true, "number": true, "no.": true, "page": true,
	"image": true, "edition": true, "issue": true}

// issuePart reports whether s, the rest of a line after the date, names
// a part of the issue (issueWords).
func issuePart(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if issueWords[strings.TrimRight(w, ",")] {
			return true
		}
	}
	return false
}
