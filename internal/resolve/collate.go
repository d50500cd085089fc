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
		tag, err := language.Parse(r.site.Config.Language)
		if err != nil {
			tag = language.Und // the order of the Unicode collation algorithm
		}
		r.collator, r.collBuf = collate.New(tag), &collate.Buffer{}
		base, _ := tag.Base()
		r.collateNames = r.site.Config.Language != "" && base.String() != "en"
	}
	k := sortKey{key: r.key(e.Name)}
	// English orders the match keys, as it always has; another language
	// the names as written, whose accents may make letters of their own
	// (Swedish Å, Ä and Ö after Z, Spanish Ñ after N, Polish Ł after L).
	text := k.key
	if r.collateNames {
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
