package render

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"text/template/parse"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/site"

	brieftemplates "github.com/briefsite/brief/templates"
)

// pageTemplates are the page kinds; each is parsed with base.html and
// partials.html into a template set of its own.
var pageTemplates = []string{"home.html", "brief.html", "briefs.html", "entity.html", "entities.html",
	"timeline.html", "sources.html", "search.html", "print.html", "404.html", "alias.html", "page.html"}

// PageTemplate reports whether name is the file of one of the theme's
// page templates, such as "brief.html", which a site's templates/ may
// replace: one each page is made with, parsed with base.html and
// partials.html.
func PageTemplate(name string) bool { return slices.Contains(pageTemplates, name) }

// PageIDs are the ids, separated by spaces, that the theme's pages give
// elements of their own. The headings of the bodies shown on them take
// other ids (see markdown.Options.ReservedIDs).
const PageIDs = "about-heading briefs-heading coverage-heading events-heading facts-heading latest-heading main mentioned-heading mentions-heading print-sources-heading q recent-heading related-heading search-results search-status site-heading sources-heading tl-heading"

// BoxLabels returns the names, in the site's language, of the boxes the
// tables and code blocks of its bodies scroll in, each with %d for its
// number in the body (see markdown.Options.TableLabel).
func BoxLabels(s *site.Site) (table, code string) {
	w := lang.For(s.Config.Language, s.Config.Translations)
	return w.T("Table %d"), w.T("Code %d")
}

// BacklinkLabel returns the name, in the site's language, of the link
// that ends a footnote, back to where the note is called, with %d for
// the note's number (see markdown.Options.BacklinkLabel).
func BacklinkLabel(s *site.Site) string {
	return lang.For(s.Config.Language, s.Config.Translations).T("Back to reference %d")
}

// QuoteMarks returns the quotation marks of the site's language, as
// text, for markdown.Options.Quotes: the opening and closing quotes that
// straight double quotes become, from the translation of "“%s”"
// ("« %s »" in French). A translation without its %s leaves
// English's.
func QuoteMarks(s *site.Site) [2]string {
	w := lang.For(s.Config.Language, s.Config.Translations)
	open, close, ok := strings.Cut(w.T("“%s”"), "%s") // lang.QuoteText
	if !ok {
		return [2]string{"“", "”"}
	}
	return [2]string{open, close}
}

// ThemeID reports whether id is one the theme's pages give an element of
// their own: one of PageIDs or one DataID reports.
func ThemeID(id string) bool {
	return slices.Contains(strings.Fields(PageIDs), id) || DataID(id)
}

// DataID reports whether id is one the theme's pages make from their data
// for an element: a year of a profile's timeline (Year.ID: "y2024",
// "y-earlier"), a source a brief cites ("src-" and the source's ID) or
// an entry of a timeline (see timelineID).
func DataID(id string) bool {
	if y, ok := strings.CutPrefix(id, "y"); ok {
		if _, err := strconv.Atoi(y); err == nil || y == "-earlier" {
			return true
		}
	}
	return strings.HasPrefix(id, "src-") || timelineID(id)
}

// timelineID reports whether id is one Page.EventID gives an entry of a
// timeline: "event-brief-" and a brief's slug, or "event-", a brief's
// slug, "--" and words, which no heading's id made from its text has
// (slug.Anchor writes no "--"), so that a heading "Event 2024" keeps
// its id, event-2024.
func timelineID(id string) bool {
	rest, ok := strings.CutPrefix(id, "event-")
	return ok && (strings.HasPrefix(rest, "brief-") || strings.Contains(rest, "--"))
}

// themeFS layers the site's own templates/ folder over the embedded theme.
type themeFS struct {
	site fs.FS
	// idle are page templates no page of the site is made with, such as
	// page.html on a site without standalone pages: their sets are not
	// parsed (at every rebuild of brief serve), unless the site has a
	// file of its own in their place, whose errors are told.
	idle []string
}

// ReadFile returns the site's version of name if it has one, without the
// byte order mark Windows editors put first, otherwise the embedded one.
func (t themeFS) ReadFile(name string) ([]byte, error) {
	if t.Overridden(name) {
		if data, err := fs.ReadFile(t.site, "templates/"+name); err == nil {
			return bytes.TrimPrefix(data, []byte("\uFEFF")), nil
		}
	}
	return fs.ReadFile(brieftemplates.FS, name)
}

// Overridden reports whether the site provides its own copy of name,
// other than the theme's own bytes (a site whose templates/ folder is a
// copy of the theme is built as the theme builds).
func (t themeFS) Overridden(name string) bool {
	if t.site == nil {
		return false
	}
	// Lstat: a link is not followed out of the site, a linked folder
	// neither.
	if dir, err := fs.Lstat(t.site, "templates"); err != nil || !dir.IsDir() {
		return false
	}
	fi, err := fs.Lstat(t.site, "templates/"+name)
	if err != nil || !fi.Mode().IsRegular() {
		return false
	}
	mine, err := fs.ReadFile(t.site, "templates/"+name)
	if err != nil {
		return true // unreadable: assume it differs
	}
	theirs, err := fs.ReadFile(brieftemplates.FS, name)
	return err != nil || !bytes.Equal(mine, theirs)
}

// overridesAny reports whether the site provides its own copy of any
// template.
func (t themeFS) overridesAny() bool {
	for _, name := range append([]string{"base.html", "partials.html"}, pageTemplates...) {
		if t.Overridden(name) {
			return true
		}
	}
	return false
}

// memoPages are the page templates whose partials show the same items
// at the same depth over and over: each event is on its brief's page and
// on the profile of every entity it names, each brief in the list of
// every entity it names, and the printable briefing cites each source
// for every brief citing it. Their sets memoise fragments (see fragments).
// Elsewhere an item is shown once at a depth, and a memo would only cost
// memory.
var memoPages = map[string]bool{"brief.html": true, "entity.html": true, "print.html": true}

// rebasingPages are the page templates that list items at another depth
// than the brief and profile pages. Their sets' memo is on too, but they
// only take the fragments those pages keep, rebased (see fragments), and
// their pages are written last.
var rebasingPages = map[string]bool{"timeline.html": true, "briefs.html": true, "home.html": true}

var funcs = template.FuncMap{
	"list":       func(v ...any) []any { return v },
	"monthStrip": monthStrip,
	// The words of the site's language; wordFuncs binds them to a build's.
	"t":      lang.English.T,
	"count":  lang.English.Count,
	"form":   lang.English.Form,
	"number": lang.English.Number,
	"human":  func(d date.Date) string { return d.Human() },
	// fragment and memo are bound to each template set by parseTemplates.
	"fragment": func(string, *Page, any) (template.HTML, error) {
		return "", errors.New("fragment: not bound to a template set")
	},
	"memo": func(string, any) (template.HTML, error) {
		return "", errors.New("memo: not bound to a template set")
	},
}

// parseTemplates parses every page template of the theme and binds the
// sets' fragment and memo functions to frags.
//
// A site's base.html and partials.html are parsed over the embedded ones:
// each template they define replaces the embedded one of its name, and
// the others stay. A site's copy made before the theme gained a partial
// still works, and a site may define just the partials it changes.
//
// The memo is on in the sets of memoPages, unless the site overrides
// the page template, base.html or partials.html (its partials may read
// any field of the page) or the page template redefines a template of
// base.html or partials.html (the sets would no longer render a fragment
// alike).
//
// Every file's first parse error is told at once: a base.html or
// partials.html of the site's that does not parse is left out, and the
// page templates are parsed over the theme's file in its place, for their
// own errors.
func parseTemplates(theme themeFS, frags *fragments, words *lang.Words) (map[string]*template.Template, error) {
	common := template.New("base").Funcs(funcs).Funcs(wordFuncs(words))
	var errs []error // of each file, all told at once
	for _, name := range []string{"base.html", "partials.html"} {
		embedded, err := fs.ReadFile(brieftemplates.FS, name)
		if err != nil {
			return nil, err
		}
		if _, err := common.New(name).Parse(string(embedded)); err != nil {
			return nil, fmt.Errorf("embedded template %s: %w", name, err)
		}
		if !theme.Overridden(name) {
			continue
		}
		src, err := theme.ReadFile(name)
		if err != nil {
			return nil, err
		}
		// Under the name of its path in the site, so that what a problem
		// in a define names is unmistakably the site's file or the theme's.
		// A file that does not parse adds nothing to common (Parse adds
		// the trees only once all parse), so the pages are parsed over
		// the theme's alone.
		if _, err := common.New("templates/" + name).Parse(string(src)); err != nil {
			errs = append(errs, templateError(theme, name, src, err))
		}
	}
	commonErrs := len(errs) > 0
	shared := map[string]bool{} // the partials every set has
	for _, x := range common.Templates() {
		shared[x.Name()] = true
	}
	out := map[string]*template.Template{}
	for _, name := range pageTemplates {
		if slices.Contains(theme.idle, name) && !theme.Overridden(name) {
			continue
		}
		src, err := theme.ReadFile(name)
		if err != nil {
			return nil, err
		}
		t, err := common.Clone()
		if err != nil {
			return nil, err
		}
		before := trees(t)
		if _, err := t.New(name).Parse(string(src)); err != nil {
			errs = append(errs, templateError(theme, name, src, err))
			continue
		}
		if theme.Overridden(name) && t.Lookup("main") == nil && t.Lookup("base").Tree == before["base"] { // base.html shows "main"
			errs = append(errs, fmt.Errorf("template: %s:1: defines no \"main\": a page template gives the page's content with {{define \"main\"}}...{{end}}, which the theme's base.html shows", name))
			continue
		}
		if commonErrs {
			continue // the set lacks the site's own partials: no more to tell of it
		}
		if err := selfCall(t); err != nil {
			if !slices.ContainsFunc(errs, func(e error) bool { return e.Error() == err.Error() }) {
				errs = append(errs, err) // a loop of base.html or partials.html is in every set
			}
			continue
		}
		if words != nil {
			foldTexts(t, words, func(parseName string) bool {
				return parseName == "base.html" || parseName == "partials.html" || parseName == name && !theme.Overridden(name)
			})
		}
		memo := (memoPages[name] || rebasingPages[name]) && !theme.Overridden(name) && !theme.Overridden("base.html") && !theme.Overridden("partials.html") && !redefines(t, before)
		t.Funcs(template.FuncMap{"fragment": frags.fragmentFunc(t, memo, shared), "memo": frags.memoFunc(t, memo)})
		out[name] = t
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// TemplateErrors returns the problems of the site's templates that show
// before any page is rendered, such as a template that does not parse,
// each apart, for a build whose content has errors too.
func TemplateErrors(siteFS fs.FS) []error {
	theme := themeFS{site: siteFS}
	if !theme.overridesAny() {
		return nil
	}
	_, err := parseTemplates(theme, &fragments{}, lang.English)
	return SplitErrors(err)
}

// SplitErrors returns the errors err joins, or err alone, or none.
func SplitErrors(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// wordFuncs returns the template functions that write in words: t
// (translate a text), count ("3 briefs"), form ("briefs", by a number),
// number ("12,000") and human (a date for readers).
func wordFuncs(words *lang.Words) template.FuncMap {
	return template.FuncMap{
		"t":      words.T,
		"count":  words.Count,
		"form":   words.Form,
		"number": words.Number,
		"human":  func(d date.Date) string { return d.In(words.Date) },
	}
}

// trees returns the parse tree of each template of t.
func trees(t *template.Template) map[string]*parse.Tree {
	out := map[string]*parse.Tree{}
	for _, x := range t.Templates() {
		out[x.Name()] = x.Tree
	}
	return out
}

// redefines reports whether a template of t has another parse tree than
// it had in before.
func redefines(t *template.Template, before map[string]*parse.Tree) bool {
	for name, tree := range before {
		if x := t.Lookup(name); x == nil || x.Tree != tree {
			return true
		}
	}
	return false
}

// templateError returns the parse error err of the template name, whose
// source is src, as one of the site's file or the theme's; an unexpected
// end of file, or {{define}} inside a block, at the block that is not
// closed (see unclosedBlock).
func templateError(theme themeFS, name string, src []byte, err error) error {
	where := "embedded template " + name
	if theme.Overridden(name) {
		where = "templates/" + name
	}
	if e := unclosedBlock(src, err); e != nil {
		err = e
	}
	return fmt.Errorf("%s: %w", where, err)
}
