package resolve

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/site"
)

// dateKey holds what date.Compare compares, computed once per date:
// sorting ten thousand briefs compares each date with a dozen others, and
// working out a date's bounds is most of the cost of a comparison.
type dateKey struct {
	zero       bool
	day        int // date.DayNumber of start
	start, end time.Time
	prec       date.Precision
	interval   bool
	text       string // d.String(), the last tie-break
}

func keyOf(d date.Date) dateKey {
	if d.IsZero() {
		return dateKey{zero: true}
	}
	start := d.Start()
	return dateKey{day: date.DayNumber(start), start: start, end: d.End(), prec: d.Precision(), interval: d.IsInterval(), text: d.String()}
}

// compareDates orders as date.Compare orders the dates a and b were made
// from: by the day of start, precision, then start, a single date before
// an interval, longest span first, then canonical form; no date sorts last.
func compareDates(a, b *dateKey) int {
	if a.zero || b.zero {
		switch {
		case a.zero && b.zero:
			return 0
		case a.zero:
			return +1
		default:
			return -1
		}
	}
	if c := cmp.Compare(a.day, b.day); c != 0 {
		return c
	}
	if c := cmp.Compare(a.prec, b.prec); c != 0 {
		return c
	}
	if c := a.start.Compare(b.start); c != 0 {
		return c
	}
	if a.interval != b.interval {
		if a.interval {
			return 1
		}
		return -1
	}
	if c := b.end.Compare(a.end); c != 0 {
		return c
	}
	return strings.Compare(a.text, b.text)
}

// sortBriefs orders briefs newest first, undated last, then by title, and
// keeps the order of briefs that compare equal. A sort that breaks ties by
// the briefs' places does this faster than a stable sort.
func sortBriefs(bs []*site.Brief) {
	type keyed struct {
		b   *site.Brief
		key dateKey
		at  int
	}
	ks := make([]keyed, len(bs))
	for i, b := range bs {
		ks[i] = keyed{b, keyOf(b.Date), i}
	}
	slices.SortFunc(ks, func(x, y keyed) int {
		return cmp.Or(compareBriefKeys(x.b, y.b, &x.key, &y.key), x.at-y.at)
	})
	for i := range ks {
		bs[i] = ks[i].b
	}
}

// compareBriefs orders briefs as sortBriefs does, but for their places.
func compareBriefs(a, b *site.Brief) int {
	ka, kb := keyOf(a.Date), keyOf(b.Date)
	return compareBriefKeys(a, b, &ka, &kb)
}

// compareBriefKeys is compareBriefs with the briefs' date keys.
func compareBriefKeys(a, b *site.Brief, ka, kb *dateKey) int {
	if ka.zero != kb.zero {
		if ka.zero {
			return 1
		}
		return -1
	}
	return cmp.Or(-compareDates(ka, kb), strings.Compare(a.Title, b.Title), strings.Compare(a.Slug, b.Slug))
}

// sortEvents sorts events by date, then brief dates before event lines,
// then by text, keeping the order of events that compare equal.
func sortEvents(events []*site.Event) {
	type keyed struct {
		ev  *site.Event
		key dateKey
		at  int
	}
	ks := make([]keyed, len(events))
	for i, ev := range events {
		ks[i] = keyed{ev, keyOf(ev.Date), i}
	}
	slices.SortFunc(ks, func(x, y keyed) int {
		if c := compareDates(&x.key, &y.key); c != 0 {
			return c
		}
		return cmp.Or(compareEventsAfterDate(x.ev, y.ev), x.at-y.at)
	})
	for i := range ks {
		events[i] = ks[i].ev
	}
}

// compareEvents orders events as sortEvents does, but for their places.
func compareEvents(a, b *site.Event) int {
	ka, kb := keyOf(a.Date), keyOf(b.Date)
	return cmp.Or(compareDates(&ka, &kb), compareEventsAfterDate(a, b))
}

func compareEventsAfterDate(a, b *site.Event) int {
	if a.OfBrief != b.OfBrief {
		if a.OfBrief {
			return -1
		}
		return 1
	}
	return cmp.Or(strings.Compare(a.Text, b.Text), strings.Compare(a.Brief.Slug, b.Brief.Slug))
}
