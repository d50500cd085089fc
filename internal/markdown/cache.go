package markdown

import (
	"bytes"
	"hash/maphash"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// Cache keeps the conversion of each body between builds of one site, for
// brief serve: after an edit, ConvertSite converts again only the bodies
// whose text changed, and those whose wikilinks now resolve differently
// (a linked brief renamed, retitled or deleted), whose citations now
// number or name their brief's sources otherwise or, with LinkMentions,
// whose entities changed. Everything else a conversion produces depends
// on the body alone, so a conversion kept is exactly the one that would be
// made again, diagnostics included. (Whether a wikilink's #fragment names
// a heading of the body it leads to depends on that body too: ConvertSite
// checks it after every conversion, kept or made.)
//
// A Cache is safe for concurrent use; it forgets the bodies the last
// ConvertSite did not see.
type Cache struct {
	mu   sync.Mutex
	opts optionsRead // the options the entries were made with
	docs map[string]*entry
	gen  int // counts ConvertSites

	// names is what each key of the site's name table led to at the last
	// ConvertSite, and moved the keys whose answer differs now, so that
	// only conversions that looked one of them up are checked again.
	names map[string]lookup
	moved keySet
	seed  maphash.Seed // of keyBit
	// namesOf is the site whose name table names holds, as it was
	// made (namesMade) and revised in place (namesSeen keys revised).
	namesOf              *site.Site
	namesMade, namesSeen int
	// drafts is the site's DraftNames at the last ConvertSite: a wikilink
	// naming nothing says whether it names a draft.
	drafts map[string]string
	// failed is the site's Failed at the last ConvertSite: a link naming
	// nothing is not warned of when it names a file left out for its
	// errors.
	failed map[string]string

	keys  sync.Map     // slug.Key of wikilink targets: string → string
	nkeys atomic.Int64 // how many keys have been stored since the last Clear

	// links is what the MentionedIn lists were filled in from at the
	// last ConvertSite, and spare the memory for the next one's.
	links, spare linkGraph

	// suggestions are the names a wikilink naming nothing is told the
	// nearest of, made at an earlier ConvertSite and kept while every key
	// of the name table leads where it did then; nil when none are kept.
	suggestions *names
}

// linkGraph is what fills in a site's MentionedIn lists: its briefs in
// order, each followed by the briefs it links to and a nil; the profiles
// each links to without naming them, each brief's followed by a nil; and
// the site's profiles. Holding them keeps them from being collected, so a
// pointer equal to one held is the same object.
type linkGraph struct {
	briefs   []*site.Brief
	entities []*site.Entity
}

// linksMoved reports whether s's link graph differs from that of the last
// site it was asked about, and remembers s's.
func (c *Cache) linksMoved(s *site.Site) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	g := linkGraph{briefs: c.spare.briefs[:0], entities: c.spare.entities[:0]}
	for _, b := range s.Briefs {
		g.briefs = append(g.briefs, b)
		g.briefs = append(g.briefs, b.LinksTo...)
		g.briefs = append(g.briefs, nil)
		for _, e := range b.LinksToEntities {
			if !b.Names(e) {
				g.entities = append(g.entities, e)
			}
		}
		g.entities = append(g.entities, nil)
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		g.entities = append(g.entities, s.EntitiesOf(k)...)
		g.entities = append(g.entities, nil)
	}
	moved := !slices.Equal(g.briefs, c.links.briefs) || !slices.Equal(g.entities, c.links.entities)
	c.links, c.spare = g, c.links
	clear(c.spare.briefs) // not to keep a site that is gone
	clear(c.spare.entities)
	return moved
}

// NewCache returns an empty Cache.
func NewCache() *Cache { return &Cache{docs: map[string]*entry{}, seed: maphash.MakeSeed()} }

// keyBit returns the bit of a 64-bit mask that stands for a name key: an
// entry's mask of the keys it looked up, and the mask of the keys that
// moved, tell at once of most entries that none of their keys moved.
func keyBit(seed maphash.Seed, key string) uint64 { return 1 << (maphash.String(seed, key) % 64) }

// optionsRead is what of Options a conversion reads: not the workers,
// the cache, or DataID, which only the check after the conversions reads.
type optionsRead struct {
	unsafeHTML, linkMentions, prettyURLs                bool
	reservedIDs                                         string
	dropSources, packHTML                               bool
	tableLabel, codeLabel, backlinkLabel, calloutTitles string
	quotes, taskLabels                                  [2]string
}

func (o Options) read() optionsRead {
	return optionsRead{o.UnsafeHTML, o.LinkMentions, o.PrettyURLs, o.ReservedIDs, o.DropSources, o.PackHTML, o.TableLabel, o.CodeLabel, o.BacklinkLabel, o.CalloutTitles, o.Quotes, o.TaskLabels}
}

// entry is one body's conversion and what it depended on.
type entry struct {
	gen      int // the last ConvertSite that used it
	source   []byte
	bodyLine int
	lookups  []lookup
	keyBits  uint64 // the keyBit of each lookup's key
	unfound  bool   // a lookup found nothing
	mentions string // the entities linked on first mention, with LinkMentions
	// cites is whether the body has citations, and sources what of its
	// brief's sources they read (see citedSources); citeErrors that a
	// key named none, whose error names the site's sources too.
	cites, citeErrors bool
	sources           string
	// titled is whether the body may open with a heading, which is
	// warned of when it repeats the title, title the brief's title or
	// the profile's name it was converted with.
	titled bool
	title  string
	result
	links []string // slugs of the briefs linked to, in order
	diags []diag.Diagnostic

	// self is the brief the conversion last went to, and linksTo the
	// briefs links named then. A brief that is the same object as last
	// time is part of the same site, changed in place by build, whose
	// briefs are the objects they were.
	self    *site.Brief
	linksTo []*site.Brief

	// entities are the profiles its wikilinks led to last time, found
	// again when the site is another or a name they took moved: an
	// entity may then be another object of the same name and page.
	entities    []*site.Entity
	entitiesFor *site.Site
}

// result is what converting a body yields.
type result struct {
	html      site.Markup
	first     string
	linksTo   []*site.Brief
	entities  []*site.Entity // the profiles its wikilinks lead to
	ids       []string       // of the body's headings
	fragments []fragmentLink // the wikilinks to a #fragment
}

// lookup is one wikilink target looked up in the site's names, and what
// the page took from the answer: the target's page, found from its kind
// and slug, its title, which shows when the link names its slug, and a
// brief's old slugs, by which a link to an old page leads to its page;
// and whether an entity has a profile, which tells what a wikilink
// naming nothing is told it meant.
type lookup struct {
	key      string
	found    bool
	brief    bool      // the target is a brief, not an entity
	kind     site.Kind // the entity's kind
	slug     string
	title    string
	oldSlugs string // a brief's, each followed by a NUL
	profile  bool   // an entity with a profile, whose name a suggestion prefers
}

func lookupOf(key string, tg site.Target, found bool) lookup {
	l := lookup{key: key, found: found}
	switch {
	case !found:
	case tg.Brief != nil:
		l.brief, l.slug, l.title = true, tg.Brief.Slug, tg.Brief.Title
		for _, a := range tg.Brief.Aliases {
			if old, ok := a.OldSlug(); ok {
				l.oldSlugs += old + "\x00"
			}
		}
	default:
		l.kind, l.slug, l.title = tg.Entity.Kind, tg.Entity.Slug, tg.Entity.Name
		l.profile = tg.Entity.File != "" || tg.Entity.Code != ""
	}
	return l
}

// key returns slug.Key(name), remembered from build to build.
func (c *Cache) key(name string) string {
	if k, ok := c.keys.Load(name); ok {
		return k.(string)
	}
	k := slug.Key(name)
	if _, loaded := c.keys.LoadOrStore(name, k); !loaded {
		c.nkeys.Add(1)
	}
	return k
}

// begin starts a ConvertSite of s; entries made with other options are
// dropped.
func (c *Cache) begin(opts Options, s *site.Site) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r := opts.read(); c.opts != r {
		c.docs = map[string]*entry{}
		c.opts = r
	}
	c.gen++
	c.moved = keySet{seed: c.seed}
	c.compareNames(s)
	if c.moved.bits != 0 {
		c.suggestions = nil // made of the keys as they led before
	}
	c.drafts = c.moveChanged(c.drafts, s.DraftNames)
	c.failed = c.moveChanged(c.failed, s.Failed)
	if n := len(c.docs); n > 0 && c.nkeys.Load() > int64(64*n) {
		// Forget the keys now and then, so that renames do not make the
		// memo grow without end.
		c.keys.Clear()
		c.nkeys.Store(0)
	}
}

// namesFor returns the names of the name table of s, the site of the
// ConvertSite begun, made on first use or kept from an earlier one.
func (c *Cache) namesFor(s *site.Site) func() *names {
	return sync.OnceValue(func() *names {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.suggestions == nil {
			c.suggestions = makeNames(s)
		}
		return c.suggestions
	})
}

// moveChanged adds to c.moved the keys whose files differ in old and now,
// the site's DraftNames or Failed at the last ConvertSite and at this
// one, and returns what to hold as old for the next.
func (c *Cache) moveChanged(old, now map[string]string) map[string]string {
	if maps.Equal(old, now) {
		return old
	}
	for key := range now {
		if file, ok := old[key]; !ok || file != now[key] {
			c.moved.add(key)
		}
	}
	for key := range old {
		if _, ok := now[key]; !ok {
			c.moved.add(key)
		}
	}
	return maps.Clone(now)
}

// compareNames adds to c.moved the keys of s's name table whose answer
// differs from the one c.names holds, and makes c.names s's. Where s is
// the site c.names was taken from, its table revised in place since, it
// looks only at the keys revised.
func (c *Cache) compareNames(s *site.Site) {
	if c.names == nil {
		c.names = make(map[string]lookup, len(s.Names))
	}
	compare := func(key string) {
		tg, ok := s.Names[key]
		old, had := c.names[key]
		switch {
		case !ok && had:
			delete(c.names, key)
		case !ok:
			return
		case had && old == lookupOf(key, tg, true):
			return
		default:
			c.names[key] = lookupOf(key, tg, true)
		}
		c.moved.add(key)
	}
	if s == c.namesOf && s.NamesMade == c.namesMade && len(s.NamesRevised) >= c.namesSeen {
		for _, key := range s.NamesRevised[c.namesSeen:] {
			compare(key)
		}
	} else {
		for key := range s.Names {
			compare(key)
		}
		if len(c.names) > len(s.Names) {
			for key := range c.names {
				compare(key)
			}
		}
	}
	c.namesOf, c.namesMade, c.namesSeen = s, s.NamesMade, len(s.NamesRevised)
}

// end forgets the bodies the finished ConvertSite did not convert.
func (c *Cache) end() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for f, e := range c.docs {
		if e.gen != c.gen {
			delete(c.docs, f)
		}
	}
}

// convertCached converts doc, or takes its conversion from the cache when
// nothing it depends on changed. bySlug finds the briefs it links to.
func (c *Converter) convertCached(doc *Doc, bySlug func() map[string]*site.Brief) result {
	cache := c.opts.Cache
	if cache == nil {
		html := c.keep(doc, c.convert(doc))
		return result{html: html, first: doc.first, linksTo: doc.linksTo, entities: doc.linksToEntities, ids: doc.ids, fragments: doc.fragments}
	}
	doc.cache = cache
	mentions := ""
	if c.opts.LinkMentions {
		mentions = mentionKey(doc.Entities)
	}
	cache.mu.Lock()
	e := cache.docs[doc.File]
	if e != nil {
		e.gen = cache.gen
	}
	gen, moved := cache.gen, cache.moved
	cache.mu.Unlock()
	if e != nil && e.current(doc, mentions, moved) {
		doc.Diags.Append(e.diags...)
		r := e.result
		if e.entitiesFor != doc.Site || e.movedEntity(moved) {
			e.entities, e.entitiesFor = nil, doc.Site
			for _, l := range e.lookups {
				if tg := doc.Site.Names[l.key]; l.found && !l.brief && tg.Entity != nil && !slices.Contains(e.entities, tg.Entity) {
					e.entities = append(e.entities, tg.Entity)
				}
			}
		}
		if doc.Self != nil && doc.Self != e.self {
			e.self, e.linksTo = doc.Self, nil
			for _, s := range e.links {
				if b := bySlug()[s]; b != nil && b != doc.Self && !containsBrief(e.linksTo, b) {
					e.linksTo = append(e.linksTo, b)
				}
			}
		}
		r.linksTo, r.entities = e.linksTo, e.entities
		return r
	}

	var local diag.List
	diags := doc.Diags
	doc.Diags, doc.record = &local, true
	html := site.PlainMarkup(c.Convert(doc))
	ds := local.Sorted()
	diags.Append(ds...)
	doc.Diags = diags

	e = &entry{gen: gen, source: doc.Source, bodyLine: doc.BodyLine, lookups: distinct(doc.lookups), mentions: mentions, diags: ds,
		self: doc.Self, linksTo: doc.linksTo, entities: doc.linksToEntities, entitiesFor: doc.Site,
		cites: doc.cites, citeErrors: doc.citeErrors}
	if doc.cites {
		e.sources = citedSources(doc.Self)
	}
	if opensWithHeading(doc.Source) {
		e.title, e.titled = docTitle(doc), true
	}
	for _, l := range e.lookups {
		e.keyBits |= keyBit(cache.seed, l.key)
		e.unfound = e.unfound || !l.found
	}
	e.result = result{html: html, first: doc.first, ids: doc.ids, fragments: doc.fragments}
	for _, b := range doc.linksTo { // not every lookup of a brief: a link to an old page found the brief by its title's key
		e.links = append(e.links, b.Slug)
	}
	cache.mu.Lock()
	cache.docs[doc.File] = e
	cache.mu.Unlock()
	r := e.result
	r.linksTo, r.entities = doc.linksTo, doc.linksToEntities
	return r
}

// current reports whether e is the conversion doc would get now. Only
// the wikilinks whose keys moved in the name table since the last
// ConvertSite can lead elsewhere than they did.
func (e *entry) current(doc *Doc, mentions string, moved keySet) bool {
	if e.bodyLine != doc.BodyLine || e.mentions != mentions || !sameBytes(e.source, doc.Source) {
		return false
	}
	if e.cites && (e.citeErrors || e.sources != citedSources(doc.Self)) {
		return false
	}
	if e.titled && e.title != docTitle(doc) {
		return false // whether its heading repeats the title has changed
	}
	switch {
	case moved.len() == 0:
		return true
	case e.unfound:
		return false // what its warning suggests may have changed
	case e.keyBits&moved.bits == 0:
		return true
	}
	for i := range e.lookups {
		l := &e.lookups[i]
		if !moved.has(l.key) {
			continue
		}
		tg, ok := doc.Site.Names[l.key]
		if lookupOf(l.key, tg, ok) != *l {
			return false
		}
	}
	return true
}

// movedEntity reports whether a lookup of an entity took a key that moved
// in the name table.
func (e *entry) movedEntity(moved keySet) bool {
	if e.keyBits&moved.bits == 0 {
		return false
	}
	for i := range e.lookups {
		if l := &e.lookups[i]; l.found && !l.brief && moved.has(l.key) {
			return true
		}
	}
	return false
}

// keySet is a set of name keys, kept in a list while it is short. A
// rebuild after an edit moves a few keys, and every kept conversion asks
// about each of its wikilinks: comparing a few strings, most of them of
// another length, is much cheaper than hashing the key.
type keySet struct {
	few  []string
	many map[string]bool
	seed maphash.Seed
	bits uint64 // the keyBit of each key
}

// keySetList is the size up to which a keySet is a list.
const keySetList = 16

func (s *keySet) add(key string) {
	s.bits |= keyBit(s.seed, key)
	switch {
	case s.many != nil:
		s.many[key] = true
	case slices.Contains(s.few, key):
	case len(s.few) < keySetList:
		s.few = append(s.few, key)
	default:
		s.many = make(map[string]bool, 2*keySetList)
		for _, k := range s.few {
			s.many[k] = true
		}
		s.many[key] = true
		s.few = nil
	}
}

func (s keySet) has(key string) bool {
	if s.many != nil {
		return s.many[key]
	}
	return slices.Contains(s.few, key)
}

func (s keySet) len() int { return len(s.few) + len(s.many) }

// sameBytes compares two bodies, quickly when they share their memory, as
// bodies of files the load cache kept do.
func sameBytes(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 0 || &a[0] == &b[0] {
		return true
	}
	return bytes.Equal(a, b)
}

// mentionKey describes what LinkMentions links a body's mentions to.
func mentionKey(entities []*site.Entity) string {
	var b strings.Builder
	for _, e := range entities {
		b.WriteString(e.Path())
		b.WriteByte(0)
		b.WriteString(e.Name)
		for _, a := range e.Aliases {
			b.WriteByte(0)
			b.WriteString(a)
		}
		b.WriteByte(1)
	}
	return b.String()
}

// distinct returns the first lookup of each key, in order, in a slice of
// its own size: a body names the same few targets again and again.
func distinct(ls []lookup) []lookup {
	var out []lookup
	for _, l := range ls {
		if !slices.ContainsFunc(out, func(o lookup) bool { return o.key == l.key }) {
			out = append(out, l)
		}
	}
	return slices.Clone(out)
}

func containsBrief(list []*site.Brief, b *site.Brief) bool {
	for _, x := range list {
		if x == b {
			return true
		}
	}
	return false
}

// opensWithHeading reports whether src, a body, may open with a heading:
// its first line, blanks aside, starts with "#", or its second line
// with "=" (a setext heading).
func opensWithHeading(src []byte) bool {
	src = bytes.TrimLeft(src, " \t\r\n")
	first, rest, _ := bytes.Cut(src, []byte("\n"))
	return bytes.HasPrefix(first, []byte("#")) || bytes.HasPrefix(bytes.TrimLeft(rest, " "), []byte("="))
}

// docTitle returns the title of doc's brief, or the name of its profile.
func docTitle(doc *Doc) string {
	switch {
	case doc.Self != nil:
		return doc.Self.Title
	case doc.Profile != nil:
		return doc.Profile.Name
	}
	return ""
}
