package resolve

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// sourceKey is what makes two citations one source: the keys of their
// titles, authors and publishers, their dates' canonical forms and the
// articles their URLs name (see site.ArticleKey): https://x.org/a and
// http://www.x.org/a/?utm_source=feed are one.
type sourceKey struct{ title, author, publisher, date, url string }

// sourceKey returns the key of src, whose date has the canonical form d.
func (r *resolver) sourceKey(src *site.Source, d string) sourceKey {
	return sourceKey{r.key(src.Title), r.key(src.Author), r.key(src.Publisher), d, site.ArticleKey(src.URL)}
}

// sources merges citations into one bibliography entry per source. A
// source cited in several forms (mixed) shows the form most citations
// give (see showForms), which warns of each citation whose URL is
// another form of the one shown. It warns too of sources apart that
// share a URL in any form (spelt apart, as "The Paper" and "Paper", they
// are listed apart). Citations that differ only in what their briefs add,
// their notes and the like, are one source.
func (r *resolver) sources() {
	byKey := map[sourceKey]*site.Source{}
	citedAt := map[*site.Source]diag.Pos{}    // each source's first citation, by file and line
	dates := map[date.Date]string{}           // canonical forms, computed once each
	var given map[*site.Citation]*site.Source // what the citations of mixed sources that differ from the first give
	var firsts map[*site.Source]*site.Source  // what the first citation of each mixed source gives
	r.uncited = map[*site.Brief]diag.Diagnostic{}
	for _, b := range r.site.Briefs {
		if citesNone(b) {
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
				// Spelt otherwise than its first citation: src is mixed.
				if r.mixed == nil {
					r.mixed = map[*site.Source]bool{}
				}
				if given == nil {
					given, firsts = map[*site.Citation]*site.Source{}, map[*site.Source]*site.Source{}
				}
				r.mixed[src] = true
				if firsts[src] == nil {
					firsts[src] = src.Bare()
				}
				given[c] = c.Source
			}
			c.Source = src
			if at, ok := citedAt[src]; !ok || c.Pos.Compare(at) < 0 {
				citedAt[src] = c.Pos
			}
			if !slices.Contains(src.Briefs, b) {
				src.Briefs = append(src.Briefs, b)
			}
		}
	}
	for _, src := range r.site.Sources {
		first := firsts[src]
		if first == nil {
			continue
		}
		var cits []*site.Citation
		for _, b := range src.Briefs {
			for _, c := range b.Sources {
				if c.Source == src {
					cits = append(cits, c)
				}
			}
		}
		written := func(c *site.Citation) *site.Source { return cmp.Or(given[c], first) }
		r.showForms(src, cits, written)
		for _, c := range cits {
			// A brief's citations keep naming the source by its title as
			// the brief writes it, whichever spelling the source shows.
			if t := written(c).Title; t != src.Title {
				c.Written = t
			}
		}
	}
	for _, b := range r.site.Briefs {
		for _, c := range b.Sources {
			if c.Source.Local() && !r.hasFile(c.Source.File()) {
				r.diags.Errorf(cmp.Or(c.URLPos, c.Pos), "%s", noFile(c.Source))
			}
		}
	}
	// Sorted with each title's key at hand. The order of the sort's
	// comparisons, and so of sources it finds equal, is that of sorting
	// the sources themselves.
	type keyed struct {
		src   *site.Source
		title sortKey
	}
	ks := make([]keyed, len(r.site.Sources))
	for i, src := range r.site.Sources {
		ks[i] = keyed{src, r.titleKey(src.Title)}
	}
	slices.SortFunc(ks, func(x, y keyed) int { return compareSources(x.src, y.src, x.title, y.title) })
	for i := range ks {
		r.site.Sources[i] = ks[i].src
	}
	for i, id := range sourceIDs(r.site.Sources, r.titleSlug) {
		r.site.Sources[i].ID = id
	}
	r.warnSharedURLs(citedAt)
	r.warnShortCitations(citedAt)
	r.warnAuthorVariants(citedAt)
}

// warnAuthorVariants warns of each source whose author may be another's
// written otherwise (see mayBeSameAuthors), all else alike: the same
// title, publisher and date, and a URL in one at most. It warns at the
// author of the source's first citation in file order, naming those
// cited before it. They stay apart, as "J. Doe" may be John Doe where
// another wrote Jane Doe; each is mixed, as in warnSharedURLs.
func (r *resolver) warnAuthorVariants(citedAt map[*site.Source]diag.Pos) {
	for group := range r.titleGroups(r.site.Sources) {
		for _, src := range group {
			var before []*site.Source
			for _, o := range group {
				if o != src && citedAt[o].Compare(citedAt[src]) < 0 && r.authorVariants(o, src) {
					before = append(before, o)
				}
			}
			if len(before) == 0 {
				continue
			}
			slices.SortFunc(before, func(x, y *site.Source) int { return citedAt[x].Compare(citedAt[y]) })
			if r.mixed == nil {
				r.mixed = map[*site.Source]bool{}
			}
			r.mixed[src] = true
			var named []string
			for _, o := range before {
				r.mixed[o] = true
				at := citedAt[o]
				named = append(named, fmt.Sprintf("%s, cited at %s:%d", describeSource(o), at.File, at.Line))
			}
			at := citedAt[src]
			for _, b := range src.Briefs {
				if c := src.CitationIn(b); c != nil && c.Pos == at && c.AuthorPos.File != "" {
					at = c.AuthorPos
				}
			}
			if len(before) == 1 {
				r.diags.Warnf(at, "this source's author, %q, may be the %q of %s: if it is that source, write its author alike in both; the sources page lists two", src.Author, before[0].Author, named[0])
			} else {
				r.diags.Warnf(at, "this source's author, %q, may be that of %s sources of its title (%s): if it is one of them, write its author alike; the sources page lists %s", src.Author, countWord(len(before)), strings.Join(named, "; "), countWord(len(before)+1))
			}
		}
	}
}

// titleGroups yields the sources of list, sorted as the bibliography
// is, one title (by key) at a time, each title's in the order of list,
// the titles in the order of their first sources. The bibliography lists
// a title's sources together but where the site's language sorts titles
// of one key apart (Spanish "Nandu" and "Ñandú"; see titleKey).
func (r *resolver) titleGroups(list []*site.Source) iter.Seq[[]*site.Source] {
	return func(yield func([]*site.Source) bool) {
		var groups map[string][]*site.Source // by title key, when they may be apart
		if r.collateNames() {
			groups = map[string][]*site.Source{}
			for _, src := range list {
				k := r.key(src.Title)
				groups[k] = append(groups[k], src)
			}
		}
		for i := 0; i < len(list); {
			title := r.key(list[i].Title)
			j := i + 1
			for j < len(list) && r.key(list[j].Title) == title {
				j++
			}
			group := list[i:j]
			if groups != nil {
				if group = groups[title]; group == nil {
					i = j
					continue // yielded with the title's first sources
				}
				delete(groups, title)
			}
			if !yield(group) {
				return
			}
			i = j
		}
	}
}

// authorVariants reports whether a and b, sources of one title, are
// alike but for their authors, which may be one written otherwise: the
// same publisher (by key) and date, a URL in one at most (sources of one
// URL are warnSharedURLs's), and authors that mayBeSameAuthors.
func (r *resolver) authorVariants(a, b *site.Source) bool {
	if a.URL != "" && b.URL != "" || a.Author == "" || b.Author == "" || r.key(a.Author) == r.key(b.Author) || r.key(a.Publisher) != r.key(b.Publisher) {
		return false
	}
	return a.Date.String() == b.Date.String() && mayBeSameAuthors(a.Author, b.Author)
}

// mayBeSameAuthors reports whether the authors a and b may name the same
// people in the same order: each of one last name, their other names
// alike but where one gives an initial for the other's name, or none
// ("J. Doe", "Jane Doe", "Doe, Jane" and "Doe" may be one). People are
// parted by ";", "and" or "&".
func mayBeSameAuthors(a, b string) bool {
	x, y := people(a), people(b)
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		p, q := x[i], y[i]
		if len(p) == 0 || len(q) == 0 || p[len(p)-1] != q[len(q)-1] {
			return false
		}
		for k := range min(len(p), len(q)) - 1 {
			if !sameName(p[k], q[k]) {
				return false
			}
		}
	}
	return true
}

// people returns the people of an author as each one's names, by key,
// the last name last: "Doe, Jane" and "Jane Doe" are ["jane" "doe"],
// "J.-L. Picard" ["j" "l" "picard"].
func people(author string) [][]string {
	r := strings.NewReplacer(" and ", ";", " & ", ";")
	var out [][]string
	for p := range strings.SplitSeq(r.Replace(author), ";") {
		if last, first, ok := strings.Cut(p, ","); ok && !strings.Contains(first, ",") && len(strings.Fields(last)) == 1 {
			p = first + " " + last
		}
		var names []string
		for w := range strings.FieldsFuncSeq(p, func(c rune) bool { return c == '.' || c == '-' || c == ',' || unicode.IsSpace(c) }) {
			if k := slug.Key(w); k != "" {
				names = append(names, k)
			}
		}
		if len(names) > 0 {
			out = append(out, names)
		}
	}
	return out
}

// sameName reports whether two names, by key, may be one: the same, or
// one an initial of the other.
func sameName(a, b string) bool {
	if a == b {
		return true
	}
	ra, na := utf8.DecodeRuneInString(a)
	rb, nb := utf8.DecodeRuneInString(b)
	return ra == rb && (na == len(a) || nb == len(b))
}

// warnShortCitations warns of each source, at its first citation in
// file order, that lacks the author, the date or the URL other sources
// of its title and publisher give, all else alike: most often one
// source, cited in full once and in short elsewhere (its author added in
// one brief alone), which the sources page lists apart. Where it could be any of several, it names them all.
// Each is mixed, as in warnSharedURLs.
func (r *resolver) warnShortCitations(citedAt map[*site.Source]diag.Pos) {
	for group := range r.titleGroups(r.site.Sources) {
		for _, short := range group {
			if short.URL != "" {
				continue
			}
			var full []*site.Source
			for _, o := range group {
				if o != short && fuller(o, short, r.key) {
					full = append(full, o)
				}
			}
			if len(full) == 0 {
				continue
			}
			if r.mixed == nil {
				r.mixed = map[*site.Source]bool{}
			}
			r.mixed[short] = true
			var named []string
			for _, o := range full {
				r.mixed[o] = true
				at := citedAt[o]
				named = append(named, fmt.Sprintf("%s, cited at %s:%d", describeSource(o), at.File, at.Line))
			}
			missing := missingFields(short, full)
			them := "it"
			if strings.Contains(missing, " and ") {
				them = "them"
			}
			if len(full) == 1 {
				r.diags.Warnf(citedAt[short], "this source gives no %s, as %s, does: if it is that source, give %s here too; the sources page lists two", missing, named[0], them)
			} else {
				r.diags.Warnf(citedAt[short], "this source gives no %s, as %s sources of its title do (%s): if it is one of them, give %s here too; the sources page lists %s", missing, countWord(len(full)), strings.Join(named, "; "), them, countWord(len(full)+1))
			}
		}
	}
}

// fuller reports whether o, a source of short's title, is short with an
// author, a date or a URL short lacks: the same publisher (by key), the
// same author and date where short gives them, and no URL in short
// (sources with one URL are warnSharedURLs's).
func fuller(o, short *site.Source, key func(string) string) bool {
	if short.URL != "" || key(o.Publisher) != key(short.Publisher) {
		return false
	}
	if short.Author != "" && key(short.Author) != key(o.Author) {
		return false
	}
	if !short.Date.IsZero() && short.Date.String() != o.Date.String() {
		return false
	}
	return short.Author == "" && o.Author != "" || short.Date.IsZero() && !o.Date.IsZero() || o.URL != ""
}

// missingFields names what short lacks that one of full gives: "author",
// "date", "url", "date and url" and the like.
func missingFields(short *site.Source, full []*site.Source) string {
	var author, date, url bool
	for _, o := range full {
		author = author || short.Author == "" && o.Author != ""
		date = date || short.Date.IsZero() && !o.Date.IsZero()
		url = url || short.URL == "" && o.URL != ""
	}
	var parts []string
	if author {
		parts = append(parts, "author")
	}
	if date {
		parts = append(parts, "date")
	}
	if url {
		parts = append(parts, "url")
	}
	return andList(parts)
}

// warnSharedURLs warns once of each group of sources whose URLs name
// one article, in any form, and which differ in title, author, publisher
// or date, so are listed apart: at the first citation in file order of
// the group's second source in bibliography order, naming the others.
// The warnings do not depend on the briefs' order, which a brief's new
// date or title changes. The group's sources are mixed: where they are
// cited is in the warning.
func (r *resolver) warnSharedURLs(citedAt map[*site.Source]diag.Pos) {
	var keys []string
	byURL := map[string][]*site.Source{} // in bibliography order
	for _, src := range r.site.Sources {
		if src.URL == "" {
			continue
		}
		key := site.ArticleKey(src.URL)
		if byURL[key] == nil {
			keys = append(keys, key)
		}
		byURL[key] = append(byURL[key], src)
	}
	for _, key := range keys {
		group := byURL[key]
		if len(group) < 2 {
			continue
		}
		if r.mixed == nil {
			r.mixed = map[*site.Source]bool{}
		}
		what := "url is also that of"
		for _, src := range group {
			r.mixed[src] = true
			switch {
			case src.URL == group[0].URL:
			case len(group) == 2:
				what = "url differs only in form from that of"
			default:
				what = "url, in one form or another, is also that of"
			}
		}
		// The second source is told of the others, the first first.
		warned := group[1]
		others := append([]*site.Source{group[0]}, group[2:]...)
		var named []string
		for _, o := range others {
			at := citedAt[o]
			named = append(named, fmt.Sprintf("%s, cited at %s:%d", describeSource(o), at.File, at.Line))
		}
		r.diags.Warnf(citedAt[warned], "this source's %s %s; they differ in %s, so the sources page lists %s: write them alike", what, strings.Join(named, ", and of "), sourceDifference(append([]*site.Source{warned}, others...)), countWord(len(group)))
	}
}

// hasFile reports whether the site copies a file to name, a path from
// its root: a file of static/ or of a brief's folder.
func (r *resolver) hasFile(name string) bool {
	if r.files == nil {
		r.files = map[string]bool{}
		for _, a := range r.site.Static {
			r.files[a.Dest] = true
		}
		for _, b := range r.site.Briefs {
			for _, a := range b.Assets {
				r.files[a.Dest] = true
			}
		}
	}
	return r.files[name]
}

// noFile returns the error of a source whose URL, from the site's root,
// names no file of the site.
func noFile(src *site.Source) string {
	name := src.File()
	msg := fmt.Sprintf("source url %q names no file of the site: there is no static/%s", src.URL, name)
	if rest, ok := strings.CutPrefix(name, "briefs/"); ok {
		if slug, file, ok := strings.Cut(rest, "/"); ok {
			msg += fmt.Sprintf(", and no %s in the folder of brief %s", file, slug)
		}
	}
	return msg
}

// quotedOrNone returns s quoted, or "none" when it is empty.
func quotedOrNone(s string) string {
	if s == "" {
		return "none"
	}
	return strconv.Quote(s)
}

// sourceDifference says how sources of one article differ, each field
// whose forms are not all one with its forms in turn: `publisher
// ("Guardian" and "The Guardian")` and the like.
func sourceDifference(list []*site.Source) string {
	var parts []string
	for _, f := range []struct {
		name string
		get  func(*site.Source) string
	}{
		{"title", func(s *site.Source) string { return s.Title }},
		{"author", func(s *site.Source) string { return s.Author }},
		{"publisher", func(s *site.Source) string { return s.Publisher }},
		{"date", func(s *site.Source) string { return s.Date.Human() }},
		{"url", func(s *site.Source) string { return s.URL }},
	} {
		var forms []string
		for _, src := range list {
			if v := quotedOrNone(f.get(src)); !slices.Contains(forms, v) {
				forms = append(forms, v)
			}
		}
		if len(forms) > 1 {
			parts = append(parts, fmt.Sprintf("%s (%s)", f.name, andList(forms)))
		}
	}
	if len(parts) == 0 {
		return "nothing shown"
	}
	return strings.Join(parts, ", ")
}

// describeSource names src in a message: its title, author, publisher
// and date.
func describeSource(src *site.Source) string {
	s := strconv.Quote(src.Title)
	var more []string
	if src.Author != "" {
		more = append(more, src.Author)
	}
	if src.Publisher != "" {
		more = append(more, src.Publisher)
	}
	if !src.Date.IsZero() {
		more = append(more, src.Date.Human())
	}
	if len(more) > 0 {
		s += " (" + strings.Join(more, ", ") + ")"
	}
	return s
}

// citesNone reports whether brief b is warned of as citing no sources:
// it has none, and not for an error in its `sources` or its front
// matter as a whole (an error in another field leaves the warning).
func citesNone(b *site.Brief) bool {
	return len(b.Sources) == 0 && !b.SourcesInError
}

// uncited returns the warning of a brief that cites no sources.
func uncited(b *site.Brief) diag.Diagnostic {
	return diag.Diagnostic{Pos: diag.Pos{File: b.File, Line: 1, Col: 1}, Severity: diag.Warning, Msg: "brief cites no sources"}
}

// compareSources orders sources a and b, whose titles have the keys ka
// and kb (see titleKey), as the bibliography lists them: by title, in
// the order of the site's language, date, publisher,
// URL and author. Publishers, URLs and authors compare by their keys
// first (the article a URL names; see site.ArticleKey), and only then as
// shown: sources of one title and date, numbered in this order where
// their IDs repeat, keep their order and IDs when citations in another
// form of one's URL or spelling of its publisher come to outnumber the
// form it showed.
func compareSources(a, b *site.Source, ka, kb sortKey) int {
	if c := cmp.Or(ka.compare(kb), date.Compare(a.Date, b.Date)); c != 0 {
		return c
	}
	return cmp.Or(strings.Compare(slug.Key(a.Publisher), slug.Key(b.Publisher)),
		strings.Compare(site.ArticleKey(a.URL), site.ArticleKey(b.URL)),
		strings.Compare(slug.Key(a.Author), slug.Key(b.Author)),
		strings.Compare(a.Publisher, b.Publisher), strings.Compare(a.URL, b.URL), strings.Compare(a.Author, b.Author))
}

// sourceIDs returns the IDs of the sources of list, in bibliography
// order: the slugs of their titles, and where sources share one, the
// slug with each one's publisher and date, so that a source of the same
// title cited later does not take another's ID; numbered where those
// repeat too.
func sourceIDs(list []*site.Source, titleSlug func(string) string) []string {
	bases := make([]string, len(list))
	shared := make(map[string]int, len(list))
	for i, src := range list {
		bases[i] = cmp.Or(titleSlug(src.Title), "source")
		shared[bases[i]]++
	}
	// The titles no other source shares keep their slugs, whatever the
	// ids made for the others would be ("Report UN" beside Report, UN).
	ids := make([]string, len(list))
	taken := make(map[string]bool, len(list))
	for i := range list {
		if shared[bases[i]] == 1 {
			ids[i] = bases[i]
			taken[ids[i]] = true
		}
	}
	for i, src := range list {
		if ids[i] != "" {
			continue
		}
		id := bases[i]
		for _, part := range []string{slug.Make(src.Publisher), slug.Make(src.Date.String())} {
			if part != "" {
				id += "-" + part
			}
		}
		ids[i] = slug.Unique(id, func(s string) bool { return taken[s] })
		taken[ids[i]] = true
	}
	return ids
}
