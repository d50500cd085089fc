package build

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestStandalonePages checks that content/about.md is built as the page
// about/, with its body converted as a brief's is, that every page's
// footer links it relative to its own folder (with and without
// pretty_urls), that the sitemap and the search index list it, and that
// feeds and the data export leave it out.
func TestStandalonePages(t *testing.T) {
	for _, pretty := range []bool{false, true} {
		cfg := "title: Desk\nbase_url: https://example.org/desk/\n"
		index := "index.html"
		if pretty {
			cfg += "pretty_urls: true\n"
			index = ""
		}
		fsys := fstest.MapFS{
			"brief.yaml":              {Data: []byte(cfg)},
			"content/briefs/talks.md": {Data: []byte("---\ntitle: Talks resume\ndate: 2024-05-01\nsources:\n  - title: A report\n---\nText of the talks; see [the desk](../about.md#method) and [how](@/methodology.md).\n")},
			"content/about.md":        {Data: []byte("---\ntitle: About this desk\nsummary: Who writes the briefs.\nweight: 2\n---\nWe follow [[Talks resume]]; see [all briefs](/briefs/).\n\n## Method\n")},
			"content/methodology.md":  {Data: []byte("---\ntitle: Methodology\nweight: 1\n---\nHow; [about us](about.md).\n")},
		}
		res := Build(context.Background(), fsys, Options{})
		files := renderAll(t, res, fsys)
		about := string(files["about/index.html"])
		for _, want := range []string{
			"<h1>About this desk</h1>",
			`<meta name="description" content="Who writes the briefs.">`,
			`<main id="main"`,
			`<a href="../briefs/talks/` + index + `" class="wikilink">Talks resume</a>`,
			`<a href="../briefs/` + index + `">all briefs</a>`,
			`<h2 id="method">Method</h2>`,
			// the footer, by weight, from the page's own folder
			`<li><a href="../methodology/` + index + `">Methodology</a></li>` + "\n" + `<li><a href="../about/` + index + `">About this desk</a></li>`,
		} {
			if !strings.Contains(about, want) {
				t.Errorf("pretty %v: about/index.html lacks %s:\n%s", pretty, want, about)
			}
		}
		for page, link := range map[string]string{
			"briefs/talks/index.html": "../../about/" + index,
			"index.html":              "about/" + index,
			"404.html":                "https://example.org/desk/about/" + index,
		} {
			if want := `<li><a href="` + link + `">About this desk</a></li>`; !strings.Contains(string(files[page]), want) {
				t.Errorf("pretty %v: %s lacks the footer's %s", pretty, page, want)
			}
		}
		for page, want := range map[string]string{
			"briefs/talks/index.html": `see <a href="../../about/` + index + `#method">the desk</a> and <a href="../../methodology/` + index + `">how</a>`,
			"methodology/index.html":  `<a href="../about/` + index + `">about us</a>`,
		} {
			if !strings.Contains(string(files[page]), want) {
				t.Errorf("pretty %v: %s lacks the link %s", pretty, page, want)
			}
		}
		if !strings.Contains(string(files["sitemap.xml"]), "<loc>https://example.org/desk/about/</loc>") {
			t.Errorf("pretty %v: the sitemap lacks about/:\n%s", pretty, files["sitemap.xml"])
		}
		if !strings.Contains(string(files["assets/search-index.js"]), `"t":"About this desk","k":"page"`) {
			t.Errorf("pretty %v: the search index lacks the page", pretty)
		}
		for name, data := range files {
			if strings.HasSuffix(name, ".xml") && name != "sitemap.xml" || strings.HasPrefix(name, "data/") {
				if strings.Contains(string(data), "About this desk") {
					t.Errorf("pretty %v: %s shows the page", pretty, name)
				}
			}
		}
	}
}

// TestCheckPages checks that brief check finds no broken link in links to
// a standalone page, by its address or its file, and one to a page that
// is not there in a page's body.
func TestCheckPages(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/talks.md": {Data: []byte("---\ntitle: Talks\ndate: 2024\nsources: [{title: S}]\n---\nSee [us](/about/), [us](../about.md) and [us](@/about.md#method).\n")},
		"content/about.md":        {Data: []byte("---\ntitle: About\n---\nSee [[Talks]], [talks](briefs/talks.md) and [gone](gone.md).\n\n## Method\n")},
	}
	res, err := Check(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range res.Diags {
		got = append(got, d.String())
	}
	want := `content/about.md:4:45: error: broken link "gone.md": the built site has no about/gone.md; no brief, profile or page goes by "gone": link one by its file's name or as [[title]]`
	if strings.Join(got, "\n") != want {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}
