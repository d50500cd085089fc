package render

import (
	"fmt"
	"regexp"
)

// missingField matches text/template's error for a field a page or the
// site does not have.
var missingField = regexp.MustCompile(`can't evaluate field (\w+) in type \*(render\.Page|site\.Site)`)

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
	},
	"site.Site": {
		"Params":       "the site's params are .Site.Config.Params",
		"Title":        "the site's title is .Site.Config.Title",
		"BaseURL":      "the site's base URL is .Site.Config.BaseURL",
		"Language":     "the site's language is .Site.Config.Language",
		"Pages":        "the briefs are .Site.Briefs",
		"RegularPages": "the briefs are .Site.Briefs",
	},
}

// withHint returns err with a word on where to find what it says a page
// or the site lacks, when it is a name other generators use.
func withHint(err error) error {
	m := missingField.FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	hint, ok := fieldHints[m[2]][m[1]]
	if !ok {
		return err
	}
	return fmt.Errorf("%w (%s; docs/templates.md)", err, hint)
}
