// Package resolve links the loaded model together: it turns the names in
// front matter into entities (through names, aliases and country codes),
// merges sources into a bibliography, builds the timelines and the
// name table that wikilinks are resolved through.
//
// Resolve is pure: it reads and fills in a site.Site and reports problems
// to a diag.List. A name without a profile file still gets a generated
// profile; an alias claimed by two entities is an error at both places.
package resolve

import (
	"cmp"
	"slices"
	"strings"

	"github.com/briefsite/brief/internal/country"
	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// maxRelated is how many related entities a profile lists.
const maxRelated = 8

// Resolve links s in place.
func Resolve(s *site.Site, diags *diag.List) {
	defaults(&s.Config)
	r := &resolver{site: s, diags: diags, keys: map[string]string{}, nameKeys: map[*site.Entity]string{}}
	for _, k := range []site.Kind{site.Country, site.Actor, site.Topic} {
		r.tables[k] = r.index(k)
	}
	for _, a := range s.Actors {
		if a.CountryRef.Name != "" {
			a.Country = r.entity(site.Country, a.CountryRef)
		}
	}
	for _, b := range s.Briefs {
		b.Actors = r.entities(site.Actor, b.ActorRefs)
		b.Countries = r.entities(site.Country, b.CountryRefs)
		b.Topics = r.entities(site.Topic, b.TopicRefs)
		for _, e := range b.Events {
			e.Actors = r.entities(site.Actor, e.ActorRefs)
			e.Countries = r.entities(site.Country, e.CountryRefs)
		}
	}
	r.warnMisspellings()
	sortBriefs(s.Briefs)
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		list := s.EntitiesOf(k)
		slices.SortFunc(list, r.byName)
		switch k {
		case site.Actor:
			s.Actors = list
		case site.Country:
			s.Countries = list
		default:
			s.Topics = list
		}
	}
	r.sources()
	r.timeline()
	r.backrefs()
	r.names()
}

func defaults(c *site.Config) {
	if c.Title == "" {
		c.Title = "Briefing"
	}
	if c.Language == "" {
		c.Language = "en"
	}
	if c.BaseURL != "" && !strings.HasSuffix(c.BaseURL, "/") {
		c.BaseURL += "/"
	}
}

type resolver struct {
	site     *site.Site
	diags    *diag.List
	tables   [3]map[string]*entry
	keys     map[string]string       // slug.Key of names seen so far
	nameKeys map[*site.Entity]string // the key of each entity's name, for sorting
}

// key returns slug.Key(name), computing it once per distinct name: the
// same few thousand names recur in every brief, and sorting compares them
// again and again.
func (r *resolver) key(name string) string {
	k, ok := r.keys[name]
	if !ok {
		k = slug.Key(name)
		r.keys[name] = k
	}
	return k
}

// entry is what a match key names, and where it was claimed.
type entry struct {
	entity *site.Entity
	pos    diag.Pos
}

// index builds the name table of one kind from the profile files: names,
// aliases, slugs and, for countries, ISO names and codes.
func (r *resolver) index(k site.Kind) map[string]*entry {
	t := map[string]*entry{}
	claim := func(e *site.Entity, name string, pos diag.Pos, strong bool) {
		key := r.key(name)
		if key == "" {
			return
		}
		prev, ok := t[key]
		switch {
		case !ok:
			t[key] = &entry{e, pos}
		case prev.entity == e:
		case strong && prev.pos.File != "" && pos.File != "":
			r.diags.Errorf(pos, "%s name or alias %q is already claimed by %s (%s)", k.Singular(), name, prev.entity.Name, prev.pos)
			r.diags.Errorf(prev.pos, "%s name or alias %q is also claimed by %s (%s)", k.Singular(), name, e.Name, pos)
		case strong && prev.pos.File == "":
			t[key] = &entry{e, pos} // a file's own name beats a code or slug
		}
	}
	list := r.site.EntitiesOf(k)
	// Names and aliases first, then slugs and codes, so that an explicit
	// name always wins over a derived one.
	for _, e := range list {
		claim(e, e.Name, e.Pos, true)
		for _, a := range e.AliasRefs {
			claim(e, a.Name, a.Pos, true)
		}
	}
	for _, e := range list {
		if k == site.Country {
			if c, ok := lookupCountry(e.Name, e.Aliases); ok {
				e.Code, e.Flag = c.Alpha2, country.Flag(c.Alpha2)
				for _, n := range append([]string{c.Name, c.Alpha2, c.Alpha3}, c.Aliases...) {
					claim(e, n, diag.Pos{}, false)
				}
			}
		}
		claim(e, e.Slug, diag.Pos{}, false)
	}
	return t
}

func lookupCountry(name string, aliases []string) (country.Country, bool) {
	for _, n := range append([]string{name}, aliases...) {
		if c, ok := country.Lookup(n); ok {
			return c, true
		}
	}
	return country.Country{}, false
}

func (r *resolver) entities(k site.Kind, refs []site.Ref) []*site.Entity {
	var out []*site.Entity
	for _, ref := range refs {
		if e := r.entity(k, ref); e != nil && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// entity returns the entity ref names, generating a profile when no file
// describes it.
func (r *resolver) entity(k site.Kind, ref site.Ref) *site.Entity {
	t := r.tables[k]
	key := r.key(ref.Name)
	if key == "" {
		r.diags.Errorf(ref.Pos, "%s name %q has no letters or digits", k.Singular(), ref.Name)
		return nil
	}
	if en, ok := t[key]; ok {
		return en.entity
	}
	e := &site.Entity{Kind: k, Name: ref.Name, Pos: ref.Pos}
	if k == site.Country {
		if c, ok := country.Lookup(ref.Name); ok {
			e.Name, e.Code, e.Flag = c.Name, c.Alpha2, country.Flag(c.Alpha2)
			if en, ok := t[r.key(c.Name)]; ok {
				t[key] = en
				return en.entity
			}
			for _, n := range append([]string{c.Name, c.Alpha2, c.Alpha3}, c.Aliases...) {
				if nk := r.key(n); nk != "" && t[nk] == nil {
					t[nk] = &entry{entity: e}
				}
			}
		}
	}
	e.Slug = r.uniqueSlug(k, e.Name)
	t[key] = &entry{entity: e}
	t[r.key(e.Slug)] = &entry{entity: e}
	switch k {
	case site.Actor:
		r.site.Actors = append(r.site.Actors, e)
	case site.Country:
		r.site.Countries = append(r.site.Countries, e)
	default:
		r.site.Topics = append(r.site.Topics, e)
	}
	return e
}

func (r *resolver) uniqueSlug(k site.Kind, name string) string {
	base := slug.Make(name)
	if base == "" {
		base = k.Singular()
	}
	return slug.Unique(base, func(s string) bool {
		return slices.ContainsFunc(r.site.EntitiesOf(k), func(e *site.Entity) bool { return e.Slug == s })
	})
}

// warnMisspellings warns about generated entities, named without a
// profile, whose name is a small edit away from another entity's.
func (r *resolver) warnMisspellings() {
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		list := r.site.EntitiesOf(k)
		for _, e := range list {
			if e.File != "" || e.Code != "" {
				continue
			}
			key := r.key(e.Name)
			for _, o := range list {
				if o == e || len(key) < 5 {
					continue
				}
				ok := r.key(o.Name)
				if d := distance(key, ok); d > 0 && d <= 2 && d*4 <= len(key) {
					r.diags.Warnf(e.Pos, "%s %q has no profile and looks like a misspelling of %q", k.Singular(), e.Name, o.Name)
					break
				}
			}
		}
	}
}

// nameKey returns the key of e's name. Entities' names do not change once
// resolve has made them.
func (r *resolver) nameKey(e *site.Entity) string {
	k, ok := r.nameKeys[e]
	if !ok {
		k = r.key(e.Name)
		r.nameKeys[e] = k
	}
	return k
}

// byName orders entities by name, then slug.
func (r *resolver) byName(a, b *site.Entity) int {
	return cmp.Or(strings.Compare(r.nameKey(a), r.nameKey(b)), strings.Compare(a.Slug, b.Slug))
}

// sortBriefs orders briefs newest first, undated last, then by title.
func sortBriefs(bs []*site.Brief) {
	slices.SortStableFunc(bs, func(a, b *site.Brief) int {
		if a.Date.IsZero() != b.Date.IsZero() {
			if a.Date.IsZero() {
				return 1
			}
			return -1
		}
		return cmp.Or(-date.Compare(a.Date, b.Date), strings.Compare(a.Title, b.Title), strings.Compare(a.Slug, b.Slug))
	})
}

// sources merges citations into one bibliography entry per source.
func (r *resolver) sources() {
	byKey := map[string]*site.Source{}
	for _, b := range r.site.Briefs {
		if len(b.Sources) == 0 {
			r.diags.Warnf(diag.Pos{File: b.File, Line: 1, Col: 1}, "brief cites no sources")
		}
		for _, c := range b.Sources {
			key := strings.Join([]string{r.key(c.Source.Title), r.key(c.Source.Publisher), c.Source.Date.String(), c.Source.URL}, "\x00")
			src, ok := byKey[key]
			if !ok {
				src = c.Source
				byKey[key] = src
				r.site.Sources = append(r.site.Sources, src)
			} else if src.Note == "" {
				src.Note = c.Source.Note
			}
			c.Source = src
			if !slices.Contains(src.Briefs, b) {
				src.Briefs = append(src.Briefs, b)
			}
		}
	}
	titles := make(map[*site.Source]string, len(r.site.Sources))
	for _, src := range r.site.Sources {
		titles[src] = r.key(src.Title)
	}
	slices.SortFunc(r.site.Sources, func(a, b *site.Source) int {
		return cmp.Or(strings.Compare(titles[a], titles[b]), date.Compare(a.Date, b.Date),
			strings.Compare(a.Publisher, b.Publisher), strings.Compare(a.URL, b.URL))
	})
	taken := map[string]bool{}
	for _, src := range r.site.Sources {
		base := slug.Make(src.Title)
		if base == "" {
			base = "source"
		}
		src.ID = slug.Unique(base, func(s string) bool { return taken[s] })
		taken[src.ID] = true
	}
}

// timeline collects every brief date and event line, in date order.
func (r *resolver) timeline() {
	var tl []*site.Event
	for _, b := range r.site.Briefs {
		if !b.Date.IsZero() {
			tl = append(tl, &site.Event{Date: b.Date, Text: b.Title, Brief: b, OfBrief: true, Pos: b.DatePos,
				Actors: b.Actors, Countries: b.Countries})
		}
		for _, e := range b.Events {
			if b.Date.IsInterval() && !b.Date.Contains(e.Date) {
				r.diags.Warnf(e.Pos, "event dated %s lies outside its brief's span, %s", e.Date.Human(), b.Date.Human())
			}
			tl = append(tl, e)
		}
	}
	slices.SortStableFunc(tl, CompareEvents)
	r.site.Timeline = tl
}

// CompareEvents orders events by date, then brief dates before event
// lines, then by text.
func CompareEvents(a, b *site.Event) int {
	c := date.Compare(a.Date, b.Date)
	if c != 0 {
		return c
	}
	if a.OfBrief != b.OfBrief {
		if a.OfBrief {
			return -1
		}
		return 1
	}
	return cmp.Or(strings.Compare(a.Text, b.Text), strings.Compare(a.Brief.Slug, b.Brief.Slug))
}

// backrefs fills in what each entity is named by: briefs, events, sources,
// related entities, and the members of each country.
func (r *resolver) backrefs() {
	s := r.site
	// Sets of what each entity already lists, so that a popular entity
	// does not scan its list for every brief that names it.
	type entitySource struct {
		e *site.Entity
		s *site.Source
	}
	type entityEvent struct {
		e  *site.Entity
		ev *site.Event
	}
	hasSource := make(map[entitySource]bool, 4*len(s.Briefs))
	hasEvent := make(map[entityEvent]bool, 4*len(s.Timeline))
	for _, b := range s.Briefs {
		for _, e := range b.Entities() {
			e.Briefs = append(e.Briefs, b)
			for _, c := range b.Sources {
				if k := (entitySource{e, c.Source}); !hasSource[k] {
					hasSource[k] = true
					e.Sources = append(e.Sources, c.Source)
				}
			}
		}
	}
	for _, ev := range s.Timeline {
		var named []*site.Entity
		if ev.OfBrief {
			named = ev.Brief.Entities()
		} else {
			named = append(append(named, ev.Actors...), ev.Countries...)
		}
		for _, e := range named {
			if k := (entityEvent{e, ev}); !hasEvent[k] {
				hasEvent[k] = true
				e.Events = append(e.Events, ev)
			}
		}
	}
	for _, a := range s.Actors {
		if a.Country != nil {
			a.Country.Members = append(a.Country.Members, a)
		}
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			e.Related = r.related(e)
			slices.SortFunc(e.Sources, func(a, b *site.Source) int { return strings.Compare(a.ID, b.ID) })
		}
	}
}

// related counts the briefs e shares with each other entity and returns the
// most frequent, most first, then by name.
func (r *resolver) related(e *site.Entity) []site.Weighted {
	counts := map[*site.Entity]int{}
	for _, b := range e.Briefs {
		for _, list := range [...][]*site.Entity{b.Actors, b.Countries} { // topics are not related entities
			for _, o := range list {
				if o != e {
					counts[o]++
				}
			}
		}
	}
	type weighted struct {
		site.Weighted
		key string
	}
	out := make([]weighted, 0, len(counts))
	for o, n := range counts {
		out = append(out, weighted{site.Weighted{Entity: o, Count: n}, r.nameKey(o)})
	}
	slices.SortFunc(out, func(a, b weighted) int {
		return cmp.Or(b.Count-a.Count, strings.Compare(a.key, b.key), strings.Compare(a.Entity.Slug, b.Entity.Slug),
			int(a.Entity.Kind)-int(b.Entity.Kind))
	})
	top := make([]site.Weighted, min(len(out), maxRelated))
	for i := range top {
		top[i] = out[i].Weighted
	}
	return top
}

// names fills the wikilink table. Briefs win over entities, then actors,
// countries and topics, in that order, when two share a name.
func (r *resolver) names() {
	s := r.site
	s.Names = map[string]site.Target{}
	add := func(name string, t site.Target) {
		if key := r.key(name); key != "" {
			if _, taken := s.Names[key]; !taken {
				s.Names[key] = t
			}
		}
	}
	for _, b := range s.Briefs {
		add(b.Title, site.Target{Brief: b})
	}
	for _, b := range s.Briefs {
		add(b.Slug, site.Target{Brief: b})
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for key, en := range r.tables[k] {
			if _, taken := s.Names[key]; !taken {
				s.Names[key] = site.Target{Entity: en.entity}
			}
		}
	}
}

// distance is the edit distance between two ASCII-folded keys.
func distance(a, b string) int {
	if a == b {
		return 0
	}
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
