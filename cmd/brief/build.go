package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/output"
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
