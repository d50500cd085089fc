package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/diag"
)

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "[flags]", "Build the site in memory, without writing anything, and report every problem:\n"+
		"front matter, dates, names, wikilinks, broken links and unsafe URLs.\n"+
		"Exits 0 when the site is clean, 1 when it has errors (or warnings, with -strict).", stderr)
	src := fs.String("src", ".", "site root `dir`ectory holding content/")
	format := fs.String("format", "text", "output `format`: text, json, or github (annotations in a GitHub Actions run)")
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
	if *format != "text" && *format != "json" && *format != "github" {
		fmt.Fprintf(stderr, "brief check: -format must be text, json or github, not %q\n", *format)
		return exitUsage
	}
	if err := checkSiteRoot(*src); err != nil {
		fmt.Fprintf(stderr, "brief check: %v\n", err)
		return exitContent
	}
	res, err := build.Check(ctx, os.DirFS(*src), build.Options{Drafts: *drafts})
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "brief check: interrupted")
		return exitInterrupted
	}
	if err != nil {
		fmt.Fprintf(stderr, "brief check: %v\n", err)
		return exitContent
	}
	errs, warns := diag.Count(res.Diags)
	switch *format {
	case "json":
		shown := diag.Shown(res.Diags, res.Source)
		for i := range shown {
			shown[i].Pos.File = diag.FromDir(*src, shown[i].Pos.File)
		}
		if err := writeJSON(stdout, shown); err != nil {
			fmt.Fprintf(stderr, "brief check: %v\n", err)
			return exitContent
		}
	case "github":
		// Workflow commands, which GitHub shows as annotations; the
		// summary and the drafts left out stay lines of the log.
		diag.PrintGitHub(stdout, res.Diags, res.Source, *src)
		fmt.Fprintln(stdout, diag.Summary(errs, warns))
		draftsLeftOut(stdout, res.Drafts, "checks")
	default:
		diag.PrintIn(stdout, res.Diags, res.Source, *src)
		fmt.Fprintln(stdout, diag.Summary(errs, warns))
		draftsLeftOut(stdout, res.Drafts, "checks")
	}
	if errs > 0 || *strict && warns > 0 {
		return exitContent
	}
	return exitOK
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
