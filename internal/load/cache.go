package load

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io/fs"
	"maps"
	"path"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// Cache remembers what each content file held the last time Load read it,
// so that the next Load of the same site reads and parses again only the
// files that changed: a file whose size and modification time are as
// before, or, on a file system without modification times, whose bytes
// are, is not parsed again. Load hands out fresh copies of what it
// remembers, so later phases may change the site as they like.
//
// A Cache belongs to one site. It is safe for concurrent use, though
// loads that share one gain nothing from running at once.
type Cache struct {
	mu     sync.Mutex
	files  map[string]*cached
	slugs  map[string]string // slug.Make of file names
	listed listing           // what the last Load found in the site's folders
	read   reading           // how the last Load read dates (in the site's time zone and words), and on which day
}

// NewCache returns an empty Cache.
func NewCache() *Cache { return &Cache{files: map[string]*cached{}, slugs: map[string]string{}} }

// slug returns slug.Make(name), remembered when c is not nil.
func (c *Cache) slug(name string) string {
	if c == nil {
		return slug.Make(name)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.slugs[name]
	if !ok {
		s = slug.Make(name)
		c.slugs[name] = s
	}
	return s
}

// cached is one file as it was last parsed.
type cached struct {
	size    int64
	modTime time.Time
	src     []byte            // the file's text, compared when modTime is zero
	head    [sha256.Size]byte // hash of the file's text before its body: front matter and fences

	ok     bool
	brief  *site.Brief  // as parsed; never handed out
	entity *site.Entity // as parsed; never handed out
	diags  []diag.Diagnostic
}

// lookup returns what the cache holds for file if it is still current.
// A file that changed does not list is taken to be current without a look;
// nil means every file may have changed. lookup reads the file only when
// its modification time is unknown; then the bytes read are returned for
// parsing, so the file is read once.
func (c *Cache) lookup(fsys fs.FS, file string, changed changeSet) (hit *cached, info fs.FileInfo) {
	if changed != nil && !changed.has(file) {
		c.mu.Lock()
		e := c.files[file]
		c.mu.Unlock()
		if e != nil {
			return e, nil
		}
	}
	fi, err := fs.Stat(fsys, file)
	if err != nil {
		return nil, nil
	}
	c.mu.Lock()
	e := c.files[file]
	c.mu.Unlock()
	if e == nil || e.size != fi.Size() {
		return nil, fi
	}
	if !fi.ModTime().IsZero() {
		if fi.ModTime().Equal(e.modTime) {
			return e, fi
		}
		return nil, fi
	}
	// No modification times (fstest.MapFS, some archives): compare bytes.
	src, err := fs.ReadFile(fsys, file)
	if err == nil && bytes.Equal(src, e.src) {
		return e, fi
	}
	return nil, fi
}

// setReader forgets every file whose dates were read otherwise than rd
// reads them, in another time zone or words, or on another day: they
// would read otherwise now, or be told of otherwise.
func (c *Cache) setReader(rd reading) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.read.dates.Same(rd.dates) || c.read.today != rd.today {
		clear(c.files)
	}
	c.read = rd
}

// store remembers the result of parsing file.
func (c *Cache) store(file string, fi fs.FileInfo, src []byte, j *job, ok bool, ds []diag.Diagnostic) {
	if fi == nil {
		return
	}
	e := &cached{size: fi.Size(), modTime: fi.ModTime(), ok: ok, diags: ds}
	if e.modTime.IsZero() {
		e.src = src // compared by the next lookup
	}
	if j.brief != nil {
		e.brief = new(site.Brief)
		copyBrief(e.brief, j.brief)
		e.head = headOf(src, j.brief.Body, ok)
	} else {
		e.entity = cloneEntity(j.entity)
		e.head = headOf(src, j.entity.Body, ok)
	}
	c.mu.Lock()
	c.files[file] = e
	c.mu.Unlock()
}

// headOf returns the hash of the part of src before body, which parse
// takes from its end, or zero when the file did not parse.
func headOf(src, body []byte, ok bool) [sha256.Size]byte {
	if !ok || len(body) > len(src) {
		return [sha256.Size]byte{}
	}
	return sha256.Sum256(src[:len(src)-len(body)])
}

// prune forgets the files not in keep, so that a deleted file does not
// stay in memory.
func (c *Cache) prune(keep []job, found listing) {
	live := make(map[string]bool, len(keep))
	for _, j := range keep {
		live[j.file] = true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.listed = found
	for f := range c.files {
		if !live[f] {
			delete(c.files, f)
		}
	}
	if len(c.slugs) > 2*len(keep)+1024 {
		c.slugs = map[string]string{} // renamed files' names
	}
}

// restore fills in j from e. The slug, file and bundle assets come from the
// current listing of the site, the rest from the cached parse.
func (e *cached) restore(j *job) {
	if b := j.brief; b != nil && e.brief != nil {
		slug, file, bundle, assets := b.Slug, b.File, b.Bundle, b.Assets
		copyBrief(b, e.brief)
		b.Slug, b.File, b.Bundle, b.Assets = slug, file, bundle, assets
	} else if j.entity != nil && e.entity != nil {
		en := cloneEntity(e.entity)
		en.Kind, en.Slug, en.File = j.entity.Kind, j.entity.Slug, j.entity.File
		*j.entity = *en
	}
}

// copyBrief makes dst a copy of b as load leaves it, with fresh
// citations, sources and events, which resolve changes. Names, positions
// and the body are shared, as nothing changes them.
func copyBrief(dst, b *site.Brief) {
	*dst = *b
	if b.Sources != nil {
		dst.Sources = make([]*site.Citation, len(b.Sources))
		for i, ct := range b.Sources {
			c, src := *ct, *ct.Source
			c.Source = &src
			dst.Sources[i] = &c
		}
	}
	if b.Events != nil {
		dst.Events = make([]*site.Event, len(b.Events))
		for i, ev := range b.Events {
			e := *ev
			e.Brief = dst
			dst.Events[i] = &e
		}
	}
}

// cloneEntity copies an entity profile as load leaves it.
func cloneEntity(e *site.Entity) *site.Entity {
	c := *e
	return &c
}

// changeSet holds the paths that may have changed since the last Load
// with a cache. A nil changeSet means any file may have changed.
type changeSet map[string]bool

// newChangeSet returns the set of paths in changed, or nil when changed
// is nil or names the root, as after missed events.
func newChangeSet(changed []string) changeSet {
	if changed == nil {
		return nil
	}
	set := make(changeSet, len(changed))
	for _, p := range changed {
		p = path.Clean(p)
		if p == "." || p == "" || p == "/" {
			return nil
		}
		set[strings.TrimPrefix(p, "./")] = true
	}
	return set
}

// has reports whether file, or a folder holding it, may have changed.
func (set changeSet) has(file string) bool {
	for p := file; p != "."; p = path.Dir(p) {
		if set[p] {
			return true
		}
	}
	return false
}

// Edit is a content file whose Markdown body or summary changed, or for
// a brief also its title, dates, actors, countries, topics, citations,
// event lines or aliases, for a profile its kind, while the rest of it
// stayed as it was, but for the lines it is on.
type Edit struct {
	File     string
	Body     []byte
	BodyLine int    // the line the body now starts on
	Summary  string // as the front matter now gives it
	Type     string // a profile's

	// A brief's
	Title                             string
	Date                              date.Date
	DatePos                           diag.Pos
	Updated                           date.Date
	UpdatedPos                        diag.Pos
	ActorRefs, CountryRefs, TopicRefs []site.Ref
	Aliases                           []site.Alias
	Events                            []*site.Event // as parsed, in file order
	// Sources are its citations as parsed, in file order; SourcesEdited
	// says whether any came, went, moved or changed a field.
	Sources       []*site.Citation
	SourcesEdited bool
}

// Edits reports what changed in the files listed in changed, which must
// name every path that changed since the last Load with c, when all that
// changed are the bodies and summaries of content files that Load read
// without errors, and the lines they are on, and the titles, dates,
// updated dates, actors, countries, topics, citations, event lines and
// aliases of briefs: then it returns what
// they now give, and Load would return the site it returned last time
// with those in place. ok is false when anything else may have changed:
// a file added, removed or renamed, any other front matter, a file with
// errors or other warnings, the site file or a static file. Paths Load does not read, such as templates, are left out.
//
// Edits remembers the files it parses for the next Load with c, so a
// Load after it reads them again only when they change again.
func (c *Cache) Edits(fsys fs.FS, changed []string) (edits []Edit, ok bool) {
	set := newChangeSet(changed)
	if set == nil {
		return nil, false
	}
	for _, p := range slices.Sorted(maps.Keys(set)) {
		if !readByLoad(p) {
			continue
		}
		c.mu.Lock()
		e := c.files[p]
		c.mu.Unlock()
		if e == nil && c.neverSeen(fsys, p) {
			continue // an editor's temporary, made and removed since: Load never saw it
		}
		if e == nil || !e.ok {
			return nil, false
		}
		fi, err := fs.Lstat(fsys, p)
		if err != nil || !fi.Mode().IsRegular() {
			return nil, false
		}
		j := job{file: p}
		var body *[]byte
		if e.brief != nil {
			j.brief = &site.Brief{Slug: e.brief.Slug, File: p, Bundle: e.brief.Bundle, Assets: e.brief.Assets}
			body = &j.brief.Body
		} else {
			j.entity = &site.Entity{Kind: e.entity.Kind, Slug: e.entity.Slug, File: p}
			body = &j.entity.Body
		}
		var local diag.List
		src, parsed := parse(fsys, &j, c.read, &local)
		ds := local.Sorted()
		c.store(p, fi, src, &j, parsed, ds)
		if !parsed || !slices.Equal(ds, e.diags) {
			return nil, false
		}
		ed := Edit{File: p, Body: *body}
		same := headOf(src, *body, parsed) == e.head
		if b := j.brief; b != nil {
			same = same || sameBriefButEditable(b, e.brief)
			ed.Summary, ed.Title, ed.Date, ed.DatePos = b.Summary, b.Title, b.Date, b.DatePos
			ed.Updated, ed.UpdatedPos = b.Updated, b.UpdatedPos
			ed.ActorRefs, ed.CountryRefs, ed.TopicRefs, ed.Events = b.ActorRefs, b.CountryRefs, b.TopicRefs, b.Events
			ed.Sources, ed.SourcesEdited = b.Sources, !slices.EqualFunc(b.Sources, e.brief.Sources, func(x, y *site.Citation) bool {
				return x.Pos == y.Pos && x.AuthorPos == y.AuthorPos && x.URLPos == y.URLPos && x.Same(y)
			})
			ed.BodyLine, ed.Aliases = b.BodyLine, b.Aliases
		} else {
			same = same || sameEntityButEditable(j.entity, e.entity)
			ed.Summary, ed.Type, ed.BodyLine = j.entity.Summary, j.entity.Type, j.entity.BodyLine
		}
		if !same {
			return nil, false
		}
		edits = append(edits, ed)
	}
	return edits, true
}

// neverSeen reports whether the path p, which the cache holds no file at,
// does not exist and was not there at the last Load either, nor anything
// under it: a file made and removed again since, as editors that save
// through a temporary file and a rename do. A static file, a bundle's
// asset or a file Load skipped with a warning, since deleted, was seen.
func (c *Cache) neverSeen(fsys fs.FS, p string) bool {
	switch p {
	case "brief.yaml", "brief.yml", "brief.toml":
		return false // Load looks for them whether or not they are there
	}
	if _, err := fs.Lstat(fsys, p); !errors.Is(err, fs.ErrNotExist) {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.listed[p] {
		return false
	}
	for f := range c.listed {
		if strings.HasPrefix(f, p+"/") {
			return false // a folder that held files Load found
		}
	}
	return true
}

// sameBriefButEditable reports whether briefs a and b, as parsed, differ
// at most in what an Edit carries: their titles, dates, updated dates,
// names of entities, summaries, bodies, citations, event lines and
// aliases, and the lines those are on.
func sameBriefButEditable(a, b *site.Brief) bool {
	x, y := *a, *b
	for _, z := range []*site.Brief{&x, &y} {
		z.Title, z.Summary, z.Body, z.BodyLine, z.Date, z.DatePos = "", "", nil, 0, date.Date{}, diag.Pos{}
		z.Updated, z.UpdatedPos = date.Date{}, diag.Pos{}
		z.ActorRefs, z.CountryRefs, z.TopicRefs = nil, nil, nil
		z.Sources, z.Events, z.Aliases = nil, nil, nil
	}
	return reflect.DeepEqual(&x, &y)
}

// sameEntityButEditable reports whether profiles a and b, as parsed,
// differ at most in what an Edit carries: their summaries, kinds (Type)
// and bodies, and the line the body starts on.
func sameEntityButEditable(a, b *site.Entity) bool {
	x, y := *a, *b
	x.Summary, x.Body, x.Type, x.BodyLine = "", nil, "", 0
	y.Summary, y.Body, y.Type, y.BodyLine = "", nil, "", 0
	return reflect.DeepEqual(&x, &y)
}

// readByLoad reports whether Load reads the file at p, a clean path
// relative to the site root: the site file, content and static files.
func readByLoad(p string) bool {
	top, _, _ := strings.Cut(p, "/")
	switch top {
	case "content", "static", "brief.yaml", "brief.yml", "brief.toml":
		return true
	}
	return false
}
