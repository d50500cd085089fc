package markdown

import (
	"bytes"
	"net/url"
	"path"
	"slices"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// markdownLink returns where a link to another Markdown file of the
// site, at offset at, leads (see MarkdownLink), and counts it as a
// wikilink. A link to a draft the build leaves out, by its file or by its
// page's address (see AddressDraft), leads nowhere: it is warned of, and
// leftOut is true; so does a link to a file left out for
// its errors, without a warning, as the file's error says what is wrong.
func (t transformer) markdownLink(doc *Doc, dest string, at int) (href string, ok, leftOut bool) {
	tg, frag, key, found, linked := markdownLink(doc.Site, doc.Self, dest, doc.key)
	if key != "" && doc.record {
		// Noted for a link that leads to a page too: a page is found by
		// its file's name when no brief or profile has the name, so a
		// brief taking it later changes where the link leads.
		doc.lookups = append(doc.lookups, lookupOf(key, tg, found))
	}
	if href, ok := t.pageHref(doc, dest, at); ok {
		return href, true, false
	}
	if !linked {
		file, isDraft := draftOf(doc.Site, key, found)
		isDraft = isDraft && draftAtAddress(file, dest)
		if !isDraft {
			file, isDraft = draftPageAt(doc.Site, dest)
		}
		if !isDraft && key == "" {
			file, isDraft = doc.addressDraft(dest)
		}
		if isDraft {
			doc.Diags.Warnf(doc.pos(at), "link %q names a draft, %s, which this build leaves out (-drafts shows it)", dest, file)
			return "", false, true
		}
		_, failed := failedOf(doc.Site, key, found)
		if !failed {
			_, failed = failedPageAt(doc.Site, dest)
		}
		return "", false, failed
	}
	if tg.Brief != nil && tg.Brief != doc.Self && !slices.Contains(doc.linksTo, tg.Brief) {
		doc.linksTo = append(doc.linksTo, tg.Brief)
	}
	if tg.Entity != nil && !slices.Contains(doc.linksToEntities, tg.Entity) {
		doc.linksToEntities = append(doc.linksToEntities, tg.Entity)
	}
	href = doc.href(tg.Path(), t.opts.PrettyURLs) + mdQuery(dest)
	if frag != "" {
		href += "#" + frag
		id := frag
		if u, err := url.PathUnescape(frag); err == nil {
			id = u
		}
		doc.fragments = append(doc.fragments, fragmentLink{page: pageOf(tg), id: id, link: dest, markdown: true, title: tg.Title(), pos: doc.pos(at)})
	}
	return href, true, false
}

// MarkdownLink returns the page of s that a link dest in the body of self
// (nil for a profile) leads to when it names another Markdown file of the
// site, as editors write them and Hugo, Zola and Obsidian read them:
// [the talks](talks.md), [Ruto](../actors/william-ruto.md),
// [background](@/briefs/talks.md#background). The file's name is taken
// as a wikilink's target is, [[talks]]; a folder of briefs names its
// brief, briefs/talks/index.md; the folder the file is in, when it is a
// kind's, names the entity of that kind (../topics/sudan.md is the topic
// where a country has the name too), and briefs/ a brief. A file beside
// a folder brief's index.md is its own, copied beside its page. A link
// from the site's root to a page, /briefs/talks/, leads to it too. A
// ?query after the file's name, talks.md?v=2#background, is not the
// file's: the link to the page keeps it.
func MarkdownLink(s *site.Site, self *site.Brief, dest string) (tg site.Target, frag string, ok bool) {
	tg, frag, _, _, ok = markdownLink(s, self, dest, slug.Key)
	return tg, frag, ok
}

// LinkedDraft returns the file of the draft, left out of s, that a link
// dest in the body of self names where MarkdownLink finds no page.
func LinkedDraft(s *site.Site, self *site.Brief, dest string) (string, bool) {
	_, _, key, found, _ := markdownLink(s, self, dest, slug.Key)
	if file, ok := draftOf(s, key, found); ok && draftAtAddress(file, dest) {
		return file, true
	}
	return draftPageAt(s, dest)
}

// draftAtAddress reports whether dest, when it is a link from the site's
// root to a page's address (/briefs/b/), is the address the draft in
// file would have: addresses differ in case, /briefs/B/ is not b's,
// where names do not. A link to a file (b.md, /briefs/b.md) is the
// draft's by its name.
func draftAtAddress(file, dest string) bool {
	p, _, _ := strings.Cut(dest, "#")
	p, _, _ = strings.Cut(p, "?")
	if !strings.HasPrefix(p, "/") || strings.HasSuffix(strings.ToLower(p), ".md") {
		return true
	}
	dir, name, ok := pageAddress("index.html", strings.TrimLeft(dest, "/")) // as from the root's page
	return ok && draftAt(file, dir, name)
}

// LinkedFailed returns the file, left out of s for its errors (see
// site.Failed), that a link dest in the body of self names where
// MarkdownLink finds no page: the file's error says what is wrong.
func LinkedFailed(s *site.Site, self *site.Brief, dest string) (string, bool) {
	_, _, key, found, _ := markdownLink(s, self, dest, slug.Key)
	if file, ok := failedOf(s, key, found); ok {
		return file, true
	}
	return failedPageAt(s, dest)
}

// failedOf returns the file, left out of s for its errors, that key
// names, when the name table has no other thing of that name (found is
// false).
func failedOf(s *site.Site, key string, found bool) (string, bool) {
	if found || key == "" || s == nil {
		return "", false
	}
	file, ok := s.Failed[key]
	return file, ok
}

// draftOf returns the file of the draft of s that key names, when the
// name table has no other thing of that name (found is false).
func draftOf(s *site.Site, key string, found bool) (string, bool) {
	if found || key == "" {
		return "", false
	}
	file, ok := s.DraftNames[key]
	return file, ok
}

// markdownLink is MarkdownLink with the key the name was looked up by
// ("" when it was not) and whether the name table had it.
func markdownLink(s *site.Site, self *site.Brief, dest string, keyOf func(string) string) (tg site.Target, frag, key string, found, ok bool) {
	p, frag, _ := strings.Cut(dest, "#")
	if strings.HasPrefix(p, "/") && !strings.HasPrefix(p, "//") {
		return rootPage(s, p, frag, keyOf)
	}
	p, _ = cutMDQuery(p)
	if len(p) < 3 || !strings.EqualFold(p[len(p)-3:], ".md") { // most links, at once
		return tg, "", "", false, false
	}
	if u, err := url.PathUnescape(p); err == nil {
		p = u // Obsidian's: Security%20Council%20Vote.md
	}
	p = strings.TrimPrefix(p, "@/") // Zola's links from content/
	if _, scheme := Scheme(p); scheme || strings.HasPrefix(p, "/") {
		return tg, "", "", false, false
	}
	p = path.Clean(p)
	if self != nil && self.Bundle && !strings.Contains(p, "/") {
		for _, a := range self.Assets {
			if path.Base(a.Src) == p {
				return tg, "", "", false, false
			}
		}
	}
	name := strings.TrimSuffix(path.Base(p), path.Ext(p))
	dir := path.Base(path.Dir(p))
	if name == "index" || name == "_index" {
		name, dir = dir, path.Base(path.Dir(path.Dir(p)))
	}
	key = keyOf(name)
	if k, ok := site.KindOf(dir); ok {
		key = site.KindKey(k, key) // the entity of the folder's kind, whatever else has the name
	} else if dir == "briefs" || self != nil && !strings.Contains(p, "/") {
		// A brief's file, by its slug, whatever else has the name: one
		// in briefs/, or beside the brief linking to it.
		if _, ok := s.Names[site.BriefKey(key)]; ok {
			key = site.BriefKey(key)
		}
	}
	tg, found = s.Names[key]
	if !found {
		return tg, "", key, false, false
	}
	if dir == "briefs" && tg.Brief == nil {
		return tg, "", key, true, false // a name an entity has
	}
	return tg, fragmentID(frag), key, true, true
}

// cutMDQuery returns p, a link's address before its #fragment, without
// its ?query when it names a Markdown file, talks.md?v=2, and the query
// with its "?", which the link to the file's page keeps; or p as it is
// and "".
func cutMDQuery(p string) (file, query string) {
	file, query, ok := strings.Cut(p, "?")
	if !ok || len(file) < 3 || !strings.EqualFold(file[len(file)-3:], ".md") {
		return p, ""
	}
	return file, "?" + query
}

// mdQuery returns the ?query of dest, a link to a Markdown file, with its
// "?" (see cutMDQuery), or "".
func mdQuery(dest string) string {
	p, _, _ := strings.Cut(dest, "#")
	_, query := cutMDQuery(p)
	return query
}

// fragmentID returns the #fragment of a link to a Markdown file as the
// id of the heading it names: written as the heading's text, with a
// capital or a space (#Background, #Security%20Council, as Obsidian
// writes it), it is made an id as a wikilink's is, [[Note#Background]];
// written as an id (#background, #event-a--b), it is left as it is.
func fragmentID(frag string) string {
	id, err := url.PathUnescape(frag)
	if err != nil || !strings.ContainsFunc(id, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsSpace(r) }) {
		return frag
	}
	return slug.Anchor(id)
}

// dirIndex returns dest, a link within the site, with "index.html" after
// a path that ends in a slash, "/briefs/talks/" or "../": opened from
// disk, a folder is not its index page.
func dirIndex(dest []byte) []byte {
	s := string(dest)
	if _, ok := Scheme(s); ok || strings.HasPrefix(s, "//") {
		return dest
	}
	end := strings.IndexAny(s, "?#")
	if end < 0 {
		end = len(s)
	}
	if end == 0 || s[end-1] != '/' {
		return dest
	}
	return []byte(s[:end] + "index.html" + s[end:])
}

// cleanDots returns dest, a link rebased from the site's root (see
// Doc.rebase), without the "." segments of its path, as a browser reads
// them: a bundle's ./chart.png is ../../briefs/x/chart.png, not
// ../../briefs/x/./chart.png. A ".." stays, as the editor wrote it.
func cleanDots(dest []byte) []byte {
	end := bytes.IndexAny(dest, "?#")
	if end < 0 {
		end = len(dest)
	}
	p := dest[:end]
	if !bytes.HasPrefix(p, []byte(RelPrefix)) || !bytes.Contains(p, []byte("/./")) && !bytes.HasSuffix(p, []byte("/.")) {
		return dest
	}
	out := make([]byte, 0, len(dest))
	for seg := range bytes.SplitSeq(p, []byte("/")) {
		if string(seg) != "." {
			out = append(append(out, seg...), '/')
		}
	}
	if !bytes.HasSuffix(p, []byte("/")) && !bytes.HasSuffix(p, []byte("/.")) {
		out = out[:len(out)-1] // a file, not a folder
	}
	return append(out, dest[end:]...)
}

// rootPage is markdownLink for a link from the site's root, p, to a page
// of a brief or a profile: /briefs/talks/, /topics/sudan or
// /briefs/talks/index.html, which leads to the page as a link to its
// Markdown file does, index.html and all, wherever the site is opened;
// and /briefs/old-talks/, a brief's old slug its aliases keep.
func rootPage(s *site.Site, p, frag string, keyOf func(string) string) (tg site.Target, _ string, key string, found, ok bool) {
	q := strings.TrimSuffix(strings.TrimSuffix(p[1:], "index.html"), "/")
	dir, name, cut := strings.Cut(q, "/")
	if !cut || name == "" || strings.ContainsAny(name, "/?") {
		return tg, "", "", false, false
	}
	if u, err := url.PathUnescape(name); err == nil {
		name = u
	}
	k, entity := site.KindOf(dir)
	switch {
	case dir == "briefs":
		key = keyOf(name)
		if _, ok := s.Names[site.BriefKey(key)]; ok {
			key = site.BriefKey(key)
		}
		tg, found = s.Names[key]
		ok = found && tg.Brief != nil && (tg.Brief.Slug == name || hasOldSlug(tg.Brief, name))
	case entity:
		key = site.KindKey(k, keyOf(name))
		tg, found = s.Names[key]
		ok = found && tg.Entity != nil && tg.Entity.Slug == name
	default:
		return tg, "", "", false, false
	}
	if !ok {
		return tg, "", key, found, false
	}
	return tg, frag, key, found, true
}

// hasOldSlug reports whether b has an alias at briefs/<name>/, its slug
// before its file was renamed: a link to that address leads straight to
// b's page rather than through the alias's, as a wikilink by the old
// slug does.
func hasOldSlug(b *site.Brief, name string) bool {
	for _, a := range b.Aliases {
		if old, ok := a.OldSlug(); ok && old == name {
			return true
		}
	}
	return false
}

// unwrap replaces n by its children (a link by its text); an image, whose
// children are its alt text, likewise.
func unwrap(n ast.Node, src []byte) {
	parent := n.Parent()
	if parent == nil {
		return
	}
	if a, ok := n.(*ast.AutoLink); ok {
		parent.ReplaceChild(parent, n, ast.NewString(bytes.Clone(a.Label(src))))
		return
	}
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		parent.InsertBefore(parent, n, c)
		c = next
	}
	parent.RemoveChild(parent, n)
}

// SafeLink reports whether a link destination may reach a page: relative
// URLs, fragments and the http, https, mailto and tel schemes. The
// destination is judged both as written and as the renderer writes it,
// with backslash escapes and character references resolved, so that
// "&#106;avascript:" cannot pass for a relative URL.
func SafeLink(dest string) bool {
	return safeScheme(dest, "http", "https", "mailto", "tel")
}

func safeImage(dest string) bool {
	return safeScheme(dest, "http", "https")
}

// safeScheme reports whether dest has no scheme or one of allowed. It is
// stricter than a browser: dest is judged as written, with character
// references resolved and percent-escapes decoded, each also with every
// blank and control character removed, so that no spelling of a scheme
// that some reader might still follow gets through.
func safeScheme(dest string, allowed ...string) bool {
	for _, d := range []string{dest, ResolvedDest(dest)} {
		decoded, err := url.PathUnescape(d)
		if err != nil {
			decoded = d
		}
		for _, v := range []string{d, squeeze(d), squeeze(decoded)} {
			if scheme, ok := Scheme(v); ok && !slices.Contains(allowed, scheme) {
				return false
			}
		}
	}
	return true
}

// ResolvedDest returns a link destination as written in Markdown as the
// page gives it: with backslash escapes and character references
// resolved ("r&amp;d.pdf" and "r\\&d.pdf" are "r&d.pdf").
func ResolvedDest(dest string) string {
	if !strings.ContainsAny(dest, "&\\") {
		return dest
	}
	return string(util.UnescapePunctuations(util.ResolveNumericReferences(util.ResolveEntityNames([]byte(dest)))))
}

// squeeze removes blanks and control characters.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, s)
}

// Scheme returns the lower-cased scheme of the URL u as a browser parses
// it, and whether u has one.
func Scheme(u string) (string, bool) {
	u = strings.TrimLeft(u, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c == '\t' || c == '\n' || c == '\r':
			continue
		case c == ':':
			return strings.ToLower(b.String()), b.Len() > 0
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case b.Len() > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return "", false
		}
		b.WriteByte(c)
	}
	return "", false
}
