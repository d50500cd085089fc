package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/site"
	brieftemplates "github.com/briefsite/brief/templates"
)

// fragmentItems returns briefs and events whose partials exercise every
// branch: with and without summary, topics, actors and countries, an
// event of a brief's own date, undated and interval dates, and text that
// needs escaping in element content and in URLs.
func fragmentItems(t *testing.T) (briefs []*site.Brief, events []*site.Event) {
	t.Helper()
	d := func(s string) date.Date {
		if s == "" {
			return date.Date{}
		}
		v, err := date.Parse(s)
		if err != nil {
			t.Fatalf("date.Parse(%q): %v", s, err)
		}
		return v
	}
	haiti := &site.Entity{Kind: site.Country, Slug: "haiti", Name: "Haïti"}
	un := &site.Entity{Kind: site.Actor, Slug: "un", Name: `UN "Mission" & co`}
	sec := &site.Entity{Kind: site.Topic, Slug: "security", Name: "Security <all>"}
	src1 := &site.Source{ID: "un-report", Title: `A "report" <2025>`, Publisher: "UN & co", URL: "https://example.org/r?a=1&b=2",
		Date: d("2025-05-21")}
	src2 := &site.Source{ID: "src-b", Title: "Notes", URL: "/files/notes.pdf"} // a file of the site, linked relative to each page
	b1 := &site.Brief{Slug: "moise-dies", Title: "Moïse dies", Summary: "A <b>crisis</b> & more.", Date: d("2021-07-07"),
		Actors: []*site.Entity{un}, Countries: []*site.Entity{haiti}, Topics: []*site.Entity{sec, sec},
		Sources: []*site.Citation{{Source: src1, Note: "Read <this>."}, {Source: src2}}}
	b2 := &site.Brief{Slug: "q?x=1&y=\"2\"", Title: "Undated", Date: d("")}
	b3 := &site.Brief{Slug: "late", Title: "Late", Date: d("2024-09/2024-12"), Countries: []*site.Entity{haiti}}
	events = []*site.Event{
		{Date: b1.Date, Text: b1.Title, Brief: b1, OfBrief: true, Actors: b1.Actors, Countries: b1.Countries},
		{Date: d("2021-07~"), Text: "An interim <government> forms & sits.", Brief: b1, Actors: []*site.Entity{un}},
		{Date: d("2024-11/2025-02"), Text: "A span", Brief: b3, Countries: []*site.Entity{haiti}},
		{Date: d("../2024"), Text: "Until then", Brief: b2},
	}
	return []*site.Brief{b1, b2, b3}, events
}

// fragmentSite returns a site of the items of fragmentItems, wired as
// resolve would: profiles list their briefs and events, which repeat
// across the profiles and the briefs' pages.
func fragmentSite(t *testing.T) *site.Site {
	briefs, events := fragmentItems(t)
	b1, b2, b3 := briefs[0], briefs[1], briefs[2]
	un, haiti, sec := b1.Actors[0], b1.Countries[0], b1.Topics[0]
	b1.Events = []*site.Event{events[1]}
	b3.Sources = b1.Sources[:1]
	for _, c := range b1.Sources {
		c.Source.Briefs = []*site.Brief{b1}
	}
	b1.Sources[0].Source.Briefs = append(b1.Sources[0].Source.Briefs, b3)
	un.Sources = []*site.Source{b1.Sources[0].Source, b1.Sources[1].Source}
	b3.Actors, b1.MentionedIn, b3.MentionedIn = []*site.Entity{un}, []*site.Brief{b3}, []*site.Brief{b1, b2}
	un.Briefs, un.Events = []*site.Brief{b3, b1}, []*site.Event{events[0], events[1]}
	haiti.Briefs, haiti.Events = []*site.Brief{b3, b1}, []*site.Event{events[0], events[2]}
	sec.Briefs, sec.Events = []*site.Brief{b1}, []*site.Event{events[0]}
	return &site.Site{
		Config:    site.Config{Title: "Fragments"},
		Briefs:    []*site.Brief{b3, b1, b2},
		Actors:    []*site.Entity{un},
		Countries: []*site.Entity{haiti},
		Topics:    []*site.Entity{sec},
		Sources:   []*site.Source{b1.Sources[0].Source, b1.Sources[1].Source},
		Timeline:  []*site.Event{events[3], events[0], events[1], events[2]},
	}
}

// renderSite renders fragmentSite with the templates/ overrides of
// files and returns every file.
func renderSite(t *testing.T, files fstest.MapFS) map[string][]byte {
	t.Helper()
	out, err := Render(fragmentSite(t), Options{SiteFS: files})
	if err != nil {
		t.Fatal(err)
	}
	pages, err := Files(out, files)
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

// themeWith returns the embedded template name with old replaced by new.
func themeWith(t *testing.T, name, old, new string) *fstest.MapFile {
	t.Helper()
	src, err := fs.ReadFile(brieftemplates.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(src, []byte(old)) {
		t.Fatalf("%s does not contain %s", name, old)
	}
	return &fstest.MapFile{Data: bytes.ReplaceAll(src, []byte(old), []byte(new))}
}

// TestFragmentOverrides renders a site with templates overridden the old
// way, {{template "event" (list $ .)}} instead of {{fragment ...}}: the
// pages must be what the theme makes.
func TestFragmentOverrides(t *testing.T) {
	want := renderSite(t, fstest.MapFS{})
	// What each fragment shows on the brief page.
	for _, s := range []string{`<header class="site-header">`, `<footer class="site-footer">`, `class="tag tag-actor"`,
		`<li id="src-un-report">`, `<span class="when">`, `<li class="event`, `A &#34;report&#34; &lt;2025&gt;`} {
		if !bytes.Contains(want["briefs/moise-dies/index.html"], []byte(s)) {
			t.Errorf("the brief page does not show %s", s)
		}
	}
	// And on a profile.
	for _, s := range []string{`<article class="brief-item">`, `<li><a href="../../sources/index.html#un-report">`} {
		if !bytes.Contains(want["actors/un/index.html"], []byte(s)) {
			t.Errorf("the profile does not show %s", s)
		}
	}
	tests := map[string]fstest.MapFS{
		"entity.html": {"templates/entity.html": themeWith(t, "entity.html",
			`{{fragment "brief-item" $ .}}`, `{{template "brief-item" (list $ .)}}`)},
		"brief.html":    {"templates/brief.html": withoutFragments(t, "brief.html")},
		"base.html":     {"templates/base.html": withoutFragments(t, "base.html")},
		"partials.html": {"templates/partials.html": withoutFragments(t, "partials.html")},
		"all": {
			"templates/brief.html":    withoutFragments(t, "brief.html"),
			"templates/entity.html":   withoutFragments(t, "entity.html"),
			"templates/base.html":     withoutFragments(t, "base.html"),
			"templates/partials.html": withoutFragments(t, "partials.html"),
		},
		"base.html, nav from the page's path": {"templates/base.html": themeWith(t, "base.html",
			`<li><a href="{{.URL}}"{{with .Current}} aria-current="{{.}}"{{end}}>`,
			`<li><a href="{{$p.URL .Path}}"{{if eq $p.Section .Section}} aria-current="{{if eq $p.Path (print .Path "index.html")}}page{{else}}true{{end}}"{{end}}>`)},
		"partials.html, same text": {"templates/partials.html": themeWith(t, "partials.html", "", "")},
	}
	for name, files := range tests {
		got := renderSite(t, files)
		if len(got) != len(want) {
			t.Errorf("%s overridden: %d files, want %d", name, len(got), len(want))
		}
		for path, data := range want {
			if !bytes.Equal(got[path], data) {
				t.Errorf("%s overridden: %s differs from the theme's:\n%s", name, path, got[path])
			}
		}
	}
}

// fragmentCall is a call of the fragment function in a template.
var fragmentCall = regexp.MustCompile(`\{\{fragment ("[^"]+") (\S+) ([^}]+)\}\}`)

// withoutFragments returns the theme's template name with every
// {{fragment name page item}} written {{template name (list page item)}}
// and every {{memo name data}} written {{template name data}}, as
// templates were written before fragments.
func withoutFragments(t *testing.T, name string) *fstest.MapFile {
	t.Helper()
	src, err := fs.ReadFile(brieftemplates.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	if !fragmentCall.Match(src) && !bytes.Contains(src, []byte(`{{memo `)) {
		t.Fatalf("%s calls neither fragment nor memo", name)
	}
	src = fragmentCall.ReplaceAll(src, []byte(`{{template $1 (list $2 $3)}}`))
	src = bytes.ReplaceAll(src, []byte(`{{memo `), []byte(`{{template `))
	return &fstest.MapFile{Data: src}
}

// TestFragmentPageFields checks that a site's own partials may read any
// field of the page: with partials.html overridden, an event shown on
// several pages is rendered for each.
func TestFragmentPageFields(t *testing.T) {
	pages := renderSite(t, fstest.MapFS{"templates/partials.html": themeWith(t, "partials.html",
		`<li class="event `, `<li data-page="{{$p.Path}}" class="event `)})
	seen := 0
	for path, data := range pages {
		all := bytes.Count(data, []byte(`data-page="`))
		own := bytes.Count(data, []byte(`data-page="`+path+`"`))
		if all != own {
			t.Errorf("%s: %d of %d events were rendered for another page", path, all-own, all)
		}
		if strings.HasPrefix(path, "actors/") || strings.HasPrefix(path, "countries/") || strings.HasPrefix(path, "topics/") {
			seen += own
		}
	}
	if seen < 5 { // the profiles show five events between them
		t.Errorf("the profiles show %d events", seen)
	}
}

// TestFragmentPageFieldsInBase checks that a site's base.html may read any
// field of the page in the partials the theme shows as fragments: with
// base.html overridden, each page gets its own header.
func TestFragmentPageFieldsInBase(t *testing.T) {
	pages := renderSite(t, fstest.MapFS{"templates/base.html": {Data: []byte(
		`{{define "site-header"}}<header data-page="{{(index . 0).Path}}"></header>{{end}}`)}})
	for path, data := range pages {
		if !strings.HasSuffix(path, ".html") || !bytes.Contains(data, []byte("<header data-page=")) {
			continue
		}
		if want := `<header data-page="` + template.HTMLEscapeString(path) + `">`; !bytes.Contains(data, []byte(want)) {
			t.Errorf("%s shows another page's header: %s", path, data[bytes.Index(data, []byte("<header")):][:60])
		}
	}
}

// TestFragmentRedefined checks that a page template redefining a partial
// the fragments use gets its own version, and the other pages not.
func TestFragmentRedefined(t *testing.T) {
	pages := renderSite(t, fstest.MapFS{"templates/brief.html": themeWith(t, "brief.html",
		`{{define "main"}}`, `{{define "date"}}DATE{{end}}{{define "main"}}`)})
	if b := pages["briefs/moise-dies/index.html"]; !bytes.Contains(b, []byte(`<p class="event-date">DATE</p>`)) {
		t.Errorf("the brief's events do not use its template's date:\n%s", b)
	}
	for _, path := range []string{"actors/un/index.html", "countries/haiti/index.html"} {
		if b := pages[path]; bytes.Contains(b, []byte("DATE")) || !bytes.Contains(b, []byte(`<p class="event-date"><time`)) {
			t.Errorf("%s: the events use brief.html's date:\n%s", path, b)
		}
	}
}

// TestFragmentOwnPartials checks that two page templates that define
// partials of the same name, shown as fragments of the same item, each
// get their own.
func TestFragmentOwnPartials(t *testing.T) {
	// The brief's actor, and the actors of the profile's briefs: the same entity.
	own := func(page, old, actors, label string) *fstest.MapFile {
		f := themeWith(t, page, old, old+`<p class="own">`+actors+`</p>`)
		f.Data = append(f.Data, `{{define "own"}}`+label+`{{end}}`...)
		return f
	}
	pages := renderSite(t, fstest.MapFS{
		"templates/brief.html": own("brief.html", `<article class="brief">`,
			`{{range .Brief.Actors}}{{fragment "own" $ .}}{{end}}`, "B"),
		"templates/entity.html": own("entity.html", `<div class="profile-main">`,
			`{{range .Entity.Briefs}}{{range .Actors}}{{fragment "own" $ .}}{{end}}{{end}}`, "E"),
	})
	for path, want := range map[string]string{"briefs/moise-dies/index.html": `<p class="own">B</p>`, "actors/un/index.html": `<p class="own">EE</p>`} {
		if !bytes.Contains(pages[path], []byte(want)) {
			t.Errorf("%s does not show %s:\n%s", path, want, pages[path])
		}
	}
}

// TestFragmentEqualsTemplate checks that {{fragment name $ item}} gives
// the bytes {{template name (list $ item)}} gives, on a miss and on a hit,
// for every partial shown as a fragment of an item, at every depth, with
// and without pretty URLs, in the sets whose memo is on and in those whose
// memo is off.
func TestFragmentEqualsTemplate(t *testing.T) {
	briefs, events := fragmentItems(t)
	frags := &fragments{}
	sets, err := parseTemplates(themeFS{}, frags, lang.English)
	if err != nil {
		t.Fatal(err)
	}
	type item struct {
		partial string
		item    any
	}
	var items []item
	for _, e := range events {
		items = append(items, item{"event", e})
	}
	// nested counts the fragments shown inside the partials that a probe
	// executes as templates: a brief-item's entity-links, the
	// entity-link of each entity in entity-links and in an event, and a
	// source-item's source.
	nested := 0
	for _, e := range events {
		nested += len(e.Actors) + len(e.Countries)
	}
	for _, b := range briefs {
		items = append(items, item{"brief-item", b}, item{"brief-link", b})
		if n := len(b.Actors) + len(b.Countries); n > 0 {
			items = append(items, item{"entity-links", b})
			nested += 1 + n
		}
	}
	for _, e := range briefs[0].Entities() {
		if !slices.Contains(items, item{"tag", e}) { // a topic named twice
			items = append(items, item{"tag", e}, item{"entity-link", e})
		}
	}
	for _, c := range briefs[0].Sources {
		items = append(items, item{"source-item", c}, item{"source-link", c.Source}, item{"source", c.Source})
		nested++ // the source in source-item
	}
	// Each partial probed in the element it is shown in.
	var probe strings.Builder
	for name, elem := range map[string]string{"event": "ol", "brief-item": "div", "brief-link": "ul", "tag": "ul", "source-item": "ol", "source-link": "ul", "entity-links": "p", "entity-link": "p", "source": "li"} {
		fmt.Fprintf(&probe, `{{define "probe-%[1]s"}}<%[2]s>{{template "%[1]s" (list .Page .Item)}}</%[2]s>|<%[2]s>{{fragment "%[1]s" .Page .Item}}</%[2]s>{{end}}`, name, elem)
	}
	rebases := 0
	for _, setName := range []string{"brief.html", "entity.html", "timeline.html", "home.html"} {
		set, err := sets[setName].Clone()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := set.Parse(probe.String()); err != nil {
			t.Fatal(err)
		}
		for _, pretty := range []bool{false, true} {
			// itemRoot first: the other roots take its fragments, rebased.
			for _, root := range []string{itemRoot, "", "../", "../../../", "https://example.org/repo/", "https://example.org/my repo/"} {
				p := &Page{root: root, pretty: pretty}
				if root != itemRoot && !strings.HasPrefix(root, "https:") && (root != "" || !pretty) {
					// Each item and each nested fragment, a round each.
					rebases += 2 * (len(items) + nested)
				}
				for _, c := range items {
					for round := range 2 { // a miss, then a hit
						var buf bytes.Buffer
						data := map[string]any{"Page": p, "Item": c.item}
						if err := set.ExecuteTemplate(&buf, "probe-"+c.partial, data); err != nil {
							t.Fatal(err)
						}
						want, got, _ := bytes.Cut(buf.Bytes(), []byte("|"))
						if !bytes.Equal(got, want) {
							t.Errorf("%s, pretty=%v, root=%q, %s %v, round %d:\nfragment: %s\ntemplate: %s",
								setName, pretty, root, c.partial, c.item, round, got, want)
						}
						if len(want) < 30 {
							t.Errorf("%s: %s rendered as %q", setName, c.partial, want)
						}
					}
				}
			}
		}
	}
	// 2 pretty settings × the items, kept once for pages at itemRoot by
	// the sets, whose memo is on; the other roots keep nothing.
	if n := fragmentsKept(frags); n != 2*len(items) {
		t.Errorf("the memo holds %d fragments, want %d", n, 2*len(items))
	}
	if n := frags.rebases.Load(); n != int64(rebases) {
		t.Errorf("%d fragments shown rebased, want %d", n, rebases)
	}
}

// TestSiteHeaderFragment checks that the header and footer, shown with
// {{fragment "site-header" . .Section}}, are what {{template}} gives for
// every page, in a set whose memo is on, whatever page of a section and
// depth is rendered first.
func TestSiteHeaderFragment(t *testing.T) {
	s := fragmentSite(t)
	s.Config.Description = "About <this> briefing"
	pages := []struct{ path, section string }{
		{"index.html", "home"},
		{"briefs/index.html", "briefs"},
		{"briefs/moise-dies/index.html", "briefs"},
		{"briefs/other/index.html", "briefs"},
		{"actors/index.html", "actors"},
		{"actors/by-briefs/index.html", "actors"},
		{"actors/un/index.html", "actors"},
		{"timeline/index.html", "timeline"},
		{"print/briefing/index.html", "print"},
		{"404.html", "404"},
	}
	const probe = `{{define "probe"}}{{template "site-header" (list . .Section)}}{{template "site-footer" (list . "")}}|` +
		`{{fragment "site-header" . .Section}}{{fragment "site-footer" . ""}}{{end}}`
	for _, pretty := range []bool{false, true} {
		for _, base := range []string{"", "https://example.org/repo/"} {
			frags := &fragments{}
			sets, err := parseTemplates(themeFS{}, frags, lang.English)
			if err != nil {
				t.Fatal(err)
			}
			set, err := sets["brief.html"].Clone()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := set.Parse(probe); err != nil {
				t.Fatal(err)
			}
			s.Config.BaseURL = base
			r := &renderer{site: s, pretty: pretty}
			for _, order := range [][]int{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}} {
				for _, i := range order {
					pg := pages[i]
					p := &Page{Section: pg.section}
					r.setPage(p, pg.path)
					var buf bytes.Buffer
					if err := set.ExecuteTemplate(&buf, "probe", p); err != nil {
						t.Fatal(err)
					}
					want, got, _ := bytes.Cut(buf.Bytes(), []byte("|"))
					if !bytes.Equal(got, want) {
						t.Errorf("%s, pretty=%v, base %q:\nfragment: %s\ntemplate: %s", pg.path, pretty, base, got, want)
					}
					if !bytes.Contains(want, []byte(`<header class="site-header">`)) || !bytes.Contains(want, []byte("About &lt;this&gt; briefing")) {
						t.Errorf("%s: header and footer rendered as %s", pg.path, want)
					}
				}
			}
			if n, _ := frags.size(); n == 0 {
				t.Error("the memo kept no header")
			}
		}
	}
}

// TestFragmentConcurrent renders fragments from several goroutines, for
// the race detector, and checks that every one gets the same HTML.
func TestFragmentConcurrent(t *testing.T) {
	_, events := fragmentItems(t)
	frags := &fragments{}
	sets, err := parseTemplates(themeFS{}, frags, lang.English)
	if err != nil {
		t.Fatal(err)
	}
	f := frags.fragmentFunc(sets["entity.html"], true, map[string]bool{"event": true})
	p := &Page{root: "../../"}
	want := make([]template.HTML, len(events))
	for i, e := range events {
		if want[i], err = new(fragments).execute(sets["entity.html"], "event", []any{p, e}); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			for range 50 {
				for i, e := range events {
					got, err := f("event", p, e)
					if err != nil || got != want[i] {
						errs <- fmt.Errorf("event %d: %q, %v", i, got, err)
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestFragmentMemoSwitch checks when the memo is on: in the sets of
// brief and profile pages, not when the site overrides base.html or
// partials.html, and not in a set whose page template is the site's.
func TestFragmentMemoSwitch(t *testing.T) {
	partials := []byte(`{{define "event"}}{{$p := index . 0}}<li>{{$p.Title}}</li>{{end}}`)
	tests := []struct {
		name  string
		files fstest.MapFS
		memo  map[string]bool // sets with the memo on
	}{
		{"theme", fstest.MapFS{}, memoOn()},
		{"partials overridden", fstest.MapFS{"templates/partials.html": {Data: partials}},
			map[string]bool{}},
		{"base overridden", fstest.MapFS{"templates/base.html": {Data: []byte(`{{define "site-footer"}}F{{end}}`)}},
			map[string]bool{}},
		{"brief.html redefines date", fstest.MapFS{"templates/brief.html": {Data: []byte(`{{define "main"}}{{end}}{{define "date"}}D{{end}}`)}},
			memoOn("brief.html")},
		{"theme copied unchanged", fstest.MapFS{"templates/base.html": themeWith(t, "base.html", "", ""), "templates/partials.html": themeWith(t, "partials.html", "", "")},
			memoOn()},
		{"entity.html is the site's", fstest.MapFS{"templates/entity.html": {Data: []byte(`{{define "main"}}{{template "x"}}{{end}}{{define "x"}}x{{end}}`)}},
			memoOn("entity.html")},
	}
	_, events := fragmentItems(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, name := range pageTemplates {
				frags := &fragments{}
				sets, err := parseTemplates(themeFS{site: tt.files}, frags, lang.English)
				if err != nil {
					t.Fatal(err)
				}
				// The set's own fragment function, as parseTemplates bound it.
				set, err := sets[name].Clone()
				if err != nil {
					t.Fatal(err)
				}
				if _, err := set.Parse(`{{define "probe"}}{{fragment "event" .P .E}}{{end}}`); err != nil {
					t.Fatal(err)
				}
				if err := set.ExecuteTemplate(&bytes.Buffer{}, "probe", map[string]any{"P": &Page{Title: "T", root: itemRoot}, "E": events[1]}); err != nil {
					t.Fatal(err)
				}
				if n := fragmentsKept(frags); (n > 0) != tt.memo[name] {
					t.Errorf("%s: memo holds %d fragments, want the memo on = %v", name, n, tt.memo[name])
				}
			}
		})
	}
}

// memoOn returns the page templates whose sets' memo is on with the
// embedded theme, but for those named in off.
func memoOn(off ...string) map[string]bool {
	on := map[string]bool{}
	for name := range memoPages {
		on[name] = true
	}
	for name := range rebasingPages {
		on[name] = true
	}
	for _, name := range off {
		delete(on, name)
	}
	return on
}

// fragmentsKept returns the number of fragments f keeps, leaving out the
// partials kept by memo.
func fragmentsKept(f *fragments) int {
	f.frags.mu.RLock()
	defer f.frags.mu.RUnlock()
	return len(f.frags.m)
}

// TestMemo checks that {{memo "date" d}} gives the bytes {{template
// "date" d}} gives, that dates and pointers are kept and other data is
// executed each time, and that a memo and a fragment of the same name and
// item are kept apart.
func TestMemo(t *testing.T) {
	briefs, _ := fragmentItems(t)
	frags := &fragments{}
	sets, err := parseTemplates(themeFS{}, frags, lang.English)
	if err != nil {
		t.Fatal(err)
	}
	set := sets["brief.html"] // not a clone: memo executes "item" in this set
	const probe = `{{define "probe"}}<p>{{template "date" .}}</p>|<p>{{memo "date" .}}</p>{{end}}` +
		`{{define "item"}}{{if eq (printf "%T" .) "[]interface {}"}}list{{else}}alone{{end}}{{end}}` +
		`{{define "kinds"}}{{memo "item" .B}} {{fragment "item" .P .B}} {{memo "item" .S}}{{end}}`
	if _, err := set.Parse(probe); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"", "2024", "2024-07-14", "2023-07~", "2024?", "2024-09/2024-12", "../2024", "late 2024", "2024-05-21T14:00Z"} {
		var d date.Date
		if s != "" {
			if d, err = date.Parse(s); err != nil {
				t.Fatal(err)
			}
		}
		for round := range 2 {
			var buf bytes.Buffer
			if err := set.ExecuteTemplate(&buf, "probe", d); err != nil {
				t.Fatal(err)
			}
			want, got, _ := bytes.Cut(buf.Bytes(), []byte("|"))
			if !bytes.Equal(got, want) {
				t.Errorf("%q, round %d: memo gives %s, template %s", s, round, got, want)
			}
		}
	}
	if n, _ := frags.size(); n != 9 {
		t.Errorf("the memo holds %d dates, want 9", n)
	}
	var buf bytes.Buffer
	data := map[string]any{"P": &Page{}, "B": briefs[0], "S": []int{1}} // a slice cannot key a map
	if err := set.ExecuteTemplate(&buf, "kinds", data); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "alone list alone"; got != want {
		t.Errorf("memo, fragment, memo of a slice: %q, want %q", got, want)
	}
	if n, _ := frags.size(); n != 11 {
		t.Errorf("the memo holds %d fragments, want 11: 9 dates, a memo and a fragment of the brief", n)
	}
}

// TestRelatedBriefsPool checks that related briefs counted in a pooled
// map, used again and again, are those counted in a fresh one.
func TestRelatedBriefsPool(t *testing.T) {
	s := fragmentSite(t)
	var pool sync.Pool
	const total = 10 // as on a site of ten briefs, where un and haiti, on two, tell which are related
	for range 3 {
		for _, b := range s.Briefs {
			got, want := relatedBriefs(b, total, &pool), relatedBriefs(b, total, nil)
			if !slices.Equal(got, want) {
				t.Errorf("%s: related %v with a pool, %v without", b.Slug, got, want)
			}
		}
	}
	s.Briefs[1].MentionedIn = nil // else the brief linking to it is not related
	if got := relatedBriefs(s.Briefs[1], total, &pool); len(got) != 1 || got[0] != s.Briefs[0] {
		t.Errorf("briefs related to %s: %v, want %s", s.Briefs[1].Slug, got, s.Briefs[0].Slug)
	}
}

// TestRelatedBriefsOrder checks that related briefs sharing as many
// entities come newest first, undated last, and that a brief linking to
// b, which b's page lists already, is left out.
func TestRelatedBriefsOrder(t *testing.T) {
	x, y := &site.Entity{Slug: "x"}, &site.Entity{Slug: "y"}
	brief := func(slug, d string) *site.Brief {
		b := &site.Brief{Slug: slug, Actors: []*site.Entity{x, y}}
		if d != "" {
			var err error
			if b.Date, err = date.Parse(d); err != nil {
				t.Fatal(err)
			}
		}
		return b
	}
	b := brief("b", "2024")
	old, undated, newer, linking := brief("a-old", "2020"), brief("a-undated", ""), brief("z-new", "2025-05"), brief("linking", "2026")
	x.Briefs = []*site.Brief{b, old, undated, newer, linking}
	y.Briefs = x.Briefs
	b.MentionedIn = []*site.Brief{linking}
	var got []string
	for _, o := range relatedBriefs(b, 100, nil) { // x and y on 5 of 100 briefs
		got = append(got, o.Slug)
	}
	if want := []string{"z-new", "a-old", "a-undated"}; !slices.Equal(got, want) {
		t.Errorf("related %v, want %v", got, want)
	}
}
