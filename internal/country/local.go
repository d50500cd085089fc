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

// localNames returns the names local.tsv gives in lang, a language
// ("fr") or a language and a script other than its usual one ("sr-Latn"),
// by alpha-2 code: the name pages show first.
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

// locals holds the localTable of each language asked for, by its tag as
// asked ("fr-HT", "zh-TW"); tables holds them by the language and script
// their names are in ("fr", "zh-Hant").
var locals, tables sync.Map

// local returns the names of the countries in language, or nil for
// English and for a language without names of its own.
func local(lang string) *localTable {
	if lt, ok := locals.Load(lang); ok {
		return lt.(*localTable)
	}
	lt := newLocal(lang)
	locals.Store(lang, lt)
	return lt
}

// newLocal returns local's table for lang: the names in its language and
// in the script it is written in, Traditional Chinese for zh-TW, zh-HK
// and zh-Hant, Latin for sr-Latn or sr-ME, and so on.
func newLocal(lang string) *localTable {
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	if base == "" || base == "en" {
		return nil
	}
	tag, err := language.Parse(lang)
	if err != nil {
		if tag, err = language.Parse(base); err != nil {
			return nil
		}
	}
	b, _ := tag.Base()
	script, _ := tag.Script() // the likeliest, when the tag does not say
	key, namer := b.String(), display.Regions(language.Make(b.String()))
	if usual, _ := language.Make(key).Script(); script != usual {
		// CLDR has only a handful of names in some scripts, as Uzbek's
		// in Arabic script; there the language's usual ones serve.
		if names := display.Regions(language.Make(key + "-" + script.String())); names != nil && namesMost(names) {
			key, namer = key+"-"+script.String(), names
		}
	}
	if namer == nil {
		return nil
	}
	if lt, ok := tables.Load(key); ok {
		return lt.(*localTable)
	}
	t := load()
	own := localNames(key)
	// The kinds of name, the surest first. CLDR's name may end in a
	// qualifier in brackets: "Myanmar (Birmanie)", where it is another
	// name of the country, but also Russian's "Виргинские о-ва (США)",
	// the Virgin Islands of the United States, and "Гонконг (САР)", a
	// special administrative region.
	const (
		ownName       = iota // local.tsv's, always a name
		wholeName            // CLDR's
		shortName            // CLDR's before the brackets
		qualifierName        // CLDR's in the brackets
	)
	cldr := make([][qualifierName + 1]string, len(t.all)) // by kind, ownName's ""
	type claim struct{ i, kind int }
	claims := map[string][]claim{} // slug.Key of a name → the countries it is a name of, and its kind
	for i, c := range t.all {
		if region, err := language.ParseRegion(c.Alpha2); err == nil {
			cldr[i][wholeName] = namer.Name(region)
			if short, inner, ok := strings.Cut(cldr[i][wholeName], " ("); ok && strings.HasSuffix(inner, ")") {
				cldr[i][shortName], cldr[i][qualifierName] = short, strings.TrimSuffix(inner, ")")
			}
		}
		for _, n := range own[c.Alpha2] {
			claims[slug.Key(n)] = append(claims[slug.Key(n)], claim{i, ownName})
		}
		for kind, n := range cldr[i] {
			if n != "" {
				claims[slug.Key(n)] = append(claims[slug.Key(n)], claim{i, kind})
			}
		}
	}
	lt := &localTable{names: make([]string, len(t.all)), aliases: make([][]string, len(t.all)), byKey: map[string]int{}}
	for i, c := range t.all {
		// ours reports whether the CLDR name of the kind is a name of
		// the country: it is not when another country has it as a name
		// of that kind or a surer one (Russian's US and British Virgin
		// Islands are both "Виргинские о-ва (…)", and "США" is the
		// qualifier of the US Virgin Islands and of the US Minor
		// Outlying Islands), nor, but for the whole, when it is another
		// country's English name or code.
		ours := func(kind int) bool {
			k := slug.Key(cldr[i][kind])
			if k == "" {
				return false
			}
			if j, english := t.byKey[k]; english && j != i && kind != wholeName {
				return false
			}
			for _, c := range claims[k] {
				if c.i != i && c.kind <= kind {
					return false
				}
			}
			return true
		}
		// Pages show the local.tsv name, or the one before the brackets,
		// or the whole.
		names := slices.Clip(own[c.Alpha2])
		whole := ours(wholeName)
		if ours(shortName) {
			names = append(names, cldr[i][shortName])
		} else if whole {
			names = append(names, cldr[i][wholeName])
		}
		if ours(qualifierName) {
			names = append(names, cldr[i][qualifierName])
		}
		if whole {
			names = append(names, cldr[i][wholeName])
		}
		for _, n := range names {
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
	actual, _ := tables.LoadOrStore(key, lt)
	return actual.(*localTable)
}

// namesMost reports whether namer names at least half the countries.
func namesMost(namer display.Namer) bool {
	t := load()
	n := 0
	for _, c := range t.all {
		if region, err := language.ParseRegion(c.Alpha2); err == nil && namer.Name(region) != "" {
			n++
		}
	}
	return n >= len(t.all)/2
}

// ProfileOf returns the country a profile of the given name and aliases
// is of: the first of them LookupIn finds, the name before the aliases.
func ProfileOf(name string, aliases []string, lang string) (Country, bool) {
	if c, ok := LookupIn(name, lang); ok {
		return c, true
	}
	for _, a := range aliases {
		if c, ok := LookupIn(a, lang); ok {
			return c, true
		}
	}
	return Country{}, false
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
