// Package render turns the resolved site model into the files of the
// built site: HTML pages from the templates, the theme's assets, the data
// exports, the search index, feeds and the sitemap.
//
// Render holds no output in memory: each output.File generates its bytes
// when the output phase asks for them, so pages are rendered in parallel
// while they are written and memory stays bounded for large sites.
package render

import (
	"cmp"
	"html/template"
	"io"
	"io/fs"
	"math"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/site"
)

// Options control Render.
type Options struct {
	SiteFS fs.FS // the site root, for its templates/ overrides
	Minify bool

	// WriteOnce promises that each file is written at most once and that
	// the model is not read after, as by brief build. Render then lets
	// each brief's HTML go (Brief.BodyHTML becomes empty) once the last file
	// showing it is written, to bound the memory of a large build, unless
	// the site has templates of its own, which may show any brief's HTML.
	WriteOnce bool

	// PerYearAbove is the number of entries above which the timeline,
	// and likewise the list of briefs, has a page per year; 0 means
	// DefaultPerYearAbove.
	PerYearAbove int

	// Warnings, when not nil, gets what the site's own templates would
	// leave out: a list split into pages whose templates show no way to
	// the parts.
	Warnings *diag.List

	// NotFoundRoot, if set, is where the links of the 404 page start, in
	// place of the base URL: "/" for a server that answers a missing path
	// at any depth with that page, as brief serve does.
	NotFoundRoot string
}

// Render returns the files of the built site. It fails only when a
// template does not parse.
func Render(s *site.Site, opts Options) ([]output.File, error) {
	theme := themeFS{site: opts.SiteFS}
	if len(s.Pages) == 0 {
		theme.idle = []string{"page.html"}
	}
	frags := &fragments{}
	words := lang.For(s.Config.Language, s.Config.Translations)
	r := &renderer{site: s, words: words, pretty: s.Config.PrettyURLs, counts: new(sync.Pool), perYearAbove: cmp.Or(opts.PerYearAbove, DefaultPerYearAbove), notFoundRoot: opts.NotFoundRoot}
	r.eventIDs = new(eventIDs)
	// The templates are parsed while the list of pages is made, which
	// names them: they are executed only once Render has returned.
	var err error
	var parsed sync.WaitGroup
	parsed.Go(func() { r.sets, err = parseTemplates(theme, frags, words) })
	// A page for each brief and profile, the files copied, and a few
	// hundred lists, feeds and exports.
	pages := len(s.Briefs) + len(s.Static) + 256
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		pages += len(s.EntitiesOf(k))
	}
	r.files = make([]output.File, 0, pages)

	if opts.WriteOnce && !theme.overridesAny() {
		r.bodies = newBodyReaders(s.Briefs)
	}
	r.pages()
	parsed.Wait()
	if err != nil {
		return nil, err
	}
	if opts.Warnings != nil {
		r.warnSplit(theme, opts.Warnings)
		warnMisnamedDefines(theme, r.sets, opts.Warnings)
		warnOutsideDefines(theme, opts.Warnings)
		warnReplacedDefines(theme, r.sets, opts.Warnings)
		warnLostBlocks(theme, r.sets, opts.Warnings)
		warnStrayFiles(theme, opts.Warnings)
	}
	r.assets(theme)
	r.extras()
	r.data()
	r.feeds()
	r.search()
	// A brief's own files win over static/'s, as they are more specific.
	for _, b := range s.Briefs {
		for _, a := range b.Assets {
			r.files = append(r.files, output.File{Path: a.Dest, Src: a.Src})
		}
	}
	for _, a := range s.Static {
		r.files = append(r.files, output.File{Path: a.Dest, Src: a.Src})
	}
	r.aliases(opts.Warnings)
	files := r.bodies.readsFirst(dedupe(r.files))
	if opts.Minify {
		files = minifyAll(files)
	}
	return files, nil
}

type renderer struct {
	site         *site.Site
	words        *lang.Words
	sets         map[string]*template.Template
	pretty       bool
	perYearAbove int                     // see Options.PerYearAbove
	notFoundRoot string                  // see Options.NotFoundRoot
	sourceDirs   map[*site.Source]string // see Page.SourceURL
	splits       map[string]splitList    // the page templates whose lists are split
	files        []output.File
	counts       *sync.Pool   // of map[*site.Brief]related, for relatedBriefs
	eventIDs     *eventIDs    // of the timelines' entries and the data export's events
	bodies       *bodyReaders // nil unless bodies are released

	// oldURLs are the addresses of the alias pages of each brief and
	// profile that has some, as the data export gives them (see aliases).
	oldURLs map[site.Target][]string
}

// page adds a page at file rendered with template tmpl from the Page that
// newPage makes when the page is written, so that a large site's Pages
// are not all held at once. The page shows the HTML of bodies.
func (r *renderer) page(tmpl, file string, newPage func() *Page, bodies ...*site.Brief) {
	r.files = append(r.files, r.bodies.reading(output.File{Path: file, Template: tmpl, Last: rebasingPages[tmpl], Write: func(w io.Writer) error {
		p := newPage()
		r.setPage(p, file)
		return r.sets[tmpl].ExecuteTemplate(w, "base", p)
	}}, bodies))
}

// setPage sets what every page has: the site, its path, its climb to the
// root and its canonical URL.
func (r *renderer) setPage(p *Page, file string) {
	p.Site = r.site
	p.Path = file
	p.root = rootOf(file)
	p.words = r.words
	p.pretty = r.pretty
	p.splitTimeline = len(r.site.Timeline) > r.perYearAbove
	p.sourceDirs = r.sourceDirs
	p.counts = r.counts
	p.eventIDs = r.eventIDs
	p.years = sync.OnceValue(func() []Year { return groupYears(p.Timeline, r.words) })
	base := r.site.Config.BaseURL
	if base != "" {
		p.Canonical = asciiURL(base + strings.TrimSuffix(file, "index.html")) // as the sitemap writes it
	}
	if file == "404.html" {
		// Served for missing paths at any depth: links must not be
		// relative to wherever the reader happens to be. It is no
		// page of the site's own to be found at an address.
		p.root = cmp.Or(r.notFoundRoot, base, p.root)
		p.Canonical = ""
	}
}

// briefPage adds b's page, as page would: the site's most numerous
// pages, made with fewer allocations.
func (r *renderer) briefPage(b *site.Brief) {
	file := b.PagePath()
	f := output.File{Path: file, Template: "brief.html", Write: func(w io.Writer) error {
		p := &Page{Section: "briefs", Title: b.Title, Description: b.Summary, Brief: b}
		r.setPage(p, file)
		return r.sets["brief.html"].ExecuteTemplate(w, "base", p)
	}}
	if r.bodies != nil {
		f = r.bodies.reading(f, []*site.Brief{b})
	}
	r.files = append(r.files, f)
}

func (r *renderer) pages() {
	s := r.site
	latest := s.Briefs[:min(len(s.Briefs), 10)]
	recent := s.Timeline[max(len(s.Timeline)-8, 0):]
	recent = slices.Clone(recent)
	slices.Reverse(recent)
	r.page("home.html", "index.html", func() *Page {
		return &Page{Section: "home", Description: s.Config.Description, Briefs: latest, Events: recent}
	})
	r.briefList()
	for _, b := range s.Briefs {
		r.briefPage(b)
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		list := s.EntitiesOf(k)
		title, desc := r.words.T(strings.ToUpper(k.Plural()[:1])+k.Plural()[1:]), r.entitiesLede(k)
		r.page("entities.html", k.Dir()+"/index.html", func() *Page {
			return &Page{Section: k.Dir(), Title: title, Description: desc, Kind: k, Entities: list}
		})
		byCount := slices.Clone(list)
		slices.SortStableFunc(byCount, func(a, b *site.Entity) int { return len(b.Briefs) - len(a.Briefs) })
		r.page("entities.html", k.Dir()+"/"+site.ByBriefs+"/index.html", func() *Page {
			return &Page{Section: k.Dir(), Title: r.words.T("%s by number of briefs", title), Description: desc, Kind: k, Entities: byCount, ByCount: true}
		})
		for _, e := range list {
			desc := e.Summary
			if desc == "" {
				desc = capitalFirst(r.words.T("%s profile: %s", r.words.T(e.Kind.Singular()), e.Name), e.Name, r.site.Config.Language)
			}
			r.profile(e, desc)
		}
	}
	r.timeline()
	r.sourceDirs = r.sourcesPages()
	r.page("search.html", "search/index.html", func() *Page {
		return &Page{Section: "search", Title: r.words.T("Search"), Description: r.words.T("Search briefs, actors, countries and topics")}
	})
	r.standalonePages()
	r.printPages()
	r.page("404.html", "404.html", func() *Page { return &Page{Section: "404", Title: r.words.T("Page not found")} })
}

// entitiesLede returns the sentence under the title of the list of
// entities of kind k, entities.html's lede, which is the lists' description.
func (r *renderer) entitiesLede(k site.Kind) string {
	switch k {
	case site.Actor:
		return r.words.T("The people, forces and organisations the briefs name.")
	case site.Country:
		return r.words.T("The countries the briefs concern.")
	}
	return r.words.T("The themes the briefs are filed under.")
}

// capitalFirst returns the sentence s with its first word's first letter
// a capital, as the site's language writes it ("İşte" in Turkish,
// "IJsland" in Dutch), the way a description starts; s as it is when it
// starts with name, a translation's order ("%[2]s : fiche"), which is
// written as its owner writes it ("de Gaulle", "al-Shabaab").
func capitalFirst(s, name, lang string) string {
	if name != "" && strings.HasPrefix(s, name) {
		return s
	}
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
	if end < 0 {
		end = len(s)
	}
	return cases.Title(language.Make(lang), cases.NoLower).String(s[:end]) + s[end:]
}

// tooCommon is the number of briefs above which an entity is passed over
// in finding a brief's related briefs: each of them would be counted for
// every brief naming it, millions of times at 10,000 briefs, and it says
// little of which are related.
const tooCommon = 200

// related is what a brief has in common with another: the weights of
// the entities they share, added, how many they share, and how many of
// those are rare: on at most half of the site's briefs, or on these two
// alone.
type related struct {
	weight       int32
	shared, rare uint16
}

// weightUnit is an entity's weight on half the briefs: weights are
// whole numbers, so that equal sums are equal whatever their order.
const weightUnit = 1 << 10

// entityWeight returns the weight of sharing an entity named by n of a
// site's total briefs: the more briefs name it, the less sharing it
// says, down to nothing for one every brief names (its inverse document
// frequency, log(total/n), in weightUnits of log 2).
func entityWeight(n, total int) int32 {
	if n <= 0 || n >= total {
		return 0
	}
	return int32(math.Round(weightUnit * math.Log2(float64(total)/float64(n))))
}

// relatedBriefs returns up to five other briefs sharing the most with b,
// of the site's total briefs: those sharing at least two entities, one
// of them named by at most half of the briefs or by these two alone
// (Haiti on every brief of a briefing on Haiti, and the mission on most,
// relate none), the rarer the
// entities they share the sooner, then the newest first. It leaves out
// those that link to b, which its page lists above them. It counts them
// in a map from counts, if not nil, and returns the map there cleared.
func relatedBriefs(b *site.Brief, total int, counts *sync.Pool) []*site.Brief {
	var count map[*site.Brief]related
	if counts != nil {
		count, _ = counts.Get().(map[*site.Brief]related)
	}
	if count == nil {
		count = map[*site.Brief]related{}
	}
	defer func() {
		if counts != nil {
			clear(count)
			counts.Put(count)
		}
	}()
	add := func(entities []*site.Entity) {
		for _, e := range entities {
			if len(e.Briefs) > tooCommon {
				continue
			}
			w := entityWeight(len(e.Briefs), total)
			rare := uint16(0)
			if 2*len(e.Briefs) <= total || len(e.Briefs) <= 2 {
				rare = 1
			}
			for _, o := range e.Briefs {
				if o != b {
					c := count[o]
					count[o] = related{weight: c.weight + w, shared: c.shared + 1, rare: c.rare + rare}
				}
			}
		}
	}
	add(b.Actors)
	add(b.Countries)
	add(b.Topics)
	for _, o := range b.MentionedIn { // the page lists them already
		delete(count, o)
	}
	// The first five in order, kept by insertion: most briefs share an
	// entity or two, and sorting them all to keep five costs more.
	before := func(x, y *site.Brief) bool {
		if d := count[y].weight - count[x].weight; d != 0 {
			return d < 0
		}
		if xz, yz := x.Date.IsZero(), y.Date.IsZero(); xz != yz {
			return yz // undated last
		}
		return cmp.Or(date.Compare(y.Date, x.Date), strings.Compare(x.Slug, y.Slug)) < 0 // newest first
	}
	const maxRelated = 5
	out := make([]*site.Brief, 0, maxRelated)
	for o, c := range count {
		if c.shared < 2 || c.rare == 0 || len(out) == maxRelated && !before(o, out[maxRelated-1]) {
			continue
		}
		at := len(out)
		for at > 0 && before(o, out[at-1]) {
			at--
		}
		if len(out) < maxRelated {
			out = append(out, nil)
		}
		copy(out[at+1:], out[at:len(out)-1])
		out[at] = o
	}
	return out
}

// assets adds the theme's stylesheet and scripts.
func (r *renderer) assets(theme themeFS) {
	for _, name := range []string{"style.css", "search.js"} {
		data, err := theme.ReadFile(name)
		if err != nil {
			continue
		}
		r.files = append(r.files, bytesFile("assets/"+name, data))
	}
}

// bytesFile is a file whose content is already known.
func bytesFile(name string, data []byte) output.File {
	return output.File{Path: name, Write: func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}}
}

// dedupe keeps the first file for each path, and of a file and another
// in a folder of its path (static/briefs beside the generated
// briefs/x/index.html) the first: generated pages win over copied files
// (see build's warnShadowed). The list is sorted by path.
func dedupe(files []output.File) []output.File {
	seen := make(map[string]bool, len(files))
	out := files[:0]
	copied := false
	for _, f := range files {
		if !seen[f.Path] {
			seen[f.Path] = true
			out = append(out, f)
			copied = copied || f.Src != ""
		}
	}
	if copied { // the theme's own paths do not clash
		out = dropFolderClashes(out)
	}
	slices.SortFunc(out, func(a, b output.File) int { return strings.Compare(a.Path, b.Path) })
	return out
}

// dropFolderClashes returns files, of distinct paths, without each one
// that would be a file where one before it has a folder, or in a folder
// where one before it is a file.
func dropFolderClashes(files []output.File) []output.File {
	kept := make(map[string]bool, 2*len(files)) // the paths kept: true for a file, false for a folder
	out := files[:0]
	for _, f := range files {
		if _, taken := kept[f.Path]; taken || fileAbove(kept, f.Path) {
			continue
		}
		kept[f.Path] = true
		for dir := path.Dir(f.Path); dir != "."; dir = path.Dir(dir) {
			if _, ok := kept[dir]; ok {
				break // and so are the folders above it
			}
			kept[dir] = false
		}
		out = append(out, f)
	}
	return out
}

// fileAbove reports whether a folder p would be in is a file of kept.
func fileAbove(kept map[string]bool, p string) bool {
	for dir := path.Dir(p); dir != "."; dir = path.Dir(dir) {
		if isFile, ok := kept[dir]; ok {
			return isFile
		}
	}
	return false
}
