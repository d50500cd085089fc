package markdown

import (
	"bytes"
	"slices"
	"strconv"
	"strings"

	"github.com/briefsite/brief/internal/slug"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
)

// assignHeadingIDs gives each heading an id from ids: the one written
// {#custom-id}, or one made from its text, and warns when the one written
// is taken. Of the attributes {...} gives a heading, it keeps the id, the
// class and the language ({lang=fr}, for a screen reader to read it in;
// dir with it).
func assignHeadingIDs(doc *Doc, headings []*ast.Heading, ids parser.IDs, src []byte) {
	for _, h := range headings {
		name := []byte(plainText(h, src))
		class, hasClass := h.AttributeString("class")
		lang, hasLang := h.AttributeString("lang")
		dir, hasDir := h.AttributeString("dir")
		custom := false
		if id, ok := h.AttributeString("id"); ok { // {#custom-id}
			if b, ok := id.([]byte); ok && len(bytes.TrimSpace(b)) > 0 {
				name, custom = b, true
			}
		}
		// Of the attributes {...} gives, a heading keeps its id, class,
		// lang and dir: style, tabindex and the like are raw HTML's
		// business.
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
		if hasLang && languageTag(lang) {
			h.SetAttributeString("lang", lang)
		}
		if hasDir && (bytesIs(dir, "rtl") || bytesIs(dir, "ltr") || bytesIs(dir, "auto")) {
			h.SetAttributeString("dir", dir)
		}
	}
}

// headingsByText points each of links, a link to a fragment of the page
// written as a heading's text, [self](#Local%20Heading), as Obsidian
// writes one, at the id of the heading of headings with that text, as
// [[#Local Heading]] and [x](Note.md#Local%20Heading) are. A link naming
// no heading is left as it is written.
func headingsByText(links []*ast.Link, headings []*ast.Heading, src []byte) {
	for _, l := range links {
		want := fragmentID(string(l.Destination[1:]))
		for _, h := range headings {
			if slug.Anchor(plainText(h, src)) != want {
				continue
			}
			if id, ok := h.AttributeString("id"); ok {
				if id, ok := id.([]byte); ok {
					l.Destination = append([]byte("#"), id...)
				}
			}
			break
		}
	}
}

// languageTag reports whether v, an attribute's value, is a language tag
// as lang takes one: letters, digits and hyphens, "fr", "ht", "pt-BR".
func languageTag(v any) bool {
	b, ok := v.([]byte)
	if !ok || len(b) == 0 || len(b) > 35 {
		return false
	}
	for _, c := range b {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// bytesIs reports whether v, an attribute's value, is s.
func bytesIs(v any, s string) bool {
	b, ok := v.([]byte)
	return ok && string(b) == s
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

// warnTitleRepeated warns of a body that opens with an h1 repeating the
// title (case and punctuation aside), as Obsidian's notes often do: the
// page shows the title as its heading, and the body's under it again.
func warnTitleRepeated(doc *Doc, root ast.Node, src []byte) {
	h, ok := root.FirstChild().(*ast.Heading)
	if !ok || h.Level != 1 || h.Lines().Len() == 0 {
		return
	}
	title, field := "", "title"
	if doc.Self != nil {
		title = doc.Self.Title
		if doc.Self.Invalid && title == doc.Self.Slug {
			return // no title: the loader gave it its slug, and the error says so
		}
	} else if doc.Profile != nil {
		title, field = doc.Profile.Name, "name"
	} else if doc.Page != nil {
		title = doc.Page.Title
	}
	if key := slug.Key(title); key != "" && key == slug.Key(plainText(h, src)) {
		doc.Diags.Warnf(doc.pos(h.Lines().At(0).Start), "the body's first heading repeats the %s, which the page shows as its heading: remove it", field)
	}
}

// anchors generates heading IDs that keep non-ASCII words readable and
// unique within a page.
type anchors struct {
	used   map[string]bool
	dataID func(id string) bool // ids the page makes from its data; nil: none
	made   []string             // the ids Generate gave, in order
}

// newAnchors returns anchors that take none of the ids in reserved,
// separated by spaces, nor one dataID reports (it may be nil).
func newAnchors(reserved string, dataID func(string) bool) *anchors {
	a := &anchors{used: map[string]bool{}, dataID: dataID}
	for id := range strings.FieldsSeq(reserved) {
		a.used[id] = true
	}
	return a
}

func (a *anchors) Generate(value []byte, kind ast.NodeKind) []byte {
	base := slug.Anchor(string(value))
	if a.dataID != nil && a.dataID(base) {
		// A heading "Src report" would take the id of a source in
		// the brief's list, "src-report", which a citation leads to;
		// the page's ids of a kind are told by their start, so no
		// number after it would do.
		base = "section-" + base
	}
	id := base
	for i := 2; a.used[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	a.used[id] = true
	a.made = append(a.made, id)
	return []byte(id)
}

func (a *anchors) Put(value []byte) { a.used[string(value)] = true }
