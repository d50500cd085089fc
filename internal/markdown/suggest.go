package markdown

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// names suggests, for a wikilink that names nothing, the name of the
// site it most likely meant: one a letter or two away. The names are
// grouped by the first character of their keys, as a slip of the pen
// seldom changes the first letter, so that a suggestion looks at a few
// of the site's names rather than all of them.
//
// A names holds the keys, titles and labels of the name table, not its
// briefs and entities: a Cache keeps it from one build to the next while
// every key leads where it did (see Cache.namesFor), and what a
// suggestion says of a brief or entity is read from the site at hand.
type names struct {
	byFirst map[rune][]nameKey

	wordsOnce sync.Once
	words     *wordIndex // suggests a brief by the words of its title or slug, made on first use
}

// nameKey is a key of the site's name table and what a link by it shows.
type nameKey struct {
	key, title string
}

// newNames returns the names of the name table of s, made on first use.
func newNames(s *site.Site) func() *names {
	return sync.OnceValue(func() *names { return makeNames(s) })
}

// makeNames returns the names of the name table of s.
func makeNames(s *site.Site) *names {
	n := &names{byFirst: map[rune][]nameKey{}}
	for key, tg := range s.Names {
		r, _ := utf8.DecodeRuneInString(key)
		title := tg.Title()
		if dir, _, ok := strings.Cut(key, "/"); ok { // a name under its kind, topics/sudan
			title = dir + "/" + title
		}
		n.byFirst[r] = append(n.byFirst[r], nameKey{key, title})
	}
	for _, list := range n.byFirst {
		slices.SortFunc(list, func(a, b nameKey) int { return strings.Compare(a.key, b.key) })
	}
	return n
}

// wordIndex returns the index of the words of the names of s's briefs,
// made on first use.
func (n *names) wordIndex(s *site.Site) *wordIndex {
	n.wordsOnce.Do(func() { n.words = newWordIndex(s) })
	return n.words
}

// written reports whether the name key of s's name table is a name
// someone settled on: a brief's, or that of an entity with a profile.
func written(s *site.Site, key string) bool {
	tg := s.Names[key]
	return tg.Brief != nil || tg.Entity != nil && (tg.Entity.File != "" || tg.Entity.Code != "")
}

// suggest returns the title or name that the key of a wikilink's target,
// which names nothing, is a letter or two from, or "": the nearest, and
// of those a brief's or a profile's before a name only briefs give, which
// may be a misspelling itself. s is the site whose name table n holds.
func (n *names) suggest(s *site.Site, key string) string {
	r, _ := utf8.DecodeRuneInString(key)
	var best *nameKey
	least, bestWritten := 0, false
	for i, c := range n.byFirst[r] {
		if diff := len(c.key) - len(key); diff > 2 || diff < -2 {
			continue
		}
		d, near := slug.Within(key, c.key, 2)
		if !near || d == 0 || d*4 > len(key) || best != nil && d > least {
			continue
		}
		if w := written(s, c.key); best == nil || d < least || w && !bestWritten {
			best, least, bestWritten = &n.byFirst[r][i], d, w
		}
	}
	if best == nil {
		return ""
	}
	return best.title
}
