package markdown

import (
	"bytes"
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
