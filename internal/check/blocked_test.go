package check_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestBlockedValues checks that a value html/template blocked, writing
// ZgotmplZ in its place, is an error at its place in the page, saying
// which template of the site's writes it when one alone may, and told
// once at that template when many pages have it; and that the link it
// leaves, "#ZgotmplZ", is not also told of as one to a missing id.
func TestBlockedValues(t *testing.T) {
	brief := func(params string) []byte {
		return []byte("---\ntitle: A\ndate: 2024\nsources: [S]\nparams:\n" + params + "---\nBody.\n")
	}
	for _, tc := range []struct {
		name   string
		tmpl   string // templates/brief.html, or partials.html when it defines site-footer
		params string
		want   []string // the diagnostics but for "brief cites no sources", each its start
	}{{
		name:   "URL from params",
		tmpl:   "{{define \"main\"}}<h1>{{.Brief.Title}}</h1>\n<p><a class=\"more\" href=\"{{.Brief.Params.link}}\">More</a></p>{{end}}",
		params: "  link: \"javascript:alert(1)\"\n",
		want: []string{`public/briefs/a/index.html:41:26: error: html/template blocked the URL a template gave <a href> and wrote "#ZgotmplZ" in its place: ` +
			`from data it takes only http:, https:, mailto: and relative URLs (not javascript:, from a brief's params, say); give the data such a URL, or leave the attribute out where the data has none (templates/brief.html:2:26 writes it)`},
	}, {
		name:   "CSS from params",
		tmpl:   "{{define \"main\"}}<h1>{{.Brief.Title}}</h1>\n<div style=\"{{.Brief.Params.css}}\">Boxed</div>{{end}}",
		params: "  css: \"color: red; background: blue\"\n",
		want:   []string{`public/briefs/a/index.html:41:13: error: html/template blocked the CSS a template gave <div style> and wrote "ZgotmplZ" in its place: from data it takes one value or declaration, with no ; ( ) quotes, slashes or braces (no url() or list of rules, from a brief's params, say); write the rest in the template or style.css: style="color: {{.Brief.Params.color}}" (templates/brief.html:2:13 writes it)`},
	}, {
		name:   "CSS in a style element",
		tmpl:   "{{define \"main\"}}<h1>{{.Brief.Title}}</h1>\n<style>.box { color: {{.Brief.Params.css}} }</style>{{end}}",
		params: "  css: \"red; background: url(x.png)\"\n",
		want: []string{`public/briefs/a/index.html:41:22: error: html/template blocked the CSS a template gave <style> and wrote "ZgotmplZ" in its place: ` +
			`from data it takes one value or declaration, with no ; ( ) quotes, slashes or braces (no url() or list of rules, from a brief's params, say); write the rest in the template or style.css: style="color: {{.Brief.Params.color}}" (templates/brief.html:2:22 writes it)`},
	}, {
		name: "CSS in a style element on every page",
		tmpl: "{{define \"site-footer\"}}<footer>\n<style>\n.x { color: red }\n.help { color: {{(index . 0).Site.Config.Params.css}} }</style></footer>{{end}}",
		want: []string{`templates/partials.html:4:16: error: html/template blocked the CSS a template gave <style> and wrote "ZgotmplZ" in its place: ` +
			`from data it takes one value or declaration, with no ; ( ) quotes, slashes or braces (no url() or list of rules, from a brief's params, say); write the rest in the template or style.css: style="color: {{.Brief.Params.color}}" (on public/404.html and 14 other pages)`},
	}, {
		name:   "an attribute's name",
		tmpl:   "{{define \"main\"}}<h1>{{.Brief.Title}}</h1>\n<p {{.Brief.Params.attr}}=\"go()\">x</p>{{end}}",
		params: "  attr: onclick\n",
		want:   []string{`public/briefs/a/index.html:41:1: error: html/template blocked the name of an attribute a template gave <p> and wrote "ZgotmplZ" in its place: it takes no name of an event handler, style or URL from data (onclick, style, href); write the attribute's name in the template, and take only its value from data (templates/brief.html:2:1 writes it)`},
	}, {
		// Two elements of the site's may have written it: neither is named.
		name:   "two places",
		tmpl:   "{{define \"main\"}}<h1>{{.Brief.Title}}</h1>\n<a href=\"{{.Brief.Params.link}}\">a</a> <a href=\"{{.Brief.Params.other}}\">b</a>{{end}}",
		params: "  link: \"javascript:alert(1)\"\n  other: \"https://example.org/\"\n",
		want:   []string{`public/briefs/a/index.html:41:10: error: html/template blocked the URL a template gave <a href> and wrote "#ZgotmplZ" in its place: from data it takes only http:, https:, mailto: and relative URLs (not javascript:, from a brief's params, say); give the data such a URL, or leave the attribute out where the data has none`},
	}, {
		name: "on every page",
		tmpl: "{{define \"site-footer\"}}<footer>\n<a rel=\"help\" href=\"{{(index . 0).Site.Config.Params.help}}\">Help</a></footer>{{end}}",
		want: []string{`templates/partials.html:2:21: error: html/template blocked the URL a template gave <a href> and wrote "#ZgotmplZ" in its place: ` +
			`from data it takes only http:, https:, mailto: and relative URLs (not javascript:, from a brief's params, say); give the data such a URL, or leave the attribute out where the data has none (on public/404.html and 14 other pages)`},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			name := "templates/brief.html"
			if strings.Contains(tc.tmpl, "site-footer") {
				name = "templates/partials.html"
			}
			fsys := fstest.MapFS{
				name:                  {Data: []byte(tc.tmpl)},
				"brief.yaml":          {Data: []byte("params: {help: \"vbscript:help\", css: \"red; background: url(x.png)\"}\n")},
				"content/briefs/a.md": {Data: brief(cmpOr(tc.params, "  x: y\n"))},
			}
			ds, _ := checkSite(context.Background(), fsys)
			var got []string
			for _, d := range ds {
				if d.Msg != "brief cites no sources" && !strings.HasPrefix(d.Pos.File, "public/print/") {
					got = append(got, d.String())
				}
			}
			if len(got) != len(tc.want) || slices.ContainsFunc(got, func(g string) bool {
				return !slices.ContainsFunc(tc.want, func(w string) bool { return strings.HasPrefix(g, w) })
			}) {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func cmpOr(s, or string) string {
	if s == "" {
		return or
	}
	return s
}
