package markdown

import (
	"bytes"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
)

// benchBodies are bodies of the kinds a site holds: plain prose, which
// takes the transformer's fast paths, and prose with every construct it
// looks at (wikilinks, links, images, tables, code, raw HTML, a summary
// divider, a shortcode, headings with ids), repeated into a long body.
var benchBodies = map[string]string{
	"plain": strings.Repeat("## A section\n\nThe Haitian National Police said on Monday that the mission's first contingent had landed, "+
		"and that the *funding gap* of the trust fund was \"narrowing\" -- a claim the council disputed.\n\n"+
		"- one point, with [a link](https://example.org/report)\n- another, with `code`\n\n", 20),
	"rich": strings.Repeat("# Background {#bg}\n\nThe [[Haitian National Police]] and [[funding gap|the gap]] met; see [[#bg]] and [[nowhere]].\n\n"+
		"<!--more-->\n\n[gap](funding-gap.md) [x](javascript:alert(1)) <https://example.org> ![map](map.png)\n\n"+
		"| Year | [[funding gap]] |\n|------|------|\n| 2024 | `[[not a link]]` |\n\n"+
		"```go\nfmt.Println(\"[[x]]\")\n```\n\n<div>raw</div>\n\nInline <b>html</b> and {{< figure src=\"x\" >}} here. PNH again.\n\n", 10),
}

// BenchmarkConvert converts each of benchBodies, parsing, transforming
// and rendering it.
func BenchmarkConvert(b *testing.B) {
	for _, name := range []string{"plain", "rich"} {
		src := []byte(benchBodies[name])
		b.Run(name, func(b *testing.B) {
			s, _, actor := testSite()
			c := New(Options{LinkMentions: true, ReservedIDs: "main q"})
			var buf bytes.Buffer
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				doc := &Doc{File: "b.md", BodyLine: 5, Source: src, Site: s, Self: &site.Brief{Slug: "self"}, Diags: new(diag.List),
					Entities: []*site.Entity{actor}, keys: map[string]string{}, buf: &buf}
				c.convert(doc)
			}
		})
	}
}
