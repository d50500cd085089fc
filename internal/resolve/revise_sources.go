package resolve

import (
	"slices"

	"github.com/briefsite/brief/internal/site"
)

// ReviseSources gives brief b of s the citations cits, as load parsed
// them, in place of a new Resolve, when s was the last site resolved
// with m and the citations differ from b's own in one citation alone.
// The citation then cites what its new fields make: the source it cited,
// changed, when b alone cited it; another source, when the fields are
// that source's; or a new source. The bibliography loses a source no
// brief cites any more and places a new or changed one where it sorts,
// with the ID its title makes, and the entities of b's briefs list their
// sources again.
//
// It changes nothing and reports false, and the site must be resolved
// again, when the change does more than that:
//   - cits are not as many as b's citations, or at other positions;
//   - more than one citation changed;
//   - b cites a source whose citations differ (b's own fields are then
//     not known), or cites the source it changes twice;
//   - the new fields are those of another source, but for a field that
//     does not make the two different sources (a note, or the spelling
//     of a title or publisher), or that source's citations differ;
//   - another source's ID would change.
func ReviseSources(s *site.Site, m *Memo, b *site.Brief, cits []*site.Citation) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.last != s || len(cits) != len(b.Sources) {
		return false
	}
	edited := -1
	for i, c := range cits {
		was := b.Sources[i]
		if c.Pos != was.Pos || m.mixed[was.Source] {
			return false
		}
		if !was.Source.SameCitation(c.Source) {
			if edited >= 0 {
				return false
			}
			edited = i
		}
	}
	if edited < 0 {
		return true
	}
	src := b.Sources[edited].Source
	cites := 0
	for _, c := range b.Sources {
		if c.Source == src {
			cites++
		}
	}
	if cites != 1 {
		return false
	}
	r := &resolver{site: s, keys: m.keys, tables: m.tables}
	fields := cits[edited].Source.Bare()
	key := r.sourceKey(fields, fields.Date.String())
	var into *site.Source // another source with the new fields' key
	for _, o := range s.Sources {
		if o != src && r.sourceKey(o, o.Date.String()) == key {
			into = o
			break
		}
	}
	alone := len(src.Briefs) == 1 // b alone cites src
	if !alone && key == r.sourceKey(src, src.Date.String()) {
		return false // src's citations would differ
	}
	bySource := func(a, b *site.Source) int { return compareSources(a, b, r.key(a.Title), r.key(b.Title)) }
	// The bibliography as it will be; made, the source the new fields
	// make or change, if any; at, b's place among into's briefs.
	order := slices.Clone(s.Sources)
	var made *site.Source
	at := 0
	switch {
	case into != nil:
		var clash bool
		if at, clash = slices.BinarySearchFunc(into.Briefs, b, compareBriefs); clash || m.mixed[into] || !into.SameCitation(fields) {
			return false
		}
		if alone {
			order = slices.DeleteFunc(order, func(o *site.Source) bool { return o == src })
		}
	case alone:
		made = fields
		made.ID, made.Briefs = src.ID, src.Briefs
		i := slices.Index(order, src)
		if i < 0 {
			return false
		}
		j, clash := newPlace(order, i, made, bySource)
		if clash {
			return false
		}
		order[i] = made
		move(order, i, j)
	default:
		made = fields
		made.Briefs = []*site.Brief{b}
		j, clash := slices.BinarySearchFunc(order, made, bySource)
		if clash {
			return false
		}
		order = slices.Insert(order, j, made)
	}
	ids := sourceIDs(order)
	for k, o := range order {
		if o == made {
			made.ID = ids[k]
		} else if ids[k] != o.ID {
			return false
		}
	}

	switch {
	case into != nil:
		into.Briefs = slices.Insert(into.Briefs, at, b)
		if !alone {
			src.Briefs = slices.DeleteFunc(src.Briefs, func(x *site.Brief) bool { return x == b })
		}
		b.Sources[edited].Source = into
	case alone:
		*src = *made
		order[slices.Index(order, made)] = src
	default:
		src.Briefs = slices.DeleteFunc(src.Briefs, func(x *site.Brief) bool { return x == b })
		b.Sources[edited].Source = made
	}
	s.Sources = order
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			if slices.Contains(e.Briefs, b) {
				e.Sources = sourcesOf(e)
			}
		}
	}
	return true
}
