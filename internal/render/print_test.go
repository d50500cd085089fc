package render

import (
	"fmt"
	"html/template"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/site"
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
		{`<a href="#x" id="y">both</a><a id="z" href="#w">both</a>`, `<a href="#s:x" id="s:y">both</a><a id="s:z" href="#s:w">both</a>`},
		{`<h2 id="a">A</h2 >`, `<h3 id="s:a">A</h3 >`},
		{``, ``},
	} {
		if got := scopeBody(tc.in, "s", nil, nil, ""); got != tc.want {
			t.Errorf("scopeBody(%s)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// TestScopeBodySources checks that a link to an entry of the brief's
// list of sources, a citation's or one written by hand, leads to the
// source in the printable briefing's bibliography, and that another
// "#src-" link, or an element's id, is scoped as any.
func TestScopeBodySources(t *testing.T) {
	sources := []*site.Citation{{Source: &site.Source{ID: "un-report"}}, {Source: &site.Source{ID: "résumé"}}}
	for _, tc := range []struct{ in, want string }{
		{`<sup class="cite">[<a href="#src-un-report" title="UN report">1, p. 4</a>]</sup>`, `<sup class="cite">[<a href="#source:un-report" title="UN report">1, p. 4</a>]</sup>`},
		{`<a href="#src-r%C3%A9sum%C3%A9">r</a>`, `<a href="#source:r%C3%A9sum%C3%A9">r</a>`},
		{`<a id="x" href="#src-un-report">r</a>`, `<a id="s:x" href="#source:un-report">r</a>`},
		{`<a href="#src-un-report-2">r</a><a href="#src-un">r</a><a href="#src-">r</a>`, `<a href="#s:src-un-report-2">r</a><a href="#s:src-un">r</a><a href="#s:src-">r</a>`},
		{`<h2 id="src-un-report">Src: UN report</h2>`, `<h3 id="s:src-un-report">Src: UN report</h3>`},
		{`<a href="#src-un-report`, `<a href="#src-un-report`}, // cut short
	} {
		if got := scopeBody(tc.in, "s", sources, nil, ""); got != tc.want {
			t.Errorf("scopeBody(%s)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// TestScopeBodyEventLinks checks that a body's link to an entry of its
// brief's events, which the printable page does not list, leads to it on
// the brief's page, and that a link to a heading whose id starts with
// "event-" is scoped as any.
func TestScopeBodyEventLinks(t *testing.T) {
	const page = "../../briefs/talks/index.html"
	for _, tc := range []struct{ in, want string }{
		{`<a href="#event-talks--talks-break-off">x</a>`, `<a href="../../briefs/talks/index.html#event-talks--talks-break-off">x</a>`},
		{`<a href="#event-brief-talks">x</a>`, `<a href="../../briefs/talks/index.html#event-brief-talks">x</a>`},
		{`<a href="#event-2024">x</a><h2 id="event-2024">Event 2024</h2>`, `<a href="#s:event-2024">x</a><h3 id="s:event-2024">Event 2024</h3>`},
	} {
		if got := scopeBody(tc.in, "s", nil, nil, page); got != tc.want {
			t.Errorf("scopeBody(%s)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// TestScopeBodyNumbers checks that, in the printable briefing, a
// citation's number is the source's in the bibliography, which the
// brief's printed list of sources gives too, not the brief's own.
func TestScopeBodyNumbers(t *testing.T) {
	un, other := &site.Source{ID: "un-report"}, &site.Source{ID: "other"}
	sources := []*site.Citation{{Source: un}, {Source: other}}
	numbers := map[*site.Source]int{un: 12, other: 3}
	for _, tc := range []struct{ in, want string }{
		{`<sup class="cite">[<a href="#src-un-report" title="UN report">1, p. 4</a>]</sup>`, `<sup class="cite">[<a href="#source:un-report" title="UN report">12, p. 4</a>]</sup>`},
		{`<sup class="cite">[<a href="#src-other" title="O">2</a>, <a href="#src-un-report" title="U">1</a>]</sup>`, `<sup class="cite">[<a href="#source:other" title="O">3</a>, <a href="#source:un-report" title="U">12</a>]</sup>`},
		{`<a href="#src-other">the report</a>`, `<a href="#source:other">the report</a>`},                                   // a link written by hand keeps its words
		{`<p>See the <a href="#src-other">2024 report</a>.</p>`, `<p>See the <a href="#source:other">2024 report</a>.</p>`}, // and its numbers
		{`<a href="#src-unknown">7</a>`, `<a href="#s:src-unknown">7</a>`},
	} {
		if got := scopeBody(tc.in, "s", sources, numbers, ""); got != tc.want {
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

// FuzzScopeBody checks that scopeBody changes nothing but what it is
// for: with its scope taken out again, the output is the input with some
// heading levels one higher, and in each tag the first id and link to an
// id that are not empty are scoped.
func FuzzScopeBody(f *testing.F) {
	f.Add(`<h2 id="a">A</h2><p>x<sup id="fnref:1"><a href="#fn:1">1</a></sup></p><hr><h6 id="z">`)
	f.Add(`<h5>Five</h5><a href="#">top</a></h`)
	f.Fuzz(func(t *testing.T, in string) {
		const scope = "\x00"
		if strings.Contains(in, scope) {
			return
		}
		out := scopeBody(in, scope, nil, nil, "")
		back := strings.ReplaceAll(out, scope+":", "")
		if len(back) != len(in) {
			t.Fatalf("scopeBody(%q) = %q: more than scopes added", in, out)
		}
		for i := range len(in) {
			if back[i] == in[i] {
				continue
			}
			heading := strings.HasSuffix(in[:i], "<h") || strings.HasSuffix(in[:i], "</h")
			if !heading || in[i] < '1' || in[i] > '5' || back[i] != in[i]+1 {
				t.Fatalf("scopeBody(%q) = %q: byte %d changed", in, out, i)
			}
		}
		// In each tag, from '<' to the next '>', the first id and link to
		// an id are scoped, unless empty.
		for rest := out; ; {
			i := strings.IndexByte(rest, '<')
			if i < 0 {
				break
			}
			n := strings.IndexByte(rest[i:], '>')
			if n < 0 {
				break
			}
			tag := rest[i : i+n]
			rest = rest[i+n:]
			for _, attr := range []string{` id="`, ` href="#`} {
				if j := strings.Index(tag, attr); j >= 0 {
					v := tag[j+len(attr):]
					if v != "" && v[0] != '"' && !strings.HasPrefix(v, scope+":") {
						t.Fatalf("scopeBody(%q) = %q: %s in %s not scoped", in, out, attr, tag)
					}
				}
			}
		}
	})
}

// BenchmarkScopeBody scopes a body shaped like the corpus generator's:
// paragraphs with links and emphasis, headings, a list, footnotes.
func BenchmarkScopeBody(b *testing.B) {
	var body strings.Builder
	for i := range 12 {
		fmt.Fprintf(&body, `<h2 id="section-%d">Section %d</h2>
<p>Officials said on Tuesday that the <a href="../../actors/x/index.html" class="wikilink">mission</a> would <em>continue</em>, and that talks<sup id="fnref:%d"><a href="#fn:%d" class="footnote-ref" role="doc-noteref">%d</a></sup> were planned with <a href="https://example.org/a">partners</a>.</p>
<ul>
<li>A point about the situation on the ground.</li>
<li>Another point, with <strong>weight</strong>.</li>
</ul>
`, i, i, i, i, i)
	}
	s := body.String()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		scopeBody(s, "some-slug", nil, nil, "")
	}
}

// TestPrintHTMLOwnsItsResult checks that what PrintHTML returns stays as
// it is when the page shows the next body: the page unpacks each body
// into the same memory.
func TestPrintHTMLOwnsItsResult(t *testing.T) {
	var packer site.Packer
	a := &site.Brief{Slug: "a", BodyHTML: packer.Pack([]byte(`<h2 id="x">A's heading</h2>` + "\n"))}
	b := &site.Brief{Slug: "b", BodyHTML: packer.Pack([]byte(`<p>B's longer text, which fills the memory A's body was in.</p>` + "\n"))}
	p := &Page{}
	first := p.PrintHTML(a)
	want := template.HTML(`<h3 id="a:x">A's heading</h3>` + "\n")
	if first != want {
		t.Fatalf("PrintHTML(a) = %q, want %q", first, want)
	}
	p.PrintHTML(b)
	if first != want {
		t.Errorf("after PrintHTML(b), PrintHTML(a)'s result is %q", first)
	}
}

// TestOldestFirst checks the printable briefing's order: oldest first,
// briefs of one date by title, as the timeline has them, undated last.
func TestOldestFirst(t *testing.T) {
	var briefs []*site.Brief // as site.Briefs: newest first, undated last, ties by title
	for _, b := range []struct{ title, date string }{
		{"Later", "2025-06"}, {"Alpha", "2025-05-21"}, {"Special", "2025-05-21"}, {"Zeta", "2025-05-21"},
		{"May", "2025-05"}, {"Oldest", "2019"}, {"Undated A", ""}, {"Undated B", ""},
	} {
		d, err := date.Parse(b.date)
		if b.date != "" && err != nil {
			t.Fatal(err)
		}
		briefs = append(briefs, &site.Brief{Title: b.title, Date: d})
	}
	var got []string
	for _, b := range oldestFirst(briefs) {
		got = append(got, b.Title)
	}
	want := "Oldest|May|Alpha|Special|Zeta|Later|Undated A|Undated B"
	if strings.Join(got, "|") != want {
		t.Errorf("oldestFirst = %s, want %s", strings.Join(got, "|"), want)
	}
	if briefs[0].Title != "Later" {
		t.Error("oldestFirst changed its argument")
	}
}

// TestNameRegions checks that the printable briefing names a body's
// scrolling boxes with the brief's title first, escaped, and leaves a
// body without them as it is.
func TestNameRegions(t *testing.T) {
	in := `<h2 id="context">Context</h2><div class="table-box" role="region" tabindex="0" aria-label="Context"><table></table></div><pre role="region" tabindex="0" aria-label="Code 1"><code>x</code></pre>`
	want := `<h2 id="context">Context</h2><div class="table-box" role="region" tabindex="0" aria-label="Talks &#34;resume&#34; &amp; more: Context"><table></table></div><pre role="region" tabindex="0" aria-label="Talks &#34;resume&#34; &amp; more: Code 1"><code>x</code></pre>`
	if got := nameRegions(in, `Talks "resume" & more`); got != want {
		t.Errorf("nameRegions:\n got %s\nwant %s", got, want)
	}
	if got := nameRegions("<p>No boxes.</p>", "T"); got != "<p>No boxes.</p>" {
		t.Errorf("nameRegions of a body without boxes = %s", got)
	}
}
