package render

import "testing"

// TestURLFromRoot checks that .URL and .Asset take a path from the
// site's root, "/img/logo.svg" as Hugo's relURL does, as the same path
// without its slash: a link relative to the page, on the home page too;
// another site's address is left as it is.
func TestURLFromRoot(t *testing.T) {
	for _, tc := range []struct {
		root   string
		pretty bool
		asset  bool
		arg    string
		want   string
	}{
		{"", false, true, "/img/logo.svg", "img/logo.svg"},
		{"../../", false, true, "/img/logo.svg", "../../img/logo.svg"},
		{"../../", false, true, "img/logo.svg", "../../img/logo.svg"},
		{"", false, true, "/", ""},
		{"", false, false, "/timeline/", "timeline/index.html"},
		{"../../", false, false, "/timeline/", "../../timeline/index.html"},
		{"../../", false, false, "/timeline", "../../timeline/index.html"},
		{"", false, false, "/", "index.html"},
		{"", true, false, "/", "./"},
		{"../", true, false, "/", "../"},
		{"../../", true, false, "/briefs/x/", "../../briefs/x/"},
		{"../../", false, true, "https://cdn.example/x.js", "https://cdn.example/x.js"},
		{"../../", false, true, "//cdn.example/x.js", "//cdn.example/x.js"},
		{"https://example.org/", false, true, "/img/logo.svg", "https://example.org/img/logo.svg"}, // 404.html with a base_url
	} {
		p := &Page{root: tc.root, pretty: tc.pretty}
		got, fn := p.URL(tc.arg), ".URL"
		if tc.asset {
			got, fn = p.Asset(tc.arg), ".Asset"
		}
		if got != tc.want {
			t.Errorf("%s %q from %q (pretty %v) = %q, want %q", fn, tc.arg, tc.root, tc.pretty, got, tc.want)
		}
	}
}
