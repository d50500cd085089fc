package build

import (
	"context"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/markdown"
	"github.com/briefsite/brief/internal/resolve"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// Cache holds the parsed files and converted bodies of a site between
// builds, and the site the last build made. Builds that use it produce
// exactly what builds without it do. Builds that share one run one at a
// time.
type Cache struct {
	load     *load.Cache
	resolve  *resolve.Memo
	markdown *markdown.Cache

	mu    sync.Mutex // held by a build
	model *model     // the last build's site, or nil
	pages string     // the last build's standalone pages (see notePages)
}

// notePages starts the markdown cache afresh when s, just loaded, has
// other standalone pages than the last build, or a page another title: a
// brief's link to a page's file ([About](../about.md)), or its wikilink
// by the page's title or file name ([[About]]), is converted by whether
// the page is there, which the cache of the brief's conversion does not
// look at. Pages are few, and added, removed or retitled seldom.
func (c *Cache) notePages(s *site.Site) {
	var key strings.Builder
	for _, p := range s.Pages {
		key.WriteString(p.File + "\x00" + p.Slug + "\x00" + p.Title + "\x00")
	}
	if key.String() != c.pages {
		c.pages = key.String()
		c.markdown = markdown.NewCache()
	}
}

// NewCache returns an empty Cache.
func NewCache() *Cache {
	return &Cache{load: load.NewCache(), resolve: resolve.NewMemo(), markdown: markdown.NewCache()}
}

// model is a site as the last build left it, resolved and converted, with
// what a build needs to change its bodies in place.
type model struct {
	site *site.Site
	// diags are those of load and resolve, which bodies do not change,
	// but for the misspelling warnings, which the memo keeps.
	diags []diag.Diagnostic

	drafts  bool // the options it was built with
	baseURL string
	minify  bool

	files map[string]content // by file
}

// content is a brief or profile of a model.
type content struct {
	brief  *site.Brief
	entity *site.Entity
}

// newModel notes what a build needs to patch s later.
func newModel(s *site.Site, diags []diag.Diagnostic, opts Options) *model {
	m := &model{site: s, diags: diags, drafts: opts.Drafts, baseURL: opts.BaseURL, minify: opts.Minify,
		files: make(map[string]content, len(s.Briefs)+len(s.Actors))}
	for _, b := range s.Briefs {
		m.files[b.File] = content{brief: b}
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			if e.File != "" {
				m.files[e.File] = content{entity: e}
			}
		}
	}
	return m
}

// patch builds the site by changing the last build's site in place, when
// only the bodies and summaries of briefs and profiles, the kinds of
// profiles and the titles, dates, names, citations, event lines and
// aliases of briefs changed since, and the lines those are on, and
// resolve can revise those briefs in place: the site then differs only in
// what that changes, summaries, kinds, and the bodies' HTML and links. It
// returns nil when it cannot, and the caller builds in full.
func (c *Cache) patch(ctx context.Context, fsys fs.FS, opts Options) *Result {
	m := c.model
	if m == nil || opts.Changed == nil || opts.Drafts != m.drafts || opts.BaseURL != m.baseURL || opts.Minify != m.minify {
		return nil
	}
	c.model = nil // until the site is whole again
	edits, ok := c.load.Edits(fsys, opts.Changed)
	if !ok || renamesDraft(m, edits) {
		return nil
	}
	res := &Result{Site: m.site, Diags: &diag.List{}}
	res.Diags.Append(m.diags...)
	if ctx.Err() != nil {
		// The site is left as it was; the load cache has the new bodies,
		// so the next build is a full one.
		res.Diags.Append(c.resolve.Warnings()...)
		res.Diags.Errorf(diag.Pos{}, "build cancelled")
		return res
	}
	if !c.revise(m, edits) {
		return nil
	}
	res.Diags.Append(c.resolve.Warnings()...) // as Revise left them
	for _, ed := range edits {
		f := m.files[ed.File] // drafts and files with errors are not in the site
		if b := f.brief; b != nil {
			b.Body, b.BodyLine, b.Summary, b.SummaryFromBody, b.BodyHTML, b.LinksTo = ed.Body, ed.BodyLine, ed.Summary, false, site.Markup{}, nil
			b.Updated, b.UpdatedPos = ed.Updated, ed.UpdatedPos
		} else if e := f.entity; e != nil {
			e.Body, e.BodyLine, e.Summary, e.SummaryFromBody, e.Type, e.BodyHTML = ed.Body, ed.BodyLine, ed.Summary, false, ed.Type, site.Markup{}
		}
	}
	convert(m.site, opts, res.Diags)
	c.model = m
	return finish(ctx, fsys, res, opts)
}

// revise gives the briefs of m the titles, dates, names, citations,
// event lines and aliases edits give them, in place (see resolve.Revise,
// resolve.ReviseSources, resolve.ReviseEvents and resolve.ReviseAliases).
// When one cannot be, it undoes those it made, leaving m as it was, since
// the previous build's pages may still be shown from it, and reports
// false.
func (c *Cache) revise(m *model, edits []load.Edit) bool {
	var undo []func() // in the order the revisions were made
	fail := func() bool {
		for _, u := range slices.Backward(undo) {
			u() // back where it was: always possible
		}
		return false
	}
	for _, ed := range edits {
		b := m.files[ed.File].brief
		if b == nil {
			continue
		}
		old := resolve.RevisionOf(b)
		rev := resolve.Revision{Title: ed.Title, Date: ed.Date, DatePos: ed.DatePos,
			ActorRefs: ed.ActorRefs, CountryRefs: ed.CountryRefs, TopicRefs: ed.TopicRefs}
		if !rev.Equal(old) {
			if !resolve.Revise(m.site, c.resolve, b, rev) {
				return fail()
			}
			undo = append(undo, func() { resolve.Revise(m.site, c.resolve, b, old) })
		}
		if ed.SourcesEdited {
			was := make([]*site.Citation, len(b.Sources))
			for i, ct := range b.Sources {
				was[i] = ct.Bare()
			}
			if !resolve.ReviseSources(m.site, c.resolve, b, ed.Sources) {
				return fail()
			}
			undo = append(undo, func() { resolve.ReviseSources(m.site, c.resolve, b, was) })
		}
		was := resolve.EventLines(b)
		if !resolve.ReviseEvents(m.site, c.resolve, b, ed.Events) {
			return fail()
		}
		undo = append(undo, func() { resolve.ReviseEvents(m.site, c.resolve, b, was) })
		if aliases := b.Aliases; !slices.Equal(ed.Aliases, aliases) {
			if !resolve.ReviseAliases(m.site, c.resolve, b, ed.Aliases) {
				return fail()
			}
			undo = append(undo, func() { resolve.ReviseAliases(m.site, c.resolve, b, aliases) })
		}
	}
	return true
}

// renamesDraft reports whether one of edits gives a draft the site leaves
// out another title: links to it say it is a draft by its title.
func renamesDraft(m *model, edits []load.Edit) bool {
	for _, ed := range edits {
		if f := m.files[ed.File]; f.brief != nil || f.entity != nil {
			continue
		}
		draft := slices.Contains(slices.Collect(maps.Values(m.site.DraftNames)), ed.File)
		if draft && m.site.DraftNames[slug.Key(ed.Title)] != ed.File {
			return true
		}
	}
	return false
}
