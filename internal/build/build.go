// Package build sequences brief's phases: load the site's files, resolve
// names into entities and timelines, convert Markdown, render the pages and,
// for a build to disk, write them with the output package. It is the one
// API the command needs.
package build

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/markdown"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/render"
	"github.com/briefsite/brief/internal/resolve"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// Options control a build. Fields left zero take the site file's value.
type Options struct {
	Drafts  bool   // include draft briefs
	Workers int    // parallel workers; 0 means one per CPU
	BaseURL string // overrides the site file's base_url
	Minify  bool   // minify HTML, CSS, JS, JSON and XML (or the site file's minify)

	// Cache, if set, carries what one build learned to the next build of
	// the same site, which then parses and converts again only the files
	// that changed. brief serve keeps one for its rebuilds.
	Cache *Cache

	// Changed, if not nil, lists the paths, relative to the site root,
	// that may have changed since the last build with Cache, as a file
	// watcher reports them. The build then looks only at those files; when
	// they changed only in their Markdown bodies, it takes the site the
	// last build made and converts only those bodies again. nil means
	// anything may have changed. Without a Cache, Changed is not used.
	Changed []string

	// NotFoundRoot, if set, is where the 404 page's links start (see
	// render.Options.NotFoundRoot).
	NotFoundRoot string

	// Now, if not nil, returns the time it is, in place of time.Now, for
	// the warnings of briefs dated after today (see load.Options.Now).
	Now func() time.Time

	// writeOnce: the files are written once and the model is not read
	// after (Write without a Cache), so each body's Markdown can go once
	// converted, and its HTML, held packed until then, once written.
	writeOnce bool
}

// Result is a built site held in memory: the model and the files to write.
type Result struct {
	Site  *site.Site
	Files []output.File
	Diags *diag.List
}

// Build loads, resolves and renders the site rooted at fsys. It returns
// the result even when there are errors, so that callers can report every
// diagnostic; Files is nil when the site has errors.
//
// A build with a Cache may return the Site of the last build with it,
// changed in place: callers must be done with the previous Result, or
// keep it from being read, while a build with the same Cache runs.
func Build(ctx context.Context, fsys fs.FS, opts Options) *Result {
	if c := opts.Cache; c != nil {
		c.mu.Lock()
		defer c.mu.Unlock()
		if res := c.patch(ctx, fsys, opts); res != nil {
			return res
		}
	}
	return build(ctx, fsys, opts)
}

// build runs every phase on the site.
func build(ctx context.Context, fsys fs.FS, opts Options) *Result {
	res := &Result{Diags: &diag.List{}}
	lopts := load.Options{Drafts: opts.Drafts, Workers: opts.Workers, Now: opts.Now}
	var memo *resolve.Memo
	if c := opts.Cache; c != nil {
		c.model = nil
		lopts.Cache, lopts.Changed, memo = c.load, opts.Changed, c.resolve
	}
	var early diag.List // load's and resolve's
	s := load.Load(fsys, lopts, &early)
	if c := opts.Cache; c != nil {
		c.notePages(s)
	}
	if opts.BaseURL != "" {
		s.Config.BaseURL = opts.BaseURL
	}
	if opts.Minify {
		s.Config.Minify = true
	}
	res.Site = s
	if ctx.Err() != nil {
		res.Diags.Append(early.Sorted()...)
		res.Diags.Errorf(diag.Pos{}, "build cancelled")
		return res
	}
	resolve.ResolveWith(s, &early, memo)
	ds := early.Sorted()
	res.Diags.Append(ds...)
	if memo != nil {
		res.Diags.Append(memo.Warnings()...) // kept apart, for Revise to change
	}
	convert(s, opts, res.Diags)
	if opts.Cache != nil {
		opts.Cache.model = newModel(s, ds, opts)
	}
	return finish(ctx, fsys, res, opts)
}

// convert converts the Markdown bodies of s.
func convert(s *site.Site, opts Options, diags *diag.List) {
	mopts := markdown.Options{
		UnsafeHTML:   s.Config.UnsafeHTML,
		LinkMentions: s.Config.LinkMentions,
		PrettyURLs:   s.Config.PrettyURLs,
		ReservedIDs:  render.PageIDs,
		DataID:       render.DataID,
		Workers:      opts.Workers,
	}
	mopts.TableLabel, mopts.CodeLabel = render.BoxLabels(s)
	mopts.BacklinkLabel = render.BacklinkLabel(s)
	mopts.CalloutTitles = markdown.CalloutTitles(lang.For(s.Config.Language, s.Config.Translations))
	mopts.Quotes = render.QuoteMarks(s)
	mopts.TaskLabels = markdown.TaskLabels(lang.For(s.Config.Language, s.Config.Translations))
	if opts.Cache != nil {
		mopts.Cache = opts.Cache.markdown
	} else {
		mopts.DropSources, mopts.PackHTML = opts.writeOnce, opts.writeOnce
	}
	markdown.New(mopts).ConvertSite(s, diags)
}

// templateErrors adds errs, problems of templates, to diags, each at its
// place in the site's templates/ or at the folder.
func templateErrors(fsys fs.FS, errs []error, diags *diag.List) {
	for _, err := range placeTemplateErrors(fsys, errors.Join(errs...), diags) {
		diags.Errorf(diag.Pos{File: "templates"}, "%v", err)
	}
}

// placeTemplateErrors adds to diags the problems err tells, which may
// join several, that are at a place in the site's own templates (see
// render.PlaceErrors), and returns the others.
func placeTemplateErrors(fsys fs.FS, err error, diags *diag.List) []error {
	placed, rest := render.PlaceErrors(fsys, err)
	for _, p := range placed {
		diags.Errorf(p.Pos, "%s", p.Msg)
	}
	return rest
}

// finish renders res.Site unless the build has errors or was cancelled.
func finish(ctx context.Context, fsys fs.FS, res *Result, opts Options) *Result {
	if ctx.Err() != nil {
		res.Diags.Errorf(diag.Pos{}, "build cancelled")
		return res
	}
	if res.Diags.HasErrors() {
		// The templates' own problems are told with the content's.
		templateErrors(fsys, render.TemplateErrors(fsys), res.Diags)
		return res
	}
	s := res.Site
	files, err := render.Render(s, render.Options{SiteFS: fsys, Minify: s.Config.Minify, WriteOnce: opts.writeOnce, Warnings: res.Diags, NotFoundRoot: opts.NotFoundRoot})
	if err != nil {
		templateErrors(fsys, render.SplitErrors(err), res.Diags)
		return res
	}
	res.Files = files
	warnShadowed(s, files, res.Diags)
	return res
}

// warnShadowed warns of each file of static/, of a brief's folder or of a
// page's folder that is not copied because the site generates a file of
// the same path, or another such file has it.
func warnShadowed(s *site.Site, files []output.File, diags *diag.List) {
	if len(s.Static) == 0 && !slices.ContainsFunc(s.Briefs, func(b *site.Brief) bool { return len(b.Assets) > 0 }) &&
		!slices.ContainsFunc(s.Pages, func(p *site.Page) bool { return len(p.Assets) > 0 }) {
		return
	}
	src := make(map[string]string, len(files)) // what each path is copied from; "" if generated
	for _, f := range files {
		src[f.Path] = f.Src
	}
	var folders map[string]output.File // a file in each folder of the site, made when first asked
	inFolder := func(dir string) (output.File, bool) {
		if folders == nil {
			folders = map[string]output.File{}
			for _, f := range files {
				for d := path.Dir(f.Path); d != "."; d = path.Dir(d) {
					if _, ok := folders[d]; !ok {
						folders[d] = f
					}
				}
			}
		}
		f, ok := folders[dir]
		return f, ok
	}
	whose := func(src string) string {
		if src == "" {
			return "generated"
		}
		return "copied from " + src
	}
	check := func(a site.Asset) {
		by, ok := src[a.Dest]
		switch {
		case ok && by == a.Src:
		case ok && by == "":
			diags.Warnf(diag.Pos{File: a.Src}, "not copied: the site generates %s", a.Dest)
		case ok:
			diags.Warnf(diag.Pos{File: a.Src}, "not copied: %s is copied from %s", a.Dest, by)
		default: // a folder of the site has its name, or it would be in a file's
			if f, ok := inFolder(a.Dest); ok {
				diags.Warnf(diag.Pos{File: a.Src}, "not copied: the site has a folder %s/ there, holding %s (%s)", a.Dest, f.Path, whose(f.Src))
				return
			}
			for dir := path.Dir(a.Dest); dir != "."; dir = path.Dir(dir) {
				if by, ok := src[dir]; ok {
					diags.Warnf(diag.Pos{File: a.Src}, "not copied: %s would need a folder %s/, and the site has a file there (%s)", a.Dest, dir, whose(by))
					return
				}
			}
		}
	}
	for _, b := range s.Briefs {
		for _, a := range b.Assets {
			check(a)
		}
	}
	for _, p := range s.Pages {
		for _, a := range p.Assets {
			check(a)
		}
	}
	for _, a := range s.Static {
		check(a)
	}
}

// Stats describe a finished build.
type Stats struct {
	Pages    int
	Files    int
	Duration time.Duration
}

func (s Stats) String() string {
	return fmt.Sprintf("%d pages, %d files in %v", s.Pages, s.Files, s.Duration.Round(time.Millisecond))
}

// Write builds the site at fsys and writes it to dir. The site's errors
// are in the returned diagnostics, with the templates of the site's that
// failed as the files were written; err reports any other failure to
// write. Once the new site is in place, without errors, the diagnostics
// warn of the pages and feeds the last build into dir wrote and this one
// does not, as their links break.
//
// Nothing that writes the site reads the Markdown of a body once it is
// converted, or a brief's HTML once the files showing it are written, so
// without a Cache, Write lets each go as soon as it can, to bound the
// memory of a large build: in the result, the Body of every brief and
// entity is nil and, unless the site has templates of its own, the HTML
// of every brief is "" (see render.Options.WriteOnce).
func Write(ctx context.Context, fsys fs.FS, srcDir, dir string, opts Options) (*Result, Stats, error) {
	start := time.Now()
	opts.writeOnce = opts.Cache == nil
	res := Build(ctx, fsys, opts)
	if res.Files == nil {
		return res, Stats{}, nil
	}
	last := output.Written(dir) // read before the new site replaces it
	warned := map[string]bool{} // by absolute path: a leftover the output just told of
	err := output.Write(ctx, dir, res.Files, output.Options{SrcFS: fsys, SrcDir: srcDir, Workers: opts.Workers,
		Warn: func(path, msg string) {
			warned[absPath(path)] = true
			res.Diags.Warnf(outPos(srcDir, path), "%s", msg)
		}})
	if ctx.Err() != nil && err != nil {
		// Cancelled while writing: the output is as it was.
		res.Diags.Errorf(diag.Pos{}, "build cancelled")
		res.Files = nil
		return res, Stats{}, nil
	}
	if err == nil {
		warnLeftovers(srcDir, dir, warned, res.Diags)
		if !res.Diags.HasErrors() { // the new site is in place
			warnGone(srcDir, dir, output.Dropped(last, res.Files), res.Site, res.Diags)
		}
	}
	err = errors.Join(placeTemplateErrors(fsys, err, res.Diags)...)
	st := Stats{Files: len(res.Files), Duration: time.Since(start)}
	for _, f := range res.Files {
		if strings.HasSuffix(f.Path, ".html") {
			st.Pages++
		}
	}
	return res, st, err
}

// warnLeftovers warns of the temporary folders that builds killed while
// writing into dir left beside it, or inside it (a build in place's,
// which are published with it), and of the old copies of dir that builds
// could not delete, but for those at the paths warned holds, absolute,
// which the build has told of.
func warnLeftovers(srcDir, dir string, warned map[string]bool, diags *diag.List) {
	base := filepath.Base(dir)
	for _, l := range output.Leftovers(dir) {
		p := filepath.Join(filepath.Dir(dir), l.Name)
		if warned[absPath(p)] {
			continue
		}
		at := outPos(srcDir, p)
		// A build writing into dir now has one too: Leftovers cannot
		// tell them apart.
		what := "left by a build that stopped while it wrote " + base + ", or a build writing " + base + " now"
		if l.Old {
			what = "an old copy of " + base + " that a build replaced but could not delete, or was stopped deleting"
		}
		if l.Inside {
			what += "; it is inside " + base + ", and published with it until deleted"
		}
		if len(l.Hidden) > 0 {
			diags.Warnf(at, "%s; it holds %s, which may be %s's own: move it back into %s before you delete the folder", what, strings.Join(l.Hidden, ", "), base, base)
			continue
		}
		if l.Old {
			diags.Warnf(at, "%s; delete it (as the user whose files it holds, if brief could not)", what)
			continue
		}
		diags.Warnf(at, "%s; delete it when no build is running", what)
	}
}

// maxGone is how many of the pages a build no longer writes warnGone
// names; the others it counts.
const maxGone = 10

// warnGone warns, at each in the output directory dir of the site in
// srcDir, of the pages and feeds the last build wrote and this one does
// not, whose links, bookmarks and subscriptions break: gone, from dir's
// root, sorted, is what the new build removed (see output.Dropped). A
// folder's page and its feed are told of together; the styles, images
// and data files that go with them are not told of. It names the first
// maxGone, and counts the rest, for a section deleted not to print a
// line per page.
func warnGone(srcDir, dir string, gone []string, s *site.Site, diags *diag.List) {
	type page struct {
		at         string // from dir's root: a folder's page as the folder
		html, feed bool
	}
	var pages []*page
	byDir := map[string]*page{}
	var feeds []string
	for _, p := range gone {
		switch {
		case path.Base(p) == "index.html":
			pg := &page{at: strings.TrimSuffix(p, "index.html"), html: true}
			byDir[pg.at] = pg
			pages = append(pages, pg)
		case strings.HasSuffix(p, ".html"):
			pages = append(pages, &page{at: p, html: true})
		case path.Base(p) == "feed.xml":
			feeds = append(feeds, p)
		}
	}
	for _, p := range feeds {
		if pg := byDir[strings.TrimSuffix(p, "feed.xml")]; pg != nil {
			pg.feed = true // its folder's page goes too: one warning
		} else {
			pages = append(pages, &page{at: p, feed: true})
		}
	}
	slices.SortFunc(pages, func(a, b *page) int { return strings.Compare(a.at, b.at) })
	for i, pg := range pages {
		at := outPos(srcDir, filepath.Join(dir, filepath.FromSlash(pg.at)))
		if strings.HasSuffix(pg.at, "/") {
			at.File += "/" // a folder's page, told as the folder
		}
		if i == maxGone && len(pages) > maxGone+1 { // one more is named, not counted
			diags.Warnf(at, "the last build wrote this page and %d more after it that this one does not; links and bookmarks to them will break", len(pages)-i-1)
			return
		}
		switch {
		case pg.html && pg.feed:
			diags.Warnf(at, "the last build wrote this page and its feed, and this one does not; links, bookmarks and feed readers' subscriptions to them will break%s", goneHint(pg.at, s))
		case pg.feed:
			diags.Warnf(at, "the last build wrote this feed and this one does not; feed readers subscribed to it will get nothing new")
		default:
			diags.Warnf(at, "the last build wrote this page and this one does not; links and bookmarks to it will break%s", goneHint(pg.at, s))
		}
	}
}

// goneHint returns why the page at, from the output's root, of a brief or
// a profile of s is gone, when s tells (a brief now a draft), or else what
// keeps its old address working: the alias to add to the file that took
// its place; nothing for other pages.
func goneHint(at string, s *site.Site) string {
	dir, name, ok := strings.Cut(strings.TrimSuffix(at, "/"), "/")
	if !ok || strings.Contains(name, "/") || !strings.HasSuffix(at, "/") {
		return ""
	}
	if dir == "briefs" && name != site.ByYear {
		if s != nil {
			if file, ok := s.DraftNames[slug.Key(name)]; ok {
				return fmt.Sprintf(": its brief, %s, is a draft, which this build leaves out (-drafts builds it)", file)
			}
		}
		return fmt.Sprintf(": if it moved, keep its old address with aliases: [%s] in the front matter of its new file", name)
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		if dir == k.Dir() && !k.Reserved(name) {
			return fmt.Sprintf(": if its %s was renamed, keep its old address with aliases: [/%s] in the front matter of its file in %s (write one if it has none); if the briefs that named it are drafts now, -drafts builds it", k.Singular(), at, path.Join("content", k.Dir()))
		}
	}
	return ""
}

// absPath returns p made absolute, or as it is when it cannot be.
func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// outPos is the position of the file at path p, which may lie outside the
// site, as a path from the site root srcDir, which diag.PrintIn names
// from the working directory; p as it is when srcDir is "".
func outPos(srcDir, p string) diag.Pos {
	if srcDir == "" {
		return diag.Pos{File: p}
	}
	src, err1 := filepath.Abs(srcDir)
	abs, err2 := filepath.Abs(p)
	rel, err3 := filepath.Rel(src, abs)
	if err := errors.Join(err1, err2, err3); err != nil {
		return diag.Pos{File: p}
	}
	return diag.Pos{File: filepath.ToSlash(rel)}
}
