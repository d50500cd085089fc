package resolve

import (
	"slices"

	"github.com/briefsite/brief/internal/site"
)

// ReviseSources gives brief b of s the citations cits, as load parsed
// them, in place of a new Resolve, when s was the last site resolved
// with m and the citations differ from b's own in their places in the
// file and in one citation alone: one whose fields changed, one added or
// one taken away. A citation whose note, access date or archived copy
// alone changed keeps its source;
// one whose source's fields changed then cites what they
// make: the source it cited, changed, when b alone cited it; another
// source, when the fields are that source's; or a new source; likewise
// an added citation. The bibliography loses a source no brief cites any
// more and places a new or changed one where it sorts, with the ID its
// title makes, and the entities of b's briefs list their sources again.
// A brief that comes to cite no sources, or its first, gains or loses
// Resolve's warning (see Memo.Warnings).
//
// It changes nothing and reports false, and the site must be resolved
// again, when the change does more than that:
//   - more than one citation changed, came or went;
//   - b cites a source whose citations differ (b's own fields are then
//     not known), or cites the source it changes twice;
//   - the new fields are those of another source, but for a field that
//     does not make the two different sources (the spelling of a title
//     or publisher), or that source's citations differ, or b cites it
//     already;
//   - another source's ID would change;
//   - the new fields have the URL of another source, without being
//     that source alone (Resolve warns of sources apart with one URL;
//     those it warns of are mixed);
//   - a source of the old or new fields' title is cited in short, or
//     with its author written as another's may be, before or after the
//     change (Resolve warns of it);
//   - the old or new fields' URL names a file the site does not have
//     (Resolve's error).
func ReviseSources(s *site.Site, m *Memo, b *site.Brief, cits []*site.Citation) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.last != s {
		return false
	}
	for _, c := range b.Sources {
		if m.mixed[c.Source] {
			return false // what b's own citation gives is not known
		}
	}
	ch, ok := changeOf(b.Sources, cits)
	if !ok {
		return false
	}
	if ch.was < 0 && ch.is < 0 || ch.was == ch.is && b.Sources[ch.was].Source.SameCitation(cits[ch.is].Source) {
		// Moved, if anything, or a note changed: the sources stay.
		for i, c := range cits {
			src := b.Sources[i].Source
			*b.Sources[i] = *c
			b.Sources[i].Source = src
		}
		return true
	}
	r := &resolver{site: s, keys: m.keys, titleColls: m.titleColls, slugs: m.slugs, tables: m.tables}
	bySource := func(a, b *site.Source) int { return compareSources(a, b, r.titleKey(a.Title), r.titleKey(b.Title)) }
	citing := func(src *site.Source) int {
		n := 0
		for _, c := range b.Sources {
			if c.Source == src {
				n++
			}
		}
		return n
	}
	// src is the source whose citation changes or goes, if any, and
	// fields what the changed or added citation gives.
	var src, fields *site.Source
	if ch.was >= 0 {
		if src = b.Sources[ch.was].Source; citing(src) != 1 {
			return false
		}
	}
	if ch.is >= 0 {
		fields = cits[ch.is].Source.Bare()
	}
	for _, x := range []*site.Source{src, fields} {
		if x != nil && x.Local() && !r.hasFile(x.File()) {
			return false // Resolve's error of a file the site lacks would come or go
		}
	}
	// The bibliography as it will be; made, the source the new fields
	// make or change, if any; into, another source with the new fields'
	// key, and at, b's place among its briefs.
	order := slices.Clone(s.Sources)
	var made, into *site.Source
	at := 0
	alone := src != nil && len(src.Briefs) == 1 // b alone cites src
	if fields != nil {
		key := r.sourceKey(fields, fields.Date.String())
		sameURL := 0 // sources that will keep the new fields' URL, in any form
		article := site.ArticleKey(fields.URL)
		for _, o := range s.Sources {
			if o == src && alone {
				continue // b's citation was its only one
			}
			if into == nil && o != src && r.sourceKey(o, o.Date.String()) == key {
				into = o
			}
			if fields.URL != "" && o.URL != "" && site.ArticleKey(o.URL) == article {
				sameURL++
			}
		}
		if sameURL > 1 || sameURL == 1 && into == nil {
			return false // a warning of the shared URL may come, or tell of another first citation
		}
		if src != nil && !alone && key == r.sourceKey(src, src.Date.String()) {
			return false // src's citations would differ
		}
		if r.shortCitationsChange(s.Sources, src, alone, fields, into) {
			return false // Resolve's warning of a source cited in short would come or go
		}
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
	} else if alone {
		// The citation goes, and the source with it.
		if r.shortCitationsChange(s.Sources, src, alone, nil, nil) {
			return false // Resolve's warning of a source cited in short would come or go
		}
		i := slices.Index(order, src)
		if i < 0 {
			return false
		}
		order = slices.Delete(order, i, i+1)
	}
	ids := sourceIDs(order, r.titleSlug)
	for k, o := range order {
		if o == made {
			made.ID = ids[k]
		} else if ids[k] != o.ID {
			return false
		}
	}

	// Each citation as it will be, by its place in cits.
	cited := make([]*site.Source, len(cits))
	for i := range cits {
		switch {
		case i == ch.is:
		case ch.was >= 0 && ch.is < 0 && i >= ch.was:
			cited[i] = b.Sources[i+1].Source // after the one taken away
		case ch.was < 0 && ch.is >= 0 && i > ch.is:
			cited[i] = b.Sources[i-1].Source // after the one added
		default:
			cited[i] = b.Sources[i].Source
		}
	}
	if src != nil && !alone {
		src.Briefs = slices.DeleteFunc(src.Briefs, func(x *site.Brief) bool { return x == b })
	}
	switch {
	case into != nil:
		into.Briefs = slices.Insert(into.Briefs, at, b)
		cited[ch.is] = into
	case made != nil && alone:
		*src = *made
		order[slices.Index(order, made)] = src
		cited[ch.is] = src
	case made != nil:
		cited[ch.is] = made
	}
	s.Sources = order
	b.Sources = nil
	for i, c := range cits {
		nc := *c // the brief's own fields, as parsed
		nc.Source = cited[i]
		b.Sources = append(b.Sources, &nc)
	}
	if citesNone(b) {
		m.uncited[b] = uncited(b) // as Resolve warns
	} else {
		delete(m.uncited, b)
	}
	if ch.was >= 0 || ch.is >= 0 {
		for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
			for _, e := range s.EntitiesOf(k) {
				if slices.Contains(e.Briefs, b) {
					e.Sources = sourcesOf(e)
				}
			}
		}
	}
	return true
}

// citationChange is how a brief's citations changed, but for their
// places: was is the index of the citation that changed or went, is
// that of the one that changed or came, in the new list; -1 for none.
type citationChange struct{ was, is int }

// changeOf returns how cits differ from cs, when one citation at most
// changed, came or went.
func changeOf(cs, cits []*site.Citation) (citationChange, bool) {
	same := func(i, j int) bool { return cs[i].Same(cits[j]) }
	// k is the first place where the two differ.
	k := 0
	for k < min(len(cs), len(cits)) && same(k, k) {
		k++
	}
	ch, rest := citationChange{was: -1, is: -1}, k+1 // rest: where the rest starts in cits
	d := len(cits) - len(cs)
	switch d {
	case 0:
		if k < len(cs) {
			ch = citationChange{k, k}
		}
	case 1:
		ch.is = k
	case -1:
		ch.was, rest = k, k
	default:
		return ch, false
	}
	for i := rest; i < len(cits); i++ {
		if !same(i-d, i) {
			return ch, false
		}
	}
	return ch, true
}

// shortCitationsChange reports whether a source of the title of src, the
// source a change takes away when alone, or of fields, a new source's
// unless into takes them, is cited in short as warnShortCitations tells
// (or with an author written otherwise, as warnAuthorVariants tells),
// before the change or after it.
func (r *resolver) shortCitationsChange(sources []*site.Source, src *site.Source, alone bool, fields, into *site.Source) bool {
	var titles []string
	if src != nil {
		titles = append(titles, r.key(src.Title))
	}
	if fields != nil {
		titles = append(titles, r.key(fields.Title))
	}
	for _, title := range titles {
		var before, after []*site.Source
		for _, o := range sources {
			if r.key(o.Title) != title {
				continue
			}
			before = append(before, o)
			if o != src || !alone {
				after = append(after, o)
			}
		}
		if fields != nil && into == nil && r.key(fields.Title) == title {
			after = append(after, fields)
		}
		if r.shortCited(before) || r.shortCited(after) {
			return true
		}
	}
	return false
}

// shortCited reports whether a source of group, sources of one title,
// is cited in short as warnShortCitations tells, or with its author
// written as another's may be, as warnAuthorVariants tells.
func (r *resolver) shortCited(group []*site.Source) bool {
	for _, short := range group {
		for _, o := range group {
			if o != short && (short.URL == "" && fuller(o, short, r.key) || r.authorVariants(o, short)) {
				return true
			}
		}
	}
	return false
}
