package reprint

import (
	"testing"
	"time"
)

func TestDateCompare(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	instant := func(s string) Date { return Date{Time: at(s)} }
	local := func(s string) Date { return Date{Time: at(s), Dated: DatedLocal} }
	day := func(s string) Date { return Date{Time: at(s + "T00:00:00Z"), Dated: DatedDay} }
	tests := []struct {
		name  string
		d, e  Date
		order int // -1: d before e, 1: after, 0: undecided
		exact bool
	}{
		{"two moments", instant("2025-05-14T06:06:00Z"), instant("2025-05-14T06:52:00Z"), -1, true},
		{"two local times, one clock", local("2025-05-14T10:42:00Z"), local("2025-05-14T11:06:00Z"), -1, true},
		// A Tashkent agency's 10:42 (no zone) and a portal's 11:06+05:00:
		// the local time is read on the portal's clock, 24 minutes before.
		{"local against a moment", local("2025-05-14T10:42:00Z"), instant("2025-05-14T11:06:00+05:00"), -1, true},
		// An Ethiopian page's 18:40 (no zone) is after a portal's 14:20
		// (+03:00), though UTC's 18:40 would be too.
		{"local after a moment", local("2025-10-22T18:40:00Z"), instant("2025-10-22T14:20:00+03:00"), 1, true},
		{"same day", day("2025-08-12"), day("2025-08-12"), 0, false},
		{"consecutive days", day("2025-08-11"), day("2025-08-12"), -1, false},
		{"a day and a time in it", day("2025-08-12"), local("2025-08-12T10:40:00Z"), 0, false},
		{"a time before the day", local("2025-08-11T23:10:00Z"), day("2025-08-12"), -1, false},
		// A page dated only by its day (read as UTC midnight) is not
		// before a story published that afternoon in India.
		{"a day against a moment that day", day("2025-08-12"), instant("2025-08-12T14:15:00+05:30"), 0, false},
		{"a day against a moment the day after, on its clock", day("2025-08-12"), instant("2025-08-13T00:30:00+05:30"), -1, false},
		{"a day two days after a moment", day("2025-08-14"), instant("2025-08-12T08:45:00Z"), 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gap, exact := tt.d.Compare(tt.e)
			if sign(gap) != tt.order || exact != tt.exact {
				t.Errorf("Compare = %v, %v; want order %d, exact %v", gap, exact, tt.order, tt.exact)
			}
			back, _ := tt.e.Compare(tt.d)
			if sign(back) != -tt.order {
				t.Errorf("reverse Compare = %v; want order %d", back, -tt.order)
			}
		})
	}
}

func sign(d time.Duration) int {
	switch {
	case d < 0:
		return -1
	case d > 0:
		return 1
	}
	return 0
}

func TestDateFormat(t *testing.T) {
	at := time.Date(2025, 5, 14, 10, 42, 0, 0, time.UTC)
	for _, tt := range []struct {
		d    Date
		want string
	}{
		{Date{Time: at}, "2025-05-14T10:42:00Z"},
		{Date{Time: at.In(time.FixedZone("", 5*3600))}, "2025-05-14T15:42:00+05:00"},
		{Date{Time: at, Dated: DatedLocal}, "2025-05-14T10:42:00"},
		{Date{Time: time.Date(2025, 5, 14, 0, 0, 0, 0, time.UTC), Dated: DatedDay}, "2025-05-14"},
	} {
		if got := tt.d.Format(); got != tt.want {
			t.Errorf("Format(%v %q) = %q; want %q", tt.d.Time, tt.d.Dated, got, tt.want)
		}
	}
}
