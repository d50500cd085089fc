package render

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// missingField matches text/template's error for a field a value does
// not have.
var missingField = regexp.MustCompile(`can't evaluate field (\w+) in type \*?([\w.]+)`)

// modelTypes are the types templates read, by the names errors give them.
var modelTypes = map[string]reflect.Type{
	"render.Page": reflect.TypeFor[*Page](), "site.Site": reflect.TypeFor[*site.Site](), "site.Config": reflect.TypeFor[site.Config](),
	"site.Brief": reflect.TypeFor[*site.Brief](), "site.Entity": reflect.TypeFor[*site.Entity](), "site.Source": reflect.TypeFor[*site.Source](),
	"site.Event": reflect.TypeFor[*site.Event](), "site.Citation": reflect.TypeFor[*site.Citation](), "date.Date": reflect.TypeFor[date.Date](),
}

// nearestName returns the field or method of the type named typ whose
// name is closest to name, if one is a likely typo of it.
func nearestName(typ, name string) string {
	t, ok := modelTypes[typ]
	if !ok {
		return ""
	}
	var names []string
	for i := range t.NumMethod() {
		if m := t.Method(i); m.Type.NumIn() == 1 { // none but the receiver: what .Name can call
			names = append(names, m.Name)
		}
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	for i := range t.NumField() {
		if f := t.Field(i); f.IsExported() {
			names = append(names, f.Name)
		}
	}
	best, bestDist := "", 3
	for _, n := range names {
		if d := slug.Distance(strings.ToLower(name), strings.ToLower(n)); d < bestDist {
			best, bestDist = n, d
		}
	}
	if bestDist*3 > len(name)+1 {
		return ""
	}
	return best
}

// fieldHints say where a template finds what other generators' names
// (Hugo's, mostly) ask a page or the site for.
var fieldHints = map[string]map[string]string{
	"render.Page": {
		"Params":       "a brief's params are .Brief.Params, a profile's .Entity.Params, the site's .Site.Config.Params",
		"Content":      "a brief's body is .Brief.HTML, a profile's .Entity.HTML",
		"Date":         "a brief's date is .Brief.Date",
		"Lastmod":      "a brief's last revision is .Brief.Updated",
		"Summary":      "a brief's summary is .Brief.Summary",
		"Permalink":    "the page's address is .Canonical (with a base_url)",
		"RelPermalink": "a link to a page is .URL and its path, as .URL .Brief.Path",
		"Pages":        "the briefs are .Site.Briefs",
		"RegularPages": "the briefs are .Site.Briefs",
		"Lang":         "the site's language is .Site.Config.Language",
		"Paginator":    "lists of more than 1,000 entries are split by year: .YearPages",
		"Paginate":     "lists of more than 1,000 entries are split by year: .YearPages",
		"Tags":         "a brief's tags are its topics, .Brief.Topics",
		"IsHome":       `the home page's .Section is "home": {{if eq .Section "home"}}`,
		"Page":         "the page is dot itself; its brief is .Brief, its profile .Entity",
	},
	"site.Brief": {
		"Content":     "a brief's body is .Brief.HTML",
		"Lastmod":     "a brief's last revision is .Brief.Updated",
		"Tags":        "a brief's tags are its topics, .Brief.Topics",
		"Permalink":   "the page's address is .Canonical (with a base_url); a link to a brief is .URL .Brief.Path",
		"Name":        "a brief's title is .Brief.Title",
		"Author":      "a brief has no byline field: keep one under params, .Brief.Params.author",
		"Authors":     "a brief has no byline field: keep them under params, .Brief.Params.authors",
		"Description": "a brief's summary is .Brief.Summary",
	},
	"site.Entity": {
		"Title":       "a profile's name is .Entity.Name",
		"Content":     "a profile's body is .Entity.HTML",
		"Description": "a profile's summary is .Entity.Summary",
		"Permalink":   "a link to a profile is .URL .Entity.Path",
	},
	"site.Source": {
		"Source": `source-item takes a brief's citation, which has the source: in a brief.html of your own, {{range .Brief.Sources}}{{template "source-item" (list $ .)}}{{end}}, where it took .Source`,
	},
	"site.Citation": {
		"ID":        "a citation's source is .Source, its ID .Source.ID (source-item gets a brief's citation)",
		"Title":     "a citation's source is .Source, its title .Source.Title (source-item gets a brief's citation)",
		"Publisher": "a citation's source is .Source, its publisher .Source.Publisher",
		"URL":       "a citation's source is .Source, its address .Source.URL",
		"Date":      "a citation's source is .Source, its date .Source.Date",
		"Briefs":    "a citation's source is .Source, the briefs citing it .Source.Briefs",
	},
	"date.Date": {
		"Format": "a date may be fuzzy: show it with {{human .Brief.Date}}, or format its first instant, .Start.Format",
		"Unix":   "a date may be fuzzy: its first instant is .Start, its end .End",
	},
	"site.Site": {
		"Params":       "the site's params are .Site.Config.Params",
		"Title":        "the site's title is .Site.Config.Title",
		"BaseURL":      "the site's base URL is .Site.Config.BaseURL",
		"Language":     "the site's language is .Site.Config.Language",
		"Pages":        "the briefs are .Site.Briefs",
		"RegularPages": "the briefs are .Site.Briefs",
		"Name":         "the site's title is .Site.Config.Title",
		"Copyright":    "settings of your own, such as a copyright line, go under params in brief.yaml: .Site.Config.Params.copyright",
		"Data":         "settings of your own go under params in brief.yaml: .Site.Config.Params",
		"Menus":        "the theme's links are the page's .Nav; a menu of your own goes in an override of site-header",
	},
}

// nilField matches text/template's error for a field of a nil pointer,
// as .Brief.Title on a page that shows no brief.
var nilField = regexp.MustCompile(`nil pointer evaluating \*site\.(Brief|Entity)\.\w+`)

// undefinedFunc matches text/template's error for a function it does not
// know.
var undefinedFunc = regexp.MustCompile(`function "(\w+)" not defined`)

// funcHints say what brief has in place of other generators' template
// functions (Hugo's, mostly).
var funcHints = map[string]string{
	"partial":       `a partial is a {{define "name"}} in templates/partials.html, shown with {{template "name" .}}`,
	"partialCached": "fragment and memo show a partial once for many pages",
	"relURL":        `a link from the page is .URL and a path, as .URL .Brief.Path, or .Asset "file"`,
	"absURL":        "the page's own address is .Canonical (with a base_url)",
	"relLangURL":    `a link from the page is .URL and a path, as .URL .Brief.Path`,
	"safeHTML":      "a body is HTML already (.Brief.HTML); other text is escaped, as it must be",
	"markdownify":   "a body is HTML already (.Brief.HTML)",
	"dateFormat":    "show a date with {{human .Brief.Date}}",
	"time":          "show a date with {{human .Brief.Date}}",
	"i18n":          `the theme's words are {{t "English text"}}, with translations in brief.yaml`,
	"T":             `the theme's words are {{t "English text"}}, with translations in brief.yaml`,
	"first":         "take the first of a list in the range: {{range $i, $b := .Site.Briefs}}{{if lt $i 5}}...{{end}}{{end}}",
	"where":         "filter in the range: {{range .Site.Briefs}}{{if ...}}",
	"dict":          "list makes a list; fragment and memo take the page and one item",
}

// withHint returns err with a word on where to find what it says a page
// or the site lacks, or a function it does not know, when it is a name
// other generators use.
func withHint(err error) error {
	if m := undefinedFunc.FindStringSubmatch(err.Error()); m != nil {
		if hint, ok := funcHints[m[1]]; ok {
			return fmt.Errorf("%w (%s; docs/templates.md lists the functions)", err, hint)
		}
		return fmt.Errorf("%w (docs/templates.md lists the functions)", err)
	}
	if m := nilField.FindStringSubmatch(err.Error()); m != nil {
		return fmt.Errorf("%w (.%s is set only on the pages that show one: {{with .%s}}...{{end}})", err, m[1], m[1])
	}
	if strings.Contains(err.Error(), "in type []interface {}") {
		return fmt.Errorf("%w (dot is a list here, as fragment and list give a partial: the page is (index . 0), the item (index . 1); docs/templates.md)", err)
	}
	m := missingField.FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	if hint, ok := fieldHints[m[2]][m[1]]; ok {
		return fmt.Errorf("%w (%s; docs/templates.md)", err, hint)
	}
	if near := nearestName(m[2], m[1]); near != "" {
		return fmt.Errorf("%w (did you mean .%s?)", err, near)
	}
	return err
}
