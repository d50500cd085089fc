package country

import (
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/briefsite/brief/internal/slug"
)

// localTable is the countries' names in one language other than English.
type localTable struct {
	names []string       // by index of table.all; "" where the language has none
	byKey map[string]int // slug.Key of every name → index in table.all
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
	lt := &localTable{names: make([]string, len(t.all)), byKey: map[string]int{}}
	for i, c := range t.all {
		region, err := language.ParseRegion(c.Alpha2)
		if err != nil {
			continue
		}
		name := namer.Name(region)
		if name == "" || slug.Key(name) == "" {
			continue
		}
		lt.names[i] = name
		if _, taken := lt.byKey[slug.Key(name)]; !taken {
			lt.byKey[slug.Key(name)] = i
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
	i := -1
	if ok {
		i = t.byKey[slug.Key(c.Alpha2)]
	} else {
		k := slug.Key(name)
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
