package load

// This file holds what brief reads of the front matter of an Obsidian
// vault's notes, and tells of what it does not: Obsidian's tags, written
// with their #, as a brief's topics.

import (
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/site"
)

// topics decodes a brief's `topics`, a list of names, reading the forms
// of Obsidian's tags: an entry's leading # is left out ("#un" is the
// topic un), and an entry of #-words alone is one topic a word
// ("#haiti #un" is haiti and un), as Obsidian reads them. A nested tag,
// "#security/police", is one topic of that name, slash and all, with a
// warning: brief's topics are not nested, where Obsidian and Quartz list
// the note under "security" too.
func (d *decoder) topics(n *yaml.Node, field string) []site.Ref {
	var out []site.Ref
	for _, r := range d.refs(n, field) {
		for _, r := range d.hashWords(r) {
			tag, ok := strings.CutPrefix(r.Name, "#")
			if !ok {
				out = append(out, r)
				continue
			}
			tag = strings.TrimSpace(tag)
			if tag == "" {
				d.diags.Errorf(r.Pos, "empty name in `%s`: a # alone names no topic", field)
				continue
			}
			if parent, _, nested := strings.Cut(tag, "/"); nested && parent != "" {
				d.diags.Warnf(r.Pos, "`%s`: %s is a nested tag, which brief reads as the one topic %q: brief's topics are not nested, so the brief is not listed under %q, as Obsidian and Quartz list it; to list it there too, add %s to its topics", field, r.Name, tag, parent, parent)
			}
			r.Name = tag
			out = append(out, r)
		}
	}
	return out
}

// hashWords returns r, or, when its name is words each starting with #
// ("#haiti #un", Obsidian's tags in one string, or "#haiti, #un"), a
// name for each word, at its column when the name is written as is in
// the file.
func (d *decoder) hashWords(r site.Ref) []site.Ref {
	words := strings.FieldsFunc(r.Name, func(c rune) bool { return c == ' ' || c == ',' })
	if len(words) < 2 || !hashTags(words) {
		return []site.Ref{r}
	}
	at := -1 // the column of r.Name's first byte, if the file has it as is
	switch {
	case d.writtenAt(r.Pos, r.Name):
		at = r.Pos.Col
	case d.quotedAsIs(r.Pos, r.Name):
		at = r.Pos.Col + 1
	}
	out := make([]site.Ref, 0, len(words))
	off := 0
	for _, w := range words {
		i := off + strings.Index(r.Name[off:], w)
		off = i + len(w)
		p := r.Pos
		if at > 0 {
			p.Col = at + i
		}
		out = append(out, site.Ref{Name: w, Pos: p})
	}
	return out
}

// hashTags reports whether each of words is a tag as Obsidian writes
// one: a # and a name.
func hashTags(words []string) bool {
	for _, w := range words {
		if len(w) < 2 || w[0] != '#' || w[1] == '#' {
			return false
		}
	}
	return true
}
