package markdown

import (
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
)

// TestPageLinks checks that a wikilink to a standalone page, by its title
// or its file's name, links it, that a brief's or profile's name wins
// over a page's, and that a link's #fragment into a page, a wikilink's or
// a Markdown link's to its file, is checked against the page's headings.
func TestPageLinks(t *testing.T) {
	for _, tc := range []struct {
		name, link, html, want string
	}{
		{"by title", "[[About this briefing]]", `<a href="../../about/index.html" class="wikilink">About this briefing</a>`, ""},
		{"by file name", "[[about]]", `<a href="../../about/index.html" class="wikilink">About this briefing</a>`, ""},
		{"folder page", "[[team]] [[Our team|us]]", `<a href="../../team/index.html" class="wikilink">Our team</a> <a href="../../team/index.html" class="wikilink">us</a>`, ""},
		{"by file name with .md", "[[about.md]] [[About.MD#Method]] [[team.md|us]] [[About this briefing.md]]",
			`<a href="../../about/index.html" class="wikilink">About this briefing</a> <a href="../../about/index.html#method" class="wikilink">About this briefing › Method</a> <a href="../../team/index.html" class="wikilink">us</a> <a href="../../about/index.html" class="wikilink">About this briefing</a>`, ""},
		{"missing heading by file name with .md", "[[about.md#Nope]]", `<a href="../../about/index.html#nope" class="wikilink">About this briefing › Nope</a>`,
			`content/briefs/linker.md:5:1: warning: wikilink [[about.md#Nope]]: "About this briefing" has no heading #nope; its headings are #method`},
		{"file with a query", "[e](about.md?v=2) [h](../about.md?v=2#method) [n](/about.md?v=2#nope)",
			`<a href="../../about/index.html?v=2">e</a> <a href="../../about/index.html?v=2#method">h</a> <a href="../../about/index.html?v=2#nope">n</a>`,
			`content/briefs/linker.md:5:47: warning: link "/about.md?v=2#nope": "About this briefing" has no heading #nope; its headings are #method`},
		{"draft page's file with a query", "[how](../method.md?v=2)", `how`,
			`content/briefs/linker.md:5:1: warning: link "../method.md?v=2" names a draft, content/method.md, which this build leaves out (-drafts shows it)`},
		{"draft page's file name with .md", "[[method.md]]", `method.md`,
			`content/briefs/linker.md:5:1: warning: wikilink [[method.md]] names a draft, content/method.md, which this build leaves out (-drafts shows it)`},
		{"heading", "[[About this briefing#Method]]", `<a href="../../about/index.html#method" class="wikilink">About this briefing › Method</a>`, ""},
		{"a brief's name wins", "[[Target]]", `<a href="../../briefs/target/index.html" class="wikilink">Target</a>`, ""},
		{"not a brief's", "[[briefs/about]]", `briefs/about`,
			"content/briefs/linker.md:5:1: warning: wikilink [[briefs/about]] names no brief, actor, country, topic or page"},
		{"missing heading", "[[about#Nope]]", `<a href="../../about/index.html#nope" class="wikilink">About this briefing › Nope</a>`,
			`content/briefs/linker.md:5:1: warning: wikilink [[about#Nope]]: "About this briefing" has no heading #nope; its headings are #method`},
		{"markdown link's heading", "[a](../about.md#method) [b](@/about.md#nope)", `<a href="../../about/index.html#method">a</a> <a href="../../about/index.html#nope">b</a>`,
			`content/briefs/linker.md:5:25: warning: link "@/about.md#nope": "About this briefing" has no heading #nope; its headings are #method`},
		{"folder page's heading", "[a](../team/index.md#nope)", `<a href="../../team/index.html#nope">a</a>`,
			`content/briefs/linker.md:5:1: warning: link "../team/index.md#nope": "Our team" has no heading #nope; it has no headings`},
		{"file by name", "[e](about.md) [h](/about.md#method) [t](team.md) [u](../team/index.md)", `<a href="../../about/index.html">e</a> <a href="../../about/index.html#method">h</a> <a href="../../team/index.html">t</a> <a href="../../team/index.html">u</a>`, ""},
		{"a brief's file wins", "[t](target.md) [p](target-page.md)", `<a href="../../briefs/target/index.html">t</a> <a href="../../target-page/index.html">p</a>`, ""},
		{"address", "[a](/about) [b](/about/#method) [c](/about/index.html)", `<a href="../../about/index.html">a</a> <a href="../../about/index.html#method">b</a> <a href="../../about/index.html">c</a>`, ""},
		{"address's heading", "[i](/about/#team) [j](/about#nope)", `<a href="../../about/index.html#team">i</a> <a href="../../about/index.html#nope">j</a>`,
			"content/briefs/linker.md:5:1: warning: link \"/about/#team\": \"About this briefing\" has no heading #team; its headings are #method\n" +
				`content/briefs/linker.md:5:19: warning: link "/about#nope": "About this briefing" has no heading #nope; its headings are #method`},
		{"heading written as its text", "[m](/about/#Method) [n](../about.md#Method)", `<a href="../../about/index.html#method">m</a> <a href="../../about/index.html#method">n</a>`, ""},
		{"draft page's file", "[how](../method.md)", `how`,
			`content/briefs/linker.md:5:1: warning: link "../method.md" names a draft, content/method.md, which this build leaves out (-drafts shows it)`},
		{"draft page's address", "[how](/method/) [how](/method)", `how how`,
			"content/briefs/linker.md:5:1: warning: link \"/method/\" names a draft, content/method.md, which this build leaves out (-drafts shows it)\n" +
				`content/briefs/linker.md:5:17: warning: link "/method" names a draft, content/method.md, which this build leaves out (-drafts shows it)`},
		{"draft page's title", "[[How we work]]", `How we work`,
			`content/briefs/linker.md:5:1: warning: wikilink [[How we work]] names a draft, content/method.md, which this build leaves out (-drafts shows it)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := fragmentSite("", tc.link)
			// A draft page, left out, as load notes it.
			s.DraftNames = map[string]string{"method": "content/method.md", "how we work": "content/method.md"}
			// A page titled as a brief is, one named as a brief's title, and
			// one of a brief's file name.
			s.Pages = []*site.Page{
				{Slug: "about", Title: "About this briefing", File: "content/about.md", BodyLine: 4, Body: []byte("## Method\n")},
				{Slug: "team", Title: "Our team", File: "content/team/index.md", Bundle: true, BodyLine: 4, Body: []byte("Text.\n")},
				{Slug: "target-page", Title: "Target", File: "content/target-page.md", BodyLine: 4},
				// A page of a brief's file name: links by the name lead to the brief.
				{Slug: "target", Title: "Target notes", File: "content/target.md", BodyLine: 4},
			}
			var diags diag.List
			New(Options{}).ConvertSite(s, &diags)
			if got := warnings(diags.Sorted()); got != tc.want {
				t.Errorf("warnings:\n%s\nwant:\n%s", got, tc.want)
			}
			if html := string(s.Briefs[1].BodyHTML.HTML()); !strings.Contains(html, tc.html) {
				t.Errorf("body:\n%s\nwant it to hold:\n%s", html, tc.html)
			}
		})
	}
}
