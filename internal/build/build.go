// Package build sequences brief's phases: load the site's files, resolve
// names into entities and timelines, convert Markdown, render the pages and,
// for a build to disk, write them with the output package. It is the one
// API the command needs.
package build

import (
	"context"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/markdown"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/render"
	"github.com/briefsite/brief/internal/resolve"
	"github.com/briefsite/brief/internal/site"
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
}

// Cache holds the parsed files and converted bodies of a site between
// builds. Builds that use it produce exactly what builds without it do.
// It is safe for concurrent use, though builds that share one gain
// nothing from running at once.
type Cache struct {
	load     *load.Cache
	resolve  *resolve.Memo
	markdown *markdown.Cache
}

// NewCache returns an empty Cache.
func NewCache() *Cache {
	return &Cache{load: load.NewCache(), resolve: resolve.NewMemo(), markdown: markdown.NewCache()}
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
func Build(ctx context.Context, fsys fs.FS, opts Options) *Result {
	res := &Result{Diags: &diag.List{}}
	lopts := load.Options{Drafts: opts.Drafts, Workers: opts.Workers}
	var (
		mdCache *markdown.Cache
		memo    *resolve.Memo
	)
	if opts.Cache != nil {
		lopts.Cache, mdCache, memo = opts.Cache.load, opts.Cache.markdown, opts.Cache.resolve
	}
	s := load.Load(fsys, lopts, res.Diags)
	if opts.BaseURL != "" {
		s.Config.BaseURL = opts.BaseURL
	}
	if opts.Minify {
		s.Config.Minify = true
	}
	res.Site = s
	if ctx.Err() != nil {
		res.Diags.Errorf(diag.Pos{}, "build cancelled")
		return res
	}
	resolve.ResolveWith(s, res.Diags, memo)
	conv := markdown.New(markdown.Options{
		UnsafeHTML:   s.Config.UnsafeHTML,
		LinkMentions: s.Config.LinkMentions,
		PrettyURLs:   s.Config.PrettyURLs,
		Workers:      opts.Workers,
		Cache:        mdCache,
	})
	conv.ConvertSite(s, res.Diags)
	if res.Diags.HasErrors() || ctx.Err() != nil {
		return res
	}
	files, err := render.Render(s, render.Options{SiteFS: fsys, Minify: s.Config.Minify})
	if err != nil {
		res.Diags.Errorf(diag.Pos{File: "templates"}, "%v", err)
		return res
	}
	res.Files = files
	return res
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
// are in the returned diagnostics; err reports a failure to write.
func Write(ctx context.Context, fsys fs.FS, srcDir, dir string, opts Options) (*Result, Stats, error) {
	start := time.Now()
	res := Build(ctx, fsys, opts)
	if res.Files == nil {
		return res, Stats{}, nil
	}
	err := output.Write(dir, res.Files, output.Options{SrcFS: fsys, SrcDir: srcDir, Workers: opts.Workers})
	st := Stats{Files: len(res.Files), Duration: time.Since(start)}
	for _, f := range res.Files {
		if strings.HasSuffix(f.Path, ".html") {
			st.Pages++
		}
	}
	return res, st, err
}
