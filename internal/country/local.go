package country

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/briefsite/brief/internal/slug"
)

// localTable is the countries' names in one language other than English.
type localTable struct {
	names   []string       // by index of table.all; "" where the language has none
	aliases [][]string     // other names in the language, by index of table.all
	byKey   map[string]int // slug.Key of every name → index in table.all
}

//go:embed local.tsv
var localTSV string

// localNames returns the names local.tsv gives in lang, by alpha-2 code:
// the name pages show first.
func localNames(lang string) map[string][]string {
	out := map[string][]string{}
	for _, line := range strings.Split(localTSV, "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) != 3 || strings.HasPrefix(line, "#") || f[0] != lang {
			continue
		}
		out[f[1]] = strings.Split(f[2], "|")
	}
	return out
}

// locals holds a localTable for each language asked for, by its base
// ("fr" for "fr-HT").
var locals sync.Map

// local returns the names of the countries in language, or nil for
// English and for a language without names of its own.
func local(lang string) *localTable {
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	if base == "" || base == "en" {
		return nil
	}
	if lt, ok := locals.Load(base); ok {
		return lt.(*localTable)
	}
	tag, err := language.Parse(base)
	if err != nil {
		return nil
	}
	namer := display.Regions(tag)
	if namer == nil {
		return nil
	}
	t := load()
	own := localNames(base)
	// CLDR's name, which may end in a qualifier in brackets: "Myanmar
	// (Birmanie)", where it is another name of the country, but also
	// Russian's "Виргинские о-ва (США)", the Virgin Islands of the United
	// States, and "Гонконг (САР)", a special administrative region.
	type cldrName struct{ whole, short, qualifier string }
	cldr := make([]cldrName, len(t.all))
	claims := map[string][]int{} // slug.Key of a name or a qualifier → the indexes of the countries it is one of
	claim := func(n string, i int) {
		if k := slug.Key(n); k != "" && !slices.Contains(claims[k], i) {
			claims[k] = append(claims[k], i)
		}
	}
	for i, c := range t.all {
		if region, err := language.ParseRegion(c.Alpha2); err == nil {
			n := cldrName{whole: namer.Name(region)}
			if short, inner, ok := strings.Cut(n.whole, " ("); ok && strings.HasSuffix(inner, ")") {
				n.short, n.qualifier = short, strings.TrimSuffix(inner, ")")
			}
			cldr[i] = n
		}
		for _, n := range append(slices.Clip(own[c.Alpha2]), cldr[i].whole, cldr[i].short, cldr[i].qualifier) {
			claim(n, i)
		}
	}
	lt := &localTable{names: make([]string, len(t.all)), aliases: make([][]string, len(t.all)), byKey: map[string]int{}}
	for i, c := range t.all {
		// Pages show the local.tsv name, or the name before the brackets;
		// the whole is a name too, and the qualifier is one when it is no
		// other country's name or code and no other's qualifier.
		names := append(slices.Clip(own[c.Alpha2]), cldr[i].short)
		q := slug.Key(cldr[i].qualifier)
		if j, english := t.byKey[q]; slices.Equal(claims[q], []int{i}) && (!english || j == i) {
			names = append(names, cldr[i].qualifier)
		}
		for _, n := range append(names, cldr[i].whole) {
			k := slug.Key(n)
			if k == "" {
				continue
			}
			if lt.names[i] == "" {
				lt.names[i] = n
			} else if n != lt.names[i] && !slices.Contains(lt.aliases[i], n) {
				lt.aliases[i] = append(lt.aliases[i], n)
			}
			if _, taken := lt.byKey[k]; !taken {
				lt.byKey[k] = i
			}
		}
	}
	actual, _ := locals.LoadOrStore(base, lt)
	return actual.(*localTable)
}

// LookupIn returns the country name names, as Lookup finds it, or by its
// name in the site's language (a tag such as "fr"): "États-Unis" and
// "Haïti" in French, "Estados Unidos" in Spanish. The country it returns
// has its name in that language, when the language has one, with the
// English name among its aliases, so that pages name it as the site's
// readers do and both names find it.
func LookupIn(name, lang string) (Country, bool) {
	c, ok := Lookup(name)
	lt := local(lang)
	if lt == nil {
		return c, ok
	}
	t := load()
	k := slug.Key(name)
	if j, local := lt.byKey[k]; ok && local && t.all[j].Alpha2 != c.Alpha2 && (k == slug.Key(c.Alpha2) || k == slug.Key(c.Alpha3)) {
		// A name in the language that is another country's code, as
		// Vietnamese "Nga" (Russia) is Nigeria's NGA: the name wins.
		return lt.localise(t.all[j], j), true
	}
	i := -1
	if ok {
		i = t.byKey[slug.Key(c.Alpha2)]
	} else {
		j, found := lt.byKey[k]
		if !found {
			if rest, cut := strings.CutPrefix(k, "the "); cut {
				j, found = lt.byKey[rest]
			}
		}
		if !found {
			return Country{}, false
		}
		i = j
	}
	return lt.localise(t.all[i], i), true
}

// localise returns c, the country at index i, with its name in lt's
// language and its English name an alias.
func (lt *localTable) localise(c Country, i int) Country {
	c = clone(c)
	if n := lt.names[i]; n != "" && n != c.Name {
		c.Aliases = append([]string{c.Name}, c.Aliases...)
		c.Name = n
	}
	c.Aliases = append(c.Aliases, lt.aliases[i]...)
	return c
}

// AllIn returns every country as LookupIn names it in lang, sorted by
// name. The caller may modify the result.
func AllIn(lang string) []Country {
	lt := local(lang)
	if lt == nil {
		return All()
	}
	t := load()
	out := make([]Country, len(t.all))
	for i, c := range t.all {
		out[i] = lt.localise(c, i)
	}
	slices.SortFunc(out, func(a, b Country) int {
		return strings.Compare(slug.Key(a.Name), slug.Key(b.Name))
	})
	return out
}
