package load

// This file holds what brief reads of the front matter of an Obsidian
// vault's notes, and tells of what it does not: Obsidian's tags, written
// with their #, as a brief's topics, and the tags that YAML takes for a
// comment ("topics: #haiti").

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/diag"
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

// commentedTags returns the comment that follows the empty value or list
// item n on its line when the comment is Obsidian's tags ("topics:
// #haiti #un", "- #haiti"), which YAML reads as a comment, leaving the
// value empty; and the position of its #.
func (d *decoder) commentedTags(n *yaml.Node) (string, diag.Pos, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!null" || n.Line < 1 {
		return "", diag.Pos{}, false
	}
	p := d.pos(n)
	line := lineAt(d.src, p.Line-1)
	if p.Col < 1 || p.Col > len(line)+1 {
		return "", diag.Pos{}, false
	}
	rest := line[p.Col-1:]
	text := strings.TrimSpace(rest)
	words := strings.FieldsFunc(text, func(c rune) bool { return c == ' ' || c == '\t' || c == ',' })
	if len(words) == 0 || !hashTags(words) {
		return "", diag.Pos{}, false
	}
	p.Col += len(rest) - len(strings.TrimLeft(rest, " \t"))
	return text, p, true
}

// commentedTagsHint returns what to write for the tags of a comment
// commentedTags found, in the field: in quotes, as `topics` reads
// them, or, in any field, without their #.
func commentedTagsHint(field, comment string, item bool) string {
	words := strings.FieldsFunc(comment, func(c rune) bool { return c == ' ' || c == '\t' || c == ',' })
	quoted := make([]string, len(words))
	bare := make([]string, len(words))
	for i, w := range words {
		quoted[i], bare[i] = strconv.Quote(w), w[1:]
	}
	if item {
		if field == "topics" {
			return fmt.Sprintf("- %s or - %s", quoted[0], bare[0])
		}
		return "- " + bare[0]
	}
	if field == "topics" {
		return fmt.Sprintf("%s: [%s] or %s: [%s]", field, strings.Join(quoted, ", "), field, strings.Join(bare, ", "))
	}
	return fmt.Sprintf("%s: [%s]", field, strings.Join(bare, ", "))
}

// tagsHint returns what to add to the error of a brief's `tags`, v, when
// they are Obsidian's, written with # or taken for a comment: that
// brief reads them as topics, and how to write them; or "".
func (d *decoder) tagsHint(v *yaml.Node) string {
	if tags, _, ok := d.commentedTags(v); ok {
		return fmt.Sprintf(" # starts a comment in YAML, so %s is not read: write %s", tags, commentedTagsHint("topics", tags, false))
	}
	var items []*yaml.Node
	switch v.Kind {
	case yaml.ScalarNode:
		items = []*yaml.Node{v}
	case yaml.SequenceNode:
		items = v.Content
	}
	var names []string
	hashed := false
	for _, it := range items {
		if it.Kind != yaml.ScalarNode || it.Tag == "!!null" {
			continue
		}
		for _, w := range strings.FieldsFunc(it.Value, func(c rune) bool { return c == ' ' || c == '\t' || c == ',' }) {
			tag, ok := strings.CutPrefix(w, "#")
			hashed = hashed || ok
			if tag == "" {
				continue
			}
			names = append(names, tag)
		}
	}
	if !hashed || len(names) == 0 {
		return ""
	}
	list := flowList(names) // quoted where YAML would read a name otherwise
	if len(list) > 200 {
		return " brief reads Obsidian's tags as topics: write `topics:` in place of `tags:`"
	}
	return fmt.Sprintf(" brief reads Obsidian's tags as topics: write topics: %s", list)
}

// mergeHint says what to do with the unknown field key, with the value
// v, of a mapping that also has field, brief's name for it, with the
// value other, where renaming key would give field twice: merge the
// tags into `topics`, with the merged line when both are lists of
// names, or keep one of the two.
func (d *decoder) mergeHint(key, field string, other, v *yaml.Node) string {
	if field != "topics" {
		return fmt.Sprintf("keep one of the two, as `%s`, and remove `%s`", field, key)
	}
	topics, ok1 := d.names(other, false)
	tags, ok2 := d.names(v, true)
	var merged []string
	seen := map[string]bool{}
	for _, n := range slices.Concat(topics, tags) {
		if k := strings.ToLower(strings.TrimPrefix(n, "#")); !seen[k] {
			seen[k] = true
			if strings.ContainsAny(n, "[]{}:#\"',") {
				n = strconv.Quote(n)
			}
			merged = append(merged, n)
		}
	}
	line := "topics: [" + strings.Join(merged, ", ") + "]"
	if !ok1 || !ok2 || len(merged) == 0 || len(line) > 200 {
		return fmt.Sprintf("merge the %s into `topics`, and remove `%s`", key, key)
	}
	return fmt.Sprintf("merge the %s into `topics`, as %s, and remove `%s`", key, line, key)
}

// names returns the names a field's value n holds, a name or a list of
// them; with tags, Obsidian's tags with their # taken off, words of one
// string or of a comment. It reports false when n holds other than
// names.
func (d *decoder) names(n *yaml.Node, tags bool) ([]string, bool) {
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
	}
	var names []string
	for _, it := range items {
		if it.Kind != yaml.ScalarNode {
			return nil, false
		}
		text := it.Value
		if it.Tag == "!!null" {
			if !tags {
				continue
			}
			c, _, ok := d.commentedTags(it)
			if !ok {
				continue
			}
			text = c
		}
		words := strings.FieldsFunc(text, func(c rune) bool { return c == ' ' || c == '\t' || c == ',' })
		if !tags || !slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, "#") }) {
			if s := strings.TrimSpace(text); s != "" {
				names = append(names, s)
			}
			continue
		}
		for _, w := range words {
			if w = strings.TrimPrefix(w, "#"); w != "" {
				names = append(names, w)
			}
		}
	}
	return names, true
}
