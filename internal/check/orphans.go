package check

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"

	"github.com/yuin/goldmark"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/markdown"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// orphans warns of each profile that nothing of the site leads to: no
// brief names it or links to it, no event names it, no other profile
// links to it and, for a country, no actor belongs to it; not of one
// `brief new` has just written, which is warned of for its placeholder
// text, nor of one whose name the text of a brief or profile that could
// not be read holds, read from src (see unread), as the file's error is
// the one to fix. Most often the briefs name it by a spelling it
// does not give, as after its name was changed and its file renamed:
// such a spelling, a name of the same kind without a profile whose words
// are all among the profile's or the other way round, is told with it.
func orphans(s *site.Site, src fs.FS, md goldmark.Markdown) []diag.Diagnostic {
	var out []diag.Diagnostic
	linked := linkedFromProfiles(s, md)
	texts := unread(s, src)
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		list := s.EntitiesOf(k)
		for _, e := range list {
			if e.File == "" || len(e.Briefs) > 0 || len(e.MentionedIn) > 0 || len(e.Events) > 0 || len(e.Members) > 0 || linked[e] || bytes.Contains(e.Body, []byte(load.ProfilePlaceholder)) {
				continue
			}
			if namedIn(e, texts) {
				continue // by a file the build could not read, which its error tells of
			}
			if tg, ok := s.Names[site.KindKey(k, slug.Key(e.Name))]; ok && tg.Entity != nil && tg.Entity != e {
				continue // its name leads to another profile, an error already: the briefs naming it reach that one
			}
			msg := fmt.Sprintf("no brief names the %s %q or links to it", k.Singular(), e.Name)
			if other := spelledApart(e, list); other != nil {
				msg += fmt.Sprintf("; briefs name %q, which has no profile: if it is this %s, add it to this profile's aliases", other.Name, k.Singular())
			}
			out = append(out, diag.Diagnostic{Pos: e.Pos, Severity: diag.Warning, Msg: msg})
		}
	}
	return out
}

// unread returns the text of each brief and profile of s left out for
// its errors (see site.Failed), read from src, as a match key (slug.Key)
// with a blank at each end; "" for one that src cannot give, which may
// name anything.
func unread(s *site.Site, src fs.FS) []string {
	var texts []string
	for _, file := range slices.Compact(slices.Sorted(maps.Values(s.Failed))) {
		dir, _, _ := strings.Cut(strings.TrimPrefix(file, "content/"), "/")
		if _, kind := site.KindOf(dir); dir != "briefs" && !kind {
			continue // a page: what it names is not counted
		}
		text := ""
		if src != nil {
			if data, err := fs.ReadFile(src, file); err == nil {
				text = " " + slug.Key(string(data)) + " "
			}
		}
		texts = append(texts, text)
	}
	return texts
}

// namedIn reports whether one of texts, as unread gives them, holds the
// key of e's name, of one of its aliases or of its slug, word for word;
// "" holds every name.
func namedIn(e *site.Entity, texts []string) bool {
	for _, t := range texts {
		if t == "" {
			return true
		}
		for _, n := range append([]string{e.Name, e.Slug}, e.Aliases...) {
			if k := slug.Key(n); k != "" && strings.Contains(t, " "+k+" ") {
				return true
			}
		}
	}
	return false
}

// linkedFromProfiles returns the entities the bodies of other profiles
// link to, by wikilink or by a Markdown link to their files or pages, as
// md, check's parser of links, finds them.
func linkedFromProfiles(s *site.Site, md goldmark.Markdown) map[*site.Entity]bool {
	linked := map[*site.Entity]bool{}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			if !bytes.Contains(e.Body, []byte("[[")) && !bytes.Contains(e.Body, []byte("](")) {
				continue
			}
			for _, l := range markdownLinks(md, e.Body) {
				var tg site.Target
				var ok bool
				if l.wiki {
					target, _, _ := strings.Cut(l.dest, "#")
					tg, ok = wikiTarget(s, target)
				} else {
					tg, _, ok = markdown.MarkdownLink(s, nil, markdown.ResolvedDest(l.dest))
				}
				if ok && tg.Entity != nil && tg.Entity != e {
					linked[tg.Entity] = true
				}
			}
		}
	}
	return linked
}

// spelledApart returns the first entity of list without a profile whose
// name's words are all among e's names' words, or theirs among its, two
// words at least; or nil.
func spelledApart(e *site.Entity, list []*site.Entity) *site.Entity {
	var names [][]string
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		names = append(names, strings.Fields(slug.Key(n)))
	}
	for _, o := range list {
		if o.File != "" {
			continue
		}
		words := strings.Fields(slug.Key(o.Name))
		for _, n := range names {
			if min(len(words), len(n)) >= 2 && (subset(words, n) || subset(n, words)) {
				return o
			}
		}
	}
	return nil
}

// subset reports whether every word of a is one of b.
func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}
