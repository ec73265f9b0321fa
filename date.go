package reprint

import "time"

// Dating says how much a publication date tells: an instant, or a time or
// a day on the publisher's clock, whose zone the input did not give.
//
// Inputs write dates at three grains: "2025-05-14T11:52:00+05:00" is a
// moment; "14.05.2025 10:42", a plain text's date line, is a time of day
// on the publisher's clock, whose zone it does not name; "2025-05-14" is
// a day. Read as UTC, the last two place a Tashkent agency's 10:42 after
// a portal's 11:06 the same morning (+05:00), and a day at midnight
// before every story published that day. So a date keeps its grain, and
// a date on an unnamed clock is read on the clock of the date it is
// compared with (Date.Compare): the outlets of one story mostly share a
// region, and a page's offset is the best word on what the region's
// clock reads. A day stands for all its 24 hours.
type Dating string

const (
	// DatedInstant: a moment, with its zone (RFC 3339, Unix time, a
	// zone's name or offset).
	DatedInstant Dating = ""
	// DatedLocal: a time of day on the publisher's clock, zone not
	// given; Published holds it as if it were UTC.
	DatedLocal Dating = "local"
	// DatedDay: a calendar day without a time; Published holds its
	// midnight as if it were UTC.
	DatedDay Dating = "day"
)

// Date is a publication date and its grain.
type Date struct {
	Time  time.Time
	Dated Dating
}

// PublishedDate returns m's publication date with its grain.
func (m Meta) PublishedDate() Date { return Date{Time: m.Published, Dated: m.Dated} }

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// floating reports whether d is on an unnamed clock.
func (d Date) floating() bool { return d.Dated == DatedLocal || d.Dated == DatedDay }

// on returns the first and the last instant d may stand for, the last
// exclusive for a day, read on e's clock when d is on an unnamed one and
// e is a moment: its wall-clock time in e's zone.
func (d Date) on(e Date) (from, to time.Time) {
	t := d.Time
	if d.floating() && !e.floating() {
		y, m, day := t.Date()
		h, mi, sec := t.Clock()
		t = time.Date(y, m, day, h, mi, sec, t.Nanosecond(), e.Time.Location())
	}
	if d.Dated == DatedDay {
		return t, t.AddDate(0, 0, 1)
	}
	return t, t
}

// Compare orders two known dates: it returns a negative gap when d lies
// before e, positive when after, by how much at the least, and 0 when
// they may stand for the same moment. A date on an unnamed clock is read
// on the other's clock when the other is a moment. exact reports that
// neither is a day, so the gap is a plain difference of two times and a
// small one may be clock noise; with a day, the gap is the time between
// the day's 24 hours and the other date, and any gap orders.
func (d Date) Compare(e Date) (gap time.Duration, exact bool) {
	df, dt := d.on(e)
	ef, et := e.on(d)
	if d.Dated != DatedDay && e.Dated != DatedDay {
		return df.Sub(ef), true
	}
	switch {
	case !dt.After(ef) && (d.Dated == DatedDay || dt.Before(ef)):
		// d's window ends (a day's end exclusive) before e's begins.
		return min(dt.Sub(ef), -time.Nanosecond), false
	case !et.After(df) && (e.Dated == DatedDay || et.Before(df)):
		return max(df.Sub(et), time.Nanosecond), false
	}
	return 0, false
}

// Format writes d as the readers read it back with its grain: RFC 3339 for
// a moment, ISO without a zone for a time of day on an unnamed clock,
// the ISO day for a day.
func (d Date) Format() string {
	switch d.Dated {
	case DatedDay:
		return d.Time.Format(time.DateOnly)
	case DatedLocal:
		return d.Time.Format("2006-01-02T15:04:05.999999999")
	}
	return d.Time.Format(time.RFC3339Nano)
}
