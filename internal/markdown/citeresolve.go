package markdown

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// oddCite is a "[@…]" the parser did not take for a citation: its text,
// at the byte offset at of the source.
type oddCite struct {
	at   int
	text string
}

// resolveCitations points each key of cites at the source of the brief
// it names, numbered as the brief lists its sources. A key that names
// none, or several, is an error, and its citation is left as written; so
// is a citation in a profile or a page, which have no sources, with a
// warning. It
// warns of each "[@…]" the parser did not take for a citation.
func resolveCitations(doc *Doc, cites []*Citation, src []byte) {
	for _, o := range doc.oddCites {
		doc.Diags.Warnf(doc.pos(o.at), "%s is not read as a citation and shows as written: a citation is [@key], [@key, p. 4] or [@key; @key, ch. 2] on one line, each @key right after the [ or a ; (write \\[@ for brackets as text)", clip(o.text))
	}
	if len(cites) == 0 {
		return
	}
	doc.cites = true
	if doc.Self == nil {
		what := "a profile"
		if doc.Page != nil {
			what = "a page"
		}
		for _, c := range cites {
			doc.Diags.Warnf(doc.pos(c.Offset), "citation %s in %s, which has no sources, shows as written: only a brief's body cites the sources of its front matter (write \\[@ for brackets as text)", clip(string(src[c.Offset:c.Offset+c.Length])), what)
			asWritten(c)
		}
		return
	}
	keys := citeKeys{brief: doc.Self}
	for _, c := range cites {
		ok := true
		for i := range c.Refs {
			r := &c.Refs[i]
			if msg := keys.resolve(doc.Site, r); msg != "" {
				doc.Diags.Errorf(doc.pos(r.Offset), "%s", msg)
				doc.citeErrors, ok = true, false
			}
		}
		if !ok {
			asWritten(c)
			continue
		}
		c.plain = insideLink(c) // links do not nest
	}
}

// asWritten replaces c with its source text.
func asWritten(c *Citation) {
	if parent := c.Parent(); parent != nil {
		parent.ReplaceChild(parent, c, ast.NewTextSegment(text.NewSegment(c.Offset, c.Offset+c.Length)))
	}
}

// clip returns s, cut to 60 bytes with an ellipsis when longer.
func clip(s string) string {
	if len(s) <= 60 {
		return s
	}
	return strings.ToValidUTF8(s[:57], "") + "…"
}

// citeKeys finds the sources of a brief that citation keys name.
type citeKeys struct {
	brief  *site.Brief
	titles [][2]string // slug.Make of each citation's source's title, and of the title as the brief writes it, made on first use
}

// resolve sets r's source and number: the source of the brief whose ID
// is r's key, in any case (or the key's slug), or else the one source of
// the brief whose title's slug is the key's, the title the source shows
// or the one the brief writes (another brief may spell it otherwise). It
// returns why it cannot.
func (k *citeKeys) resolve(s *site.Site, r *CiteRef) string {
	key := string(r.Key)
	ks := slug.Make(key)
	list := k.brief.Sources
	for _, c := range list {
		if c.Source != nil && (c.Source.ID == key || c.Source.ID == ks) {
			r.Source, r.Number = c.Source, k.number(c.Source)
			return ""
		}
	}
	if k.titles == nil {
		k.titles = make([][2]string, len(list))
		for i, c := range list {
			if c.Source != nil {
				k.titles[i] = [2]string{slug.Make(c.Source.Title), slug.Make(c.WrittenTitle())}
			}
		}
	}
	var found []*site.Source
	for i, c := range list {
		if c.Source != nil && ks != "" && (k.titles[i][0] == ks || k.titles[i][1] == ks) && !contains(found, c.Source) {
			found = append(found, c.Source)
		}
	}
	switch {
	case len(found) == 1:
		r.Source, r.Number = found[0], k.number(found[0])
		return ""
	case len(found) > 1:
		ids := make([]string, len(found))
		for i, src := range found {
			ids[i] = "@" + src.ID
		}
		return fmt.Sprintf("citation @%s could be any of the %d sources of this brief titled %q: cite one by its ID, %s", key, len(found), found[0].Title, orList(ids))
	}
	if len(list) == 0 {
		return fmt.Sprintf("citation @%s, but this brief lists no sources: give the source under sources: in the front matter, then cite it by its ID, the slug of its title", key)
	}
	var ids []string
	for _, c := range list {
		if c.Source != nil && !containsString(ids, c.Source.ID) {
			ids = append(ids, c.Source.ID)
		}
	}
	if s != nil {
		for _, src := range s.Sources {
			if src.ID == key || src.ID == ks {
				return k.notListed(key, ks, src, ids)
			}
		}
	}
	hint := ""
	if near := cmp.Or(nearestKey(ks, ids), k.byWords(ks, ids)); near != "" {
		hint = "; did you mean @" + near + "?"
	}
	for i := range ids {
		ids[i] = "@" + ids[i]
	}
	if len(ids) > 10 {
		ids = append(ids[:10], fmt.Sprintf("and %d more", len(ids)-10))
	}
	return fmt.Sprintf("citation @%s names none of this brief's sources%s (a key is a source's ID or the slug of its title: %s)", key, hint, strings.Join(ids, ", "))
}

// maxListed is the most of a brief's sources' keys an error about a
// source it does not list names.
const maxListed = 5

// notListed returns the error of the key of a citation, whose slug is
// ks, that names src, a source of another brief: the one of ids, the
// brief's own sources, that it most likely meant, as after the brief
// retitled the source, or else ids, those most like the key first.
func (k *citeKeys) notListed(key, ks string, src *site.Source, ids []string) string {
	add := fmt.Sprintf("citation @%s names a source this brief does not list, %q", key, src.Title)
	if len(ids) == 0 {
		return add + ": add it under sources: in the front matter to cite it here"
	}
	if near := cmp.Or(k.sameArticle(src), nearestKey(ks, ids), k.byWords(ks, ids)); near != "" {
		return fmt.Sprintf("%s; did you mean @%s? (or add that source under sources: in the front matter to cite it here)", add, near)
	}
	words := contentWords(slug.Key(ks))
	held := make(map[string]int, len(ids))
	for _, id := range ids {
		held[id] = k.held(words, id)
	}
	ids = slices.Clone(ids)
	slices.SortStableFunc(ids, func(a, b string) int { return held[b] - held[a] })
	more := ""
	if len(ids) > maxListed {
		more = fmt.Sprintf(" and %d more", len(ids)-maxListed)
		ids = ids[:maxListed]
	}
	for i := range ids {
		ids[i] = "@" + ids[i]
	}
	return fmt.Sprintf("%s: add it under sources: in the front matter to cite it here, or cite one this brief lists, %s%s", add, strings.Join(ids, ", "), more)
}

// sameArticle returns the ID of the brief's source whose URL names the
// article src's does, in any form, or "": the source as the brief gives
// it now, when it retitled one that other briefs still cite.
func (k *citeKeys) sameArticle(src *site.Source) string {
	if src.URL == "" {
		return ""
	}
	article := site.ArticleKey(src.URL)
	for _, c := range k.brief.Sources {
		if c.Source != nil && c.Source != src && c.Source.URL != "" && site.ArticleKey(c.Source.URL) == article {
			return c.Source.ID
		}
	}
	return ""
}

// byWords returns the one of ids, the IDs of the brief's sources, whose
// ID or title holds the most words of ks, a key's slug, at least two and
// more than half of them, as when the brief retitled the source the key
// was made from; or "", when none holds that many or two hold as many.
func (k *citeKeys) byWords(ks string, ids []string) string {
	words := contentWords(slug.Key(ks))
	need := len(words)/2 + 1
	if need < 2 {
		return ""
	}
	best, most, tie := "", 0, false
	for _, id := range ids {
		switch h := k.held(words, id); {
		case h < need || h < most:
		case h == most:
			tie = true
		default:
			best, most, tie = id, h, false
		}
	}
	if tie {
		return ""
	}
	return best
}

// held returns how many of words the ID of a source of the brief, or its
// title as the source shows it or the brief writes it, holds.
func (k *citeKeys) held(words []string, id string) int {
	most := 0
	for _, c := range k.brief.Sources {
		if c.Source == nil || c.Source.ID != id {
			continue
		}
		for _, name := range []string{id, c.Source.Title, c.WrittenTitle()} {
			n := 0
			have := contentWords(slug.Key(name))
			for _, w := range words {
				if slices.Contains(have, w) {
					n++
				}
			}
			most = max(most, n)
		}
	}
	return most
}

// number returns the place of src in the brief's list of sources, from
// 1: its first, if the brief lists it twice.
func (k *citeKeys) number(src *site.Source) int {
	for i, c := range k.brief.Sources {
		if c.Source == src {
			return i + 1
		}
	}
	return 0
}

// nearestKey returns the ID of ids that the slug key is a letter or two
// from, at most one in four, as suggest does for wikilinks; or else the
// one ID that starts with it, or that it starts with, and a "-" (an ID
// that lost the publisher and date another source of its title gave it);
// or "".
func nearestKey(key string, ids []string) string {
	if key == "" {
		return ""
	}
	best, least := "", 0
	for _, id := range ids {
		if d, near := slug.Within(key, id, 2); near && d > 0 && d*4 <= len(key) && (best == "" || d < least) {
			best, least = id, d
		}
	}
	if best != "" {
		return best
	}
	var starts []string
	for _, id := range ids {
		if strings.HasPrefix(id, key) || strings.HasPrefix(key, id+"-") {
			starts = append(starts, id)
		}
	}
	if len(starts) == 1 {
		return starts[0]
	}
	return ""
}

// orList returns items as "a, b or c".
func orList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

func contains(list []*site.Source, src *site.Source) bool {
	for _, x := range list {
		if x == src {
			return true
		}
	}
	return false
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// citedSources describes what a brief's citations read of its sources:
// each one's ID, title and title as the brief writes it, in order. A kept conversion whose brief's
// sources differ cites them wrong.
func citedSources(b *site.Brief) string {
	if b == nil {
		return ""
	}
	var sb strings.Builder
	for _, c := range b.Sources {
		if c.Source != nil {
			sb.WriteString(c.Source.ID)
			sb.WriteByte(0)
			sb.WriteString(c.Source.Title)
			sb.WriteByte(0)
			sb.WriteString(c.Written)
		}
		sb.WriteByte(1)
	}
	return sb.String()
}
