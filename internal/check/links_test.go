package check_test

import (
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/check"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/markdown"
)

// want is an expected diagnostic: its position and severity exactly and a
// part of its message.
type want struct {
	pos, sev, msg string
}

func match(t *testing.T, got []diag.Diagnostic, wants []want) {
	t.Helper()
	l := &diag.List{}
	l.Append(got...)
	sorted := l.Sorted()
	if len(sorted) != len(wants) {
		t.Errorf("got %d diagnostics, want %d:\n%s", len(sorted), len(wants), dump(sorted))
		return
	}
	for i, w := range wants {
		d := sorted[i]
		if d.Pos.String() != w.pos || d.Severity.String() != w.sev || !strings.Contains(d.Msg, w.msg) {
			t.Errorf("diagnostic %d:\n got %s\nwant %s: %s: …%s…", i, d, w.pos, w.sev, w.msg)
		}
	}
}

func dump(ds []diag.Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString("\t" + d.String() + "\n")
	}
	return b.String()
}

func TestLinks(t *testing.T) {
	page := func(body string) []byte {
		return []byte("<!doctype html>\n<html><body>\n" + body + "\n</body></html>\n")
	}
	tests := []struct {
		name  string
		files map[string][]byte
		want  []want
	}{
		{
			name: "clean site",
			files: map[string][]byte{
				"index.html":           page(`<a href="briefs/">b</a> <a href="briefs/x/index.html#intro">x</a> <a href="#top">top</a>`),
				"briefs/index.html":    page(`<a href="../">home</a> <a href="..">home</a> <a href="x/">x</a> <link rel="stylesheet" href="../assets/style.css">`),
				"briefs/x/index.html":  page(`<h2 id="intro">Intro</h2><img src="map.png" srcset="map.png 1x, map%20big.png 2x"><a href="https://example.org/">out</a> <a href="mailto:a@b.c">m</a>`),
				"briefs/x/map.png":     nil,
				"briefs/x/map big.png": nil,
				"assets/style.css":     nil,
			},
		},
		{
			name: "broken",
			files: map[string][]byte{
				"index.html": page(`<a href="missing/">m</a>
<img src="nope.png"> <a href="briefs">dir</a>
<map><area href="gone.html"></map> <video poster="still.png"></video>
<a href="` + strings.Repeat("x", 130) + `.html">long</a>`),
				"briefs/index.html": page(``),
			},
			want: []want{
				{"index.html:3:10", "error", `broken link "missing/": the site has no missing/index.html`},
				{"index.html:4:11", "error", `broken image "nope.png"`},
				{"index.html:4:31", "warning", `link "briefs" names a directory; link its page, "briefs/index.html", which works from disk too`},
				{"index.html:5:18", "error", `broken link "gone.html"`},
				{"index.html:5:51", "error", `broken image "still.png"`},
				// A long URL is cut in the message, not the file it names.
				{"index.html:6:10", "error", `broken link "` + strings.Repeat("x", 117) + `...": the site has no ` + strings.Repeat("x", 130) + ".html"},
			},
		},
		{
			name: "a page that leads on",
			files: map[string][]byte{
				"old/index.html":  page(`<meta http-equiv="refresh" content="0; url=../new/index.html">`),
				"gone/index.html": page(`<meta http-equiv="refresh" content="0; url=../nowhere/index.html">`),
				"new/index.html":  page(``),
			},
			want: []want{
				{"gone/index.html:3:37", "error", `broken redirect "../nowhere/index.html": the site has no nowhere/index.html`},
			},
		},
		{
			name: "root and climbing",
			files: map[string][]byte{
				"a/index.html": page(`<a href="/a/">root</a><a href="../../x/">up</a><a href="//cdn.example/x.js">cdn</a><a href="\\cdn.example/y">cdn</a><a href="/\cdn.example/z">cdn</a>`),
				"index.html":   page(`<a href="..">up</a>`),
			},
			want: []want{
				{"a/index.html:3:10", "error", "starts at the server root"},
				{"a/index.html:3:32", "error", "climbs above the site root"},
				{"index.html:3:10", "error", `link ".." climbs above the site root`},
			},
		},
		{
			name: "fragments",
			files: map[string][]byte{
				"index.html": page(`<p id="here"></p><a href="#here">ok</a><a href="#gone">bad</a><a href="b.html#there">ok</a><a href="b.html#nowhere">bad</a><a name="old"></a><a href="#old">ok</a><a href="#caf%C3%A9">ok</a><i id="café"></i><a href="#Cafe">near</a>`),
				"b.html":     page(`<div id="there"></div>`),
				// An id written with a percent sign, an old anchor's name
				// beside its id, a mask in a style attribute, and of two
				// ids near a fragment the first in order.
				"c.html": page(`<i id="a%20b"></i><a href="#a%20b">ok</a><a id="n1" name="n1"></a><p style="mask: url(#m)">x</p><i id="Quai"></i><i id="quai"></i><i id="QuAi"></i><i id="qUAI"></i><i id="QUai"></i><a href="#QUAI">near</a>`),
			},
			want: []want{
				{"c.html:3:191", "warning", `no element with id "QUAI" in this page; did you mean "QUai"? (an id keeps its accents and case)`},
				{"index.html:3:49", "warning", `no element with id "gone" in this page`},
				{"index.html:3:101", "warning", `no element with id "nowhere" in b.html`},
				{"index.html:3:217", "warning", `no element with id "Cafe" in this page; did you mean "café"? (an id keeps its accents and case)`},
			},
		},
		{
			name: "dangerous schemes",
			files: map[string][]byte{
				"index.html": page(`<a href="javascript:alert(1)">1</a>
<a href="JaVaScRiPt:alert(1)">2</a>
<a href="&#106;avascript:alert(1)">3</a>
<a href=" &#x09;java&#x0A;script:alert(1)">4</a>
<img src="data:image/svg+xml,<svg onload=alert(1)>">
<a href='vbscript:msgbox(1)'>6</a>
<form action="javascript:alert(1)"></form>
<link rel="icon" href="data:image/svg+xml,AAAA"><link rel="icon" href="data:text/html,x">`),
			},
			want: []want{
				{"index.html:3:10", "error", "javascript link URL"},
				{"index.html:4:10", "error", "javascript link URL"},
				{"index.html:5:10", "error", "javascript link URL"},
				{"index.html:6:10", "error", "javascript link URL"},
				{"index.html:7:11", "error", "data image URL"},
				{"index.html:8:10", "error", "vbscript link URL"},
				{"index.html:9:15", "error", "javascript form action URL"},
				// An icon's image drawn, not another document.
				{"index.html:10:72", "error", "data resource URL"},
			},
		},
		{
			name: "duplicate ids and noscript",
			files: map[string][]byte{
				"index.html": page(`<h2 id="main">A</h2><main id="main"></main><noscript><a href="gone.html">x</a></noscript>`),
			},
			want: []want{
				{"index.html:3:31", "warning", `id "main" is used more than once`},
				{"index.html:3:63", "error", `broken link "gone.html"`},
			},
		},
		{
			name: "style sheets",
			files: map[string][]byte{
				"assets/site.css": []byte("@import url(\"base.css\");\n@import 'gone.css';\n" +
					"body { background: url( img/bg.png ) }\n" +
					"/* .old { background: url(img/old.png) } */\n" +
					"h1::before { content: \"url(not-loaded.png)\" }\n" +
					".a { background: URL('../fonts/missing.woff2') } .b { mask: url(#m) } .c { background: url(data:image/png;base64,AA==) }\n" +
					".d { background: url(img/b\\67 .png) } .f { background: url(img/b\\67 .gif) } .e { background: url(/img/bg.png) }\n"),
				"assets/base.css":       nil,
				"assets/img/bg.png":     nil,
				"assets/img/bg.png.bak": nil,
				"index.html": page(`<style>.x { background: url("assets/img/bg.png") }
.y { background: url(assets/nope.png) }</style><p style="background: url(p.png)">x</p><link rel="stylesheet" href="assets/site.css">`),
			},
			want: []want{
				{"assets/site.css:2:9", "error", `broken style sheet's @import "gone.css": the site has no assets/gone.css`},
				{"assets/site.css:6:18", "error", `broken style sheet's url() "../fonts/missing.woff2": the site has no fonts/missing.woff2`},
				{"assets/site.css:7:56", "error", `broken style sheet's url() "img/bg.gif": the site has no assets/img/bg.gif`},
				{"assets/site.css:7:94", "error", `style sheet's url() "/img/bg.png" starts at the server root`},
				{"index.html:4:18", "error", `broken style sheet's url() "assets/nope.png"`},
				{"index.html:4:58", "error", `broken style sheet's url() "p.png"`},
			},
		},
		{
			name: "non-HTML files are targets only",
			files: map[string][]byte{
				"feed.xml":   []byte(`<feed><link href="/nowhere"/></feed>`),
				"index.html": page(`<a href="feed.xml#x">feed</a>`),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			match(t, check.Links(tt.files), tt.want)
		})
	}
}

func TestScheme(t *testing.T) {
	tests := []struct {
		url    string
		scheme string
		ok     bool
	}{
		{"https://x", "https", true},
		{"JaVaScRiPt:alert(1)", "javascript", true},
		{"\x01\x02 javascript:x", "javascript", true},
		{"jav\tas\ncript:x", "javascript", true},
		{"java\x00script:x", "", false},
		{"briefs/x/", "", false},
		{"../a:b", "", false},
		{"a:b", "a", true},
		{"1a:b", "", false},
		{":x", "", false},
		{"#x:y", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		s, ok := markdown.Scheme(tt.url)
		if s != tt.scheme || ok != tt.ok {
			t.Errorf("Scheme(%q) = %q, %v; want %q, %v", tt.url, s, ok, tt.scheme, tt.ok)
		}
	}
}

func TestUnsafe(t *testing.T) {
	files := map[string][]byte{
		"index.html": []byte(`<html><head>
<script src="assets/search.js"></script>
<script type="application/ld+json">{"a":1}</script>
<script>alert(1)</script>
<script src="https://evil.example/x.js"></script>
<script src="data/evil.js"></script>
</head><body onload="x()">
<img src=x OnError=alert(1)>
<iframe src="https://example.org"></iframe>
<p style="background:url(javascript:alert(1))">x</p>
<meta http-equiv="Refresh" content="0;url=javascript:alert(1)">
<a href="java&#x73;cript:alert(1)">x</a>
<meta http-equiv="refresh" content="0; URL='https://evil.example/'">
<meta http-equiv="refresh" content="5;url=//evil.example/">
<meta http-equiv="refresh" content="0; url=/from/the/root/">
<meta http-equiv="refresh" content="0; url=briefs/new/index.html">
<meta http-equiv="refresh" content="0">
<script data-url="../briefs/new/index.html">location.replace(document.currentScript.dataset.url+location.hash)</script>
<script data-url="javascript:alert(1)">location.replace(document.currentScript.dataset.url+location.hash)</script>
<script data-url="x">location.replace(document.currentScript.dataset.url+location.hash);alert(1)</script>
</body></html>`),
		"assets/search-index.js": []byte("var index = [{\"t\":\"</script><script>alert(1)</script>\"}];"),
		"data/briefs.json":       []byte(`[{"title":"\u003c/script\u003e"}]`),
		// İ lowers to three bytes; the position is the file's own.
		"data/upper.json": []byte("[\"İİ\",\n \"</ScRiPt>\", \"<!-\", \"<\"]"),
	}
	match(t, check.Unsafe(files), []want{
		{"assets/search-index.js:1:20", "error", `"</script"`},
		{"data/upper.json:2:3", "error", `"</script"`},
		{"index.html:4:1", "error", "inline <script>"},
		{"index.html:5:14", "error", "from outside the site"},
		{"index.html:6:14", "error", "not one of the site's assets"},
		{"index.html:7:22", "error", "event-handler attribute onload"},
		{"index.html:8:20", "error", "event-handler attribute onerror"},
		{"index.html:9:1", "error", "<iframe> element"},
		{"index.html:10:11", "error", "script in a style attribute"},
		{"index.html:11:19", "error", "<meta http-equiv=refresh>"},
		{"index.html:12:10", "error", "javascript: URL in <a href>"},
		{"index.html:13:19", "error", "<meta http-equiv=refresh> to another site"},
		{"index.html:14:19", "error", "<meta http-equiv=refresh> to another site"},
		{"index.html:15:19", "error", "<meta http-equiv=refresh> to another site"},
		{"index.html:17:19", "error", "<meta http-equiv=refresh> to another site"},
		{"index.html:19:1", "error", "inline <script>"},
		{"index.html:20:1", "error", "inline <script>"},
	})
}
