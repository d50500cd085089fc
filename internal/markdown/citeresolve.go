package markdown

import (
	"fmt"
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
// is a citation in a profile, which has no sources, with a warning. It
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
		for _, c := range cites {
			doc.Diags.Warnf(doc.pos(c.Offset), "citation %s in a profile, which has no sources, shows as written: only a brief's body cites the sources of its front matter (write \\[@ for brackets as text)", clip(string(src[c.Offset:c.Offset+c.Length])))
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
	if s != nil {
		for _, src := range s.Sources {
			if src.ID == key || src.ID == ks {
				return fmt.Sprintf("citation @%s names a source this brief does not list, %q: add it under sources: in the front matter to cite it here", key, src.Title)
			}
		}
	}
	var ids []string
	for _, c := range list {
		if c.Source != nil && !containsString(ids, c.Source.ID) {
			ids = append(ids, c.Source.ID)
		}
	}
	hint := ""
	if near := nearestKey(ks, ids); near != "" {
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
