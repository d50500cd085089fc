package markdown

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// resolveWikiLink replaces w with a link to what it names, or with its
// text and a warning when it names nothing.
func (t transformer) resolveWikiLink(doc *Doc, w *WikiLink) {
	parent := w.Parent()
	if parent == nil {
		return
	}
	label := w.Label
	if label == nil {
		label = w.Target
	}
	if w.Embed {
		if name, file := embedsFile(doc, w); file {
			parent.ReplaceChild(parent, w, ast.NewString([]byte(name)))
			return
		}
	}
	target, frag, _ := strings.Cut(string(w.Target), "#")
	if blockRef(doc, w, frag, "leads to the page") {
		frag = "" // to the page
	}
	written := target
	key, target := WikiKey(target, doc.key)
	tg, ok := doc.Site.Names[key]
	if doc.record {
		doc.lookups = append(doc.lookups, lookupOf(key, tg, ok))
	}
	if !ok {
		if p := wikiPage(doc.Site, written, key, doc.key); p != nil {
			t.linkPage(doc, w, p, target, frag)
			return
		}
		warnNamesNothing(doc, w, key)
		if shown := strings.TrimSpace(written); w.Label == nil && shown != "" {
			label = []byte(withHeading(shown, frag)) // as a link to the heading reads
		}
		parent.ReplaceChild(parent, w, ast.NewString(label))
		return
	}
	if w.Label == nil {
		label = []byte(wikiLabel(doc, target, key, frag, tg))
	}
	if insideLink(w) {
		parent.ReplaceChild(parent, w, ast.NewString(label)) // links do not nest
		return
	}
	link := ast.NewLink()
	href := doc.href(tg.Path(), t.opts.PrettyURLs)
	if frag != "" {
		id := slug.Anchor(frag)
		href += "#" + id
		doc.fragments = append(doc.fragments, fragmentLink{page: pageOf(tg), id: id, link: string(w.Target), title: tg.Title(), pos: doc.pos(w.Offset)})
	}
	link.Destination = []byte(href)
	link.SetAttributeString("class", []byte("wikilink"))
	link.AppendChild(link, ast.NewString(label))
	parent.ReplaceChild(parent, w, link)
	if tg.Brief != nil && tg.Brief != doc.Self && !slices.Contains(doc.linksTo, tg.Brief) {
		doc.linksTo = append(doc.linksTo, tg.Brief)
	}
	if tg.Entity != nil && !slices.Contains(doc.linksToEntities, tg.Entity) {
		doc.linksToEntities = append(doc.linksToEntities, tg.Entity)
	}
}

// embedsFile warns of w, an Obsidian embed ![[…]], which brief shows as a
// link: of a file (an image, a PDF: its target has an extension other
// than .md), which it shows as its name, with what to write instead, and
// returns the name and true (a label is Obsidian's size, "300", there);
// of a note (![[talks]], ![[talks.md]]), which it links, that it links
// it.
func embedsFile(doc *Doc, w *WikiLink) (name string, file bool) {
	target, _, _ := strings.Cut(string(w.Target), "#")
	name = target[strings.LastIndexByte(target, '/')+1:]
	if dot := strings.LastIndexByte(name, '.'); dot > 0 && dot < len(name)-1 && !strings.ContainsRune(name[dot:], ' ') &&
		!strings.EqualFold(name[dot:], ".md") { // a note's file: ![[talks.md]] is ![[talks]]
		if imageExt(name[dot+1:]) {
			doc.Diags.Warnf(doc.pos(w.Offset), "![[%s]] embeds a file as Obsidian does, which brief does not: write an image as ![what it shows](%s) beside the brief in a folder brief (content/briefs/<slug>/index.md), or from static/ (![what it shows](/%s)); shown as its name", w.Target, name, target)
		} else { // a PDF, a spreadsheet: no image
			doc.Diags.Warnf(doc.pos(w.Offset), "![[%s]] embeds a file as Obsidian does, which brief does not: write a link to it as [%s](%s) beside the brief in a folder brief (content/briefs/<slug>/index.md), or from static/ ([%s](/%s)); shown as its name", w.Target, name, name, name, target)
		}
		return name, true
	}
	written := string(w.Target)
	if w.Label != nil {
		written += "|" + string(w.Label)
	}
	doc.Diags.Warnf(doc.pos(w.Offset), "![[%s]] embeds a note as Obsidian does, which brief does not: it links it; write [[%s]] to say so", written, written)
	return "", false
}

// imageExt reports whether ext, a file's extension without its dot, is
// an image's that a page shows.
func imageExt(ext string) bool {
	switch strings.ToLower(ext) {
	case "png", "jpg", "jpeg", "gif", "webp", "svg", "avif":
		return true
	}
	return false
}

// warnNamesNothing warns of w, whose key names nothing of the site: that
// it is empty, names a draft the build leaves out, or names nothing, with
// the name a letter or two away, if there is one, or else the brief whose
// title or slug holds most of its words, and for a link by a slug how to
// keep the slug leading to that brief, as after the brief's file was
// renamed. A name of a file left out for its errors (see site.Failed)
// is not warned of: the file's error is the one to fix.
func warnNamesNothing(doc *Doc, w *WikiLink, key string) {
	at := doc.pos(w.Offset)
	if strings.Trim(string(w.Target), " #") == "" {
		doc.Diags.Warnf(at, "empty wikilink [[%s]], shown as it is", w.Target)
		return
	}
	if file, ok := draftOf(doc.Site, key, false); ok {
		doc.Diags.Warnf(at, "wikilink [[%s]] names a draft, %s, which this build leaves out (-drafts shows it)", w.Target, file)
		return
	}
	if _, ok := failedOf(doc.Site, key, false); ok {
		return // the file's own error says what is wrong, and fails the build
	}
	what := "brief, actor, country or topic"
	if doc.Site != nil && len(doc.Site.Pages) > 0 {
		what = "brief, actor, country, topic or page"
	}
	if k, _, ok := kindPrefix(string(w.Target)); ok {
		what = k.Singular()
	}
	hint := ""
	if doc.names != nil {
		n := doc.names()
		if near := n.suggest(doc.Site, key); near != "" {
			hint = "; did you mean [[" + near + "]]?"
		} else if _, _, kind := kindPrefix(string(w.Target)); !kind {
			if b, label := n.wordIndex(doc.Site).suggest(doc.Site, key); b != nil {
				hint = "; did you mean [[" + label + "]]?" + renamedHint(w, b)
			}
		}
	}
	doc.Diags.Warnf(at, "wikilink [[%s]] names no %s%s", w.Target, what, hint)
}

// renamedHint returns, for a wikilink whose target is written as a slug
// ([[strain-in-kenyan-ranks]]) and that most likely meant b, how to keep
// the old slug leading to b; or "".
func renamedHint(w *WikiLink, b *site.Brief) string {
	target, _, _ := strings.Cut(string(w.Target), "#")
	_, old := WikiKey(target, slug.Key)
	old = strings.TrimSpace(old)
	if old == "" || old == b.Slug || slug.Make(old) != old || b.File == "" {
		return ""
	}
	if len(b.Aliases) > 0 {
		return fmt.Sprintf(" (renamed? add %s to the aliases in %s)", old, b.File)
	}
	return fmt.Sprintf(" (renamed? keep the old name as an alias: `aliases: [%s]` in %s)", old, b.File)
}

// wordIndex suggests, for a wikilink that names nothing and is not a
// letter or two from a name, the brief it most likely meant by its
// words: one whose title or slug, as it is now, holds most of the
// link's, as after a brief's file is renamed (strain-in-kenyan-ranks to
// kenyan-police-strain) or a word of its title is dropped. Each word of
// the briefs' names is indexed once, for the site.
type wordIndex struct {
	byWord map[string][]int32 // the names that hold each word
	names  []wordName
}

// wordName is one name of a brief in the site's name table, its title,
// slug or an old slug, and the name a wikilink to the brief is suggested
// by.
type wordName struct {
	key   string   // its key in the name table, which leads to the brief
	words []string // distinct, as contentWords gives them
	label string
}

// newWordIndex indexes the words of the names of s's briefs.
func newWordIndex(s *site.Site) *wordIndex {
	x := &wordIndex{byWord: map[string][]int32{}, names: make([]wordName, 0, len(s.Names))}
	labels := map[*site.Brief]string{}
	for key, tg := range s.Names {
		b := tg.Brief
		if b == nil {
			continue
		}
		words := contentWords(key)
		if len(words) == 0 {
			continue
		}
		label, ok := labels[b]
		if !ok {
			label = b.Title
			titleKey := b.TitleKey
			if titleKey == "" {
				titleKey = slug.Key(b.Title)
			}
			if s.Names[titleKey].Brief != b {
				label = b.Slug // another brief has its title
			}
			labels[b] = label
		}
		id := int32(len(x.names))
		x.names = append(x.names, wordName{key: key, words: words, label: label})
		for _, word := range words {
			x.byWord[word] = append(x.byWord[word], id)
		}
	}
	return x
}

// maxWordCandidates is the most names suggest looks at for one link:
// a link whose rarest words are in more names than that has too many
// close candidates for one to be the likely one.
const maxWordCandidates = 2048

// suggest returns the brief whose title or slug holds the most of the
// words of key, a wikilink target's key, at least two and more than half
// of them, and its title (or slug, where another brief has its title);
// or nil when no brief's name holds that many or two hold as many.
//
// s is the site whose name table x indexes.
func (x *wordIndex) suggest(s *site.Site, key string) (*site.Brief, string) {
	if x == nil {
		return nil, ""
	}
	words := contentWords(key)
	need := len(words)/2 + 1
	if need < 2 {
		return nil, ""
	}
	// A name holding need of the words holds one of the
	// len(words)-need+1 rarest: look only at the names that do.
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(len(x.byWord[a]), len(x.byWord[b])) })
	rare := words[:len(words)-need+1]
	total := 0
	for _, word := range rare {
		total += len(x.byWord[word])
	}
	if total == 0 || total > maxWordCandidates {
		return nil, ""
	}
	held := map[*site.Brief]int{} // the most words a name of each brief holds
	labels := map[*site.Brief]string{}
	seen := make(map[int32]bool, total)
	for _, word := range rare {
		for _, id := range x.byWord[word] {
			if seen[id] {
				continue
			}
			seen[id] = true
			n := &x.names[id]
			b := s.Names[n.key].Brief
			if b == nil {
				continue // not so while x indexes s
			}
			h := 0
			for _, w := range words {
				if slices.Contains(n.words, w) {
					h++
				}
			}
			if h >= need && h > held[b] {
				held[b], labels[b] = h, n.label
			}
		}
	}
	var best *site.Brief
	tie := false
	for b, h := range held {
		switch {
		case best == nil || h > held[best]:
			best, tie = b, false
		case h == held[best]:
			tie = true
		}
	}
	if best == nil || tie {
		return nil, ""
	}
	return best, labels[best]
}

// smallWords are words too common in titles to tell one from another,
// in the languages briefs are most often written in.
var smallWords = map[string]bool{
	"an": true, "the": true, "of": true, "in": true, "on": true, "to": true, "for": true, "and": true, "or": true,
	"at": true, "by": true, "with": true, "from": true, "as": true, "is": true, "its": true, "it": true, "into": true,
	"le": true, "la": true, "les": true, "de": true, "des": true, "du": true, "un": true, "une": true, "et": true,
	"en": true, "au": true, "aux": true, "sur": true, "par": true, "pour": true,
	"el": true, "los": true, "las": true, "del": true, "da": true, "do": true, "dos": true, "das": true, "em": true,
}

// contentWords returns the distinct words of key, a name's key, that
// tell names apart: not one letter long or a small word, a final "s"
// dropped from a longer one (officers, Haiti's), and a number written
// with a separator joined ("1 000", from "1,000", is 1000).
func contentWords(key string) []string {
	var words []string
	for word := range strings.FieldsSeq(key) {
		if n := len(words); n > 0 && len(word) == 3 && allDigits(word) && allDigits(words[n-1]) {
			words[n-1] += word
			continue
		}
		words = append(words, word)
	}
	out := words[:0]
	for _, word := range words {
		if utf8.RuneCountInString(word) < 2 && !allDigits(word) || smallWords[word] {
			continue
		}
		if len(word) > 3 && strings.HasSuffix(word, "s") {
			word = word[:len(word)-1]
		}
		if !slices.Contains(out, word) {
			out = append(out, word)
		}
	}
	return out
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// WikiKey returns the key in Site.Names of a wikilink's target, by
// keyOf (slug.Key), and the name it gives: [[topics/Sudan]] is the topic
// Sudan, which [[Sudan]] is only where no brief or other entity has the
// name; [[briefs/talks]] is [[talks]]; and [[talks.md]], as Obsidian
// links a note by its file's name, is [[talks]] (see trimMD).
func WikiKey(target string, keyOf func(string) string) (key, name string) {
	target = trimMD(target)
	if k, name, ok := kindPrefix(target); ok {
		return site.KindKey(k, keyOf(name)), name
	}
	if dir, name, ok := strings.Cut(target, "/"); ok && (strings.EqualFold(strings.TrimSpace(dir), "briefs") || strings.EqualFold(strings.TrimSpace(dir), "brief")) {
		return keyOf(name), name
	}
	return keyOf(target), target
}

// trimMD returns a wikilink's target without the ".md", in any case,
// that ends the name of a note's file, as Obsidian may write a link to
// it: [[talks.md]], [[briefs/talks.md]], [[actors/William Ruto.md]] are
// [[talks]], [[briefs/talks]] and [[actors/William Ruto]]. A target
// that is no more than ".md" after its folder keeps it.
func trimMD(target string) string {
	t := strings.TrimSpace(target)
	if len(t) <= 3 || !strings.EqualFold(t[len(t)-3:], ".md") {
		return target
	}
	rest := strings.TrimSpace(t[:len(t)-3])
	if rest == "" || strings.HasSuffix(rest, "/") {
		return target
	}
	return rest
}

// kindPrefix returns the kind a wikilink's target names before a slash,
// by its folder or as one of it ("topics/Sudan", "topic/Sudan"), and the
// name after it.
func kindPrefix(target string) (site.Kind, string, bool) {
	dir, name, ok := strings.Cut(target, "/")
	if !ok {
		return 0, "", false
	}
	dir = strings.ToLower(strings.TrimSpace(dir))
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		if dir == k.Dir() || dir == k.Singular() {
			return k, name, true
		}
	}
	return 0, "", false
}

// headingID returns the id of the heading of headings that frag names:
// by its id ("bg" of "## Background {#bg}") or by its text
// ("Background"); or the id frag makes when none has it.
func headingID(headings []*ast.Heading, frag string, src []byte) string {
	id := slug.Anchor(frag)
	var byText string
	for _, h := range headings {
		v, _ := h.AttributeString("id")
		hid, _ := v.([]byte)
		if string(hid) == id || string(hid) == strings.TrimSpace(frag) {
			return string(hid)
		}
		if byText == "" && slug.Anchor(plainText(h, src)) == id {
			byText = string(hid)
		}
	}
	return cmp.Or(byText, id)
}

// headingLink replaces w, a wikilink to a heading of the body it is in,
// [[#Background]], as Obsidian writes one, with a link to the heading of
// id on the page of the brief (on the printable briefing too), or of
// the profile.
func (t transformer) headingLink(doc *Doc, w *WikiLink, id string) {
	parent := w.Parent()
	_, frag, _ := strings.Cut(string(w.Target), "#")
	label := w.Label
	if label == nil {
		label = []byte(strings.TrimSpace(frag))
	}
	if insideLink(w) {
		parent.ReplaceChild(parent, w, ast.NewString(label))
		return
	}
	href := "#" + id
	switch {
	case doc.Self != nil:
		b := doc.Self
		href = doc.href(b.Path(), t.opts.PrettyURLs) + href
		doc.fragments = append(doc.fragments, fragmentLink{page: page{brief: true, slug: b.Slug}, id: id, link: string(w.Target), title: b.Title, pos: doc.pos(w.Offset)})
	case doc.Profile != nil:
		e := doc.Profile
		href = doc.href(e.Path(), t.opts.PrettyURLs) + href
		doc.fragments = append(doc.fragments, fragmentLink{page: page{kind: e.Kind, slug: e.Slug}, id: id, link: string(w.Target), title: e.Name, pos: doc.pos(w.Offset)})
	}
	link := ast.NewLink()
	link.Destination = []byte(href)
	link.SetAttributeString("class", []byte("wikilink"))
	link.AppendChild(link, ast.NewString(label))
	parent.ReplaceChild(parent, w, link)
}

// wikiLabel returns the text of a wikilink without a label of its own,
// to tg, written target#frag, whose target has the key key: the brief's
// title for any name but its title (its slug, in any case, or an old
// slug: a brief has no other names), the profile's name for its slug as
// written, or the name as written, an alias such as [[ICES]] included;
// then, for a link to a heading, "› " and the heading.
func wikiLabel(doc *Doc, target, key, frag string, tg site.Target) string {
	label := strings.TrimSpace(target)
	switch {
	case label == tg.Slug():
		label = tg.Title()
	case tg.Brief != nil && key != doc.key(tg.Brief.Title):
		label = tg.Brief.Title
	}
	return withHeading(label, frag)
}

// withHeading returns label, what a wikilink shows of its page, with the
// heading frag it links to: [[Talks#Outcome]] reads "Talks › Outcome".
func withHeading(label, frag string) string {
	if frag = strings.TrimSpace(frag); frag != "" {
		label += " › " + frag
	}
	return label
}

// insideLink reports whether n is within a link or an image, where a link
// cannot be.
func insideLink(n ast.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.(type) {
		case *ast.Link, *ast.Image:
			return true
		}
	}
	return false
}

// blockRef reports whether frag, of the wikilink w, names an Obsidian
// block, #^block-id, which brief has no id for, and warns of it.
func blockRef(doc *Doc, w *WikiLink, frag, shown string) bool {
	if !strings.HasPrefix(strings.TrimSpace(frag), "^") {
		return false
	}
	doc.Diags.Warnf(doc.pos(w.Offset), "wikilink [[%s]] names an Obsidian block, which brief does not link to; it %s: link the heading above the block instead, [[Title#Heading]]", w.Target, shown)
	return true
}
