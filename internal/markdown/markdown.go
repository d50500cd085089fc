// Package markdown converts the Markdown bodies of briefs and profiles to
// HTML with one shared goldmark instance: GitHub Flavored Markdown,
// footnotes, typographic punctuation, readable heading IDs, and brief's own
// extensions, which resolve [[wikilinks]] through the site's name table,
// number [@key] citations by the brief's list of sources, keep unsafe
// link schemes off the page and optionally link the first mention of each
// entity.
//
// Convert also records which briefs link to which, so the render phase can
// show "mentioned in".
package markdown

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"html/template"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// Options control the conversion.
type Options struct {
	UnsafeHTML   bool // pass raw HTML in Markdown through
	LinkMentions bool // link the first mention of each entity named in front matter
	PrettyURLs   bool // link to directories rather than their index.html
	Workers      int

	// TableLabel and CodeLabel name the boxes a body's tables and code
	// blocks scroll in, each with %d for its number in the body, in the
	// site's language: "Table %d" and "Code %d" when empty.
	TableLabel, CodeLabel string

	// BacklinkLabel names the link that ends a footnote, back to where
	// the note is called, with %d for the note's number, in the site's
	// language: "Back to reference %d" when empty. The link shows ↩︎,
	// hidden from screen readers; the label, its title, names it for
	// them and shows as a tooltip.
	BacklinkLabel string

	// TaskLabels name the box of an item of a task list for a screen
	// reader, in the site's language: the first a box ticked, - [x], the
	// second one not, - [ ]. "done" and "not done" when empty.
	TaskLabels [2]string

	// CalloutTitles are the titles of callouts that give none, in the
	// site's language, as CalloutTitles gives them; English's when empty.
	CalloutTitles string

	// Quotes are the opening and closing quotation marks straight double
	// quotes become, as text ("« " and " »" in French); those
	// left empty are English's, “ and ”. Single quotes stay English's
	// ‘ ’ in every language, since the typographer takes an apostrophe
	// for a closing single quote (l'ONU, Peters' house).
	Quotes [2]string

	// ReservedIDs are the ids, separated by spaces, of the elements of
	// the pages that show a body, which no heading of the body may take:
	// a heading "Main" gets the id "main-2" where the page's content is
	// "main".
	ReservedIDs string

	// DataID, if set, reports whether those pages give an element the id
	// from their data (a year of a timeline, a source), which a wikilink's
	// #fragment may name as well as a heading or one of ReservedIDs.
	DataID func(id string) bool

	// DropSources makes ConvertSite let each body's Markdown go (set its
	// Body to nil) once converted, for a build that reads it no more:
	// a large site then never holds its Markdown and its HTML at once.
	DropSources bool

	// PackHTML makes ConvertSite keep each body's HTML packed (see
	// site.Markup), for a build that holds every body until it writes
	// the pages showing it. It is not used with a Cache.
	PackHTML bool

	// Cache, if set, keeps each body's conversion for the next
	// ConvertSite with it, which converts again only the bodies that
	// changed or whose wikilinks now lead elsewhere.
	Cache *Cache
}

// Converter holds the configured goldmark instance. It is safe for
// concurrent use.
type Converter struct {
	md   goldmark.Markdown
	opts Options
}

// New returns a Converter configured by opts.
func New(opts Options) *Converter {
	opts.TableLabel = cmp.Or(opts.TableLabel, "Table %d")
	opts.CodeLabel = cmp.Or(opts.CodeLabel, "Code %d")
	opts.BacklinkLabel = cmp.Or(opts.BacklinkLabel, "Back to reference %d")
	opts.TaskLabels = [2]string{cmp.Or(opts.TaskLabels[0], "done"), cmp.Or(opts.TaskLabels[1], "not done")}
	rendererOpts := []renderer.Option{html.WithXHTML(), renderer.WithNodeRenderers(
		util.Prioritized(newScrollBoxes(opts.TableLabel, opts.CodeLabel), 100), // a lower number wins: goldmark's own are 1000, and 500 for tables
		util.Prioritized(newTaskBoxes(opts.TaskLabels[0], opts.TaskLabels[1]), 100),
	)}
	if opts.UnsafeHTML {
		rendererOpts = append(rendererOpts, html.WithUnsafe())
	}
	md := goldmark.New(
		goldmark.WithExtensions(extension.GFM, footnotes(opts.BacklinkLabel), extension.DefinitionList, typographer(opts.Quotes), WikiLinks{}, Citations{}, Comments{}),
		goldmark.WithParserOptions(
			parser.WithASTTransformers(util.Prioritized(transformer{opts: opts}, 100)),
			parser.WithHeadingAttribute(), // ## Background {#bg}, as Hugo and Zola read it
		),
		goldmark.WithRendererOptions(rendererOpts...),
		goldmark.WithExtensions(Callouts{Titles: opts.CalloutTitles}), // > [!NOTE], > [!tip]- Title: callout.go
	)
	return &Converter{md: md, opts: opts}
}

// footnotes returns goldmark's footnotes, each ending in a link back to
// where it is called named by label (with %d for the note's number),
// given as the link's title, its arrow hidden from screen readers.
func footnotes(label string) goldmark.Extender {
	return extension.NewFootnote(
		extension.WithFootnoteBacklinkTitle(strings.Replace(label, "%d", "^^", 1)), // goldmark's number
		extension.WithFootnoteBacklinkHTML(`<span aria-hidden="true">&#x21a9;&#xfe0e;</span>`),
	)
}

// typographer returns goldmark's typographer, with the quotation marks
// quotes gives over its English ones.
func typographer(quotes [2]string) goldmark.Extender {
	subs := map[extension.TypographicPunctuation]string{}
	for i, p := range []extension.TypographicPunctuation{extension.LeftDoubleQuote, extension.RightDoubleQuote} {
		if quotes[i] != "" && quotes[i] != [2]string{"“", "”"}[i] { // English's stay goldmark's entities
			subs[p] = template.HTMLEscapeString(quotes[i])
		}
	}
	if len(subs) == 0 {
		return extension.Typographer
	}
	return extension.NewTypographer(extension.WithTypographicSubstitutions(subs))
}

// Doc is one Markdown body being converted, with what the transformer
// needs to know about it and what it found.
type Doc struct {
	File     string
	BodyLine int
	Source   []byte
	Site     *site.Site
	Self     *site.Brief    // the brief being converted, nil for a profile
	Profile  *site.Entity   // the profile being converted, nil for a brief
	Page     *site.Page     // the standalone page being converted, nil for a brief or profile
	Entities []*site.Entity // linked on first mention when LinkMentions is set
	Diags    *diag.List

	linksTo         []*site.Brief
	linksToEntities []*site.Entity // the profiles its wikilinks lead to
	lines           *diag.Lines    // of Source, made for the first problem's position
	first           string         // plain text of the first paragraph
	ids             []string       // the ids given to the body's headings
	fragments       []fragmentLink // the wikilinks to a #fragment of a page
	oddCites        []oddCite      // "[@…]" the parser did not take for citations
	cites           bool           // the body has citations: its HTML depends on the brief's sources
	citeErrors      bool           // a citation's key named no source, or several

	// keys memoizes slug.Key for the wikilink targets of the documents
	// one worker converts; nil computes every key afresh.
	keys   map[string]string
	names  func() *names // suggests what a wikilink naming nothing meant, or nil
	buf    *bytes.Buffer // the worker's output buffer, or nil
	packer *site.Packer  // the worker's, for Options.PackHTML

	cache   *Cache   // remembers keys across builds, or nil
	record  bool     // note the wikilinks resolved, for the cache
	lookups []lookup // the wikilinks resolved, in order, when recording
}

// key returns slug.Key(name), from the memo when there is one.
func (d *Doc) key(name string) string {
	if d.cache != nil {
		return d.cache.key(name)
	}
	if d.keys == nil {
		return slug.Key(name)
	}
	k, ok := d.keys[name]
	if !ok {
		k = slug.Key(name)
		d.keys[name] = k
	}
	return k
}

var docKey = parser.NewContextKey()

// Convert renders doc.Source to HTML.
func (c *Converter) Convert(doc *Doc) template.HTML {
	return template.HTML(c.convert(doc))
}

// convert renders doc.Source to HTML in the worker's buffer, reused from
// document to document: the result is good until the next call with the
// same buffer. Callers keep an exact-size copy, or a packed one, since
// the HTML of every body stays in memory until the site is written.
func (c *Converter) convert(doc *Doc) []byte {
	ids := newAnchors(c.opts.ReservedIDs, c.opts.DataID)
	ctx := parser.NewContext(parser.WithIDs(ids))
	ctx.Set(docKey, doc)
	root := c.md.Parser().Parse(text.NewReader(doc.Source), parser.WithContext(ctx))
	doc.ids = ids.made
	buf := doc.buf
	if buf == nil {
		buf = new(bytes.Buffer)
	}
	buf.Reset()
	if err := c.md.Renderer().Render(bufferWriter{buf}, doc.Source, root); err != nil {
		doc.Diags.Errorf(diag.Pos{File: doc.File}, "rendering Markdown: %v", err)
	}
	return fitForXML(buf.Bytes())
}

// fitForXML returns html with each character XML 1.0 forbids, and HTML
// calls an error (the C0 controls but tab and line ends, U+FFFE and
// U+FFFF), as U+FFFD: one in a body, typed or written as a reference
// such as "&#11;", would make every feed carrying it unreadable. It
// loops over bytes, since such characters are rare and bodies long
// (U+FFFE and U+FFFF are EF BF BE and EF BF BF), and copies only when
// it finds one.
func fitForXML(html []byte) []byte {
	i := firstBadXML(html)
	if i == len(html) {
		return html
	}
	out := append(make([]byte, 0, len(html)+16), html[:i]...)
	for i < len(html) {
		if n := badXML(html, i); n > 0 {
			out = append(out, "\uFFFD"...)
			i += n
			continue
		}
		out = append(out, html[i])
		i++
	}
	return out
}

// firstBadXML returns the index of the first character of html XML
// forbids, or len(html). It looks at eight bytes at a time for one below
// 0x20 or an 0xEF, which starts U+FFFE and U+FFFF, and at the bytes of
// those words only: most words of HTML have neither, and of those that
// do, most hold a line's end.
func firstBadXML(html []byte) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(html); i += 8 {
		x := binary.LittleEndian.Uint64(html[i:])
		y := x ^ 0xEF*ones // a zero byte where x has 0xEF
		if (x-0x20*ones)&^x&highs == 0 && (y-ones)&^y&highs == 0 {
			continue // no byte below 0x20 and no 0xEF
		}
		for j := i; j < i+8; j++ {
			if badXML(html, j) > 0 {
				return j
			}
		}
	}
	for ; i < len(html); i++ {
		if badXML(html, i) > 0 {
			return i
		}
	}
	return len(html)
}

// badXML returns the length of the character at html[i] if XML forbids
// it, and 0 otherwise.
func badXML(html []byte, i int) int {
	switch c := html[i]; {
	case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
		return 1
	case c == 0xEF && i+2 < len(html) && html[i+1] == 0xBF && html[i+2] >= 0xBE:
		return 3
	}
	return 0
}

// bufferWriter is a bytes.Buffer as a util.BufWriter, which goldmark's
// renderer writes to: given another writer, it writes through a new
// bufio.Writer, for each body, and copies every byte twice.
type bufferWriter struct{ *bytes.Buffer }

var _ util.BufWriter = bufferWriter{}

// Buffered returns 0: nothing waits to be written.
func (bufferWriter) Buffered() int { return 0 }

// Flush does nothing: every byte is in the buffer.
func (bufferWriter) Flush() error { return nil }

// keep returns a copy of html that outlives the worker's buffer, packed
// if the options say so.
func (c *Converter) keep(doc *Doc, html []byte) site.Markup {
	if c.opts.PackHTML && doc.packer != nil {
		return doc.packer.Pack(html)
	}
	return site.PlainMarkup(template.HTML(html))
}

// ConvertSite converts every brief, profile and standalone page body of
// s, fills in their HTML and the briefs' and profiles' summaries, and the
// briefs' links and backlinks.
func (c *Converter) ConvertSite(s *site.Site, diags *diag.List) {
	type item struct {
		brief     *site.Brief
		entity    *site.Entity
		ids       []string
		fragments []fragmentLink
	}
	items := make([]item, 0, len(s.Briefs)+len(s.Actors)+len(s.Countries)+len(s.Topics))
	for _, b := range s.Briefs {
		items = append(items, item{brief: b})
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			if len(bytes.TrimSpace(e.Body)) > 0 {
				items = append(items, item{entity: e})
			}
		}
	}
	workers := c.opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// bySlug is for the cache to find the briefs a kept conversion links.
	names := newNames(s)
	if c.opts.Cache != nil {
		names = c.opts.Cache.namesFor(s)
	}
	bySlug := sync.OnceValue(func() map[string]*site.Brief {
		m := make(map[string]*site.Brief, len(s.Briefs))
		for _, b := range s.Briefs {
			m[b.Slug] = b
		}
		return m
	})
	if c.opts.Cache != nil {
		c.opts.Cache.begin(c.opts, s)
	}
	var wg sync.WaitGroup
	var next atomic.Int64 // the next item to convert: most are kept ones, a few µs each
	for range min(workers, max(len(items), 1)) {
		wg.Go(func() {
			keys, buf, packer := map[string]string{}, new(bytes.Buffer), new(site.Packer)
			doc := new(Doc) // reused: nothing keeps it after a conversion
			for {
				i := int(next.Add(1) - 1)
				if i >= len(items) {
					return
				}
				it := &items[i]
				if b := it.brief; b != nil {
					*doc = Doc{File: b.File, BodyLine: b.BodyLine, Source: b.Body, Site: s, Self: b, Diags: diags, keys: keys, buf: buf, packer: packer, names: names}
					if c.opts.LinkMentions {
						doc.Entities = b.Entities()
					}
					r := c.convertCached(doc, bySlug)
					it.ids, it.fragments = r.ids, r.fragments
					b.BodyHTML, b.LinksTo, b.LinksToEntities = r.html, r.linksTo, r.entities
					if c.opts.DropSources {
						b.Body = nil
					}
					if b.Summary == "" || b.SummaryFromBody { // the titles its links show may have changed
						b.Summary, b.SummaryFromBody = r.first, true
					}
				} else {
					e := it.entity
					*doc = Doc{File: e.File, BodyLine: e.BodyLine, Source: e.Body, Site: s, Profile: e, Diags: diags, keys: keys, buf: buf, packer: packer, names: names}
					r := c.convertCached(doc, bySlug)
					it.ids, it.fragments = r.ids, r.fragments
					e.BodyHTML = r.html
					if c.opts.DropSources {
						e.Body = nil
					}
					if e.Summary == "" || e.SummaryFromBody {
						e.Summary, e.SummaryFromBody = r.first, true
					}
				}
			}
		})
	}
	wg.Wait()
	if c.opts.Cache != nil {
		c.opts.Cache.end()
	}
	var fragments []fragmentLink
	for _, it := range items {
		fragments = append(fragments, it.fragments...)
	}
	// The standalone pages are few: converted in full each time, without
	// the cache, so that the titles their links show are always current.
	pageIDs := make(map[page][]string, len(s.Pages))
	for _, p := range s.Pages {
		doc := &Doc{File: p.File, BodyLine: p.BodyLine, Source: p.Body, Site: s, Page: p, Diags: diags, names: names}
		p.BodyHTML = c.keep(doc, c.convert(doc))
		fragments = append(fragments, doc.fragments...)
		pageIDs[standalone(p)] = doc.ids
	}
	if len(fragments) > 0 {
		ids := map[page][]string{} // the pages linked to → their headings' ids
		for _, l := range fragments {
			ids[l.page] = nil
		}
		for _, it := range items {
			p := pageOf(site.Target{Brief: it.brief, Entity: it.entity})
			if _, ok := ids[p]; ok {
				ids[p] = it.ids
			}
		}
		for p, have := range pageIDs {
			if _, ok := ids[p]; ok {
				ids[p] = have
			}
		}
		c.warnFragments(fragments, ids, diags)
	}
	c.fillBacklinks(s)
}

// fillBacklinks fills in the MentionedIn lists of s's briefs and profiles
// from the briefs' links, each in the order of s.Briefs. With a cache,
// when the briefs, their order, their links and the profiles are those of
// the last ConvertSite (a brief's title or body edited in place), so are
// the lists, which are left as they are.
func (c *Converter) fillBacklinks(s *site.Site) {
	if c.opts.Cache != nil && !c.opts.Cache.linksMoved(s) {
		return
	}
	for _, b := range s.Briefs {
		b.MentionedIn = nil
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			e.MentionedIn = e.MentionedIn[:0] // filled again below, in its own memory
		}
	}
	// Briefs are visited in order, so b is already in t.MentionedIn only
	// if it was added last.
	for _, b := range s.Briefs {
		for _, t := range b.LinksTo {
			if n := len(t.MentionedIn); n == 0 || t.MentionedIn[n-1] != b {
				t.MentionedIn = append(t.MentionedIn, b)
			}
		}
		for _, e := range b.LinksToEntities {
			if !b.Names(e) { // the profile lists it with the briefs that name it
				e.MentionedIn = append(e.MentionedIn, b)
			}
		}
	}
}

// pos returns the file position of byte offset off of the body.
func (d *Doc) pos(off int) diag.Pos {
	if d.lines == nil {
		d.lines = diag.NewLines(d.File, d.BodyLine, d.Source)
	}
	return d.lines.Pos(off)
}

// RelPrefix is how a body's links climb from its page to the site root:
// every brief and profile page is two directories deep.
const RelPrefix = "../../"

// root returns how the links of d's body climb from its page to the site
// root: RelPrefix, but from a standalone page, one directory deep.
func (d *Doc) root() string {
	if d.Page != nil {
		return strings.Repeat("../", strings.Count(d.Page.PagePath(), "/"))
	}
	return RelPrefix
}

func (d *Doc) href(path string, pretty bool) string {
	if pretty {
		return d.root() + path
	}
	return d.root() + path + "index.html"
}

// rebase makes a relative link in a brief's body relative to the site
// root, through the brief's own folder, so that it works both on the
// brief's page and on the printable briefing, which are both two folders
// deep. A link from the root, "/files/a.pdf", is taken from the site's
// root, in a brief's body or a profile's, as Hugo's relativeURLs does:
// the site may be published under a sub-path or opened from disk.
// Fragments, queries, absolute URLs and other links of profiles are left
// alone.
func (d *Doc) rebase(dest []byte) []byte {
	if len(dest) == 0 || dest[0] == '#' || dest[0] == '?' {
		return dest
	}
	if dest[0] == '/' {
		if len(dest) > 1 && (dest[1] == '/' || dest[1] == '\\') {
			return dest // another host
		}
		return []byte(d.root() + string(dest[1:]))
	}
	if d.Self == nil {
		return dest
	}
	if _, ok := Scheme(string(dest)); ok {
		return dest
	}
	return []byte(RelPrefix + d.Self.Path() + string(dest))
}
