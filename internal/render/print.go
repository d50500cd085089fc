package render

import (
	"html/template"
	"net/url"
	"strconv"
	"strings"

	"github.com/briefsite/brief/internal/site"
)

// PrintHTML returns the HTML of b's body for the printable briefing, which
// shows every body on one page. Each id the body gives an element is
// scoped to the brief ("background" becomes "slug:background", which no
// slug or heading id can be, as neither has a colon), and so is each of
// its links to an id on the page, so that the headings and footnotes of
// one body neither clash with another's nor lead to them. A link to an
// entry of the brief's list of sources, "#src-" and a source's ID as a
// citation's [@key] writes it, leads instead to the source in the page's
// bibliography, "#source:" and the ID: there each brief lists its sources
// by title, number and publisher, without ids. Its headings go one level
// down, below the brief's title, an h2 there. Its tables' and code's
// scrolling boxes, regions named after their heading ("Context"), are
// named with the brief's title first ("Talks resume: Context"), as the
// page holds many briefs' sections of one name.
func (p *Page) PrintHTML(b *site.Brief) template.HTML {
	// scopeBody copies the body: the page's scratch memory never
	// leaves this call.
	if p.printNumbers == nil && p.Site != nil {
		p.printNumbers = p.PrintSourceNumbers()
	}
	return template.HTML(nameRegions(scopeBody(string(b.BodyHTML.HTMLInto(&p.bodyScratch)), b.Slug, b.Sources, p.printNumbers, string(p.URL(b.Path()))), b.Title))
}

// regionLabel starts the name of a table's or code's scrolling box as
// the markdown package writes it.
const regionLabel = ` role="region" tabindex="0" aria-label="`

// nameRegions returns html with title, escaped, and a colon before the
// name of each scrolling box.
func nameRegions(html, title string) string {
	if !strings.Contains(html, regionLabel) {
		return html
	}
	return strings.ReplaceAll(html, regionLabel, regionLabel+template.HTMLEscapeString(title)+": ")
}

// pageIDs holds the ids of PageIDs.
var pageIDs = func() map[string]bool {
	m := map[string]bool{}
	for _, id := range strings.Fields(PageIDs) {
		m[id] = true
	}
	return m
}()

// PrintID returns the id of b's article on the printable briefing: its
// slug, unless the page gives an element of its own that id ("main"), and
// then the slug and "--brief", which no slug has and no scoped id either.
func (p *Page) PrintID(b *site.Brief) string {
	if pageIDs[b.Slug] {
		return b.Slug + "--brief"
	}
	return b.Slug
}

// PrintSources returns the sources the page's briefs cite, each once, in
// the order of the list of sources, for the printable briefing's
// bibliography: the briefs there name their sources by title, with
// their number in it (PrintSourceNumbers) and publisher.
func (p *Page) PrintSources() []*site.Source {
	cited := map[*site.Source]bool{}
	for _, b := range p.Briefs {
		for _, c := range b.Sources {
			cited[c.Source] = true
		}
	}
	out := make([]*site.Source, 0, len(cited))
	for _, src := range p.Site.Sources {
		if cited[src] {
			out = append(out, src)
		}
	}
	return out
}

// scopeBody returns html with its ids and links to ids scoped to scope
// and its headings one level down (h6 stays h6), as PrintHTML describes.
// html is a body as the markdown package writes it: every '<', '>' and
// '"' in text and in attribute values is escaped, so that a '<' starts a
// tag and the next '>' ends it. In each tag, the first id and the first
// link to an id are scoped, unless empty; but a link to "#src-" and the
// ID of a source of sources, the brief's, leads to "#source:" and the ID,
// and the number of a citation's link (in a <sup class="cite">), the
// source's in the brief's list, becomes its number in numbers, the
// bibliography's, when numbers has one: on paper one number names one
// source. A link to an entry of the brief's events ("#event-", see
// Page.EventID), which the printable page does not list, leads to it on
// page, the brief's own page, when page is not "".
func scopeBody(html, scope string, sources []*site.Citation, numbers map[*site.Source]int, page string) string {
	var b strings.Builder
	b.Grow(len(html) + len(html)/16)
	done := 0 // html[:done] is written
	scopeAt := func(v int) {
		b.WriteString(html[done:v])
		b.WriteString(scope)
		b.WriteByte(':')
		done = v
	}
	inCite := false // within a <sup class="cite">
	for at := 0; ; {
		i := strings.IndexByte(html[at:], '<')
		if i < 0 {
			break
		}
		start := at + i
		n := strings.IndexByte(html[start:], '>')
		if n < 0 {
			break // not a tag: cut short
		}
		tag := html[start : start+n]
		at = start + n
		switch {
		case strings.HasPrefix(tag, `<sup class="cite"`):
			inCite = true
		case tag == "</sup":
			inCite = false
		}
		if l := headingLevel(tag); l > 0 && tag[l] <= '5' {
			b.WriteString(html[done : start+l])
			b.WriteByte(tag[l] + 1)
			done = start + l + 1
		}
		first, second := attrValue(tag, ` id="`), attrValue(tag, ` href="#`)
		href := second
		if second >= 0 && (first < 0 || second < first) {
			first, second = second, first
		}
		var cited *site.Source
		for _, v := range [...]int{first, second} { // in the order they come
			switch {
			case v < 0:
			case v == href && citesSource(sources, tag[v:]) != nil:
				cited = citesSource(sources, tag[v:])
				b.WriteString(html[done : start+v])
				b.WriteString("source:")
				done = start + v + len("src-")
			case v == href && page != "" && eventLink(tag[v:]):
				b.WriteString(html[done : start+v-1]) // to the '#'
				b.WriteString(page)
				b.WriteByte('#')
				done = start + v
			default:
				scopeAt(start + v)
			}
		}
		if n := numbers[cited]; n > 0 && inCite && strings.HasPrefix(tag, `<a `) {
			digits := at + 1
			for digits < len(html) && '0' <= html[digits] && html[digits] <= '9' {
				digits++
			}
			if digits > at+1 {
				b.WriteString(html[done : at+1])
				b.WriteString(strconv.Itoa(n))
				done = digits
			}
		}
	}
	b.WriteString(html[done:])
	return b.String()
}

// eventLink reports whether value, the rest of a tag from a link's
// fragment on, names an entry of a timeline (see timelineID), then '"'.
func eventLink(value string) bool {
	end := strings.IndexByte(value, '"')
	return end >= 0 && timelineID(value[:end])
}

// citesSource returns the source of sources whose ID value, the rest of
// a tag from a link's fragment on, gives after "src-", as the markdown
// package writes it (URL-escaped), then '"'; or nil.
func citesSource(sources []*site.Citation, value string) *site.Source {
	rest, ok := strings.CutPrefix(value, "src-")
	end := strings.IndexByte(rest, '"')
	if !ok || len(sources) == 0 || end < 0 {
		return nil
	}
	id := rest[:end]
	if strings.IndexByte(id, '%') >= 0 {
		var err error
		if id, err = url.PathUnescape(id); err != nil {
			return nil
		}
	}
	for _, c := range sources {
		if c.Source != nil && c.Source.ID == id {
			return c.Source
		}
	}
	return nil
}

// attrValue returns the index in tag of the value that follows attr, or
// -1 when tag has no such attribute or its value is empty.
func attrValue(tag, attr string) int {
	j := strings.Index(tag, attr)
	if j < 0 {
		return -1
	}
	v := j + len(attr)
	if v >= len(tag) || tag[v] == '"' {
		return -1
	}
	return v
}

// headingLevel returns the index in tag of the level of a heading tag
// ("<h2 id=...", "</h2"), or 0 for another tag.
func headingLevel(tag string) int {
	i := 1
	if len(tag) > 1 && tag[1] == '/' {
		i = 2
	}
	if len(tag) > i+1 && tag[i] == 'h' && tag[i+1] >= '1' && tag[i+1] <= '6' && (len(tag) == i+2 || tag[i+2] == ' ') {
		return i + 1
	}
	return 0
}
