package render

import (
	"fmt"
	"html/template"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/slug"
	brieftemplates "github.com/briefsite/brief/templates"
)

// warnMisnamedDefines warns of a template that the site's base.html or
// partials.html defines under a name a letter or two from one of the
// theme's, which it then does not replace: {{define "dat"}} for "date".
// A site may define templates of its own; only near misses are told of.
func warnMisnamedDefines(theme themeFS, diags *diag.List) {
	if !theme.Overridden("base.html") && !theme.Overridden("partials.html") {
		return // nothing to parse: most sites
	}
	theirs := map[string]bool{}
	for _, name := range []string{"base.html", "partials.html"} {
		src, err := fs.ReadFile(brieftemplates.FS, name)
		if err != nil {
			return
		}
		t, err := template.New(name).Funcs(funcs).Parse(string(src))
		if err != nil {
			return
		}
		for _, x := range t.Templates() {
			theirs[x.Name()] = true
		}
	}
	known := slices.Sorted(maps.Keys(theirs))
	for _, name := range []string{"base.html", "partials.html"} {
		if !theme.Overridden(name) {
			continue
		}
		src, err := theme.ReadFile(name)
		if err != nil {
			continue
		}
		t, err := template.New(name).Funcs(funcs).Parse(string(src))
		if err != nil {
			continue // reported when the theme is parsed
		}
		lines := diag.NewLines("templates/"+name, 1, src)
		for _, x := range t.Templates() {
			mine := x.Name()
			if mine == name || theirs[mine] {
				continue
			}
			near := ""
			for _, k := range known {
				if d := slug.Distance(mine, k); d > 0 && d <= 2 && d*3 <= len(k) {
					near = k
					break
				}
			}
			if near == "" {
				continue
			}
			pos := diag.Pos{File: "templates/" + name, Line: 1, Col: 1}
			if loc := regexp.MustCompile(`\{\{-?\s*(?:define|block)\s+"` + regexp.QuoteMeta(mine) + `"`).FindIndex(src); loc != nil {
				pos = lines.Pos(loc[0])
			}
			diags.Warnf(pos, "{{define %q}} replaces no template of the theme's; did you mean %q?", mine, near)
		}
	}
}

// warnStrayFiles warns of each template, stylesheet or script in the
// site's templates/ folder that is no file of the theme's, and so
// replaces nothing: partial.html for partials.html, styles.css for
// style.css.
func warnStrayFiles(theme themeFS, diags *diag.List) {
	if theme.site == nil {
		return
	}
	entries, err := fs.ReadDir(theme.site, "templates")
	if err != nil {
		return
	}
	var known []string
	if ours, err := fs.ReadDir(brieftemplates.FS, "."); err == nil {
		for _, e := range ours {
			known = append(known, e.Name())
		}
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || slices.Contains(known, name) || !isTemplateName(name) {
			continue // other files, such as notes, are no business of the theme's
		}
		hint := "; the theme's are " + strings.Join(known, ", ")
		for _, k := range known {
			if d := slug.Distance(name, k); d <= 3 && d*3 <= len(k) {
				hint = fmt.Sprintf("; did you mean %s?", k)
				break
			}
		}
		diags.Warnf(diag.Pos{File: "templates/" + name}, "replaces no file of the theme's, so nothing uses it%s", hint)
	}
}

// isTemplateName reports whether a file name has the extension of one of
// the theme's files.
func isTemplateName(name string) bool {
	return strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".css") || strings.HasSuffix(name, ".js")
}
