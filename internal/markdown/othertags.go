package markdown

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"github.com/briefsite/brief/internal/site"
)

// The syntax of other generators that a body moved from Jekyll or
// Eleventy may hold, which brief leaves as text: Liquid's and Nunjucks'
// output tags, {{ page.url }}, and kramdown's attribute lists,
// {: .notice}, {:toc}.
const (
	outputTagKind = "output tag"
	attrListKind  = "kramdown attribute list"
)

// outputTag returns the length of the Liquid or Nunjucks output tag at
// the start of line, and the text in quotes it begins with, if any:
// {{ page.url }}, {{ site.data.x[0] }}, {{ '/about/' | url }},
// {{- title -}}. It takes only what reads as a tag: a name, a dotted
// path or a quoted text, then filters after a "|", closed on the line;
// a lone name needs a blank on either side, {{ content }}, unless loose
// (in a link's address, where braces are nothing else). {{a, b}},
// {{"a": 1}} and the like are prose.
func outputTag(line []byte, loose bool) (n int, quoted string, ok bool) {
	if !bytes.HasPrefix(line, []byte("{{")) {
		return 0, "", false
	}
	i := 2
	if i < len(line) && line[i] == '-' {
		i++
	}
	before := blanks(line[i:])
	i += before
	if i >= len(line) {
		return 0, "", false
	}
	bare := false
	switch c := line[i]; {
	case c == '\'' || c == '"':
		end := bytes.IndexByte(line[i+1:], c)
		if end < 0 {
			return 0, "", false
		}
		quoted = string(line[i+1 : i+1+end])
		i += end + 2
	case isLetter(c) || c == '_':
		j, dotted, hyphen := i, false, false
	name:
		for j < len(line) {
			switch c := line[j]; {
			case isLetter(c) || c == '_' || '0' <= c && c <= '9':
				j++
			case c == '-' && j > i:
				hyphen = true
				j++
			case c == '.' && j+1 < len(line) && (isLetter(line[j+1]) || line[j+1] == '_'):
				dotted = true
				j++
			case c == '[':
				k := bytes.IndexByte(line[j:], ']')
				if k < 0 {
					return 0, "", false
				}
				dotted = true
				j += k + 1
			default:
				break name
			}
		}
		if !dotted && hyphen { // {{ n-1 }}: arithmetic
			return 0, "", false
		}
		bare = !dotted
		i = j
	default:
		return 0, "", false
	}
	after := blanks(line[i:])
	i += after
	filtered := i < len(line) && line[i] == '|'
	if filtered {
		end := bytes.Index(line[i:], []byte("}}"))
		if end < 0 {
			return 0, "", false
		}
		i += end
	} else if i < len(line) && line[i] == '-' {
		i++
	}
	if !bytes.HasPrefix(line[i:], []byte("}}")) {
		return 0, "", false
	}
	if bare && !filtered && !loose && (before == 0 || after == 0) {
		return 0, "", false
	}
	return i + 2, quoted, true
}

// blanks returns how many spaces and tabs b starts with.
func blanks(b []byte) int {
	n := 0
	for n < len(b) && (b[n] == ' ' || b[n] == '\t') {
		n++
	}
	return n
}

// attrList returns the length of the kramdown attribute list at the
// start of line, {: .notice}, {: #id width="300"} or {:toc}, and whether
// it is the table of contents marker, {:toc}.
func attrList(line []byte) (n int, toc, ok bool) {
	if !bytes.HasPrefix(line, []byte("{:")) {
		return 0, false, false
	}
	i, items := 2, 0
	for {
		i += blanks(line[i:])
		if i >= len(line) {
			return 0, false, false
		}
		if line[i] == '}' && items > 0 {
			break
		}
		if items > 0 && line[i-1] != ' ' && line[i-1] != '\t' && line[i-1] != ':' {
			return 0, false, false
		}
		start := i
		if line[i] == '.' || line[i] == '#' {
			i++
		}
		j := i
		for j < len(line) && (isLetter(line[j]) || line[j] == '_' || j > i && (line[j] == '-' || '0' <= line[j] && line[j] <= '9')) {
			j++
		}
		if j == i {
			return 0, false, false
		}
		i = j
		if line[start] != '.' && line[start] != '#' && i < len(line) && line[i] == '=' {
			i++
			if i >= len(line) {
				return 0, false, false
			}
			if q := line[i]; q == '"' || q == '\'' {
				end := bytes.IndexByte(line[i+1:], q)
				if end < 0 {
					return 0, false, false
				}
				i += end + 2
			} else {
				j := i
				for j < len(line) && line[j] != ' ' && line[j] != '\t' && line[j] != '}' {
					j++
				}
				if j == i {
					return 0, false, false
				}
				i = j
			}
		}
		items++
	}
	toc = items == 1 && string(bytes.TrimSpace(line[2:i])) == "toc"
	return i + 1, toc, true
}

// warnShortcode warns of each shortcode that starts in the text n.
func warnShortcode(doc *Doc, n *ast.Text, src []byte) {
	seg := n.Segment
	for {
		i, kind := shortcodeIn(src, seg)
		if kind == "" {
			return
		}
		switch kind {
		case outputTagKind, attrListKind:
			warnOtherTag(doc, seg.Start+i, kind, src, inDestination(src, seg.Start+i))
		case wpShortcodeKind, fencedDivKind, pandocAttrsKind:
			warnExported(doc, seg.Start+i, kind, src)
		default:
			warnShortcodeAt(doc, seg.Start+i, kind, src)
		}
		seg = seg.WithStart(min(seg.Start+i+2, seg.Stop))
	}
}

// warnShortcodeAt warns of the shortcode of the given kind at offset at:
// of Hugo's ref and relref, that a link to the file does what they did.
func warnShortcodeAt(doc *Doc, at int, kind string, src []byte) {
	line := src[at:]
	if eol := bytes.IndexByte(line, '\n'); eol >= 0 {
		line = line[:eol] // the text may end at a quote, which the typographer takes
	}
	if m := hugoRef.FindSubmatch(line); m != nil {
		file, frag, _ := strings.Cut(path.Base(string(m[2])), "#")
		if path.Ext(file) == "" {
			file += ".md"
		}
		tg, ok := refTarget(doc, file)
		if !ok {
			doc.Diags.Warnf(doc.pos(at), "Hugo's %s shortcode, which brief does not read; %q names no brief or profile of this site; link to one as [text](file.md) or [[name]]", m[1], m[2])
			return
		}
		// The file's own name, which a link needs without blanks.
		file = tg.Slug() + ".md"
		if tg.Entity != nil {
			file = "../" + tg.Entity.Kind.Dir() + "/" + file
		}
		if frag != "" {
			file += "#" + frag
		}
		doc.Diags.Warnf(doc.pos(at), "Hugo's %s shortcode, which brief does not read; link to the file itself, as in [text](%s)", m[1], file)
		return
	}
	doc.Diags.Warnf(doc.pos(at), "%s, which brief does not read; write an image as ![text](file), a link to a brief or profile as [[name]]", kind)
}

// refTarget returns the page of the site a Markdown link to file from
// doc leads to, if any, recording the lookup as a link's is, so that a
// brief or profile added later mends the warning on a rebuild.
func refTarget(doc *Doc, file string) (site.Target, bool) {
	tg, _, key, found, linked := markdownLink(doc.Site, doc.Self, file, doc.key)
	if key != "" && doc.record {
		doc.lookups = append(doc.lookups, lookupOf(key, tg, found))
	}
	return tg, linked
}

// hugoRef matches Hugo's ref and relref shortcodes: their name, then the
// file they name.
var hugoRef = regexp.MustCompile(`^\{\{[<%] *((?:rel)?ref) +"([^"]+)"`)

// attrListPlace reports whether the attribute list of n bytes at offset
// at of src stands where kramdown reads one: alone on its line, after
// blanks or a quote's ">", {: .notice} or {:toc} under a paragraph or a
// list item; right after a span, with no blank between, *text*{: .x} or
// ![Map](/img/map.png){: width="300"}; or ending a heading's line,
// ## Background {: #bg}, where brief reads {#bg}. In prose, d = {:x} or
// "a thing: {:toc} was in their README", it is text.
func attrListPlace(src []byte, at, n int) bool {
	start := bytes.LastIndexByte(src[:at], '\n') + 1
	before := src[start:at]
	after := src[at+n:]
	if eol := bytes.IndexByte(after, '\n'); eol >= 0 {
		after = after[:eol]
	}
	alone := len(bytes.Trim(after, " \t\r")) == 0
	lead := bytes.TrimLeft(before, " \t>")
	switch {
	case len(lead) == 0:
		return alone
	case alone && len(lead) > 1 && lead[0] == '#' && bytes.IndexAny(bytes.TrimLeft(lead, "#"), " \t") == 0:
		return true // a heading's line, ## Background {: #bg}
	}
	return strings.IndexByte(")]*_`", before[len(before)-1]) >= 0
}

// warnOtherTag warns of the output tag or attribute list (kind) at
// offset at of src, left as text or, when inDest, in a link's address:
// what the page shows, and what to write for it.
func warnOtherTag(doc *Doc, at int, kind string, src []byte, inDest bool) {
	line := src[at:]
	if eol := bytes.IndexByte(line, '\n'); eol >= 0 {
		line = line[:eol]
	}
	if kind == attrListKind {
		n, toc, _ := attrList(line)
		if toc {
			doc.Diags.Warnf(doc.pos(at), "kramdown's table of contents marker {:toc}, which brief does not read: the page shows it as written, and brief makes no table of contents of a body; take it out, with the list item above it")
			return
		}
		doc.Diags.Warnf(doc.pos(at), "kramdown attribute list %s, which brief does not read: the page shows it as written; take it out (of attributes brief reads a heading's id and class, written ## Heading {#id .class})", quoteTag(line[:n]))
		return
	}
	n, _, _ := outputTag(line, true)
	if inDest {
		if p := rootPath(line); p != "" {
			doc.Diags.Warnf(doc.pos(at), "template tag %s of another generator (Liquid, Nunjucks) in a link's address, which brief does not run: the page shows the link as written; write the path from the site's root, %s, which brief makes relative to each page (a file of static/ is at the root), or a path relative to the brief", quoteTag(line[:n]), p)
			return
		}
		doc.Diags.Warnf(doc.pos(at), "template tag %s of another generator (Liquid, Nunjucks) in a link's address, which brief does not run: the page shows the link as written; write the address itself: a path from the site's root (/img/map.png for static/img/map.png), which brief makes relative to each page, a path relative to the brief, or a URL", quoteTag(line[:n]))
		return
	}
	doc.Diags.Warnf(doc.pos(at), "template tag %s of another generator (Liquid, Nunjucks), which brief does not run: the page shows it as written; write the link or text itself", quoteTag(line[:n]))
}

// quoteTag returns tag as a message shows it: cut, with an ellipsis,
// past 40 characters.
func quoteTag(tag []byte) string {
	if utf8.RuneCount(tag) <= 40 {
		return string(tag)
	}
	n := 0
	for i := range string(tag) {
		if n == 39 {
			return string(tag[:i]) + "…"
		}
		n++
	}
	return string(tag)
}

// inDestination reports whether offset at of src starts a link's
// address: it follows "](" or "](<".
func inDestination(src []byte, at int) bool {
	before := bytes.TrimRight(src[:at], " \t")
	before = bytes.TrimSuffix(before, []byte("<"))
	return bytes.HasSuffix(before, []byte("]("))
}

// rootPath returns the path from the site's root a link's address that
// starts with output tags means, dest written as brief reads it: the
// tags of the site's address left out, {{ site.baseurl }}/img/x.jpg, and
// those of a path made one with a filter, {{ '/about/' | url }}; or ""
// when the address has another tag or is not such a path.
func rootPath(dest []byte) string {
	var b strings.Builder
	for i := 0; i < len(dest); {
		if bytes.HasPrefix(dest[i:], []byte("{{")) {
			n, quoted, ok := outputTag(dest[i:], true)
			if !ok {
				return ""
			}
			switch {
			case quoted != "":
				b.WriteString(quoted)
			case !siteAddress(dest[i : i+n]):
				return ""
			}
			i += n
			continue
		}
		if c := dest[i]; c == ')' || c == ' ' || c == '\t' || c == '>' {
			break
		}
		b.WriteByte(dest[i])
		i++
	}
	p := b.String()
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") {
		return ""
	}
	return p
}

// siteAddress reports whether the output tag stands for the site's
// address or base path, as the generators a body may come from name it,
// a filter after it or not: Jekyll's {{ site.url }} and
// {{ site.baseurl }}, GitHub Pages' {{ site.github.url }},
// Jekyll-Bootstrap's {{ BASE_PATH }}, the Eleventy base blog's
// {{ metadata.url }}, Hugo's {{ site.BaseURL }} and Zola's
// {{ config.base_url }}. The site's other names, {{ site.title }}, are
// not.
func siteAddress(tag []byte) bool {
	name := strings.Trim(string(tag), "{}- \t")
	name, _, _ = strings.Cut(name, "|")
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "site.url", "site.baseurl", "site.github.url", "base_path", "metadata.url", "config.base_url":
		return true
	}
	return false
}

// destTag notes an output tag of Liquid or Nunjucks in the address dest
// of the link or image at offset at, {{site.baseurl}}/img/x.jpg, which
// the parser took as written: where it is in the source, after the "("
// that follows the link's text, or, for a reference link (ref), the
// label whose definition holds it (see addressTags).
func (b *bodyWalk) destTag(dest []byte, at int, ref *ast.ReferenceLink) {
	if !b.mayHaveShortcodes {
		return
	}
	i := bytes.Index(dest, []byte("{{"))
	if i < 0 {
		return
	}
	if _, _, ok := outputTag(dest[i:], true); !ok {
		return
	}
	if ref != nil {
		if b.tagRefs == nil {
			b.tagRefs = map[string]bool{}
		}
		b.tagRefs[util.ToLinkReference(ref.Value)] = true
		return
	}
	if d := inlineAddress(b.src, at, dest); d >= 0 {
		b.destTags = append(b.destTags, d+i)
	}
}

// addressTags returns where the output tags in the addresses of links
// and images start: after an inline link's text, or in the definition a
// reference link takes its address from, once however many links use it.
func (b *bodyWalk) addressTags() []int {
	tags := b.destTags
	done := map[string]bool{}
	for _, def := range b.defs {
		label := util.ToLinkReference(def.Label)
		if !b.tagRefs[label] || done[label] {
			continue
		}
		done[label] = true // links take the first definition of a label
		if at := definitionTag(b.src, def); at >= 0 {
			tags = append(tags, at)
		}
	}
	return tags
}

// inlineAddress returns the offset in src of the address dest of the
// inline link or image at offset at, [text](dest) or ![text](dest), or
// -1 when it is not there: it follows the "(" after the "]" that closes
// the link's text.
func inlineAddress(src []byte, at int, dest []byte) int {
	if at >= 0 && at < len(src) && src[at] == '!' {
		at++
	}
	end := closingBracket(src, at)
	if end < 0 || end+1 >= len(src) || src[end+1] != '(' {
		return -1
	}
	return addressAt(src, end+2, dest)
}

// definitionTag returns the offset in src of the output tag in the
// address of the reference definition def, [r]: {{site.baseurl}}/x.png,
// or -1 when it is not there.
func definitionTag(src []byte, def *ast.LinkReferenceDefinition) int {
	at := def.Pos()
	if at < 0 || at >= len(src) {
		return -1
	}
	open := bytes.IndexByte(src[at:], '[')
	if open < 0 {
		return -1
	}
	// A label holds no "[" or "]" but escaped ones.
	end := closingBracket(src, at+open)
	if end < 0 || end+1 >= len(src) || src[end+1] != ':' {
		return -1
	}
	d := addressAt(src, end+2, def.Destination)
	if d < 0 {
		return -1
	}
	return d + bytes.Index(def.Destination, []byte("{{"))
}

// closingBracket returns the offset of the "]" that closes the "[" at
// offset at of src, or -1: brackets nest, and those escaped or in code
// spans do not count.
func closingBracket(src []byte, at int) int {
	if at < 0 || at >= len(src) || src[at] != '[' {
		return -1
	}
	depth := 0
	for i := at; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '`':
			n := 1
			for i+n < len(src) && src[i+n] == '`' {
				n++
			}
			i += n - 1
			if end := codeSpanEnd(src[i+1:], n); end >= 0 {
				i += 1 + end
			}
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// codeSpanEnd returns the offset in b of the last backtick of the first
// run of exactly n backticks, which closes a code span opened by n, or
// -1.
func codeSpanEnd(b []byte, n int) int {
	for i := 0; i < len(b); {
		if b[i] != '`' {
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] == '`' {
			j++
		}
		if j-i == n {
			return j - 1
		}
		i = j
	}
	return -1
}

// addressAt returns the offset of the address dest, as the parser took
// it, in src after offset from, or -1 when more than blanks, a line
// break, a quote's ">" or the "<" of an address in angle brackets comes
// first.
func addressAt(src []byte, from int, dest []byte) int {
	if from > len(src) || len(dest) == 0 {
		return -1
	}
	i := bytes.Index(src[from:], dest)
	if i < 0 || len(bytes.Trim(src[from:from+i], " \t\r\n<>")) > 0 {
		return -1
	}
	return from + i
}

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
	attributed, closed := bytes.ContainsAny(attrs, `"'=`), bytes.Contains(src[end:], []byte("[/"+name+"]"))
	if _, known := wpNames[name]; !attributed && !closed && (!known || !aloneOnLine(src, at, end+1)) {
		// A known name bare in prose, "see [video] below", is prose.
		return "", 0, false
	}
	return name, end + 1 - at, true
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
