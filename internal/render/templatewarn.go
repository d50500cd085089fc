package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
	"text/template/parse"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/slug"
	brieftemplates "github.com/briefsite/brief/templates"
)

// warnMisnamedDefines warns of a template that the site's base.html or
// partials.html defines under a name a letter or two from one of the
// theme's, which it then does not replace: {{define "dat"}} for "date".
// A site may define templates of its own; only near misses are told of,
// and the names other generators' themes give the theme's partials
// ({{define "header"}} for "site-header"), in a page template too, unless
// the site's templates show it themselves.
func warnMisnamedDefines(theme themeFS, sets map[string]*template.Template, diags *diag.List) {
	overrides := siteOverrides(theme, append([]string{"base.html", "partials.html"}, pageTemplates...))
	if len(overrides) == 0 {
		return // nothing to parse: most sites
	}
	theirs := themeDefines()
	known := slices.Sorted(maps.Keys(theirs))
	var shown map[string]bool // the templates a template of a set shows, made when first asked
	for _, o := range overrides {
		name, src, t := o.name, o.src, o.t
		common := name == "base.html" || name == "partials.html"
		lines := diag.NewLines("templates/"+name, 1, src)
		for _, x := range t.Templates() {
			mine := x.Name()
			if mine == name || theirs[mine] != "" {
				continue
			}
			var problem string
			if hint := HugoDefineHint(mine); hint != "" {
				if shown == nil {
					shown = map[string]bool{}
					for _, set := range sets {
						for _, es := range callGraph(set) {
							for _, e := range es {
								shown[e.to] = true
							}
						}
					}
				}
				if shown[mine] {
					continue // a partial of the site's own
				}
				problem = fmt.Sprintf("{{define %q}} replaces no template of the theme's, and no template shows it: %s", mine, hint)
			} else if common {
				for _, k := range known {
					if d := slug.Distance(mine, k); d > 0 && d <= 2 && d*3 <= len(k) {
						problem = fmt.Sprintf("{{define %q}} replaces no template of the theme's; did you mean %q?", mine, k)
						break
					}
				}
			}
			if problem != "" {
				diags.Warnf(definePos(lines, src, mine), "%s", problem)
			}
		}
	}
}

// definePos returns the place of the {{define}} or {{block}} of name in
// src, whose lines are lines, or the file's start.
func definePos(lines *diag.Lines, src []byte, name string) diag.Pos {
	if loc := regexp.MustCompile(`\{\{-?\s*(?:define|block)\s+"` + regexp.QuoteMeta(name) + `"`).FindIndex(src); loc != nil {
		return lines.Pos(loc[0])
	}
	return lines.Pos(0)
}

// warnReplacedDefines warns of a template that the site's base.html or
// partials.html defines and that every page template replaces with its
// own, so that no page shows it: {{define "main"}}, a page's content,
// which each page template gives.
func warnReplacedDefines(theme themeFS, sets map[string]*template.Template, diags *diag.List) {
	graphs := map[string]map[string][]callEdge{} // of each set, made when first asked
	for _, o := range commonOverrides(theme) {
		file := "templates/" + o.name
		lines := diag.NewLines(file, 1, o.src)
		for _, x := range o.t.Templates() {
			mine := x.Name()
			if mine == o.name || x.Tree == nil || parse.IsEmptyTree(x.Tree.Root) {
				// An empty define, {{block "scripts" .}}{{end}}, shows
				// nothing, and replaces no define of the theme's.
				continue
			}
			replaced, shown := false, false
			for _, page := range pageTemplates {
				set := sets[page]
				if set == nil || set.Lookup(mine) == nil || set.Lookup(mine).Tree == nil {
					continue
				}
				switch set.Lookup(mine).Tree.ParseName {
				case page:
					replaced = true
				case file:
					if graphs[page] == nil {
						graphs[page] = callGraph(set)
					}
					shown = shown || reaches(graphs[page], "base", mine)
				}
			}
			if !replaced || shown {
				continue
			}
			more := ""
			if mine == "main" {
				more = "; a page's content goes in its page template (templates/home.html, templates/brief.html, ...)"
			}
			diags.Warnf(definePos(lines, o.src, mine), "{{define %q}} is shown on no page: each page template defines its own %q, which replaces this one%s", mine, mine, more)
		}
	}
}

// hugoDefines are the names other generators' themes give the partials
// that the theme's base.html defines under other names, with what the
// partial is and the theme's name for it.
var hugoDefines = map[string][2]string{
	"header": {"header", "site-header"}, "footer": {"footer", "site-footer"},
	"nav": {"navigation", "site-header"}, "navigation": {"navigation", "site-header"},
	"menu": {"navigation", "site-header"}, "navbar": {"navigation", "site-header"},
}

// HugoDefineHint says which of the theme's templates is what other
// generators' themes call name: for "header", "the theme's header is
// {{define "site-header"}} of its base.html, which a {{define
// "site-header"}} of yours replaces"; or "".
func HugoDefineHint(name string) string {
	d, ok := hugoDefines[name]
	if !ok {
		return ""
	}
	if d[0] == "navigation" {
		return fmt.Sprintf("the theme's navigation is in its header, {{define %q}} of its base.html, which a {{define %q}} of yours replaces", d[1], d[1])
	}
	return fmt.Sprintf("the theme's %s is {{define %q}} of its base.html, which a {{define %q}} of yours replaces", d[0], d[1], d[1])
}

// warnOutsideDefines warns of text or actions that the site's base.html
// or partials.html holds outside any {{define}}: brief reads those files
// for their defines, so what is outside them shows on no page, as a
// Hugo baseof.html copied to base.html would find.
func warnOutsideDefines(theme themeFS, diags *diag.List) {
	for _, o := range commonOverrides(theme) {
		name, src, t := o.name, o.src, o.t
		if t.Tree == nil {
			continue
		}
		for _, n := range t.Tree.Root.Nodes {
			if text, ok := n.(*parse.TextNode); ok && len(bytes.TrimSpace(text.Text)) == 0 {
				continue
			}
			at := int(n.Position())
			if text, ok := n.(*parse.TextNode); ok {
				at += len(text.Text) - len(bytes.TrimLeft(text.Text, " \t\r\n"))
			}
			pos := diag.NewLines("templates/"+name, 1, src).Pos(at)
			diags.Warnf(pos, "outside any {{define}}, shown on no page: brief reads %s for its defines (every page is {{define \"base\"}} of base.html); put this inside one", name)
			break
		}
	}
}

// override is a site's own base.html or partials.html, parsed alone.
type override struct {
	name string
	src  []byte
	t    *template.Template
}

// commonOverrides returns the site's own base.html and partials.html
// that parse: those that do not are reported when the theme is parsed.
func commonOverrides(theme themeFS) []override {
	return siteOverrides(theme, []string{"base.html", "partials.html"})
}

// siteOverrides returns those of the theme's files names that the site
// has its own of and that parse alone, each parsed alone.
func siteOverrides(theme themeFS, names []string) []override {
	var out []override
	for _, name := range names {
		if !theme.Overridden(name) {
			continue
		}
		src, err := theme.ReadFile(name)
		if err != nil {
			continue
		}
		if t, err := template.New(name).Funcs(funcs).Parse(string(src)); err == nil {
			out = append(out, override{name, src, t})
		}
	}
	return out
}

// warnLostBlocks warns of a block a page template fills in, such as
// "main" or the search page's "scripts", which loads search.js, that the
// site's own base.html no longer shows: the page would go without it.
func warnLostBlocks(theme themeFS, sets map[string]*template.Template, diags *diag.List) {
	if !theme.Overridden("base.html") {
		return
	}
	lost := map[string][]string{} // block → the pages that fill it in
	for _, page := range pageTemplates {
		t := sets[page]
		if t == nil || t.Lookup("base") == nil || t.Lookup("base").Tree.ParseName == page {
			continue // the page is whole in itself, as alias.html is
		}
		calls := callGraph(t)
		for _, block := range []string{"head", "main", "scripts"} {
			x := t.Lookup(block)
			if x == nil || x.Tree == nil || x.Tree.Root == nil || len(x.Tree.Root.Nodes) == 0 {
				continue // the page leaves it empty
			}
			if !reaches(calls, "base", block) {
				lost[block] = append(lost[block], page)
			}
		}
	}
	for _, block := range slices.Sorted(maps.Keys(lost)) {
		diags.Warnf(diag.Pos{File: "templates/base.html"}, "\"base\" shows no {{template %q .}}, so what %s puts there is not on the page; keep it, as the theme's base.html has it", block, strings.Join(lost[block], ", "))
	}
}

// warnStrayFiles warns of each template, stylesheet or script in the
// site's templates/ folder that is no file of the theme's, and so
// replaces nothing: partial.html for partials.html, styles.css for
// style.css, a Sass or Less stylesheet unless a style.css is beside it.
func warnStrayFiles(theme themeFS, diags *diag.List) {
	if theme.site == nil {
		return
	}
	if fi, err := fs.Lstat(theme.site, "templates"); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		return // an error of the site's, told by load
	}
	entries, err := fs.ReadDir(theme.site, "templates")
	if err != nil {
		return
	}
	defines := themeDefines()
	// A Sass or Less stylesheet beside the style.css it is compiled into
	// is the site's source of it, in a folder of its own too.
	compiled := false
	if fi, err := fs.Lstat(theme.site, "templates/style.css"); err == nil && fi.Mode().IsRegular() {
		compiled = true
	}
	var known []string
	if ours, err := fs.ReadDir(brieftemplates.FS, "."); err == nil {
		for _, e := range ours {
			known = append(known, e.Name())
		}
	}
	for _, e := range entries {
		name := e.Name()
		file := "templates/" + name
		switch {
		case strings.HasPrefix(name, "."):
			continue
		case e.Type()&fs.ModeSymlink != 0:
			continue // an error of the site's, told by load
		case e.IsDir():
			if holdsTemplates(theme.site, file, !compiled) {
				diags.Warnf(diag.Pos{File: file}, "skipped: brief reads the files in templates/ itself, not in folders under it (the theme's are %s)", strings.Join(known, ", "))
			}
			continue
		case isStyleSource(name):
			if compiled {
				continue
			}
			diags.Warnf(diag.Pos{File: file}, "not read: brief reads plain CSS, not Sass or Less; compile this into templates/style.css, which replaces the theme's stylesheet whole, or into a file of static/ linked from {{define \"head\"}} (docs/templates.md)")
			continue
		case isOtherTemplateName(name):
			has := func(html string) bool {
				fi, err := fs.Lstat(theme.site, "templates/"+html)
				return err == nil && fi.Mode().IsRegular()
			}
			diags.Warnf(diag.Pos{File: file}, "not read: brief reads templates named .html%s", renameTemplate(name, known, has))
			continue
		case !isTemplateName(name):
			continue // other files, such as notes, are no business of the theme's
		case slices.Contains(known, name):
			continue
		}
		var hints []string
		if hint := HugoTemplateHint(name); hint != "" {
			hints = append(hints, hint)
		}
		if stem, ok := strings.CutSuffix(name, ".html"); ok && defines[stem] != "" {
			// A partial made a file, as Hugo's layouts/partials/ has them.
			hints = append(hints, fmt.Sprintf("%q is a {{define}} in the theme's %s, which {{define %q}} in templates/%s replaces", stem, defines[stem], stem, defines[stem]))
		}
		if stem, ok := strings.CutSuffix(name, ".html"); ok && HugoDefineHint(stem) != "" {
			hints = append(hints, HugoDefineHint(stem))
		}
		if near := nearest(name, known); near != "" && len(hints) == 0 {
			hints = append(hints, fmt.Sprintf("did you mean %s?", near))
		}
		if len(hints) == 0 {
			hints = append(hints, "the theme's are "+strings.Join(known, ", "))
		}
		diags.Warnf(diag.Pos{File: file}, "replaces no file of the theme's, so nothing uses it; %s", strings.Join(hints, ", and "))
	}
}

// otherTemplateExts are the extensions other generators give Go and
// HTML templates, which brief does not read: it reads .html.
var otherTemplateExts = []string{".htm", ".tmpl", ".gohtml", ".gotmpl", ".tpl"}

// isOtherTemplateName reports whether a file name has the extension of a
// template other generators read and brief does not: single.tmpl,
// baseof.gohtml, index.htm.
func isOtherTemplateName(name string) bool {
	return slices.ContainsFunc(otherTemplateExts, func(ext string) bool { return strings.HasSuffix(name, ext) })
}

// isStyleSource reports whether a file name is a Sass or Less
// stylesheet's, which brief does not compile.
func isStyleSource(name string) bool {
	return strings.HasSuffix(name, ".scss") || strings.HasSuffix(name, ".sass") || strings.HasSuffix(name, ".less")
}

// renameTemplate says what to rename name, a template with an extension
// brief does not read, to: the theme's file of its name with .html, or
// the one it is a slip or Hugo's name for; or, when the site has that
// file (has reports it), that brief reads that one, which a rename would
// replace. Its text follows "brief reads templates named .html".
func renameTemplate(name string, known []string, has func(string) bool) string {
	stem := name[:strings.LastIndexByte(name, '.')]
	stem = strings.TrimSuffix(stem, ".html") // single.html.tmpl
	html := stem + ".html"
	target, also := html, ""
	if theirs, ok := hugoTemplates[html]; ok && !slices.Contains(known, html) {
		target, also = theirs, fmt.Sprintf(", which does what Hugo's %s does", html)
	}
	switch {
	case !slices.Contains(known, target):
	case has(target):
		return fmt.Sprintf(", and uses templates/%s beside it%s: merge what this has of yours into that one, or delete this", target, also)
	default:
		return fmt.Sprintf("; rename it %s%s", target, also)
	}
	if near := nearest(html, known); near != "" {
		return fmt.Sprintf("; did you mean %s?", near)
	}
	return "; the theme's are " + strings.Join(known, ", ")
}

// hugoTemplates are the names of Hugo's and Eleventy's layouts with the
// theme's file that plays their part.
var hugoTemplates = map[string]string{
	"baseof.html": "base.html", "layout.html": "base.html", "index.html": "home.html",
	"single.html": "brief.html", "list.html": "briefs.html", "term.html": "entity.html",
	"terms.html": "entities.html", "taxonomy.html": "entities.html",
	// A term's page and the list of terms, in Hugo's layouts/taxonomy/.
	"tag.html": "entity.html", "tags.html": "entities.html", "category.html": "entity.html", "categories.html": "entities.html",
}

// HugoTemplateHint says which of the theme's files does what Hugo's or
// Eleventy's layout name does: "brief's brief.html does what Hugo's
// single.html does"; or "" for another name.
func HugoTemplateHint(name string) string {
	theirs, ok := hugoTemplates[name]
	if !ok {
		return ""
	}
	return fmt.Sprintf("brief's %s does what Hugo's %s does", theirs, name)
}

// nearest returns the name of known closest to name, if it is close
// enough to be a slip of the keyboard, and "" otherwise: of the same
// extension, and a few letters from it for its length without it (tag.html
// is not base.html).
func nearest(name string, known []string) string {
	ext := path.Ext(name)
	best, bestDist := "", 4
	for _, k := range known {
		if path.Ext(k) != ext {
			continue
		}
		stem := strings.TrimSuffix(k, ext)
		if d := slug.Distance(strings.TrimSuffix(name, ext), stem); d < bestDist && d*3 <= len(stem) {
			best, bestDist = k, d
		}
	}
	return best
}

// ThemeDefine returns the theme's file whose {{define}} or {{block}}
// gives the template name, base.html or partials.html ("partials.html"
// for "date"), or "" when neither has it.
func ThemeDefine(name string) string {
	return themeDefines()[name]
}

// themeDefines returns the file of each template that the theme's
// base.html and partials.html define: "partials.html" for "tag". The
// theme is parsed once; callers must not change the map.
var themeDefines = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, name := range []string{"base.html", "partials.html"} {
		src, err := fs.ReadFile(brieftemplates.FS, name)
		if err != nil {
			continue
		}
		t, err := template.New(name).Funcs(funcs).Parse(string(src))
		if err != nil {
			continue
		}
		for _, x := range t.Templates() {
			if x.Name() != name {
				out[x.Name()] = name
			}
		}
	}
	return out
})

// holdsTemplates reports whether the folder dir of fsys holds, at any
// depth, a file with the extension of one of the theme's, or of a
// template of other generators', or, when sources is set, a Sass or Less
// stylesheet.
func holdsTemplates(fsys fs.FS, dir string, sources bool) bool {
	found := false
	fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (isTemplateName(d.Name()) || isOtherTemplateName(d.Name()) || sources && isStyleSource(d.Name())) {
			found = true
			return fs.SkipAll
		}
		return nil
	})
	return found
}

// isTemplateName reports whether a file name has the extension of one of
// the theme's files.
func isTemplateName(name string) bool {
	return strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".css") || strings.HasSuffix(name, ".js")
}
