package load

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// translations decodes the site file's translations: a mapping from the
// theme's English texts to the site's words for them. A text the theme
// does not show is warned of, unless the site's own templates,
// ownTemplates, show it: have it between quotes. A translation "" is not
// given, as if its line were not there: docs/translations.yaml lists every
// text so, for a site to copy whole and fill in. A translation that would
// spoil its pages is left out, with a warning: one of spaces alone, and
// one that does not print the arguments of its text (a %s or %d more or
// less, or out of order). A text without arguments takes its translation
// as written, % and all.
func (d *decoder) translations(m *yaml.Node, c *site.Config, ownTemplates func() []string) {
	if m.Kind != yaml.MappingNode {
		d.errorf(m, "`translations` must be a mapping of the theme's English texts to yours, not %s", describe(m))
		return
	}
	out := map[string]string{}
	seen := map[string]bool{} // out leaves out translations warned of
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, "`translations` has a key that is not a text")
			continue
		}
		if seen[k.Value] {
			d.errorf(k, "the translation of %q is given twice", k.Value)
			continue
		}
		seen[k.Value] = true
		if v.Kind == yaml.AliasNode {
			d.errorf(v, "YAML aliases (*name) are not supported in the site file")
			continue
		}
		if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
			d.errorf(v, "the translation of %q must be a text, not %s", k.Value, describe(v))
			continue
		}
		if len(v.Value) > maxProseLen {
			d.errorf(v, "the translation of %q is %d bytes long; the limit is %d", k.Value, len(v.Value), maxProseLen)
			continue
		}
		text := d.clean(v, "translations")
		if !lang.Known(k.Value) && !slices.ContainsFunc(ownTemplates(), func(src string) bool { return strings.Contains(src, strconv.Quote(k.Value)) }) {
			if s := closestText(k.Value); s != "" {
				d.diags.Warnf(d.pos(k), "translation of %q: the theme shows no such text; did you mean %q?", k.Value, s)
			} else {
				d.diags.Warnf(d.pos(k), "translation of %q: the theme shows no such text (docs/templates.md says where to find them)", k.Value)
			}
		}
		want := lang.Verbs(k.Value)
		switch got := lang.Verbs(text); {
		case v.Value == "": // not given
		case strings.TrimSpace(text) == "":
			d.diags.Warnf(d.pos(v), "translation of %q left out: it is empty, and would leave the text out of the pages", k.Value)
		case len(want) > 0 && !slices.Equal(want, got):
			d.diags.Warnf(d.pos(v), "translation of %q left out: %s", k.Value, verbProblem(want, got))
		case !slices.Equal(lang.Placeholders(k.Value), lang.Placeholders(text)):
			d.diags.Warnf(d.pos(v), "translation of %q left out: it must have each of %s once, in any order", k.Value, strings.Join(lang.Placeholders(k.Value), ", "))
		default:
			out[k.Value] = text
		}
	}
	c.Translations = out
}

// verbProblem says how the verbs got of a translation differ from those
// its text wants, as Verbs gives them.
func verbProblem(want, got []string) string {
	describe := func(verbs []string) string {
		var parts []string
		for i, v := range verbs {
			switch {
			case v == "":
				parts = append(parts, fmt.Sprintf("nothing for argument %d", i+1))
			case len(verbs) > 1:
				parts = append(parts, fmt.Sprintf("%s for argument %d", v, i+1))
			default:
				parts = append(parts, v)
			}
		}
		if len(parts) == 0 {
			return "nothing"
		}
		return strings.Join(parts, ", ")
	}
	msg := fmt.Sprintf("the text prints %s; the translation prints %s", describe(want), describe(got))
	if len(want) > 1 {
		msg += " (to print them in another order, number them: %[2]s)"
	}
	return msg
}

// closestText returns the text of the theme closest to s, if one is
// close enough to be a likely typo: compared in lower case, with
// straight quotes for curly ones, "..." for "…" and no full stop at the
// end.
func closestText(s string) string {
	norm := func(t string) string {
		t = strings.ToLower(strings.TrimSpace(t))
		t = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'", "…", "...").Replace(t)
		return strings.TrimSuffix(t, ".")
	}
	want := norm(s)
	best, bestDist := "", 3
	for _, k := range lang.Keys() {
		if dist := slug.Distance(want, norm(lang.Untranslated(k))); dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if bestDist*3 > len(want)+1 { // too far for a text this short
		return ""
	}
	return best
}
