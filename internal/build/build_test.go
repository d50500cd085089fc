package build

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/render"
	"github.com/briefsite/brief/internal/site"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func renderAll(t *testing.T, res *Result, src fs.FS) map[string][]byte {
	t.Helper()
	if res.Diags.HasErrors() {
		t.Fatalf("build failed:\n%v", res.Diags.Sorted())
	}
	files, err := render.Files(res.Files, src)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestGolden compares the whole built fixture with testdata/golden. Run
// `go test ./internal/build -update` to rewrite it, and read the diff.
func TestGolden(t *testing.T) {
	fsys := fixture()
	res := Build(context.Background(), fsys, Options{})
	files := renderAll(t, res, fsys)
	for name := range files {
		if strings.HasPrefix(name, "assets/") {
			delete(files, name) // the theme's own files change with the theme, not the content
		}
	}
	golden := filepath.Join("testdata", "golden")
	if *update {
		os.RemoveAll(golden)
		for name, data := range files {
			p := filepath.Join(golden, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	var want []string
	filepath.WalkDir(golden, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(golden, p)
			want = append(want, filepath.ToSlash(rel))
		}
		return nil
	})
	var got []string
	for name := range files {
		got = append(got, name)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("file list differs from golden (run with -update):\ngot  %q\nwant %q", got, want)
	}
	for _, name := range want {
		data, err := os.ReadFile(filepath.Join(golden, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(files[name], data) {
			t.Errorf("%s differs from golden file (run with -update and review the diff)", name)
		}
	}
}

// TestDeterministic builds the fixture with one worker and with many and
// expects byte-identical output.
func TestDeterministic(t *testing.T) {
	fsys := fixture()
	one := renderAll(t, Build(context.Background(), fsys, Options{Workers: 1}), fsys)
	many := renderAll(t, Build(context.Background(), fsys, Options{Workers: 8}), fsys)
	if len(one) != len(many) {
		t.Fatalf("-j 1 wrote %d files, -j 8 wrote %d", len(one), len(many))
	}
	for name, data := range one {
		if !bytes.Equal(data, many[name]) {
			t.Errorf("%s differs between -j 1 and -j 8", name)
		}
	}
}

// TestWriteMatchesBuild writes the fixture to disk as brief build does,
// dropping each body's Markdown once converted and holding its HTML
// packed until its last page is written, and expects the files of an
// in-memory build, byte for byte.
func TestWriteMatchesBuild(t *testing.T) {
	fsys := fixture()
	want := renderAll(t, Build(context.Background(), fsys, Options{}), fsys)
	dir := filepath.Join(t.TempDir(), "public")
	res, _, err := Write(context.Background(), fsys, "", dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Diags.HasErrors() {
		t.Fatalf("build failed:\n%v", res.Diags.Sorted())
	}
	if slices.ContainsFunc(res.Site.Briefs, func(b *site.Brief) bool { return b.Body != nil || !b.BodyHTML.IsZero() }) {
		t.Error("a brief kept its Markdown or HTML after the build wrote it")
	}
	got := map[string][]byte{}
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == output.Marker {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		got[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Errorf("wrote %d files, want %d", len(got), len(want))
	}
	for name, data := range want {
		if !bytes.Equal(got[name], data) {
			t.Errorf("%s differs from the in-memory build", name)
		}
	}
}

// cancelOnOpen is a file system that cancels a build when it opens the
// file name, as Ctrl-C would at that moment.
type cancelOnOpen struct {
	fs.FS
	name   string
	cancel context.CancelFunc
}

func (c cancelOnOpen) Open(name string) (fs.File, error) {
	if name == c.name {
		c.cancel()
	}
	return c.FS.Open(name)
}

// TestWriteCancelled checks that a build cancelled while it writes is an
// error and leaves the output as it was.
func TestWriteCancelled(t *testing.T) {
	fsys := fixture()
	fsys["static/files/z.txt"] = &fstest.MapFile{Data: []byte("z")}
	dir := filepath.Join(t.TempDir(), "public")
	if _, _, err := Write(context.Background(), fsys, "", dir, Options{}); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	fsys["content/briefs/extra.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Extra\ndate: 2025\nsources: [S]\n---\nText.\n")}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	res, _, err := Write(ctx, cancelOnOpen{fsys, "static/files/z.txt", cancel}, "", dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Diags.Sorted(), func(d diag.Diagnostic) bool { return d.Severity == diag.Error && d.Msg == "build cancelled" }) {
		t.Errorf("a cancelled build reports:\n%v", res.Diags.Sorted())
	}
	after, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil || !bytes.Equal(after, before) {
		t.Errorf("a cancelled build changed the output (%v)", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "briefs", "extra")); err == nil {
		t.Error("a cancelled build wrote a new brief's page")
	}
}

// TestWriteLeftovers checks that a build warns of the temporary folder a
// build killed while writing left beside the output, and keeps it.
func TestWriteLeftovers(t *testing.T) {
	parent := t.TempDir()
	left := filepath.Join(parent, ".public.tmp-123")
	if err := os.Mkdir(left, 0o755); err != nil {
		t.Fatal(err)
	}
	res, _, err := Write(context.Background(), fixture(), "", filepath.Join(parent, "public"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Diags.Sorted(), func(d diag.Diagnostic) bool { return d.Pos.File == left && d.Severity == diag.Warning }) {
		t.Errorf("no warning of %s:\n%v", left, res.Diags.Sorted())
	}
	// One holding a gh-pages worktree's .git, which a failed write could
	// not put back, says so; not of the .htaccess its marker lists, a
	// copy of static/'s.
	for name, text := range map[string]string{".git": "gitdir: x\n", ".htaccess": "x", output.Marker: "brief\n\n.htaccess\nindex.html\n"} {
		if err := os.WriteFile(filepath.Join(left, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, _, err = Write(context.Background(), fixture(), "", filepath.Join(parent, "public"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Diags.Sorted(), func(d diag.Diagnostic) bool {
		return d.Pos.File == left && strings.Contains(d.Msg, "; it holds .git, which may be public's own: move it back")
	}) {
		t.Errorf("no warning of the .git in %s:\n%v", left, res.Diags.Sorted())
	}
	if _, err := os.Stat(left); err != nil {
		t.Errorf("the leftover folder is gone: %v", err)
	}
}

// TestWriteOldLeftover checks that an old copy of the output that a
// build replaced but could not delete is told as such, not as left by a
// build stopped while it wrote, and named from the site root, where
// diag.PrintIn names it from, wherever the output is.
func TestWriteOldLeftover(t *testing.T) {
	tests := []struct {
		name, src, out, want string
	}{
		{"beside the site's public", "site", "site/public", ".public.tmp-7.old"},
		{"elsewhere", "site", "www/html", "../www/.html.tmp-7.old"},
		{"with no site root", "", "www/html", "www/.html.tmp-7.old"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			out := filepath.FromSlash(tt.out)
			old := filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".tmp-7.old")
			if err := os.MkdirAll(old, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(tt.src, 0o755); err != nil && tt.src != "" {
				t.Fatal(err)
			}
			res, _, err := Write(context.Background(), fixture(), tt.src, out, Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := "an old copy of " + filepath.Base(out) + " that a build replaced but could not delete, or was stopped deleting; delete it"
			if !slices.ContainsFunc(res.Diags.Sorted(), func(d diag.Diagnostic) bool {
				return d.Pos.File == tt.want && strings.HasPrefix(d.Msg, want)
			}) {
				t.Errorf("no warning at %s that says %q:\n%v", tt.want, want, res.Diags.Sorted())
			}
			// Not twice when the build's own write told of it.
			var diags diag.List
			abs, _ := filepath.Abs(old)
			warnLeftovers(tt.src, out, map[string]bool{abs: true}, &diags)
			if len(diags.Sorted()) > 0 {
				t.Errorf("a leftover the write told of is told again: %v", diags.Sorted())
			}
			// Nor one inside the output, of a build in place, which
			// is told of as published with it.
			inside := filepath.Join(out, ".brief-tmp-7.old")
			if err := os.MkdirAll(filepath.Join(inside, ".htaccess"), 0o755); err != nil {
				t.Fatal(err)
			}
			diags = diag.List{}
			warnLeftovers(tt.src, out, map[string]bool{abs: true}, &diags)
			got := diags.Sorted()
			want = "an old copy of " + filepath.Base(out) + " that a build replaced but could not delete, or was stopped deleting; it is inside " + filepath.Base(out) + ", and published with it until deleted; delete it"
			if len(got) != 1 || !strings.HasPrefix(got[0].Msg, want) {
				t.Errorf("of a leftover inside the output: %v, want one that says %q", got, want)
			}
			inAbs, _ := filepath.Abs(inside)
			diags = diag.List{}
			warnLeftovers(tt.src, out, map[string]bool{abs: true, inAbs: true}, &diags)
			if len(diags.Sorted()) > 0 {
				t.Errorf("a leftover inside the output the write told of is told again: %v", diags.Sorted())
			}
		})
	}
}

// TestWriteGone checks that Write warns of the pages the last build into
// the folder wrote and this one does not, once the new site is in place,
// and not when the site has errors, which leave the old one.
func TestWriteGone(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	fsys := fixture()
	gone := func(res *Result) []string {
		var got []string
		for _, d := range res.Diags.Sorted() {
			if strings.HasPrefix(d.Msg, "the last build wrote") {
				got = append(got, d.String())
			}
		}
		return got
	}
	for i, tt := range []struct {
		name string
		edit func()
		want []string
	}{
		{"a first build", func() {}, nil},
		{"a brief's file renamed", func() {
			fsys["content/briefs/talks-resumed.md"] = fsys["content/briefs/talks-resume.md"]
			delete(fsys, "content/briefs/talks-resume.md")
		}, []string{filepath.Join(dir, "briefs", "talks-resume") + "/: warning: the last build wrote this page and this one does not; links and bookmarks to it will break: if it moved, keep its old address with aliases: [talks-resume] in the front matter of its new file"}},
		{"the same again", func() {}, nil},
		{"an error", func() {
			fsys["content/briefs/funding-gap-2.md"] = fsys["content/briefs/funding-gap.md"]
			delete(fsys, "content/briefs/funding-gap.md")
			fsys["content/briefs/broken.md"] = &fstest.MapFile{Data: []byte("---\ndate: 2024\n---\nNo title.\n")}
		}, nil},
	} {
		tt.edit()
		res, _, err := Write(context.Background(), fsys, "", dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := gone(res); !slices.Equal(got, tt.want) {
			t.Errorf("%d. %s: got\n%s\nwant\n%s", i, tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
		if tt.name == "an error" && !res.Diags.HasErrors() {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

// TestWarnGone checks what a build says of the pages the last build
// wrote and this one does not: each page or feed, a folder's page and
// its feed as one, a brief's with the alias that keeps its address, no
// other file, and beyond maxGone a count.
func TestWarnGone(t *testing.T) {
	const (
		page  = "warning: the last build wrote this page and this one does not; links and bookmarks to it will break"
		moved = ": if it moved, keep its old address with aliases: [%s] in the front matter of its new file"
	)
	var many []string
	var manyWant []string
	for i := range 25 {
		many = append(many, fmt.Sprintf("briefs/b%02d/index.html", i))
		if i < maxGone {
			manyWant = append(manyWant, fmt.Sprintf("public/briefs/b%02d/: "+page+moved, i, fmt.Sprintf("b%02d", i)))
		}
	}
	manyWant = append(manyWant, "public/briefs/b10/: warning: the last build wrote this page and 14 more after it that this one does not; links and bookmarks to them will break")
	eleven := append(slices.Clone(manyWant[:maxGone]), fmt.Sprintf("public/briefs/b%02d/: "+page+moved, maxGone, fmt.Sprintf("b%02d", maxGone)))
	for _, tt := range []struct {
		name     string
		src, out string
		gone     []string
		want     []string
	}{
		{"none", ".", "public", nil, nil},
		{"a brief's page", ".", "public", []string{"briefs/strain-in-kenyan-ranks/index.html"},
			[]string{"public/briefs/strain-in-kenyan-ranks/: " + page + fmt.Sprintf(moved, "strain-in-kenyan-ranks")}},
		{"other files", ".", "public", []string{"briefs/a/map.png", "search-index.json", "data/briefs.json", "style.css", "sitemap.xml"}, nil},
		{"pages of other sections", ".", "public", []string{"actors/ruto/index.html", "briefs/by-year/index.html", "briefs/by-year/2024/index.html", "2024/06/deploys.html"},
			[]string{"public/2024/06/deploys.html: " + page, "public/actors/ruto/: " + page + ": if its actor was renamed, keep its old address with aliases: [/actors/ruto/] in the front matter of its file in content/actors (write one if it has none); if the briefs that named it are drafts now, -drafts builds it", "public/briefs/by-year/: " + page, "public/briefs/by-year/2024/: " + page}},
		{"a page and its feed", ".", "public", []string{"topics/pay/feed.xml", "topics/pay/index.html"},
			[]string{"public/topics/pay/: warning: the last build wrote this page and its feed, and this one does not; links, bookmarks and feed readers' subscriptions to them will break: if its topic was renamed, keep its old address with aliases: [/topics/pay/] in the front matter of its file in content/topics (write one if it has none); if the briefs that named it are drafts now, -drafts builds it"}},
		{"a feed alone", ".", "public", []string{"topics/pay/feed.xml"},
			[]string{"public/topics/pay/feed.xml: warning: the last build wrote this feed and this one does not; feed readers subscribed to it will get nothing new"}},
		{"a brief now a draft", ".", "public", []string{"briefs/talks/index.html"},
			[]string{"public/briefs/talks/: " + page + ": its brief, content/briefs/talks.md, is a draft, which this build leaves out (-drafts builds it)"}},
		{"many", ".", "public", many, manyWant},
		{"one more than named", ".", "public", many[:maxGone+1], eleven},
		{"-out beside the site", "site", "out", []string{"actors/ruto/index.html"}, []string{"../out/actors/ruto/: " + page + ": if its actor was renamed, keep its old address with aliases: [/actors/ruto/] in the front matter of its file in content/actors (write one if it has none); if the briefs that named it are drafts now, -drafts builds it"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var diags diag.List
			s := &site.Site{DraftNames: map[string]string{"talks": "content/briefs/talks.md"}}
			warnGone(tt.src, tt.out, tt.gone, s, &diags)
			var got []string
			for _, d := range diags.Sorted() {
				got = append(got, d.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestFixtureModel checks what the resolve phase makes of the fixture:
// aliases, accents and punctuation name one entity, countries by code and
// name are one, wikilinks make backlinks, and an unknown wikilink warns.
func TestFixtureModel(t *testing.T) {
	res := Build(context.Background(), fixture(), Options{})
	s := res.Site
	if res.Diags.HasErrors() {
		t.Fatalf("unexpected errors: %v", res.Diags.Sorted())
	}
	entity := func(list []*site.Entity, name string) *site.Entity {
		for _, e := range list {
			if e.Name == name {
				return e
			}
		}
		t.Fatalf("no entity %q among %d", name, len(list))
		return nil
	}
	pnh := entity(s.Actors, "Haitian National Police")
	if len(pnh.Briefs) != 2 {
		t.Errorf("PNH named by %d briefs, want 2 (alias and full name are one entity)", len(pnh.Briefs))
	}
	singoei := entity(s.Actors, "Korir Sing'oei")
	if len(singoei.Events) != 2 { // the brief's date and the event naming "Singoei"
		t.Errorf("Sing'oei has %d timeline events, want 2", len(singoei.Events))
	}
	us := entity(s.Countries, "United States")
	if us.Code != "US" || len(us.Briefs) != 2 {
		t.Errorf("United States: code %q, %d briefs; want US and 2 (\"US\" and \"United States\" are one)", us.Code, len(us.Briefs))
	}
	haiti := entity(s.Countries, "Haiti")
	if pnh.Country != haiti || !slices.Contains(haiti.Members, pnh) {
		t.Errorf("PNH's country is %v; Haiti's members %v", pnh.Country, haiti.Members)
	}
	if len(s.Sources) != 3 {
		t.Errorf("%d sources, want 3 (the shared report merged)", len(s.Sources))
	}
	var funding *site.Brief
	for _, b := range s.Briefs {
		if b.Slug == "funding-gap" {
			funding = b
		}
	}
	if len(funding.MentionedIn) != 1 || funding.MentionedIn[0].Slug != "talks-resume" {
		t.Errorf("funding-gap mentioned in %v, want talks-resume", funding.MentionedIn)
	}
	var warned bool
	for _, d := range res.Diags.Sorted() {
		if strings.Contains(d.Msg, "[[Nobody Known]]") && d.Pos.File == "content/briefs/talks-resume.md" && d.Pos.Line == 25 {
			warned = true
		}
	}
	if !warned {
		t.Errorf("no positioned warning for the unresolved wikilink; got %v", res.Diags.Sorted())
	}
}

// TestShadowedFiles checks that a file of static/ or of a brief's folder
// whose path the site already has is not copied, with a warning naming
// what has the path, and that a brief's own file wins over static/'s, in
// a build in memory and in one written to disk, which orders its files
// otherwise.
func TestShadowedFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/b/index.md":   {Data: []byte("---\ntitle: B\ndate: 2024\nsources: [{title: S}]\n---\n![pic](pic.png)\n")},
		"content/briefs/b/pic.png":    {Data: []byte("the brief's")},
		"content/briefs/b/index.html": {Data: []byte("the brief's")},
		"static/briefs/b/pic.png":     {Data: []byte("static's")},
		"static/timeline/index.html":  {Data: []byte("static's")},
		"static/logo.svg":             {Data: []byte("<svg/>")},
		"static/search":               {Data: []byte("a file where the site has a folder")},
		"static/feed.xml/x":           {Data: []byte("in a folder where the site has a file")},
		"content/briefs/b/map.png":    {Data: []byte("the brief's")},
		"static/briefs/b/map.png/y":   {Data: []byte("in a folder where a brief's file is")},
		"static/assets/new.css":       {Data: []byte("beside the theme's")},
	}
	want := []string{
		"content/briefs/b/index.html: warning: not copied: the site generates briefs/b/index.html",
		"static/briefs/b/map.png/y: warning: not copied: briefs/b/map.png/y would need a folder briefs/b/map.png/, and the site has a file there (copied from content/briefs/b/map.png)",
		"static/briefs/b/pic.png: warning: not copied: briefs/b/pic.png is copied from content/briefs/b/pic.png",
		"static/feed.xml/x: warning: not copied: feed.xml/x would need a folder feed.xml/, and the site has a file there (generated)",
		"static/search: warning: not copied: the site has a folder search/ there, holding search/index.html (generated)",
		"static/timeline/index.html: warning: not copied: the site generates timeline/index.html",
	}
	warnings := func(res *Result) []string {
		var got []string
		for _, d := range res.Diags.Sorted() {
			if strings.Contains(d.Msg, "not copied") {
				got = append(got, d.String())
			}
		}
		return got
	}
	res := Build(context.Background(), fsys, Options{})
	files := renderAll(t, res, fsys)
	for name, want := range map[string]string{"briefs/b/pic.png": "the brief's", "logo.svg": "<svg/>", "assets/new.css": "beside the theme's"} {
		if got := string(files[name]); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	for _, name := range []string{"timeline/index.html", "briefs/b/index.html"} {
		if !bytes.HasPrefix(files[name], []byte("<!doctype html>")) {
			t.Errorf("%s is not the generated page", name)
		}
	}
	if got := warnings(res); !slices.Equal(got, want) {
		t.Errorf("warnings\n%q\nwant\n%q", got, want)
	}

	res, _, err := Write(context.Background(), fsys, "", filepath.Join(t.TempDir(), "public"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := warnings(res); !slices.Equal(got, want) {
		t.Errorf("written: warnings\n%q\nwant\n%q", got, want)
	}
}

// TestSplitTemplateWarned checks that Build reports a site's template
// that shows a timeline split by year without its years, at the size
// where the timeline is split.
func TestSplitTemplateWarned(t *testing.T) {
	var fm strings.Builder
	fm.WriteString("---\ntitle: Many\ndate: 2024-05-01\nsources: [S]\nevents:\n")
	for i := range render.DefaultPerYearAbove {
		fmt.Fprintf(&fm, "  - {date: %d-01-01, text: Event %d}\n", 1900+i%120, i)
	}
	fm.WriteString("---\nText.\n")
	fsys := fstest.MapFS{
		"content/briefs/many.md":  {Data: []byte(fm.String())},
		"templates/timeline.html": {Data: []byte(`{{define "main"}}<h1>{{.Title}}</h1>{{template "timeline" (list . .Years false)}}{{end}}`)},
	}
	res := Build(context.Background(), fsys, Options{})
	var got []string
	for _, d := range res.Diags.Sorted() {
		if d.Pos.File == "templates/timeline.html" {
			got = append(got, d.String())
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "warning: the timeline has 1001 entries") || !strings.Contains(got[0], ".YearPages") {
		t.Errorf("diagnostics of templates/timeline.html: %q, want one warning that the timeline is split", got)
	}
}

// TestFieldErrorsHideNothing builds a site where a brief and a profile
// have errors in their front matter: their bodies' problems are reported
// in the same run, and links to them are not reported as broken.
func TestFieldErrorsHideNothing(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/alpha.md": {Data: []byte("---\ntitle: Alpha\ndate: 2024-05-01\nsources: [{title: S}]\n---\nSee [[Beta]], [Beta](beta.md), [[Cara]] and [T2](t2.md).\n")},
		"content/actors/cara.md":  {Data: []byte("---\nname: Cara\nnmae: C\n---\nSee [[Alpah]].\n")},
		"content/briefs/t2.md":    {Data: []byte("---\ntitle: [a, b]\ndate: 2024\nsources: [S]\n---\nSee [[Nothing here]] and [[t2]].\n")},
		"content/briefs/beta.md":  {Data: []byte("---\ntitle: Beta\ndate: 2024-13\nsources:\n  - publisher: P\n---\nSee [[Alpah]].\n")},
	}
	res := Build(context.Background(), fsys, Options{})
	if res.Files != nil {
		t.Error("a site with errors has files")
	}
	var got []string
	for _, d := range res.Diags.Sorted() {
		got = append(got, fmt.Sprintf("%s:%d %s %s", d.Pos.File, d.Pos.Line, d.Severity, d.Msg))
	}
	want := []string{
		"content/actors/cara.md:3 error unknown field `nmae` in actor profile, did you mean `name`?",
		"content/actors/cara.md:5 warning wikilink [[Alpah]] names no brief, actor, country or topic; did you mean [[Alpha]]?",
		`content/briefs/beta.md:3 error ` + "`date`" + `: invalid date "2024-13": there is no month 13`,
		"content/briefs/beta.md:5 error source has no `title`",
		"content/briefs/beta.md:7 warning wikilink [[Alpah]] names no brief, actor, country or topic; did you mean [[Alpha]]?",
		"content/briefs/t2.md:2 error `title` must be text, not a list",
		"content/briefs/t2.md:6 warning wikilink [[Nothing here]] names no brief, actor, country or topic",
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLinksToDraftsLeftText checks that a link to a draft the build leaves
// out keeps its text without the link, whichever way it is written, so
// that the page has no link to a page that is not there.
func TestLinksToDraftsLeftText(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/a.md":          {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\n---\n[[Rumour of new talks]] and [the note](draft-note.md), [again](/briefs/draft-note/).\n")},
		"content/briefs/draft-note.md": {Data: []byte("---\ntitle: Rumour of new talks\ndate: 2025\ndraft: true\n---\nNot yet.\n")},
	}
	for _, drafts := range []bool{false, true} {
		res := Build(context.Background(), fsys, Options{Drafts: drafts})
		page := string(renderAll(t, res, fsys)["briefs/a/index.html"])
		links := strings.Count(page, `href="../../briefs/draft-note/index.html"`)
		switch {
		case !drafts && (links != 0 || !strings.Contains(page, "<p>Rumour of new talks and the note, again.</p>")):
			t.Errorf("without drafts: %d links to the draft in %s", links, page)
		case drafts && links != 3:
			t.Errorf("with drafts: %d links to the draft, want 3", links)
		}
	}
}

// TestSlugYieldsToNames checks that a brief's file name does not take a
// wikilink from the entity that has the name or alias (kenya.md and
// [[Kenya]], onu.md and an actor known as ONU), while a link to the
// brief's file, or to its page from the root, still leads to the brief.
func TestSlugYieldsToNames(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/kenya.md": {Data: []byte("---\ntitle: Nairobi's role\ndate: 2025-01-01\nsources: [S]\n---\nText.\n")},
		"content/briefs/onu.md":   {Data: []byte("---\ntitle: The vote\ndate: 2025-01-02\nsources: [S]\n---\nText.\n")},
		"content/actors/un.md":    {Data: []byte("---\nname: United Nations\naliases: [ONU]\n---\nProfile.\n")},
		"content/briefs/other.md": {Data: []byte("---\ntitle: Other\ndate: 2025-01-03\ncountries: [Kenya]\nactors: [ONU]\nsources: [S]\n---\n" +
			"[[Kenya]], [[ONU]], [the vote](onu.md), [the role](../briefs/kenya.md) and [again](/briefs/onu/).\n")},
	}
	res := Build(context.Background(), fsys, Options{})
	page := string(renderAll(t, res, fsys)["briefs/other/index.html"])
	for _, want := range []string{
		`<a href="../../countries/kenya/index.html" class="wikilink">Kenya</a>`,
		`<a href="../../actors/un/index.html" class="wikilink">ONU</a>`,
		`<a href="../../briefs/onu/index.html">the vote</a>`,
		`<a href="../../briefs/kenya/index.html">the role</a>`,
		`<a href="../../briefs/onu/index.html">again</a>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
}
