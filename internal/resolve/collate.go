package resolve

import (
	"bytes"
	"cmp"
	"strings"

	"github.com/briefsite/brief/internal/site"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// sortKey is what an entity is sorted by: the match key of its name
// (slug.Key) and the collation key, in the site's language, of the name
// as written (of the match key in English), by
// which a Ukrainian site lists Єгипет after Бразилія and before Росія,
// not after Японія, as the letters' code points have it, and a Chinese
// one names by their pinyin.
type sortKey struct {
	coll []byte
	key  string
}

// compare orders sort keys by their collation keys, then, for keys the
// language does not tell apart, their match keys.
func (k sortKey) compare(o sortKey) int {
	return cmp.Or(bytes.Compare(k.coll, o.coll), strings.Compare(k.key, o.key))
}

// sortKey returns e's sort key, made once for each entity (entities'
// names do not change once resolve has made them), and once for each
// match key in a memo's life.
func (r *resolver) sortKey(e *site.Entity) sortKey {
	if k, ok := r.sortKeys[e]; ok {
		return k
	}
	if r.sortKeys == nil {
		r.sortKeys = map[*site.Entity]sortKey{}
	}
	if r.colls == nil {
		r.colls = map[string][]byte{}
	}
	if r.collator == nil {
		tag := r.collTag()
		r.collator, r.collBuf = collate.New(tag), &collate.Buffer{}
	}
	k := sortKey{key: r.key(e.Name)}
	// English orders the match keys, as it always has; another language
	// the names as written, whose accents may make letters of their own
	// (Swedish Å, Ä and Ö after Z, Spanish Ñ after N, Polish Ł after L).
	text := k.key
	if r.collateNames() {
		text = e.Name
	}
	coll, ok := r.colls[text]
	if !ok {
		// The buffer keeps every key it made, each apart: they are
		// not copied.
		coll = r.collator.KeyFromString(r.collBuf, text)
		coll = coll[:len(coll):len(coll)]
		r.colls[text] = coll
	}
	k.coll = coll
	r.sortKeys[e] = k
	return k
}

// byName orders entities by name, in the order of the site's language,
// then slug.
func (r *resolver) byName(a, b *site.Entity) int {
	return cmp.Or(r.sortKey(a).compare(r.sortKey(b)), strings.Compare(a.Slug, b.Slug))
}

// collTag returns the language the site's lists are collated in: that of
// its language code, or, for a code that names none, the root order of
// the Unicode collation algorithm.
func (r *resolver) collTag() language.Tag {
	tag, err := language.Parse(r.site.Config.Language)
	if err != nil {
		return language.Und
	}
	return tag
}

// collateNames reports whether the site's language is not English, whose
// lists order the names' match keys: then names and titles are collated
// as written.
func (r *resolver) collateNames() bool {
	if r.collatingKnown {
		return r.collating
	}
	base, _ := r.collTag().Base()
	r.collating, r.collatingKnown = r.site.Config.Language != "" && base.String() != "en", true
	return r.collating
}

// titleKey returns what a source's title sorts the bibliography by: its
// match key and, when the site's language is not English, the collation
// key of the title as written, at the level of letters alone
// (collate.Loose): Spanish "Ñandú" after "Nuevo", as Ñ is a letter of its
// own, while the case and the accents that make no letter ("Informe",
// "informe"; "Perú", "Peru") leave sources of one title in the order of
// their dates, as the match keys do in English. English titles are
// ordered by their match keys alone, as they always were. The collation
// keys are made once for each title in a memo's life (Memo.titleColls).
func (r *resolver) titleKey(title string) sortKey {
	k := sortKey{key: r.key(title)}
	if !r.collateNames() {
		return k
	}
	if r.titleColls == nil {
		r.titleColls = map[string][]byte{}
	}
	coll, ok := r.titleColls[title]
	if !ok {
		if r.titleCollator == nil {
			r.titleCollator, r.titleBuf = collate.New(r.collTag(), collate.Loose), &collate.Buffer{}
		}
		coll = r.titleCollator.KeyFromString(r.titleBuf, title)
		coll = coll[:len(coll):len(coll)]
		r.titleColls[title] = coll
	}
	k.coll = coll
	return k
}
