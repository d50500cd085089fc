package check_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestBodyProblemOnce checks that a problem a brief's body writes, found
// on its page and on the printable briefing, is told once at the body's
// line, and never at a page: a link to an id the page lacks, Markdown's
// or raw HTML's, raw HTML's label for nothing, broken link or id used
// twice, and a Markdown link to a folder without its slash, named as
// written.
func TestBodyProblemOnce(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"fragment", "See [below](#part-z).", `content/briefs/a.md:6:5: warning: link "#part-z": no element with id "part-z" in this page`},
		{"raw fragment", `See <a href="#raw-z">it</a>.`, `content/briefs/a.md:6:14: warning: link "#raw-z": no element with id "raw-z" in this page`},
		{"label", `<label for="nope">x</label>`, `content/briefs/a.md:6:13: warning: <label for="nope"> labels nothing: no element of its page has id "nope", so a screen reader does not read the label with its field, and a click on it does nothing; give the field id="nope"`},
		{"raw broken link", `<a href="../nope/">x</a>`, `content/briefs/a.md:6:10: error: broken link "../nope/": the site has no briefs/nope/index.html`},
		{"raw id twice", `<span id="dup"></span><span id="dup"></span>`, `content/briefs/a.md:6:11: warning: id "dup" is used more than once in this page`},
		{"folder without its slash", "See [b](../b).", `content/briefs/a.md:6:5: warning: link "../b" names a directory; link its page, "../b/index.html", which works from disk too`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"brief.yaml":          {Data: []byte("title: R\nunsafe_html: true\n")},
				"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [{title: S}]\n---\n" + tc.body + "\n")},
				"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2024\nsources: [{title: S}]\n---\nB.\n")},
			}
			ds, _ := checkSite(context.Background(), fsys)
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), tc.want)
			}
		})
	}
}

// TestEmptyLink checks that a link with nothing a reader sees or a
// screen reader reads out is a warning, once: a body's Markdown link at
// its source, with what to write, raw HTML's at its href, a template's
// at the template's line; and that a link with text, an image with an
// alt, an aria-label, or a Markdown image left without a description,
// told as the image, is not.
func TestEmptyLink(t *testing.T) {
	for _, tc := range []struct {
		name, body, tmpl string
		want             []string
	}{
		{name: "markdown", body: "See [](https://x.org).", want: []string{
			`content/briefs/a.md:6:5: warning: link has no text: a reader sees nothing to follow, and a screen reader reads out only "link" or its address; write its text between the brackets, [what it leads to](https://x.org)`}},
		{name: "markdown blank", body: "See [ ](../b/).", want: []string{
			`content/briefs/a.md:6:5: warning: link has no text: a reader sees nothing to follow, and a screen reader reads out only "link" or its address; write its text between the brackets, [what it leads to](../b/)`}},
		{name: "raw", body: `<a href="https://x.org"> <img src="https://x.org/m.png" alt=""> </a>`, want: []string{
			`content/briefs/a.md:6:10: warning: link "https://x.org" has no text: a reader sees nothing to follow, and a screen reader reads out only "link" or its address; give it text, an image with an alt, or an aria-label`}},
		{name: "template", tmpl: `{{define "main"}}<h1>{{.Brief.Title}}</h1>` + "\n" + `<p><a href="../"><!-- x --></a></p>{{.Brief.HTML}}{{end}}`, want: []string{
			`templates/brief.html:2:13: warning: link "../" has no text: a reader sees nothing to follow, and a screen reader reads out only "link" or its address; give it text, an image with an alt, or an aria-label (on public/briefs/a/index.html)`}},
		{name: "heard", body: "[x](https://x.org) [![Map](https://x.org/m.png)](https://x.org) [<b>x</b>](https://x.org)\n\n" +
			`<a href="https://x.org" aria-label="X"></a> <a href="https://x.org"><img alt="Map" src="https://x.org/m.png"></a> <a href="https://x.org"><abbr>UN</abbr></a> <a id="anchor"></a>`},
		{name: "image without description", body: "[![](https://x.org/m.png)](https://x.org)", want: []string{
			`content/briefs/a.md:6:2: warning: image has no description: write one between the brackets, ![what it shows](https://x.org/m.png), for readers who cannot see it`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"brief.yaml":          {Data: []byte("title: R\nunsafe_html: true\n")},
				"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [{title: S}]\n---\n" + tc.body + "\n")},
				"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2024\nsources: [{title: S}]\n---\nB.\n")},
			}
			if tc.tmpl != "" {
				fsys["templates/brief.html"] = &fstest.MapFile{Data: []byte(tc.tmpl)}
				fsys["content/briefs/a.md"].Data = []byte("---\ntitle: A\ndate: 2024\nsources: [{title: S}]\n---\nA.\n")
				delete(fsys, "content/briefs/b.md")
			}
			ds, _ := checkSite(context.Background(), fsys)
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
