package resolve

import (
	"slices"

	"github.com/briefsite/brief/internal/site"
)

// names fills the wikilink table. When two share a name, a brief's title
// wins over an entity's name or alias, then actors, countries and topics
// in that order, then a brief's slug: a file named kenya.md does not take
// [[Kenya]] from the country, nor onu.md [[ONU]] from an actor that has it
// as an alias.
func (r *resolver) names() {
	s := r.site
	size := 2 * len(s.Briefs)
	for _, t := range r.tables {
		size += 2 * len(t)
	}
	s.Names = make(map[string]site.Target, size)
	s.NamesMade++
	s.NamesRevised = nil
	add := func(key string, t site.Target) {
		if key != "" {
			if _, taken := s.Names[key]; !taken {
				s.Names[key] = t
			}
		}
	}
	for _, b := range s.Briefs {
		add(b.TitleKey, site.Target{Brief: b})
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for key, en := range r.tables[k] {
			if _, taken := s.Names[key]; !taken {
				s.Names[key] = site.Target{Entity: en.entity}
			}
			s.Names[site.KindKey(k, key)] = site.Target{Entity: en.entity}
		}
	}
	for _, b := range s.Briefs {
		// Where something else has the slug's name, a link to the
		// brief's file finds it by site.BriefKey.
		key := b.SlugKey
		if key == "" {
			continue
		}
		if tg, taken := s.Names[key]; !taken {
			s.Names[key] = site.Target{Brief: b}
		} else if tg.Brief != b {
			s.Names[site.BriefKey(key)] = site.Target{Brief: b}
		}
	}
	// A brief's old slug, which an alias keeps, still leads to it where
	// no other name has it: wikilinks written before a rename resolve.
	for _, b := range s.Briefs {
		for _, a := range b.Aliases {
			if old, ok := a.OldSlug(); ok {
				add(r.key(old), site.Target{Brief: b})
			}
		}
	}
}

// reviseNames makes the name table's entries for b's keys, and for the
// key of its title before a revision (was), what names would make them,
// where the revision changed only b's title and place among the briefs:
// which brief a key leads to depends on the order of those that share it.
// It records these keys in the site's NamesRevised: where one leads to b
// still, what the link shows of it, its title, may have changed.
func (r *resolver) reviseNames(b *site.Brief, was string) {
	keys := []string{was, b.TitleKey, b.SlugKey}
	for _, a := range b.Aliases {
		if old, ok := a.OldSlug(); ok {
			keys = append(keys, r.key(old))
		}
	}
	for i, key := range keys {
		if key == "" || slices.Contains(keys[:i], key) {
			continue
		}
		tg, ok, byFile, hasByFile := r.nameOf(key)
		r.setName(key, tg, ok)
		r.setName(site.BriefKey(key), byFile, hasByFile)
	}
}

// setName sets the name table's entry of key to tg, or deletes it when
// not ok, and records the key in the site's NamesRevised.
func (r *resolver) setName(key string, tg site.Target, ok bool) {
	s := r.site
	if _, had := s.Names[key]; !had && !ok {
		return
	}
	if ok {
		s.Names[key] = tg
	} else {
		delete(s.Names, key)
	}
	s.NamesRevised = append(s.NamesRevised, key)
}

// entityKeys returns the keys the name tables file e under, by which the
// name table may lead to it.
func (r *resolver) entityKeys(e *site.Entity) []string {
	var keys []string
	for key, en := range r.tables[e.Kind] {
		if en.entity == e {
			keys = append(keys, key)
		}
	}
	return keys
}

// reviseEntityNames makes the name table's entries for keys, which name
// or named entities of kind, what names would make them, where the name
// tables of kind gained or lost entities by those keys and nothing else
// changed: the entry of the key itself, which a brief's title or an
// entity of another kind may hold, and of the key of kind
// (site.KindKey). It records the keys in the site's NamesRevised, as
// reviseNames does.
func (r *resolver) reviseEntityNames(kind site.Kind, keys []string) {
	for i, key := range keys {
		if key == "" || slices.Contains(keys[:i], key) {
			continue
		}
		tg, ok, byFile, hasByFile := r.nameOf(key)
		r.setName(key, tg, ok)
		r.setName(site.BriefKey(key), byFile, hasByFile)
		en, ok := r.tables[kind][key]
		if ok {
			tg = site.Target{Entity: en.entity}
		}
		r.setName(site.KindKey(kind, key), tg, ok)
	}
}

// remake takes the entities gone off the site and its name tables and
// puts those born on them, as Revise and ReviseEvents find them, and
// revises the name table's entries of their keys (reviseEntityNames),
// where names would make the whole table again.
func (r *resolver) remake(b *site.Brief, born, gone []*site.Entity) {
	keys := map[site.Kind][]string{}
	for _, e := range gone {
		keys[e.Kind] = append(keys[e.Kind], r.entityKeys(e)...)
		r.unmake(e)
	}
	for _, e := range born {
		r.make(e, b)
		keys[e.Kind] = append(keys[e.Kind], r.entityKeys(e)...)
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		slices.Sort(keys[k]) // the table's order, not the map's
		r.reviseEntityNames(k, keys[k])
	}
}

// nameOf returns what names puts in the name table under key, and under
// site.BriefKey(key): the first brief titled so, else an entity of the
// name, else the first brief of that slug, or, where the key is taken,
// the last such brief under BriefKey; else the first brief with an old
// slug of the name.
func (r *resolver) nameOf(key string) (tg site.Target, ok bool, byFile site.Target, hasByFile bool) {
	s := r.site
	for _, b := range s.Briefs {
		if b.TitleKey == key {
			tg, ok = site.Target{Brief: b}, true
			break
		}
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		if en, found := r.tables[k][key]; !ok && found {
			tg, ok = site.Target{Entity: en.entity}, true
		}
	}
	for _, b := range s.Briefs {
		switch {
		case b.SlugKey != key:
		case !ok:
			tg, ok = site.Target{Brief: b}, true
		case tg.Brief != b:
			byFile, hasByFile = site.Target{Brief: b}, true
		}
	}
	if ok {
		return tg, ok, byFile, hasByFile
	}
	for _, b := range s.Briefs {
		for _, a := range b.Aliases {
			if old, isOld := a.OldSlug(); isOld && r.key(old) == key {
				return site.Target{Brief: b}, true, byFile, hasByFile
			}
		}
	}
	return tg, ok, byFile, hasByFile
}
