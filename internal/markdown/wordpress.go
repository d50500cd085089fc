package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

// What a body exported from WordPress may hold, as the exporters leave
// it (wordpress-export-to-markdown, pandoc): WordPress's shortcodes,
// [caption …]…[/caption], and pandoc's fenced divs and attributes,
// ::: {.entry-content}, ![Map](map.jpg){.wp-image-1 width="800"}.
const (
	wpShortcodeKind = "WordPress shortcode"
	fencedDivKind   = "pandoc fenced div"
	pandocAttrsKind = "pandoc attributes"
)

// wpNames are the shortcodes of WordPress itself and the common ones of
// Jetpack, its plugin of embeds, by what to write in their place.
var wpNames = map[string]string{
	"caption": "caption", "wp_caption": "caption",
	"embed": "link", "tweet": "link", "twitter": "link", "youtube": "link", "vimeo": "link",
	"instagram": "link", "soundcloud": "link", "spotify": "link", "googlemaps": "link",
	"facebook": "link", "dailymotion": "link", "ted": "link", "flickr": "link", "scribd": "link",
	"audio": "media", "video": "media", "playlist": "media",
	"gallery": "images", "slideshow": "images",
}

// wpAttrs matches the attributes of a WordPress shortcode after its
// name: none, or each a name, with a value or not.
var wpAttrs = regexp.MustCompile(`^(?:[ \t]+[A-Za-z_][\w-]*(?:=(?:"[^"]*"|'[^']*'|[^\s"'\]]+))?)*[ \t]*/?$`)

// wpShortcode returns the name and the length of the WordPress shortcode
// that the "[" at offset at of src opens, closed on its line: one of
// wpNames with attributes, [gallery ids="1,2"], closed later,
// [embed]…[/embed], or alone on its line, [gallery]; or another name
// when an attribute follows it, [note type="x"], or [/name] closes it
// later in the body. A link's text, [x](url) or [x][ref], a reference's
// definition, a footnote, a citation, a wikilink, a task's box and
// bracketed prose, [sic], [he said], are none.
func wpShortcode(src []byte, at int) (name string, n int, ok bool) {
	if at >= len(src) || src[at] != '[' || at > 0 && (src[at-1] == '\\' || src[at-1] == '[') {
		return "", 0, false
	}
	j := at + 1
	for j < len(src) && ('a' <= src[j] && src[j] <= 'z' || j > at+1 && (src[j] == '_' || src[j] == '-' || '0' <= src[j] && src[j] <= '9')) {
		j++
	}
	if j == at+1 || j >= len(src) || src[j] != ']' && src[j] != ' ' && src[j] != '/' {
		return "", 0, false
	}
	end, quote := -1, byte(0)
	for k := j; k < len(src) && src[k] != '\n'; k++ {
		switch c := src[k]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == ']':
			end = k
		}
		if end >= 0 {
			break
		}
	}
	if end < 0 || end+1 < len(src) && strings.IndexByte("([:", src[end+1]) >= 0 && !bytes.HasPrefix(src[end+1:], []byte("[/")) {
		return "", 0, false
	}
	name, attrs := string(src[at+1:j]), src[j:end]
	if !wpAttrs.Match(attrs) {
		return "", 0, false
	}
	attributed, closed := bytes.ContainsAny(attrs, `"'=`), closedLater(src[end:], name)
	if _, known := wpNames[name]; !attributed && !closed && (!known || !aloneOnLine(src, at, end+1)) {
		// A known name bare in prose, "see [video] below", is prose.
		return "", 0, false
	}
	return name, end + 1 - at, true
}

// closedLater reports whether rest, the body after a "[name…]", closes
// it with "[/name]" before another "[name" opens: "the [caption] above"
// is not closed by the [/caption] of a shortcode after it.
func closedLater(rest []byte, name string) bool {
	c := bytes.Index(rest, []byte("[/"+name+"]"))
	if c < 0 {
		return false
	}
	for open := []byte("[" + name); ; {
		i := bytes.Index(rest[:c], open)
		if i < 0 {
			return true
		}
		if j := i + len(open); j < c && (rest[j] == ']' || rest[j] == ' ') {
			return false
		}
		rest, c = rest[i+1:], c-i-1
	}
}

// aloneOnLine reports whether src[at:end] is alone on its line but for
// spaces and tabs.
func aloneOnLine(src []byte, at, end int) bool {
	start := bytes.LastIndexByte(src[:at], '\n') + 1
	stop := bytes.IndexByte(src[end:], '\n')
	if stop < 0 {
		stop = len(src) - end
	}
	return len(bytes.Trim(src[start:at], " \t")) == 0 && len(bytes.Trim(src[end:end+stop], " \t\r")) == 0
}

// wpAddress returns the address the WordPress shortcode sc, of n bytes
// at offset at of src, shows: its url, src or mp4 attribute, or the text
// up to its closing [/name] on the line, [embed]https://…[/embed].
func wpAddress(src []byte, at, n int, name string) string {
	if m := wpAddressRE.FindSubmatch(src[at : at+n]); m != nil {
		return string(m[1])
	}
	rest := src[at+n:]
	if eol := bytes.IndexByte(rest, '\n'); eol >= 0 {
		rest = rest[:eol]
	}
	if end := bytes.Index(rest, []byte("[/"+name+"]")); end >= 0 {
		if u := strings.TrimSpace(string(rest[:end])); strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
			return u
		}
	}
	return ""
}

var wpAddressRE = regexp.MustCompile(`\b(?:url|src|mp4|href)=["']?([^"'\s\]]+)`)

// fencedDiv returns the length of the line that opens a pandoc fenced
// div at offset at of src, ::: {.entry-content} or ::: note, at the
// start of its line: three colons or more and something after them. A
// line of colons alone closes one, and is told of with its opener.
func fencedDiv(src []byte, at int) (n int, ok bool) {
	start := bytes.LastIndexByte(src[:at], '\n') + 1
	if len(bytes.Trim(src[start:at], " \t>")) > 0 || !bytes.HasPrefix(src[at:], []byte(":::")) {
		return 0, false
	}
	line := src[at:]
	if eol := bytes.IndexByte(line, '\n'); eol >= 0 {
		line = line[:eol]
	}
	rest := bytes.TrimSpace(bytes.TrimLeft(line, ":"))
	if len(rest) == 0 || !isLetter(rest[0]) && rest[0] != '{' {
		return 0, false
	}
	return len(bytes.TrimRight(line, " \t\r")), true
}

// pandocAttrs returns the length of pandoc's attributes at the start of
// line, {.wp-image-1201 width="800"} or {target="_blank"}: classes, ids
// and name=value pairs, one at least, in braces; or 0.
func pandocAttrs(line []byte) int {
	if m := pandocAttrsRE.Find(line); m != nil {
		return len(m)
	}
	return 0
}

var pandocAttrsRE = regexp.MustCompile(`^\{[ \t]*(?:(?:[.#][\w-]+|[A-Za-z_][\w-]*=(?:"[^"]*"|'[^']*'|[^\s"'}]+))[ \t]*)+\}`)

// warnExported warns of the WordPress shortcode or pandoc syntax (kind)
// at offset at of src, which the page shows as written: what to write
// in its place.
func warnExported(doc *Doc, at int, kind string, src []byte) {
	line := src[at:]
	if eol := bytes.IndexByte(line, '\n'); eol >= 0 {
		line = line[:eol]
	}
	switch kind {
	case fencedDivKind:
		n, _ := fencedDiv(src, at)
		doc.Diags.Warnf(doc.pos(at), "pandoc fenced div %s, which brief does not read: the page shows it as written; take out this line and the line of colons that closes it (the text between them stays)", quoteTag(line[:n]))
		return
	case pandocAttrsKind:
		n := pandocAttrs(line)
		doc.Diags.Warnf(doc.pos(at), "pandoc attributes %s, which brief does not read: the page shows them as written; take them out (an image is shown at the width of the page at most, and a link opens in the same tab)", quoteTag(line[:n]))
		return
	}
	name, n, _ := wpShortcode(src, at)
	tag := quoteTag(src[at : at+n])
	short := "[" + name + "]" // as the remedy names it
	if n > len(name)+2 {
		short = "[" + name + " …]"
	}
	closer := ""
	if bytes.Contains(src[at+n:], []byte("[/"+name+"]")) {
		closer = " and [/" + name + "]"
	}
	what := fmt.Sprintf("WordPress shortcode %s, which brief does not read: the page shows it as written", tag)
	addr := wpAddress(src, at, n, name)
	link := "[text](address)"
	if addr != "" {
		link = "<" + addr + ">"
	}
	switch wpNames[name] {
	case "caption":
		doc.Diags.Warnf(doc.pos(at), "%s; take out %s%s, and write the caption's text as the image's description, ![caption](file), or on a line under the image", what, short, closer)
	case "link":
		doc.Diags.Warnf(doc.pos(at), "%s; write it as a plain link, %s", what, link)
	case "media":
		doc.Diags.Warnf(doc.pos(at), "%s; link the file, or the page that plays it, %s", what, link)
	case "images":
		doc.Diags.Warnf(doc.pos(at), "%s; write each image as ![what it shows](file)", what)
	default:
		doc.Diags.Warnf(doc.pos(at), "%s; write what it shows in Markdown, or take out %s%s", what, short, closer)
	}
}

// mayHaveOthers reports whether the body src may have a WordPress
// shortcode or pandoc syntax (see wpShortcode, fencedDiv, pandocAttrs),
// so that its texts need a look.
func mayHaveOthers(src []byte) bool {
	if bytes.Contains(src, []byte(":::")) || bytes.Contains(src, []byte("){")) || bytes.Contains(src, []byte("]{")) || bytes.Contains(src, []byte("[/")) {
		return true
	}
	for i := bytes.IndexByte(src, '['); i >= 0; {
		if _, _, ok := wpShortcode(src, i); ok {
			return true
		}
		j := bytes.IndexByte(src[i+1:], '[')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
