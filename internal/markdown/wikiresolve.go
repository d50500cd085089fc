package markdown

import (
	"cmp"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// resolveWikiLink replaces w with a link to what it names, or with its
// text and a warning when it names nothing.
func (t transformer) resolveWikiLink(doc *Doc, w *WikiLink) {
	parent := w.Parent()
	if parent == nil {
		return
	}
	label := w.Label
	if label == nil {
		label = w.Target
	}
	target, frag, _ := strings.Cut(string(w.Target), "#")
	key, target := WikiKey(target, doc.key)
	tg, ok := doc.Site.Names[key]
	if doc.record {
		doc.lookups = append(doc.lookups, lookupOf(key, tg, ok))
	}
	if !ok {
		warnNamesNothing(doc, w, key)
		parent.ReplaceChild(parent, w, ast.NewString(label))
		return
	}
	if w.Label == nil {
		label = []byte(wikiLabel(doc, target, key, frag, tg))
	}
	if insideLink(w) {
		parent.ReplaceChild(parent, w, ast.NewString(label)) // links do not nest
		return
	}
	link := ast.NewLink()
	href := doc.href(tg.Path(), t.opts.PrettyURLs)
	if frag != "" {
		id := slug.Anchor(frag)
		href += "#" + id
		doc.fragments = append(doc.fragments, fragmentLink{page: pageOf(tg), id: id, link: string(w.Target), title: tg.Title(), pos: doc.pos(w.Offset)})
	}
	link.Destination = []byte(href)
	link.SetAttributeString("class", []byte("wikilink"))
	link.AppendChild(link, ast.NewString(label))
	parent.ReplaceChild(parent, w, link)
	if tg.Brief != nil && tg.Brief != doc.Self && !slices.Contains(doc.linksTo, tg.Brief) {
		doc.linksTo = append(doc.linksTo, tg.Brief)
	}
	if tg.Entity != nil && !slices.Contains(doc.linksToEntities, tg.Entity) {
		doc.linksToEntities = append(doc.linksToEntities, tg.Entity)
	}
}

// warnNamesNothing warns of w, whose key names nothing of the site: that
// it is empty, names a draft the build leaves out, or names nothing, with
// the name a letter or two away, if there is one.
func warnNamesNothing(doc *Doc, w *WikiLink, key string) {
	at := doc.pos(w.Offset)
	if strings.Trim(string(w.Target), " #") == "" {
		doc.Diags.Warnf(at, "empty wikilink [[%s]], shown as it is", w.Target)
		return
	}
	if file, ok := draftOf(doc.Site, key, false); ok {
		doc.Diags.Warnf(at, "wikilink [[%s]] names a draft, %s, which this build leaves out (-drafts shows it)", w.Target, file)
		return
	}
	what := "brief, actor, country or topic"
	if k, _, ok := kindPrefix(string(w.Target)); ok {
		what = k.Singular()
	}
	hint := ""
	if doc.names != nil {
		if near := doc.names().suggest(key); near != "" {
			hint = "; did you mean [[" + near + "]]?"
		}
	}
	doc.Diags.Warnf(at, "wikilink [[%s]] names no %s%s", w.Target, what, hint)
}

// WikiKey returns the key in Site.Names of a wikilink's target, by
// keyOf (slug.Key), and the name it gives: [[topics/Sudan]] is the topic
// Sudan, which [[Sudan]] is only where no brief or other entity has the
// name; [[briefs/talks]] is [[talks]].
func WikiKey(target string, keyOf func(string) string) (key, name string) {
	if k, name, ok := kindPrefix(target); ok {
		return site.KindKey(k, keyOf(name)), name
	}
	if dir, name, ok := strings.Cut(target, "/"); ok && (strings.EqualFold(strings.TrimSpace(dir), "briefs") || strings.EqualFold(strings.TrimSpace(dir), "brief")) {
		return keyOf(name), name
	}
	return keyOf(target), target
}

// kindPrefix returns the kind a wikilink's target names before a slash,
// by its folder or as one of it ("topics/Sudan", "topic/Sudan"), and the
// name after it.
func kindPrefix(target string) (site.Kind, string, bool) {
	dir, name, ok := strings.Cut(target, "/")
	if !ok {
		return 0, "", false
	}
	dir = strings.ToLower(strings.TrimSpace(dir))
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		if dir == k.Dir() || dir == k.Singular() {
			return k, name, true
		}
	}
	return 0, "", false
}

// headingID returns the id of the heading of headings that frag names:
// by its id ("bg" of "## Background {#bg}") or by its text
// ("Background"); or the id frag makes when none has it.
func headingID(headings []*ast.Heading, frag string, src []byte) string {
	id := slug.Anchor(frag)
	var byText string
	for _, h := range headings {
		v, _ := h.AttributeString("id")
		hid, _ := v.([]byte)
		if string(hid) == id || string(hid) == strings.TrimSpace(frag) {
			return string(hid)
		}
		if byText == "" && slug.Anchor(plainText(h, src)) == id {
			byText = string(hid)
		}
	}
	return cmp.Or(byText, id)
}

// headingLink replaces w, a wikilink to a heading of the body it is in,
// [[#Background]], as Obsidian writes one, with a link to the heading of
// id on the page of the brief (on the printable briefing too), or of
// the profile.
func (t transformer) headingLink(doc *Doc, w *WikiLink, id string) {
	parent := w.Parent()
	_, frag, _ := strings.Cut(string(w.Target), "#")
	label := w.Label
	if label == nil {
		label = []byte(strings.TrimSpace(frag))
	}
	if insideLink(w) {
		parent.ReplaceChild(parent, w, ast.NewString(label))
		return
	}
	href := "#" + id
	switch {
	case doc.Self != nil:
		b := doc.Self
		href = doc.href(b.Path(), t.opts.PrettyURLs) + href
		doc.fragments = append(doc.fragments, fragmentLink{page: page{brief: true, slug: b.Slug}, id: id, link: string(w.Target), title: b.Title, pos: doc.pos(w.Offset)})
	case doc.Profile != nil:
		e := doc.Profile
		href = doc.href(e.Path(), t.opts.PrettyURLs) + href
		doc.fragments = append(doc.fragments, fragmentLink{page: page{kind: e.Kind, slug: e.Slug}, id: id, link: string(w.Target), title: e.Name, pos: doc.pos(w.Offset)})
	}
	link := ast.NewLink()
	link.Destination = []byte(href)
	link.SetAttributeString("class", []byte("wikilink"))
	link.AppendChild(link, ast.NewString(label))
	parent.ReplaceChild(parent, w, link)
}

// wikiLabel returns the text of a wikilink without a label of its own,
// to tg, written target#frag, whose target has the key key: the brief's
// title for any name but its title (its slug, in any case, or an old
// slug: a brief has no other names), the profile's name for its slug as
// written, or the name as written, an alias such as [[ICES]] included;
// then, for a link to a heading, "› " and the heading.
func wikiLabel(doc *Doc, target, key, frag string, tg site.Target) string {
	label := strings.TrimSpace(target)
	switch {
	case label == tg.Slug():
		label = tg.Title()
	case tg.Brief != nil && key != doc.key(tg.Brief.Title):
		label = tg.Brief.Title
	}
	if frag = strings.TrimSpace(frag); frag != "" {
		label += " › " + frag
	}
	return label
}

// insideLink reports whether n is within a link or an image, where a link
// cannot be.
func insideLink(n ast.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.(type) {
		case *ast.Link, *ast.Image:
			return true
		}
	}
	return false
}
