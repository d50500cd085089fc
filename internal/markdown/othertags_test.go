package markdown

import (
	"strings"
	"testing"
)

// TestDestinationTags checks that a template tag in a link's address is
// warned of once, at the tag, whether the address follows the link's
// text or a reference's definition gives it.
func TestDestinationTags(t *testing.T) {
	const (
		rooted = " of another generator (Liquid, Nunjucks) in a link's address, which brief does not run: the page shows the link as written; write the path from the site's root, /x.png, which brief makes relative to each page (a file of static/ is at the root), or a path relative to the brief"
		prose  = " of another generator (Liquid, Nunjucks), which brief does not run: the page shows it as written; write the link or text itself"
	)
	for _, tc := range []struct {
		name, body, want string
	}{
		{"reference link", "[a][r]\n\n[r]: {{site.baseurl}}/x.png\n",
			"b.md:7:6: warning: template tag {{site.baseurl}}" + rooted},
		{"reference link, prose tag after", "[a][r] then [b](y.png) and {{ page.url }} here.\n\n[r]: {{site.baseurl}}/x.png",
			"b.md:5:28: warning: template tag {{ page.url }}" + prose + "\n" +
				"b.md:7:6: warning: template tag {{site.baseurl}}" + rooted},
		{"one definition for two links, told once", "![m][Map] and [the map][map], [map] and [map][].\n\n[map]: <{{ site.baseurl }}/x.png> \"Map\"\n[map]: {{page.url}}\n",
			"b.md:7:9: warning: template tag {{ site.baseurl }}" + rooted},
		{"definition in a quote, its address on the next line", "> See [a][r].\n>\n> [r]:\n>   {{site.baseurl}}/x.png\n",
			"b.md:8:5: warning: template tag {{site.baseurl}}" + rooted},
		{"a definition no link uses", "Text.\n\n[r]: {{site.baseurl}}/x.png\n", ""},
		{"a link's text with a code span and a tag", "[`f](g)` and {{ page.url }}]({{site.baseurl}}/x.png)",
			"b.md:5:14: warning: template tag {{ page.url }}" + prose + "\n" +
				"b.md:5:30: warning: template tag {{site.baseurl}}" + rooted},
		{"an image in a link", "[![i]({{site.baseurl}}/x.png)](\n{{site.baseurl}}/x.png)",
			"b.md:5:7: warning: template tag {{site.baseurl}}" + rooted + "\n" +
				"b.md:6:1: warning: template tag {{site.baseurl}}" + rooted},
		{"escaped brackets in a link's text", "[a \\] b](<{{site.baseurl}}/x.png>)",
			"b.md:5:11: warning: template tag {{site.baseurl}}" + rooted},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, ds := convert(t, Options{}, tc.body)
			if got := warnings(ds); got != tc.want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// TestSiteAddressHint checks that a link's address which starts with a
// tag for the site's address is told the path from the site's root to
// write, and one with another tag the general hint.
func TestSiteAddressHint(t *testing.T) {
	const (
		rooted  = " of another generator (Liquid, Nunjucks) in a link's address, which brief does not run: the page shows the link as written; write the path from the site's root, /x.png, which brief makes relative to each page (a file of static/ is at the root), or a path relative to the brief"
		general = " of another generator (Liquid, Nunjucks) in a link's address, which brief does not run: the page shows the link as written; write the address itself: a path from the site's root (/img/map.png for static/img/map.png), which brief makes relative to each page, a path relative to the brief, or a URL"
	)
	for _, tc := range []struct{ tag, want string }{
		{"{{ site.baseurl }}", rooted},
		{"{{site.url}}{{site.baseurl}}", rooted},
		{"{{ site.baseurl | prepend: site.url }}", rooted},
		{"{{- site.github.url -}}", rooted},
		{"{{ BASE_PATH }}", rooted},
		{"{{ metadata.url }}", rooted},
		{"{{ site.BaseURL }}", rooted},
		{"{{ config.base_url }}", rooted},
		{"{{ site.title }}", general},
		{"{{ site.data.cdn }}", general},
		{"{{ config.title }}", general},
		{"{{ metadata.author.url }}", general},
		{"{{ page.url }}", general},
		{"{{site.url}}{{page.dir}}", general},
	} {
		t.Run(tc.tag, func(t *testing.T) {
			_, _, ds := convert(t, Options{}, "[a]("+tc.tag+"/x.png)")
			first, _, _ := strings.Cut(tc.tag, "}}")
			want := "b.md:5:5: warning: template tag " + first + "}}" + tc.want
			if len(ds) != 1 || ds[0].String() != want {
				t.Errorf("diagnostics:\n%v\nwant:\n%s", ds, want)
			}
		})
	}
}

// TestAttrListPlaces checks that a kramdown attribute list is warned of
// where kramdown reads one, alone on its line or right after a span,
// and that one in prose is left alone.
func TestAttrListPlaces(t *testing.T) {
	const (
		list = " which brief does not read: the page shows it as written; take it out (of attributes brief reads a heading's id and class, written ## Heading {#id .class})"
		toc  = "kramdown's table of contents marker {:toc}, which brief does not read: the page shows it as written, and brief makes no table of contents of a body; take it out, with the list item above it"
	)
	for _, tc := range []struct {
		name, body, want string
	}{
		{"format spec in prose", "In Python, d = {:x} is not valid.", ""},
		{"toc in prose", "A kramdown-like thing: {:toc} was in their README.", ""},
		{"at a line's end in prose", "The format is {:x}\nand more.", ""},
		{"at a line's start, text after", "{:x} is a format spec.", ""},
		{"in quotes", "Write \"{:>10}\".format(n) or '{: .x}'.", ""},
		{"block list under a paragraph", "An important note.\n{: .notice}", "b.md:6:1: warning: kramdown attribute list {: .notice}," + list},
		{"block list indented", "An important note.\n   {: .notice}  ", "b.md:6:4: warning: kramdown attribute list {: .notice}," + list},
		{"block list in a quote", "> A note.\n> {: .notice}", "b.md:6:3: warning: kramdown attribute list {: .notice}," + list},
		{"toc under a list item", "* TOC\n{:toc}", "b.md:6:1: warning: " + toc},
		{"after an image", "![Map](/img/map.png){: width=\"300\"}", "b.md:5:21: warning: kramdown attribute list {: width=\"300\"}," + list},
		{"after emphasis", "Some *text*{: .x} here.", "b.md:5:12: warning: kramdown attribute list {: .x}," + list},
		{"after code", "Run `ls`{: .shell} now.", "b.md:5:9: warning: kramdown attribute list {: .shell}," + list},
		{"after a heading", "## Background {: #bg}", "b.md:5:15: warning: kramdown attribute list {: #bg}," + list},
		{"after a space, a span's", "Some *text* {: .x} here.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, ds := convert(t, Options{}, tc.body)
			if got := warnings(ds); got != tc.want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}
