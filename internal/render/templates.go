package render

import (
	"fmt"
	"html/template"
	"io/fs"

	brieftemplates "github.com/briefsite/brief/templates"
)

// pageTemplates are the page kinds; each is parsed with base.html and
// partials.html into a template set of its own.
var pageTemplates = []string{"home.html", "brief.html", "briefs.html", "entity.html", "entities.html",
	"timeline.html", "sources.html", "search.html", "print.html", "404.html"}

// themeFS layers the site's own templates/ folder over the embedded theme.
type themeFS struct{ site fs.FS }

// ReadFile returns the site's version of name if it has one, otherwise the
// embedded one.
func (t themeFS) ReadFile(name string) ([]byte, error) {
	if t.Overridden(name) {
		if data, err := fs.ReadFile(t.site, "templates/"+name); err == nil {
			return data, nil
		}
	}
	return fs.ReadFile(brieftemplates.FS, name)
}

// Overridden reports whether the site provides its own copy of name.
func (t themeFS) Overridden(name string) bool {
	if t.site == nil {
		return false
	}
	// Lstat: a link is not followed out of the site.
	fi, err := fs.Lstat(t.site, "templates/"+name)
	return err == nil && fi.Mode().IsRegular()
}

var funcs = template.FuncMap{
	"list": func(v ...any) []any { return v },
}

// parseTemplates parses every page template of the theme.
func parseTemplates(theme themeFS) (map[string]*template.Template, error) {
	common := template.New("base").Funcs(funcs)
	for _, name := range []string{"base.html", "partials.html"} {
		src, err := theme.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if _, err := common.New(name).Parse(string(src)); err != nil {
			return nil, templateError(theme, name, err)
		}
	}
	out := map[string]*template.Template{}
	for _, name := range pageTemplates {
		src, err := theme.ReadFile(name)
		if err != nil {
			return nil, err
		}
		t, err := common.Clone()
		if err != nil {
			return nil, err
		}
		if _, err := t.New(name).Parse(string(src)); err != nil {
			return nil, templateError(theme, name, err)
		}
		out[name] = t
	}
	return out, nil
}

func templateError(theme themeFS, name string, err error) error {
	where := "embedded template " + name
	if theme.Overridden(name) {
		where = "templates/" + name
	}
	return fmt.Errorf("%s: %w", where, err)
}
