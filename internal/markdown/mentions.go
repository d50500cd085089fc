package markdown

import (
	"bytes"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/text/unicode/norm"

	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// linkMentions links the first mention of each of doc's entities, by name
// or alias, in running text: not inside links, headings or code. A name
// is found as the reader sees it, across the pieces the parser splits
// text into: a line break within it is a space, and the typographer's
// apostrophe in "Sing’oei" matches the one the name is written with.
func linkMentions(doc *Doc, texts []*ast.Text, src []byte, pretty bool) {
	remaining := append([]*site.Entity(nil), doc.Entities...)
	done := map[ast.Node]bool{} // the text nodes of runs looked at
	for _, t := range texts {
		if len(remaining) == 0 {
			return
		}
		if done[t] || !plainContext(t) {
			continue
		}
		var start ast.Node = t
		for start != nil && len(remaining) > 0 {
			r := newRun(start, src)
			for _, n := range r.nodes {
				done[n] = true
			}
			at, n, which := firstMention(r.text, remaining)
			if at < 0 {
				break
			}
			link := r.wrap(at, at+n, doc.href(remaining[which].Path(), pretty))
			if link == nil {
				break // the name begins or ends inside a typographer's piece
			}
			remaining = append(remaining[:which], remaining[which+1:]...)
			start = link.NextSibling()
		}
	}
}

// run is a stretch of sibling text nodes and typographer's pieces, as the
// reader sees it: text holds their text, piece by piece.
type run struct {
	nodes  []ast.Node
	starts []int // the offset in text of each node's text
	text   []byte
	src    []byte
}

// newRun returns the run of text that starts at n and goes on while its
// next siblings are text or typographer's pieces.
func newRun(n ast.Node, src []byte) *run {
	r := &run{src: src}
	for ; n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Text:
			r.add(n, n.Segment.Value(src))
			if n.SoftLineBreak() {
				r.text = append(r.text, ' ')
			}
			if n.HardLineBreak() {
				r.text = append(r.text, '\n') // no name goes on past it
			}
		case *ast.String:
			r.add(n, []byte(readerPiece(n)))
		default:
			return r
		}
	}
	return r
}

func (r *run) add(n ast.Node, text []byte) {
	r.nodes = append(r.nodes, n)
	r.starts = append(r.starts, len(r.text))
	r.text = append(r.text, text...)
}

// readerPiece returns the text of a typographer's piece with its quotes
// as names are written: ’ and ‘ as '.
func readerPiece(s *ast.String) string {
	v := string(s.Value)
	if s.IsCode() || s.IsRaw() {
		v = html.UnescapeString(v)
	}
	return quotes.Replace(v)
}

// quotes writes the typographer's single quotes as names are written.
var quotes = strings.NewReplacer("’", "'", "‘", "'")

// wrap puts the text from offset from to offset to of the run into a link
// to href, splitting the text nodes at its ends, and returns the link; or
// nil, leaving the run as it was, when an end falls inside a piece.
func (r *run) wrap(from, to int, href string) *ast.Link {
	first, last := r.nodeAt(from), r.nodeAt(to-1)
	if first < 0 || last < 0 {
		return nil
	}
	head, tail := from-r.starts[first], to-r.starts[last]
	firstText, _ := r.nodes[first].(*ast.Text)
	lastText, _ := r.nodes[last].(*ast.Text)
	if (head > 0 && firstText == nil) || (lastText == nil && tail < r.size(last)) || (lastText != nil && tail > lastText.Segment.Len()) {
		return nil
	}
	parent := r.nodes[first].Parent()
	if head > 0 { // the text before the name stays before the link
		seg := firstText.Segment
		parent.InsertBefore(parent, firstText, ast.NewTextSegment(seg.WithStop(seg.Start+head)))
		firstText.Segment = seg.WithStart(seg.Start + head)
		if first == last {
			tail -= head
		}
	}
	link := ast.NewLink()
	link.Destination = []byte(href)
	link.SetAttributeString("class", []byte("mention"))
	parent.InsertBefore(parent, r.nodes[first], link)
	for _, n := range r.nodes[first : last+1] {
		parent.RemoveChild(parent, n)
		link.AppendChild(link, n)
	}
	if lastText != nil && (lastText.Segment.Start+tail < lastText.Segment.Stop || lastText.SoftLineBreak() || lastText.HardLineBreak()) {
		// The text after the name, and the line break that ended the
		// node, go after the link.
		seg := lastText.Segment
		after := ast.NewTextSegment(text.NewSegment(seg.Start+tail, seg.Stop))
		after.SetSoftLineBreak(lastText.SoftLineBreak())
		after.SetHardLineBreak(lastText.HardLineBreak())
		parent.InsertAfter(parent, link, after)
		lastText.Segment = seg.WithStop(seg.Start + tail)
		lastText.SetSoftLineBreak(false)
		lastText.SetHardLineBreak(false)
	}
	return link
}

// nodeAt returns the index of the node whose text, with the line break
// that ends it, holds offset off, or -1.
func (r *run) nodeAt(off int) int {
	for i := len(r.nodes) - 1; i >= 0; i-- {
		if r.starts[i] <= off {
			return i
		}
	}
	return -1
}

// size returns the length of the text of node i, its line break included.
func (r *run) size(i int) int {
	if i+1 < len(r.nodes) {
		return r.starts[i+1] - r.starts[i]
	}
	return len(r.text) - r.starts[i]
}

// plainContext reports whether t is running text rather than part of a
// link, heading or other construct that must not gain links.
func plainContext(t ast.Node) bool {
	for p := t.Parent(); p != nil; p = p.Parent() {
		switch p.Kind() {
		case ast.KindLink, ast.KindHeading, ast.KindCodeSpan, ast.KindAutoLink, ast.KindImage, KindWikiLink:
			return false
		}
	}
	return true
}

// firstMention finds the earliest whole-word occurrence in s of a name or
// alias of one of entities, preferring the longest name at a tie. Names
// match as the site's names do, whatever their case, accents or
// apostrophes (’ or '), and in text typed with decomposed accents.
func firstMention(s []byte, entities []*site.Entity) (at, n, which int) {
	text := foldText(s)
	at = -1
	for i, e := range entities {
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			word := foldText([]byte(name)).text
			j := indexWord(text.text, word)
			if j < 0 {
				continue
			}
			from, to := text.start[j], text.end[j+len(word)-1]
			if at < 0 || from < at || from == at && to-from > n {
				at, n, which = from, to-from, i
			}
		}
	}
	return at, n, which
}

// folded is a text folded for matching names, with, for each of its
// bytes, where the character it comes from starts and ends in the text.
type folded struct {
	text       []byte
	start, end []int
}

// foldText folds s: lower case, without accents, with the Latin letters
// slugs spell in ASCII so spelt, and each apostrophe as '. An accent
// typed as a mark of its own belongs to the letter before it.
func foldText(s []byte) folded {
	f := folded{text: make([]byte, 0, len(s)), start: make([]int, 0, len(s)), end: make([]int, 0, len(s))}
	add := func(b []byte, from, to int) {
		for range b {
			f.start = append(f.start, from)
			f.end = append(f.end, to)
		}
		f.text = append(f.text, b...)
	}
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		from, to := i, i+size
		i = to
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			add([]byte{c}, from, to)
		case r == '’' || r == '‘' || r == 'ʼ':
			add([]byte{'\''}, from, to)
		default:
			for _, d := range norm.NFD.String(string(unicode.ToLower(r))) {
				switch {
				case unicode.Is(unicode.Mn, d):
					if n := len(f.end); n > 0 && f.end[n-1] == from {
						for k := n - 1; k >= 0 && f.end[k] == from; k-- {
							f.end[k] = to // the accent goes with its letter
						}
					}
				case slug.LatinFold(d) != "":
					add([]byte(slug.LatinFold(d)), from, to)
				default:
					add(buf[:utf8.EncodeRune(buf[:], d)], from, to)
				}
			}
		}
	}
	return f
}

// indexWord returns the index of the first occurrence of word in s that
// does not continue a longer word on either side. Han and kana, written
// without spaces between words, end a word wherever they are.
func indexWord(s, word []byte) int {
	if len(word) == 0 {
		return -1
	}
	first, _ := utf8.DecodeRune(word)
	last, _ := utf8.DecodeLastRune(word)
	for off := 0; off < len(s); {
		i := bytes.Index(s[off:], word)
		if i < 0 {
			return -1
		}
		i += off
		before, _ := utf8.DecodeLastRune(s[:i])
		after, _ := utf8.DecodeRune(s[i+len(word):])
		if (i == 0 || !isWordRune(before) || unspaced(first)) && (i+len(word) == len(s) || !isWordRune(after) || unspaced(last)) {
			return i
		}
		off = i + 1
	}
	return -1
}

// unspaced reports whether r is of a script written without spaces
// between words.
func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
