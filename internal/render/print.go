package render

import (
	"html/template"
	"strings"

	"github.com/briefsite/brief/internal/site"
)

// PrintHTML returns the HTML of b's body for the printable briefing, which
// shows every body on one page. Each id the body gives an element is
// scoped to the brief ("background" becomes "slug:background", which no
// slug or heading id can be, as neither has a colon), and so is each of
// its links to an id on the page, so that the headings and footnotes of
// one body neither clash with another's nor lead to them. Its headings go
// one level down, below the brief's title, an h2 there.
func (p *Page) PrintHTML(b *site.Brief) template.HTML {
	return template.HTML(scopeBody(string(b.HTML()), b.Slug))
}

// scopePatterns are what scopeBody changes: heading tags, ids and links
// to an id on the page.
var scopePatterns = [...]string{"<h", "</h", ` id="`, ` href="#`}

// scopeBody returns html with its ids and links to ids scoped to scope
// and its headings one level down (h6 stays h6), as PrintHTML describes.
// html is a body as the markdown package writes it: every '<', '>' and
// '"' in text and in attribute values is escaped, so the patterns occur
// only in tags.
func scopeBody(html, scope string) string {
	var b strings.Builder
	b.Grow(len(html) + len(html)/16)
	var next [len(scopePatterns)]int // the next match of each pattern at or after from, or -1
	find := func(k, from int) {
		if i := strings.Index(html[from:], scopePatterns[k]); i >= 0 {
			next[k] = from + i
		} else {
			next[k] = -1
		}
	}
	for k := range scopePatterns {
		find(k, 0)
	}
	done := 0 // html[:done] is written
	for {
		k := -1
		for j, at := range next {
			if at >= 0 && (k < 0 || at < next[k]) {
				k = j
			}
		}
		if k < 0 {
			break
		}
		end := next[k] + len(scopePatterns[k])
		switch k {
		case 0, 1: // <hN or </hN, N a level that can go down
			if end+1 < len(html) && html[end] >= '1' && html[end] <= '5' && (html[end+1] == ' ' || html[end+1] == '>') {
				b.WriteString(html[done:end])
				b.WriteByte(html[end] + 1)
				done = end + 1
			}
		default: // id="x" or href="#x", unless empty
			if end < len(html) && html[end] != '"' {
				b.WriteString(html[done:end])
				b.WriteString(scope)
				b.WriteByte(':')
				done = end
			}
		}
		find(k, end)
	}
	b.WriteString(html[done:])
	return b.String()
}
