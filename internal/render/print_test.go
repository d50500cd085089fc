package render

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"

	brieftemplates "github.com/briefsite/brief/templates"
)

func TestScopeBody(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<h2 id="background">Background</h2>`, `<h3 id="s:background">Background</h3>`},
		{`<h5>Five</h5><h6 id="six">Six</h6>`, `<h6>Five</h6><h6 id="s:six">Six</h6>`},
		{`<p>Text<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup></p>`,
			`<p>Text<sup id="s:fnref:1"><a href="#s:fn:1" class="footnote-ref" role="doc-noteref">1</a></sup></p>`},
		{`<li id="fn:1"><p>Note.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li>`,
			`<li id="s:fn:1"><p>Note.&#160;<a href="#s:fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li>`},
		{`<hr><header>h</header><a href="#">top</a><a href="../x/#y">x</a><a href="https://e.org/#z">e</a>`,
			`<hr><header>h</header><a href="#">top</a><a href="../x/#y">x</a><a href="https://e.org/#z">e</a>`},
		{`<p>&lt;h2 id=&quot;x&quot;&gt; is text</p><pre><code>&lt;h3&gt;</code></pre>`, `<p>&lt;h2 id=&quot;x&quot;&gt; is text</p><pre><code>&lt;h3&gt;</code></pre>`},
		{`<p><a href="#sec">see</a></p><h2`, `<p><a href="#s:sec">see</a></p><h2`}, // cut short
		{``, ``},
	} {
		if got := scopeBody(tc.in, "s"); got != tc.want {
			t.Errorf("scopeBody(%s)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// TestPageIDs checks that PageIDs names every fixed id the theme's
// templates give an element, so that no heading of a body takes one.
func TestPageIDs(t *testing.T) {
	reserved := strings.Fields(PageIDs)
	fixed := regexp.MustCompile(`\bid="([^"{]+)"`)
	names, err := fs.Glob(brieftemplates.FS, "*.html")
	if err != nil || len(names) == 0 {
		t.Fatalf("no templates: %v", err)
	}
	for _, name := range names {
		src, err := fs.ReadFile(brieftemplates.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range fixed.FindAllStringSubmatch(string(src), -1) {
			if !slices.Contains(reserved, m[1]) {
				t.Errorf("%s gives an element the id %q, which PageIDs lacks", name, m[1])
			}
		}
	}
}
