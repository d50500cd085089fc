package resolve

import (
	"slices"

	"github.com/briefsite/brief/internal/site"
)

// EventLines returns copies of b's event lines as load parsed them, in
// file order: their dates, texts, names and positions, what
// ReviseEvents takes.
func EventLines(b *site.Brief) []*site.Event {
	out := make([]*site.Event, len(b.Events))
	for i, e := range b.Events {
		out[i] = &site.Event{Date: e.Date, Text: e.Text, Pos: e.Pos, ActorRefs: slices.Clone(e.ActorRefs), CountryRefs: slices.Clone(e.CountryRefs)}
	}
	slices.SortFunc(out, func(x, y *site.Event) int { return x.Pos.Compare(y.Pos) })
	return out
}

// ReviseEvents gives brief b of s the event lines lines, as load parsed
// them, in file order, in place of a new Resolve, when s was the last
// site resolved with m. Lines may have changed their dates, texts, names
// and places in the file, and lines may have come or gone: each line then
// sits where it sorts on the timeline, among b's events and on the
// timelines of the entities it names.
//
// It changes nothing and reports false, and the site must be resolved
// again, when the change does more than that:
//   - a line names an entity by a name Resolve has not met, or one that
//     only briefs after b, in load order, use first: the name tables
//     would change;
//   - b was the first to use a name in an event line, and its first use
//     in b's event lines is not the same name at the same place as it
//     was, unless b's own names use it: the entity the name made, or its
//     place, would change;
//   - a line lies, or lay, outside b's span, which Resolve warns of;
//   - a line sorts, or sorted, equal to another, so that where Resolve
//     puts it depends on the order it met them in.
func ReviseEvents(s *site.Site, m *Memo, b *site.Brief, lines []*site.Event) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.last != s {
		return false
	}
	old := EventLines(b)
	if slices.EqualFunc(old, lines, sameLine) {
		return true
	}
	r := &resolver{site: s, keys: m.keys, tables: m.tables}
	for k, kind := range []site.Kind{site.Actor, site.Country} {
		if !r.eventNamesStay(m, b, kind, eventRefs(old, k), eventRefs(lines, k)) {
			return false
		}
	}
	for _, l := range slices.Concat(old, lines) {
		if outside(b.Date, l.Date) {
			return false
		}
	}
	for _, ev := range b.Events {
		i := slices.Index(s.Timeline, ev)
		if i < 0 || i > 0 && compareEvents(s.Timeline[i-1], ev) == 0 || i+1 < len(s.Timeline) && compareEvents(s.Timeline[i+1], ev) == 0 {
			return false
		}
	}
	made := make([]*site.Event, len(lines))
	for i, l := range lines {
		made[i] = &site.Event{Date: l.Date, Text: l.Text, Brief: b, Pos: l.Pos, ActorRefs: l.ActorRefs, CountryRefs: l.CountryRefs,
			Actors: r.known(site.Actor, l.ActorRefs), Countries: r.known(site.Country, l.CountryRefs)}
	}

	// Take b's lines off every list that holds them, then put the new
	// ones where they sort; a clash puts every list back as it was.
	var lists []*[]*site.Event
	lists = append(lists, &s.Timeline, &b.Events)
	var named []*site.Entity
	for _, ev := range slices.Concat(b.Events, made) {
		for _, e := range slices.Concat(ev.Actors, ev.Countries) {
			if !slices.Contains(named, e) {
				named = append(named, e)
				lists = append(lists, &e.Events)
			}
		}
	}
	saved := make([][]*site.Event, len(lists))
	for i, list := range lists {
		saved[i] = slices.Clone(*list)
		*list = slices.DeleteFunc(*list, func(ev *site.Event) bool { return !ev.OfBrief && ev.Brief == b })
	}
	put := func(list *[]*site.Event, ev *site.Event) bool {
		j, clash := slices.BinarySearchFunc(*list, ev, compareEvents)
		*list = slices.Insert(*list, j, ev)
		return !clash
	}
	ok := true
	for _, ev := range made {
		ok = ok && put(&s.Timeline, ev) && put(&b.Events, ev)
		for _, e := range slices.Concat(ev.Actors, ev.Countries) {
			ok = ok && put(&e.Events, ev)
		}
	}
	for i, list := range lists {
		switch {
		case !ok:
			*list = saved[i]
		case len(*list) == 0:
			*list = nil // as Resolve leaves a list without events
		}
	}
	return ok
}

// sameLine reports whether event lines a and b, as parsed, are the same
// line at the same place.
func sameLine(a, b *site.Event) bool {
	return a.Date == b.Date && a.Text == b.Text && a.Pos == b.Pos &&
		slices.Equal(a.ActorRefs, b.ActorRefs) && slices.Equal(a.CountryRefs, b.CountryRefs)
}

// eventRefs returns the names of the kind at index k (0 actors, 1
// countries) that lines give, in the order Resolve meets them.
func eventRefs(lines []*site.Event, k int) []site.Ref {
	var out []site.Ref
	for _, l := range lines {
		out = append(out, [2][]site.Ref{l.ActorRefs, l.CountryRefs}[k]...)
	}
	return out
}

// eventNamesStay reports whether b's event lines naming entities of kind
// by oldRefs, and now by refs, leave the name table of kind and the
// entities it holds as they are (see ReviseEvents).
func (r *resolver) eventNamesStay(m *Memo, b *site.Brief, kind site.Kind, oldRefs, refs []site.Ref) bool {
	t := r.tables[kind]
	own := map[string]bool{} // the keys of b's own names of kind
	for _, ref := range [...][]site.Ref{b.ActorRefs, b.CountryRefs, b.TopicRefs}[kind] {
		own[r.key(ref.Name)] = true
	}
	first := func(list []site.Ref, key string) (site.Ref, bool) {
		i := slices.IndexFunc(list, func(x site.Ref) bool { return r.key(x.Name) == key })
		if i < 0 {
			return site.Ref{}, false
		}
		return list[i], true
	}
	for _, ref := range slices.Concat(oldRefs, refs) {
		key := r.key(ref.Name)
		en := t[key]
		if en == nil || en.maker != nil && m.loadOrder[en.maker] > m.loadOrder[b] {
			return false
		}
		if en.maker == b && !own[key] {
			was, ok1 := first(oldRefs, key)
			is, ok2 := first(refs, key)
			if !ok1 || !ok2 || was != is {
				return false
			}
		}
	}
	return true
}

// known returns the entities refs name, each once, in order, when the
// name table knows each name (see eventNamesStay).
func (r *resolver) known(kind site.Kind, refs []site.Ref) []*site.Entity {
	var out []*site.Entity
	for _, ref := range refs {
		if e := r.tables[kind][r.key(ref.Name)].entity; !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}
