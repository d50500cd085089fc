package load

// The hints for front matter an export from another tool writes: the
// topics of WordPress's categories and tags, Ghost's and Obsidian's, one
// line for a field given twice under other names, and HTML entities in
// a title.

import (
	"fmt"
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/country"
	"github.com/briefsite/brief/internal/slug"
)

// ghostKeys are fields only Ghost's posts have, which tell a Ghost post
// from an Obsidian note: Ghost's tags that start with # are internal
// ones, where Obsidian writes every tag so.
var ghostKeys = []string{"feature_image", "feature_image_alt", "feature_image_caption", "date_published", "published_at", "primary_author", "primary_tag", "custom_excerpt", "codeinjection_head", "codeinjection_foot", "visibility"}

// topicsHint returns what to add to the error of a field of a brief's
// mapping m, another generator's name for `topics`, when renaming it
// alone would not do: when m has more than one such field
// (WordPress's `categories` and `tags`), it gives the one line they
// merge into; when the post is Ghost's, it leaves out its internal
// tags (#newsletter), which its readers never saw, and it leaves out
// WordPress's Uncategorized. The tags that name countries brief knows
// go in `countries`, merged with its own and told of beside `topics`
// too, and in the line for a field alone (tags: [Kenya, Mali], or
// Obsidian's ["#haiti", un]). It returns "" when there is nothing of the
// kind to say, which the other hints tell, or the fields hold other than
// names.
func (d *decoder) topicsHint(m *yaml.Node) string {
	ghost := false
	var keys []string
	var topics, countries, internal []string
	seen := map[string]bool{}
	add := func(list *[]string, name string) {
		if key := slug.Key(name); !seen[key] {
			seen[key] = true
			*list = append(*list, name)
		}
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if slices.Contains(ghostKeys, strings.ToLower(m.Content[i].Value)) {
			ghost = true
		}
	}
	var tags []string
	for _, field := range []string{"topics", "countries", ""} {
		for i := 0; i+1 < len(m.Content); i += 2 {
			key, v := m.Content[i].Value, m.Content[i+1]
			if field != "" && key != field || field == "" && otherNames[strings.ToLower(key)] != "topics" {
				continue
			}
			names, ok := tagNames(v)
			if field != "" {
				names, ok = d.names(v, field == "topics") // brief's own, as it reads them
			}
			if !ok {
				return ""
			}
			switch field {
			case "topics":
				for _, n := range names {
					add(&topics, n)
				}
			case "countries":
				for _, n := range names {
					add(&countries, n)
				}
			default:
				keys = append(keys, "`"+key+"`")
				tags = append(tags, names...)
			}
		}
	}
	hasTopics, hasCountries := len(topics) > 0 || mappingValue(m, "topics") != nil, mappingValue(m, "countries") != nil
	var added []string  // the tags that name countries
	obsidian := false   // whether a tag is written #tag
	uncategorized := "" // WordPress's category of a post filed under none
	for _, n := range tags {
		if strings.HasPrefix(n, "#") && ghost {
			if !slices.Contains(internal, n) {
				internal = append(internal, n)
			}
			continue
		}
		obsidian = obsidian || strings.HasPrefix(n, "#")
		if strings.EqualFold(n, "uncategorized") {
			uncategorized = n
			continue
		}
		for _, w := range strings.FieldsFunc(n, func(c rune) bool { return c == ' ' || c == ',' }) {
			if !strings.HasPrefix(n, "#") {
				w = n // a name of words, not Obsidian's tags
			}
			w = strings.TrimPrefix(w, "#")
			if c, ok := countryName(w); ok {
				if !seen[slug.Key(w)] && !seen[slug.Key(c)] {
					add(&countries, c)
					added = append(added, w)
				}
				seen[slug.Key(w)] = true
			} else if w != "" {
				add(&topics, w)
			}
			if !strings.HasPrefix(n, "#") {
				break
			}
		}
	}
	if len(internal) == 0 && len(keys) < 2 && len(added) == 0 && uncategorized == "" {
		return ""
	}
	var lines []string
	if len(topics) > 0 {
		lines = append(lines, "topics: "+flowList(topics))
	}
	if len(countries) > 0 && (len(added) > 0 || hasCountries) {
		lines = append(lines, "countries: "+flowList(countries))
	}
	line := strings.Join(lines, " and ")
	if len(line) > 200 {
		return ""
	}
	replaced := slices.Clone(keys)
	if hasTopics {
		replaced = append(replaced, "`topics`")
	}
	if hasCountries && len(added) > 0 {
		replaced = append(replaced, "`countries`")
	}
	var b strings.Builder
	switch {
	case hasTopics:
		b.WriteString(", and `topics` is given too: ")
	case len(keys) > 1:
		fmt.Fprintf(&b, ", did you mean `topics`? %s are both brief's `topics`, which a brief gives once: ", andList(keys))
	case obsidian && !ghost:
		b.WriteString(", did you mean `topics`? brief reads Obsidian's tags as topics: ")
	default:
		b.WriteString(", did you mean `topics`? ")
	}
	if line == "" {
		fmt.Fprintf(&b, "remove %s", andList(replaced))
	} else {
		fmt.Fprintf(&b, "write %s in place of %s", line, andList(replaced))
	}
	switch len(added) {
	case 0:
	case 1:
		fmt.Fprintf(&b, "; %s is a country, which goes in `countries`", added[0])
	default:
		fmt.Fprintf(&b, "; %s are countries, which go in `countries`", andList(added))
	}
	if uncategorized != "" {
		fmt.Fprintf(&b, "; %s, WordPress's category of a post filed under none, is left out", uncategorized)
	}
	switch len(internal) {
	case 0:
	case 1:
		fmt.Fprintf(&b, "; %s is left out, as a Ghost tag that starts with # is an internal one, never shown to readers", internal[0])
	default:
		fmt.Fprintf(&b, "; %s are left out, as Ghost's tags that start with # are internal ones, never shown to readers", andList(internal))
	}
	return b.String()
}

// sameFieldHint returns what to add to the error of a field of
// the mapping m, another generator's name for brief's field, when m has
// more than one such name for it and not field itself (Ghost's
// `date_updated` beside WordPress's `modified`): renaming each as it is
// told would give field twice, so both errors say the one line to write,
// or, when their values differ, which to keep. It returns "" otherwise.
func sameFieldHint(m *yaml.Node, field string) string {
	if mappingValue(m, field) != nil {
		return "" // told to keep one of the two
	}
	var keys []string
	var values []*yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		if k.Kind == yaml.ScalarNode && otherNames[strings.ToLower(k.Value)] == field {
			keys = append(keys, "`"+k.Value+"`")
			values = append(values, m.Content[i+1])
		}
	}
	if len(keys) < 2 {
		return ""
	}
	all, others := "all", "others"
	if len(keys) == 2 {
		all, others = "both", "other"
	}
	same := true
	for _, v := range values {
		same = same && v.Kind == yaml.ScalarNode && values[0].Kind == yaml.ScalarNode && v.Value == values[0].Value && v.Value != "" && len(v.Value) <= 100 && !strings.ContainsAny(v.Value, "\n#")
	}
	if same {
		value := values[0].Value
		if values[0].Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 || strings.Contains(value, ": ") {
			value = strconv.Quote(value)
		}
		return fmt.Sprintf(", did you mean `%s`? %s are %s brief's `%s`, which a brief gives once: write %s: %s in place of %s", field, andList(keys), all, field, field, value, andList(keys))
	}
	return fmt.Sprintf(", did you mean `%s`? %s are %s brief's `%s`, which a brief gives once: keep the one that is right, as `%s`, and remove the %s", field, andList(keys), all, field, field, others)
}

// tagNames returns the names a field of tags, v, holds: a list's
// items, or a value's, split at its commas when it is plain. It reports
// false when v holds other than names, or Obsidian's tags YAML takes
// for a comment, which tagsHint tells of.
func tagNames(v *yaml.Node) ([]string, bool) {
	switch {
	case v.Kind == yaml.ScalarNode && v.Tag == "!!null":
		return nil, false
	case v.Kind == yaml.ScalarNode && v.Style == 0 && strings.Contains(v.Value, ","):
		var names []string
		for _, p := range splitCommas(v.Value) {
			names = append(names, p.text)
		}
		return names, true
	case v.Kind == yaml.ScalarNode:
		return []string{strings.TrimSpace(v.Value)}, true
	case v.Kind != yaml.SequenceNode:
		return nil, false
	}
	var names []string
	for _, it := range v.Content {
		if it.Kind != yaml.ScalarNode || it.Tag == "!!null" {
			return nil, false
		}
		if s := strings.Join(strings.Fields(it.Value), " "); s != "" {
			names = append(names, s)
		}
	}
	return names, true
}

// countryName returns the name of the country brief knows as name, an
// English name or one it goes by ("chad", "UK"), not its code: a tag
// "it" or "and" is no country.
func countryName(name string) (string, bool) {
	c, ok := country.Lookup(name)
	if !ok {
		return "", false
	}
	k := slug.Key(name)
	if k == slug.Key(c.Name) || k == "the "+slug.Key(c.Name) || slices.ContainsFunc(c.Aliases, func(a string) bool { return slug.Key(a) == k }) {
		return c.Name, true
	}
	return "", false
}

// flowList writes names as a YAML list on one line, quoting a name that
// needs it.
func flowList(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		if !plainInFlow(n) {
			n = strconv.Quote(n)
		}
		out[i] = n
	}
	return "[" + strings.Join(out, ", ") + "]"
}

// plainInFlow reports whether name may stand unquoted in a YAML flow
// list and read back as itself: not "yes", "null", "12", "*featured" or
// "@home", which read as another value or do not parse.
func plainInFlow(name string) bool {
	if name == "" || strings.ContainsAny(name, "[]{}:#\"',") {
		return false
	}
	var got []any
	if err := yaml.Unmarshal([]byte("["+name+"]"), &got); err != nil || len(got) != 1 {
		return false
	}
	s, ok := got[0].(string)
	return ok && s == name
}

// andList joins words as a sentence lists them: "a", "a and b", "a, b
// and c".
func andList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// entity matches what may be an HTML character reference, named
// (&amp;), decimal (&#8217;) or hexadecimal (&#x2019;).
var entity = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// entities warns of the HTML character references in s, the text of
// the field of the scalar n, which a WordPress or Ghost export leaves
// in titles and excerpts ("Chad&#8217;s transition &amp; the AU"): a
// page shows text as written, the reference and all. A & alone, or
// followed by a name HTML does not know, is text, and not warned of.
func (d *decoder) entities(n *yaml.Node, field, s string) {
	var refs []string
	at := -1
	for _, loc := range entity.FindAllStringIndex(s, -1) {
		ref := s[loc[0]:loc[1]]
		if html.UnescapeString(ref) == ref {
			continue // not a name HTML knows
		}
		if at < 0 {
			at = loc[0]
		}
		if !slices.Contains(refs, ref) {
			refs = append(refs, ref)
		}
	}
	if len(refs) == 0 {
		return
	}
	p := d.pos(n)
	switch {
	case d.writtenAt(p, s):
		p.Col += at
	case d.quotedAsIs(p, s):
		p.Col += 1 + at
	}
	if len(refs) == 1 {
		c := html.UnescapeString(refs[0])
		if strings.TrimSpace(c) == "" {
			d.diags.Warnf(p, "`%s` holds the HTML entity %s, shown as written: write a space", field, refs[0])
			return
		}
		d.diags.Warnf(p, "`%s` holds the HTML entity %s, shown as written: write the character (%s)", field, refs[0], c)
		return
	}
	text := strings.Join(strings.Fields(html.UnescapeString(s)), " ") // a no-break space a space
	if len(text) > 200 {
		d.diags.Warnf(p, "`%s` holds the HTML entities %s, shown as written: write the characters", field, andList(refs))
		return
	}
	d.diags.Warnf(p, "`%s` holds the HTML entities %s, shown as written: write the characters, as %s", field, andList(refs), strconv.Quote(text))
}
