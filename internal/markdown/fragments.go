package markdown

import (
	"fmt"
	"slices"
	"strings"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// fragmentLink is a wikilink to a part of a page, [[Target#Heading]], or
// a Markdown link to one, [text](talks.md#heading).
type fragmentLink struct {
	page     page   // the target's
	id       string // the id of the heading it leads to, as the href ends in it (unescaped)
	link     string // the wikilink's target as written, "Target#Heading", or the link's destination
	markdown bool   // a Markdown link
	title    string // the target's title or name
	pos      diag.Pos
}

// String returns the link as a warning names it.
func (l fragmentLink) String() string {
	if l.markdown {
		return fmt.Sprintf("link %q", l.link)
	}
	return "wikilink [[" + l.link + "]]"
}

// page names the page of a brief or a profile by its kind and slug,
// which last from build to build as the objects may not.
type page struct {
	brief      bool
	standalone bool      // a standalone page's (see site.Page)
	kind       site.Kind // a profile's
	slug       string
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
// Options.ReservedIDs or one Options.DataID reports. Pages of a site's own
// templates may have ids of their own; brief check reads the pages as
// built.
func (c *Converter) warnFragments(links []fragmentLink, ids map[page][]string, diags *diag.List) {
	reserved := map[string]bool{}
	for id := range strings.FieldsSeq(c.opts.ReservedIDs) {
		reserved[id] = true
	}
	for _, l := range links {
		have := ids[l.page]
		if reserved[l.id] {
			// The page's own element, unless a heading of that name
			// took the next id: the link would miss it.
			if i := slices.Index(have, l.id+"-2"); i >= 0 {
				diags.Warnf(l.pos, "%s: #%s is an element of the page itself; the heading of that name in %q is #%s", l, l.id, l.title, have[i])
			}
			continue
		}
		if c.opts.DataID != nil && c.opts.DataID(l.id) || slices.Contains(have, l.id) {
			continue
		}
		if i := slices.IndexFunc(have, func(id string) bool { return slug.Key(id) == slug.Key(l.id) }); i >= 0 {
			diags.Warnf(l.pos, "%s: %q has no heading #%s; did you mean #%s? (a heading's id keeps its accents)", l, l.title, l.id, have[i])
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
		diags.Warnf(l.pos, "%s: %q has no heading #%s; %s", l, l.title, l.id, headings)
	}
}
