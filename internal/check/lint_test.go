package check_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/check"
	"github.com/briefsite/brief/internal/diag"
)

// TestLint checks each lint rule on a small site, with exact positions.
func TestLint(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/a.md": {Data: []byte("---\ntitle: Same\ndate: 2024-05-01\nsources: [S]\n---\nSee ![chart](chart.png) and [b](../b/) and [c](../c/).\n\n![map](img/map.png) [b](../b)\n")},
		"content/briefs/b.md": {Data: []byte("+++\ntitle = \"same\"\ndate = \"2024-05-02\"\nsources = [\"S\"]\n+++\n\n\n")},
		"content/briefs/d/index.md": {Data: []byte("---\ntitle: D\ndate: 2024\nsources: [S]\n---\n![ok](ok.png) ![gone](sub/gone.png) [up](../../../x)\n" +
			"[abs](/briefs/a/) [ext](https://example.org/x.png) [frag](#top) [mail](mailto:a@b.c)\n" +
			"[pdf](r&amp;d.pdf) [pdf](r\\&d.pdf) [js](&#106;avascript:alert(1)) [js](java%73cript:alert(2))\n" +
			"[gone](/files/gone.pdf) [ok](/files/report.pdf) [up](/../x)\n")},
		"content/briefs/d/ok.png":  {Data: []byte("png")},
		"content/briefs/d/r&d.pdf": {Data: []byte("pdf")},
		"content/actors/alice.md":  {Data: []byte("---\nname: Alice\n---\nAlice [writes](notes.pdf) and [[D]].\n")},
		"content/topics/t.md":      {Data: []byte("---\nname: T\n---\n")},
		// Profiles linked from other profiles only are not orphans.
		"content/topics/u.md":      {Data: []byte("---\nname: U\n---\nSee [[countries/Somaliland|it]] and [V](v.md).\n")},
		"content/topics/v.md":      {Data: []byte("---\nname: V\n---\nSee [[U]].\n")},
		"content/countries/sl.md":  {Data: []byte("---\nname: Somaliland\n---\nA region.\n")},
		"content/briefs/e.md":      {Data: []byte("---\ntitle: Alice\ndate: 2024\nsources: [S]\n---\nA brief named as a person is.\n")},
		"content/briefs/f.md":      {Data: []byte("---\ntitle: D\ndate: 2024\nsources: [S]\n---\nAnother D.\n")},
		"static/files/report.pdf":  {Data: []byte("pdf")},
		"content/briefs/2025/g.md": {Data: []byte("---\ntitle: G\ndate: 2025\nsources: [S]\n---\n![map](./map.png)\n")},
		// A profile renamed, with the briefs naming it as before.
		"content/actors/amma-mensah.md": {Data: []byte("---\nname: Amma Owusu-Kyei Mensah\n---\nA minister.\n")},
		"content/briefs/h.md":           {Data: []byte("---\ntitle: H\ndate: 2025\nsources: [S]\nactors: [Amma Owusu-Kyei]\n---\nText.\n")},
		"content/briefs/i.md":           {Data: []byte("---\ntitle: I\ndate: 2025\nsources: [S]\n---\n<!-- to write -->\n\n<!--more-->\n")},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []diag.Diagnostic
	for _, d := range ds {
		// The print page's own link problems are TestShippedSite's.
		if d.Msg != "brief cites no sources" && !strings.HasPrefix(d.Pos.File, "public/print/") {
			got = append(got, d)
		}
	}
	match(t, got, []want{
		{"content/actors/alice.md:2:7", "warning", `no brief names the actor "Alice" or links to it`},
		{"content/actors/alice.md:4:7", "error", `broken link "notes.pdf": the built site has no actors/alice/notes.pdf`},
		{"content/actors/amma-mensah.md:2:7", "warning", `no brief names the actor "Amma Owusu-Kyei Mensah" or links to it; briefs name "Amma Owusu-Kyei", which has no profile: if it is this actor, add it to this profile's aliases`},
		// The folder brief's file is beside the brief's, in its folder.
		{"content/briefs/2025/g.md:6:1", "error", `broken image "./map.png": the built site has no briefs/g/map.png; files beside a brief are published when the brief is a folder, content/briefs/2025/g/index.md`},
		{"content/briefs/a.md:6:5", "error", `broken image "chart.png": the built site has no briefs/a/chart.png; files beside a brief are published when the brief is a folder, content/briefs/a/index.md`},
		{"content/briefs/a.md:6:44", "error", `broken link "../c/": the built site has no briefs/c/index.html`},
		// A file in a folder beside the brief gets no hint of folders.
		{"content/briefs/a.md:8:1", "error", `broken image "img/map.png": the built site has no briefs/a/img/map.png`},
		// Found on the page, told at the body, with the link as written,
		// once for the brief's page and the printable briefing.
		{"content/briefs/a.md:8:21", "warning", `link "../b" names a directory; link its page, "../b/index.html", which works from disk too`},
		{"content/briefs/b.md:2:9", "warning", `brief title "same" reads as the same name as "Same", the title of content/briefs/a.md (case, accents and punctuation aside)`},
		{"content/briefs/b.md:5:1", "warning", "brief has no body text"},
		{"content/briefs/d/index.md:6:15", "error", `broken image "sub/gone.png": the built site has no briefs/d/sub/gone.png`},
		{"content/briefs/d/index.md:6:37", "error", `link "../../../x" climbs above the site root`},
		// Links the build removes are not also broken; references and
		// escapes are resolved, as on the page.
		{"content/briefs/d/index.md:8:36", "warning", "link or image with an unsafe or unsupported URL scheme removed"},
		{"content/briefs/d/index.md:8:67", "warning", "link or image with an unsafe or unsupported URL scheme removed"},
		// A link from the root is from the site's root.
		{"content/briefs/d/index.md:9:1", "error", `broken link "/files/gone.pdf": the built site has no files/gone.pdf`},
		{"content/briefs/d/index.md:9:49", "error", `link "/../x" climbs above the site root`},
		{"content/briefs/e.md:2:8", "warning", `brief title "Alice" is also a name of the actor Alice; [[Alice]] links to the brief, not to actors/alice/`},
		{"content/briefs/f.md:2:8", "warning", `brief title "D" is also the title of content/briefs/d/index.md; [[D]] links only to one of them`},
		{"content/briefs/i.md:6:1", "warning", "brief has no body text, only HTML comments, which its page leaves out"},
		{"content/topics/t.md:2:7", "warning", `no brief names the topic "T" or links to it`},
	})
	for _, d := range got {
		if d.Pos.String() == "content/briefs/a.md:8:1" && strings.Contains(d.Msg, ";") {
			t.Errorf("the broken image in a folder gets a hint: %s", d)
		}
	}
}

// TestOrphanClaimedName checks that a profile whose name another
// profile claims as its alias, an error of the build's, is not also told
// that no brief names it: the briefs naming it reach the other.
func TestOrphanClaimedName(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/a.md":               {Data: []byte("---\ntitle: A\ndate: 2025\nsources: [S]\nactors: [Velorian Navy]\n---\nText.\n")},
		"content/actors/navy-of-veloria.md": {Data: []byte("---\nname: Navy of Veloria\naliases: [Velorian Navy]\n---\nX.\n")},
		"content/actors/velorian-navy.md":   {Data: []byte("---\nname: Velorian Navy\n---\nY.\n")},
		"content/actors/lone.md":            {Data: []byte("---\nname: Lone\n---\nZ.\n")},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []diag.Diagnostic
	for _, d := range ds {
		if strings.Contains(d.Msg, "no brief names") {
			got = append(got, d)
		}
	}
	match(t, got, []want{{"content/actors/lone.md:2:7", "warning", `no brief names the actor "Lone"`}})
}

// TestOrphanLinks checks which profiles nothing leads to: not a country
// an actor belongs to; one whose own body links to it; and that a name
// of one word that briefs give is not taken for its other spelling.
func TestOrphanLinks(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/a.md":          {Data: []byte("---\ntitle: A\ndate: 2025\nsources: [S]\nactors: [Velorian Navy, Mensah]\n---\nText.\n")},
		"content/actors/navy.md":       {Data: []byte("---\nname: Velorian Navy\ncountry: Veloria\n---\nX.\n")},
		"content/countries/veloria.md": {Data: []byte("---\nname: Veloria\n---\nY.\n")},
		"content/topics/self.md":       {Data: []byte("---\nname: Self\n---\nSee [[Self]] and [[topics/Self]].\n")},
		"content/actors/amma.md":       {Data: []byte("---\nname: Amma Mensah\n---\nZ.\n")},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []string
	for _, d := range ds {
		if strings.Contains(d.Msg, "no brief names") {
			got = append(got, d.String())
		}
	}
	want := []string{
		`content/actors/amma.md:2:7: warning: no brief names the actor "Amma Mensah" or links to it`,
		`content/topics/self.md:2:7: warning: no brief names the topic "Self" or links to it`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("orphans:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestStyleSheetsAtTheirFiles checks that a broken url() of a style
// sheet copied from static/ or a bundle, or of the site's own
// templates/style.css, is told at the site's file, which the editor
// opens, and not at the built one.
func TestStyleSheetsAtTheirFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/a/index.md": {Data: []byte("---\ntitle: A\ndate: 2025\nsources: [S]\n---\nText.\n")},
		"content/briefs/a/a.css":    {Data: []byte("p {\n  background: url(gone.png);\n}\n")},
		"static/css/extra.css":      {Data: []byte("/* extra */\nbody { background: url(../img/bg.png) }\n")},
		"templates/style.css":       {Data: []byte("body { color: black }\nh1 { background: url(logo.svg) }\n")},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []diag.Diagnostic
	for _, d := range ds {
		if strings.Contains(d.Msg, "style sheet") {
			got = append(got, d)
		}
	}
	match(t, got, []want{
		{"content/briefs/a/a.css:2:15", "error", `broken style sheet's url() "gone.png": the site has no briefs/a/gone.png`},
		{"static/css/extra.css:2:20", "error", `broken style sheet's url() "../img/bg.png": the site has no img/bg.png`},
		{"templates/style.css:2:18", "error", `broken style sheet's url() "logo.svg": the site has no assets/logo.svg`},
	})
}

// TestImageDescription checks that an image without a description
// between its brackets, which the page publishes with an empty alt, is
// a warning at the image, in a brief's body or a profile's, and only such
// an image; and that it is told when the site could not be rendered too.
func TestImageDescription(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/d/index.md": {Data: []byte("---\ntitle: D\ndate: 2024\nsources: [S]\nactors: [A]\n---\n" +
			"![](map.png) ![ ](map.png) ![Map](map.png) ![[[A]]](map.png) ![*em*](map.png) ![`x`](map.png)\n" +
			"[![](map.png)](https://example.org) and ![](<my map.png>).\n\n![](<map(1.png>)\n")},
		"content/briefs/d/map.png":    {Data: []byte("png")},
		"content/briefs/d/map(1.png":  {Data: []byte("png")},
		"content/briefs/d/my map.png": {Data: []byte("png")},
		"content/actors/a.md":         {Data: []byte("---\nname: A\n---\nIn a profile: ![](https://example.org/a.png)\n")},
	}
	wants := []want{
		{"content/actors/a.md:4:15", "warning", "image has no description: write one between the brackets, ![what it shows](https://example.org/a.png), for readers who cannot see it"},
		{"content/briefs/d/index.md:7:1", "warning", "image has no description: write one between the brackets, ![what it shows](map.png), for readers who cannot see it"},
		{"content/briefs/d/index.md:7:14", "warning", "image has no description"},
		{"content/briefs/d/index.md:8:2", "warning", "image has no description"},
		{"content/briefs/d/index.md:8:41", "warning", "![what it shows](<my map.png>)"},
		{"content/briefs/d/index.md:10:1", "warning", "![what it shows](<map(1.png>)"},
	}
	ds, _ := checkSite(context.Background(), fsys)
	match(t, ds, wants)
	res := build.Build(context.Background(), fsys, build.Options{})
	ds, err := check.Run(context.Background(), res.Site, fsys, nil, "public/")
	if err != nil {
		t.Fatal(err)
	}
	match(t, ds, wants)
}

// failingOutput is a site whose files exist but cannot be read.
type failingOutput struct{ check.Files }

var errUnreadable = errors.New("unreadable")

func (failingOutput) Each(ctx context.Context, want func(string) bool, fn func(string, []byte)) error {
	return errUnreadable
}

// TestRunOutputError checks that Run returns an error reading the output
// with the problems of the model, and reads the output only through
// Output: a broken link in a page it cannot read is not reported.
func TestRunOutputError(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\n---\n")},
	}
	res := build.Build(context.Background(), fsys, build.Options{})
	files := check.Files{"index.html": []byte(`<a href="gone/">x</a>`), "briefs/a/index.html": nil}
	ds, err := check.Run(context.Background(), res.Site, fsys, failingOutput{files}, "public/")
	if !errors.Is(err, errUnreadable) {
		t.Errorf("Run returned %v, want the Output's error", err)
	}
	match(t, ds, []want{{"content/briefs/a.md:5:1", "warning", "brief has no body text"}})
	ds, err = check.Run(context.Background(), res.Site, fsys, files, "public/")
	if err != nil {
		t.Fatal(err)
	}
	// The pages are no documents: what they lack as such is TestPageDocument's.
	ds = slices.DeleteFunc(ds, func(d diag.Diagnostic) bool { return strings.HasPrefix(d.Msg, "page has ") })
	match(t, ds, []want{
		{"content/briefs/a.md:5:1", "warning", "brief has no body text"},
		{"public/index.html:1:10", "error", `broken link "gone/"`},
	})
}

// TestWikiFragmentOnce checks that a wikilink to a heading its target
// lacks is reported once, at its source, by the build, and not again on
// each page that shows the body; and that one to an id the theme's pages
// make from their data, which the build takes on trust, is still reported
// on the pages when the target page lacks it.
func TestWikiFragmentOnce(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/alpha.md": {Data: []byte("---\ntitle: Alpha\ndate: 2024-05-01\nsources: [{title: Paper}]\n---\n" +
			"See [[Beta#Nowhere]], [[Beta#Background]] and [[Beta#y1999|1999]].\n\n[Also](beta.md#elsewhere), [fine](beta.md#background).\n\n[[#Nowhere here]]\n")},
		"content/briefs/beta.md":  {Data: []byte("---\ntitle: Beta\ndate: 2024-06-01\nsources: [{title: Paper}]\n---\n## Background\n")},
		"content/actors/gamma.md": {Data: []byte("---\nname: Gamma\n---\n## Bio\n\n[[#Bio]] and [[#Not in the profile]].\n")},
	}
	for _, pretty := range []bool{false, true} {
		if pretty {
			fsys["brief.yaml"] = &fstest.MapFile{Data: []byte("pretty_urls: true\n")}
		}
		t.Run(fmt.Sprint("pretty=", pretty), func(t *testing.T) { testWikiFragmentOnce(t, fsys) })
	}
}

func testWikiFragmentOnce(t *testing.T, fsys fs.FS) {
	ds, _ := checkSite(context.Background(), fsys)
	count := func(parts ...string) (n int) {
		for _, d := range ds {
			if !slices.ContainsFunc(parts, func(p string) bool { return !strings.Contains(d.String(), p) }) {
				n++
			}
		}
		return n
	}
	if n := count("content/briefs/alpha.md:6:5: warning: wikilink [[Beta#Nowhere]]", "has no heading #nowhere"); n != 1 {
		t.Errorf("the missing heading is reported %d times at its source, want once: %v", n, ds)
	}
	if n := count(`content/briefs/alpha.md:8:1: warning: link "beta.md#elsewhere": "Beta" has no heading #elsewhere`); n != 1 {
		t.Errorf("the Markdown link's missing heading is reported %d times at its source, want once: %v", n, ds)
	}
	if n := count(`content/briefs/alpha.md:10:1: warning: wikilink [[#Nowhere here]]: "Alpha" has no heading #nowhere-here`); n != 1 {
		t.Errorf("the same page's missing heading is reported %d times at its source, want once: %v", n, ds)
	}
	if n := count(`content/actors/gamma.md:6:14: warning: wikilink [[#Not in the profile]]: "Gamma" has no heading #not-in-the-profile`); n != 1 {
		t.Errorf("the profile's missing heading is reported %d times at its source, want once: %v", n, ds)
	}
	if n := count(`no element with id "not-in-the-profile"`); n != 0 {
		t.Errorf("the profile's missing heading is reported again on %d pages: %v", n, ds)
	}
	if n := count(`no element with id "nowhere-here"`); n != 0 {
		t.Errorf("the same page's missing heading is reported again on %d pages: %v", n, ds)
	}
	if n := count(`no element with id "elsewhere"`); n != 0 {
		t.Errorf("the Markdown link's missing heading is reported again on %d pages: %v", n, ds)
	}
	if n := count(`no element with id "nowhere"`); n != 0 {
		t.Errorf("the missing heading is reported again on %d pages: %v", n, ds)
	}
	if n := count("public/briefs/alpha/index.html:", `no element with id "y1999"`); n != 1 {
		t.Errorf("the missing year is reported %d times on the brief's page, want once: %v", n, ds)
	}
}

// TestScriptByBaseURL checks that a script of the site's assets, which
// the 404 page links by the site's address when it has a base URL, is
// not taken for a script from elsewhere, and that one from another
// address still is.
func TestScriptByBaseURL(t *testing.T) {
	for _, tc := range []struct {
		head string
		want string
	}{
		{`<script src="{{.Asset "assets/search.js"}}"></script>`, ""},
		{`<script src="https://cdn.example.org/x.js"></script>`, `<script> from outside the site: "https://cdn.example.org/x.js"`},
		{`<script src="https://example.org/briefing/other/x.js"></script>`, `<script> that is not one of the site's assets: "https://example.org/briefing/other/x.js"`},
	} {
		fsys := fstest.MapFS{
			"brief.yaml":              {Data: []byte("base_url: https://example.org/briefing/\n")},
			"templates/partials.html": {Data: []byte(`{{define "head"}}` + tc.head + `{{end}}`)},
			"content/briefs/a.md":     {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\n---\nBody.\n")},
		}
		ds, _ := checkSite(context.Background(), fsys)
		var got []string
		for _, d := range ds {
			if strings.Contains(d.Msg, "<script>") {
				got = append(got, d.String())
			}
		}
		// On every page, told once, at the template (see TestTemplateProblemOnce).
		if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], "templates/partials.html:1:31: error: "+tc.want+" (on public/404.html and ")) {
			t.Errorf("head %s: %q, want %q", tc.head, got, tc.want)
		}
	}
}

// TestActiveDocuments checks that scripts in an SVG or XHTML file a site
// copies, which a browser runs when the file is opened, are errors at the
// site's own file, and that a plain image is not.
func TestActiveDocuments(t *testing.T) {
	bad := `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><text>x</text></a></svg>`
	fsys := fstest.MapFS{
		"content/briefs/bx/index.md": {Data: []byte("---\ntitle: BX\ndate: 2024\nsources: [S]\n---\n[p](pic.svg) ![ok](ok.svg)\n")},
		"content/briefs/bx/pic.svg":  {Data: []byte(bad)},
		"content/briefs/bx/ok.svg":   {Data: []byte(`<svg xmlns="http://www.w3.org/2000/svg"><a href="https://x.org/"><circle r="3"/></a></svg>`)},
		"static/page.XHTML":          {Data: []byte(`<html xmlns="http://www.w3.org/1999/xhtml"><body><script src="x.js"></script></body></html>`)},
		"static/styled.svg":          {Data: []byte(`<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:red"/><rect style="background:url(javascript:x)"/></svg>`)},
		// Read as XML: <title/> hides nothing, a CDATA section is text,
		// a prefix names the element, and an embedded picture is fine.
		"static/hidden.svg": {Data: []byte("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"><title/><style/>\n<text>x</text><svg:script>alert(1)</svg:script>\n<text><![CDATA[ </text><script>no</script> ]]></text><set to=\"javascript:alert(2)\"/>\n" +
			"<image href=\"data:image/png;base64,iVBORw0KGgo=\"/></svg:svg>")},
	}
	for _, unsafe := range []bool{false, true} { // raw HTML in bodies or not, the same
		if unsafe {
			fsys["brief.yaml"] = &fstest.MapFile{Data: []byte("unsafe_html: true\n")}
		}
		ds, _ := checkSite(context.Background(), fsys)
		checkActive(t, ds)
	}
}

func checkActive(t *testing.T, ds []diag.Diagnostic) {
	t.Helper()
	var got []string
	for _, d := range ds {
		if d.Severity == diag.Error {
			got = append(got, d.String())
		}
	}
	want := []string{
		"content/briefs/bx/pic.svg:1:41: error: event-handler attribute onload on <svg> in a file a browser runs scripts in",
		"content/briefs/bx/pic.svg:1:59: error: <script> in a file a browser runs scripts in",
		"content/briefs/bx/pic.svg:1:87: error: javascript: URL in <a href> in a file a browser runs scripts in",
		"static/hidden.svg:2:15: error: <script> in a file a browser runs scripts in",
		"static/hidden.svg:3:59: error: javascript: URL in <set to> in a file a browser runs scripts in",
		"static/page.XHTML:1:50: error: <script> in a file a browser runs scripts in",
		"static/styled.svg:1:71: error: script in a style attribute on <rect> in a file a browser runs scripts in",
	}
	if !slices.Equal(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestMarkdownFileLinks checks that a link to another brief's Markdown
// file, which the page links as the brief's page, is no broken link, and
// that one to a file no brief has is, with a hint.
func TestMarkdownFileLinks(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/x.md": {Data: []byte("---\ntitle: X\ndate: 2024\nsources: [S]\n---\nSee [y](y.md), [why](y.md#why) and [z](z.md).\n\n[j](/.md)\n")},
		"content/briefs/y.md": {Data: []byte("---\ntitle: Y\ndate: 2024\nsources: [S]\n---\n## Why\n\nBecause.\n")},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		`content/briefs/x.md:6:36: error: broken link "z.md": the built site has no briefs/x/z.md; no brief, profile or page goes by "z": link one by its file's name or as [[title]]`,
		`content/briefs/x.md:8:1: error: broken link "/.md": the built site has no .md; the link names no file: write the brief's, profile's or page's file name before .md, or link it as [[title]]`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestKindNames checks that a name two kinds share is warned of where the
// second is named, and that a wikilink picks either by its kind's folder.
func TestKindNames(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\ncountries: [Sudan]\ntopics: [Sudan]\n---\n" +
			"[[Sudan]], [[topic/Sudan|the topic]], [[Countries/sudan|the country]], [[actors/Sudan]], [[topics/Sudn]].\n\n[Topic](../topics/sudan.md), [country](../countries/sudan.md), [from the root](/topics/sudan).\n")},
	}
	ds, files := checkSite(context.Background(), fsys)
	var got []string
	for _, d := range ds {
		if d.Msg != "brief cites no sources" {
			got = append(got, d.String())
		}
	}
	want := []string{
		"content/briefs/a.md:6:10: warning: topic \"Sudan\" is also a name of the country Sudan; [[Sudan]] links to the country, [[topics/Sudan]] to this topic",
		"content/briefs/a.md:8:72: warning: wikilink [[actors/Sudan]] names no actor",
		"content/briefs/a.md:8:90: warning: wikilink [[topics/Sudn]] names no topic; did you mean [[topics/Sudan]]?",
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	page := string(files["briefs/a/index.html"])
	for _, link := range []string{
		`<a href="../../countries/sudan/index.html" class="wikilink">Sudan</a>`,
		`<a href="../../topics/sudan/index.html" class="wikilink">the topic</a>`,
		`<a href="../../countries/sudan/index.html" class="wikilink">the country</a>`,
		`<a href="../../topics/sudan/index.html">Topic</a>`,
		`<a href="../../countries/sudan/index.html">country</a>`,
		`<a href="../../topics/sudan/index.html">from the root</a>`,
	} {
		if !strings.Contains(page, link) {
			t.Errorf("the brief's page lacks %s", link)
		}
	}
}

// TestLinksToDrafts checks that a wikilink or a Markdown link to a draft
// the build leaves out says so.
func TestLinksToDrafts(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/a.md":          {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\n---\n[[Rumour of new talks]] and [the note](draft-note.md), [again](/briefs/draft-note/).\n")},
		"content/briefs/draft-note.md": {Data: []byte("---\ntitle: Rumour of new talks\ndate: 2025\ndraft: true\n---\nNot yet.\n")},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		`content/briefs/a.md:6:1: warning: wikilink [[Rumour of new talks]] names a draft, content/briefs/draft-note.md, which this build leaves out (-drafts shows it)`,
		`content/briefs/a.md:6:29: warning: link "draft-note.md" names a draft, content/briefs/draft-note.md, which this build leaves out (-drafts shows it)`,
		`content/briefs/a.md:6:56: warning: link "/briefs/draft-note/" names a draft, content/briefs/draft-note.md, which this build leaves out (-drafts shows it)`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTemplateProblemOnce checks that a problem a template puts on every
// page it makes, at one place, is told once with how many other pages
// have it, at the template when the site's templates write it, and that
// a body's, on two pages, is told once at the body. A relative link that
// leads elsewhere from each page's folder is one problem too, and one
// that only data gives the template is told at the first page.
func TestTemplateProblemOnce(t *testing.T) {
	fsys := fstest.MapFS{
		"templates/partials.html": {Data: []byte(`{{define "site-footer"}}<footer><a href="/about/">About</a></footer>{{end}}` +
			`{{define "head"}}<link rel="stylesheet" href="{{.Site.Config.Params.house}}">{{end}}`)},
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\n---\nBody.\n")},
		"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2025\nsources: [S]\n---\nBody <a href=\"/x/\">x</a>.\n")},
		// Three bodies with one image each, in their own folders: the
		// same column on three pages, and not a template's.
		"content/briefs/c.md": {Data: []byte("---\ntitle: C\ndate: 2021\nsources: [S]\n---\n<img src=\"map.png\" alt=\"Map\">\n")},
		"content/briefs/d.md": {Data: []byte("---\ntitle: D\ndate: 2022\nsources: [S]\n---\n<img src=\"map.png\" alt=\"Map\">\n")},
		"content/briefs/e.md": {Data: []byte("---\ntitle: E\ndate: 2023\nsources: [S]\n---\n<img src=\"map.png\" alt=\"Map\">\n")},
		"brief.yaml":          {Data: []byte("unsafe_html: true\nparams: {house: css/house.css}\n")},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var about, x, house, maps []string
	for _, d := range ds {
		switch {
		case strings.Contains(d.Msg, `"/about/"`):
			about = append(about, d.String())
		case strings.Contains(d.Msg, `"/x/"`):
			x = append(x, d.String())
		case strings.Contains(d.Msg, `"css/house.css"`):
			house = append(house, d.String())
		case strings.Contains(d.Msg, `"map.png"`) && !strings.HasPrefix(d.Pos.File, "public/print/"):
			maps = append(maps, d.String())
		}
	}
	// Written by the template from the site's settings: alike on every
	// page, though it leads elsewhere from each, at the first page.
	wantHouse := `public/404.html:18:30: error: broken resource "css/house.css": the site has no css/house.css; a relative link in a template leads from each page's own folder: write {{.Asset "css/house.css"}}, which leads to css/house.css from every page, and put that file in static/css/house.css (and on 18 other pages: a template's, most likely, to mend there)`
	if len(house) != 1 || house[0] != wantHouse {
		t.Errorf("the head's link is told %d times: %q, want %q", len(house), house, wantHouse)
	}
	if len(maps) != 3 || strings.Contains(strings.Join(maps, ""), "other pages") {
		t.Errorf("the bodies' images are told %q, want each on its page", maps)
	}
	wantAbout := `templates/partials.html:1:42: error: link "/about/" starts at the server root; it breaks when the site is published under a sub-path or opened from disk; make it relative: in a template, write {{.URL "about/"}}, which leads to about/index.html from every page, a page the site does not have (on public/404.html and 18 other pages)`
	if len(about) != 1 || about[0] != wantAbout {
		t.Errorf("the footer's link is told %d times: %q, want %q", len(about), about, wantAbout)
	}
	// On the brief's page and the printable briefing, told once at the body.
	wantX := `content/briefs/b.md:6:15: error: link "/x/" starts at the server root; it breaks when the site is published under a sub-path or opened from disk; make it relative`
	if len(x) != 1 || x[0] != wantX {
		t.Errorf("the body's link is told %q, want %q", x, wantX)
	}
}

// TestBrokenSameName checks that a broken image or link whose file's
// name the site has elsewhere says where, and what to write: the path
// from the site's root of a file it publishes; for one in content/ it
// does not, to make the brief a folder with the file beside index.md.
func TestBrokenSameName(t *testing.T) {
	brief := func(body string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: T\ndate: 2025\nsources: [S]\n---\n" + body + "\n")}
	}
	for _, tc := range []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"in static", fstest.MapFS{"content/briefs/a.md": brief("![Niamey](images/niamey.jpg)"), "static/images/niamey.jpg": {}, "static/old/niamey.jpg": {}},
			`broken image "images/niamey.jpg": the built site has no briefs/a/images/niamey.jpg; the site has static/images/niamey.jpg: write /images/niamey.jpg, its path from the site's root`},
		{"beside another brief", fstest.MapFS{"content/briefs/a.md": brief("[the report](report.pdf)"), "content/briefs/b/index.md": brief("B."), "content/briefs/b/report.pdf": {}},
			`broken link "report.pdf": the built site has no briefs/a/report.pdf; the site has content/briefs/b/report.pdf: write /briefs/b/report.pdf, its path from the site's root`},
		{"in content, not published", fstest.MapFS{"content/briefs/2023-07-26-niger-coup.md": brief("![Niamey](images/niamey.jpg)"), "content/briefs/images/niamey.jpg": {}},
			`broken image "images/niamey.jpg": the built site has no briefs/2023-07-26-niger-coup/images/niamey.jpg; the site has content/briefs/images/niamey.jpg, which no page publishes: make the brief a folder, content/briefs/2023-07-26-niger-coup/index.md, with images/niamey.jpg beside it; or move the file to static/ and write /images/niamey.jpg for static/images/niamey.jpg`},
		{"none of that name", fstest.MapFS{"content/briefs/a.md": brief("![Niamey](images/niamey.jpg)"), "static/images/other.jpg": {}},
			`broken image "images/niamey.jpg": the built site has no briefs/a/images/niamey.jpg`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds, _ := checkSite(context.Background(), tc.fsys)
			var got []string
			for _, d := range ds {
				if strings.HasPrefix(d.Msg, "broken") && strings.HasPrefix(d.Pos.File, "content/") {
					got = append(got, d.Msg)
				}
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestOwnAddress checks that a body's link or image that starts with the
// site's own address, base_url, is warned of, naming the brief whose
// page or alias it is, or the file to write its path from the root of,
// and that links elsewhere are not.
func TestOwnAddress(t *testing.T) {
	const own = ` starts with the site's own address, base_url: it leads to the site as published, so it breaks from disk, at another address and once that site is gone, and check does not look for it; `
	fsys := fstest.MapFS{
		"brief.yaml":          {Data: []byte("base_url: \"https://oldsite.org/news/\"\n")},
		"content/briefs/a.md": {Data: []byte("---\ntitle: Chad after Déby\ndate: 2025\nsources: [S]\naliases: [2021/04/21/chad-after-deby/]\n---\nText.\n")},
		"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2025\nsources: [S]\n---\n" +
			"[old](https://oldsite.org/news/2021/04/21/chad-after-deby/) [page](http://OldSite.org/news/briefs/a/)\n" +
			"![chart](https://oldsite.org/news/images/chart.png) ![gone](https://oldsite.org/news/wp-content/uploads/x.jpg)\n" +
			"[by slug](https://oldsite.org/news/2019/01/01/a/) [elsewhere](https://oldsite.org/other/) [home](https://example.org/news/a/) [root](https://oldsite.org/news/)\n")},
		"static/images/chart.png": {},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []diag.Diagnostic
	for _, d := range ds {
		if strings.Contains(d.Msg, "base_url") {
			got = append(got, d)
		}
	}
	match(t, got, []want{
		{"content/briefs/b.md:6:1", "warning", `link "https://oldsite.org/news/2021/04/21/chad-after-deby/"` + own + `it is an old address of the brief "Chad after Déby", which leads on to its page: link it as [[Chad after Déby]]`},
		{"content/briefs/b.md:6:61", "warning", `link "http://OldSite.org/news/briefs/a/"` + own + `it is the page of the brief "Chad after Déby": link it as [[Chad after Déby]]`},
		{"content/briefs/b.md:7:1", "warning", `image "https://oldsite.org/news/images/chart.png"` + own + `write /images/chart.png, its path from the site's root, which brief makes relative to each page`},
		{"content/briefs/b.md:7:53", "warning", `image "https://oldsite.org/news/wp-content/uploads/x.jpg"` + own + `put the file in static/ (static/wp-content/uploads/x.jpg) and write its path from the site's root, /wp-content/uploads/x.jpg`},
		{"content/briefs/b.md:8:1", "warning", `link "https://oldsite.org/news/2019/01/01/a/"` + own + `the built site has no page /2019/01/01/a/, but the brief "Chad after Déby" goes by its last part: link it as [[Chad after Déby]]`},
		{"content/briefs/b.md:8:127", "warning", `link "https://oldsite.org/news/"` + own + `write /, its path from the site's root`},
	})
	if len(got) != 6 {
		t.Errorf("got %d warnings, want 6:\n%v", len(got), got)
	}
}
