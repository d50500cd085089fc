// Package country knows the countries of ISO 3166-1: their common English
// names, alpha-2 and alpha-3 codes, the other names they go by, and their
// flag emoji, and, through golang.org/x/text's CLDR tables, their names in
// other languages (LookupIn). The tables are embedded in the binary;
// nothing is fetched.
//
// Names are matched with slug.Key, so case, accents, punctuation and spacing
// do not matter: "Haïti", "haiti" and "HT" all find Haiti. Package country
// does not guess: it finds only names in its table, and it treats every
// two- or three-letter code as a country code, so callers should look up
// only words they already know to name a country.
package country

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/briefsite/brief/internal/slug"
)

// Country is one entry of ISO 3166-1.
type Country struct {
	Name    string   // common short English name, such as "United States"
	Alpha2  string   // ISO 3166-1 alpha-2 code, such as "US"
	Alpha3  string   // ISO 3166-1 alpha-3 code, such as "USA"
	Aliases []string // other names, such as "United States of America"
	English string   // the common English name; Name too but in LookupIn's and AllIn's
}

//go:embed countries.tsv
var countriesTSV string

// table is the parsed form of countries.tsv.
type table struct {
	all   []Country      // sorted by Name
	byKey map[string]int // slug.Key of every name and code → index in all
}

// load parses the embedded table once, on first use.
var load = sync.OnceValue(func() *table {
	t, err := parse(countriesTSV)
	if err != nil {
		// The table is part of the program; the tests parse it.
		panic("country: countries.tsv: " + err.Error())
	}
	return t
})

// Lookup returns the country with the given name, alias, alpha-2 or
// alpha-3 code, compared with slug.Key. A leading "the" is ignored, so
// "the Gambia" and "The Netherlands" are found.
func Lookup(name string) (Country, bool) {
	t := load()
	k := slug.Key(name)
	i, ok := t.byKey[k]
	if !ok {
		if rest, cut := strings.CutPrefix(k, "the "); cut {
			i, ok = t.byKey[rest]
		}
	}
	if !ok {
		return Country{}, false
	}
	return clone(t.all[i]), true
}

// All returns every country, sorted by Name. The caller may modify the
// result.
func All() []Country {
	t := load()
	all := make([]Country, len(t.all))
	for i, c := range t.all {
		all[i] = clone(c)
	}
	return all
}

// Flag returns the flag emoji of the country with the given alpha-2 code,
// written as two regional indicator symbols, in either case. It returns ""
// if alpha2 is not two ASCII letters. It does not check that the code is
// assigned.
func Flag(alpha2 string) string {
	if len(alpha2) != 2 {
		return ""
	}
	var b strings.Builder
	for i := range 2 {
		c := alpha2[i] | 0x20 // ASCII lower case
		if c < 'a' || c > 'z' {
			return ""
		}
		b.WriteRune(0x1F1E6 + rune(c-'a'))
	}
	return b.String()
}

func clone(c Country) Country {
	c.Aliases = slices.Clone(c.Aliases)
	return c
}

// parse reads the table: one country a line, as tab-separated alpha-2,
// alpha-3, name and "|"-separated aliases. Blank lines and lines starting
// with "#" are skipped. It reports malformed lines and names whose keys
// are not unique.
func parse(data string) (*table, error) {
	t := &table{byKey: make(map[string]int)}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("line %d: %d fields, want 4", n+1, len(f))
		}
		c := Country{Alpha2: f[0], Alpha3: f[1], Name: f[2], English: f[2]}
		if !isUpperASCII(c.Alpha2, 2) || !isUpperASCII(c.Alpha3, 3) || c.Name == "" {
			return nil, fmt.Errorf("line %d: bad codes or empty name", n+1)
		}
		if f[3] != "" {
			c.Aliases = strings.Split(f[3], "|")
		}
		t.all = append(t.all, c)
	}
	slices.SortFunc(t.all, func(a, b Country) int { return strings.Compare(a.Name, b.Name) })
	for i, c := range t.all {
		names := append([]string{c.Alpha2, c.Alpha3, c.Name}, c.Aliases...)
		for _, name := range names {
			k := slug.Key(name)
			if k == "" {
				return nil, fmt.Errorf("%s: name %q has an empty key", c.Alpha2, name)
			}
			if j, dup := t.byKey[k]; dup {
				return nil, fmt.Errorf("%s: name %q has the key %q of %s", c.Alpha2, name, k, t.all[j].Alpha2)
			}
			t.byKey[k] = i
		}
	}
	return t, nil
}

// isUpperASCII reports whether s is n ASCII upper-case letters.
func isUpperASCII(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := range n {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
