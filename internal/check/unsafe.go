package check

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/markdown"
)

// Unsafe reports what in the built files could run script that the site's
// theme did not put there:
//
//   - script elements other than external scripts under assets/, inline
//     JSON data blocks and an alias's page's AliasScript;
//   - event-handler attributes (onclick, onerror, ...);
//   - javascript:, vbscript: and data: URLs in any URL attribute;
//   - iframe, frame, object, embed and base elements, and a meta refresh
//     that leads anywhere but to a page of the site by a relative URL
//     (brief's own pages for a brief's aliases lead on this way);
//   - style attributes and elements that call expression() or url(javascript:);
//   - JavaScript and JSON files that contain "</script" or "<!--", which
//     would end or confuse an inline script block.
//
// A site built with unsafe_html on may legitimately fail these checks.
func Unsafe(files map[string][]byte) []diag.Diagnostic {
	sc, _ := scanOutput(context.Background(), Files(files), "")
	var out []diag.Diagnostic
	for _, p := range sc.unsafe() {
		out = append(out, p.Diagnostic)
	}
	return out
}

// unsafe returns what Unsafe reports, in the order of the files' names.
func (sc *scan) unsafe() []problem {
	var out []problem
	names := slices.AppendSeq(slices.Collect(maps.Keys(sc.pages)), maps.Keys(sc.scripts))
	slices.Sort(names)
	for _, name := range names {
		if pg, ok := sc.pages[name]; ok {
			out = append(out, pg.unsafe...)
		}
		for _, d := range sc.scripts[name] {
			out = append(out, problem{Diagnostic: d})
		}
	}
	return out
}

// unsafeScript returns what Unsafe reports of the script or data file
// name, whose bytes are data.
func unsafeScript(name string, data []byte) []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, bad := range []string{"</script", "<!--"} {
		if i := indexASCIIFold(data, bad); i >= 0 {
			out = append(out, diag.Diagnostic{Pos: diag.NewLines(name, 1, data).Pos(i), Severity: diag.Error,
				Msg: fmt.Sprintf("%q in a script or data file; escape < as \\u003c", bad)})
		}
	}
	return out
}

// unsafeDocument returns what in an SVG or XHTML file, which a browser
// runs scripts in, would run one: a <script> element (none of the site's
// assets is in such a file), an event-handler attribute, a javascript:,
// vbscript: or data: URL other than an image's, or script in a style
// attribute. The file is read as the XML it is, so that <title> or
// <style> hides nothing and a CDATA section is text; one a browser
// would not parse runs nothing either.
func unsafeDocument(name string, data []byte) []diag.Diagnostic {
	var out []diag.Diagnostic
	lines := diag.NewLines(name, 1, data)
	add := func(off int64, format string, args ...any) {
		out = append(out, diag.Diagnostic{Pos: lines.Pos(int(off)), Severity: diag.Error,
			Msg: fmt.Sprintf(format, args...) + " in a file a browser runs scripts in"})
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false // as browsers read HTML entities in XHTML
	dec.Entity = xml.HTMLEntity
	for {
		off := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return out
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		tag := data[off:min(dec.InputOffset(), int64(len(data)))] // the start tag as written
		at := func(attr xml.Name) int64 {                         // where the tag writes the attribute, or the tag
			name := attr.Local
			if attr.Space != "" && !strings.Contains(attr.Space, "/") {
				name = attr.Space + ":" + name
			}
			if i := bytes.Index(tag, []byte(" "+name+"=")); i >= 0 {
				return off + int64(i) + 1
			}
			return off
		}
		local := strings.ToLower(el.Name.Local)
		if local == "script" {
			add(off, "<script>")
		}
		for _, a := range el.Attr {
			key := strings.ToLower(a.Name.Local)
			val := strings.TrimSpace(a.Value)
			switch {
			case strings.HasPrefix(key, "on"):
				add(at(a.Name), "event-handler attribute %s on <%s>", a.Name.Local, el.Name.Local)
			case key == "style" && unsafeCSS(val):
				add(at(a.Name), "script in a style attribute on <%s>", el.Name.Local)
			case (key == "href" || key == "src" || key == "to" || key == "from" || key == "values" || key == "action" || key == "formaction") &&
				strings.Contains(strings.ToLower(val), "script:"),
				(key == "href" || key == "src") && DangerousScheme(val) && !imageData(local, val):
				add(at(a.Name), "%s URL in <%s %s>", schemeName(dangerousPart(val)), el.Name.Local, a.Name.Local)
			}
		}
	}
}

// imageData reports whether val, the URL of an element named local, is
// the data: URL of a raster image an <image> or <img> shows: editors
// embed pictures in SVG so, and browsers only draw them.
func imageData(local, val string) bool {
	if local != "image" && local != "img" && local != "feimage" {
		return false
	}
	l := strings.ToLower(val)
	for _, typ := range []string{"png", "jpeg", "jpg", "gif", "webp", "avif"} {
		if strings.HasPrefix(l, "data:image/"+typ+";") || strings.HasPrefix(l, "data:image/"+typ+",") {
			return true
		}
	}
	return false
}

// dangerousPart returns the part of a list of values, such as an
// animation's values="a;javascript:b", that names a script's scheme.
func dangerousPart(val string) string {
	for part := range strings.SplitSeq(val, ";") {
		if DangerousScheme(strings.TrimSpace(part)) {
			return strings.TrimSpace(part)
		}
	}
	return val
}

// indexASCIIFold returns the index of the first instance of pattern, in
// lower case, in data, with ASCII letters in any case, or -1: what a
// browser's tokenizer matches, in place, where bytes.ToLower would copy
// a data file of any size and could change its length.
func indexASCIIFold(data []byte, pattern string) int {
	for i := 0; i+len(pattern) <= len(data); i++ {
		j := bytes.IndexByte(data[i:], pattern[0])
		if j < 0 {
			return -1
		}
		i += j
		if i+len(pattern) <= len(data) && equalASCIIFold(data[i:i+len(pattern)], pattern) {
			return i
		}
	}
	return -1
}

// equalASCIIFold reports whether b is lower, with ASCII letters in any
// case.
func equalASCIIFold(b []byte, lower string) bool {
	for k := range b {
		c := b[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[k] {
			return false
		}
	}
	return true
}

// AliasScript is the one inline script brief's pages run: an alias's
// page's, which leads on to the address its data-url attribute gives
// with the #fragment it was reached by, where its meta refresh, for a
// browser without script, drops it.
const AliasScript = "location.replace(document.currentScript.dataset.url+location.hash)"

func unsafeElement(name string, e *element, baseURL string, add func(diag.Pos, origin, string, ...any)) {
	for _, a := range e.attrs {
		switch {
		case strings.HasPrefix(a.key, "on"):
			add(a.pos, origin{tag: e.name, attr: a.key, val: a.val}, "event-handler attribute %s on <%s>", a.key, e.name)
		case urlAttrs[a.key] && a.key != "srcset" && DangerousScheme(a.val) && !iconData(e, a):
			add(a.pos, origin{tag: e.name, attr: a.key, val: a.val}, "%s URL in <%s %s>", schemeName(a.val), e.name, a.key)
		case a.key == "srcset":
			for _, u := range srcset(a.val) {
				if DangerousScheme(u) {
					add(a.pos, origin{tag: e.name, attr: a.key, val: u}, "%s URL in <%s srcset>", schemeName(u), e.name)
				}
			}
		case a.key == "style" && unsafeCSS(a.val):
			add(a.pos, origin{tag: e.name, attr: a.key, val: a.val}, "script in a style attribute on <%s>", e.name)
		}
	}
	switch e.name {
	case "script":
		typ, _ := e.attr("type")
		t := strings.ToLower(strings.TrimSpace(typ.val))
		if t == "application/json" || t == "application/ld+json" {
			return
		}
		src, ok := e.attr("src")
		if !ok {
			if to, ok := e.attr("data-url"); ok && strings.TrimSpace(e.text) == AliasScript && !DangerousScheme(to.val) {
				return // an alias's page keeping the #fragment it was reached by
			}
			add(e.pos, origin{}, "inline <script>")
			return
		}
		if strings.TrimSpace(e.text) != "" {
			add(e.pos, origin{}, "<script> with both src and content")
		}
		u, _, _ := strings.Cut(src.val, "?")
		p := path.Join(path.Dir(name), u)
		if rest, ok := strings.CutPrefix(u, baseURL); ok && baseURL != "" {
			p = path.Clean(rest) // the site's own, by its address, as on the 404 page
		} else if _, external := markdown.Scheme(src.val); external || strings.HasPrefix(src.val, "/") {
			add(src.pos, origin{tag: e.name, attr: "src", val: src.val}, "<script> from outside the site: %q", short(src.val))
			return
		}
		if !strings.HasPrefix(p, "assets/") {
			add(src.pos, origin{tag: e.name, attr: "src", val: src.val}, "<script> that is not one of the site's assets: %q", short(src.val))
		}
	case "iframe", "frame", "frameset", "object", "embed", "applet", "base":
		add(e.pos, origin{}, "<%s> element", e.name)
	case "meta":
		if isRefresh(e) {
			if _, ok := pageRefresh(e); !ok {
				a, _ := e.attr("http-equiv")
				c, _ := e.attr("content")
				add(a.pos, origin{tag: e.name, attr: "content", val: c.val}, "<meta http-equiv=refresh> to another site, a script or the server root")
			}
		}
	case "style":
		if unsafeCSS(e.text) {
			add(e.pos, origin{}, "script in a <style> element")
		}
	}
}

func schemeName(u string) string {
	s, _ := markdown.Scheme(u)
	return s + ":"
}

// unsafeCSS reports whether CSS text can run script in some browser.
func unsafeCSS(css string) bool {
	l := strings.ToLower(css)
	l = strings.Map(func(r rune) rune {
		if r <= ' ' || r == '\\' {
			return -1
		}
		return r
	}, l)
	return strings.Contains(l, "expression(") || strings.Contains(l, "javascript:") ||
		strings.Contains(l, "vbscript:") || strings.Contains(l, "-moz-binding") || strings.Contains(l, "behavior:")
}

// isRefresh reports whether e is a <meta http-equiv=refresh>.
func isRefresh(e *element) bool {
	a, ok := e.attr("http-equiv")
	return e.name == "meta" && ok && strings.EqualFold(strings.TrimSpace(a.val), "refresh")
}

// pageRefresh returns the URL a <meta http-equiv=refresh> element e leads
// to when it is relative to the page, as "0; url=../page/index.html" is:
// no scheme, and not from the server root.
func pageRefresh(e *element) (string, bool) {
	c, _ := e.attr("content")
	// The delay, then a separator, then url=, as browsers read it.
	rest := strings.TrimLeft(c.val, " \t\n\f\r0123456789.")
	rest = strings.TrimLeft(rest, " \t\n\f\r;,")
	if len(rest) < 3 || !strings.EqualFold(rest[:3], "url") {
		return "", false
	}
	rest = strings.TrimLeft(rest[3:], " \t\n\f\r")
	u, ok := strings.CutPrefix(rest, "=")
	if !ok {
		return "", false
	}
	u = strings.Trim(strings.TrimSpace(u), `"'`)
	if _, scheme := markdown.Scheme(u); scheme || u == "" || strings.HasPrefix(u, "/") || strings.HasPrefix(u, `\`) || strings.ContainsAny(u, "\t\n\r") {
		return "", false
	}
	return u, true
}
