package load

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// decoder turns front-matter nodes into model values, reporting every
// problem with its position instead of stopping at the first.
type decoder struct {
	file  string
	src   []byte // the file's text, up to its body at least, for byte columns
	diags *diag.List
	dates *date.Reader // of the site's time zone and words; nil for UTC and English
	toml  bool         // whether the file is written in TOML, whose strings are all quoted

	starts []int // offsets of the lines of src, once a line needs one
}

// fileKind names what d decodes in messages: "the site file" or "front
// matter".
func (d *decoder) fileKind() string {
	if slices.Contains(SiteFiles(), d.file) {
		return "the site file"
	}
	return "front matter"
}

// pos returns the position of n. yaml.v3 counts a node's column in
// characters; a diagnostic's counts bytes.
func (d *decoder) pos(n *yaml.Node) diag.Pos {
	return diag.Pos{File: d.file, Line: n.Line, Col: d.byteColumn(n.Line, n.Column)}
}

// byteColumn returns the byte column of the col'th character of the
// given line of src.
func (d *decoder) byteColumn(line, col int) int {
	if col <= 1 {
		return col
	}
	if d.starts == nil {
		d.starts = []int{0}
		for i := 0; ; {
			j := bytes.IndexByte(d.src[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			d.starts = append(d.starts, i)
		}
	}
	if line < 1 || line > len(d.starts) {
		return col
	}
	text := d.src[d.starts[line-1]:]
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	off := 0
	for n := 1; n < col && off < len(text); n++ {
		if text[off] < utf8.RuneSelf {
			off++
			continue
		}
		_, size := utf8.DecodeRune(text[off:])
		off += size
	}
	return off + 1
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.diags.Errorf(d.pos(n), format, args...)
}

// emphasis matches a word or words in single stars or underscores, as
// Markdown emphasises them: *not*, _this one_.
var emphasis = regexp.MustCompile(`(?:^|[\s(])([*_][^\s*_](?:[^*_]*[^\s*_])?[*_])(?:$|[\s).,;:!?'"])`)

// summary decodes a summary, which pages show as written: Markdown in it,
// which Hugo would render, is warned of.
func (d *decoder) summary(n *yaml.Node, field string) string {
	s := d.str(n, field)
	if mark := markdownIn(s); mark != "" {
		d.diags.Warnf(d.pos(n), "`%s` is plain text, shown as written, %s and all; for a summary in Markdown, leave it out: the body's first paragraph (or its text above <!--more-->) is one", field, mark)
	}
	d.entities(n, field, s)
	return s
}

// eventText decodes an event line's text, which the timelines and the
// data export show as written: Markdown in it is warned of, as in a
// summary.
func (d *decoder) eventText(n *yaml.Node, field string) string {
	s := d.str(n, field)
	if mark := markdownIn(s); mark != "" {
		d.diags.Warnf(d.pos(n), "an event's `%s` is plain text, shown as written on the timelines and in the data export, %s and all; write it without Markdown, and name the people and places to link to in the event's `actors` and `countries`, which the timeline links below it", field, mark)
	}
	return s
}

// markdownIn returns the first Markdown of s that plain text shows as
// written, "**", "[[", "](", "`" or a word in single stars or
// underscores (*not*), or "".
func markdownIn(s string) string {
	for _, m := range []string{"**", "__", "[[", "](", "`"} {
		if strings.Contains(s, m) {
			return m
		}
	}
	if strings.ContainsAny(s, "*_") {
		return strings.TrimSpace(emphasis.FindString(s))
	}
	return ""
}

// fields calls set for each key of the mapping m that is one of known, and
// reports unknown keys, with a suggestion when one is close, and repeated
// keys. It returns the keys with errors, in them or in their values, for
// what a field in error leaves out not to be warned of (nil for none).
func (d *decoder) fields(m *yaml.Node, what string, known []string, set func(key string, v *yaml.Node)) (erred map[string]bool) {
	if m.Kind != yaml.MappingNode {
		d.errorf(m, "%s must be a mapping of keys to values, not %s", what, describe(m))
		return nil
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		before, _ := d.diags.Count()
		d.field(m, k, v, what, known, seen, set)
		if after, _ := d.diags.Count(); after > before && k.Kind == yaml.ScalarNode {
			if erred == nil {
				erred = map[string]bool{}
			}
			erred[k.Value] = true
		}
	}
	return erred
}

// field is fields' for one key k of m and its value v; seen holds the
// keys before it.
func (d *decoder) field(m, k, v *yaml.Node, what string, known []string, seen map[string]bool, set func(key string, v *yaml.Node)) {
	if k.Kind != yaml.ScalarNode {
		d.errorf(k, "%s has a key that is not a name", what)
		return
	}
	if v.Kind == yaml.AliasNode || k.Kind == yaml.AliasNode {
		d.errorf(v, "YAML aliases (*name) are not supported in %s", d.fileKind())
		return
	}
	if seen[k.Value] {
		d.errorf(k, "field `%s` is given twice", k.Value)
		return
	}
	seen[k.Value] = true
	if !contains(known, k.Value) {
		if what == "brief" && (d.published(k, v, what) || d.coverImage(k, v)) {
			return
		}
		if strings.HasSuffix(what, " profile") && d.profileDraft(k, v, what) {
			return
		}
		if what == "page" && d.pageField(k, v) {
			return
		}
		if h := hintFor(what, strings.ToLower(k.Value), known); h != "" {
			d.errorf(k, "unknown field `%s` in %s: %s", k.Value, what, h)
			return
		}
		if s := suggest(k.Value, known); s != "" {
			if what == "brief" && s == "topics" && otherNames[strings.ToLower(k.Value)] == s {
				if h := d.topicsHint(m); h != "" {
					d.errorf(k, "unknown field `%s` in %s%s", k.Value, what, h)
					return
				}
			}
			if h := sameFieldHint(m, s); h != "" && otherNames[strings.ToLower(k.Value)] == s {
				d.errorf(k, "unknown field `%s` in %s%s", k.Value, what, h)
				return
			}
			if other := mappingValue(m, s); other != nil && otherNames[strings.ToLower(k.Value)] == s { // another generator's name for s, not a typo
				d.errorf(k, "unknown field `%s` in %s, and `%s` is given too: %s", k.Value, what, s, d.mergeHint(k.Value, s, other, v))
				return
			}
			hint := ""
			if what == "brief" && s == "topics" {
				hint = d.tagsHint(v)
			}
			d.errorf(k, "unknown field `%s` in %s, did you mean `%s`?%s", k.Value, what, s, hint)
		} else {
			hint := ""
			if contains(known, "params") {
				hint = "; a field of your own goes under `params`"
			}
			d.errorf(k, "unknown field `%s` in %s (known fields: %s%s)", k.Value, what, strings.Join(known, ", "), hint)
		}
		return
	}
	set(k.Value, v)
}

// mappingValue returns the value of the key in the mapping m, or nil.
func mappingValue(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Kind == yaml.ScalarNode && m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.AliasNode:
		return "an alias"
	}
	if n.Tag == "!!null" {
		return "empty"
	}
	return fmt.Sprintf("%q", n.Value)
}

// str decodes a scalar as text.
func (d *decoder) str(n *yaml.Node, field string) string {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "`%s` must be text, not %s", field, describe(n))
		return ""
	}
	if n.Tag == "!!null" {
		return ""
	}
	if limit := maxLen(field); len(n.Value) > limit {
		d.errorf(n, "`%s` is %d bytes long; the limit is %d", field, len(n.Value), limit)
		return ""
	}
	return strings.TrimSpace(d.clean(n, field))
}

// clean returns the text of the scalar n, of the field, composed (NFC)
// and without control characters, which it warns of.
func (d *decoder) clean(n *yaml.Node, field string) string {
	v := n.Value
	if !norm.NFC.IsNormalString(v) {
		v = norm.NFC.String(v) // "Moi\u0308se", typed on a Mac, as "Moïse"
	}
	if strings.ContainsFunc(v, isControl) {
		// An escape such as "\e" or "\x01" in a quoted value: shown on
		// pages, in feeds and data files, and in a terminal's
		// messages, it would do harm or nothing.
		d.diags.Warnf(d.pos(n), "`%s` has a control character, which is left out", field)
		v = strings.Map(func(r rune) rune {
			if isControl(r) {
				return -1
			}
			return r
		}, v)
	}
	return v
}

// isControl reports whether r is a control character other than a tab or
// a line break, which text may hold.
func isControl(r rune) bool {
	return (r < ' ' && r != '\t' && r != '\n' && r != '\r') || (r >= 0x7f && r < 0xa0)
}

// Limits on the length of front-matter text. Titles and names appear on
// many pages and in every data file, so a runaway value would multiply
// into the output.
const (
	MaxNameLen  = 1000  // titles, names, aliases, kinds, publishers, URLs
	maxProseLen = 20000 // summaries, notes, event text, descriptions
)

func maxLen(field string) int {
	switch field {
	case "summary", "note", "text", "description":
		return maxProseLen
	}
	return MaxNameLen
}

// boolean decodes a scalar true or false, as truth reads it, or left
// empty, which is false.
func (d *decoder) boolean(n *yaml.Node, field string) bool {
	if n.Kind == yaml.ScalarNode {
		if n.Tag == "!!null" || n.Value == "" {
			return false // left empty
		}
		if v, ok := truth(n.Value); ok {
			return v
		}
	}
	d.errorf(n, "`%s` must be true or false, not %s", field, describe(n))
	return false
}

// truth reads s, in any case, as a field of true or false is written:
// true, yes, on or 1, or false, no, off or 0. It reports whether s is
// one of them.
func truth(s string) (v, ok bool) {
	switch strings.ToLower(s) {
	case "true", "yes", "on", "1":
		return true, true
	case "false", "no", "off", "0":
		return false, true
	}
	return false, false
}

// refs decodes a list of names. A single name is accepted as a list of one.
func (d *decoder) refs(n *yaml.Node, field string) []site.Ref {
	var items []*yaml.Node
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			if tags, p, ok := d.commentedTags(n); ok {
				d.diags.Warnf(p, "`%s` is empty: # starts a comment in YAML, so %s is not read; write %s", field, tags, commentedTagsHint(field, tags, false))
			}
			return nil
		}
		items = d.commaList(n, field, "names")
	case yaml.SequenceNode:
		items = n.Content
	default:
		d.errorf(n, "`%s` must be a list of names, not %s", field, describe(n))
		return nil
	}
	var out []site.Ref
	for _, it := range items {
		if it.Kind != yaml.ScalarNode || it.Tag == "!!null" {
			if tags, p, ok := d.commentedTags(it); ok {
				d.diags.Errorf(p, "`%s` must be a list of names; this item is empty: # starts a comment in YAML, so %s is not read; write %s", field, tags, commentedTagsHint(field, tags, true))
				continue
			}
			d.errorf(it, "`%s` must be a list of names; this item is %s", field, describe(it))
			continue
		}
		if len(it.Value) > MaxNameLen {
			d.errorf(it, "name in `%s` is %d bytes long; the limit is %d", field, len(it.Value), MaxNameLen)
			continue
		}
		name := strings.Join(strings.Fields(d.clean(it, field)), " ")
		if name == "" {
			d.errorf(it, "empty name in `%s`", field)
			continue
		}
		out = append(out, site.Ref{Name: name, Pos: d.pos(it)})
	}
	return out
}

// date decodes a fuzzy date, reporting a parse error at the column of the
// problem when the value is written on one line.
func (d *decoder) date(n *yaml.Node, field string) date.Date {
	s := d.str(n, field)
	if s == "" {
		if n.Kind == yaml.ScalarNode {
			d.errorf(n, "`%s` is empty", field)
		}
		return date.Date{}
	}
	if what, lastChange := eleventyDate(s); what != "" {
		fix := "write the date, as YYYY-MM-DD"
		switch {
		case field == "updated":
			fix = "write the day the brief was last revised, as YYYY-MM-DD"
		case lastChange:
			fix += ", and the day the brief was last revised as `updated: YYYY-MM-DD`"
		}
		d.errorf(n, "`%s`: %q is Eleventy's word for %s, which brief does not read; %s", field, s, what, fix)
		return date.Date{}
	}
	t, warnings, err := d.dates.ParseWithWarnings(s)
	if err != nil {
		p := d.pos(n)
		if pe, ok := err.(*date.ParseError); ok {
			p = d.dateAt(n, s, pe.Offset)
		}
		d.diags.Errorf(p, "`%s`: %v", field, err)
		return date.Date{}
	}
	for _, w := range warnings {
		d.diags.Warnf(d.dateAt(n, s, w.Offset), "`%s`: %s", field, w.Msg)
	}
	return t
}

// dateAt returns the position of the byte off of the date s, the value of
// n, when the value is written on one line as it is read; of n otherwise.
func (d *decoder) dateAt(n *yaml.Node, s string, off int) diag.Pos {
	p := d.pos(n)
	switch {
	case n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.FoldedStyle|yaml.LiteralStyle) == 0:
		p.Col += off
	case n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 && d.quotedAsIs(p, s):
		p.Col += 1 + off // after the quote
	}
	return p
}

var (
	briefFields  = []string{"title", "summary", "date", "updated", "actors", "countries", "topics", "sources", "events", "draft", "aliases", "params"}
	sourceFields = []string{"title", "author", "publisher", "date", "url", "note", "accessed", "archive_url"}
	eventFields  = []string{"date", "text", "actors", "countries"}
	actorFields  = []string{"name", "aliases", "kind", "country", "summary", "params"}
	otherFields  = []string{"name", "aliases", "summary", "params"}
	configFields = []string{"title", "description", "language", "base_url", "minify", "pretty_urls", "unsafe_html", "link_mentions", "time_zone", "translations", "params"}
)

// brief decodes a brief's front matter into b.
func (d *decoder) brief(m *yaml.Node, b *site.Brief) {
	erred := d.fields(m, "brief", briefFields, func(key string, v *yaml.Node) {
		switch key {
		case "title":
			b.Title = d.str(v, key)
			d.entities(v, key, b.Title)
		case "summary":
			b.Summary = d.summary(v, key)
		case "date":
			b.Date = d.date(v, key)
			b.DatePos = d.pos(v)
		case "updated":
			b.Updated, b.UpdatedPos = d.date(v, key), d.pos(v)
			if b.Updated.IsInterval() {
				d.errorf(v, "`updated` must be one date, not a span: when the brief was last revised")
				b.Updated = date.Date{}
			}
		case "actors":
			b.ActorRefs = d.refs(v, key)
		case "countries":
			b.CountryRefs = d.refs(v, key)
		case "topics":
			b.TopicRefs = d.topics(v, key)
		case "draft":
			b.Draft = d.boolean(v, key)
		case "params":
			b.Params = d.params(v)
		case "aliases":
			b.Aliases = d.aliases(v, key)
		case "sources":
			var keys []sourceKeys // of b.Sources, made when needed
			d.list(v, key, func(it *yaml.Node) {
				if c := d.citation(it); c != nil {
					if prev := sameSource(b.Sources, &keys, c); prev != nil {
						d.diags.Warnf(c.Pos, "%s", mergeCitation(prev, c))
						return
					}
					b.Sources = append(b.Sources, c)
				}
			})
		case "events":
			d.list(v, key, func(it *yaml.Node) {
				if e := d.event(it); e != nil {
					e.Brief = b
					b.Events = append(b.Events, e)
				}
			})
		}
	})
	b.SourcesInError = erred["sources"]
}

func (d *decoder) list(n *yaml.Node, field string, each func(*yaml.Node)) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "`%s` must be a list, not %s", field, describe(n))
		return
	}
	for _, it := range n.Content {
		each(it)
	}
}

// entity decodes an entity file's front matter into e.
func (d *decoder) entity(m *yaml.Node, e *site.Entity) {
	known := otherFields
	if e.Kind == site.Actor {
		known = actorFields
	}
	d.fields(m, e.Kind.Singular()+" profile", known, func(key string, v *yaml.Node) {
		switch key {
		case "name":
			e.Name = strings.Join(strings.Fields(d.str(v, key)), " ")
			e.Pos = d.pos(v) // where a clash with another name is reported
		case "aliases":
			d.profileAliases(v, key, e)
		case "kind":
			e.Type = d.str(v, key)
		case "country":
			if s := d.str(v, key); s != "" {
				e.CountryRef = site.Ref{Name: s, Pos: d.pos(v)}
			}
		case "summary":
			e.Summary = d.summary(v, key)
		case "params":
			e.Params = d.params(v)
		}
	})
}

// suggest returns the known name closest to s, if it is close enough to be
// a likely typo.
func suggest(s string, known []string) string {
	if other, ok := otherNames[strings.ToLower(s)]; ok && contains(known, other) {
		return other
	}
	best, bestDist := "", 3
	for _, k := range known {
		if dist := slug.Distance(strings.ToLower(s), k); dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if bestDist*3 > len(s)+1 { // too far for a word this short
		return ""
	}
	return best
}
