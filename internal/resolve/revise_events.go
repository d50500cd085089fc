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
// A name no file used before makes an entity, as Resolve would, and an
// entity that b's lines alone named goes when they no longer do; the
// name tables, and the warnings of names a small edit away from others,
// change with them.
//
// It changes nothing and reports false, and the site must be resolved
// again, when the change does more than that:
//   - a line names an entity by a name that only briefs after b, in load
//     order, use first: the name tables would change;
//   - a new name would make an entity Resolve would make otherwise (see
//     newEntity), or an entity b's lines made is named elsewhere too;
//   - b was the first to use a name in an event line, and b's lines still
//     use it, but first at another place, unless b's own names use it:
//     the place of the entity the name made would change;
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
	r := &resolver{site: s, keys: m.keys, colls: m.colls, tables: m.tables}
	var born, gone []*site.Entity
	for k, kind := range []site.Kind{site.Actor, site.Country} {
		kb, kg, ok := r.eventNames(m, b, kind, eventRefs(old, k), eventRefs(lines, k))
		if !ok {
			return false
		}
		born, gone = append(born, kb...), append(gone, kg...)
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
			Actors: r.named(site.Actor, l.ActorRefs, born), Countries: r.named(site.Country, l.CountryRefs, born)}
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
	if !ok {
		return false
	}
	if len(born)+len(gone) > 0 {
		r.remake(b, born, gone)
		r.misspelt = m.misspelt
		r.rewarn(slices.Concat(born, gone))
		r.relatedOf(born) // none, as Resolve counts them
	}
	return true
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

// eventNames reports how b's event lines, naming entities of kind by
// oldRefs and now by refs, change the name table of kind: born are the
// entities that names no file used before make, and gone those that b's
// lines alone named and no longer do. ok is false when the change does
// more than that (see ReviseEvents).
func (r *resolver) eventNames(m *Memo, b *site.Brief, kind site.Kind, oldRefs, refs []site.Ref) (born, gone []*site.Entity, ok bool) {
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
	for _, ref := range refs {
		key := r.key(ref.Name)
		en := t[key]
		if en == nil {
			// A name no file used: the first line to use it makes the
			// entity, as Resolve would.
			if r.bornAs(kind, key, born) == nil {
				e := r.newEntity(kind, ref, born)
				if e == nil {
					return nil, nil, false
				}
				born = append(born, e)
			}
			continue
		}
		if en.maker != nil && m.loadOrder[en.maker] > m.loadOrder[b] {
			return nil, nil, false
		}
	}
	for _, ref := range oldRefs {
		key := r.key(ref.Name)
		en := t[key]
		if en == nil || en.maker != b || own[key] {
			continue
		}
		was, _ := first(oldRefs, key)
		if is, ok := first(refs, key); ok {
			if was != is {
				return nil, nil, false // where the name was first used moves
			}
			continue
		}
		if e := en.entity; !slices.Contains(gone, e) {
			if !r.namedByLinesAlone(e, b, refs) {
				return nil, nil, false
			}
			gone = append(gone, e)
		}
	}
	return born, gone, true
}

// bornAs returns the entity of born, of kind, that Resolve files under
// key, or nil.
func (r *resolver) bornAs(kind site.Kind, key string, born []*site.Entity) *site.Entity {
	i := slices.IndexFunc(born, func(e *site.Entity) bool { return e.Kind == kind && slices.Contains(r.keysOf(e), key) })
	if i < 0 {
		return nil
	}
	return born[i]
}

// namedByLinesAlone reports whether e, an entity without a profile, goes
// when b's event lines name it by none of refs: nothing but b's lines
// names it, and b's lines made every entry of the name table for it.
func (r *resolver) namedByLinesAlone(e *site.Entity, b *site.Brief, refs []site.Ref) bool {
	if e.File != "" || len(e.Briefs) > 0 || len(e.Members) > 0 {
		return false
	}
	for _, ev := range e.Events {
		if ev.OfBrief || ev.Brief != b {
			return false
		}
	}
	t := r.tables[e.Kind]
	for _, ref := range refs {
		if en := t[r.key(ref.Name)]; en != nil && en.entity == e {
			return false
		}
	}
	for _, en := range t {
		if en.entity == e && en.maker != b {
			return false
		}
	}
	return true
}

// named returns the entities refs name, each once, in order: those the
// name table knows, and of born those it will (see eventNames).
func (r *resolver) named(kind site.Kind, refs []site.Ref, born []*site.Entity) []*site.Entity {
	var out []*site.Entity
	for _, ref := range refs {
		key := r.key(ref.Name)
		e := r.bornAs(kind, key, born)
		if en := r.tables[kind][key]; en != nil {
			e = en.entity
		}
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}
