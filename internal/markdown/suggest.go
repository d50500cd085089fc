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
type names struct {
	byFirst map[rune][]nameKey
	words   func() *wordIndex // suggests a brief by the words of its title or slug, made on first use
}

// nameKey is a key of the site's name table and what a link by it shows.
type nameKey struct {
	key, title string
	written    bool // a brief, or an entity with a profile: a name someone settled on
}

// newNames returns a names for the name table of s, made on first use.
func newNames(s *site.Site) func() *names {
	return sync.OnceValue(func() *names {
		n := &names{byFirst: map[rune][]nameKey{}, words: sync.OnceValue(func() *wordIndex { return newWordIndex(s) })}
		for key, tg := range s.Names {
			r, _ := utf8.DecodeRuneInString(key)
			title := tg.Title()
			if dir, _, ok := strings.Cut(key, "/"); ok { // a name under its kind, topics/sudan
				title = dir + "/" + title
			}
			written := tg.Brief != nil || tg.Entity != nil && (tg.Entity.File != "" || tg.Entity.Code != "")
			n.byFirst[r] = append(n.byFirst[r], nameKey{key, title, written})
		}
		for _, list := range n.byFirst {
			slices.SortFunc(list, func(a, b nameKey) int { return strings.Compare(a.key, b.key) })
		}
		return n
	})
}

// suggest returns the title or name that the key of a wikilink's target,
// which names nothing, is a letter or two from, or "": the nearest, and
// of those a brief's or a profile's before a name only briefs give, which
// may be a misspelling itself.
func (n *names) suggest(key string) string {
	r, _ := utf8.DecodeRuneInString(key)
	var best *nameKey
	least := 0
	for i, c := range n.byFirst[r] {
		if diff := len(c.key) - len(key); diff > 2 || diff < -2 {
			continue
		}
		d, near := slug.Within(key, c.key, 2)
		if near && d > 0 && d*4 <= len(key) && (best == nil || d < least || d == least && c.written && !best.written) {
			best, least = &n.byFirst[r][i], d
		}
	}
	if best == nil {
		return ""
	}
	return best.title
}
