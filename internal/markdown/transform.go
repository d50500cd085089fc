package markdown

import (
	"bytes"
	"cmp"
	"fmt"
	"html"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// transformer resolves wikilinks, removes links with unsafe schemes,
// links first mentions and finds the first paragraph.
type transformer struct{ opts Options }

func (t transformer) Transform(root *ast.Document, reader text.Reader, pc parser.Context) {
	doc, _ := pc.Get(docKey).(*Doc)
	if doc == nil {
		return
	}
	src := reader.Source()
	var wikis []*WikiLink
	var unsafe []ast.Node
	var omitted []ast.Node // raw HTML the page goes without
	var texts []*ast.Text
	var headings []*ast.Heading
	var first *ast.Paragraph // the first with text, taken once its links are resolved
	var more ast.Node        // the summary divider, <!--more-->
	var shortcode *ast.Text  // the first Hugo shortcode, left as text
	mayHaveWikiLinks := bytes.Contains(src, []byte("[["))
	var paragraphs []ast.Node // with text, when the body has a "[["
	links := map[int]bool{}   // where links start, when it has
	var code [][2]int         // the source of code spans
	mayHaveShortcodes := bytes.Contains(src, []byte("{{")) || bytes.Contains(src, []byte("{%"))
	ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if p, ok := n.(*ast.Paragraph); ok && first == nil && strings.TrimSpace(plainText(p, src)) != "" {
				first = p
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *WikiLink:
			wikis = append(wikis, n)
		case *ast.Link:
			if mayHaveWikiLinks {
				links[n.Pos()] = true
			}
			if !SafeLink(string(n.Destination)) {
				unsafe = append(unsafe, n)
			} else if dest, ok := t.markdownLink(doc, string(n.Destination), n.Pos()); ok {
				n.Destination = []byte(dest)
			} else {
				n.Destination = doc.rebase(n.Destination)
				if !t.opts.PrettyURLs {
					n.Destination = dirIndex(n.Destination)
				}
			}
		case *ast.AutoLink:
			if !SafeLink(string(n.URL(src))) {
				unsafe = append(unsafe, n)
			}
		case *ast.Image:
			if !safeImage(string(n.Destination)) {
				unsafe = append(unsafe, n)
			} else {
				n.Destination = doc.rebase(n.Destination)
			}
		case *ast.Text:
			if t.opts.LinkMentions {
				texts = append(texts, n)
			}
			if mayHaveShortcodes && shortcode == nil && n.Parent().Kind() != ast.KindCodeSpan {
				if _, kind := shortcodeIn(src, n.Segment); kind != "" {
					shortcode = n
				}
			}
		case *ast.Heading:
			headings = append(headings, n)
		case *ast.Paragraph, *ast.TextBlock:
			if mayHaveWikiLinks {
				paragraphs = append(paragraphs, n)
			}
		case *ast.CodeSpan:
			if n.FirstChild() != nil {
				first, last := n.FirstChild(), n.LastChild()
				if ft, ok := first.(*ast.Text); ok {
					if lt, ok := last.(*ast.Text); ok {
						code = append(code, [2]int{ft.Segment.Start, lt.Segment.Stop})
					}
				}
			}
		case *extast.TableCell:
			if at, escaped, ok := cutWikiLink(n, src); ok {
				doc.Diags.Warnf(doc.pos(at), "wikilink cut in two by the table's column bar; in a table, write %s", escaped)
			}
		case *ast.HTMLBlock:
			if more == nil && isMore(n.Lines().Value(src)) {
				more = n
			} else if !t.opts.UnsafeHTML && n.HTMLBlockType != ast.HTMLBlockType2 {
				omitted = append(omitted, n)
			}
		case *ast.RawHTML:
			if prev, ok := n.PreviousSibling().(*ast.Text); ok && mayHaveShortcodes && bytes.HasSuffix(prev.Segment.Value(src), []byte("{{")) {
				// {{<figure src="x">}}: the parser takes <figure ...> for
				// HTML. Warned of as a shortcode, not as raw HTML.
				if shortcode == nil {
					shortcode = prev
				}
				break
			}
			if more == nil && isMore(n.Segments.Value(src)) {
				more = n
			} else if !t.opts.UnsafeHTML && !isComment(n, src) {
				omitted = append(omitted, n)
			}
		}
		return ast.WalkContinue, nil
	})
	belowTitle(headings)
	if len(paragraphs) > 0 {
		warnBrokenWikiLinks(doc, paragraphs, wikis, links, code, src)
	}
	for _, w := range wikis {
		if target, frag, _ := strings.Cut(string(w.Target), "#"); strings.TrimSpace(target) == "" && strings.TrimSpace(frag) != "" {
			t.headingLink(doc, w, headingID(headings, frag, src))
			continue
		}
		t.resolveWikiLink(doc, w)
	}
	for _, n := range unsafe {
		doc.Diags.Warnf(doc.pos(n.Pos()), "link or image with an unsafe or unsupported URL scheme removed")
		unwrap(n, src)
	}
	if len(omitted) > 0 {
		warnOmitted(doc, omitted)
	}
	if shortcode != nil {
		v := shortcode.Segment.Value(src)
		i, kind := shortcodeIn(src, shortcode.Segment)
		if kind == "" { // the text ends in "{{", before raw HTML
			i, kind = len(v)-2, "Hugo shortcode"
		}
		at := shortcode.Segment.Start + i
		doc.Diags.Warnf(doc.pos(at), "%s, which brief does not read; write an image as ![text](file), a link to a brief or profile as [[name]]", kind)
	}
	// What a reader sees: the titles wikilinks show, not their targets.
	if more != nil {
		doc.first = textBefore(root, more, src)
	}
	if doc.first == "" && first != nil { // no divider, or nothing before it
		doc.first = strings.TrimSpace(plainText(first, src))
	}
	ids := pc.IDs()
	for _, h := range headings {
		name := []byte(plainText(h, src))
		class, hasClass := h.AttributeString("class")
		custom := false
		if id, ok := h.AttributeString("id"); ok { // {#custom-id}
			if b, ok := id.([]byte); ok && len(bytes.TrimSpace(b)) > 0 {
				name, custom = b, true
			}
		}
		// Of the attributes {...} gives, a heading keeps its id and
		// class: style, tabindex and the like are raw HTML's business.
		h.RemoveAttributes()
		id := ids.Generate(name, h.Kind())
		if custom && h.Lines().Len() > 0 {
			if want := slug.Anchor(string(name)); string(id) != want {
				doc.Diags.Warnf(doc.pos(h.Lines().At(0).Start), "heading id #%s is taken, by the page or a heading above; this heading is #%s", want, id)
			}
		}
		h.SetAttributeString("id", id)
		if hasClass {
			h.SetAttributeString("class", class)
		}
	}
	if t.opts.LinkMentions && len(doc.Entities) > 0 {
		linkMentions(doc, texts, src, t.opts.PrettyURLs)
	}
}

// warnOmitted warns, once for the body, at the first of omitted, that
// the page goes without the raw HTML the body has, and on how many other
// lines it has some. HTML comments are left out as well, but without a
// warning: editors leave notes in them.
func warnOmitted(doc *Doc, omitted []ast.Node) {
	// The nodes come in the order of the body: count the lines between
	// them rather than from the start of the body for each.
	others, at := 0, 0
	for i, n := range omitted {
		off := min(max(n.Pos(), at), len(doc.Source))
		nl := bytes.Count(doc.Source[at:off], []byte("\n"))
		if i > 0 && nl > 0 {
			others++
		}
		at = off
	}
	more := ""
	switch others {
	case 0:
	case 1:
		more = " (and on 1 more line)"
	default:
		more = fmt.Sprintf(" (and on %d more lines)", others)
	}
	doc.Diags.Warnf(doc.pos(omitted[0].Pos()), "raw HTML left out of the page%s; set unsafe_html: true in the site file to keep it", more)
}

// isMore reports whether the raw HTML is the summary divider Hugo and
// Zola read, <!--more--> or <!-- more -->, on its own.
func isMore(raw []byte) bool {
	s, ok := bytes.CutPrefix(bytes.TrimSpace(raw), []byte("<!--"))
	if !ok {
		return false
	}
	s, ok = bytes.CutSuffix(s, []byte("-->"))
	return ok && bytes.EqualFold(bytes.TrimSpace(s), []byte("more"))
}

// textBefore returns the text of the paragraphs of root before the
// summary divider more, as a reader sees them, a space between
// paragraphs: a divider within a paragraph ends the text there.
func textBefore(root, more ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if n == more {
			return ast.WalkStop, nil
		}
		if !entering || (n.Kind() != ast.KindParagraph && n.Kind() != ast.KindTextBlock) {
			return ast.WalkContinue, nil
		}
		var text bytes.Buffer
		done := writePlainText(&text, n, more, src)
		if t := bytes.TrimSpace(text.Bytes()); len(t) > 0 {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.Write(t)
		}
		if done {
			return ast.WalkStop, nil
		}
		return ast.WalkSkipChildren, nil
	})
	return b.String()
}

// isComment reports whether the inline HTML n is a comment.
func isComment(n *ast.RawHTML, src []byte) bool {
	if n.Segments.Len() == 0 {
		return false
	}
	first := n.Segments.At(0)
	return bytes.HasPrefix(first.Value(src), []byte("<!--"))
}

// belowTitle moves the headings of a body one level down when one of
// them is at level 1: the page's title is its one h1, and a body's
// sections come under it. The headings keep their order of levels.
func belowTitle(headings []*ast.Heading) {
	if !slices.ContainsFunc(headings, func(h *ast.Heading) bool { return h.Level == 1 }) {
		return
	}
	for _, h := range headings {
		h.Level = min(h.Level+1, 6)
	}
}

// markdownLink returns where a link to another Markdown file of the
// site, at offset at, leads (see MarkdownLink), and counts it as a
// wikilink.
func (t transformer) markdownLink(doc *Doc, dest string, at int) (string, bool) {
	tg, frag, key, found, ok := markdownLink(doc.Site, doc.Self, dest, doc.key)
	if key != "" && doc.record {
		doc.lookups = append(doc.lookups, lookupOf(key, tg, found))
	}
	if !ok {
		if file, draft := doc.Site.DraftNames[key]; draft && !found {
			doc.Diags.Warnf(doc.pos(at), "link %q names a draft, %s, which this build leaves out (-drafts shows it)", dest, file)
		}
		return "", false
	}
	if tg.Brief != nil && tg.Brief != doc.Self && !slices.Contains(doc.linksTo, tg.Brief) {
		doc.linksTo = append(doc.linksTo, tg.Brief)
	}
	if tg.Entity != nil && !slices.Contains(doc.linksToEntities, tg.Entity) {
		doc.linksToEntities = append(doc.linksToEntities, tg.Entity)
	}
	href := doc.href(tg.Path(), t.opts.PrettyURLs)
	if frag != "" {
		href += "#" + frag
		id := frag
		if u, err := url.PathUnescape(frag); err == nil {
			id = u
		}
		doc.fragments = append(doc.fragments, fragmentLink{page: pageOf(tg), id: id, link: dest, markdown: true, title: tg.Title(), pos: doc.pos(at)})
	}
	return href, true
}

// MarkdownLink returns the page of s that a link dest in the body of self
// (nil for a profile) leads to when it names another Markdown file of the
// site, as editors write them and Hugo, Zola and Obsidian read them:
// [the talks](talks.md), [Ruto](../actors/william-ruto.md),
// [background](@/briefs/talks.md#background). The file's name is taken
// as a wikilink's target is, [[talks]]; a folder of briefs names its
// brief, briefs/talks/index.md; the folder the file is in, when it is a
// kind's, must be the kind of what the name names. A file beside a
// folder brief's index.md is its own, copied beside its page.
func MarkdownLink(s *site.Site, self *site.Brief, dest string) (tg site.Target, frag string, ok bool) {
	tg, frag, _, _, ok = markdownLink(s, self, dest, slug.Key)
	return tg, frag, ok
}

// markdownLink is MarkdownLink with the key the name was looked up by
// ("" when it was not) and whether the name table had it.
func markdownLink(s *site.Site, self *site.Brief, dest string, keyOf func(string) string) (tg site.Target, frag, key string, found, ok bool) {
	p, frag, _ := strings.Cut(dest, "#")
	if strings.HasPrefix(p, "/") && !strings.HasPrefix(p, "//") {
		return rootPage(s, p, frag, keyOf)
	}
	if len(p) < 3 || !strings.EqualFold(p[len(p)-3:], ".md") { // most links, at once
		return tg, "", "", false, false
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
	}
	tg, found = s.Names[key]
	if !found {
		return tg, "", key, false, false
	}
	if dir == "briefs" && tg.Brief == nil {
		return tg, "", key, true, false // a name an entity has
	}
	return tg, frag, key, true, true
}

// shortcodeIn returns where in the text seg of src the first shortcode
// or template tag of another generator begins, left as text, and what it
// is: Hugo's {{< >}} and {{% %}}, Zola's {{ name(...) }}, a {% tag %} of
// Zola's, Eleventy's or Jekyll's, closed on its line; or "" when the
// text has none.
func shortcodeIn(src []byte, seg text.Segment) (int, string) {
	v := seg.Value(src)
	closedOnLine := func(i int, closer string) bool {
		rest := src[seg.Start+i:]
		if eol := bytes.IndexByte(rest, '\n'); eol >= 0 {
			rest = rest[:eol]
		}
		return bytes.Contains(rest, []byte(closer))
	}
	for i := 0; i+1 < len(v); i++ {
		if v[i] != '{' {
			continue
		}
		switch rest := v[i+1:]; {
		case bytes.HasPrefix(rest, []byte("{<")), bytes.HasPrefix(rest, []byte("{%")):
			return i, "Hugo shortcode"
		case rest[0] == '%' && closedOnLine(i, "%}"):
			return i, "template tag"
		case rest[0] == '{':
			name := bytes.TrimLeft(rest[1:], " ")
			j := 0
			for j < len(name) && (isLetter(name[j]) || name[j] == '_' || j > 0 && '0' <= name[j] && name[j] <= '9') {
				j++
			}
			if j > 0 && j < len(name) && name[j] == '(' && closedOnLine(i, "}}") {
				return i, "Zola shortcode"
			}
		}
	}
	return 0, ""
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

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

// rootPage is markdownLink for a link from the site's root, p, to a page
// of a brief or a profile: /briefs/talks/, /topics/sudan or
// /briefs/talks/index.html, which leads to the page as a link to its
// Markdown file does, index.html and all, wherever the site is opened.
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
		tg, found = s.Names[key]
		ok = found && tg.Brief != nil && tg.Brief.Slug == name
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
		hint := ""
		if doc.names != nil {
			if near := doc.names().suggest(key); near != "" {
				hint = "; did you mean [[" + near + "]]?"
			}
		}
		what := "brief, actor, country or topic"
		if dir, _, ok := strings.Cut(string(w.Target), "/"); ok {
			if k, ok := site.KindOf(strings.ToLower(strings.TrimSpace(dir))); ok {
				what = k.Singular()
			}
		}
		if strings.Trim(string(w.Target), " #") == "" {
			doc.Diags.Warnf(doc.pos(w.Offset), "empty wikilink [[%s]], shown as it is", w.Target)
		} else if file, ok := doc.Site.DraftNames[key]; ok {
			doc.Diags.Warnf(doc.pos(w.Offset), "wikilink [[%s]] names a draft, %s, which this build leaves out (-drafts shows it)", w.Target, file)
		} else {
			doc.Diags.Warnf(doc.pos(w.Offset), "wikilink [[%s]] names no %s%s", w.Target, what, hint)
		}
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

// WikiKey returns the key in Site.Names of a wikilink's target, by
// keyOf (slug.Key), and the name it gives: [[topics/Sudan]] is the topic
// Sudan, which [[Sudan]] is only where no brief or other entity has the
// name; [[briefs/talks]] is [[talks]].
func WikiKey(target string, keyOf func(string) string) (key, name string) {
	if dir, name, ok := strings.Cut(target, "/"); ok {
		dir = strings.ToLower(strings.TrimSpace(dir))
		if k, ok := site.KindOf(dir); ok {
			return site.KindKey(k, keyOf(name)), name
		}
		if dir == "briefs" {
			return keyOf(name), name
		}
	}
	return keyOf(target), target
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
// title or profile's name for its slug as written (a brief's old slugs
// too), or the name as written, an alias such as [[ICES]] included; then,
// for a link to a heading, "› " and the heading.
func wikiLabel(doc *Doc, target, key, frag string, tg site.Target) string {
	label := strings.TrimSpace(target)
	switch {
	case label == tg.Slug():
		label = tg.Title()
	case tg.Brief != nil && len(tg.Brief.Aliases) > 0 && key != doc.key(tg.Brief.Title):
		label = tg.Brief.Title // an old slug: a brief has no other names
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

// plainText returns the text of n's descendants as a reader sees it on
// the page: backslash escapes and character references resolved, the
// typographer's quotes and dashes as the characters they stand for, code
// spans as written, and autolinks as their text.
func plainText(n ast.Node, src []byte) string {
	var b bytes.Buffer
	writePlainText(&b, n, nil, src)
	return b.String()
}

// writePlainText writes the text of n to b as plainText does, up to stop
// if n holds it, and reports whether it did.
func writePlainText(b *bytes.Buffer, n, stop ast.Node, src []byte) (stopped bool) {
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if c == stop {
			stopped = true
			return ast.WalkStop, nil
		}
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					b.Write(t.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			if c.IsRaw() {
				b.Write(c.Segment.Value(src))
			} else {
				b.WriteString(html.UnescapeString(string(util.UnescapePunctuations(c.Segment.Value(src)))))
			}
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			if c.IsCode() || c.IsRaw() { // HTML, such as the typographer's &ldquo;
				b.WriteString(html.UnescapeString(string(c.Value)))
			} else {
				b.Write(c.Value)
			}
		case *ast.AutoLink:
			b.Write(c.Label(src))
		case *WikiLink:
			if c.Label != nil {
				b.Write(c.Label)
			} else {
				b.Write(c.Target)
			}
		}
		return ast.WalkContinue, nil
	})
	return stopped
}

// anchors generates heading IDs that keep non-ASCII words readable and
// unique within a page.
type anchors struct {
	used map[string]bool
	made []string // the ids Generate gave, in order
}

// newAnchors returns anchors that take none of the ids in reserved,
// separated by spaces.
func newAnchors(reserved string) *anchors {
	a := &anchors{used: map[string]bool{}}
	for id := range strings.FieldsSeq(reserved) {
		a.used[id] = true
	}
	return a
}

func (a *anchors) Generate(value []byte, kind ast.NodeKind) []byte {
	base := slug.Anchor(string(value))
	id := base
	for i := 2; a.used[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	a.used[id] = true
	a.made = append(a.made, id)
	return []byte(id)
}

func (a *anchors) Put(value []byte) { a.used[string(value)] = true }
