package load

import (
	"bytes"
	"io/fs"
	"sync"
	"time"

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
	mu    sync.Mutex
	files map[string]*cached
	slugs map[string]string // slug.Make of file names
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
	src     []byte // the file's text, compared when modTime is zero

	ok     bool
	brief  *site.Brief  // as parsed; never handed out
	entity *site.Entity // as parsed; never handed out
	diags  []diag.Diagnostic
}

// lookup returns what the cache holds for file if it is still current.
// It reads the file only when its modification time is unknown; then the
// bytes read are returned for parsing, so the file is read once.
func (c *Cache) lookup(fsys fs.FS, file string) (hit *cached, info fs.FileInfo) {
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

// store remembers the result of parsing file.
func (c *Cache) store(file string, fi fs.FileInfo, src []byte, j *job, ok bool, ds []diag.Diagnostic) {
	if fi == nil {
		return
	}
	e := &cached{size: fi.Size(), modTime: fi.ModTime(), src: src, ok: ok, diags: ds}
	if j.brief != nil {
		e.brief = cloneBrief(j.brief)
	} else {
		e.entity = cloneEntity(j.entity)
	}
	c.mu.Lock()
	c.files[file] = e
	c.mu.Unlock()
}

// prune forgets the files not in keep, so that a deleted file does not
// stay in memory.
func (c *Cache) prune(keep []job) {
	live := make(map[string]bool, len(keep))
	for _, j := range keep {
		live[j.file] = true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
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
	if j.brief != nil && e.brief != nil {
		b := cloneBrief(e.brief)
		b.Slug, b.File, b.Bundle, b.Assets = j.brief.Slug, j.brief.File, j.brief.Bundle, j.brief.Assets
		*j.brief = *b
		for _, ev := range j.brief.Events {
			ev.Brief = j.brief // not the discarded b
		}
	} else if j.entity != nil && e.entity != nil {
		en := cloneEntity(e.entity)
		en.Kind, en.Slug, en.File = j.entity.Kind, j.entity.Slug, j.entity.File
		*j.entity = *en
	}
}

// cloneBrief copies a brief as load leaves it, with fresh citations,
// sources and events, which resolve changes. Names, positions and the body
// are shared, as nothing changes them.
func cloneBrief(b *site.Brief) *site.Brief {
	c := *b
	if b.Sources != nil {
		c.Sources = make([]*site.Citation, len(b.Sources))
		for i, ct := range b.Sources {
			src := *ct.Source
			c.Sources[i] = &site.Citation{Source: &src, Pos: ct.Pos}
		}
	}
	if b.Events != nil {
		c.Events = make([]*site.Event, len(b.Events))
		for i, ev := range b.Events {
			e := *ev
			e.Brief = &c
			c.Events[i] = &e
		}
	}
	return &c
}

// cloneEntity copies an entity profile as load leaves it.
func cloneEntity(e *site.Entity) *site.Entity {
	c := *e
	return &c
}
