package markdown_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/check"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/markdown"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// FuzzWikiLinks converts arbitrary Markdown bodies with wikilinks and
// citations, with raw HTML off and on. Conversion must not panic, every
// diagnostic must point into the body, citations must link to the
// brief's sources, and the HTML must carry no javascript:, vbscript: or
// data: URL and, with raw HTML off, no script or event handler.
// tags matches HTML tags, to compare the text of two pages.
var tags = regexp.MustCompile(`<[^>]*>`)

// citeLink matches a citation's link, with the ID of its source.
var citeLink = regexp.MustCompile(`<sup class="cite">\[(?:[^<]*<a href="#src-([^"]*)"[^>]*>[^<]*</a>)`)

func FuzzWikiLinks(f *testing.F) {
	seeds := []string{
		"See [[Alice]] and [[alice|her]] and [[b]] and [[Nobody]].",
		"[[Alice#Early life]] [[ ]] [[|x]] [[a|]] [[[[x]]]] [[a\nb]]",
		"[[javascript:alert(1)]] [[Alice|<script>alert(1)</script>]]",
		"[x](javascript:alert(1)) [y](&#106;avascript:alert(1)) <javascript:alert(1)>",
		"![i](data:image/svg+xml,<svg onload=alert(1)>) [r][1]\n\n[1]: vbscript:x",
		"<script>alert(1)</script><img src=x onerror=alert(1)>",
		"# Alice [[Alice]]\n\n> [[Bob]]\n\n- [[Alice]]\n\n`[[Alice]]`",
		"Alice met Bob. Bob met Alice.",
		"Jean O'Brien met Ann\nLee, then *Jean O’Brien* left; \"Ann Lee\"",
		"[[" + strings.Repeat("a", 600) + "]]",
		strings.Repeat("[[", 100),
		"| a | b |\n|---|---|\n| [[Alice|her]] |\n",
		"## Here {#h}\n\n[[#Here]] [[#h|it]] [[#]] [x](alice.md#h) [y](/a/b/)",
		"{{ figure(src=\"x\") }} {% tag %} {{< y >}} {{ a( {%",
		"{{ page.url }} ![i]({{ site.baseurl }}/x.png) [a]({{'/b/'|url}}) {{- x | f -}}\n{: .n #i k=\"v\"}\n* TOC\n{:toc}",
		"Claim [@un-report; @talks, p. 4--5]. [@Talks] [@nope] [@un-report b] \\[@talks] [x@y.z] [see [@talks]](https://x.org)",
		"[@talks, <script>alert(1)</script> &amp; \"q\"] [@un-report](javascript:alert(1)) [@talks]\n\n[@talks]: vbscript:x",
		"![[Alice]] ![[map.png|300]] ![[a/b.pdf#p]] ![![[Alice]]] !![[x.]] ![[ ]] ![x](y.png) !",
	}
	for _, s := range seeds {
		f.Add(s, false)
		f.Add(s, true) // unsafe_html: true, where Markdown links must still carry no script URL
	}
	f.Fuzz(func(t *testing.T, body string, unsafe bool) {
		alice := &site.Entity{Kind: site.Actor, Slug: "alice", Name: "Alice", Aliases: []string{"Al"}}
		bob := &site.Entity{Kind: site.Actor, Slug: "bob", Name: "Bob"}
		jean := &site.Entity{Kind: site.Actor, Slug: "jean-obrien", Name: "Jean O'Brien", Aliases: []string{"Ann Lee"}}
		sources := []*site.Citation{
			{Source: &site.Source{ID: "un-report", Title: `UN <script>alert(1)</script> "report"`}},
			{Source: &site.Source{ID: "talks-reuters-2025", Title: "Talks"}},
		}
		b := &site.Brief{Slug: "b", Title: "B brief", File: "content/briefs/b.md", BodyLine: 5, Body: []byte(body),
			Actors: []*site.Entity{alice, bob, jean}, Sources: sources}
		s := &site.Site{Briefs: []*site.Brief{b}, Actors: []*site.Entity{alice, bob, jean}, Names: map[string]site.Target{
			slug.Key("Alice"): {Entity: alice}, slug.Key("Al"): {Entity: alice}, slug.Key("alice"): {Entity: alice},
			slug.Key("Bob"): {Entity: bob}, slug.Key("B brief"): {Brief: b}, slug.Key("b"): {Brief: b},
		}}
		var diags diag.List
		c := markdown.New(markdown.Options{UnsafeHTML: unsafe, LinkMentions: true, Workers: 1})
		c.ConvertSite(s, &diags)
		lines := strings.Count(body, "\n") + 1
		for _, d := range diags.Sorted() {
			if d.Pos.File != b.File || d.Pos.Line < b.BodyLine || d.Pos.Line > b.BodyLine+lines {
				t.Errorf("diagnostic outside the body: %s", d)
			}
		}
		// Linking mentions adds links, never changes the text.
		plain := &site.Brief{Slug: "b", Title: "B brief", File: b.File, BodyLine: 5, Body: []byte(body), Sources: sources}
		alone := &site.Site{Briefs: []*site.Brief{plain}, Names: s.Names}
		markdown.New(markdown.Options{UnsafeHTML: unsafe, Workers: 1}).ConvertSite(alone, &diag.List{})
		if got, want := tags.ReplaceAllString(string(b.HTML()), ""), tags.ReplaceAllString(string(plain.HTML()), ""); got != want {
			t.Errorf("text with mentions linked:\n%s\nwithout:\n%s", got, want)
		}
		// A citation links to an entry of the brief's list of sources.
		for _, m := range citeLink.FindAllStringSubmatch(string(b.HTML()), -1) {
			if m[1] != "un-report" && m[1] != "talks-reuters-2025" {
				t.Errorf("citation links to #src-%s, no source of the brief\nbody: %q\nhtml: %s", m[1], body, b.HTML())
			}
		}
		page := map[string][]byte{"briefs/b/index.html": []byte(b.HTML())}
		if !unsafe {
			for _, d := range check.Unsafe(page) {
				t.Errorf("%s\nbody: %q\nhtml: %s", d, body, b.HTML())
			}
			return
		}
		// With raw HTML on, the author's own tags pass, but links
		// written in Markdown never carry a script URL.
		if !strings.Contains(body, "<") && !strings.Contains(body, "&") {
			for _, d := range check.Links(page) {
				if strings.Contains(d.Msg, "URL in") {
					t.Errorf("%s\nbody: %q\nhtml: %s", d, body, b.HTML())
				}
			}
		}
	})
}

// FuzzComments converts bodies with an Obsidian comment, %%…%%, holding
// the word zqx, after text that may open a paragraph, a heading, a quote
// or a list: conversion must not panic, every diagnostic must point into
// the body, and the word reaches neither the page nor the summary.
func FuzzComments(f *testing.F) {
	for _, s := range [][3]string{
		{"Text ", "private", " more"},
		{"", "\nprivate\n\nblank\n", "\nafter"},
		{"> ", "\n> a\n", "b"},
		{"- item\n  ", " x\n\n", "\n- y"},
		{"# ", " x ", "\n\ntext"},
		{"Para\n", "\n", "\n%%\nz"},
		{"", "", "%%"},
	} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, before, inside, after string) {
		// Code, HTML, escapes, links and URLs may show "%%" as text.
		const shown = "%`~\\<[]:.@&|\t"
		if strings.ContainsAny(before, shown) || strings.ContainsAny(inside, shown) || strings.Contains(before, "    ") ||
			strings.Contains(before+inside+after, "zqx") || strings.Contains(before, "\r") || strings.Contains(inside, "\r") {
			return
		}
		body := before + "%%" + inside + " zqx " + inside + "%%" + after
		b := &site.Brief{Slug: "b", Title: "B", File: "content/briefs/b.md", BodyLine: 5, Body: []byte(body)}
		s := &site.Site{Briefs: []*site.Brief{b}, Names: map[string]site.Target{slug.Key("B"): {Brief: b}}}
		var diags diag.List
		markdown.New(markdown.Options{Workers: 1}).ConvertSite(s, &diags)
		lines := strings.Count(body, "\n") + 1
		for _, d := range diags.Sorted() {
			if d.Pos.File != b.File || d.Pos.Line < b.BodyLine || d.Pos.Line > b.BodyLine+lines {
				t.Errorf("diagnostic outside the body: %s", d)
			}
		}
		if strings.Contains(string(b.HTML()), "zqx") || strings.Contains(b.Summary, "zqx") {
			t.Errorf("comment shown\nbody: %q\nhtml: %s\nsummary: %q", body, b.HTML(), b.Summary)
		}
	})
}
