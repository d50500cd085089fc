package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/render"
	brieftemplates "github.com/briefsite/brief/templates"
)

func runTemplates(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := newFlags("templates", "[-src DIR] [-list] [-force] [NAME...]",
		"Write the theme's files, as this brief has them, into the site's templates/ folder to edit:\n"+
			"all of them, or the NAMEs given (brief templates brief.html style.css); -list names them.\n"+
			"A file the site has is kept, unless -force replaces it; one the same as the theme's is left as is.\n"+
			"A file in templates/ wins over the theme's, so brief upgrades no longer change it: copy only\n"+
			"those you change. Exits 0 when it wrote a file or each was the theme's already, 1 when it\n"+
			"kept one and wrote none or could not write one, 2 for a name that is no file of the theme's.", stderr)
	src := flags.String("src", ".", "site root `dir`ectory")
	list := flags.Bool("list", false, "print each file's name and what it makes, and write nothing")
	force := flags.Bool("force", false, "replace the site's own copies with the theme's")
	if code := parseFlags(flags, args); code >= 0 {
		return code
	}
	names, err := pickTemplates(flags.Args(), themeFiles())
	if err != nil {
		fmt.Fprintf(stderr, "brief templates: %v\n", err)
		return exitUsage
	}
	if *list {
		width := 0
		for _, name := range names {
			width = max(width, len(name))
		}
		for _, name := range names {
			fmt.Fprintf(stdout, "%-*s  %s\n", width, name, templateAbout[name])
		}
		return exitOK
	}
	dir, err := templatesDir(*src)
	if err != nil {
		fmt.Fprintf(stderr, "brief templates: %v\n", err)
		return exitContent
	}
	count := map[copied]int{}
	failed, layered := 0, false
	for _, name := range names {
		file := filepath.Join(dir, name)
		data, err := fs.ReadFile(brieftemplates.FS, name)
		var done copied
		if err == nil {
			done, err = copyTemplate(file, data, *force)
		}
		if err != nil {
			fmt.Fprintf(stderr, "brief templates: %v\n", err)
			failed++
			continue
		}
		count[done]++
		switch done {
		case kept:
			fmt.Fprintf(stderr, "brief templates: kept %s, which differs from the theme's (-force replaces it)\n", file)
		case alike:
			fmt.Fprintf(stdout, "brief: %s is the theme's already\n", file)
		case created:
			fmt.Fprintf(stdout, "brief: wrote %s\n", file)
		case replaced:
			fmt.Fprintf(stdout, "brief: replaced %s\n", file)
		}
		layered = layered || (done == created || done == replaced) && (name == "base.html" || name == "partials.html")
	}
	wrote := count[created] + count[replaced]
	if wrote > 0 {
		fmt.Fprintln(stdout, "brief: a file in templates/ wins over the theme's, so brief upgrades no longer change it: keep only those you edit")
	}
	if layered {
		fmt.Fprintln(stdout, "brief: in base.html and partials.html, keep only the defines you change; the theme's others stay and follow its upgrades")
	}
	if failed > 0 || count[kept] > 0 && wrote == 0 {
		return exitContent
	}
	return exitOK
}

// templatesDir returns the templates/ folder of the site at src, to
// write the theme's files in, or an error when src is no site or its
// templates/ is no folder the build reads.
func templatesDir(src string) (string, error) {
	if err := checkSiteRoot(src); err != nil && (!hasSiteFile(src) || caseVariant(src, "content") != "") {
		return "", err
	}
	if other := caseVariant(src, "templates"); other != "" {
		return "", fmt.Errorf("%s has %s/, not templates/: brief's folders are named in lower case, which counts on Linux and in GitHub's workflows; rename it templates", src, other)
	}
	dir := filepath.Join(src, "templates")
	fi, err := os.Lstat(dir)
	switch {
	case err != nil:
		return dir, nil // made with the first file
	case fi.Mode()&fs.ModeSymlink != 0:
		return "", fmt.Errorf("%s is a link, which brief does not follow; put the folder itself in the site", dir)
	case !fi.IsDir():
		return "", fmt.Errorf("%s is a file; brief reads a site's templates from a folder of that name", dir)
	}
	return dir, nil
}

// themeFiles returns the names of the theme's files, in order: every file
// embedded in brief, each of which a site's templates/ folder may hold
// its own copy of.
func themeFiles() []string {
	entries, _ := fs.ReadDir(brieftemplates.FS, ".") // embedded: it reads
	var names []string
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	return names
}

// pickTemplates returns the names of the theme's files among all that
// args asks for, each once, in the order given; with no args, all. A name
// may be written with templates/ before it. A name that is none of them
// is an error, which says the name it may have meant and all the theme's.
func pickTemplates(args, all []string) ([]string, error) {
	if len(args) == 0 {
		return all, nil
	}
	var names []string
	for _, arg := range args {
		name := strings.TrimPrefix(filepath.ToSlash(arg), "templates/")
		if !slices.Contains(all, name) {
			if near := templateFor(name, all); near != "" {
				return nil, fmt.Errorf("the theme has no file %q; did you mean %s? Its files are %s", arg, near, strings.Join(all, ", "))
			}
			if hint := themeHint(name); hint != "" {
				return nil, fmt.Errorf("the theme has no file %q; %s. Its files are %s", arg, hint, strings.Join(all, ", "))
			}
			return nil, fmt.Errorf("the theme has no file %q; its files are %s", arg, strings.Join(all, ", "))
		}
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	return names, nil
}

// templateFor returns the theme's file that name most likely meant, one
// named as it without the extension (brief for brief.html, style for
// style.css) or, unless the theme has what name stands for under another
// name (see themeHint), one a letter or two from it; or "".
func templateFor(name string, all []string) string {
	for _, n := range all {
		if strings.EqualFold(strings.TrimSuffix(n, filepath.Ext(n)), name) {
			return n
		}
	}
	if themeHint(name) != "" {
		return ""
	}
	return nearest(name, all)
}

// themeHint says where the theme has what name, none of its files, stands
// for, as the build tells of a file so named in templates/: the theme's
// file that does what Hugo's single.html does, the file whose define a
// partial of the theme's ("date", date.html) is, or the theme's name of
// what other generators call "header"; or "".
func themeHint(name string) string {
	stem := strings.TrimSuffix(name, ".html")
	var hints []string
	if hint := render.HugoTemplateHint(stem + ".html"); hint != "" {
		hints = append(hints, hint)
	}
	if file := render.ThemeDefine(stem); file != "" {
		hints = append(hints, fmt.Sprintf("%q is a {{define}} in the theme's %s: copy %s and keep only {{define %q}} in it; the theme's other defines stay", stem, file, file, stem))
	}
	if hint := render.HugoDefineHint(stem); hint != "" {
		hints = append(hints, hint)
	}
	return strings.Join(hints, ", and ")
}

// templateAbout says in a line what each of the theme's files makes.
var templateAbout = map[string]string{
	"404.html":      "the page a server shows for an address the site does not have",
	"alias.html":    "the page at an old address of a brief or profile (aliases), which leads on to it",
	"base.html":     "layered: the frame of every page; a define of yours replaces the theme's of its name",
	"brief.html":    "the page of each brief",
	"briefs.html":   "the list of briefs, and of each year's when it is split",
	"entities.html": "the lists of actors, countries and topics",
	"entity.html":   "the profile of each actor, country and topic",
	"home.html":     "the home page",
	"page.html":     "the page of each standalone page, such as content/about.md (about/)",
	"partials.html": "layered: the pieces pages share (\"date\", \"brief-item\", ...); a define of yours replaces the theme's of its name",
	"print.html":    "the printable briefing",
	"search.html":   "the search page",
	"search.js":     "the search page's script (assets/search.js)",
	"sources.html":  "the sources the briefs cite, the bibliography",
	"style.css":     "the stylesheet of every page (assets/style.css)",
	"timeline.html": "the timeline of dated briefs and events",
}

// copied is what copyTemplate did with a file.
type copied int

const (
	created  copied = iota // there was none: it wrote the theme's
	replaced               // the site's differed: -force replaced it
	alike                  // the site's is the theme's: nothing to write
	kept                   // the site's differs: it is left as it is
)

// copyTemplate writes data, a theme file, to path, in full or not at all:
// where there is no file, as brief new writes one; over one that differs
// from data only when force is set, through a file written beside it and
// renamed over it. A link is replaced, as the build does not follow it; a
// folder is an error.
func copyTemplate(path string, data []byte, force bool) (copied, error) {
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		err := output.CreateNew(path, data)
		if errors.Is(err, fs.ErrExist) {
			return kept, nil // made meanwhile
		}
		return created, err
	case err != nil:
		return kept, err
	case fi.IsDir():
		return kept, fmt.Errorf("%s is a folder; the theme's file of that name cannot be written there", path)
	}
	if old, err := os.ReadFile(path); err == nil && fi.Mode().IsRegular() && bytes.Equal(old, data) {
		return alike, nil
	}
	if !force {
		return kept, nil
	}
	if err := output.Replace(path, data); err != nil {
		return kept, err
	}
	return replaced, nil
}
