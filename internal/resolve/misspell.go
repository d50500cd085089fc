package resolve

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/briefsite/brief/internal/country"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// warnMisspellings finds the entities without a profile whose names are
// a small edit away from another entity's, and keeps a warning for each
// in r.misspelt.
func (r *resolver) warnMisspellings() {
	r.misspelt = map[*site.Entity]diag.Diagnostic{}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		list := r.site.EntitiesOf(k)
		var idx *nearIndex // made for the first name without a profile
		for _, e := range list {
			if e.File != "" || e.Code != "" {
				continue // a profile's name is settled
			}
			if idx == nil {
				idx = r.nearIndex(list)
			}
			if d, ok := r.misspelling(e, idx); ok {
				r.misspelt[e] = d
			}
		}
	}
}

// misspelling returns the warning for e, one of idx's entities, when e
// has no profile and its name is a small edit away from that of another
// of them: the nearest, and of those the first by name. A country that
// brief does not know is compared with the countries it knows as well,
// those of list first; one near none is warned of as unknown, as the
// countries of the world are known and few.
func (r *resolver) misspelling(e *site.Entity, idx *nearIndex) (diag.Diagnostic, bool) {
	key := r.key(e.Name)
	n := nameLength(key)
	if e.File != "" || e.Code != "" || (n < 5 && e.Kind != site.Country) {
		return diag.Diagnostic{}, false
	}
	// near reports whether a name with the given key is near enough to
	// be what e meant, and nearer than the nearest so far (least).
	least := 0
	per := perEdit(key)
	near := func(k string) (int, bool) {
		d, ok := slug.Within(key, k, 2)
		return d, ok && d > 0 && d*per <= n && (least == 0 || d <= least)
	}
	if e.Kind == site.Country {
		if names := r.demonymOf(e.Name); len(names) > 0 {
			msg := fmt.Sprintf("country %q has no profile, and is not a country's name but may be the word for its people: write %s", e.Name, quotedOr(names))
			return diag.Diagnostic{Pos: e.Pos, Severity: diag.Warning, Msg: msg}, true
		}
	}
	// The nearest, those with a profile first (the rest may be
	// misspellings too), then by name.
	var nearest []*site.Entity
	idx.candidates(key, func(i int32) {
		o := idx.list[i]
		if o == e {
			return
		}
		if d, ok := near(idx.keys[i]); ok {
			if d < least || least == 0 {
				nearest, least = nearest[:0], d
			}
			nearest = append(nearest, o)
		}
	})
	slices.SortFunc(nearest, func(a, b *site.Entity) int {
		return cmp.Or(cmp.Compare(unwritten(a), unwritten(b)), r.byName(a, b))
	})
	name := ""
	if len(nearest) > 0 {
		name = nearest[0].Name
	}
	if e.Kind == site.Country {
		for _, c := range country.AllIn(r.site.Config.Language) { // sorted by name
			for _, n := range append([]string{c.Name}, c.Aliases...) {
				if d, ok := near(r.key(n)); ok && (name == "" || d < least) {
					name, least = c.Name, d
				}
			}
		}
	}
	if name == "" {
		if e.Kind == site.Country {
			msg := fmt.Sprintf("country %q is not one brief knows, and has no profile: check the spelling, or give it one in content/countries/%s.md", e.Name, e.Slug)
			return diag.Diagnostic{Pos: e.Pos, Severity: diag.Warning, Msg: msg}, true
		}
		return diag.Diagnostic{}, false
	}
	if len(nearest) > 0 && name == nearest[0].Name && unwritten(nearest[0]) == 1 {
		// Neither has a profile to say which is right: each is warned of.
		msg := fmt.Sprintf("%s %q has no profile, nor has %q, a letter or two away; if they are one %s, spell it one way (or give it a profile)", e.Kind.Singular(), e.Name, name, e.Kind.Singular())
		return diag.Diagnostic{Pos: e.Pos, Severity: diag.Warning, Msg: msg}, true
	}
	also := ""
	for _, o := range nearest[min(1, len(nearest)):] {
		if unwritten(o) == 0 && len(also) < 200 {
			also += fmt.Sprintf(" or %q", o.Name)
		}
	}
	msg := fmt.Sprintf("%s %q has no profile and looks like a misspelling of %q%s", e.Kind.Singular(), e.Name, name, also)
	if e.Kind != site.Country {
		msg += fmt.Sprintf("; if it is another %s, give it a profile", e.Kind.Singular()) // names a letter apart are common
	}
	return diag.Diagnostic{Pos: e.Pos, Severity: diag.Warning, Msg: msg}, true
}

// perEdit returns how many characters a name with the given key needs
// for each edit that makes it a misspelling of another: 4, or 6 when it
// has Chinese or Japanese characters, one of which may be a word, so
// that 中俄关系 is not taken for a misspelling of 中欧关系, nor 李强 of
// 李克强.
func perEdit(key string) int {
	for _, c := range key {
		if slug.IsIdeographic(c) {
			return 6
		}
	}
	return 4
}

// nameLength returns the length of a name's key in letters: its
// characters, but a Korean syllable for the two or three letters (jamo)
// it is written with, one of which a typo changes (윤석열, 윤석렬).
func nameLength(key string) int {
	n := 0
	for _, c := range key {
		if c >= 0xAC00 && c <= 0xD7A3 { // Hangul syllables
			n += 3
		} else {
			n++
		}
	}
	return n
}

// unwritten is 1 for an entity only briefs name, without a profile or a
// country's code, and 0 for one whose name is settled.
func unwritten(e *site.Entity) int {
	if e.File == "" && e.Code == "" {
		return 1
	}
	return 0
}

// irregularDemonyms are words for peoples that are not their countries'
// names with an ending, by key, with the English names of the countries
// they may mean.
var irregularDemonyms = map[string][]string{
	"american": {"United States"}, "british": {"United Kingdom"}, "french": {"France"}, "dutch": {"Netherlands"},
	"swiss": {"Switzerland"}, "turkish": {"Türkiye"}, "spanish": {"Spain"}, "portuguese": {"Portugal"},
	"german": {"Germany"}, "greek": {"Greece"}, "irish": {"Ireland"}, "polish": {"Poland"}, "swedish": {"Sweden"},
	"danish": {"Denmark"}, "finnish": {"Finland"}, "lebanese": {"Lebanon"}, "thai": {"Thailand"},
	"filipino": {"Philippines"}, "peruvian": {"Peru"}, "afghan": {"Afghanistan"}, "emirati": {"United Arab Emirates"},
	"saudi": {"Saudi Arabia"}, "ivorian": {"Côte d'Ivoire"}, "burkinabe": {"Burkina Faso"}, "somali": {"Somalia"},
	"nigerien": {"Niger"}, "dominican": {"Dominican Republic", "Dominica"},
	"congolese": {"Democratic Republic of the Congo", "Republic of the Congo"}, "korean": {"South Korea", "North Korea"},
}

// demonymOf returns the countries brief knows that the word for a people
// may mean, by their names in the site's language: "Kenyan" Kenya,
// "Haitian" Haiti, "Canadian" Canada, "Sudanese" Sudan (the word less an
// ending, or less it and a last letter), and the words of
// irregularDemonyms.
func (r *resolver) demonymOf(word string) []string {
	key := r.key(word)
	lang := r.site.Config.Language
	if names, ok := irregularDemonyms[key]; ok {
		var out []string
		for _, n := range names {
			if c, ok := country.Lookup(n); ok {
				if local, ok := country.LookupIn(c.Alpha2, lang); ok {
					c = local
				}
				out = append(out, c.Name)
			}
		}
		return out
	}
	for _, end := range []string{"n", "an", "ian", "ese", "i", "ish"} {
		stem, ok := strings.CutSuffix(key, end)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, c := range country.AllIn(lang) {
			ck := r.key(c.Name)
			if ck == stem || len(ck) == len(stem)+1 && strings.HasPrefix(ck, stem) {
				return []string{c.Name}
			}
		}
	}
	return nil
}

// quotedOr returns names quoted, joined by "or".
func quotedOr(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, " or ")
}
