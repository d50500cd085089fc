package markdown

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
)

// fragmentLink is a wikilink to a part of a page, [[Target#Heading]].
type fragmentLink struct {
	page  page   // the target's
	id    string // the fragment, as the link's href has it
	link  string // the wikilink's target as written, "Target#Heading"
	title string // the target's title or name
	pos   diag.Pos
}

// page names the page of a brief or a profile by its kind and slug,
// which last from build to build as the objects may not.
type page struct {
	brief bool
	kind  site.Kind // a profile's
	slug  string
}

// pageOf returns the page of tg.
func pageOf(tg site.Target) page {
	if tg.Brief != nil {
		return page{brief: true, slug: tg.Brief.Slug}
	}
	return page{kind: tg.Entity.Kind, slug: tg.Entity.Slug}
}

// maxListedIDs is how many of a body's heading ids a warning lists.
const maxListedIDs = 5

// warnFragments warns of each of links whose fragment is neither the id
// of a heading of the body of the page it leads to (ids maps a page to
// those) nor an id the page itself gives an element: one of
// Options.ReservedIDs or of the ids the theme makes from data (see
// pageMade). Pages of a site's own templates may have ids of their own;
// brief check reads the pages as built.
func (c *Converter) warnFragments(links []fragmentLink, ids map[page][]string, diags *diag.List) {
	reserved := map[string]bool{}
	for id := range strings.FieldsSeq(c.opts.ReservedIDs) {
		reserved[id] = true
	}
	for _, l := range links {
		have := ids[l.page]
		if reserved[l.id] || pageMade(l.id) || slices.Contains(have, l.id) {
			continue
		}
		var headings string
		switch {
		case len(have) == 0:
			headings = "it has no headings"
		case len(have) <= maxListedIDs:
			headings = "its headings are #" + strings.Join(have, ", #")
		default:
			headings = fmt.Sprintf("its headings include #%s and %d more", strings.Join(have[:maxListedIDs], ", #"), len(have)-maxListedIDs)
		}
		diags.Warnf(l.pos, "wikilink [[%s]]: %q has no heading #%s; %s", l.link, l.title, l.id, headings)
	}
}

// pageMade reports whether id is one the theme's pages give elements from
// their data: a year of a profile's timeline ("y2024", "y-earlier") or a
// source of a brief ("src-…").
func pageMade(id string) bool {
	if y, ok := strings.CutPrefix(id, "y"); ok {
		if _, err := strconv.Atoi(y); err == nil || y == "-earlier" {
			return true
		}
	}
	return strings.HasPrefix(id, "src-")
}
