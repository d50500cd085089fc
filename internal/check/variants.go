package check

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// variants warns of each actor or topic without a profile whose name may
// be another way of writing one of the site's other names, which brief
// takes for two: its initials ("UNSC" for United Nations Security
// Council) and, for an actor, the name with a title before it
// ("President William Ruto"), an initial for the first name ("W. Ruto")
// or the last name alone ("Ruto"), when one name alone fits. A spelling a letter or two away is
// the build's to warn of.
func variants(s *site.Site) []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, k := range []site.Kind{site.Actor, site.Topic} {
		list := s.EntitiesOf(k)
		words := make(map[*site.Entity][][]string, len(list)) // of each name, by entity
		for _, o := range list {
			for _, name := range append([]string{o.Name}, o.Aliases...) {
				words[o] = append(words[o], strings.Fields(slug.Key(name)))
			}
		}
		for _, e := range list {
			if e.File != "" || e.Code != "" || len(e.Briefs) == 0 {
				continue
			}
			o, how := variantOf(e, list, words, k == site.Actor)
			if o == nil {
				continue
			}
			fix := fmt.Sprintf("add %q to the aliases of its profile, %s", e.Name, o.File)
			if o.File == "" {
				fix = fmt.Sprintf("give it a profile, content/%s/%s.md, with %q among its aliases", k.Dir(), o.Slug, e.Name)
			}
			out = append(out, diag.Diagnostic{Pos: entityPos(s, e, e.Name), Severity: diag.Warning,
				Msg: fmt.Sprintf("%s %q has no profile and may be %q (%s), which brief takes for another %s; if it is, %s", k.Singular(), e.Name, o.Name, how, k.Singular(), fix)})
		}
	}
	return out
}

// variantOf returns the entity of list other than e that e's name may
// be another way of writing, and how: the one that fits, or of several
// the one with a profile; or nil. names holds the words of each one's
// names, its own first; people tells whether the forms of people's
// names count, or initials alone.
func variantOf(e *site.Entity, list []*site.Entity, names map[*site.Entity][][]string, people bool) (*site.Entity, string) {
	words := names[e][0]
	acronym := acronymOf(e.Name)
	var fits []*site.Entity
	var hows []string
	for _, o := range list {
		if o == e {
			continue
		}
		for _, other := range names[o] {
			if how := variantHow(words, acronym, other, people); how != "" {
				fits, hows = append(fits, o), append(hows, how)
				break
			}
		}
	}
	if len(fits) == 1 {
		return fits[0], hows[0]
	}
	pick := -1
	for i, o := range fits {
		if o.File != "" {
			if pick >= 0 {
				return nil, "" // two profiles fit: no telling which
			}
			pick = i
		}
	}
	if pick < 0 {
		return nil, ""
	}
	return fits[pick], hows[pick]
}

// variantHow says how a name of the given words (and initials, if it is
// written so) may write the name of the words other, or returns "".
func variantHow(words []string, acronym string, other []string, people bool) string {
	switch n := len(other); {
	case acronym != "" && acronym == initials(other):
		return "its initials"
	case !people:
	case n >= 2 && len(words) > n && len(words) <= n+3 && slices.Equal(words[len(words)-n:], other) && allTitles(words[:len(words)-n]):
		return "with a title before it"
	case n >= 2 && len(words) >= 2 && len(words) <= 4 && words[len(words)-1] == other[n-1] && allTitles(words[:len(words)-1]):
		return "a title and the last name"
	case n >= 2 && len(words) == n && len(words[0]) == 1 && len(other[0]) > 1 && strings.HasPrefix(other[0], words[0]) && slices.Equal(words[1:], other[1:]):
		return "with an initial"
	case len(words) == 1 && len(words[0]) >= 4 && n >= 2 && other[n-1] == words[0]:
		return "the last name alone"
	}
	return ""
}

// titles are words written before a person's name.
var titles = map[string]bool{
	"president": true, "vice": true, "prime": true, "minister": true, "foreign": true, "deputy": true, "secretary": true,
	"state": true, "general": true, "gen": true, "ambassador": true, "amb": true, "envoy": true, "special": true,
	"dr": true, "mr": true, "mrs": true, "ms": true, "sir": true, "dame": true, "senator": true, "sen": true, "rep": true,
	"governor": true, "gov": true, "mayor": true, "judge": true, "justice": true, "chief": true, "commander": true,
	"colonel": true, "col": true, "major": true, "lt": true, "king": true, "queen": true, "prince": true, "sheikh": true,
	"former": true, "acting": true, "interim": true, "chancellor": true, "pm": true, "hon": true, "of": true,
}

// allTitles reports whether every word of words is a title.
func allTitles(words []string) bool {
	for _, w := range words {
		if !titles[w] {
			return false
		}
	}
	return len(words) > 0
}

// acronymOf returns name as initials, in upper case without dots or
// spaces ("UNSC", "U.N.S.C."), or "" when it is not written so.
func acronymOf(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r == '.' || r == ' ':
		case unicode.IsUpper(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			return ""
		}
	}
	if n := b.Len(); n < 2 || n > 6 {
		return ""
	}
	return b.String()
}

// smallWords are left out of a name's initials.
var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "et": true, "y": true, "del": true, "pour": true, "por": true}

// initials returns the first letters of words, but of small ones; "" for
// fewer than two.
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if !smallWords[w] {
			r := []rune(w)[0]
			b.WriteRune(r)
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}
