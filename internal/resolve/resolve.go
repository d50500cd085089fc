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
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/briefsite/brief/internal/country"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
	"golang.org/x/text/collate"
)

// maxRelated is how many related entities a profile lists.
const maxRelated = 8

// Resolve links s in place.
func Resolve(s *site.Site, diags *diag.List) { ResolveWith(s, diags, nil) }

// Memo remembers the match keys (slug.Key) of the names Resolve meets,
// and the keys that sort them, so that resolving the same site again, as
// brief serve does after every edit, does not compute them again. A Memo
// is safe for concurrent use; resolves that share one run one at a time.
type Memo struct {
	mu   sync.Mutex
	keys map[string]string
	// slugs holds the slugs of sources' titles, from which their IDs
	// are made again at each revision of a citation.
	slugs map[string]string
	// colls holds the collation keys of match keys in the language
	// collLang (see resolver.sortKey).
	colls    map[string][]byte
	collLang string
	// titleColls holds the collation keys of sources' titles in the
	// language collLang (see resolver.titleKey).
	titleColls map[string][]byte

	// The last site resolved with the memo, its entities' name tables,
	// mixed sources and the order it met the briefs in, for Revise.
	last      *site.Site
	tables    [3]map[string]*entry
	mixed     map[*site.Source]bool
	loadOrder map[*site.Brief]int
	// misspelt holds Resolve's warnings of names a small edit away from
	// others, and uncited those of briefs that cite no sources, which the
	// revisions keep up to date; ResolveWith reports them here, not in
	// its diags.
	misspelt map[*site.Entity]diag.Diagnostic
	uncited  map[*site.Brief]diag.Diagnostic
}

// Warnings returns the warnings of the last site resolved with m that
// revisions change, as they left them, sorted: names a small edit away
// from others, and briefs that cite no sources.
func (m *Memo) Warnings() []diag.Diagnostic {
	m.mu.Lock()
	defer m.mu.Unlock()
	return warnings(m.misspelt, m.uncited)
}

// NewMemo returns an empty Memo.
func NewMemo() *Memo { return &Memo{keys: map[string]string{}, slugs: map[string]string{}} }

// ResolveWith is Resolve with the keys remembered in m, which may be nil.
// With a memo, the warnings revisions change are not added to diags but
// kept in m (see Memo.Warnings).
func ResolveWith(s *site.Site, diags *diag.List, m *Memo) {
	defaults(&s.Config)
	keys, colls, titleColls, slugs := map[string]string{}, map[string][]byte{}, map[string][]byte{}, map[string]string{}
	if m != nil {
		m.mu.Lock()
		defer m.mu.Unlock()
		if m.colls == nil || m.collLang != s.Config.Language {
			m.colls, m.titleColls, m.collLang = map[string][]byte{}, map[string][]byte{}, s.Config.Language
		}
		keys, colls, titleColls, slugs = m.keys, m.colls, m.titleColls, m.slugs
		defer m.forget(s)
	}
	r := resolveWith(s, diags, keys, colls, titleColls, slugs)
	if m == nil {
		diags.Append(warnings(r.misspelt, r.uncited)...)
		return
	}
	m.last, m.tables, m.mixed, m.loadOrder, m.misspelt, m.uncited = s, r.tables, r.mixed, r.loadOrder, r.misspelt, r.uncited
}

// forget drops the keys once the memo holds several times as many as the
// site has names, as it does after many renames, so that it does not grow
// without end.
func (m *Memo) forget(s *site.Site) {
	names := 2*len(s.Briefs) + 2*len(s.Sources) + 4*(len(s.Actors)+len(s.Countries)+len(s.Topics))
	if len(m.keys) > 4*names+4096 {
		m.keys = map[string]string{}
	}
	if len(m.colls) > 4*names+4096 {
		m.colls = map[string][]byte{}
	}
	if len(m.titleColls) > 4*len(s.Sources)+4096 {
		m.titleColls = map[string][]byte{}
	}
	if len(m.slugs) > 4*len(s.Sources)+4096 {
		m.slugs = map[string]string{}
	}
}

func resolveWith(s *site.Site, diags *diag.List, keys map[string]string, colls, titleColls map[string][]byte, slugs map[string]string) *resolver {
	r := &resolver{site: s, diags: diags, keys: keys, colls: colls, titleColls: titleColls, slugs: slugs,
		loadOrder: make(map[*site.Brief]int, len(s.Briefs))}
	for _, k := range []site.Kind{site.Country, site.Actor, site.Topic} {
		r.tables[k] = r.index(k)
	}
	for _, a := range s.Actors {
		if a.CountryRef.Name != "" {
			a.Country = r.entity(site.Country, a.CountryRef)
		}
	}
	for i, b := range s.Briefs {
		r.loadOrder[b], r.maker = i, b
		b.Actors = r.entities(site.Actor, b.ActorRefs)
		b.Countries = r.entities(site.Country, b.CountryRefs)
		b.Topics = r.entities(site.Topic, b.TopicRefs)
		for _, e := range b.Events {
			e.Actors = r.entities(site.Actor, e.ActorRefs)
			e.Countries = r.entities(site.Country, e.CountryRefs)
		}
	}
	r.maker = nil
	r.warnMisspellings()
	sortBriefs(s.Briefs)
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		list := s.EntitiesOf(k)
		slices.SortFunc(list, r.byName)
		r.setEntities(k, list)
	}
	// The timeline reads the briefs' dates, titles and events; sources
	// their citations alone: the two can go side by side.
	var wg sync.WaitGroup
	wg.Go(r.timeline)
	r.sources()
	wg.Wait()
	r.backrefs()
	for _, b := range s.Briefs {
		b.TitleKey, b.SlugKey = r.key(b.Title), r.key(b.Slug)
	}
	r.names()
	return r
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
	site   *site.Site
	diags  *diag.List
	files  map[string]bool // the files the site copies, by path from its root; see hasFile
	tables [3]map[string]*entry
	keys   map[string]string // slug.Key of names seen so far
	slugs  map[string]string // slug.Make of sources' titles seen so far

	// sortKeys holds what each entity is sorted by, colls the collation
	// keys of match keys, made by collator in collBuf (see sortKey).
	sortKeys map[*site.Entity]sortKey
	colls    map[string][]byte
	collator *collate.Collator
	collBuf  *collate.Buffer
	// collating is set when the language is not English, whose lists
	// order the names' match keys: then the names are collated
	// (collateNames); collatingKnown once collating is.
	collating, collatingKnown bool
	// titleColls holds the collation keys of sources' titles, made by
	// titleCollator in titleBuf (see titleKey).
	titleColls    map[string][]byte
	titleCollator *collate.Collator
	titleBuf      *collate.Buffer

	// maker is the brief whose names are being resolved, nil for a
	// profile; loadOrder holds each brief's place in the order Load gave
	// them.
	maker     *site.Brief
	loadOrder map[*site.Brief]int

	// mixed holds the sources whose citations differ in the spelling of
	// their titles or publishers. The first brief citing such a source
	// gives it its title and publisher. It
	// holds too the sources that share a URL, whose first citations
	// Resolve's warning names.
	mixed map[*site.Source]bool

	// misspelt holds a warning for each entity without a profile whose
	// name is a small edit away from another's, and uncited one for each
	// brief that cites no sources.
	misspelt map[*site.Entity]diag.Diagnostic
	uncited  map[*site.Brief]diag.Diagnostic
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

// titleSlug returns slug.Make(title), the slug of a source's title its
// ID is made of, remembered.
func (r *resolver) titleSlug(title string) string {
	s, ok := r.slugs[title]
	if !ok {
		s = slug.Make(title)
		if r.slugs != nil {
			r.slugs[title] = s
		}
	}
	return s
}

// entry is what a match key names, and where it was claimed.
type entry struct {
	entity *site.Entity
	pos    diag.Pos
	// maker is the brief whose name made the entry, when no profile
	// did: the first brief, in load order, to use the key.
	maker *site.Brief
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
			t[key] = &entry{entity: e, pos: pos}
		case prev.entity == e:
		case strong && prev.pos.File != "" && pos.File != "":
			r.diags.Errorf(pos, "%s name or alias %q is already claimed by %s (%s)", k.Singular(), name, prev.entity.Name, prev.pos)
			r.diags.Errorf(prev.pos, "%s name or alias %q is also claimed by %s (%s)", k.Singular(), name, e.Name, pos)
		case strong && prev.pos.File == "":
			t[key] = &entry{entity: e, pos: pos} // a file's own name beats a code or slug
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
	byCode := map[string]*site.Entity{} // the first profile of each country
	for _, e := range list {
		if k == site.Country {
			if c, ok := country.ProfileOf(e.Name, e.Aliases, r.site.Config.Language); ok {
				if first, dup := byCode[c.Alpha2]; dup {
					// Two profiles of one country, as "usa.md" and
					// "etats-unis.md": names the second does not claim go
					// to the first, and briefs are split between them.
					r.diags.Warnf(e.Pos, "country profile %q is the same country as %q (%s, %s): briefs naming it are split between the two; keep one profile, with the other's names among its aliases", e.Name, first.Name, first.File, c.Alpha2)
				} else {
					byCode[c.Alpha2] = e
				}
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

// lookupCountry returns the country name names, in English or in the
// site's language, with its name in the site's language (see
// country.LookupIn).
func (r *resolver) lookupCountry(name string) (country.Country, bool) {
	return country.LookupIn(name, r.site.Config.Language)
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
		if c, ok := r.lookupCountry(ref.Name); ok {
			setCountry(e, c)
			if en, ok := t[r.key(c.Name)]; ok {
				t[key] = &entry{entity: en.entity, maker: r.maker}
				return en.entity
			}
			for _, n := range append([]string{c.Name, c.Alpha2, c.Alpha3}, c.Aliases...) {
				if nk := r.key(n); nk != "" && t[nk] == nil {
					t[nk] = &entry{entity: e, maker: r.maker}
				}
			}
		}
	}
	e.Slug = r.uniqueSlug(k, e.Name)
	t[key] = &entry{entity: e, maker: r.maker}
	t[r.key(e.Slug)] = &entry{entity: e, maker: r.maker}
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

// setCountry makes e, a country without a profile, the country c: its
// name in the site's language, code and flag, and its English name as an
// alias when that is another.
func setCountry(e *site.Entity, c country.Country) {
	e.Name, e.Code, e.Flag = c.Name, c.Alpha2, country.Flag(c.Alpha2)
	if slug.Key(c.English) != slug.Key(c.Name) {
		e.Aliases = []string{c.English}
	}
}

func (r *resolver) uniqueSlug(k site.Kind, name string) string {
	base := slug.Make(name)
	if base == "" {
		base = k.Singular()
	}
	return slug.Unique(base, func(s string) bool {
		return k.Reserved(s) || slices.ContainsFunc(r.site.EntitiesOf(k), func(e *site.Entity) bool { return e.Slug == s })
	})
}

// warnings returns the warnings of misspelt and uncited, sorted.
func warnings(misspelt map[*site.Entity]diag.Diagnostic, uncited map[*site.Brief]diag.Diagnostic) []diag.Diagnostic {
	var l diag.List
	for _, d := range misspelt {
		l.Append(d)
	}
	for _, d := range uncited {
		l.Append(d)
	}
	return l.Sorted()
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
	sortEvents(tl)
	r.site.Timeline = tl
	// Each brief's own events, in timeline order, in fresh slices: the
	// parsed briefs may share their arrays with a build cache.
	own := map[*site.Brief][]*site.Event{}
	for _, e := range tl {
		if !e.OfBrief {
			own[e.Brief] = append(own[e.Brief], e)
		}
	}
	for _, b := range r.site.Briefs {
		if len(b.Events) > 0 {
			b.Events = own[b]
		}
	}
}

// backrefs fills in what each entity is named by: briefs, events, sources,
// related entities, and the members of each country.
func (r *resolver) backrefs() {
	s := r.site
	for _, b := range s.Briefs {
		for _, list := range [...][]*site.Entity{b.Actors, b.Countries, b.Topics} {
			for _, e := range list {
				e.Briefs = append(e.Briefs, b)
			}
		}
	}
	// Every event is on the timeline once, and names each entity at most
	// once (a brief's entities are distinct), so no entity gets an event
	// twice.
	for _, ev := range s.Timeline {
		if ev.OfBrief {
			for _, list := range [...][]*site.Entity{ev.Brief.Actors, ev.Brief.Countries, ev.Brief.Topics} {
				for _, e := range list {
					e.Events = append(e.Events, ev)
				}
			}
			continue
		}
		for _, list := range [...][]*site.Entity{ev.Actors, ev.Countries} {
			for _, e := range list {
				e.Events = append(e.Events, ev)
			}
		}
	}
	for _, a := range s.Actors {
		if a.Country != nil {
			a.Country.Members = append(a.Country.Members, a)
		}
	}
	// Each entity's sources are those of its briefs, once each, by ID:
	// going through the sources by ID, each is added to the entities of
	// the briefs citing it, unless it was just added.
	byID := slices.Clone(s.Sources)
	slices.SortFunc(byID, func(a, b *site.Source) int { return strings.Compare(a.ID, b.ID) })
	for _, src := range byID {
		for _, b := range src.Briefs {
			for _, list := range [...][]*site.Entity{b.Actors, b.Countries, b.Topics} {
				for _, e := range list {
					if n := len(e.Sources); n == 0 || e.Sources[n-1] != src {
						e.Sources = append(e.Sources, src)
					}
				}
			}
		}
	}
	r.relatedAll()
}

// relatedAll fills in every entity's related entities, in parallel: each
// is counted and ranked on its own.
func (r *resolver) relatedAll() {
	all, rk := r.ranking()
	var wg sync.WaitGroup
	next := make(chan *site.Entity)
	for range min(runtime.GOMAXPROCS(0), max(len(all), 1)) {
		wg.Go(func() {
			counts := make([]int, len(all)) // zero between entities
			var seen []int
			for e := range next {
				e.Related, seen = rk.related(e, all, counts, seen[:0])
			}
		})
	}
	for _, e := range all {
		next <- e
	}
	close(next)
	wg.Wait()
}

// ranking returns every entity of the site, actors, countries, then
// topics, and what ranking their related entities reads.
func (r *resolver) ranking() ([]*site.Entity, *ranking) {
	var all []*site.Entity
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		all = append(all, r.site.EntitiesOf(k)...)
	}
	rk := &ranking{index: make(map[*site.Entity]int, len(all)), keys: make([]sortKey, len(all))}
	for i, e := range all {
		rk.index[e] = i
		rk.keys[i] = r.sortKey(e)
	}
	return all, rk
}

// ranking is what ranking related entities reads: each entity's place in
// the list of all, and the key it is sorted by.
type ranking struct {
	index map[*site.Entity]int
	keys  []sortKey
}

// related counts the briefs e shares with each other entity and returns the
// most frequent, most first, then by name, slug and kind. counts, all zero,
// is where it counts, by place in all, and it returns seen, the places it
// counted, once it has set them back to zero.
func (rk *ranking) related(e *site.Entity, all []*site.Entity, counts, seen []int) ([]site.Weighted, []int) {
	for _, b := range e.Briefs {
		for _, list := range [...][]*site.Entity{b.Actors, b.Countries} { // topics are not related entities
			for _, o := range list {
				if o != e {
					i := rk.index[o]
					if counts[i] == 0 {
						seen = append(seen, i)
					}
					counts[i]++
				}
			}
		}
	}
	// The first maxRelated by the order, kept sorted as they are found:
	// the order is total, so this is the start of the whole list sorted.
	before := func(i, j int) bool {
		a, b := all[i], all[j]
		return cmp.Or(counts[j]-counts[i], rk.keys[i].compare(rk.keys[j]), strings.Compare(a.Slug, b.Slug),
			int(a.Kind)-int(b.Kind)) < 0
	}
	var top []int
	for _, i := range seen {
		if len(top) == maxRelated && !before(i, top[len(top)-1]) {
			continue
		}
		at := len(top)
		for at > 0 && before(i, top[at-1]) {
			at--
		}
		if len(top) < maxRelated {
			top = append(top, 0)
		}
		copy(top[at+1:], top[at:len(top)-1])
		top[at] = i
	}
	out := make([]site.Weighted, len(top))
	for n, i := range top {
		out[n] = site.Weighted{Entity: all[i], Count: counts[i]}
	}
	for _, i := range seen {
		counts[i] = 0
	}
	return out, seen
}
