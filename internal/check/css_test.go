package check

import (
	"slices"
	"testing"
)

func TestCSSRefs(t *testing.T) {
	tests := []struct {
		css  string
		want []cssRef
	}{
		{`a { background: url(x.png) }`, []cssRef{{url: "x.png", off: 16}}},
		{`a{b:URL(  "x y.png"  )}`, []cssRef{{url: "x y.png", off: 4}}},
		{`a{b:url( x.png )}`, []cssRef{{url: "x.png", off: 4}}},
		{`@import "a.css"; @IMPORT url(b.css) screen;`, []cssRef{{url: "a.css", fromImport: true, off: 8}, {url: "b.css", fromImport: true, off: 25}}},
		{`@import 'a.css'`, []cssRef{{url: "a.css", fromImport: true, off: 8}}},
		{`@importer "a.css"`, nil},
		{`a { content: "b.css" }`, nil},
		{`/* url(x.png) */ b { c: url(y.png) }`, []cssRef{{url: "y.png", off: 24}}},
		{`/* unterminated url(x.png)`, nil},
		{`a { content: "url(x.png)" }`, nil},
		{`a { content: 'it\'s url(x.png)' }`, nil},
		{`a { b: myurl(x.png) c: -url(y.png) }`, nil},
		{`a{b:url(x\).png)}`, []cssRef{{url: "x).png", off: 4}}},
		{`a{b:url(\78 .png)}`, []cssRef{{url: "x.png", off: 4}}},
		{`a{b:url("\000078.png")}`, []cssRef{{url: "x.png", off: 4}}},
		{`a{b:url("x\
.png")}`, []cssRef{{url: "x.png", off: 4}}},
		{`a{b:url(x"y.png)} c{d:url(z.png)}`, []cssRef{{url: "z.png", off: 22}}},
		{`a{b:url(x(y).png)}`, nil},
		{`a{b:url(x y.png)} c{d:url(z.png)}`, []cssRef{{url: "z.png", off: 22}}},
		{`a{b:url(x\ y.png)}`, []cssRef{{url: "x y.png", off: 4}}},
		{`a{b:url(x.png`, nil},
		{`a{b:url("x.png" y)}`, nil},
		{`a{b:url(\0)}`, []cssRef{{url: "\uFFFD", off: 4}}},
		{`a{b:url(x.png)}@import "c.css"`, []cssRef{{url: "x.png", off: 4}, {url: "c.css", fromImport: true, off: 23}}},
		{`@import; a { content: "x" }`, nil},
		{`a\75rl(x.png)`, nil},
		{`a{b:image-set("x.png" 1x, url(y.png) 2x, "z.avif" type("image/avif"))}`, []cssRef{{url: "x.png", off: 14}, {url: "y.png", off: 26}, {url: "z.avif", off: 41}}},
		{`a{b:-webkit-image-set('x.png' 1x); c: "not.png"}`, []cssRef{{url: "x.png", off: 22}}},
		{`a{b:my-image-set("x.png")}`, nil},
	}
	for _, tt := range tests {
		if got := cssRefs(tt.css); !slices.Equal(got, tt.want) {
			t.Errorf("cssRefs(%q)\n got %+v\nwant %+v", tt.css, got, tt.want)
		}
	}
}

func FuzzCSSRefs(f *testing.F) {
	for _, s := range []string{`a{b:url(x.png)}`, `@import "a.css";`, `/* c */ d{e:url("f\"g")}`, `u\72l(x)`, `url(\110000)`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, css string) {
		for _, r := range cssRefs(css) {
			if r.off < 0 || r.off >= len(css) {
				t.Fatalf("offset %d outside %q", r.off, css)
			}
			at := css[r.off:]
			if !hasPrefixFold(at, "url(") && at[0] != '"' && at[0] != '\'' {
				t.Fatalf("offset %d of %q is neither url( nor a string", r.off, css)
			}
		}
	})
}
