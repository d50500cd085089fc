package render

import (
	"html"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/markdown"
)

// attrValues returns the values of the href and src attributes of body,
// in order.
func attrValues(body string) []string {
	var out []string
	for rest := body; ; {
		h, s := strings.Index(rest, ` href="`), strings.Index(rest, ` src="`)
		var at int
		switch {
		case h >= 0 && (s < 0 || h < s):
			at = h + len(` href="`)
		case s >= 0:
			at = s + len(` src="`)
		default:
			return out
		}
		end := strings.IndexByte(rest[at:], '"')
		if end < 0 {
			return out
		}
		out = append(out, rest[at:at+end])
		rest = rest[at+end:]
	}
}

// TestAbsoluteLinks checks how an entry's links are made absolute: against
// the page's folder, up to the host's root and no further, a fragment or
// query against the page, escapes kept, other links as they are.
func TestAbsoluteLinks(t *testing.T) {
	const page = "https://example.org/r&d/briefs/b/index.html"
	for in, want := range map[string]string{
		`<a href="../../actors/x/index.html">`:                             `<a href="https://example.org/r&amp;d/actors/x/index.html">`,
		`<img src="map.png" alt="">`:                                       `<img src="https://example.org/r&amp;d/briefs/b/map.png" alt="">`,
		`<a href="./a%20b.pdf?x=1&amp;y=2">`:                               `<a href="https://example.org/r&amp;d/briefs/b/a%20b.pdf?x=1&amp;y=2">`,
		`<a href="#fn:1">`:                                                 `<a href="https://example.org/r&amp;d/briefs/b/index.html#fn:1">`,
		`<a href="../../../../../../x">`:                                   `<a href="https://example.org/x">`,
		`<a href="/root">`:                                                 `<a href="https://example.org/root">`,
		`<img src="../../briefs/b/./chart.png" alt="">`:                    `<img src="https://example.org/r&amp;d/briefs/b/chart.png" alt="">`,
		`<a href="x/../../y/./?a=./b#../c">`:                               `<a href="https://example.org/r&amp;d/briefs/y/?a=./b#../c">`,
		`<a href="a/b/..">`:                                                `<a href="https://example.org/r&amp;d/briefs/b/a/">`,
		`<a href="x/../../../../../../y/.">`:                               `<a href="https://example.org/y/">`,
		`<a href="mailto:a@b.org"> <a href="//cdn.example/x"> <a href="">`: `<a href="mailto:a@b.org"> <a href="//cdn.example/x"> <a href="">`,
		`<p>no links, "quoted" src= href=</p>`:                             `<p>no links, "quoted" src= href=</p>`,
	} {
		if got := absoluteLinks(in, page); got != want {
			t.Errorf("%s\ngave %s\nwant %s", in, got, want)
		}
	}
}

// FuzzAbsoluteLinks checks that making a feed entry's links absolute never
// panics, keeps every attribute in its place, and makes each relative
// URL absolute under the page's site, keeping the others.
func FuzzAbsoluteLinks(f *testing.F) {
	f.Add(`<p><a href="../x/index.html">x</a> <img src="map.png" alt=""> <a href="#fn:1">1</a></p>`)
	f.Add(`<a href="https://example.com/?a=1&amp;b=2">out</a><a href="mailto:a@b.org">m</a><a href="//cdn.example/x">c</a>`)
	f.Add(`<a href="%zz">bad</a><a href="">empty</a> href=" src="`)
	f.Fuzz(func(t *testing.T, body string) {
		got := absoluteLinks(body, "https://example.org/repo/briefs/b/index.html")
		in, out := attrValues(body), attrValues(got)
		if len(in) != len(out) {
			t.Fatalf("%d attributes became %d:\n%q\n%q", len(in), len(out), body, got)
		}
		for i, v := range in {
			_, hasScheme := markdown.Scheme(html.UnescapeString(v))
			relative := v != "" && !hasScheme && !strings.HasPrefix(v, "//")
			if relative && !strings.HasPrefix(out[i], "https://example.org/") || !relative && out[i] != v {
				t.Errorf("attribute %q became %q", v, out[i])
			}
		}
	})
}
