package resolve

import (
	"slices"

	"github.com/briefsite/brief/internal/site"
)

// ReviseSources gives brief b of s the citations cits, as load parsed
// them, in place of a new Resolve, when s was the last site resolved
// with m and the citations differ from b's own in the fields of one
// source alone: one that b alone cites, and once. It changes that
// source's fields, moves it to where it now sorts in the bibliography,
// gives it the ID its title now makes, and lists again the sources of
// the entities of b's briefs.
//
// It changes nothing and reports false, and the site must be resolved
// again, when the change does more than that:
//   - cits are not as many as b's citations, or at other positions;
//   - more than one citation changed;
//   - b cites a source whose citations differ (b's own fields are then
//     not known), or the source it changes is cited by another brief, or
//     twice by b;
//   - the source's new title, publisher, date and URL are another
//     source's, so that the two would merge;
//   - another source's ID would change with it.
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
	if len(src.Briefs) != 1 || src.Briefs[0] != b || cites != 1 {
		return false
	}
	r := &resolver{site: s, keys: m.keys, tables: m.tables}
	now := *src // src as it will be
	c := cits[edited].Source
	now.Title, now.Publisher, now.URL, now.Note, now.Date = c.Title, c.Publisher, c.URL, c.Note, c.Date
	key := r.sourceKey(&now, now.Date.String())
	for _, o := range s.Sources {
		if o != src && r.sourceKey(o, o.Date.String()) == key {
			return false
		}
	}
	i := slices.Index(s.Sources, src)
	if i < 0 {
		return false
	}
	j, clash := newPlace(s.Sources, i, &now, func(a, b *site.Source) int {
		return compareSources(a, b, r.key(a.Title), r.key(b.Title))
	})
	if clash {
		return false
	}
	order := slices.Clone(s.Sources)
	order[i] = &now
	move(order, i, j)
	ids := sourceIDs(order)
	for k, o := range order {
		if o != &now && ids[k] != o.ID {
			return false
		}
	}

	now.ID = ids[j]
	*src = now
	move(s.Sources, i, j)
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			if slices.Contains(e.Briefs, b) {
				e.Sources = sourcesOf(e)
			}
		}
	}
	return true
}
