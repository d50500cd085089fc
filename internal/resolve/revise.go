package resolve

import (
	"slices"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
)

// Revision is a brief's new title and date, as its front matter now
// gives them.
type Revision struct {
	Title   string
	Date    date.Date
	DatePos diag.Pos
}

// Revise gives brief b of s the title and date of rev in place of a new
// Resolve, when s was the last site resolved with m. It moves b, and its
// entry on the timeline, to where they now sort among the briefs, on the
// timeline, and in the lists of b's entities and sources, and rebuilds
// the name table.
//
// It changes nothing and reports false, and the site must be resolved
// again, when the change does more than that: when b gains or loses its
// date, so its timeline entry; when one of b's event lines lies outside
// its old or new span, which Resolve warns of, naming the span; or when
// b cites a source whose citations differ and the move changes which
// citation Resolve would take the source's fields from (the first
// brief's) or, for a source with a note, the order of the briefs whose
// notes it would look at.
func Revise(s *site.Site, m *Memo, b *site.Brief, rev Revision) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.last != s || b.Date.IsZero() != rev.Date.IsZero() || eventsOutside(b, b.Date) || eventsOutside(b, rev.Date) {
		return false
	}
	// b as it will be, to find its new places with.
	nb := *b
	nb.Title, nb.Date, nb.DatePos = rev.Title, rev.Date, rev.DatePos
	var moves []func()
	ok := true
	plan := func(list []*site.Brief) {
		i := slices.Index(list, b)
		if i < 0 {
			ok = false
			return
		}
		j, clash := newPlace(list, i, &nb, compareBriefs)
		ok = ok && !clash
		moves = append(moves, func() { move(list, i, j) })
	}
	plan(s.Briefs)
	var ev *site.Event // b's entry on the timeline
	var nev site.Event
	if !b.Date.IsZero() {
		i := slices.IndexFunc(s.Timeline, func(e *site.Event) bool { return e.OfBrief && e.Brief == b })
		if i < 0 {
			return false
		}
		ev = s.Timeline[i]
		nev = *ev
		nev.Date, nev.Text, nev.Pos = rev.Date, rev.Title, rev.DatePos
		planEvent := func(list []*site.Event, i int) {
			j, clash := newPlace(list, i, &nev, compareEvents)
			ok = ok && !clash
			moves = append(moves, func() { move(list, i, j) })
		}
		planEvent(s.Timeline, i)
		for _, list := range [...][]*site.Entity{b.Actors, b.Countries, b.Topics} {
			for _, e := range list {
				i := slices.Index(e.Events, ev)
				if i < 0 {
					return false
				}
				planEvent(e.Events, i)
			}
		}
	}
	for _, list := range [...][]*site.Entity{b.Actors, b.Countries, b.Topics} {
		for _, e := range list {
			plan(e.Briefs)
		}
	}
	var cited []*site.Source
	for _, c := range b.Sources {
		if !slices.Contains(cited, c.Source) {
			cited = append(cited, c.Source)
		}
	}
	for _, src := range cited {
		i := slices.Index(src.Briefs, b)
		if i < 0 {
			return false
		}
		j, clash := newPlace(src.Briefs, i, &nb, compareBriefs)
		if m.mixed[src] && ((i == 0) != (j == 0) || src.Note != "" && i != j) {
			return false
		}
		ok = ok && !clash
		moves = append(moves, func() { move(src.Briefs, i, j) })
	}
	if !ok {
		return false
	}
	b.Title, b.Date, b.DatePos = rev.Title, rev.Date, rev.DatePos
	if ev != nil {
		ev.Date, ev.Text, ev.Pos = nev.Date, nev.Text, nev.Pos
	}
	for _, mv := range moves {
		mv()
	}
	r := &resolver{site: s, keys: m.keys, tables: m.tables}
	r.names()
	return true
}

// eventsOutside reports whether one of b's event lines lies outside d, an
// interval, as Resolve warns.
func eventsOutside(b *site.Brief, d date.Date) bool {
	return d.IsInterval() && slices.ContainsFunc(b.Events, func(e *site.Event) bool { return !d.Contains(e.Date) })
}

// newPlace returns where x, to replace list[i], belongs in list, sorted by
// compare: its index in list without list[i]. clash reports that another
// element compares equal to x, so that list's order does not say where.
func newPlace[T any](list []T, i int, x T, compare func(a, b T) int) (j int, clash bool) {
	j, clash = slices.BinarySearchFunc(list[:i], x, compare)
	if j < i {
		return j, clash
	}
	k, clash := slices.BinarySearchFunc(list[i+1:], x, compare)
	return i + k, clash
}

// move moves list[i] to index j, shifting the elements between.
func move[T any](list []T, i, j int) {
	x := list[i]
	if j < i {
		copy(list[j+1:i+1], list[j:i])
	} else {
		copy(list[i:j], list[i+1:j+1])
	}
	list[j] = x
}
