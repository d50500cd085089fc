package markdown

import (
	"html/template"
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// testSite has one brief and one actor to link to.
func testSite() (*site.Site, *site.Brief, *site.Entity) {
	other := &site.Brief{Slug: "funding-gap", Title: "Funding gap", Aliases: []site.Alias{{Path: "briefs/old-gap/index.html"}}}
	actor := &site.Entity{Kind: site.Actor, Slug: "haitian-national-police", Name: "Haitian National Police", Aliases: []string{"PNH"}}
	ices := &site.Entity{Kind: site.Actor, Slug: "ices", Name: "International Council for the Exploration of the Sea", Aliases: []string{"ICES"}}
	talks := &site.Brief{Slug: "talks", Title: "Talks resume"} // no alias
	s := &site.Site{Names: map[string]site.Target{
		"talks resume":            {Brief: talks},
		"talks":                   {Brief: talks},
		"funding gap":             {Brief: other},
		"funding-gap":             {Brief: other},
		"old gap":                 {Brief: other}, // an old slug, kept as an alias
		"old-gap":                 {Brief: other},
		"haitian national police": {Entity: actor},
		"ices":                    {Entity: ices},
		"pnh":                     {Entity: actor},
	}}
	for key, tg := range maps.Clone(s.Names) {
		if tg.Entity != nil { // as resolve gives them, under their kind too
			s.Names[site.KindKey(tg.Entity.Kind, key)] = tg
		}
	}
	return s, other, actor
}

func convert(t *testing.T, opts Options, body string) (string, *Doc, []diag.Diagnostic) {
	t.Helper()
	s, _, actor := testSite()
	var diags diag.List
	doc := &Doc{File: "b.md", BodyLine: 5, Source: []byte(body), Site: s, Self: &site.Brief{Slug: "self"}, Diags: &diags,
		Entities: []*site.Entity{actor}}
	html := string(New(opts).Convert(doc))
	return html, doc, diags.Sorted()
}

func TestConvert(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		opts       Options
		want       []string
		not        []string
	}{
		{"heading id as written", "## Background {#bg}\n\n## Background {#bg}", Options{}, []string{`<h2 id="bg">Background</h2>`, `<h2 id="bg-2">Background</h2>`}, []string{"{#"}},
		{"heading keeps id and class only", `## Notes {.wide style="color:red" tabindex=1 #n}`, Options{}, []string{`<h2 id="n" class="wide">Notes</h2>`}, []string{"style", "tabindex"}},
		{"heading keeps its language", `## Déclaration {lang=fr}`, Options{}, []string{`<h2 id="déclaration" lang="fr">Déclaration</h2>`}, nil},
		{"heading keeps a direction", `## بيان {lang=ar dir=rtl}`, Options{}, []string{`lang="ar" dir="rtl"`}, nil},
		{"heading drops a language that is none", `## Notes {lang="fr onmouseover=x" dir=sideways}`, Options{}, []string{`<h2 id="notes">Notes</h2>`}, []string{"lang", "dir"}},
		{"heading id not reserved", "## Intro {#main}", Options{ReservedIDs: "main q"}, []string{`<h2 id="main-2">Intro</h2>`}, nil},
		{"heading id not one of the page's data", "## Src report un\n\n## Notes", Options{DataID: func(id string) bool { return strings.HasPrefix(id, "src-") }},
			[]string{`<h2 id="section-src-report-un">Src report un</h2>`, `<h2 id="notes">Notes</h2>`}, []string{`id="src-`}},
		{"braces that are text", "## Funding {for 2025}", Options{}, []string{`<h2 id="funding-for-2025">Funding {for 2025}</h2>`}, nil},
		{"link to a brief's file", "[gap](funding-gap.md) [costs](../briefs/funding-gap.md#the-costs) [z](@/briefs/funding-gap.md)", Options{},
			[]string{`<a href="../../briefs/funding-gap/index.html">gap</a>`, `<a href="../../briefs/funding-gap/index.html#the-costs">costs</a>`, `<a href="../../briefs/funding-gap/index.html">z</a>`}, nil},
		{"link to a file whose name Obsidian escapes", "[gap](Funding%20gap.md) [v](2025/Funding%20gap.md#the-costs) [p](../actors/Haitian%20National%20Police.md)", Options{},
			[]string{`<a href="../../briefs/funding-gap/index.html">gap</a>`, `<a href="../../briefs/funding-gap/index.html#the-costs">v</a>`, `<a href="../../actors/haitian-national-police/index.html">p</a>`}, nil},
		{"link to a heading by its text", "[v](2025/Funding%20gap.md#The%20Costs) [w](funding-gap.md#Later) [x](funding-gap.md#event-a--b)", Options{},
			[]string{`<a href="../../briefs/funding-gap/index.html#the-costs">v</a>`, `<a href="../../briefs/funding-gap/index.html#later">w</a>`, `index.html#event-a--b">x</a>`}, nil},
		{"link to a profile's file", "[police](../actors/haitian-national-police.md) [folder](funding-gap/index.md)", Options{},
			[]string{`<a href="../../actors/haitian-national-police/index.html">police</a>`, `<a href="../../briefs/funding-gap/index.html">folder</a>`}, nil},
		{"link to a file with a query", "[q](funding-gap.md?v=2#the-costs) [r](../actors/haitian-national-police.md?x) [s](funding-gap.MD?v=2) [t](funding-gap.md?) [u](https://x.org/funding-gap.md?v=2)", Options{},
			[]string{`<a href="../../briefs/funding-gap/index.html?v=2#the-costs">q</a>`, `<a href="../../actors/haitian-national-police/index.html?x">r</a>`,
				`<a href="../../briefs/funding-gap/index.html?v=2">s</a>`, `<a href="../../briefs/funding-gap/index.html?">t</a>`, `<a href="https://x.org/funding-gap.md?v=2">u</a>`}, nil},
		{"link to a file of another kind or none", "[a](../topics/funding-gap.md) [b](nobody.md) [c](/files/funding-gap.md)", Options{},
			[]string{`href="../../briefs/self/../topics/funding-gap.md"`, `href="../../briefs/self/nobody.md"`, `href="../../files/funding-gap.md"`}, nil},
		{"link to a file of none with a query", "[b](nobody.md?v=2#x)", Options{}, []string{`href="../../briefs/self/nobody.md?v=2#x"`}, nil},
		{"wikilink title", "See [[Funding gap]].", Options{}, []string{`<a href="../../briefs/funding-gap/index.html" class="wikilink">Funding gap</a>`}, nil},
		{"wikilink slug shows title", "See [[funding-gap]].", Options{}, []string{`class="wikilink">Funding gap</a>`}, nil},
		{"wikilink slug in another case shows title", "See [[Talks]].", Options{}, []string{`class="wikilink">Talks resume</a>`}, nil},
		{"wikilink old slug shows title", "See [[old-gap]].", Options{}, []string{`href="../../briefs/funding-gap/index.html" class="wikilink">Funding gap</a>`}, nil},
		{"wikilink to a heading", "See [[funding-gap#The costs]] and [[Funding gap#Later|later]].", Options{},
			[]string{`href="../../briefs/funding-gap/index.html#the-costs" class="wikilink">Funding gap › The costs</a>`, `#later" class="wikilink">later</a>`}, nil},
		{"wikilink inside a link", "[Read [[Funding gap]] here](https://x.org/a)", Options{},
			[]string{`<a href="https://x.org/a">Read Funding gap here</a>`}, []string{"wikilink"}},
		{"wikilink inside an image", "![Map of [[PNH]] posts](map.png)", Options{}, []string{`alt="Map of PNH posts"`}, []string{"wikilink"}},
		{"wikilink label", "See [[PNH|the police]].", Options{}, []string{`href="../../actors/haitian-national-police/index.html" class="wikilink">the police</a>`}, nil},
		{"wikilink label trimmed", "See [[PNH| the police ]].", Options{}, []string{`class="wikilink">the police</a>`}, nil},
		{"wikilink by folder or kind", "[[briefs/funding-gap]] [[brief/Funding gap|b]] [[actor/PNH]] [[actors/PNH|a]]", Options{},
			[]string{`href="../../briefs/funding-gap/index.html" class="wikilink">Funding gap</a>`, `href="../../briefs/funding-gap/index.html" class="wikilink">b</a>`,
				`href="../../actors/haitian-national-police/index.html" class="wikilink">PNH</a>`, `href="../../actors/haitian-national-police/index.html" class="wikilink">a</a>`}, nil},
		{"wikilink of one letter ending the body", "See [[Q]]", Options{}, []string{"<p>See Q</p>"}, []string{"[["}},
		{"brackets too far apart are no wikilink", "See [[" + strings.Repeat("x", 600) + "]].", Options{}, []string{"[[xxx"}, []string{"<a"}},
		{"wikilink alias kept", "The [[pnh]] said.", Options{}, []string{`class="wikilink">pnh</a>`}, nil},
		{"wikilink alias like the slug kept", "The [[ICES]] said.", Options{}, []string{`href="../../actors/ices/index.html" class="wikilink">ICES</a>`}, nil},
		{"wikilink slug of an actor", "The [[ices]] said.", Options{}, []string{`class="wikilink">International Council for the Exploration of the Sea</a>`}, nil},
		{"wikilink pretty", "[[Funding gap]]", Options{PrettyURLs: true}, []string{`href="../../briefs/funding-gap/"`}, nil},
		{"wikilink unresolved", "[[Nobody]] here", Options{}, []string{"<p>Nobody here</p>"}, []string{"<a"}},
		{"wikilink in code", "`[[Funding gap]]`", Options{}, []string{"<code>[[Funding gap]]</code>"}, []string{"<a"}},
		{"bare URL marked", "See https://x.org/a, <https://y.org/b>, [x.org/c](https://x.org/c/) and [the report](https://x.org/d).", Options{},
			[]string{`<a href="https://x.org/a" class="bare-url">https://x.org/a</a>`, `<a href="https://y.org/b" class="bare-url">https://y.org/b</a>`,
				`<a href="https://x.org/c/" class="bare-url">x.org/c</a>`, `<a href="https://x.org/d">the report</a>`}, nil},
		{"tables and code scroll in named boxes", "| a | b |\n|---|---|\n| 1 | 2 |\n\n    indented\n\n```go\nx := \"<\"\n```\n\n| c |\n|---|\n| 3 |\n", Options{CodeLabel: `Code "%d"`},
			[]string{"<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table 1\">\n<table>", "</table>\n</div>\n",
				`<pre role="region" tabindex="0" aria-label="Code &quot;1&quot;"><code>indented`,
				`<pre role="region" tabindex="0" aria-label="Code &quot;2&quot;"><code class="language-go">x := &quot;&lt;&quot;`, `aria-label="Table 2"`}, []string{"brief-box"}},
		{"a box alone under a heading is named after it", "| a |\n|---|\n| 1 |\n\n## Losses & [[PNH]] `posts`\n\n| b |\n|---|\n| 2 |\n\n### Sample\n\n```go\nx\n```\n", Options{},
			[]string{`<div class="table-scroll" role="region" tabindex="0" aria-label="Table 1">`,
				`<div class="table-scroll" role="region" tabindex="0" aria-label="Losses &amp; PNH posts">`, `<pre role="region" tabindex="0" aria-label="Sample">`}, []string{"brief-box"}},
		{"boxes under one heading keep their numbers", "## Data\n\n| a |\n|---|\n| 1 |\n\n    code\n\n## Empty\n", Options{},
			[]string{`aria-label="Table 1"`, `aria-label="Code 1"`}, []string{`aria-label="Data"`, `aria-label="Empty"`}},
		{"a box in a footnote is not named after a heading", "## Notes\n\nText[^1].\n\n[^1]: A note.\n\n    | a |\n    |---|\n    | 1 |\n\n    ## In the note\n\n| b |\n|---|\n| 2 |\n", Options{},
			[]string{`aria-label="Table 1"`, `aria-label="Notes"`}, []string{`aria-label="In the note"`}},
		{"javascript link", "[x](javascript:alert(1))", Options{}, []string{"<p>x</p>"}, []string{"javascript"}},
		{"javascript link with a tab escaped", "[x](<java%09script:alert(1)>) [y](java%0Ascript:alert(2))", Options{}, []string{"<p>x y</p>"}, []string{"script:", "href"}},
		{"javascript link with a tab as a reference", "[x](java&#9;script:alert(1))", Options{}, []string{"<p>x</p>"}, []string{"script:", "href"}},
		{"mixed-case scheme", "[x](JaVaScRiPt:alert(1))", Options{}, nil, []string{"alert", "<a"}},
		{"control chars", "[x](java\tscript:alert(1))", Options{}, nil, []string{"<a"}},
		{"data link", "[x](data:text/html;base64,PHNjcmlwdD4=)", Options{}, nil, []string{"data:"}},
		{"vbscript autolink", "<vbscript:msgbox>", Options{}, nil, []string{`href="vbscript`}},
		{"data image", "![i](data:image/svg+xml;base64,AAAA)", Options{}, nil, []string{"<img"}},
		{"links from the root are from the site's", "[f](/files/a.pdf) ![i](/img/m.png) [h](//x.org/a) [q](?x)", Options{},
			[]string{`href="../../files/a.pdf"`, `src="../../img/m.png"`, `href="//x.org/a"`, `href="?x"`}, nil},
		{"links from the root to a page", "[a](/briefs/funding-gap) [b](/briefs/funding-gap/#part) [c](/briefs/funding-gap/index.html)", Options{},
			[]string{`href="../../briefs/funding-gap/index.html"`, `href="../../briefs/funding-gap/index.html#part"`, `<a href="../../briefs/funding-gap/index.html">c</a>`}, nil},
		{"links from the root to an old slug lead to the page", "[a](/briefs/old-gap/) [b](/briefs/old-gap/index.html#part) [c](/briefs/old-gap/index.html)", Options{PrettyURLs: true},
			[]string{`<a href="../../briefs/funding-gap/">a</a>`, `<a href="../../briefs/funding-gap/#part">b</a>`, `<a href="../../briefs/funding-gap/">c</a>`}, []string{"old-gap"}},
		{"folders link their index page", "[a](/briefs/talks/) [b](/) [c](/briefs/talks/?x#y) [d](https://x.org/) ![i](/img/)", Options{},
			[]string{`href="../../briefs/talks/index.html"`, `href="../../index.html"`, `href="../../briefs/talks/index.html?x#y"`, `href="https://x.org/"`, `src="../../img/"`}, nil},
		{"folders left as folders with pretty URLs", "[a](/briefs/talks/)", Options{PrettyURLs: true}, []string{`href="../../briefs/talks/"`}, nil},
		{"relative links rebased", "[f](file.pdf) ![i](map.png)", Options{}, []string{`href="../../briefs/self/file.pdf"`, `src="../../briefs/self/map.png"`}, nil},
		{"a link to a heading by its text", "## Local Heading\n\n## Other {#o}\n\n[self](#Local%20Heading) [o](#Other) [id](#local-heading) [none](#No%20Such)", Options{},
			[]string{`<a href="#local-heading">self</a>`, `<a href="#o">o</a>`, `<a href="#local-heading">id</a>`, `<a href="#No%20Such">none</a>`}, nil},
		{"safe links", "[a](https://x.org) [b](../other/) [c](#sec) [d](mailto:a@b.org)", Options{}, []string{`href="https://x.org"`, `href="../../briefs/self/../other/index.html"`, `href="#sec"`, `href="mailto:a@b.org"`}, nil},
		{"dot segments taken out", "![c](./chart.png) [d](./data/./d.csv?v=./1#./x) [e](/files/./a/.) [f](./../up) [g](https://x.org/./a)", Options{},
			[]string{`src="../../briefs/self/chart.png"`, `href="../../briefs/self/data/d.csv?v=./1#./x"`, `href="../../files/a/index.html"`, `href="../../briefs/self/../up"`, `href="https://x.org/./a"`}, []string{"self/./", "/./d.csv"}},
		{"raw html off", "<script>alert(1)</script>\n\nText <b onclick=x>b</b>", Options{}, []string{"<p>Text b</p>"}, []string{"<script", "onclick", "<!--"}},
		{"comments and the divider left out", "One.\n\n<!--more-->\n\nTwo <!-- note --> words.\n\n<!-- a\nblock -->\n", Options{}, []string{"<p>One.</p>\n<p>Two  words.</p>\n"}, []string{"<!--"}},
		{"shortcode taken for HTML left out", "Text {{<figure src=\"x.png\">}} more.", Options{}, []string{"<p>Text {{}} more.</p>"}, []string{"<!--", "<figure"}},
		{"a wikilink naming nothing shows its target", "See [[Nowhere#Part]], [[Nowhere|the place]] and [[ Elsewhere ]].", Options{}, []string{"<p>See Nowhere › Part, the place and Elsewhere.</p>"}, []string{"#Part"}},
		{"paragraph of raw HTML alone left out", "One.\n\n<video src=\"a.mp4\"></video>\n\n<b>Two</b> <i></i>\n\n- <span></span>\n", Options{}, []string{"<p>One.</p>", "<p>Two </p>"}, []string{"<p></p>", "<p>\n</p>", "<li>", "<ul>"}},
		{"quote or list item of raw HTML alone left out", "One.\n\n> <!-- editor's note -->\n\n> <div>x</div>\n\n- <!-- hidden -->\n- kept\n\n1. <div>only</div>\n\n> Kept.\n> <!-- note -->\n\n> - <br>\n\nText[^1].\n\n[^1]: <!-- a note -->\n", Options{},
			[]string{"<p>One.</p>\n<ul>\n<li>kept</li>\n</ul>\n<blockquote>\n<p>Kept.</p>\n</blockquote>\n<p>Text", `<li id="fn:1">`}, []string{"<blockquote>\n</blockquote>", "<li></li>", "<ol>\n<li>", "<li>\n</li>"}},
		{"heading or definition of a comment alone left out", "## <!-- a heading to come -->\n\nTerm\n: <!-- to define -->\n: Defined.\n\n## <!-- kept --> {#anchor}\n\n## Section\n", Options{},
			[]string{"<dl>\n<dt>Term</dt>\n<dd>Defined.</dd>\n</dl>", `<h2 id="anchor"></h2>`, `<h2 id="section">Section</h2>`}, []string{"<dd></dd>", "section-2", `<h2 id="section"></h2>`}},
		{"raw HTML kept in a quote", "> <div>x</div>\n", Options{UnsafeHTML: true}, []string{"<blockquote>\n<div>x</div>\n</blockquote>"}, nil},
		{"comments kept with raw HTML", "One.\n\n<!-- note -->\n", Options{UnsafeHTML: true}, []string{"<!-- note -->"}, nil},
		{"raw html on", "<aside>note</aside>", Options{UnsafeHTML: true}, []string{"<aside>note</aside>"}, nil},
		{"heading ids readable and unique", "## Résumé du conflit\n\n## Résumé du conflit", Options{}, []string{`id="résumé-du-conflit"`, `id="résumé-du-conflit-2"`}, nil},
		{"heading ids from the text shown", "## On [[funding-gap]], [the plan](https://x.org/p) and <b>more</b> &amp; `code`", Options{UnsafeHTML: true},
			[]string{`<h2 id="on-funding-gap-the-plan-and-more-and-code">`}, nil},
		{"heading ids without omitted HTML", "## Before <script>x</script> after", Options{}, []string{`<h2 id="before-x-after">`}, nil},
		{"heading ids not the page's", "## Main\n\n## Sources heading", Options{ReservedIDs: "main sources-heading"}, []string{`<h2 id="main-2">`, `<h2 id="sources-heading-2">`}, nil},
		{"h1 goes under the title", "# Top\n\n## Part\n\n###### Deep", Options{}, []string{`<h2 id="top">Top</h2>`, `<h3 id="part">Part</h3>`, `<h6 id="deep">Deep</h6>`}, []string{"<h1"}},
		{"h2 stays", "## Part\n\n### Sub", Options{}, []string{`<h2 id="part">Part</h2>`, `<h3 id="sub">Sub</h3>`}, nil},
		{"wikilink within the page", "## Background {#bg}\n\nSee [[#Background]], [[#bg|it]] and [[#Later]].\n\n## Later\n", Options{},
			[]string{`<a href="../../briefs/self/index.html#bg" class="wikilink">Background</a>`, `<a href="../../briefs/self/index.html#bg" class="wikilink">it</a>`,
				`<a href="../../briefs/self/index.html#later" class="wikilink">Later</a>`}, nil},
		{"wikilink within the page by an id as written", "## Background {#Bg_1}\n\nSee [[#Bg_1]].", Options{},
			[]string{`<a href="../../briefs/self/index.html#Bg_1" class="wikilink">Bg_1</a>`}, nil},
		{"wikilink within the page to the first of two headings", "## Costs {#c1}\n\n## Costs {#c2}\n\nSee [[#Costs]].", Options{},
			[]string{`<a href="../../briefs/self/index.html#c1" class="wikilink">Costs</a>`}, nil},
		{"definition list", "MINUSTAH\n: The UN mission before.", Options{}, []string{"<dl>\n<dt>MINUSTAH</dt>\n<dd>The UN mission before.</dd>\n</dl>"}, nil},
		{"gfm table and footnote", "| a |\n|---|\n| b |\n\nText[^1].\n\n[^1]: Note.", Options{}, []string{"<table>", `class="footnotes"`}, nil},
		{"footnote's link back named", "Text[^1] and[^1].\n\n[^1]: Note.", Options{},
			[]string{`<a href="#fnref:1" class="footnote-backref" title="Back to reference 1" role="doc-backlink"><span aria-hidden="true">&#x21a9;&#xfe0e;</span></a>`,
				`<a href="#fnref1:1" class="footnote-backref" title="Back to reference 1" role="doc-backlink">`}, nil},
		{"footnote's link back named in the site's language", "Texte[^n].\n\n[^n]: Note.", Options{BacklinkLabel: "Retour à l’appel de note %d"},
			[]string{`title="Retour à l’appel de note 1"`}, nil},
		{"characters XML forbids", "a\x0bb &#11; &#xFFFF; &#xFFFE; \x1b.", Options{}, []string{"<p>a\uFFFDb \uFFFD \uFFFD \uFFFD \uFFFD.</p>"}, nil},
		{"typographer", `"quoted" -- dash`, Options{}, []string{"&ldquo;quoted&rdquo; &ndash; dash"}, nil},
		{"English quotes as goldmark writes them", `"quoted"`, Options{Quotes: [2]string{"“", "”"}}, []string{"&ldquo;quoted&rdquo;"}, nil},
		{"quotes of the language", `"non" et 'peut-être', l'ONU, l'[[Funding gap]] et l'**État**, Peters' house`, Options{Quotes: [2]string{"«\u00a0", "<\u00a0»"}},
			[]string{"«\u00a0non&lt;\u00a0» et &lsquo;peut-être&rsquo;, l&rsquo;ONU, l&rsquo;<a ", "et l&rsquo;<strong>État</strong>, Peters&rsquo; house"}, []string{"&ldquo;"}},
		{"mentions first only", "The Haitian National Police met. Haitian National Police again.", Options{LinkMentions: true},
			[]string{`The <a href="../../actors/haitian-national-police/index.html" class="mention">Haitian National Police</a> met. Haitian National Police again.`}, nil},
		{"mention alias whole word", "PNHX and PNH.", Options{LinkMentions: true}, []string{`PNHX and <a href="../../actors/haitian-national-police/index.html" class="mention">PNH</a>.`}, nil},
		{"mentions off", "The Haitian National Police met.", Options{}, nil, []string{"mention"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			html, _, _ := convert(t, tc.opts, tc.body)
			for _, w := range tc.want {
				if !strings.Contains(html, w) {
					t.Errorf("output lacks %s\n%s", w, html)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(html, n) {
					t.Errorf("output contains %s\n%s", n, html)
				}
			}
		})
	}
}

func TestDiagnosticsAndFacts(t *testing.T) {
	_, doc, ds := convert(t, Options{}, "First para [[Funding gap]].\n\nSecond [[Nowhere]] and [bad](javascript:x).\n\n## Head\n")
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		"b.md:7:8: warning: wikilink [[Nowhere]] names no brief, actor, country or topic",
		"b.md:7:24: warning: link or image with an unsafe or unsupported URL scheme removed",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if doc.first != "First para Funding gap." {
		t.Errorf("first paragraph %q", doc.first)
	}
	if len(doc.linksTo) != 1 || doc.linksTo[0].Slug != "funding-gap" {
		t.Errorf("links to %v", doc.linksTo)
	}
}

// TestRawHTMLWarning checks that a body whose raw HTML the page goes
// without gets one warning, at its first place, that comments get none,
// and that a site which keeps raw HTML gets none.
func TestRawHTMLWarning(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		opts       Options
		want       string
	}{
		{"block", "Text.\n\n<div>x</div>\n", Options{}, "b.md:7:1: warning: raw HTML block <div> left out of the page with the text in it; write it in Markdown, or set unsafe_html: true in the site file to keep raw HTML"},
		{"inline", "A <b>bold</b> word.", Options{}, "b.md:5:3: warning: raw HTML tag <b> left out of the page, its text kept as plain text; set unsafe_html: true in the site file to keep the tags"},
		{"image blocks", "<figure><img src=\"a.jpg\"><figcaption>A map.</figcaption></figure>\n\nText.\n\n<p>Gone.</p>\n\n<img src=\"b.jpg\">", Options{}, "b.md:5:1: warning: raw HTML block <figure> left out of the page, and what it shows with it (and 1 more block); write an image as ![what it shows](file) and a video or an embed as a link, or set unsafe_html: true in the site file to keep raw HTML\nb.md:9:1: warning: raw HTML block <p> left out of the page with the text in it; write it in Markdown, or set unsafe_html: true in the site file to keep raw HTML"},
		{"image", "Troops<sup>1</sup> and a map <img src=\"map.jpg\">.\n\nA <iframe src=x></iframe> too.", Options{}, "b.md:5:7: warning: raw HTML tag <sup> left out of the page, its text kept as plain text; set unsafe_html: true in the site file to keep the tags\nb.md:5:30: warning: raw HTML tag <img> left out of the page, and what it shows with it (and on 1 more line); write an image as ![what it shows](file) and a video or an embed as a link, or set unsafe_html: true in the site file to keep the tags"},
		{"many", "<iframe src=x></iframe>\n\nA<br>b<br>c\n\n<b>d</b>", Options{}, "b.md:5:1: warning: raw HTML block <iframe> left out of the page, and what it shows with it; write an image as ![what it shows](file) and a video or an embed as a link, or set unsafe_html: true in the site file to keep raw HTML\nb.md:7:2: warning: raw HTML tag <br> left out of the page, its text kept as plain text (and on 1 more line); set unsafe_html: true in the site file to keep the tags"},
		{"shortcode", "Intro.\n\nSee {{% note %}} and {{< figure src=\"/x.png\" >}}.\n\n`{{< not this >}}`", Options{}, "b.md:7:5: warning: Hugo shortcode, which brief does not read; write an image as ![text](file), a link to a brief or profile as [[name]]\nb.md:7:22: warning: Hugo shortcode, which brief does not read; write an image as ![text](file), a link to a brief or profile as [[name]]"},
		{"wikilink over two lines", "See [[Funding\ngap]] here.", Options{}, "b.md:5:5: warning: wikilink split over two lines, shown as it is; write it on one: [[Funding gap]]"},
		{"empty wikilink", "See [[]] here.", Options{}, "b.md:5:5: warning: empty wikilink [[]], shown as it is"},
		{"blank wikilinks", "See [[ ]] and [[|label]].", Options{}, "b.md:5:5: warning: empty wikilink [[ ]], shown as it is\nb.md:5:15: warning: empty wikilink [[|label]], shown as it is"},
		{"wikilink to no heading", "See [[#]].", Options{}, "b.md:5:5: warning: empty wikilink [[#]], shown as it is"},
		{"bracketed link text", "See [[PDF] Annual report](https://x.org/r.pdf) and [[Funding gap]].", Options{}, ""},
		{"bracketed link text, no wikilink after", "See [[PDF] Annual report](https://x.org/r.pdf).", Options{}, ""},
		{"a bracket before a link", "See [[PDF](https://x.org/r.pdf) and [[`x`](https://x.org).", Options{}, ""},
		{"every broken wikilink of a paragraph", "Empty [[]] then split [[Funding\ngap]].", Options{}, "b.md:5:7: warning: empty wikilink [[]], shown as it is\nb.md:5:23: warning: wikilink split over two lines, shown as it is; write it on one: [[Funding gap]]"},
		{"split in a quote and a list", "> See [[Funding\n> gap]].\n\n- an item [[Funding\n  gap]]", Options{},
			"b.md:5:7: warning: wikilink split over two lines, shown as it is; write it on one: [[Funding gap]]\nb.md:8:11: warning: wikilink split over two lines, shown as it is; write it on one: [[Funding gap]]"},
		{"wikilink not closed", "Fine [[Funding gap]], then [[Funding and [[more\n\nAnd `[[code` \\[[x.", Options{}, "b.md:5:28: warning: [[ without a closing ]], shown as it is"},
		{"zola shortcode", "Text {{ figure(src=\"x.png\") }} here.", Options{}, "b.md:5:6: warning: Zola shortcode, which brief does not read; write an image as ![text](file), a link to a brief or profile as [[name]]"},
		{"template tag", "Text\n\n{% image \"x.png\" %}\n", Options{}, "b.md:7:1: warning: template tag, which brief does not read; write an image as ![text](file), a link to a brief or profile as [[name]]"},
		{"braces in prose", "A set {{a, b}} and {% of votes, {x}.", Options{}, ""},
		{"liquid and kramdown", "See {{ page.url }} for updates.\n![Site image]({{ site.baseurl }}/img/photo.jpg)\n[note]({{ '/about/' | url }})\n* TOC\n{:toc}\n\nAn important note.\n{: .notice}\n![Map](/img/map.png){: width=\"300\"}", Options{},
			"b.md:5:5: warning: template tag {{ page.url }} of another generator (Liquid, Nunjucks), which brief does not run: the page shows it as written; write the link or text itself\n" +
				"b.md:6:15: warning: template tag {{ site.baseurl }} of another generator (Liquid, Nunjucks) in a link's address, which brief does not run: the page shows the link as written; write the path from the site's root, /img/photo.jpg, which brief makes relative to each page (a file of static/ is at the root), or a path relative to the brief\n" +
				"b.md:7:8: warning: template tag {{ '/about/' | url }} of another generator (Liquid, Nunjucks) in a link's address, which brief does not run: the page shows the link as written; write the path from the site's root, /about/, which brief makes relative to each page (a file of static/ is at the root), or a path relative to the brief\n" +
				"b.md:9:1: warning: kramdown's table of contents marker {:toc}, which brief does not read: the page shows it as written, and brief makes no table of contents of a body; take it out, with the list item above it\n" +
				"b.md:12:1: warning: kramdown attribute list {: .notice}, which brief does not read: the page shows it as written; take it out (of attributes brief reads a heading's id and class, written ## Heading {#id .class})\n" +
				"b.md:13:21: warning: kramdown attribute list {: width=\"300\"}, which brief does not read: the page shows it as written; take it out (of attributes brief reads a heading's id and class, written ## Heading {#id .class})"},
		{"output tags the parser took into a link", "![M]({{site.baseurl}}/img/m.png) [a]({{'/about/'|url}}) [p]({{page.next.url}})", Options{},
			"b.md:5:6: warning: template tag {{site.baseurl}} of another generator (Liquid, Nunjucks) in a link's address, which brief does not run: the page shows the link as written; write the path from the site's root, /img/m.png, which brief makes relative to each page (a file of static/ is at the root), or a path relative to the brief\n" +
				"b.md:5:38: warning: template tag {{'/about/'|url}} of another generator (Liquid, Nunjucks) in a link's address, which brief does not run: the page shows the link as written; write the path from the site's root, /about/, which brief makes relative to each page (a file of static/ is at the root), or a path relative to the brief\n" +
				"b.md:5:61: warning: template tag {{page.next.url}} of another generator (Liquid, Nunjucks) in a link's address, which brief does not run: the page shows the link as written; write the address itself: a path from the site's root (/img/map.png for static/img/map.png), which brief makes relative to each page, a path relative to the brief, or a URL"},
		{"output tags of several shapes", "# {{- page.title -}}\n\nBy {{ author }}, {{ \"now\" | date: \"%Y\" }} and {{ site.data.people[0].name }}.", Options{},
			"b.md:5:3: warning: template tag {{- page.title -}} of another generator (Liquid, Nunjucks), which brief does not run: the page shows it as written; write the link or text itself\n" +
				"b.md:7:4: warning: template tag {{ author }} of another generator (Liquid, Nunjucks), which brief does not run: the page shows it as written; write the link or text itself\n" +
				"b.md:7:18: warning: template tag {{ \"now\" | date: \"%Y\" }} of another generator (Liquid, Nunjucks), which brief does not run: the page shows it as written; write the link or text itself\n" +
				"b.md:7:47: warning: template tag {{ site.data.people[0].name }} of another generator (Liquid, Nunjucks), which brief does not run: the page shows it as written; write the link or text itself"},
		{"kramdown on a heading", "## Background {: #bg .wide}", Options{}, "b.md:5:15: warning: kramdown attribute list {: #bg .wide}, which brief does not read: the page shows it as written; take it out (of attributes brief reads a heading's id and class, written ## Heading {#id .class})"},
		{"braces that are no tag", "Type {{ to open. The sum x^{{n}} and {{n-1}}, {{ n-1 }}, {{x}}, {{\"a\": 1}}, {{ f }.\nA {: smile :} and {:-)} and {{ page.url\n}}, \\{{ page.url }}, {:}.", Options{}, ""},
		{"output tags and attribute lists in code", "Write `{{ page.url }}` or `{:toc}`.\n\n```liquid\n{{ site.baseurl }}/x\n{: .notice}\n```\n\n    {{ page.url }}\n", Options{}, ""},
		{"a call in braces not closed on its line", "A set {{ f(x) and\nmore }}.", Options{}, ""},
		{"ref shortcode", "See [the gap]({{< ref \"posts/funding-gap.md\" >}}).", Options{}, "b.md:5:15: warning: Hugo's ref shortcode, which brief does not read; link to the file itself, as in [text](funding-gap.md)"},
		{"ref shortcode to no page", "See [the pact]({{< ref \"posts/aes-pact.md\" >}}).", Options{}, "b.md:5:16: warning: Hugo's ref shortcode, which brief does not read; \"posts/aes-pact.md\" names no brief or profile of this site; link to one as [text](file.md) or [[name]]"},
		{"ref shortcode without .md", "See [it]({{< ref \"posts/funding-gap#sec\" >}}).", Options{}, "b.md:5:10: warning: Hugo's ref shortcode, which brief does not read; link to the file itself, as in [text](funding-gap.md#sec)"},
		{"two shortcodes, one taken for HTML", "See {{% note %}} and {{<figure src=\"x\">}}.", Options{}, "b.md:5:5: warning: Hugo shortcode, which brief does not read; write an image as ![text](file), a link to a brief or profile as [[name]]\nb.md:5:22: warning: Hugo shortcode, which brief does not read; write an image as ![text](file), a link to a brief or profile as [[name]]"},
		{"relref shortcode", "See [it]({{% relref \"../actors/haitian-national-police.md#x\" %}}).", Options{}, "b.md:5:10: warning: Hugo's relref shortcode, which brief does not read; link to the file itself, as in [text](../actors/haitian-national-police.md#x)"},
		{"ref shortcode by title", "See [it]({{< ref \"Funding gap\" >}}).", Options{}, "b.md:5:10: warning: Hugo's ref shortcode, which brief does not read; link to the file itself, as in [text](funding-gap.md)"},
		{"shortcode in code", "Write `{{< figure >}}` and ``{{% x %}}`` no more.", Options{}, ""},
		{"shortcode without spaces", "Text {{<figure src=\"x.png\">}} and more.", Options{}, "b.md:5:6: warning: Hugo shortcode, which brief does not read; write an image as ![text](file), a link to a brief or profile as [[name]]"},
		{"shortcode with raw HTML kept", "Text {{<youtube abc>}}.", Options{UnsafeHTML: true}, "b.md:5:6: warning: Hugo shortcode, which brief does not read; write an image as ![text](file), a link to a brief or profile as [[name]]"},
		{"a paragraph over a line of dashes", "The talks resumed on Monday.\n---\n\nMore.", Options{}, "b.md:6:1: warning: a line of dashes under a paragraph makes it a heading; leave a blank line before the dashes for a rule, write <!--more--> in their place to end the summary there, or, for a heading, write ## Heading"},
		{"setext headings that read as paragraphs", "Two\nlines\n  ---\n\nWhat next.\n===\n\n> Quoted:\n> ----\n\n" + strings.Repeat("long ", 17) + "\n-\n\n*\"Said so.\"*\n--\n\n一个句子。\n---", Options{},
			"b.md:7:3: warning: a line of dashes under a paragraph makes it a heading; leave a blank line before the dashes for a rule, write <!--more--> in their place to end the summary there, or, for a heading, write ## Heading\n" +
				"b.md:10:1: warning: a line of = signs under a paragraph makes it a heading; take the line out to keep the paragraph, or, for a heading, write # Heading\n" +
				"b.md:13:3: warning: a line of dashes under a paragraph makes it a heading; leave a blank line before the dashes for a rule, write <!--more--> in their place to end the summary there, or, for a heading, write ## Heading\n" +
				"b.md:16:1: warning: a line of dashes under a paragraph makes it a heading; leave a blank line before the dashes for a rule, write <!--more--> in their place to end the summary there, or, for a heading, write ## Heading\n" +
				"b.md:19:1: warning: a line of dashes under a paragraph makes it a heading; leave a blank line before the dashes for a rule, write <!--more--> in their place to end the summary there, or, for a heading, write ## Heading\n" +
				"b.md:22:1: warning: a line of dashes under a paragraph makes it a heading; leave a blank line before the dashes for a rule, write <!--more--> in their place to end the summary there, or, for a heading, write ## Heading"},
		{"headings made of short titles", "Background\n---\n\nText.\n\nThe U.S. role\n===\n\n## Ends with a dot.\n---\n\n# Q?\n\nPara.\n\n---\n\n- Item\n---\n", Options{}, ""},
		{"a merge conflict's middle", "<<<<<<< HEAD\nOne side.\n=======\nThe other.\n>>>>>>> main\n", Options{}, ""},
		{"heading id taken", "## Intro\n\n## Again {#intro}", Options{}, "b.md:7:4: warning: heading id #intro is taken, by the page or a heading above; this heading is #intro-2"},
		{"two lines", "A <br>\nb <br>", Options{}, "b.md:5:3: warning: raw HTML tag <br> left out of the page, its text kept as plain text (and on 1 more line); set unsafe_html: true in the site file to keep the tags"},
		{"comments", "<!-- a note -->\n\nText <!-- inline note --> here.", Options{}, ""},
		{"code", "`<b>` and\n\n    <div>\n", Options{}, ""},
		{"kept", "<div>x</div>\n\nA <b>b</b>", Options{UnsafeHTML: true}, ""},
		{"comment never closed", "Text.\n\n  <!-- TODO write this\n\nstill todo", Options{}, "b.md:7:3: warning: HTML comment <!-- is not closed, so the rest of the body is hidden, as a browser hides it; close it with -->"},
		{"comment never closed, kept", "Text.\n\n<!-- TODO", Options{UnsafeHTML: true}, "b.md:7:1: warning: HTML comment <!-- is not closed, so the rest of the body is hidden, as a browser hides it; close it with -->"},
		{"text beside a comment", "<!-- c --> Lost.\n\n> <!-- c --> quoted\n\n<!-- a\nb --> after\n\n<!-- one --> <!-- two -->\n\n<!--more-->\n\nText.", Options{}, "b.md:5:12: warning: text beside an HTML comment on its line is left out with the comment: a line that starts with <!-- is HTML to the end of the line that closes it; write the text on a line of its own\nb.md:7:14: warning: text beside an HTML comment on its line is left out with the comment: a line that starts with <!-- is HTML to the end of the line that closes it; write the text on a line of its own\nb.md:10:7: warning: text beside an HTML comment on its line is left out with the comment: a line that starts with <!-- is HTML to the end of the line that closes it; write the text on a line of its own"},
		{"text beside a comment, kept", "<!-- c --> Kept.\n\nText.", Options{UnsafeHTML: true}, ""},
		{"comments closed", "<!-- a -->\n\n<!--\nb\n-->\n\n<!-- c\n-->", Options{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, ds := convert(t, tc.opts, tc.body)
			if got := warnings(ds); got != tc.want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// TestDropSources checks that ConvertSite lets each converted body go with
// DropSources, and keeps it otherwise.
// TestBuildOnceOptions checks that DropSources lets the Markdown go and
// PackHTML packs the HTML, and that neither changes the HTML.
func TestBuildOnceOptions(t *testing.T) {
	for _, opts := range []Options{{}, {DropSources: true}, {PackHTML: true}, {DropSources: true, PackHTML: true}} {
		b := &site.Brief{Slug: "a", Title: "A", File: "content/briefs/a.md", Body: []byte("Some *text*.\n")}
		e := &site.Entity{Kind: site.Actor, Slug: "x", Name: "X", File: "content/actors/x.md", Body: []byte("About X.\n")}
		s := &site.Site{Briefs: []*site.Brief{b}, Actors: []*site.Entity{e}, Names: map[string]site.Target{}}
		var diags diag.List
		New(opts).ConvertSite(s, &diags)
		if got, want := b.HTML(), template.HTML("<p>Some <em>text</em>.</p>\n"); got != want {
			t.Errorf("%+v: brief HTML %q, want %q", opts, got, want)
		}
		if got, want := e.HTML(), template.HTML("<p>About X.</p>\n"); got != want {
			t.Errorf("%+v: profile HTML %q, want %q", opts, got, want)
		}
		if gone := b.Body == nil && e.Body == nil; gone != opts.DropSources {
			t.Errorf("%+v: bodies %q, %q", opts, b.Body, e.Body)
		}
		if packed := b.BodyHTML.Packed() && e.BodyHTML.Packed(); packed != opts.PackHTML {
			t.Errorf("%+v: packed %v", opts, packed)
		}
	}
}

// TestFirstParagraphText checks the summary a body gives when its front
// matter has none: its first paragraph's text as a reader sees it, not
// the HTML the typographer and the escapes stand for.
func TestFirstParagraphText(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`He said "yes" -- and it's done...`, "He said “yes” – and it’s done…"},
		{"Kenya & Haiti &amp; the &#8220;plan&#x201D; &copy;", "Kenya & Haiti & the “plan” ©"},
		{`\*not emphasis\* and \[not a link\]`, "*not emphasis* and [not a link]"},
		{"Code `a &amp; \\*b` stays as written.", "Code a &amp; \\*b stays as written."},
		{"See <https://example.org/a?b=1&c=2> and **bold** _text_.", "See https://example.org/a?b=1&c=2 and bold text."},
		{"Two\nlines and [[Funding gap|a link]].", "Two lines and a link."},
		{"See [[funding-gap]], [[PNH]] and [[Funding gap#Costs]]; [[Nobody]].", "See Funding gap, PNH and Funding gap › Costs; Nobody."},
	} {
		_, doc, _ := convert(t, Options{}, tc.src+"\n")
		if doc.first != tc.want {
			t.Errorf("first paragraph of %q = %q, want %q", tc.src, doc.first, tc.want)
		}
	}
}

// TestFirstParagraphOutside checks that the summary a body gives is its
// first paragraph outside a blockquote or a footnote (a loose list's
// first item is its opening text): an
// editor's note quoted above the body is not what the brief says, and
// a body with no other paragraph gives none; nor is an image's
// description, alone in its paragraph, what it says.
func TestFirstParagraphOutside(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"> **Editor's note:** this brief rests on a single source.\n\nThe mission landed.", "The mission landed."},
		{"> A quote\n>\n> of two paragraphs.\n\n## Heading\n\nThe mission landed.", "The mission landed."},
		{"- one\n\n- two\n\nThe mission landed.", "one"},
		{"1. Kenya deploys 400 officers.\n\n2. Haiti welcomes them.\n\n_Last checked 3 May._", "Kenya deploys 400 officers."},
		{"1. > quoted\n\nThe mission landed.", "The mission landed."},
		{"[^n]: A note first.\n\nThe mission landed.[^n]", "The mission landed."},
		{"| a | b |\n|---|---|\n| c | d |\n\nThe mission landed.", "The mission landed."},
		{"> Only a quote.", ""},
		{"> Only a quote.\n\n- and a list", ""},
		{"> Only a quote.\n\n[^n]: and a note", ""},
		{"> [!NOTE]\n> A callout.", ""},
		{"![Map of the area](x.png)\n\nThe mission landed.", "The mission landed."},
		{"![Map](x.png) ![Port](y.png)\n<!-- credit -->\n\nThe mission landed.", "The mission landed."},
		{"[![Map of the area](x.png)](big.png)\n\nThe mission landed.", "The mission landed."},
		{"![Map of the area](x.png)", ""},
		{"![Map](x.png) of the area, as drawn in May.\n\nThe mission landed.", "Map of the area, as drawn in May."},
		{"- ![Map](x.png)\n\n- The mission landed.", "The mission landed."},
	} {
		_, doc, _ := convert(t, Options{}, tc.src+"\n")
		if doc.first != tc.want {
			t.Errorf("first paragraph of %q = %q, want %q", tc.src, doc.first, tc.want)
		}
	}
}

// TestSummaryDivider checks that a body with Hugo's and Zola's summary
// divider gives the text of its paragraphs before it as the summary, and
// that the divider never reaches the page.
func TestSummaryDivider(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"One.\n\nTwo [[funding-gap]].\n\n<!--more-->\n\nThree.", "One. Two Funding gap."},
		{"# Heading\n\nOne.\n\n<!-- more -->\nThree.", "One."},
		{"One.\n<!--more-->\n\nThree.", "One."},
		{"One and <!--more--> two.\n\nThree.", "One and"},
		{"One *and <!--MORE--> two*.\n\nThree.", "One and"},
		{"- a list\n- <!--more-->\n\nThree.", "a list"},
		{"<!--more-->\n\nThree.", "Three."},
		{"One.\n\n<!-- more than this -->\n\nThree.", "One."},
		{"One.\n\n<!--more-->\n\nTwo.\n\n<!--more-->", "One."},
		{"![Map of the area](x.png)\n\nOne.\n\n<!--more-->\n\nThree.", "One."},
		{"![Map of the area](x.png) <!--more-->\n\nThree.", "Three."},
	} {
		html, doc, _ := convert(t, Options{}, tc.src+"\n")
		if doc.first != tc.want {
			t.Errorf("summary of %q = %q, want %q", tc.src, doc.first, tc.want)
		}
		if strings.Contains(html, "more") {
			t.Errorf("page of %q shows the divider: %s", tc.src, html)
		}
	}
}

// TestFitForXML puts each character XML forbids at every offset of a
// text of a few words, where the eight-byte scan must find it, and checks
// that characters XML allows, 0xEF-led ones included, stay.
func TestFitForXML(t *testing.T) {
	const fine = "Tab\tline\nend\r ﻯ ￼ � ok" // ﻯ, ￼ and � start with EF
	if got := string(fitForXML([]byte(fine))); got != fine {
		t.Errorf("fitForXML(%q) = %q, want it unchanged", fine, got)
	}
	for _, bad := range []string{"\x00", "\x0b", "\x1f", "\uFFFE", "\uFFFF"} {
		for at := 0; at <= 20; at++ {
			in := strings.Repeat("a", at) + bad + strings.Repeat("b", 20-at)
			want := strings.Repeat("a", at) + "\uFFFD" + strings.Repeat("b", 20-at)
			if got := string(fitForXML([]byte(in))); got != want {
				t.Errorf("fitForXML(%q) = %q, want %q", in, got, want)
			}
		}
	}
}

// TestWikiLinkSuggestion checks that a wikilink naming nothing is told
// the name a letter or two away, when there is one.
func TestWikiLinkSuggestion(t *testing.T) {
	s, other, _ := testSite()
	b := &site.Brief{Slug: "self", Title: "Self", File: "content/briefs/self.md", BodyLine: 5,
		Body: []byte("See [[Fundng gap]], [[Haitian Natoinal Police#Ranks]] and [[Nobody]].\n")}
	s.Briefs = []*site.Brief{b, other}
	var diags diag.List
	New(Options{}).ConvertSite(s, &diags)
	var got []string
	for _, d := range diags.Sorted() {
		got = append(got, d.Msg)
	}
	want := []string{
		"wikilink [[Fundng gap]] names no brief, actor, country or topic; did you mean [[Funding gap]]?",
		"wikilink [[Haitian Natoinal Police#Ranks]] names no brief, actor, country or topic; did you mean [[Haitian National Police]]?",
		"wikilink [[Nobody]] names no brief, actor, country or topic",
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestEntityMentions checks that a profile lists the briefs whose bodies
// link to it without naming its entity, newest first, with a cache too,
// where the entity may be a new object with the same name and page.
func TestEntityMentions(t *testing.T) {
	cache := NewCache()
	for round := range 3 {
		x := &site.Entity{Kind: site.Actor, Slug: "x", Name: "X"}
		y := &site.Entity{Kind: site.Topic, Slug: "y", Name: "Y"}
		a := &site.Brief{Slug: "a", Title: "A", File: "a.md", Body: []byte("[[X]], [[Y]] and [[Y|y again]], from [[A]].\n"), Actors: []*site.Entity{x}}
		b := &site.Brief{Slug: "b", Title: "B", File: "b.md", Body: []byte("Only [[Y]].\n")}
		x.Briefs = []*site.Brief{a}
		s := &site.Site{Briefs: []*site.Brief{a, b}, Actors: []*site.Entity{x}, Topics: []*site.Entity{y},
			Names: map[string]site.Target{"x": {Entity: x}, "y": {Entity: y}, "a": {Brief: a}, "b": {Brief: b}}}
		var diags diag.List
		opts := Options{}
		if round > 0 {
			opts.Cache = cache
		}
		New(opts).ConvertSite(s, &diags)
		if !slices.Equal(a.LinksToEntities, []*site.Entity{x, y}) {
			t.Errorf("round %d: a links to %v, want x and y", round, a.LinksToEntities)
		}
		if len(a.LinksTo) != 0 {
			t.Errorf("round %d: a, linking to itself, links to %v", round, a.LinksTo)
		}
		if x.MentionedIn != nil {
			t.Errorf("round %d: x, which a names, lists %v", round, x.MentionedIn)
		}
		if !slices.Equal(y.MentionedIn, []*site.Brief{a, b}) {
			t.Errorf("round %d: y mentioned in %v, want a and b", round, y.MentionedIn)
		}
	}
}

// TestMarkdownLinkCounts checks that a link to another brief's or a
// profile's Markdown file counts as a wikilink does: the brief links to
// it, and the profile lists the brief.
func TestMarkdownLinkCounts(t *testing.T) {
	_, doc, ds := convert(t, Options{}, "See [the gap](funding-gap.md) and [police](../actors/haitian-national-police.md).\n")
	if len(ds) != 0 {
		t.Errorf("diagnostics %v", ds)
	}
	if len(doc.linksTo) != 1 || doc.linksTo[0].Slug != "funding-gap" {
		t.Errorf("links to %v", doc.linksTo)
	}
	if len(doc.linksToEntities) != 1 || doc.linksToEntities[0].Slug != "haitian-national-police" {
		t.Errorf("links to profiles %v", doc.linksToEntities)
	}
}

// TestWikiLinkInTable checks that a wikilink with a label that a table
// cut at its bar is warned of, at its "[[", with the link written as a
// table takes it, which links.
func TestWikiLinkInTable(t *testing.T) {
	body := "| Who | Link |\n|---|---|\n| cut | [[Funding gap|the gap]] |\n| escaped | [[Funding gap\\|the gap]] |\n| three | [[a | b]] | c |\n| not a link | [[ | ]] x |\n"
	html, _, diags := convert(t, Options{}, body)
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	want := []string{
		`b.md:7:9: warning: wikilink cut in two by the table's column bar; in a table, write [[Funding gap\|the gap]]`,
		`b.md:9:11: warning: wikilink cut in two by the table's column bar; in a table, write [[a\|b]]`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(html, `class="wikilink">the gap</a>`) {
		t.Errorf("the escaped wikilink does not link:\n%s", html)
	}
}

// TestSuggest checks which name a wikilink that names nothing is told
// it may mean: one or two letters off, more or fewer too, but not two of
// six; the nearest; of as near, a profile's before a name only briefs
// give, whatever their order; and a name under its kind with the kind.
func TestSuggest(t *testing.T) {
	s := &site.Site{Names: map[string]site.Target{}}
	for _, e := range []*site.Entity{
		{Kind: site.Actor, Slug: "haitian-national-police", Name: "Haitian National Police", File: "content/actors/pnh.md"},
		{Kind: site.Actor, Slug: "peter-mwangi", Name: "Peter Mwangi", File: "content/actors/peter-mwangi.md"},
		{Kind: site.Actor, Slug: "peter-mwangie", Name: "Peter Mwangie"},
		{Kind: site.Actor, Slug: "hamdan", Name: "Hamdan", File: "content/actors/hamdan.md"},
	} {
		s.Names[slug.Key(e.Name)] = site.Target{Entity: e}
		s.Names[site.KindKey(e.Kind, slug.Key(e.Name))] = site.Target{Entity: e}
	}
	for _, tc := range []struct{ key, want string }{
		{slug.Key("Haitian Natinal Polic"), "Haitian National Police"},
		{slug.Key("Hamdok"), ""},
		{slug.Key("Peter Mwangii"), "Peter Mwangi"},
		{slug.Key("Peter Mwangiie"), "Peter Mwangie"},
		{site.KindKey(site.Actor, slug.Key("Haitian Natoinal Police")), "actors/Haitian National Police"},
	} {
		if got := newNames(s)().suggest(s, tc.key); got != tc.want {
			t.Errorf("suggest(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
}

// TestSuggestWrittenName checks that of names as near to a wikilink's,
// the suggestion is the one a profile gives, not one only briefs use,
// which may itself be a misspelling.
func TestSuggestWrittenName(t *testing.T) {
	right := &site.Entity{Kind: site.Actor, Slug: "viv-ansanm", Name: "Viv Ansanm", File: "content/actors/viv-ansanm.md"}
	typo := &site.Entity{Kind: site.Actor, Slug: "viv-ansamn", Name: "Viv Ansamn"}
	s := &site.Site{Names: map[string]site.Target{
		slug.Key(right.Name): {Entity: right},
		slug.Key(typo.Name):  {Entity: typo},
	}}
	if got := newNames(s)().suggest(s, slug.Key("Viv Ansam")); got != "Viv Ansanm" {
		t.Errorf("suggest(Viv Ansam) = %q, want the profile's Viv Ansanm", got)
	}
	if got := newNames(s)().suggest(s, slug.Key("Viv Ansamnn")); got != "Viv Ansamn" {
		t.Errorf("suggest(Viv Ansamnn) = %q, want the nearest, Viv Ansamn", got)
	}
}

// TestSummaryCut checks that a summary taken from a long first paragraph
// is cut at a blank, with an ellipsis, to the length a written summary
// may have, and that a paragraph without blanks is cut between
// characters.
func TestSummaryCut(t *testing.T) {
	for _, tc := range []struct{ src, end string }{
		{strings.Repeat("word ", 6000), "word…"},
		{strings.Repeat("é", 15000), "é…"},
	} {
		_, doc, _ := convert(t, Options{}, tc.src+"\n")
		if len(doc.first) > maxSummary+len("…") || !strings.HasSuffix(doc.first, tc.end) || !utf8.ValidString(doc.first) {
			t.Errorf("summary of %d bytes: %d bytes, ending %q", len(tc.src), len(doc.first), doc.first[max(0, len(doc.first)-10):])
		}
	}
	if _, doc, _ := convert(t, Options{}, "Short.\n"); doc.first != "Short." {
		t.Errorf("short summary = %q", doc.first)
	}
}

// TestEmbeds checks that Obsidian's embeds, ![[…]], are not shown as
// they are written: a note's links it, a file's shows its name, each
// with a warning saying what to write; and that a "!" before a link or
// in prose is left alone.
func TestEmbeds(t *testing.T) {
	body := "![[Funding gap]] and ![[Funding gap#Background|bg]].\n\n![[map.png]] and ![[maps/Field Photo 1.jpg|300]].\n\nWow![[Funding gap]] ![x](x.png) !\n\n![[files/report.pdf]]\n"
	html, _, diags := convert(t, Options{}, body)
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	want := []string{
		"b.md:5:1: warning: ![[Funding gap]] embeds a note as Obsidian does, which brief does not: it links it; write [[Funding gap]] to say so",
		"b.md:5:22: warning: ![[Funding gap#Background|bg]] embeds a note as Obsidian does, which brief does not: it links it; write [[Funding gap#Background|bg]] to say so",
		"b.md:7:1: warning: ![[map.png]] embeds a file as Obsidian does, which brief does not: write an image as ![what it shows](map.png) beside the brief in a folder brief (content/briefs/<slug>/index.md), or from static/ (![what it shows](/map.png)); shown as its name",
		"b.md:7:18: warning: ![[maps/Field Photo 1.jpg]] embeds a file as Obsidian does, which brief does not: write an image as ![what it shows](Field Photo 1.jpg) beside the brief in a folder brief (content/briefs/<slug>/index.md), or from static/ (![what it shows](/maps/Field Photo 1.jpg)); shown as its name",
		"b.md:9:4: warning: ![[Funding gap]] embeds a note as Obsidian does, which brief does not: it links it; write [[Funding gap]] to say so",
		"b.md:11:1: warning: ![[files/report.pdf]] embeds a file as Obsidian does, which brief does not: write a link to it as [report.pdf](report.pdf) beside the brief in a folder brief (content/briefs/<slug>/index.md), or from static/ ([report.pdf](/files/report.pdf)); shown as its name",
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, w := range []string{`class="wikilink">Funding gap</a> and`, `<p>map.png and Field Photo 1.jpg.</p>`, `alt="x" /> !`} {
		if !strings.Contains(html, w) {
			t.Errorf("html lacks %s:\n%s", w, html)
		}
	}
	if strings.Contains(html, "![[") {
		t.Errorf("an embed is shown as written:\n%s", html)
	}
}

// TestEmbedOrImage checks that an image whose description starts with
// "[" stays an image, not an Obsidian embed, and that a wikilink holding
// an Obsidian comment's mark is no wikilink, so that the comment hides
// its text rather than the link showing it.
func TestEmbedOrImage(t *testing.T) {
	body := "Figure ![[1]](fig.png) and ![[Case 01]][r] end.\n\nSee [[Funding gap|the %%SECRET%% gap]] and [[Funding gap|x %%]] SECRET2 %% y.\n\n[r]: x.png\n"
	html, _, _ := convert(t, Options{}, body)
	for _, want := range []string{`alt="[1]"`, `alt="[Case 01]"`} {
		if !strings.Contains(html, want) {
			t.Errorf("html lacks %s:\n%s", want, html)
		}
	}
	if strings.Contains(html, "SECRET") {
		t.Errorf("a comment's text is shown:\n%s", html)
	}
}
