package check

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"maps"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/markdown"
	"github.com/briefsite/brief/internal/render"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// joinLink returns the path a link p of a body on page leads to, from the
// site root: a link from the root, "/files/a.pdf", is from the site's
// root, as the markdown phase makes it (see markdown.Doc.rebase).
func joinLink(page, p string) string {
	if rest, ok := strings.CutPrefix(p, "/"); ok {
		return path.Clean("./" + rest)
	}
	return path.Join(path.Dir(page), p)
}

// rootedLink returns dest, a link relative to page, as the address from
// the site's root it leads to, joined as joinLink joins it: ../strain/
// on briefs/a/index.html is /briefs/strain. ok is false for a link from
// the root, to another site or a fragment, or one above the root.
func rootedLink(page, dest string) (string, bool) {
	p, _, _ := strings.Cut(dest, "#")
	p, _, _ = strings.Cut(p, "?")
	if _, has := markdown.Scheme(p); has || p == "" || strings.HasPrefix(p, "/") {
		return "", false
	}
	joined := joinLink(page, p)
	if joined == "." || joined == ".." || strings.HasPrefix(joined, "../") {
		return "", false
	}
	return "/" + joined, true
}

// linkKey names a link by the path it resolves to from the site root, a
// folder's index page by the folder, and for a link to a part of a page
// by the page's directory and the fragment's id. Keys do not name the
// page the link is on: a body appears on its own page and on pages that
// gather bodies, such as the printable briefing, and is reported once,
// at its source.
type linkKey struct{ path, id string }

// keyOf returns the key of link path p on page, with the fragment id
// when the link is to one. A link to a folder, "../c/", and one to its
// index page, which the build makes of it, have one key.
func keyOf(page, p, id string) linkKey {
	p = joinLink(page, p)
	if p == "index.html" || strings.HasSuffix(p, "/index.html") {
		p = path.Dir(p)
	}
	return linkKey{p, id}
}

// lint checks the resolved model s for problems the build accepts but an
// editor wants to know about:
//
//   - briefs with no body text;
//   - two briefs with the same title (wikilinks reach only one of them),
//     and a name shared by a brief and a profile, or profiles of two kinds,
//     or by a standalone page and a brief or profile;
//   - profiles nothing leads to (see orphans);
//   - Markdown links and images in briefs and profiles whose relative
//     target is not a file of the built site, or that start at the server
//     root;
//   - Markdown images without a description, which the page publishes
//     with an empty alt, as an image nothing need be said of.
//
// src is the site's file system, read for positions; files is the built
// site, nil when the Markdown links are not to be checked. Problems the
// load and resolve phases already report (front matter, dates, unknown
// names, briefs without sources) are not repeated. lint returns too the
// keys of the links it reported, for the checks over the output to leave,
// and where the bodies write what a page's problem may be about.
func lint(s *site.Site, src fs.FS, files Output) ([]diag.Diagnostic, map[linkKey]bool, *bodyPlaces) {
	var out []diag.Diagnostic
	warn := func(pos diag.Pos, format string, args ...any) {
		out = append(out, diag.Diagnostic{Pos: pos, Severity: diag.Warning, Msg: fmt.Sprintf(format, args...)})
	}
	for _, b := range s.Briefs {
		switch {
		case len(bytes.TrimSpace(b.Body)) == 0:
			warn(diag.Pos{File: b.File, Line: max(b.BodyLine-1, 1), Col: 1}, "brief has no body text")
		case onlyComments(b.Body):
			warn(diag.Pos{File: b.File, Line: max(b.BodyLine, 1), Col: 1}, "brief has no body text, only HTML comments, which its page leaves out")
		}
	}
	byTitle := map[string][]*site.Brief{}
	for _, b := range s.Briefs {
		if k := slug.Key(b.Title); k != "" {
			byTitle[k] = append(byTitle[k], b)
		}
	}
	for _, group := range byTitle {
		if len(group) < 2 {
			continue
		}
		slices.SortFunc(group, func(a, b *site.Brief) int { return strings.Compare(a.File, b.File) })
		for _, b := range group[1:] {
			if first := group[0]; b.Title != first.Title {
				warn(fieldPos(src, b.File, "title"), "brief title %q reads as the same name as %q, the title of %s (case, accents and punctuation aside); [[%s]] links only to one of them", b.Title, first.Title, first.File, b.Title)
			} else {
				warn(fieldPos(src, b.File, "title"), "brief title %q is also the title of %s; [[%s]] links only to one of them", b.Title, first.File, b.Title)
			}
		}
	}
	// A wikilink by a name that is both a brief's title and an entity's
	// leads to the brief.
	named := map[string]*site.Entity{}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			for _, name := range append([]string{e.Name}, e.Aliases...) {
				if k := slug.Key(name); k != "" && named[k] == nil {
					named[k] = e
				}
			}
		}
	}
	// Of two entities of other kinds with one name, [[name]] leads to the
	// first; [[topics/name]] to the other.
	for _, k := range []site.Kind{site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			for _, name := range append([]string{e.Name}, e.Aliases...) {
				if other := named[slug.Key(name)]; other != nil && other != e && other.Kind != k {
					warn(entityPos(s, e, name), "%s %q is also a name of the %s %s; [[%s]] links to the %s, [[%s/%s]] to this %s", k.Singular(), name, other.Kind.Singular(), other.Name, name, other.Kind.Singular(), k.Dir(), name, k.Singular())
					break
				}
			}
		}
	}
	for _, b := range s.Briefs {
		if e := named[slug.Key(b.Title)]; e != nil {
			warn(fieldPos(src, b.File, "title"), "brief title %q is also a name of the %s %s; [[%s]] links to the brief, not to %s", b.Title, e.Kind.Singular(), e.Name, b.Title, e.Path())
		}
	}
	// A page's title or file name a brief or profile has: wikilinks and
	// links by the name lead to the brief or profile (see
	// markdown.PageLink).
	bySlug := map[string]*site.Brief{}
	for _, b := range s.Briefs {
		bySlug[b.Slug] = b
	}
	for _, p := range s.Pages {
		switch {
		case byTitle[slug.Key(p.Title)] != nil:
			b := byTitle[slug.Key(p.Title)][0]
			warn(fieldPos(src, p.File, "title"), "page title %q is also the title of the brief %s; [[%s]] links to the brief, not to this page", p.Title, b.File, p.Title)
		case named[slug.Key(p.Title)] != nil:
			e := named[slug.Key(p.Title)]
			warn(fieldPos(src, p.File, "title"), "page title %q is also a name of the %s %s; [[%s]] links to %s, not to this page", p.Title, e.Kind.Singular(), e.Name, p.Title, e.Path())
		case bySlug[p.Slug] != nil:
			b := bySlug[p.Slug]
			warn(diag.Pos{File: p.File}, "page %s has the file name of the brief %s; [[%s]] and links to %s.md lead to the brief, not to this page: rename one of them", p.File, b.File, p.Slug, p.Slug)
		}
	}
	// One parser finds the links of bodies for every rule.
	md := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote, markdown.WikiLinks{}, markdown.Comments{}))
	out = append(out, orphans(s, src, md)...)
	out = append(out, variants(s)...)
	reported := map[linkKey]bool{}
	type body struct {
		file string
		line int
		src  []byte
		page string
		hint string      // what to say about a missing file beside the page
		self *site.Brief // the brief whose body it is, or nil
	}
	var bodies []body
	found := sameNamed(s, src)
	for _, b := range s.Briefs {
		ext := path.Ext(b.File)
		hint := fmt.Sprintf("; files beside a brief are published when the brief is a folder, %s", path.Join(strings.TrimSuffix(b.File, ext), "index"+ext))
		if b.Bundle {
			hint = fmt.Sprintf("; there is no file %s", path.Join(path.Dir(b.File), "%s"))
		}
		bodies = append(bodies, body{b.File, b.BodyLine, b.Body, b.PagePath(), hint, b})
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			if e.File != "" && len(e.Body) > 0 {
				bodies = append(bodies, body{e.File, e.BodyLine, e.Body, e.Path() + "index.html", "", nil})
			}
		}
	}
	for _, p := range s.Pages {
		bodies = append(bodies, body{p.File, p.BodyLine, p.Body, p.PagePath(), "", nil})
	}
	places := &bodyPlaces{}
	for _, b := range bodies {
		var lines *diag.Lines // made for the body's first problem
		linesOf := func() *diag.Lines {
			if lines == nil {
				lines = diag.NewLines(b.file, b.line, b.src)
			}
			return lines
		}
		links, raw, heads := bodyMarkup(md, b.src)
		for _, sk := range skippedLevels(heads) {
			warn(linesOf().Pos(heads[sk.i].off), "%s", sk.msg)
		}
		slug := ""
		if b.self != nil {
			slug = b.self.Slug
		}
		places.add(s, b.self, b.file, b.page, slug, linesOf, links, raw, b.src)
		for _, l := range links {
			if l.image && !l.described {
				warn(linesOf().Pos(l.off), "image has no description: write one between the brackets, %s, for readers who cannot see it", describedImage(l.dest))
			}
			if l.empty && markdown.SafeLink(l.dest) {
				warn(linesOf().Pos(l.off), "%s", linkBare(l.dest))
			}
			if rest, ok := ownAddress(s.Config.BaseURL, l.dest); ok && !l.wiki {
				if lines == nil {
					lines = diag.NewLines(b.file, b.line, b.src)
				}
				warn(lines.Pos(l.off), "%s", ownLink(s, files, l, rest))
				continue
			}
			if files == nil {
				continue // the site could not be rendered
			}
			if l.wiki {
				if key, ok := wikiFragment(s, b.page, l.dest); ok {
					reported[key] = true
				}
				continue
			}
			if p, frag, ok := markdown.PageLink(s, b.file, markdown.ResolvedDest(l.dest)); ok {
				// A standalone page's file, made a link to its page, as
				// the build reads it first; the build warns of a heading
				// it lacks.
				if key, ok := fragmentKeyIn(p.Path(), frag); ok {
					reported[key] = true
				}
				continue
			}
			if tg, frag, ok := markdown.MarkdownLink(s, b.self, markdown.ResolvedDest(l.dest)); ok {
				// A link to another Markdown file, made a link to its
				// page; the build warns of a heading it lacks.
				if key, ok := fragmentKey(tg, frag); ok {
					reported[key] = true
				}
				continue
			}
			told := false // by the build
			if !l.image { // a link to a draft, b.md or ../b/, which it warns of; an image it does not
				_, told = markdown.LinkedDraft(s, b.self, markdown.ResolvedDest(l.dest))
				if !told {
					_, told = markdown.AddressDraft(s, b.page, markdown.ResolvedDest(l.dest))
				}
			}
			if !told { // a file left out for its errors, which the build tells of once, at the file
				_, told = markdown.LinkedFailed(s, b.self, markdown.ResolvedDest(l.dest))
			}
			if root, ok := rootedLink(b.page, markdown.ResolvedDest(l.dest)); ok && !told {
				_, told = markdown.LinkedFailed(s, b.self, root) // ../strain/, as /briefs/strain/
			}
			msg, key, sev, ok := checkMarkdownLink(files, b.page, b.hint, told, l, func(p string) string { return found(b.self, p) })
			if !ok {
				continue
			}
			if msg == "" { // told by the build
				reported[key] = true
				continue
			}
			if lines == nil {
				lines = diag.NewLines(b.file, b.line, b.src)
			}
			out = append(out, diag.Diagnostic{Pos: lines.Pos(l.off), Severity: sev, Msg: msg})
			reported[key] = true
		}
	}
	return out, reported, places
}

// missingSourceFiles returns the files of the site that sources' urls
// name, /files/report.pdf, and the site lacks: the build's error at each
// citation's url, which the links to them on the pages brief makes, which
// list the sources, would repeat.
func missingSourceFiles(s *site.Site) map[string]bool {
	var has, missing map[string]bool
	for _, src := range s.Sources {
		f := src.File()
		if f == "" {
			continue
		}
		if has == nil {
			has = map[string]bool{}
			for _, a := range s.Static {
				has[a.Dest] = true
			}
			for _, b := range s.Briefs {
				for _, a := range b.Assets {
					has[a.Dest] = true
				}
			}
			for _, p := range s.Pages {
				for _, a := range p.Assets {
					has[a.Dest] = true
				}
			}
		}
		if !has[f] {
			if missing == nil {
				missing = map[string]bool{}
			}
			missing[f] = true
		}
	}
	return missing
}

// wikiFragment returns the key of the link a wikilink to a part of a
// page, [[Target#Heading]] (or [[#Heading]] on page), renders to, when
// the build warns of it at the source: it names a page and an id the
// theme's pages do not give an element of their own, so the page has
// the id only if a heading of the body does, which the build checks.
func wikiFragment(s *site.Site, page, dest string) (linkKey, bool) {
	target, frag, ok := strings.Cut(dest, "#")
	if !ok || frag == "" {
		return linkKey{}, false
	}
	id := slug.Anchor(frag)
	if render.ThemeID(id) {
		return linkKey{}, false
	}
	if strings.TrimSpace(target) == "" { // [[#Heading]], on its own page
		return linkKey{path.Dir(page), id}, true
	}
	tg, ok := wikiTarget(s, target)
	if !ok {
		if p := markdown.WikiPage(s, target); p != nil { // a standalone page, by its title or file name
			return linkKey{strings.TrimSuffix(p.Path(), "/"), id}, true
		}
		return linkKey{}, false
	}
	return linkKey{strings.TrimSuffix(tg.Path(), "/"), id}, true
}

// wikiTarget returns what the wikilink to target (without its #Heading)
// leads to, as the build resolves it.
func wikiTarget(s *site.Site, target string) (site.Target, bool) {
	key, _ := markdown.WikiKey(target, slug.Key)
	tg, ok := s.Names[key]
	return tg, ok
}

// fragmentKey is wikiFragment for a Markdown link to a part of tg's
// page, [text](talks.md#background), whose fragment is frag.
func fragmentKey(tg site.Target, frag string) (linkKey, bool) {
	return fragmentKeyIn(tg.Path(), frag)
}

// fragmentKeyIn is fragmentKey for the page in the folder dir, a path
// from the site root with a trailing slash: "about/".
func fragmentKeyIn(dir, frag string) (linkKey, bool) {
	id, err := url.PathUnescape(frag)
	if err != nil {
		id = frag
	}
	if id == "" || render.ThemeID(id) {
		return linkKey{}, false
	}
	return linkKey{strings.TrimSuffix(dir, "/"), id}, true
}

// onlyComments reports whether body holds nothing but HTML comments,
// <!-- ... -->, and spaces.
func onlyComments(body []byte) bool {
	for {
		body = bytes.TrimSpace(body)
		rest, ok := bytes.CutPrefix(body, []byte("<!--"))
		if !ok {
			return false
		}
		_, after, ok := bytes.Cut(rest, []byte("-->"))
		if !ok {
			return false
		}
		if len(bytes.TrimSpace(after)) == 0 {
			return true
		}
		body = after
	}
}

// describedImage returns the image of destination dest as Markdown, with
// words in place of its description.
func describedImage(dest string) string {
	if strings.ContainsAny(dest, " ()") && !strings.ContainsAny(dest, "<>") {
		dest = "<" + dest + ">"
	}
	return "![what it shows](" + dest + ")"
}

// checkMarkdownLink checks a relative Markdown link of the body rendered
// on page; told is whether the build tells of it: a link to a draft the
// build left out, which it warns of, or to a file left out for its
// errors, which it tells of at the file.
func checkMarkdownLink(files Output, page, besideHint string, told bool, l mdLink, found func(p string) string) (msg string, key linkKey, sev diag.Severity, ok bool) {
	what := "link"
	if l.image {
		what = "image"
	}
	if !markdown.SafeLink(l.dest) {
		return "", key, 0, false // removed, with a warning, by the markdown phase
	}
	u := strings.TrimSpace(markdown.ResolvedDest(l.dest))
	if _, has := markdown.Scheme(u); has || u == "" || strings.HasPrefix(u, "#") || strings.HasPrefix(u, "//") {
		return "", key, 0, false // external, unsafe (reported by the markdown phase) or a fragment
	}
	raw, _, _ := strings.Cut(u, "#")
	raw, _, _ = strings.Cut(raw, "?")
	p, err := url.PathUnescape(raw)
	if err != nil || p == "" {
		return "", key, 0, false
	}
	key = keyOf(page, p, "")
	joined := joinLink(page, p)
	if joined == ".." || strings.HasPrefix(joined, "../") {
		return fmt.Sprintf("%s %q climbs above the site root", what, l.dest), key, diag.Error, true
	}
	target := joined
	if strings.HasSuffix(p, "/") || joined == "." {
		target = path.Join(joined, "index.html")
	}
	if files.Has(target) {
		return "", key, 0, false
	}
	if files.Has(path.Join(joined, "index.html")) && target == joined {
		return "", key, 0, false // reported on the page as a missing slash
	}
	hint := ""
	switch {
	case told:
		return "", key, 0, true
	case strings.HasSuffix(p, ".md") && path.Base(p) == ".md":
		hint = "; the link names no file: write the brief's, profile's or page's file name before .md, or link it as [[title]]"
	case strings.HasSuffix(p, ".md"):
		hint = fmt.Sprintf("; no brief, profile or page goes by %q: link one by its file's name or as [[title]]", strings.TrimSuffix(path.Base(p), ".md"))
	case found != nil && found(p) != "":
		hint = found(p)
	case besideHint != "" && !strings.Contains(path.Clean(p), "/"):
		hint = strings.Replace(besideHint, "%s", path.Clean(p), 1)
	}
	return fmt.Sprintf("broken %s %q: the built site has no %s%s", what, l.dest, target, hint), key, diag.Error, true
}

// Run runs every check over a built site: the lint rules over the model, Links and,
// unless the site allows raw HTML, Unsafe over the output, which may be
// nil when the site could not be rendered. Output paths in positions get
// prefix (such as "public/"), so they read as the files a build would
// write. A broken link reported at its Markdown source is not reported
// again in the page it renders to, nor is a link on a page brief makes
// to the file a source's url names, which the build reports missing at
// the url; a problem many pages have alike is
// told once (see onceByPlace). The result is sorted. An error
// reading the output, or ctx cancelled while it is read, drops the checks
// over it, and Run returns it too.
func Run(ctx context.Context, s *site.Site, src fs.FS, files Output, prefix string) ([]diag.Diagnostic, error) {
	out, reported, places := lint(s, src, files)
	var err error
	if files != nil {
		out, err = runOutput(ctx, s, src, files, prefix, out, reported, places)
	}
	return diag.Sort(out), err
}

// runOutput appends to out what Links and Unsafe report of files, but
// the links reported at their Markdown source; what a body wrote is told
// at the body's line (see bodyPlaces.tell).
func runOutput(ctx context.Context, s *site.Site, src fs.FS, files Output, prefix string, out []diag.Diagnostic, reported map[linkKey]bool, places *bodyPlaces) ([]diag.Diagnostic, error) {
	sc, err := scanOutput(ctx, files, s.Config.BaseURL)
	if err != nil {
		return out, err
	}
	// The problems of a file copied as it is, or of the site's own style
	// sheet, are told at the site's file: the same bytes, the same line
	// and column.
	copied := map[string]string{} // output path → the site's file
	for _, a := range s.Static {
		copied[a.Dest] = a.Src
	}
	for _, b := range s.Briefs {
		for _, a := range b.Assets {
			copied[a.Dest] = a.Src
		}
	}
	for _, p := range s.Pages {
		for _, a := range p.Assets {
			copied[a.Dest] = a.Src
		}
	}
	if src != nil && !s.Config.Minify {
		if fi, err := fs.Stat(src, "templates/style.css"); err == nil && fi.Mode().IsRegular() {
			copied["assets/style.css"] = "templates/style.css"
		}
	}
	missing := missingSourceFiles(s)
	flagged := map[diag.Pos]bool{}
	var pages []problem // of the pages brief generates, told once per template below
	for _, p := range sc.links() {
		if p.path != "" && reported[keyOf(p.page, p.path, p.id)] {
			continue
		}
		_, kept := copied[p.Pos.File]
		if p.path != "" && p.id == "" && !kept && missing[keyOf(p.page, p.path, "").path] {
			continue // told at the source's url
		}
		flagged[p.Pos] = true
		if file, ok := copied[p.Pos.File]; ok {
			p.Pos.File = file
			out = append(out, p.Diagnostic)
			continue
		}
		p.page = cmp.Or(p.page, p.Pos.File)
		p.Pos.File = prefix + p.Pos.File
		pages = append(pages, p)
	}
	ownSearch := ownSearchJS(src)
	for _, name := range slices.Sorted(maps.Keys(sc.pages)) {
		if _, ok := copied[name]; !ok {
			for _, p := range sc.pages[name].lint {
				if p.searchJS && ownSearch {
					continue
				}
				p.page = name
				p.Pos.File = prefix + p.Pos.File
				pages = append(pages, p)
			}
		}
	}
	for _, p := range sc.unsafe() {
		// unsafe_html lets a body's raw HTML through; a copied SVG
		// or XHTML file is checked whatever it says.
		if flagged[p.Pos] || s.Config.UnsafeHTML && !isActiveDoc(p.Pos.File) {
			continue
		}
		if src, ok := copied[p.Pos.File]; ok {
			p.Pos.File = src // the same bytes: the same line and column
			out = append(out, p.Diagnostic)
		} else {
			p.page = p.Pos.File
			p.Pos.File = prefix + p.Pos.File
			pages = append(pages, p)
		}
	}
	pages, told := places.tell(pages)
	out = append(out, told...)
	return append(out, onceByPlace(pages, newWriters(s, src, files.Has, files.Template))...), nil
}
