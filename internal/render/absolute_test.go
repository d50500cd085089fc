package render

import (
	"html"
	"net/url"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/markdown"
)

// attrValues returns the values of the href and src attributes of body,
// in order, as absoluteLinks finds them.
func attrValues(body string) []string {
	var out []string
	for rest := body; ; {
		i := indexAttr(rest)
		if i < 0 {
			return out
		}
		end := strings.IndexByte(rest[i:], '"')
		if end < 0 {
			return out
		}
		out = append(out, rest[i:i+end])
		rest = rest[i+end:]
	}
}

// FuzzAbsoluteLinks checks that making a feed entry's links absolute never
// panics, keeps every attribute in its place, and makes each relative
// URL that parses absolute under the page's site, keeping the others.
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
			raw := html.UnescapeString(v)
			_, hasScheme := markdown.Scheme(raw)
			_, err := url.Parse(raw)
			relative := !hasScheme && !strings.HasPrefix(raw, "//") && err == nil
			if relative && !strings.HasPrefix(out[i], "https://example.org/") || !relative && out[i] != v {
				t.Errorf("attribute %q became %q", v, out[i])
			}
		}
	})
}
