package load

import (
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/site"
)

// translations decodes the site file's translations: a mapping from the
// theme's English texts to the site's words for them. A text the theme
// does not show is warned of, unless the site has templates of its own,
// which may show it; a translation that does not take the arguments of
// its text (a %s or %d more or less, or out of order) is left out, with a
// warning, as it would print garbage.
func (d *decoder) translations(m *yaml.Node, c *site.Config, ownTemplates bool) {
	if m.Kind != yaml.MappingNode {
		d.errorf(m, "`translations` must be a mapping of the theme's English texts to yours, not %s", describe(m))
		return
	}
	out := map[string]string{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind != yaml.ScalarNode || v.Kind == yaml.AliasNode {
			d.errorf(k, "`translations` has a key that is not a text")
			continue
		}
		if _, dup := out[k.Value]; dup {
			d.errorf(k, "the translation of %q is given twice", k.Value)
			continue
		}
		if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
			d.errorf(v, "the translation of %q must be a text, not %s", k.Value, describe(v))
			continue
		}
		out[k.Value] = v.Value
		if !lang.Known(k.Value) && !ownTemplates {
			if s := closestText(k.Value); s != "" {
				d.diags.Warnf(d.pos(k), "translation of %q: the theme shows no such text; did you mean %q?", k.Value, s)
			} else {
				d.diags.Warnf(d.pos(k), "translation of %q: the theme shows no such text (docs/templates.md lists them)", k.Value)
			}
		}
		if want, got := lang.Verbs(k.Value), lang.Verbs(v.Value); !slices.Equal(want, got) {
			d.diags.Warnf(d.pos(v), "translation of %q left out: it must print what the text does, %s (to print them in another order, number them: %%[2]s)", k.Value, verbList(want))
			delete(out, k.Value)
		}
	}
	c.Translations = out
}

// verbList describes the verbs of a text, as Verbs gives them: "%d,
// then %s", or "no %d or %s".
func verbList(verbs []string) string {
	if len(verbs) == 0 {
		return "no %d or %s"
	}
	return strings.Join(verbs, ", then ")
}

// closestText returns the text of the theme closest to s, ignoring case
// and a trailing full stop, if one is close enough to be a likely typo.
func closestText(s string) string {
	norm := func(t string) string { return strings.TrimSuffix(strings.ToLower(strings.TrimSpace(t)), ".") }
	want := norm(s)
	for _, k := range lang.Keys() {
		if norm(k) == want {
			return k
		}
	}
	return suggest(s, lang.Keys())
}
