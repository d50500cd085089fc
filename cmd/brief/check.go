package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/check"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/render"
)

// outPrefix names the built files in check's positions: they are the files
// brief build would write to public/.
const outPrefix = "public/"

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "[flags]", "Build the site in memory, without writing anything, and report every problem:\n"+
		"front matter, dates, names, wikilinks, broken links and unsafe URLs.\n"+
		"Exits 0 when the site is clean, 1 when it has errors (or warnings, with -strict).", stderr)
	src := fs.String("src", ".", "site root `dir`ectory holding content/")
	format := fs.String("format", "text", "output `format`: text or json")
	strict := fs.Bool("strict", false, "treat warnings as errors")
	drafts := fs.Bool("drafts", false, "include briefs marked draft")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "brief check: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return exitUsage
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "brief check: -format must be text or json, not %q\n", *format)
		return exitUsage
	}
	if err := checkSiteRoot(*src); err != nil {
		fmt.Fprintf(stderr, "brief check: %v\n", err)
		return exitContent
	}
	fsys := os.DirFS(*src)
	ds, out, left, err := checkSite(ctx, fsys, build.Options{Drafts: *drafts})
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "brief check: interrupted")
		return exitInterrupted
	}
	if err != nil {
		fmt.Fprintf(stderr, "brief check: %v\n", err)
		return exitContent
	}
	errs, warns := diag.Count(ds)
	files := overlay{src: fsys, out: out}
	if *format == "json" {
		if err := writeJSON(stdout, diag.Shown(ds, files)); err != nil {
			fmt.Fprintf(stderr, "brief check: %v\n", err)
			return exitContent
		}
	} else {
		diag.Print(stdout, ds, files)
		fmt.Fprintln(stdout, diag.Summary(errs, warns))
		draftsLeftOut(stdout, left, "checks")
	}
	if errs > 0 || *strict && warns > 0 {
		return exitContent
	}
	return exitOK
}

// checkSite builds the site at fsys in memory and returns every problem
// of the build and of the checks, sorted, the built files, each rendered
// as it is read, and the number of drafts left out.
func checkSite(ctx context.Context, fsys fs.FS, opts build.Options) ([]diag.Diagnostic, *render.Output, int, error) {
	res := build.Build(ctx, fsys, opts)
	if err := ctx.Err(); err != nil {
		return nil, nil, 0, err
	}
	files := res.Files
	if files == nil && res.Site != nil {
		// The build stops before rendering when the site has errors;
		// render anyway so that links are checked too.
		var err error
		files, err = render.Render(res.Site, render.Options{SiteFS: fsys, Warnings: res.Diags})
		if err != nil {
			files = nil
		}
	}
	var out *render.Output
	var checked check.Output // nil, not a nil *render.Output, when there is none
	if files != nil {
		out = render.NewOutput(files, fsys)
		checked = out
	}
	ds, err := check.Run(ctx, res.Site, fsys, checked, outPrefix)
	if ctx.Err() != nil {
		return nil, nil, 0, ctx.Err()
	}
	res.Diags.Append(ds...)
	placed, rest := render.PlaceErrors(fsys, err)
	for _, p := range placed {
		res.Diags.Errorf(p.Pos, "%s", p.Msg)
	}
	for _, e := range rest { // in the theme's own templates
		res.Diags.Errorf(diag.Pos{}, "%v", e)
	}
	drafts := 0
	if res.Site != nil {
		drafts = res.Site.Drafts
	}
	return res.Diags.Sorted(), out, drafts, nil
}

// writeJSON writes ds as a JSON array, [] when there are none.
func writeJSON(w io.Writer, ds []diag.Diagnostic) error {
	if ds == nil {
		ds = []diag.Diagnostic{}
	}
	data, err := json.MarshalIndent(ds, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// overlay reads the site's files, and the built files under public/ by
// rendering them again, so that diagnostics can quote the offending line
// of either.
type overlay struct {
	src fs.FS
	out *render.Output // nil when the site was not rendered
}

func (o overlay) Open(name string) (fs.File, error) {
	if rest, ok := strings.CutPrefix(name, outPrefix); ok {
		if o.out != nil {
			if data, err := o.out.ReadFile(rest); err == nil {
				return fstest.MapFS{"f": {Data: data}}.Open("f")
			}
		}
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return o.src.Open(name)
}
