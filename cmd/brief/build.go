package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/site"
)

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "[flags]", "Build the site in the current directory (or -src) into public/ (or -out).", stderr)
	src := fs.String("src", ".", "site root `dir`ectory holding content/")
	out := fs.String("out", "", "output `dir`ectory (default: public/ in the site root)")
	baseURL := fs.String("base-url", "", "absolute `URL` the site is published at, for feeds, sitemap and canonical links")
	minify := fs.Bool("minify", false, "minify HTML, CSS, JS, JSON and XML")
	drafts := fs.Bool("drafts", false, "include briefs marked draft")
	workers := fs.Int("j", 0, "parallel `workers` (default: one per CPU)")
	quiet := fs.Bool("quiet", false, "print only problems")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "brief build: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return exitUsage
	}
	if flagSet(fs, "j") && *workers < 1 { // left out, it is one per CPU
		fmt.Fprintln(stderr, "brief build: -j must be at least 1")
		return exitUsage
	}
	if *baseURL != "" {
		if err := load.CheckBaseURL(*baseURL); err != nil {
			fmt.Fprintf(stderr, "brief build: -base-url: %v\n", err)
			return exitUsage
		}
	}
	if err := checkSiteRoot(*src); err != nil {
		fmt.Fprintf(stderr, "brief build: %v\n", err)
		return exitContent
	}
	dir := *out
	if dir == "" {
		dir = filepath.Join(*src, "public")
	}
	fsys := os.DirFS(*src)
	build.LimitMemory(fsys)
	last := output.Written(dir) // read before the build replaces it
	res, stats, err := build.Write(ctx, fsys, *src, dir, build.Options{
		Drafts: *drafts, Workers: *workers, BaseURL: *baseURL, Minify: *minify,
	})
	if ctx.Err() != nil && res.Files == nil {
		if _, err := os.Stat(dir); err != nil {
			fmt.Fprintln(stderr, "brief build: interrupted; nothing written")
		} else {
			fmt.Fprintf(stderr, "brief build: interrupted; %s left unchanged\n", dir)
		}
		return exitInterrupted
	}
	if err == nil && res.Files != nil && !res.Diags.HasErrors() { // the new site is in place
		warnGone(res.Diags, *src, dir, output.Dropped(last, res.Files))
	}
	code := report(stderr, res.Diags, fsys, *src)
	if err != nil {
		fmt.Fprintf(stderr, "brief build: %v\n", err)
		if output.Unchanged(err) {
			leftUnchanged(stderr, dir)
		}
		return exitContent
	}
	if code != exitOK {
		leftUnchanged(stderr, dir)
		return code
	}
	if !*quiet {
		fmt.Fprintf(stdout, "brief: built %s: %v\n", dir, stats)
		if !*drafts {
			draftsLeftOut(stdout, res.Site.Drafts, "builds")
		}
	}
	return exitOK
}

// maxGone is how many of the pages a build no longer writes warnGone
// names; the others it counts.
const maxGone = 10

// warnGone warns, at each in the output directory dir of the site in
// srcDir, of the pages and feeds the last build wrote and this one does
// not, whose links, bookmarks and subscriptions break: gone, from dir's
// root, sorted, is what the new build removed. A folder's page and its
// feed are told of together; the styles, images and data files that go
// with them are not told of. It names the first maxGone, and counts the
// rest, for a section deleted not to print a line per page.
func warnGone(diags *diag.List, srcDir, dir string, gone []string) {
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
		at := outPos(srcDir, dir, pg.at)
		if i == maxGone && len(pages) > maxGone+1 { // one more is named, not counted
			diags.Warnf(at, "the last build wrote this page and %d more after it that this one does not; links and bookmarks to them will break", len(pages)-i-1)
			return
		}
		switch {
		case pg.html && pg.feed:
			diags.Warnf(at, "the last build wrote this page and its feed, and this one does not; links, bookmarks and feed readers' subscriptions to them will break%s", goneHint(pg.at))
		case pg.feed:
			diags.Warnf(at, "the last build wrote this feed and this one does not; feed readers subscribed to it will get nothing new")
		default:
			diags.Warnf(at, "the last build wrote this page and this one does not; links and bookmarks to it will break%s", goneHint(pg.at))
		}
	}
}

// goneHint returns what keeps the old address at of a brief's page or a
// profile's, from the output's root, working: the alias to add to the
// file that took its place; nothing for other pages.
func goneHint(at string) string {
	dir, slug, ok := strings.Cut(strings.TrimSuffix(at, "/"), "/")
	if !ok || strings.Contains(slug, "/") || !strings.HasSuffix(at, "/") {
		return ""
	}
	if dir == "briefs" && slug != site.ByYear {
		return fmt.Sprintf(": if it moved, keep its old address with aliases: [%s] in the front matter of its new file", slug)
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		if dir == k.Dir() && !k.Reserved(slug) {
			return fmt.Sprintf(": if it moved, keep its old address with aliases: [/%s] in its new profile's front matter", at)
		}
	}
	return ""
}

// outPos returns the position of file, a path from the root of the
// output directory dir (a folder's ending in /), as a path from the site
// root srcDir, as diagnostics name files.
func outPos(srcDir, dir, file string) diag.Pos {
	p := filepath.Join(dir, filepath.FromSlash(file))
	if src, err := filepath.Abs(srcDir); err == nil {
		if abs, err := filepath.Abs(p); err == nil {
			if rel, err := filepath.Rel(src, abs); err == nil {
				p = rel
			}
		}
	}
	p = filepath.ToSlash(p)
	if strings.HasSuffix(file, "/") {
		p += "/"
	}
	return diag.Pos{File: p}
}

// leftUnchanged says that a build that failed left the output directory
// dir as it was, or wrote nothing where there was none.
func leftUnchanged(w io.Writer, dir string) {
	if _, err := os.Stat(dir); err != nil {
		fmt.Fprintf(w, "brief build: nothing written\n")
	} else {
		fmt.Fprintf(w, "brief build: %s left unchanged\n", dir)
	}
}

// draftsLeftOut says how many drafts a command left out, if any, and
// that -drafts takes them in: does is what it does with them, "builds".
func draftsLeftOut(w io.Writer, n int, does string) {
	switch n {
	case 0:
	case 1:
		fmt.Fprintf(w, "brief: 1 draft left out; -drafts %s it\n", does)
	default:
		fmt.Fprintf(w, "brief: %d drafts left out; -drafts %s them\n", n, does)
	}
}

// report prints the diagnostics of the site in dir, which fsys reads,
// sorted, with a summary line, and returns exitContent when any is an
// error.
func report(w io.Writer, diags *diag.List, fsys fs.FS, dir string) int {
	list := diags.Sorted()
	diag.PrintIn(w, list, fsys, dir)
	errs, warns := diag.Count(list) // as printed: without the duplicates Sorted drops
	if len(list) > 0 {
		fmt.Fprintln(w, diag.Summary(errs, warns))
	}
	if errs > 0 {
		return exitContent
	}
	return exitOK
}

// checkSiteRoot returns an error unless dir holds a content/ folder.
func checkSiteRoot(dir string) error {
	fi, err := os.Stat(filepath.Join(dir, "content"))
	if err != nil || !fi.IsDir() {
		if name := caseVariant(dir, "content"); name != "" {
			return fmt.Errorf("%s has %s/, not content/: brief's folders are named in lower case, which counts on Linux and in GitHub's workflows; rename it content", dir, name)
		}
		if hasSiteFile(dir) {
			return fmt.Errorf("%s has a site file but no content/ folder yet: write a first brief with brief new \"Title\"", dir)
		}
		return fmt.Errorf("%s has no content/ folder: run brief in a site root, pass -src, or start a site with \"brief init DIR\"", dir)
	}
	return nil
}

// caseVariant returns the name of a folder of dir that is name but for
// letter case, or "".
func caseVariant(dir, name string) string {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.IsDir() && e.Name() != name && strings.EqualFold(e.Name(), name) {
			return e.Name()
		}
	}
	return ""
}

// hasSiteFile reports whether dir holds a site file, brief.yaml or
// brief.toml: it is a site's root, whether or not it has content yet.
func hasSiteFile(dir string) bool {
	for _, name := range load.SiteFiles() {
		if fi, err := os.Stat(filepath.Join(dir, name)); err == nil && fi.Mode().IsRegular() {
			return true
		}
	}
	return false
}
