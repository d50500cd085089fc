package render_test

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tdewolff/parse/v2"
	parsehtml "github.com/tdewolff/parse/v2/html"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/render"
)

// node is an element of a parsed page, enough for the checks below.
type node struct {
	tag      string
	attrs    map[string]string
	parent   *node
	children []*node
	text     strings.Builder // text directly inside the element
}

func (n *node) attr(k string) (string, bool) { v, ok := n.attrs[k]; return v, ok }

// hasClass reports whether n has the class c.
func (n *node) hasClass(c string) bool {
	return slices.Contains(strings.Fields(n.attrs["class"]), c)
}

// walk calls f for n and every element below it, in document order.
func (n *node) walk(f func(*node)) {
	f(n)
	for _, c := range n.children {
		c.walk(f)
	}
}

// textContent returns the text of n and all elements below it.
func (n *node) textContent() string {
	var b strings.Builder
	n.walk(func(m *node) { b.WriteString(m.text.String()) })
	return b.String()
}

// within reports whether n has an ancestor with one of the tags.
func (n *node) within(tags ...string) bool {
	for p := n.parent; p != nil; p = p.parent {
		if slices.Contains(tags, p.tag) {
			return true
		}
	}
	return false
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// parsePage parses an HTML page into a tree rooted at a document node. It
// reports a start tag without its end tag, or an end tag without its
// start, as errors: brief writes every end tag.
func parsePage(src []byte) (doc *node, doctype bool, errs []string) {
	doc = &node{tag: "#document", attrs: map[string]string{}}
	cur := doc
	var open *node // the element whose start tag is being read
	lx := parsehtml.NewLexer(parse.NewInputBytes(src))
	for {
		tt, data := lx.Next()
		switch tt {
		case parsehtml.ErrorToken:
			if err := lx.Err(); err != nil && err != io.EOF {
				errs = append(errs, err.Error())
			}
			if cur != doc {
				errs = append(errs, fmt.Sprintf("<%s> is not closed", cur.tag))
			}
			return doc, doctype, errs
		case parsehtml.DoctypeToken:
			doctype = strings.EqualFold(strings.TrimSpace(string(lx.Text())), "html")
		case parsehtml.StartTagToken:
			open = &node{tag: string(lx.Text()), attrs: map[string]string{}, parent: cur}
			cur.children = append(cur.children, open)
		case parsehtml.AttributeToken:
			if open != nil {
				k := strings.ToLower(string(lx.AttrKey()))
				if _, dup := open.attrs[k]; dup {
					errs = append(errs, fmt.Sprintf("<%s> has the attribute %s twice", open.tag, k))
				}
				v := string(lx.AttrVal())
				if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') {
					v = v[1 : len(v)-1]
				}
				open.attrs[k] = html.UnescapeString(v)
			}
		case parsehtml.StartTagCloseToken:
			if open != nil && !voidElements[open.tag] {
				cur = open
			}
			open = nil
		case parsehtml.StartTagVoidToken:
			open = nil
		case parsehtml.EndTagToken:
			tag := strings.ToLower(string(lx.Text()))
			if voidElements[tag] {
				errs = append(errs, fmt.Sprintf("end tag </%s> of a void element", tag))
				continue
			}
			if cur.tag != tag {
				errs = append(errs, fmt.Sprintf("</%s> closes <%s>", tag, cur.tag))
				// Recover: close up to the matching element, if any.
				for p := cur; p != nil; p = p.parent {
					if p.tag == tag {
						cur = p
						break
					}
				}
			}
			if cur.parent != nil {
				cur = cur.parent
			}
		case parsehtml.TextToken:
			cur.text.WriteString(html.UnescapeString(string(data)))
		case parsehtml.SVGToken, parsehtml.MathToken:
			cur.children = append(cur.children, &node{tag: "svg", attrs: map[string]string{"aria-hidden": "true"}, parent: cur})
		}
	}
}

var (
	isoDate  = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?Z)?)?)?$`)
	headingN = map[string]int{"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
)

// checkPage returns what is wrong with one page for a reader who uses a
// screen reader, the keyboard or a validator.
func checkPage(src []byte) []string {
	doc, doctype, problems := parsePage(src)
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	if !doctype {
		add("no <!doctype html>")
	}
	var htmlEl *node
	ids := map[string]int{}
	byTag := map[string][]*node{}
	labelFor := map[string]bool{}
	doc.walk(func(n *node) {
		byTag[n.tag] = append(byTag[n.tag], n)
		if id, ok := n.attr("id"); ok {
			ids[id]++
		}
		if n.tag == "label" {
			labelFor[n.attrs["for"]] = true
		}
		if n.tag == "html" {
			htmlEl = n
		}
	})
	if htmlEl == nil || strings.TrimSpace(htmlEl.attrs["lang"]) == "" {
		add("<html> has no lang")
	}
	if ts := byTag["title"]; len(ts) != 1 || strings.TrimSpace(ts[0].textContent()) == "" {
		add("want one non-empty <title>")
	}
	for id, n := range ids {
		if n > 1 {
			add("id %q is used %d times", id, n)
		}
	}
	if n := len(byTag["h1"]); n != 1 {
		add("%d <h1> elements, want 1", n)
	}
	if n := len(byTag["main"]); n != 1 {
		add("%d <main> elements, want 1", n)
	}
	// The banner and the contentinfo landmarks: a header and a footer
	// that are not inside sectioning content.
	for _, lm := range []string{"header", "footer"} {
		found := 0
		for _, n := range byTag[lm] {
			if !n.within("article", "aside", "main", "nav", "section") {
				found++
			}
		}
		if found != 1 {
			add("%d page-level <%s> landmarks, want 1", found, lm)
		}
	}
	navLabels := map[string]bool{}
	for _, n := range byTag["nav"] {
		l := n.attrs["aria-label"]
		if l == "" {
			l = n.attrs["aria-labelledby"]
		}
		if l == "" || navLabels[l] {
			add("<nav> needs an aria-label of its own (got %q)", l)
		}
		navLabels[l] = true
	}
	// Skip link: the first link leads to the main content.
	if as := byTag["a"]; len(as) == 0 || !as[0].hasClass("skip-link") || as[0].attrs["href"] != "#main" {
		add("the first link is not a skip link to #main")
	}
	if ms := byTag["main"]; len(ms) == 1 && ms[0].attrs["id"] != "main" {
		add("<main> has no id=main for the skip link")
	}
	// Heading levels go down one at a time.
	level := 0
	doc.walk(func(n *node) {
		h, ok := headingN[n.tag]
		if !ok {
			return
		}
		if strings.TrimSpace(n.textContent()) == "" {
			add("empty <%s>", n.tag)
		}
		if level > 0 && h > level+1 {
			add("<%s> %q follows an <h%d>", n.tag, strings.TrimSpace(n.textContent()), level)
		}
		level = h
	})
	for _, n := range byTag["img"] {
		if _, ok := n.attr("alt"); !ok {
			add("<img src=%q> has no alt", n.attrs["src"])
		}
	}
	for _, tag := range []string{"input", "select", "textarea"} {
		for _, n := range byTag[tag] {
			switch n.attrs["type"] {
			case "hidden", "submit", "button", "reset":
				continue
			}
			id := n.attrs["id"]
			if !(id != "" && labelFor[id]) && n.attrs["aria-label"] == "" && n.attrs["aria-labelledby"] == "" && !n.within("label") {
				add("<%s name=%q> has no label", tag, n.attrs["name"])
			}
		}
	}
	for _, n := range byTag["a"] {
		if strings.TrimSpace(n.textContent()) == "" && n.attrs["aria-label"] == "" {
			add("a link to %q has no text", n.attrs["href"])
		}
	}
	// A link's text tells where it leads: two links with the same text
	// lead to the same page (a link within the page, as from contents,
	// may go with the one to the page; a navigation's are set apart).
	hrefOf := map[string]string{}
	for _, n := range byTag["a"] {
		if strings.HasPrefix(n.attrs["href"], "#") || n.within("nav") {
			continue // a navigation's links are told apart by its label
		}
		text := strings.Join(strings.Fields(n.textContent()), " ")
		if n.attrs["aria-label"] != "" {
			text = n.attrs["aria-label"]
		}
		href := strings.TrimSuffix(n.attrs["href"], "index.html")
		if h, ok := hrefOf[text]; ok && h != href && text != "" {
			add("links with the text %q lead to %q and %q", text, h, href)
		}
		hrefOf[text] = href
	}
	for _, n := range byTag["button"] {
		if strings.TrimSpace(n.textContent()) == "" && n.attrs["aria-label"] == "" {
			add("a button has no text")
		}
	}
	doc.walk(func(n *node) {
		for _, k := range []string{"aria-labelledby", "aria-describedby", "aria-controls"} {
			for _, ref := range strings.Fields(n.attrs[k]) {
				if ids[ref] == 0 {
					add("<%s %s=%q> names no element", n.tag, k, ref)
				}
			}
		}
		if href := n.attrs["href"]; n.tag == "a" && strings.HasPrefix(href, "#") && len(href) > 1 && ids[href[1:]] == 0 {
			add("link to %q on the same page has no target", href)
		}
	})
	// Landmarks: few enough to move between. A section is a region, one,
	// only when named: the years and months of a timeline are not; a
	// name on an element without a role (a <div>) is not allowed.
	landmarks := 0
	doc.walk(func(n *node) {
		named := n.attrs["aria-label"] != "" || n.attrs["aria-labelledby"] != ""
		switch {
		case n.tag == "main", n.tag == "nav", n.tag == "aside", n.attrs["role"] == "search",
			n.tag == "section" && named, n.attrs["role"] == "region" && named,
			(n.tag == "header" || n.tag == "footer") && !n.within("article", "aside", "main", "nav", "section"):
			landmarks++
			if n.hasClass("tl-year") || n.hasClass("tl-month") {
				add("a timeline's <section class=%q> is a landmark", n.attrs["class"])
			}
		case named && n.attrs["role"] == "" && (n.tag == "div" || n.tag == "span" || n.tag == "p"):
			add("<%s class=%q> is named but has no role", n.tag, n.attrs["class"])
		}
	})
	if landmarks > maxLandmarks {
		add("%d landmarks, want at most %d", landmarks, maxLandmarks)
	}
	for _, n := range byTag["time"] {
		if dt, ok := n.attr("datetime"); ok && !isoDate.MatchString(dt) {
			add("<time datetime=%q> is not a valid date", dt)
		}
	}
	return problems
}

// maxLandmarks is the most landmarks a page may have: a profile's page
// of a year has ten, its navigation by year and to the years beside it
// among them.
const maxLandmarks = 10

// htmlFiles builds the site at fsys and returns its HTML files.
func htmlFiles(t *testing.T, fsys fs.FS) map[string][]byte {
	t.Helper()
	res := build.Build(context.Background(), fsys, build.Options{})
	if res.Diags.HasErrors() {
		t.Fatalf("the site has errors:\n%v", res.Diags)
	}
	files, err := render.Files(res.Files, fsys)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for name, data := range files {
		if strings.HasSuffix(name, ".html") {
			out[name] = data
		}
	}
	return out
}

// TestHTMLShipped checks every page of the shipped briefing: a doctype, a
// lang, one h1, the landmarks, a skip link, labelled controls and
// navigation, alt text, unique ids, heading order and closed elements.
func TestHTMLShipped(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	pages := htmlFiles(t, os.DirFS(root))
	if len(pages) < 10 {
		t.Fatalf("only %d pages built from the shipped briefing", len(pages))
	}
	for _, name := range sortedKeys(pages) {
		if bytes.Contains(pages[name], []byte(`class="page-alias"`)) {
			continue // a page leading on to a brief's: aliases_test.go checks them
		}
		for _, p := range checkPage(pages[name]) {
			t.Errorf("%s: %s", name, p)
		}
	}
}

// TestHTMLEdgeCases checks the pages of a small site with what the
// shipped briefing lacks: an undated brief with no sources, a brief whose
// date is an open interval, an entity no brief names, an image.
func TestHTMLEdgeCases(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml":                {Data: []byte("title: Edge cases\nlanguage: fr\n")},
		"content/briefs/undated.md": {Data: []byte("---\ntitle: Undated\nactors: [Someone]\n---\nNo date, no sources.\n\n![A map](map.png)\n")},
		"content/briefs/open.md":    {Data: []byte("---\ntitle: Open\ndate: \"../2024\"\nsummary: Until 2024.\nevents:\n  - date: \"2024-09/2024-12\"\n    text: A span of months.\n  - date: \"2023\"\n    text: Known to the year.\n---\nBody.\n")},
		"content/actors/nobody.md":  {Data: []byte("---\nname: Nobody\n---\nNamed by no brief.\n")},
	}
	pages := htmlFiles(t, fsys)
	if len(pages) < 5 {
		t.Fatalf("only %d pages built", len(pages))
	}
	for _, name := range sortedKeys(pages) {
		for _, p := range checkPage(pages[name]) {
			t.Errorf("%s: %s", name, p)
		}
	}
	tl := string(pages["timeline/index.html"])
	for _, want := range []string{
		// The site is in French (see package lang).
		`id="y-earlier">Début inconnu</h2>`,                  // "until 2024" has no start year
		`<h3 class="tl-month-heading">Mois non précisé</h3>`, // "2023" under the 2023 heading
		`<h3 class="tl-month-heading">septembre 2024</h3>`,
		`>septembre–décembre 2024</time>`,
	} {
		if !strings.Contains(tl, want) {
			t.Errorf("timeline/index.html lacks %s", want)
		}
	}
	if !bytes.Contains(pages["index.html"], []byte(`<html lang="fr">`)) {
		t.Error(`index.html: the site's language is not on <html lang="fr">`)
	}
}

// TestCheckPage makes sure the checks catch what they are for.
func TestCheckPage(t *testing.T) {
	good := `<!doctype html><html lang="en"><head><title>T</title></head><body>` +
		`<a class="skip-link" href="#main">Skip</a><header><nav aria-label="Main"><a href="x">X</a></nav></header>` +
		`<main id="main"><h1>One</h1><h2>Two</h2><label for="q">Search</label><input id="q" type="search">` +
		`<img src="a.png" alt=""><time datetime="2024-05">May 2024</time></main><footer><p>f</p></footer></body></html>`
	if p := checkPage([]byte(good)); len(p) != 0 {
		t.Fatalf("a good page has problems: %q", p)
	}
	bad := []struct{ from, to, want string }{
		{`<html lang="en">`, `<html>`, "no lang"},
		{`<!doctype html>`, ``, "no <!doctype html>"},
		{`<h2>Two</h2>`, `<h1>Two</h1>`, "2 <h1> elements"},
		{`<h2>Two</h2>`, `<h3>Two</h3>`, "follows an <h1>"},
		{`<label for="q">Search</label>`, ``, "has no label"},
		{`alt=""`, ``, "has no alt"},
		{`<header>`, `<div>`, "</header> closes <div>"},
		{`</main>`, ``, "</body> closes <main>"},
		{`</body></html>`, ``, "<body> is not closed"},
		{`<footer><p>f</p></footer>`, ``, "0 page-level <footer>"},
		{` aria-label="Main"`, ``, "aria-label of its own"},
		{`href="#main">Skip`, `href="#top">Skip`, "skip link"},
		{`id="main"`, `id="q"`, `id "q" is used 2 times`},
		{`datetime="2024-05"`, `datetime=""`, "not a valid date"},
		{`<p>f</p>`, `<p>f</div>`, "</div> closes <p>"},
		{`<a href="x">X</a>`, `<a href="x"></a>`, "has no text"},
		{`<h2>Two</h2>`, `<h2>Two</h2><a href="y">More</a> <a href="z">More</a>`, "lead to"},
		{`<h2>Two</h2>`, `<div aria-labelledby="q"><h2>Two</h2></div>`, "named but has no role"},
		{`<h2>Two</h2>`, `<section class="tl-year" aria-label="2024"><h2>Two</h2></section>`, "is a landmark"},
		{`<h2>Two</h2>`, strings.Repeat(`<aside>x</aside>`, maxLandmarks), "landmarks, want at most"},
	}
	for _, c := range bad {
		page := strings.Replace(good, c.from, c.to, 1)
		if page == good {
			t.Fatalf("test case %q does not change the page", c.from)
		}
		p := checkPage([]byte(page))
		if !slices.ContainsFunc(p, func(s string) bool { return strings.Contains(s, c.want) }) {
			t.Errorf("replacing %q with %q: problems %q, want one containing %q", c.from, c.to, p, c.want)
		}
	}
}

func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// TestPrintIDsUnique checks that the printable briefing of briefs with
// the same headings and footnotes has each id once, and that every link
// to an id on it leads to an id of the same brief.
func TestPrintIDsUnique(t *testing.T) {
	body := "## Background\n\nText[^1] and [see](#background).\n\n[^1]: Note.\n"
	fsys := fstest.MapFS{
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\n---\n# Top\n\n" + body)},
		"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2023\n---\n" + body)},
		// A brief whose slug is an id the page gives an element.
		"content/briefs/main.md": {Data: []byte("---\ntitle: Main\ndate: 2022\n---\nText.\n")},
	}
	page := string(htmlFiles(t, fsys)["print/briefing/index.html"])
	ids := regexp.MustCompile(` id="([^"]*)"`).FindAllStringSubmatch(page, -1)
	seen := map[string]bool{}
	for _, m := range ids {
		if seen[m[1]] {
			t.Errorf("id %q more than once", m[1])
		}
		seen[m[1]] = true
	}
	for _, want := range []string{"a:background", "b:background", "a:fn:1", "b:fnref:1", "a:top", "main", "main--brief"} {
		if !seen[want] {
			t.Errorf("no id %q among %v", want, slices.Sorted(maps.Keys(seen)))
		}
	}
	for _, m := range regexp.MustCompile(`href="#([^"]*)"`).FindAllStringSubmatch(page, -1) {
		if !seen[m[1]] {
			t.Errorf("link to #%s, which is not on the page", m[1])
		}
	}
	if !strings.Contains(page, `<h3 id="a:top">Top</h3>`) || !strings.Contains(page, `<h4 id="a:background">Background</h4>`) {
		t.Error("the headings of a body are not below the brief's title, an h2")
	}
}

// TestDateSpan checks that a span of dates that read the same is shown
// once, and that one entry is not "1 entries".
func TestDateSpan(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2025-05~\ntopics: [Same month, Two months, One]\nsources: [S]\n---\nA.\n")},
		"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2025-05~\ntopics: [Same month]\nsources: [S]\n---\nB.\n")},
		"content/briefs/c.md": {Data: []byte("---\ntitle: C\ndate: 2025-07\ntopics: [Two months]\nsources: [S]\n---\nC.\n")},
	}
	pages := htmlFiles(t, fsys)
	for page, want := range map[string]string{
		"topics/same-month/index.html": `2 entries, <time datetime="2025-05" title="approximate date (2025-05~)">about May 2025</time></dd>`,
		"topics/two-months/index.html": `2 entries, <time datetime="2025-05" title="approximate date (2025-05~)">about May 2025</time> to <time datetime="2025-07">July 2025</time></dd>`,
		"topics/one/index.html":        `<dd>1 entry</dd>`,
	} {
		if !bytes.Contains(pages[page], []byte(want)) {
			t.Errorf("%s has no %s", page, want)
		}
	}
}
