package resolve

import (
	"maps"
	"slices"
	"strings"

	"github.com/briefsite/brief/internal/country"
	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// Revision is what of a brief's front matter Revise can change in place:
// its title, date, actors, countries and topics, as the front matter now
// gives them.
type Revision struct {
	Title   string
	Date    date.Date
	DatePos diag.Pos

	ActorRefs, CountryRefs, TopicRefs []site.Ref
}

// RevisionOf returns b's title, date and names as a Revision.
func RevisionOf(b *site.Brief) Revision {
	return Revision{Title: b.Title, Date: b.Date, DatePos: b.DatePos,
		ActorRefs: b.ActorRefs, CountryRefs: b.CountryRefs, TopicRefs: b.TopicRefs}
}

// Equal reports whether r and o are the same revision.
func (r Revision) Equal(o Revision) bool {
	return r.Title == o.Title && r.Date == o.Date && r.DatePos == o.DatePos && r.sameNames(o)
}

func (r Revision) sameNames(o Revision) bool {
	return slices.Equal(r.ActorRefs, o.ActorRefs) && slices.Equal(r.CountryRefs, o.CountryRefs) && slices.Equal(r.TopicRefs, o.TopicRefs)
}

// Revise gives brief b of s the title, date and names of rev in place of
// a new Resolve, when s was the last site resolved with m. It moves b,
// and its entry on the timeline, to where they now sort among the
// briefs, on the timeline, and in the lists of b's entities and sources;
// it takes b off the lists of the entities it no longer names and puts
// it on those of the entities it now names, whose sources and related
// entities it counts again; and it rebuilds the name table.
//
// It changes nothing and reports false, and the site must be resolved
// again, when the change does more than that:
//   - b gains or loses its date, so its timeline entry;
//   - one of b's event lines lies outside its old or new span, which
//     Resolve warns of, naming the span;
//   - b now names an entity by a name that only briefs after b in load
//     order use, or b was the first to use one of the names it named and
//     no longer uses it first in the same place: the name tables would
//     change;
//   - b names a new entity, stops naming one it alone named, or moves
//     the name that made one, and that entity has a slug taken, or is a
//     country named by a spelling Resolve files apart from its names and
//     codes (see renamed, newEntity, dropped and movedTo).
//
// Resolve's warnings about names a small edit away from others come and
// go with the entities Revise makes, unmakes and moves: it keeps them up
// to date in m (see Memo.Warnings).
func Revise(s *site.Site, m *Memo, b *site.Brief, rev Revision) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.last != s || b.Date.IsZero() != rev.Date.IsZero() || eventsOutside(b, b.Date) || eventsOutside(b, rev.Date) {
		return false
	}
	r := &resolver{site: s, keys: m.keys, colls: m.colls, tables: m.tables}
	old := [3][]*site.Entity{b.Actors, b.Countries, b.Topics}
	named := old
	var born, gone []*site.Entity // the entities b's names make and unmake
	var moved []madeAt
	if !rev.sameNames(RevisionOf(b)) {
		var ok bool
		if named, born, gone, moved, ok = r.renamed(m, b, rev); !ok {
			return false
		}
	}
	// b as it will be, to find its new places with.
	nb := *b
	nb.Title, nb.Date, nb.DatePos = rev.Title, rev.Date, rev.DatePos
	p := &plan{ok: true}
	planEntry(p, &s.Briefs, b, &nb, compareBriefs, true, true)
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
		planEntry(p, &s.Timeline, ev, &nev, compareEvents, true, true)
	}
	// The entities b names or named, by kind; those it joins or leaves.
	var touched, changed []*site.Entity
	for k := range old {
		for _, e := range union(old[k], named[k]) {
			touched = append(touched, e)
			was, is := slices.Contains(old[k], e), slices.Contains(named[k], e)
			if was != is {
				changed = append(changed, e)
			}
			planEntry(p, &e.Briefs, b, &nb, compareBriefs, was, is)
			if ev != nil {
				planEntry(p, &e.Events, ev, &nev, compareEvents, was, is)
			}
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
		p.ok = p.ok && !clash
		p.moves = append(p.moves, func() { move(src.Briefs, i, j) })
	}
	if !p.ok {
		return false
	}

	was := b.TitleKey
	b.Title, b.Date, b.DatePos = rev.Title, rev.Date, rev.DatePos
	b.TitleKey = r.key(rev.Title)
	b.ActorRefs, b.CountryRefs, b.TopicRefs = rev.ActorRefs, rev.CountryRefs, rev.TopicRefs
	b.Actors, b.Countries, b.Topics = named[0], named[1], named[2]
	if ev != nil {
		ev.Date, ev.Text, ev.Pos = nev.Date, nev.Text, nev.Pos
		ev.Actors, ev.Countries = b.Actors, b.Countries
	}
	for _, mv := range p.moves {
		mv()
	}
	r.remake(b, born, gone)
	for _, x := range moved {
		x.entity.Pos = x.pos
	}
	if len(born)+len(gone)+len(moved) > 0 {
		r.misspelt = m.misspelt
		list := slices.Concat(born, gone)
		for _, x := range moved {
			list = append(list, x.entity)
		}
		r.rewarn(list)
	}
	if len(changed) > 0 {
		for _, e := range changed {
			e.Sources = sourcesOf(e)
		}
		r.relatedOf(touched) // each counts b's entities
	}
	r.reviseNames(b, was)
	return true
}

// ReviseAliases gives brief b of s the aliases as, in place of a new
// Resolve, when s was the last site resolved with m, and makes the name
// table again, which leads a brief's old slugs to it. It reports false,
// changing nothing, when s was not the last site resolved with m.
func ReviseAliases(s *site.Site, m *Memo, b *site.Brief, as []site.Alias) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.last != s {
		return false
	}
	b.Aliases = as
	r := &resolver{site: s, keys: m.keys, tables: m.tables}
	r.names()
	return true
}

// renamed returns the entities rev names, by kind, when each of its
// names is one Resolve already knows and the name tables would stay as
// they are: no name of rev was first used, in load order, by a brief
// after b, and each name b was the first to use, b still uses first by
// the same Ref (name and position), which made the same entry.
//
// Three exceptions change the tables, and the entities without a
// profile that b's names make, as Resolve would: a name no entity has
// yet makes an entity (born), when newEntity allows it; b drops the last
// name of one such entity it made (gone), when dropped allows it; and
// the name that made such an entity moves in b's list (moved), when
// movedTo allows it.
func (r *resolver) renamed(m *Memo, b *site.Brief, rev Revision) (named [3][]*site.Entity, born, gone []*site.Entity, moved []madeAt, ok bool) {
	refs := [3][]site.Ref{rev.ActorRefs, rev.CountryRefs, rev.TopicRefs}
	oldRefs := [3][]site.Ref{b.ActorRefs, b.CountryRefs, b.TopicRefs}
	at := m.loadOrder[b]
	for k, kind := range []site.Kind{site.Actor, site.Country, site.Topic} {
		t := r.tables[kind]
		// first returns the first of list with the key of ref's name.
		first := func(list []site.Ref, ref site.Ref) (site.Ref, bool) {
			i := slices.IndexFunc(list, func(x site.Ref) bool { return r.key(x.Name) == r.key(ref.Name) })
			if i < 0 {
				return site.Ref{}, false
			}
			return list[i], true
		}
		made := func(ref site.Ref) bool { // by b, as it was and will be
			was, ok1 := first(oldRefs[k], ref)
			is, ok2 := first(refs[k], ref)
			return ok1 && ok2 && was == is
		}
		var unsettled []*site.Entity // made by b, by names that moved
		for _, ref := range oldRefs[k] {
			en := t[r.key(ref.Name)]
			if en == nil {
				return named, nil, nil, nil, false
			}
			if en.maker == b && !made(ref) && !slices.Contains(unsettled, en.entity) {
				unsettled = append(unsettled, en.entity)
			}
		}
		for _, ref := range refs[k] {
			key := r.key(ref.Name)
			en := t[key]
			if en == nil {
				i := slices.IndexFunc(born, func(e *site.Entity) bool { return e.Kind == kind && slices.Contains(r.keysOf(e), key) })
				if i < 0 {
					e := r.newEntity(kind, ref, born)
					if e == nil {
						return named, nil, nil, nil, false
					}
					born = append(born, e)
					i = len(born) - 1
				}
				if !slices.Contains(named[k], born[i]) {
					named[k] = append(named[k], born[i])
				}
				continue
			}
			if en.maker != nil && m.loadOrder[en.maker] > at {
				return named, nil, nil, nil, false
			}
			if en.maker == b && !made(ref) && !slices.Contains(unsettled, en.entity) {
				unsettled = append(unsettled, en.entity)
			}
			if !slices.Contains(named[k], en.entity) {
				named[k] = append(named[k], en.entity)
			}
		}
		for _, e := range unsettled {
			if !slices.Contains(named[k], e) {
				if !r.dropped(e, b) {
					return named, nil, nil, nil, false
				}
				gone = append(gone, e)
				continue
			}
			pos, ok := r.movedTo(e, oldRefs[k], refs[k])
			if !ok {
				return named, nil, nil, nil, false
			}
			moved = append(moved, madeAt{e, pos})
		}
	}
	return named, born, gone, moved, true
}

// madeAt is an entity without a profile and the position of the name
// that now makes it.
type madeAt struct {
	entity *site.Entity
	pos    diag.Pos
}

// newEntity returns the entity Resolve would make for ref, a name no
// entity of kind k has, when making it changes nothing else Resolve
// decides: the name has letters or digits, its slug is free and names
// nothing yet, and a country in the list of countries is named by one of
// the names and codes Resolve files it under. It returns nil otherwise.
func (r *resolver) newEntity(k site.Kind, ref site.Ref, born []*site.Entity) *site.Entity {
	key := r.key(ref.Name)
	if key == "" {
		return nil
	}
	e := &site.Entity{Kind: k, Name: ref.Name, Pos: ref.Pos}
	if k == site.Country {
		if c, ok := r.lookupCountry(ref.Name); ok {
			// A name it is not filed under ("the Bhutan") would have an
			// entry of its own. (Filed under them, the country has no
			// entity yet, or the name would have its entry.)
			if !slices.Contains(r.countryKeys(c), key) {
				return nil
			}
			setCountry(e, c)
		}
	}
	e.Slug = slug.Make(e.Name)
	if e.Slug == "" {
		e.Slug = k.Singular()
	}
	if k.Reserved(e.Slug) {
		return nil // a full resolve numbers it
	}
	if sk := r.key(e.Slug); sk != key && r.tables[k][sk] != nil {
		return nil
	}
	others := slices.Concat(r.site.EntitiesOf(k), born)
	if slices.ContainsFunc(others, func(o *site.Entity) bool { return o.Kind == k && o.Slug == e.Slug }) {
		return nil
	}
	return e
}

// countryKeys returns the keys of the names Resolve files a country it
// looked up under: its name, its codes and its other names.
func (r *resolver) countryKeys(c country.Country) []string {
	var keys []string
	for _, n := range append([]string{c.Name, c.Alpha2, c.Alpha3}, c.Aliases...) {
		if nk := r.key(n); nk != "" {
			keys = append(keys, nk)
		}
	}
	return keys
}

// keysOf returns the keys under which Resolve files e, an entity without
// a profile that a brief's name made, when no other entity has them: its
// name's (for a country looked up, those of its names and codes) and its
// slug's.
func (r *resolver) keysOf(e *site.Entity) []string {
	keys := []string{r.key(e.Name)}
	if e.Code != "" {
		c, _ := r.lookupCountry(e.Name)
		keys = r.countryKeys(c)
	}
	return append(keys, r.key(e.Slug))
}

// dropped reports whether e, which b's name made, goes when b no longer
// names it, and nothing else Resolve decides changes but e's absence: e
// has no profile, b is its only brief, no actor's profile puts it in its
// country, and no event line names it.
func (r *resolver) dropped(e *site.Entity, b *site.Brief) bool {
	if e.File != "" || len(e.Briefs) != 1 || e.Briefs[0] != b || len(e.Members) > 0 {
		return false
	}
	for _, ev := range e.Events {
		if !ev.OfBrief || ev.Brief != b {
			return false
		}
	}
	return true
}

// movedTo returns the position of the first of refs that names e, an
// entity without a profile that b's name made, when that name makes e
// as it is but for its position: b names e only by the keys it is filed
// under (keysOf), and the name is spelt as e's (a country in the list
// takes the list's name).
func (r *resolver) movedTo(e *site.Entity, oldRefs, refs []site.Ref) (diag.Pos, bool) {
	if e.File != "" {
		return diag.Pos{}, false
	}
	t := r.tables[e.Kind]
	names := func(x site.Ref) bool { en := t[r.key(x.Name)]; return en != nil && en.entity == e }
	keys := r.keysOf(e)
	for _, x := range slices.Concat(oldRefs, refs) {
		if names(x) && !slices.Contains(keys, r.key(x.Name)) {
			return diag.Pos{}, false // an entry of its own, which may come or go
		}
	}
	i := slices.IndexFunc(refs, names)
	if i < 0 || e.Code == "" && refs[i].Name != e.Name {
		return diag.Pos{}, false
	}
	return refs[i].Pos, true
}

// rewarn brings r.misspelt up to date after the entities of list were
// made, unmade or moved: it finds the warnings again of those and of the
// entities whose names are a small edit away from theirs, and drops
// those of the entities gone.
func (r *resolver) rewarn(list []*site.Entity) {
	var again []*site.Entity
	for _, x := range list {
		delete(r.misspelt, x)
		all := r.site.EntitiesOf(x.Kind)
		if slices.Contains(all, x) {
			again = append(again, x)
		}
		key := r.key(x.Name)
		for _, e := range all {
			if _, near := slug.Within(key, r.key(e.Name), 2); near && e != x {
				again = append(again, e)
			}
		}
	}
	indexes := map[site.Kind]*nearIndex{}
	for _, e := range again {
		idx := indexes[e.Kind]
		if idx == nil {
			idx = r.nearIndex(r.site.EntitiesOf(e.Kind))
			indexes[e.Kind] = idx
		}
		if d, ok := r.misspelling(e, idx); ok {
			r.misspelt[e] = d
		} else {
			delete(r.misspelt, e)
		}
	}
}

// make adds e, which b's name made, to the site's entities and the name
// tables, as Resolve would have.
func (r *resolver) make(e *site.Entity, b *site.Brief) {
	t := r.tables[e.Kind]
	for _, k := range r.keysOf(e) {
		// Resolve sets the entries of the name and the slug whether
		// taken or not, the others only when free; newEntity has made
		// sure the first two are free.
		if t[k] == nil {
			t[k] = &entry{entity: e, maker: b}
		}
	}
	list := r.site.EntitiesOf(e.Kind)
	i, _ := slices.BinarySearchFunc(list, e, r.byName)
	r.setEntities(e.Kind, slices.Insert(list, i, e))
}

// unmake takes e off the site's entities and out of the name tables.
func (r *resolver) unmake(e *site.Entity) {
	maps.DeleteFunc(r.tables[e.Kind], func(_ string, en *entry) bool { return en.entity == e })
	r.setEntities(e.Kind, slices.DeleteFunc(r.site.EntitiesOf(e.Kind), func(x *site.Entity) bool { return x == e }))
}

// setEntities sets the site's entities of kind k.
func (r *resolver) setEntities(k site.Kind, list []*site.Entity) {
	switch k {
	case site.Actor:
		r.site.Actors = list
	case site.Country:
		r.site.Countries = list
	default:
		r.site.Topics = list
	}
}

// sourcesOf returns the sources e's briefs cite, by ID, as Resolve lists
// them.
func sourcesOf(e *site.Entity) []*site.Source {
	var out []*site.Source
	for _, b := range e.Briefs {
		for _, c := range b.Sources {
			out = append(out, c.Source)
		}
	}
	slices.SortFunc(out, func(a, b *site.Source) int { return strings.Compare(a.ID, b.ID) })
	return slices.Compact(out)
}

// relatedOf counts again the related entities of each of list.
func (r *resolver) relatedOf(list []*site.Entity) {
	r.sortKeys = nil
	all, rk := r.ranking()
	counts := make([]int, len(all))
	var seen []int
	for _, e := range list {
		e.Related, seen = rk.related(e, all, counts, seen[:0])
	}
}

// plan is the changes Revise will make to the lists that hold b, found
// before any is made.
type plan struct {
	moves []func()
	ok    bool // false when a list holds what it could not place
}

// planEntry plans the change to *list, sorted by compare, for x, which
// will sort as nx: taking it off when it was on the list and is no
// longer, putting it on when it was not and now is, or moving it when it
// stays. A list left empty is nil, as Resolve leaves it.
func planEntry[T comparable](p *plan, list *[]T, x, nx T, compare func(a, b T) int, was, is bool) {
	if !was && !is {
		return
	}
	if !was {
		j, clash := slices.BinarySearchFunc(*list, nx, compare)
		p.ok = p.ok && !clash
		p.moves = append(p.moves, func() { *list = slices.Insert(*list, j, x) })
		return
	}
	i := slices.Index(*list, x)
	if i < 0 {
		p.ok = false
		return
	}
	if !is {
		p.moves = append(p.moves, func() {
			if *list = slices.Delete(*list, i, i+1); len(*list) == 0 {
				*list = nil
			}
		})
		return
	}
	j, clash := newPlace(*list, i, nx, compare)
	p.ok = p.ok && !clash
	p.moves = append(p.moves, func() { move(*list, i, j) })
}

// union returns the elements of a, then those of b not in a.
func union[T comparable](a, b []T) []T {
	out := slices.Clone(a)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// eventsOutside reports whether one of b's event lines lies outside d, an
// interval, as Resolve warns.
func eventsOutside(b *site.Brief, d date.Date) bool {
	return slices.ContainsFunc(b.Events, func(e *site.Event) bool { return outside(d, e.Date) })
}

// outside reports whether d lies outside span, an interval, as Resolve
// warns.
func outside(span, d date.Date) bool { return span.IsInterval() && !span.Contains(d) }

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
