package resolve

import (
	"cmp"
	"slices"
	"strings"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// sourceKey is what makes two citations one source: the keys of their
// titles and publishers, their dates' canonical forms and their URLs.
type sourceKey struct{ title, publisher, date, url string }

// sourceKey returns the key of src, whose date has the canonical form d.
func (r *resolver) sourceKey(src *site.Source, d string) sourceKey {
	return sourceKey{r.key(src.Title), r.key(src.Publisher), d, src.URL}
}

// sources merges citations into one bibliography entry per source.
func (r *resolver) sources() {
	byKey := map[sourceKey]*site.Source{}
	dates := map[date.Date]string{} // canonical forms, computed once each
	r.uncited = map[*site.Brief]diag.Diagnostic{}
	for _, b := range r.site.Briefs {
		if len(b.Sources) == 0 && !b.Invalid {
			r.uncited[b] = uncited(b)
		}
		for _, c := range b.Sources {
			d, ok := dates[c.Source.Date]
			if !ok {
				d = c.Source.Date.String()
				dates[c.Source.Date] = d
			}
			key := r.sourceKey(c.Source, d)
			src, ok := byKey[key]
			switch {
			case !ok:
				src = c.Source
				byKey[key] = src
				r.site.Sources = append(r.site.Sources, src)
			case !src.SameCitation(c.Source):
				// Were src's note filled in from a citation, that
				// citation differed from the first, and src is mixed.
				if r.mixed == nil {
					r.mixed = map[*site.Source]bool{}
				}
				r.mixed[src] = true
				if src.Note == "" {
					src.Note = c.Source.Note
				}
			}
			c.Source = src
			if !slices.Contains(src.Briefs, b) {
				src.Briefs = append(src.Briefs, b)
			}
		}
	}
	// Sorted with each title's key at hand. The order of the sort's
	// comparisons, and so of sources it finds equal, is that of sorting
	// the sources themselves.
	type keyed struct {
		src   *site.Source
		title string
	}
	ks := make([]keyed, len(r.site.Sources))
	for i, src := range r.site.Sources {
		ks[i] = keyed{src, r.key(src.Title)}
	}
	slices.SortFunc(ks, func(x, y keyed) int { return compareSources(x.src, y.src, x.title, y.title) })
	for i := range ks {
		r.site.Sources[i] = ks[i].src
	}
	for i, id := range sourceIDs(r.site.Sources) {
		r.site.Sources[i].ID = id
	}
}

// uncited returns the warning of a brief that cites no sources.
func uncited(b *site.Brief) diag.Diagnostic {
	return diag.Diagnostic{Pos: diag.Pos{File: b.File, Line: 1, Col: 1}, Severity: diag.Warning, Msg: "brief cites no sources"}
}

// compareSources orders sources a and b, whose titles have the keys ka
// and kb, as the bibliography lists them: by title, date, publisher and
// URL.
func compareSources(a, b *site.Source, ka, kb string) int {
	return cmp.Or(strings.Compare(ka, kb), date.Compare(a.Date, b.Date),
		strings.Compare(a.Publisher, b.Publisher), strings.Compare(a.URL, b.URL))
}

// sourceIDs returns the IDs of the sources of list, in bibliography
// order: the slugs of their titles, numbered where slugs repeat.
func sourceIDs(list []*site.Source) []string {
	ids := make([]string, len(list))
	taken := make(map[string]bool, len(list))
	for i, src := range list {
		base := slug.Make(src.Title)
		if base == "" {
			base = "source"
		}
		ids[i] = slug.Unique(base, func(s string) bool { return taken[s] })
		taken[ids[i]] = true
	}
	return ids
}
