package check_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/net/html"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/check"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/render"
)

// payload goes into every text field of the XSS site. Each part tries to
// break out of a different context: element content, a quoted or unquoted
// attribute, a title or script element, a comment, a template and a JSON
// string in a script.
const payload = `P<script>alert(1)</script>"><img src=x onerror=alert(2)>'><svg onload=alert(3)>` +
	"</title></textarea></script><!--{{.Site}}\u2028\u2029\\u003c" + `</style>&lt;b&gt;`

// xssBody is a Markdown body with a payload in every construct.
const xssBody = `# Heading <script>alert(1)</script> <img src=x onerror=alert(1)>

Intro with <b onclick=alert(1)>inline raw HTML</b> and <script>alert("inline")</script>.

<script>alert("block")</script>

<img src=x onerror=alert(1)>

<a href="javascript:alert(1)">raw anchor</a>

<iframe src="javascript:alert(1)"></iframe>

<details open ontoggle=alert(1)><summary>x</summary></details>

<style>body{background:url(javascript:alert(1))}</style>

<math><mi xlink:href="javascript:alert(1)">x</mi></math>

- [plain](javascript:alert(1))
- [mixed case](JaVaScRiPt:alert(1))
- [entity](&#106;avascript:alert(1))
- [hex entity](&#x6A;&#x61;vascript:alert(1))
- [named entity colon](javascript&colon;alert(1))
- [tab](java&#9;script:alert(1))
- [newline entity](java&#10;script:alert(1))
- [leading space](< javascript:alert(1)>)
- [control char](&#1;javascript:alert(1))
- [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
- [data upper](DATA:text/html,<script>alert(1)</script>)
- [vbscript](vbscript:msgbox(1))
- [quote breakout](https://example.org/"onmouseover="alert(1))
- [title breakout](https://example.org/ "x\" onmouseover=\"alert(1)")
- autolink <javascript:alert(1)> and <vbscript:msgbox(1)> and <data:text/html,x>
- GFM autolink www.example.org/<script>alert(1)</script>
- [reference][r1] and [another][r2]
- ![image onerror](https://example.org/a.png" onerror="alert(1))
- ![alt" onerror="alert(1)](https://example.org/b.png)
- ![data image](data:image/svg+xml,<svg onload=alert(1)>)
- ![js image](javascript:alert(1))
- [[<script>alert(1)</script>]]
- [[Alice|<img src=x onerror=alert(1)>]]
- [[javascript:alert(1)]]
- [[Alice#"><script>alert(1)</script>]]
- ` + "`<script>alert(1)</script>`" + `
- Footnote[^1].

[r1]: javascript:alert(1)
[r2]: JAVASCRIPT:alert(1) "title"

[^1]: <script>alert(1)</script> [note link](javascript:alert(1))

| head <script>alert(1)</script> | [cell](javascript:alert(1)) |
| --- | --- |
| <img src=x onerror=alert(1)> | ` + payload + ` |

` + "```html\n<script>alert(1)</script>\n```\n\n" + payload + "\n"

// yamlQuote quotes s as a YAML double-quoted string.
func yamlQuote(s string) string {
	b, _ := json.Marshal(s) // JSON strings are YAML double-quoted strings
	return string(b)
}

// xssSite returns a site with the payload in every field of the site file,
// a brief, and actor, country and topic profiles.
func xssSite(unsafeHTML bool) fstest.MapFS {
	q := yamlQuote(payload)
	cfg := "title: " + q + "\ndescription: " + q + "\nlink_mentions: true\nbase_url: https://example.org/site/\n"
	if unsafeHTML {
		cfg += "unsafe_html: true\n"
	}
	brief := "---\n" +
		"title: " + q + "\n" +
		"summary: " + q + "\n" +
		"date: 2024-05-01\n" +
		"actors: [Alice, " + yamlQuote("Bob "+payload) + "]\n" +
		"countries: [Kenya, " + yamlQuote("Land "+payload) + "]\n" +
		"topics: [" + yamlQuote("Topic "+payload) + "]\n" +
		"sources:\n" +
		"  - title: " + q + "\n" +
		"    publisher: " + q + "\n" +
		"    note: " + q + "\n" +
		"    url: " + yamlQuote(`https://example.org/?q="><script>alert(1)</script>`) + "\n" +
		"    date: 2024-04\n" +
		"  - " + yamlQuote("Bare "+payload) + "\n" +
		"events:\n" +
		"  - date: 2024-04-01\n" +
		"    text: " + q + "\n" +
		"    actors: [Alice]\n" +
		"---\n" + xssBody
	actor := "---\nname: Alice\naliases: [" + yamlQuote("Al "+payload) + "]\nkind: " + q + "\ncountry: Kenya\nsummary: " + q + "\n---\n" + xssBody
	topic := "---\nname: " + yamlQuote("Topic "+payload) + "\nsummary: " + q + "\n---\n" + xssBody
	country := "---\nname: Kenya\naliases: [" + yamlQuote("KE "+payload) + "]\n---\n" + xssBody
	return fstest.MapFS{
		"brief.yaml":                 {Data: []byte(cfg)},
		"content/briefs/xss.md":      {Data: []byte(brief)},
		"content/briefs/other.md":    {Data: []byte("---\ntitle: Other\ndate: 2024-06\nsources: [S]\n---\nSee [[" + "Alice" + "]] and [[xss]].\n")},
		"content/actors/alice.md":    {Data: []byte(actor)},
		"content/topics/topic.md":    {Data: []byte(topic)},
		"content/countries/kenya.md": {Data: []byte(country)},
	}
}

// buildAll builds fsys and renders every file into memory.
func buildAll(t *testing.T, fsys fstest.MapFS) (map[string][]byte, []diag.Diagnostic) {
	t.Helper()
	res := build.Build(context.Background(), fsys, build.Options{Workers: 2})
	ds := res.Diags.Sorted()
	if res.Diags.HasErrors() {
		var b strings.Builder
		diag.Print(&b, ds, nil)
		t.Fatalf("build failed:\n%s", b.String())
	}
	files, err := render.Files(res.Files, fsys)
	if err != nil {
		t.Fatal(err)
	}
	return files, ds
}

// TestXSS builds a site with script payloads in every front-matter field
// and every Markdown construct and checks that no page, data file, script
// or feed carries executable injected script.
func TestXSS(t *testing.T) {
	files, _ := buildAll(t, xssSite(false))
	if len(files) < 10 {
		t.Fatalf("only %d files built", len(files))
	}
	for _, d := range check.Unsafe(files) {
		t.Errorf("Unsafe: %s", d)
	}
	pages := 0
	for name, data := range files {
		switch {
		case strings.HasSuffix(name, ".html"):
			pages++
			checkPage(t, name, data)
		case strings.HasSuffix(name, ".json"):
			if !json.Valid(data) {
				t.Errorf("%s: not valid JSON", name)
			}
			checkNoRawLT(t, name, data)
		case name == "assets/search-index.js":
			checkNoRawLT(t, name, data)
		case strings.HasSuffix(name, ".xml"):
			checkXML(t, name, data)
		}
	}
	if pages < 8 {
		t.Errorf("only %d pages", pages)
	}
	// The payload must reach the reader as text, escaped, not vanish.
	page := files["briefs/xss/index.html"]
	if page == nil {
		t.Fatal("no page for the payload brief")
	}
	if !bytes.Contains(page, []byte("&lt;script&gt;alert(1)&lt;/script&gt;")) {
		t.Errorf("the brief page does not show the payload as escaped text")
	}
}

// TestUnsafeHTMLOption checks that raw HTML is dropped by default and
// passed through when the site sets unsafe_html, and that even then
// javascript: Markdown links are removed.
func TestUnsafeHTMLOption(t *testing.T) {
	site := func(unsafe bool) fstest.MapFS {
		cfg := "title: Raw\n"
		if unsafe {
			cfg += "unsafe_html: true\n"
		}
		return fstest.MapFS{
			"brief.yaml": {Data: []byte(cfg)},
			"content/briefs/raw.md": {Data: []byte("---\ntitle: Raw\ndate: 2024\nsources: [S]\n---\n" +
				"<div class=\"raw-ok\">block</div>\n\nText <span class=\"raw-inline\">inline</span>.\n\n[x](javascript:alert(1))\n")},
		}
	}
	off, _ := buildAll(t, site(false))
	page := off["briefs/raw/index.html"]
	if bytes.Contains(page, []byte(`class="raw-ok"`)) || bytes.Contains(page, []byte(`class="raw-inline"`)) {
		t.Errorf("raw HTML passed through without unsafe_html:\n%s", page)
	}
	on, _ := buildAll(t, site(true))
	page = on["briefs/raw/index.html"]
	if !bytes.Contains(page, []byte(`<div class="raw-ok">block</div>`)) || !bytes.Contains(page, []byte(`<span class="raw-inline">inline</span>`)) {
		t.Errorf("raw HTML dropped with unsafe_html:\n%s", page)
	}
	if bytes.Contains(bytes.ToLower(page), []byte("javascript:")) {
		t.Errorf("javascript: link kept with unsafe_html")
	}
	// With the option on, the payload site still builds; what it lets
	// through is the author's choice, but Markdown links stay safe.
	files, _ := buildAll(t, xssSite(true))
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		for _, d := range check.Links(map[string][]byte{name: data}) {
			if strings.Contains(d.Msg, "javascript") && !strings.Contains(string(lineOf(data, d.Pos.Line)), "raw anchor") &&
				!strings.Contains(string(lineOf(data, d.Pos.Line)), "iframe") && !strings.Contains(string(lineOf(data, d.Pos.Line)), "<mi") {
				t.Errorf("%s: %s: a Markdown link kept its javascript: URL", name, d)
			}
		}
	}
}

func lineOf(data []byte, n int) []byte {
	lines := bytes.Split(data, []byte("\n"))
	if n < 1 || n > len(lines) {
		return nil
	}
	return lines[n-1]
}

// checkPage parses an HTML page as a browser would and checks that it
// runs no script but the site's own.
func checkPage(t *testing.T, name string, data []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		for _, a := range n.Attr {
			key := strings.ToLower(a.Key)
			if strings.HasPrefix(key, "on") {
				t.Errorf("%s: <%s %s=%q>", name, n.Data, a.Key, a.Val)
			}
			switch key {
			case "href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset":
				if check.DangerousScheme(a.Val) && !(n.Data == "link" && strings.HasPrefix(a.Val, "data:image/")) {
					t.Errorf("%s: <%s %s=%q>", name, n.Data, a.Key, a.Val)
				}
			}
		}
		switch n.Data {
		case "script":
			src := ""
			for _, a := range n.Attr {
				if a.Key == "src" {
					src = a.Val
				}
			}
			if src == "" || n.FirstChild != nil {
				t.Errorf("%s: inline script", name)
				continue
			}
			if p := path.Join(path.Dir(name), src); !strings.HasPrefix(p, "assets/") {
				t.Errorf("%s: script from %q", name, src)
			}
		case "iframe", "object", "embed", "frame", "base", "svg", "math", "style", "form":
			if n.Data == "form" || n.Data == "style" && n.Parent != nil && n.Parent.Data == "head" {
				continue // the theme's search form and styles
			}
			t.Errorf("%s: injected <%s> element", name, n.Data)
		}
	}
}

// checkNoRawLT checks that a data file or script escapes every "<", so
// that it can never close a script element it is embedded in.
func checkNoRawLT(t *testing.T, name string, data []byte) {
	t.Helper()
	if i := bytes.IndexByte(data, '<'); i >= 0 {
		t.Errorf("%s: raw '<' at byte %d: %q", name, i, data[max(i-20, 0):min(i+30, len(data))])
	}
	for _, sep := range []string{"\u2028", "\u2029"} {
		if bytes.Contains(data, []byte(sep)) {
			t.Errorf("%s: raw %U, which ends a line in older JavaScript", name, []rune(sep)[0])
		}
	}
}

// checkXML checks that a feed or sitemap is well-formed XML and has no
// element but its own.
func checkXML(t *testing.T, name string, data []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Errorf("%s: not well-formed XML: %v", name, err)
			return
		}
		if se, ok := tok.(xml.StartElement); ok {
			switch strings.ToLower(se.Name.Local) {
			case "script", "img", "svg", "iframe":
				t.Errorf("%s: injected <%s> element", name, se.Name.Local)
			}
		}
	}
}
