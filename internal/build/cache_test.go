package build_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/corpus"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/render"
	"github.com/briefsite/brief/internal/site"
)

// snapshot is everything a build produces that a reader or an editor sees.
type snapshot struct {
	site  *site.Site
	files map[string][]byte
	diags []diag.Diagnostic
}

func built(t *testing.T, fsys fs.FS, opts build.Options) snapshot {
	t.Helper()
	return snapshotOf(t, fsys, build.Build(context.Background(), fsys, opts))
}

// snapshotOf renders the files of res, built from fsys.
func snapshotOf(t *testing.T, fsys fs.FS, res *build.Result) snapshot {
	t.Helper()
	snap := snapshot{site: res.Site, diags: res.Diags.Sorted()}
	if res.Files != nil {
		files, err := render.Files(res.Files, fsys)
		if err != nil {
			t.Fatal(err)
		}
		snap.files = files
	}
	return snap
}

func sameSnapshot(t *testing.T, step string, got, want snapshot) {
	t.Helper()
	if !slices.Equal(got.diags, want.diags) {
		t.Errorf("%s: with the cache the diagnostics are\n%v\nwithout\n%v", step, got.diags, want.diags)
	}
	if len(got.files) != len(want.files) {
		t.Errorf("%s: with the cache %d files, without %d", step, len(got.files), len(want.files))
	}
	n := 0
	for name, data := range want.files {
		if !bytes.Equal(got.files[name], data) {
			if n++; n <= 3 {
				t.Errorf("%s: %s differs with the cache", step, name)
			}
		}
	}
}

// editor changes the files of a site and notes the paths it changed, as
// serve's watcher does.
type editor struct {
	read    func(string) string
	write   func(string, string)
	remove  func(string)
	changed []string
}

func (e *editor) set(name, data string) {
	e.write(name, data)
	e.changed = append(e.changed, name)
}

func (e *editor) del(name string) {
	e.remove(name)
	e.changed = append(e.changed, name)
}

// appendBody adds text at the end of a file's body.
func (e *editor) appendBody(name, text string) { e.set(name, e.read(name)+text) }

// prependBody adds text at the start of a file's body, after its front
// matter.
func (e *editor) prependBody(name, text string) {
	src := e.read(name)
	i := strings.Index(src[3:], "\n---\n") + 3 + len("\n---\n")
	e.set(name, src[:i]+text+src[i:])
}

// front replaces the first match of re in a file's front matter.
func (e *editor) front(name, re, repl string) {
	src := e.read(name)
	i := strings.Index(src[3:], "\n---\n") + 3
	out := regexp.MustCompile(re).ReplaceAllString(src[:i], repl) + src[i:]
	if out == src {
		panic("front: no change for " + re)
	}
	e.set(name, out)
}

// nameOf returns the name a profile gives.
func nameOf(e *editor, profile string) string {
	return regexp.MustCompile(`(?m)^name: "?([^"\n]*)`).FindStringSubmatch(e.read(profile))[1]
}

// addEvent adds an event line, first of a brief's lines, with more lines
// of fields after its date and text.
func addEvent(e *editor, name, date, text, more string) {
	line := "  - date: " + date + "\n    text: \"" + text + "\"\n" + more
	if regexp.MustCompile(`\nevents:\n`).MatchString(e.read(name)) {
		e.front(name, `\nevents:\n`, "\nevents:\n"+line)
		return
	}
	e.front(name, `\nsources:\n`, "\nevents:\n"+line+"sources:\n")
}

// step is one change to a site. patch says whether a build with a Cache
// and the changed paths changes the last build's site in place.
type step struct {
	name  string
	patch bool
	do    func(e *editor)
}

// edits is a sequence of changes to the site corpus.Generate(n, seed)
// makes; the tests build after each with and without a cache.
func edits(n int, seed int64) []step {
	briefs := corpus.BriefFiles(n, seed)
	files := corpus.Generate(n, seed)
	a, c, d := briefs[3], briefs[1], briefs[2]
	// b is a brief a does not link to yet.
	b := briefs[0]
	for _, f := range briefs[4:] {
		if slug := strings.TrimSuffix(filepath.Base(f), ".md"); !bytes.Contains(files[a].Data, []byte(slug)) {
			b = f
			break
		}
	}
	bSlug := strings.TrimSuffix(filepath.Base(b), ".md")
	var actors []string
	for name := range files {
		if strings.HasPrefix(name, "content/actors/") {
			actors = append(actors, name)
		}
	}
	slices.Sort(actors)
	actor, other := actors[0], actors[1]
	var siteFile string         // while it is deleted
	var aBefore, bBefore string // a and b before their sources' titles are edited
	valid := func(title string) string {
		return "---\ntitle: " + title + "\ndate: 2024-03\nactors: [Someone New]\nsources:\n  - title: S\n---\nBody of " + title + ".\n"
	}
	return []step{
		{"unchanged", true, func(e *editor) {}},
		{"one-line edit", true, func(e *editor) { e.appendBody(a, "\nA line added at the end.\n") }},
		{"link to a brief by slug", true, func(e *editor) {
			e.appendBody(a, "\nSee [["+bSlug+"]] and [["+bSlug+"#background|this]].\n")
		}},
		{"edit the linked brief's body", true, func(e *editor) { e.appendBody(b, "\nMore on this.\n") }},
		{"drop the link", true, func(e *editor) {
			e.set(a, strings.Replace(e.read(a), "\nSee [["+bSlug+"]] and [["+bSlug+"#background|this]].\n", "\n", 1))
		}},
		{"link again", true, func(e *editor) { e.appendBody(a, "\nSee [["+bSlug+"]] again.\n") }},
		{"retitle the linked brief", true, func(e *editor) { e.front(b, `\ntitle: "`, "\ntitle: \"Retitled: ") }},
		{"a source's title too", false, func(e *editor) { bBefore = e.read(b); e.front(b, `title: "`, `title: "Retitled: `) }},
		// Its sources, cited by other briefs too, are now sources apart
		// with those sources' URLs, warned of: back as they were.
		{"its sources as they were", false, func(e *editor) { e.set(b, bBefore) }},
		{"two briefs of one day", false, func(e *editor) {
			e.set("content/briefs/zz-alpha.md", "---\ntitle: Alpha\ndate: 2031-05-06\nsummary: First.\n---\nAlpha links [[Beta]] and [[Omega]].\n")
			e.set("content/briefs/zz-beta.md", "---\ntitle: Beta\ndate: 2031-05-06\nevents:\n  - date: 2031-05-06\n    text: Alpha happened\n---\nBeta links [[zz-alpha]].\n")
		}},
		{"retitle in place", true, func(e *editor) { e.front("content/briefs/zz-beta.md", `title: Beta`, "title: Omega") }},
		{"retitle past a brief of the same day", true, func(e *editor) {
			e.front("content/briefs/zz-alpha.md", `title: Alpha`, "title: Zulu")
		}},
		{"retitle as an actor is named", true, func(e *editor) {
			name := regexp.MustCompile(`(?m)^name: "?([^"\n]*)`).FindStringSubmatch(e.read(actor))[1]
			e.front("content/briefs/zz-beta.md", `title: Omega`, "title: \""+name+"\"")
			e.appendBody("content/briefs/zz-alpha.md", "\nAnd [["+name+"]].\n")
		}},
		{"retitle back", true, func(e *editor) { e.front("content/briefs/zz-beta.md", `title: .*`, "title: Omega") }},
		{"edit a summary", true, func(e *editor) { e.front("content/briefs/zz-alpha.md", `summary: First.`, "summary: The first.") }},
		{"title, summary and body at once", true, func(e *editor) {
			e.front("content/briefs/zz-alpha.md", `title: Zulu`, "title: Yankee")
			e.front("content/briefs/zz-alpha.md", `summary: .*`, "summary: Still first.")
			e.appendBody("content/briefs/zz-alpha.md", "\nA line.\n")
		}},
		{"a first source", true, func(e *editor) {
			e.front("content/briefs/zz-alpha.md", `\nsummary: `, "\nsources: [{title: \"Alpha's own\"}]\nsummary: ")
		}},
		{"no sources again", true, func(e *editor) { e.front("content/briefs/zz-alpha.md", `\nsources: .*`, "") }},
		{"a source with a URL", true, func(e *editor) {
			e.front("content/briefs/zz-alpha.md", `\nsummary: `, "\nsources: [{title: U, url: \"https://u.example/1\"}]\nsummary: ")
		}},
		{"its URL cited spelt apart", false, func(e *editor) {
			e.front("content/briefs/zz-beta.md", `\ndate: `, "\nsources: [{title: U, publisher: P, url: \"https://u.example/1\"}]\ndate: ")
		}},
		// The warning does not depend on which brief comes first.
		{"the other brief dated first", true, func(e *editor) {
			e.front("content/briefs/zz-beta.md", `\ndate: 2031-05-06`, "\ndate: 2031-04-06")
		}},
		{"and back", true, func(e *editor) { e.front("content/briefs/zz-beta.md", `\ndate: 2031-04-06`, "\ndate: 2031-05-06") }},
		{"spelt alike", false, func(e *editor) { e.front("content/briefs/zz-beta.md", `, publisher: P`, "") }},
		// A note is the brief's: the source stays one, cited alike.
		{"its note given apart", true, func(e *editor) { e.front("content/briefs/zz-beta.md", `title: U,`, "title: U, note: Paywalled.,") }},
		{"another note", true, func(e *editor) { e.front("content/briefs/zz-beta.md", `note: Paywalled.`, "note: p. 3") }},
		{"the day it was read and its copy", true, func(e *editor) {
			e.front("content/briefs/zz-beta.md", `note: p. 3`, "note: p. 3, accessed: 2031-05-07, archive_url: \"https://web.archive.org/web/2031/https://u.example/1\"")
		}},
		// Another author's U is another source of the URL, warned of.
		{"an author", false, func(e *editor) { e.front("content/briefs/zz-beta.md", `title: U,`, "title: U, author: A. Name,") }},
		// One source again, its URL in two forms, warned of.
		{"its URL in another form", false, func(e *editor) {
			e.front("content/briefs/zz-beta.md", `title: U, author: A. Name,`, "title: U,")
			e.front("content/briefs/zz-beta.md", `url: "https://u.example/1"`, `url: "http://www.u.example/1/"`)
		}},
		{"no more", false, func(e *editor) { e.front("content/briefs/zz-beta.md", `\nsources: .*`, "") }},
		{"a title and a date", true, func(e *editor) {
			e.front("content/briefs/zz-alpha.md", `title: Yankee`, "title: X-ray")
			e.front("content/briefs/zz-beta.md", `\ndate: 2031-05-06`, "\ndate: 2031-05-07")
		}},
		{"an event's date", true, func(e *editor) { e.front("content/briefs/zz-beta.md", `date: 2031-05-06`, "date: 2031-05-08") }},
		{"an event's text", true, func(e *editor) { e.front("content/briefs/zz-beta.md", `text: Alpha happened`, "text: Zeta happened") }},
		{"a span leaving out an event", false, func(e *editor) {
			e.front("content/briefs/zz-beta.md", `\ndate: 2031-05-07`, "\ndate: 2031-05-09/2031-05-20")
		}},
		{"an event's date out of a span", false, func(e *editor) {
			e.front("content/briefs/zz-beta.md", `\ndate: 2031-05-09/2031-05-20`, "\ndate: 2031-05-01/2031-05-20")
			e.front("content/briefs/zz-beta.md", `date: 2031-05-08`, "date: 2031-05-30")
		}},
		{"empty title", false, func(e *editor) { e.front("content/briefs/zz-alpha.md", `title: X-ray`, `title: ""`) }},
		{"a title again", false, func(e *editor) { e.front("content/briefs/zz-alpha.md", `title: ""`, "title: X-ray") }},
		{"summary from the body", true, func(e *editor) { e.front(c, `\nsummary: .*`, "") }},
		{"new first paragraph", true, func(e *editor) { e.prependBody(c, "A new first paragraph.\n\n") }},
		{"a summary of its own again", true, func(e *editor) { e.front(c, `\ntitle: `, "\nsummary: \"Written again.\"\ntitle: ") }},
		{"change a date", true, func(e *editor) { e.front(a, `\ndate: .*`, "\ndate: \"1999-12-31\"") }},
		// A line more or less moves the fields below it.
		{"say when it was revised", true, func(e *editor) { e.front(a, `\ndate: .*`, "$0\nupdated: 2000-02-03") }},
		{"revised again", true, func(e *editor) { e.front(a, `\nupdated: .*`, "\nupdated: 2000-03-04") }},
		{"revised before its date", true, func(e *editor) { e.front(a, `\nupdated: .*`, "\nupdated: 1999-01-01") }},
		{"no revision", true, func(e *editor) { e.front(a, `\nupdated: .*`, "") }},
		{"a date that puts a brief first to cite its sources", true, func(e *editor) { e.front(a, `\ndate: .*`, "\ndate: 2099-01-01") }},
		{"and back", true, func(e *editor) { e.front(a, `\ndate: .*`, "\ndate: \"1999-12-31\"") }},
		{"add a known actor", true, func(e *editor) {
			name := regexp.MustCompile(`(?m)^name: "?([^"\n]*)`).FindStringSubmatch(e.read(actor))[1]
			e.front(a, `\nactors: \[`, "\nactors: [\""+name+"\", ")
		}},
		{"and drop it", true, func(e *editor) { e.front(a, `\nactors: \[[^,]*, `, "\nactors: [") }},
		{"no countries", true, func(e *editor) {
			e.front(a, `\ncountries: \[[^\]]*\]`, "\ncountries: []")
		}},
		{"a source of its own", true, func(e *editor) {
			e.front(a, `\nsources:\n`, "\nsources:\n  - title: \"Own dispatch\"\n    url: \"https://own.example/1\"\n")
		}},
		{"its URL", true, func(e *editor) { e.front(a, `https://own.example/1`, "https://own.example/2") }},
		{"a copy the site keeps", false, func(e *editor) { e.set("static/files/own.pdf", "%PDF") }},
		{"its URL the copy's", true, func(e *editor) { e.front(a, `https://own.example/2`, "/files/own.pdf") }},
		{"another copy, not there", false, func(e *editor) { e.front(a, `/files/own.pdf`, "/files/other.pdf") }},
		{"the copy's again", false, func(e *editor) { e.front(a, `/files/other.pdf`, "/files/own.pdf") }},
		{"the copy gone", false, func(e *editor) { e.del("static/files/own.pdf") }},
		{"its URL again", false, func(e *editor) { e.front(a, `/files/own.pdf`, "https://own.example/2") }},
		{"an alias", true, func(e *editor) { e.front(a, `\ntitle: `, "\naliases: [old-name-of-a]\ntitle: ") }},
		{"a wikilink to the old name", true, func(e *editor) { e.appendBody(d, "\nAs [[old-name-of-a]] said.\n") }},
		{"another alias, taken", true, func(e *editor) { e.front(a, `old-name-of-a\]`, "old-name-of-a, timeline/]") }},
		{"no aliases", true, func(e *editor) { e.front(a, `\naliases: .*`, "") }},
		// An old slug whose key is the title's: the name table leads
		// both to a alike, and only the alias lets a link to the old
		// page go to a's.
		{"an alias as its title's slug, linked to", true, func(e *editor) {
			e.front(a, `\ntitle: .*`, "\naliases: [funding-gap]\ntitle: Funding gap")
			e.appendBody(d, "\nSee [the old page](/briefs/funding-gap/).\n")
		}},
		{"that alias dropped", true, func(e *editor) { e.front(a, `\naliases: .*`, "") }},
		{"a broken wikilink", true, func(e *editor) { e.appendBody(a, "\nSee [[Nobody At All]].\n") }},
		{"a comment line", true, func(e *editor) { e.front(a, `\ntitle: `, "\n# A note to the desk.\ntitle: ") }},
		{"an event line", true, func(e *editor) { addEvent(e, a, "1999-12-30", "Eve of it", "    actors: [\""+nameOf(e, actor)+"\"]\n") }},
		{"another event line, first", true, func(e *editor) { addEvent(e, a, "1999-12-29", "Before the eve", "") }},
		{"a country named only by an event line", true, func(e *editor) {
			e.front(a, `\n    text: "Eve of it"\n`, "$0    countries: [\"Eventonia\"]\n")
		}},
		{"a line above it", false, func(e *editor) { e.front(a, `\n# A note to the desk.\n`, "\n# A note.\n# Another.\n") }},
		{"the country named only there dropped", true, func(e *editor) { e.front(a, `\n    countries: \["Eventonia"\]\n`, "\n") }},
		{"the event lines gone", true, func(e *editor) {
			e.front(a, `\n  - date: 1999-12-29\n    text: "Before the eve"\n`, "\n")
			e.front(a, `\n  - date: 1999-12-30\n    text: "Eve of it"\n    actors: .*\n`, "\n")
		}},
		{"the source of its own gone", true, func(e *editor) {
			e.front(a, `\n  - title: "Own dispatch"\n    url: "https://own.example/2"\n`, "\n")
		}},
		{"and back", true, func(e *editor) {
			e.front(a, `\nsources:\n`, "\nsources:\n  - title: \"Own dispatch\"\n    url: \"https://own.example/1\"\n")
		}},
		{"its title", true, func(e *editor) { e.front(a, `"Own dispatch"`, `"Zz own dispatch"`) }},
		// A source's title edited in one brief of those citing it makes a
		// source of its own with the same URL, which is warned of; until
		// the titles agree again, its briefs take the full path.
		{"a shared source's title", false, func(e *editor) {
			src := e.read(a)
			aBefore = src
			title := regexp.MustCompile(`(?m)^  - title: "([^"]*)"\n    publisher`).FindStringSubmatch(src)[1]
			e.set(a, strings.Replace(src, `"`+title+`"`, `"`+title+`, edited"`, 1))
		}},
		{"two sources' titles", false, func(e *editor) {
			e.front(a, `(?m)^(  - title: "[^"]*)"\n    publisher`, `$1, again"`+"\n    publisher")
		}},
		{"the titles as they were", false, func(e *editor) { e.set(a, aBefore) }},
		{"a new actor", true, func(e *editor) { e.front(a, `\nactors: \[`, "\nactors: [\"Someone Else\", ") }},
		{"drop the new actor", true, func(e *editor) { e.front(a, `"Someone Else", `, "") }},
		{"the new actor again", true, func(e *editor) { e.front(a, `\nactors: \[`, "\nactors: [\"Someone Else\", ") }},
		{"a line above the new actor", true, func(e *editor) { e.front(a, `\n# Another.\n`, "$0# And one more.\n") }},
		{"a new country", true, func(e *editor) { e.front(c, `\ncountries: \[`, "\ncountries: [\"Bhutan\", \"BTN\", ") }},
		{"drop the new country", true, func(e *editor) { e.front(c, `"Bhutan", "BTN", `, "") }},
		{"a country brief does not know", true, func(e *editor) { e.front(c, `\ncountries: \[`, "\ncountries: [\"Narnia\", ") }},
		{"and drop it", true, func(e *editor) { e.front(c, `"Narnia", `, "") }},
		{"a new actor that looks misspelt", true, func(e *editor) { e.front(c, `\nactors: \[`, "\nactors: [\"Someone Elsa\", ") }},
		{"a line above the misspelt name", true, func(e *editor) { e.front(c, `\ntitle: `, "\n# Check this name.\ntitle: ") }},
		{"and drop that", true, func(e *editor) { e.front(c, `"Someone Elsa", `, "") }},
		{"add an alias", false, func(e *editor) { e.front(actor, `\nkind: `, "\naliases: [\"Zed Alias\"]\nkind: ") }},
		{"link to the alias", true, func(e *editor) { e.appendBody(a, "\nAs [[Zed Alias]] said.\n") }},
		{"move the alias", false, func(e *editor) {
			e.front(actor, `\naliases: \[.*\]`, "")
			// other may have aliases of its own: Zed Alias replaces them.
			src := regexp.MustCompile(`\naliases: \[.*\]`).ReplaceAllString(e.read(other), "")
			e.set(other, strings.Replace(src, "\nkind: ", "\naliases: [\"Zed Alias\"]\nkind: ", 1))
		}},
		{"profile summary edit", true, func(e *editor) { e.front(actor, `\nsummary: "`, "\nsummary: \"Edited: ") }},
		{"profile kind edit", true, func(e *editor) { e.front(actor, `\nkind: \w+`, "\nkind: envoy") }},
		{"a broken wikilink in a profile", true, func(e *editor) { e.appendBody(actor, "\nSee [[Nobody At All]].\n") }},
		{"a wikilink a letter from a brief's title", true, func(e *editor) {
			title := regexp.MustCompile(`(?m)^title: "?([^"\n]*)`).FindStringSubmatch(e.read(d))[1]
			e.appendBody(a, "\nSee [["+title[:len(title)-1]+"]].\n") // warned of, with the title suggested
		}},
		{"retitle the brief it was near", true, func(e *editor) { e.front(d, `\ntitle: .*`, "\ntitle: \"Wholly another title\"") }},
		{"profile summary from the body", true, func(e *editor) { e.front(actor, `\nsummary: .*`, "") }},
		{"profile summary again", true, func(e *editor) { e.front(actor, `\z`, "\nsummary: \"Back again.\"") }},
		{"profile body edit", true, func(e *editor) { e.appendBody(actor, "\nA profile line, about [["+bSlug+"]].\n") }},
		{"blank a profile body", true, func(e *editor) {
			src := e.read(actor)
			i := strings.Index(src[3:], "\n---\n") + 3 + len("\n---\n")
			e.set(actor, src[:i])
		}},
		{"delete the linked brief", false, func(e *editor) { e.del(b) }},
		{"broken front matter", false, func(e *editor) { e.set(c, "---\ntitle: [unclosed\n---\nBody.\n") }},
		{"body edit of the broken brief", false, func(e *editor) { e.appendBody(c, "More body.\n") }},
		{"fix it", false, func(e *editor) { e.set(c, valid("Fixed")) }},
		{"a field in error", false, func(e *editor) { e.front(c, `date: 2024-03`, "date: 2024-13") }},
		{"body edit of the brief with a field in error", false, func(e *editor) { e.appendBody(c, "See [[Nobody Else]].\n") }},
		{"its field mended", false, func(e *editor) { e.front(c, `date: 2024-13`, "date: 2024-04") }},
		{"new brief", false, func(e *editor) {
			e.set("content/briefs/zz-new.md", "---\ntitle: New\ndate: 2025-01-02\nactors: [Someone New]\n---\nLinks to [[zz-new]] and [[nobody]].\n")
		}},
		{"profile summary and body edit", true, func(e *editor) {
			e.set("content/countries/kenya.md", "---\nname: Kenya\nsummary: \"\"\n---\nEdited profile, linking [[zz-new]].\n")
		}},
		{"save through a temporary file", true, func(e *editor) {
			src := e.read(a) + "\nSaved as some editors save.\n"
			e.set("content/briefs/sedX1y2Z3", src) // written, then renamed over a
			e.del("content/briefs/sedX1y2Z3")
			e.set(a, src)
		}},
		{"add a bundle folder", false, func(e *editor) {
			e.set("content/briefs/zz-bundle/index.md", "---\ntitle: Bundle\ndate: 2030-01-01\n---\nIn a folder.\n")
		}},
		{"delete the bundle folder", false, func(e *editor) {
			e.remove("content/briefs/zz-bundle/index.md")
			e.changed = append(e.changed, "content/briefs/zz-bundle")
		}},
		{"two bodies at once", true, func(e *editor) {
			e.appendBody(a, "\nOne more line.\n")
			e.appendBody(d, "\nAnd here, linking [[zz-new]].\n")
		}},
		{"a template and a body", true, func(e *editor) {
			e.appendBody(a, "\nYet another line.\n")
			e.changed = append(e.changed, "templates/brief.html") // not there: the theme's own
		}},
		{"a draft", false, func(e *editor) {
			e.set("content/briefs/zz-draft.md", "---\ntitle: Unfinished piece\ndraft: true\n---\nNot yet.\n")
		}},
		{"a link to the draft", true, func(e *editor) { e.appendBody(a, "\nSee [[Unfinished piece]].\n") }},
		{"a Markdown link to the draft", true, func(e *editor) { e.appendBody(a, "\nAnd [the piece](zz-draft.md).\n") }},
		{"the draft's body", true, func(e *editor) { e.appendBody("content/briefs/zz-draft.md", "\nMore, not yet.\n") }},
		{"publish the draft", false, func(e *editor) { e.front("content/briefs/zz-draft.md", `\ndraft: true`, "") }},
		{"back to a draft", false, func(e *editor) { e.front("content/briefs/zz-draft.md", `\z`, "\ndraft: true") }},
		{"retitle the draft", false, func(e *editor) { e.front("content/briefs/zz-draft.md", `title: .*`, "title: Another piece") }},
		{"a draft of the name a broken link gives", false, func(e *editor) {
			e.set("content/briefs/zz-draft-2.md", "---\ntitle: Nobody At All\ndraft: true\n---\nNot yet.\n")
		}},
		{"a static file", false, func(e *editor) { e.set("static/extra.txt", "hello\n") }},
		{"delete the static file", false, func(e *editor) { e.del("static/extra.txt") }},
		{"a file the listing skips", false, func(e *editor) { e.set("content/briefs/notes.txt", "not a brief\n") }},
		{"delete the skipped file", false, func(e *editor) { e.del("content/briefs/notes.txt") }},
		{"a bundle asset", false, func(e *editor) {
			e.set("content/briefs/zz-pics/index.md", "---\ntitle: Pictures\ndate: 2030-02-01\n---\n![A map](map.png)\n")
			e.set("content/briefs/zz-pics/map.png", "not really a picture")
		}},
		{"delete the bundle asset", false, func(e *editor) { e.del("content/briefs/zz-pics/map.png") }},
		{"delete the site file", false, func(e *editor) {
			siteFile = e.read("brief.yaml")
			e.del("brief.yaml")
		}},
		{"the site file back", false, func(e *editor) { e.set("brief.yaml", siteFile) }},
		{"link mentions on", false, func(e *editor) { e.set("brief.yaml", e.read("brief.yaml")+"link_mentions: true\n") }},
		{"body edit with mentions", true, func(e *editor) { e.appendBody(a, "\nSomeone Else spoke.\n") }},
		{"the site in French", false, func(e *editor) {
			site := regexp.MustCompile(`(?m)^language: .*\n`).ReplaceAllString(e.read("brief.yaml"), "")
			e.set("brief.yaml", site+"language: fr\ntranslations:\n  Related briefs: Voir aussi\n")
		}},
		{"a country named in French", true, func(e *editor) { e.front(a, `\ncountries: \[`, "\ncountries: [\"Pays-Bas\", ") }},
		{"a brief's params", false, func(e *editor) { e.front(a, `\ntitle: `, "\nparams: {author: A. Writer, words: 900}\ntitle: ") }},
		{"a param edited", false, func(e *editor) { e.front(a, `author: A. Writer`, "author: B. Writer") }},
		{"a profile's params", false, func(e *editor) { e.front(actor, `\nname: `, "\nparams: {born: 1966}\nname: ") }},
		{"a mention of no one yet", true, func(e *editor) { e.appendBody(d, "\nThe Quiet Newcomer spoke too.\n") }},
		{"a new actor mentioned elsewhere", true, func(e *editor) { e.front(a, `\nactors: \[`, "\nactors: [\"The Quiet Newcomer\", ") }},
		{"rename a profile", false, func(e *editor) {
			src := e.read(other)
			e.del(other)
			e.set("content/actors/renamed.md", src)
		}},
		{"missed events", false, func(e *editor) {
			e.appendBody(a, "\nAfter missed events.\n")
			e.changed = []string{""}
		}},
		{"draft", false, func(e *editor) { e.front(d, `\ndate: `, "\ndraft: true\ndate: ") }},
		{"body edit of a draft", true, func(e *editor) { e.appendBody(d, "\nDraft text.\n") }},
		{"delete a profile", false, func(e *editor) { e.del(actor) }},
		// A standalone page's file is built in full; a page's body links
		// to briefs, whose titles a brief's edit in place changes.
		{"a new page", false, func(e *editor) {
			e.set("content/about.md", "---\ntitle: About\n---\nWe follow [["+strings.TrimSuffix(filepath.Base(a), ".md")+"]].\n")
		}},
		{"a page's body", false, func(e *editor) { e.appendBody("content/about.md", "\nMore about us.\n") }},
		{"a page retitled", false, func(e *editor) { e.front("content/about.md", `\ntitle: About`, "\ntitle: About this desk") }},
		{"a second page", false, func(e *editor) {
			e.set("content/methodology.md", "---\ntitle: Methodology\nweight: -1\n---\nHow.\n")
		}},
		{"the brief a page links retitled", true, func(e *editor) { e.front(a, `\ntitle: "?`, "\ntitle: Paged ") }},
		{"a brief's body beside pages", true, func(e *editor) { e.appendBody(a, "\nSee [the desk](/about/).\n") }},
		{"a brief links a page's file", true, func(e *editor) { e.appendBody(a, "\nSee [about us](../about.md).\n") }},
		{"a brief's wikilink to a page", true, func(e *editor) { e.appendBody(a, "\nSee [[About this desk]] and [[methodology#How]].\n") }},
		{"the page it links retitled", false, func(e *editor) { e.front("content/about.md", `\ntitle: About this desk`, "\ntitle: About us") }},
		{"a page in a folder", false, func(e *editor) {
			e.set("content/team/index.md", "---\ntitle: Our team\n---\n![The team](team.jpg)\n")
			e.set("content/team/team.jpg", "not really a picture")
		}},
		{"the page folder's file", false, func(e *editor) { e.set("content/team/team.jpg", "another picture") }},
		{"delete the page folder's file", false, func(e *editor) { e.del("content/team/team.jpg") }},
		{"delete a page", false, func(e *editor) { e.del("content/about.md") }},
	}
}

// brokenSteps are the steps of edits that leave the site with errors.
var brokenSteps = map[string]bool{
	"empty title": true, "broken front matter": true, "body edit of the broken brief": true,
	"a field in error": true, "body edit of the brief with a field in error": true,
	"another copy, not there": true, "the copy gone": true,
}

// afterAll is the time the cache tests are built at: after every date
// they give, so that none is warned of as after today, whenever they run.
func afterAll() time.Time { return time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC) }

// cacheSites is the number of briefs of the sites the cache tests edit.
const cacheSites = 40

// testCache builds after each step of edits with a cache told the changed
// paths and no cache, and compares; with checkAll, also with a cache that
// checks every file.
func testCache(t *testing.T, fsys fs.FS, e *editor, seed int64, workers func(i int) int, checkAll bool) {
	told, checking := build.NewCache(), build.NewCache()
	opts := func(i int, c *build.Cache, changed []string) build.Options {
		return build.Options{Cache: c, Changed: changed, Workers: workers(i), Now: afterAll}
	}
	prev := built(t, fsys, opts(0, told, nil))
	if checkAll {
		built(t, fsys, opts(0, checking, nil))
	}
	for i, st := range edits(cacheSites, seed) {
		e.changed = []string{}
		st.do(e)
		want := built(t, fsys, build.Options{Now: afterAll})
		got := built(t, fsys, opts(i, told, e.changed))
		sameSnapshot(t, st.name+" (told what changed)", got, want)
		// A site with errors has no files to compare: only the steps
		// that break it on purpose may leave it so.
		if broken := want.files == nil; broken != brokenSteps[st.name] {
			t.Errorf("%s: the site has errors = %v, want %v: %v", st.name, broken, brokenSteps[st.name], want.diags)
		}
		if inPlace := got.site == prev.site; inPlace != st.patch {
			t.Errorf("%s: site changed in place = %v, want %v", st.name, inPlace, st.patch)
		}
		prev = got
		if checkAll {
			sameSnapshot(t, st.name, built(t, fsys, opts(i, checking, nil)), want)
		}
	}
}

func TestCacheMapFS(t *testing.T) {
	fsys := corpus.Generate(cacheSites, 5)
	e := &editor{
		read:   func(name string) string { return string(fsys[name].Data) },
		write:  func(name, data string) { fsys[name] = &fstest.MapFile{Data: []byte(data)} },
		remove: func(name string) { delete(fsys, name) },
	}
	testCache(t, fsys, e, 5, func(int) int { return 0 }, !testing.Short()) // a cache checking every file too, but with -short
}

func TestCacheDisk(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.WriteDir(dir, cacheSites, 6); err != nil {
		t.Fatal(err)
	}
	e := &editor{
		read: func(name string) string {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			return string(data)
		},
		write: func(name, data string) {
			p := filepath.Join(dir, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		},
		remove: func(name string) { os.Remove(filepath.Join(dir, name)) },
	}
	testCache(t, os.DirFS(dir), e, 6, func(i int) int { return 1 + i%3 }, false)
}

// TestCacheStale checks that a cache told what changed trusts it: a file
// changed behind its back, and not listed, keeps what the cache read.
// This is what makes a rebuild cheap, and why serve must list every path.
func TestCacheStale(t *testing.T) {
	fsys := corpus.Generate(20, 3)
	a := corpus.BriefFiles(20, 3)[0]
	page := "briefs/" + strings.TrimSuffix(filepath.Base(a), ".md") + "/index.html"
	cache := build.NewCache()
	built(t, fsys, build.Options{Cache: cache})
	fsys[a] = &fstest.MapFile{Data: append(bytes.Clone(fsys[a].Data), "\nUnseen line.\n"...)}
	if got := built(t, fsys, build.Options{Cache: cache, Changed: []string{}}); bytes.Contains(got.files[page], []byte("Unseen line.")) {
		t.Errorf("a file not listed as changed was read again")
	}
	if got := built(t, fsys, build.Options{Cache: cache, Changed: []string{a}}); !bytes.Contains(got.files[page], []byte("Unseen line.")) {
		t.Errorf("a file listed as changed was not read again")
	}
}

// TestReviseFallbackKeepsSite edits two briefs at once: a title and an
// event line that move, revised in place, then a date that makes a span
// leaving out its brief's event line, which resolve.Revise leaves to a
// full build. It checks that the build falls back to a full one and leaves
// the last build's site, which serve may still be showing, as it was.
func TestReviseFallbackKeepsSite(t *testing.T) {
	fsys := corpus.Generate(60, 5)
	brief := func(slug, title, date, event, source string) {
		fsys["content/briefs/"+slug+".md"] = &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\ndate: " + date +
			"\nsources:\n  - title: " + source + "\nevents:\n  - date: " + event + "\n    text: " + slug + " event\n---\n" +
			slug + " links [[Alpha]].\n")}
	}
	brief("zz-alpha", "Alpha", "2031-05-06", "2031-05-01", "Shared")
	brief("zz-beta", "Beta", "2031-05-06", "2031-05-02", "Beta's own")
	brief("zz-gamma", "Gamma", "2031-05-06", "2031-05-03", "shared") // Shared, spelt otherwise
	c := build.NewCache()
	first := build.Build(context.Background(), fsys, build.Options{Cache: c})
	if first.Files == nil {
		t.Fatalf("build failed: %v", first.Diags.Sorted())
	}
	type seen struct{ title, date, html, timeline, sources string }
	look := func(s *site.Site) (map[string]seen, []string) {
		out := map[string]seen{}
		var order []string
		for _, b := range s.Briefs {
			out[b.Slug] = seen{title: b.Title, date: b.Date.String(), html: string(b.HTML())}
			order = append(order, b.Slug)
		}
		for _, src := range s.Sources {
			order = append(order, src.ID+" "+src.Title)
			for _, b := range src.Briefs {
				sn := out[b.Slug]
				sn.sources += src.ID + " "
				out[b.Slug] = sn
			}
		}
		for _, ev := range s.Timeline {
			order = append(order, ev.Text+" "+ev.Date.String())
			if ev.OfBrief {
				sn := out[ev.Brief.Slug]
				sn.timeline = ev.Text + " " + ev.Date.String()
				out[ev.Brief.Slug] = sn
				order = append(order, ev.Brief.Slug)
			}
		}
		return out, order
	}
	before, beforeOrder := look(first.Site)
	brief("zz-beta", "Zulu", "2031-05-06", "2031-05-04", "Zulu's own")          // moves past Gamma, revised first, with its event and source
	brief("zz-gamma", "Gamma", "2031-05-04/2031-05-10", "2031-05-03", "shared") // its event outside its span
	second := build.Build(context.Background(), fsys, build.Options{Cache: c, Changed: []string{"content/briefs/zz-beta.md", "content/briefs/zz-gamma.md"}})
	if second.Site == first.Site {
		t.Fatal("a span leaving out its brief's event was patched in place")
	}
	sameSnapshot(t, "two revisions", snapshotOf(t, fsys, second), built(t, fsys, build.Options{}))
	after, afterOrder := look(first.Site)
	for slug, want := range before {
		if got := after[slug]; got != want {
			t.Errorf("%s: the last build's site changed from %+v to %+v", slug, want, got)
		}
	}
	if !slices.Equal(afterOrder, beforeOrder) {
		t.Errorf("the last build's briefs and timeline went from\n%v\nto\n%v", beforeOrder, afterOrder)
	}
	if tg := first.Site.Names["beta"]; tg.Brief == nil || tg.Brief.Slug != "zz-beta" {
		t.Errorf("the last build's name table has beta → %+v, want zz-beta", tg)
	}
}

// TestCacheKindLink checks that a link to a profile's file by its kind's
// folder, ../topics/bhutan.md, leads where a build without the cache
// takes it once a topic of a name a country already has is added.
func TestCacheKindLink(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\n---\nSee [the topic](../topics/bhutan.md).\n")},
		"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2024\nsources: [S]\ncountries: [Kenya]\ntopics: [T]\n---\nB.\n")},
	}
	cache := build.NewCache()
	built(t, fsys, build.Options{Cache: cache})
	for i, front := range []string{"countries: [Bhutan, Kenya]\ntopics: [T]", "countries: [Bhutan, Kenya]\ntopics: [Bhutan, T]"} {
		fsys["content/briefs/b.md"] = &fstest.MapFile{Data: []byte("---\ntitle: B\ndate: 2024\nsources: [S]\n" + front + "\n---\nB.\n")}
		got := built(t, fsys, build.Options{Cache: cache, Changed: []string{"content/briefs/b.md"}})
		sameSnapshot(t, fmt.Sprint("step ", i+1), got, built(t, fsys, build.Options{}))
	}
	if page := built(t, fsys, build.Options{}).files["briefs/a/index.html"]; !bytes.Contains(page, []byte(`<a href="../../topics/bhutan/index.html">the topic</a>`)) {
		t.Error("the link does not lead to the topic")
	}
}
