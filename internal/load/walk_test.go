package load

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
)

// TestIgnored lists each rule of Ignored, with names close to them that
// are a site's own.
func TestIgnored(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		// Hidden: .git, Emacs's lock files, vim's swap files of a file.
		{".git", true},
		{".#a.md", true},
		{".a.md.swp", true},
		{".htaccess", true},
		// vim's probe of whether it may write in a folder.
		{"4913", true},
		{"49130", false},
		// Backups.
		{"a.md~", true},
		{"~a.md", false},
		// vim's swap files.
		{"a.md.swp", true},
		{"a.md.swx", true},
		{"a.md.swo", true},
		{"a.swx", true},
		// Temporary files.
		{"a.md.tmp", true},
		{"site.tmp", true},
		// What merge tools leave.
		{"a.md.orig", true},
		{"site.css.orig", true},
		{"original.md", false},
		// Emacs's autosave.
		{"#a.md#", true},
		{"#", false},
		{"#a.md", false},
		{"a#b#", false},
		// JetBrains' safe writes.
		{"a.md___jb_tmp___", true},
		{"a.md___jb_old___", true},
		{"a.md___jb_tmp", true},
		// Office's lock files.
		{"~$report.docx", true},
		{"~$ook1.xlsx", true},
		{"~report.docx", false},
		{"$report.docx", false},
		// Windows' own.
		{"Thumbs.db", true},
		{"thumbs.db", true},
		{"ehthumbs.db", true},
		{"ehthumbs_vista.db", true},
		{"desktop.ini", true},
		{"Desktop.ini", true},
		{"$RECYCLE.BIN", true},
		{"$Recycle.Bin", true},
		{"System Volume Information", true},
		{"thumbs.db.png", false},
		{"my-thumbs.db", false},
		{"desktop.ini.txt", false},
		// A Mac's folder icon.
		{"Icon\r", true},
		{"Icon", false},
		{"Icon.png", false},
		{"icon\r", false},
		// A site's own.
		{"a.md", false},
		{"index.md", false},
		{"site.css", false},
		{"CNAME", false},
		{"a.swp.md", false},
	} {
		if got := Ignored(tt.name); got != tt.want {
			t.Errorf("Ignored(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestPublishable lists the hidden names of static/ that are copied,
// those told of as skipped, and those skipped without a word, being
// version control's, a system's or an editor's; and checks that the
// serve watcher's rule, Skips, is load's.
func TestPublishable(t *testing.T) {
	const copied, told, quiet = 0, 1, 2
	for _, tt := range []struct {
		name string
		want int
	}{
		{".well-known", copied},
		{".htaccess", copied},
		{".nojekyll", copied},
		{".domains", copied},
		{".env", told},
		{".env.example", told},
		{".npmrc", told},
		{".htpasswd", told},
		{".vscode", told},
		{".idea", told},
		{".obsidian", told},
		{".Well-Known", told},
		{".htaccess.bak", told},
		{".git", quiet},
		{".hg", quiet},
		{".svn", quiet},
		{".gitignore", quiet},
		{".gitkeep", quiet},
		{".DS_Store", quiet},
		{"._logo.svg", quiet},
		{".#index.html", quiet},
		{".htaccess.swp", quiet},
		{".htaccess~", quiet},
	} {
		got := told
		switch {
		case publishable(tt.name):
			got = copied
		case quietSkipped(tt.name):
			got = quiet
		}
		if got != tt.want {
			t.Errorf("%s: %d, want %d (0 copied, 1 told of, 2 skipped without a word)", tt.name, got, tt.want)
		}
		for _, p := range []string{"static/" + tt.name, "static/docs/" + tt.name + "/a.txt", "static/.well-known/" + tt.name} {
			if Skips(p) != (tt.want != copied) {
				t.Errorf("Skips(%q) = %v, want %v", p, Skips(p), tt.want != copied)
			}
		}
	}
	if !quietSkipped(".") || !quietSkipped("..") || publishable("htaccess") || Skips("static/htaccess") || !Skips("content/.htaccess") {
		t.Errorf(". or .., htaccess, or content/.htaccess: quietSkipped, publishable or Skips wrong")
	}
}

// TestDraftsFolder checks that the briefs of a folder named _drafts,
// anywhere under content/briefs/ (Jekyll's), are drafts, as if each said
// `draft: true`, a `draft: false` in one too, with a warning; that
// _posts/ and other folders whose names begin with _ are folders of
// briefs, but for a Jekyll or Eleventy folder of templates or data,
// which is skipped with a warning; and that each is so from a Cache too.
func TestDraftsFolder(t *testing.T) {
	const brief = "---\ntitle: %s\ndate: 2024\n---\n"
	fsys := fstest.MapFS{}
	for file, title := range map[string]string{
		"content/briefs/_drafts/embargoed.md":         "Embargoed story",
		"content/briefs/2024/_drafts/bundle/index.md": "Bundled draft",
		"content/briefs/_posts/2024-05-01-post.md":    "Post",
		"content/briefs/_archive/old.md":              "Old",
		"content/briefs/drafts/open.md":               "Open",
		"content/briefs/_includes/head.md":            "Partial",
		"content/briefs/2024/published.md":            "Published",
		"content/briefs/_drafts/x/deep.md":            "Deep",
	} {
		fsys[file] = &fstest.MapFile{Data: fmt.Appendf(nil, brief, title)}
	}
	fsys["content/briefs/_drafts/told.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Told\ndate: 2024\ndraft: false\n---\n")}
	fsys["content/briefs/_layouts/default.html"] = &fstest.MapFile{Data: []byte("<html>")}
	fsys["content/_drafts/stray.md"] = &fstest.MapFile{Data: []byte("x")}
	fsys["content/_includes/nav.html"] = &fstest.MapFile{Data: []byte("x")}
	cache := NewCache()
	for _, opts := range []Options{{}, {Cache: cache}, {Cache: cache}, {Drafts: true}} {
		var diags diag.List
		s := Load(fsys, opts, &diags)
		var got, drafts []string
		for _, b := range s.Briefs {
			got = append(got, b.Slug)
			if b.Draft {
				drafts = append(drafts, b.Slug)
			}
		}
		want, wantDrafts := "published old 2024-05-01-post open", ""
		if opts.Drafts {
			want, wantDrafts = "bundle published old embargoed told deep 2024-05-01-post open", "bundle embargoed told deep"
		}
		if strings.Join(got, " ") != want || strings.Join(drafts, " ") != wantDrafts {
			t.Errorf("%+v: briefs %q, drafts %q; want %q, %q", opts, got, drafts, want, wantDrafts)
		}
		if !opts.Drafts && (s.Drafts != 4 || s.DraftNames["embargoed story"] != "content/briefs/_drafts/embargoed.md") {
			t.Errorf("%+v: %d drafts left out, names %v", opts, s.Drafts, s.DraftNames)
		}
		var ds []string
		for _, d := range diags.Sorted() {
			ds = append(ds, d.String())
		}
		wantDs := []string{
			"content/_drafts: warning: skipped: brief reads content/briefs/, content/actors/, content/countries/, content/topics/ and the pages' .md files at the top of content/; drafts go in content/briefs/_drafts/, which a build leaves out without -drafts, or anywhere in content/briefs/ with `draft: true`",
			"content/_includes: warning: skipped: a Jekyll or Eleventy folder of templates or data, not of pages; brief's templates are in templates/, a partial as a {{define}} in templates/partials.html (docs/templates.md)",
			"content/briefs/_drafts/told.md:4:8: warning: `draft: false` does nothing in a folder named _drafts, whose briefs are drafts; to publish the brief, move it out of _drafts/",
			"content/briefs/_includes: warning: skipped: a Jekyll or Eleventy folder of templates or data, not of pages; brief's templates are in templates/, a partial as a {{define}} in templates/partials.html (docs/templates.md)",
			"content/briefs/_layouts: warning: skipped: a Jekyll or Eleventy folder of templates or data, not of pages; brief's templates are in templates/ (docs/templates.md)",
		}
		if !slices.Equal(ds, wantDs) {
			t.Errorf("%+v: diagnostics:\n%s\nwant:\n%s", opts, strings.Join(ds, "\n"), strings.Join(wantDs, "\n"))
		}
	}
}

// TestMarkdownExtensions checks that a brief or profile in a Markdown
// file of another extension than .md, Jekyll's .markdown or .mkd, is an
// error that says to rename it, since the site would go out without it;
// that one beside a brief's index.md is not published, as a .md file
// there is not; and that other files are skipped as before.
func TestMarkdownExtensions(t *testing.T) {
	const brief = "---\ntitle: T\ndate: 2024\n---\n"
	s, ds := loadMap(t, map[string]string{
		"content/briefs/talks.markdown":       brief,
		"content/briefs/2024/old.mkdn":        brief,
		"content/briefs/2024/index.markdown":  brief,
		"content/briefs/b/index.md":           brief,
		"content/briefs/b/notes.MarkDown":     "draft notes",
		"content/briefs/b/map.png":            "png",
		"content/briefs/README.txt":           "x",
		"content/actors/ruto.mdown":           "---\nname: Ruto\n---\n",
		"content/topics/README":               "x",
		"content/about.mkd":                   brief,
		"content/briefs/upper.MD":             brief,
		"content/briefs/talks/index.markdown": brief,
	}, Options{})
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		"content/about.mkd: warning: skipped: pages are .md files, and brief reads no .mkd file, so the site is built without this one; rename it about.md to publish it as a page (a brief goes in content/briefs/)",
		"content/actors/ruto.mdown: error: actor profiles are .md files, and brief reads no .mdown file, so the site would be built without this one; rename it ruto.md",
		"content/briefs/2024/index.markdown: error: briefs are .md files, and brief reads no .markdown file, so the site would be built without this one; rename it index.md",
		"content/briefs/2024/old.mkdn: error: briefs are .md files, and brief reads no .mkdn file, so the site would be built without this one; rename it old.md",
		"content/briefs/README.txt: warning: skipped: briefs are .md files or folders with an index.md",
		"content/briefs/b/notes.MarkDown: warning: not published: a Markdown file beside a brief's index.md is neither a brief nor a file of it; a brief of its own goes in content/briefs/",
		"content/briefs/talks.markdown: error: briefs are .md files, and brief reads no .markdown file, so the site would be built without this one; rename it talks.md",
		"content/briefs/talks/index.markdown: error: briefs are .md files, and brief reads no .markdown file, so the site would be built without this one; rename it index.md",
		"content/briefs/upper.MD: warning: skipped: briefs are .md files, the extension in lower case; rename it upper.md",
		"content/topics/README: warning: skipped: topic profiles are .md files",
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(s.Briefs) != 1 || len(s.Briefs[0].Assets) != 1 || s.Briefs[0].Assets[0].Dest != "briefs/b/map.png" {
		t.Errorf("briefs %+v, want b with its map alone", s.Briefs)
	}
}

// TestThemePages checks that a home page or 404 page of another
// generator in content/ is told which template makes that page, not to
// go in content/briefs/, where it would be a brief.
func TestThemePages(t *testing.T) {
	const (
		home     = "warning: skipped: the home page is made by the theme's templates/home.html, its text the `description` in brief.yaml; a site's own templates/home.html takes its place (docs/templates.md)"
		notFound = "warning: skipped: the 404 page is made by the theme's templates/404.html; a site's own templates/404.html takes its place (docs/templates.md)"
		stray    = "warning: skipped: brief reads content/briefs/, content/actors/, content/countries/, content/topics/ and the pages' .md files at the top of content/"
	)
	for file, want := range map[string]string{
		"content/index.md":       home,
		"content/index.markdown": home,
		"content/Index.html":     home,
		"content/404.md":         notFound,
		"content/404.html":       notFound,
		"content/about.MD":       "warning: skipped: pages are .md files, the extension in lower case; rename it about.md (a brief goes in content/briefs/)",
		"content/index.txt":      stray,
		"content/404":            stray,
	} {
		_, ds := loadMap(t, map[string]string{file: "---\ntitle: T\n---\n", "content/briefs/a.md": "---\ntitle: A\ndate: 2024\n---\n"}, Options{})
		if len(ds) != 1 || ds[0].String() != file+": "+want {
			t.Errorf("%s: %v, want %s", file, ds, want)
		}
	}
}

// TestDraftsFolderCase checks that a folder named _drafts in another
// case (_Drafts, as a Mac's or Windows' disk lets one write it) is a
// folder of drafts too, with a warning to rename it, and that
// content/_Drafts/ is told to go in content/briefs/_drafts/, not to move
// its briefs to content/briefs/, which would publish them.
func TestDraftsFolderCase(t *testing.T) {
	const brief = "---\ntitle: %s\ndate: 2024\n---\n"
	files := map[string]string{}
	for file, title := range map[string]string{
		"content/briefs/_Drafts/embargoed.md":         "Embargoed",
		"content/briefs/2024/_DRAFTS/bundle/index.md": "Bundled",
		"content/briefs/published.md":                 "Published",
		"content/_Drafts/stray.md":                    "Stray",
	} {
		files[file] = fmt.Sprintf(brief, title)
	}
	s, ds := loadMap(t, files, Options{})
	var got []string
	for _, b := range s.Briefs {
		got = append(got, b.Slug)
	}
	if strings.Join(got, " ") != "published" || s.Drafts != 2 {
		t.Errorf("briefs %q, %d drafts left out; want [published], 2", got, s.Drafts)
	}
	var gotDs []string
	for _, d := range ds {
		gotDs = append(gotDs, d.String())
	}
	want := []string{
		"content/_Drafts: warning: skipped: brief reads content/briefs/, content/actors/, content/countries/, content/topics/ and the pages' .md files at the top of content/; drafts go in content/briefs/_drafts/, which a build leaves out without -drafts, or anywhere in content/briefs/ with `draft: true`",
		"content/briefs/2024/_DRAFTS: warning: brief's folder of drafts is named _drafts, in lower case; this one's briefs are drafts all the same, left out without -drafts: rename it _drafts",
		"content/briefs/_Drafts: warning: brief's folder of drafts is named _drafts, in lower case; this one's briefs are drafts all the same, left out without -drafts: rename it _drafts",
	}
	if !slices.Equal(gotDs, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(gotDs, "\n"), strings.Join(want, "\n"))
	}
}

// TestFileNameSlug checks that a brief's file name whose address keeps
// all but its capitals and spaces, as an Obsidian note's, is not warned
// of, and that one whose address leaves out or changes more is.
func TestFileNameSlug(t *testing.T) {
	for _, tc := range []struct {
		file, slug string
		warned     bool
	}{
		{"talks.md", "talks", false},
		{"Kenya Police Deployment.md", "kenya-police-deployment", false},
		{"kenya_police  deployment.md", "kenya-police-deployment", false},
		{"Kenya - Police.md", "kenya-police", false},
		{" Talks .md", "talks", false},
		{"2024/Talks Resume/index.md", "talks-resume", false},
		{"Владимир Путин.md", "владимир-путин", false},
		{"Réunion à Nairobi.md", "reunion-a-nairobi", true},
		{"Talks & deals.md", "talks-and-deals", true},
		{"Ruto's visit.md", "rutos-visit", true},
		{"U.S. plans.md", "us-plans", true},
		{"What next?.md", "what-next", true},
		{"Talks (draft).md", "talks-draft", true},
		{"Talks, day 2.md", "talks-day-2", true},
		{"Con.md", "con_", true},
		{strings.Repeat("Long ", 20) + ".md", strings.TrimSuffix(strings.Repeat("long-", 16), "-"), true},
	} {
		t.Run(tc.file, func(t *testing.T) {
			file := "content/briefs/" + tc.file
			s, ds := loadMap(t, map[string]string{file: "---\ntitle: T\ndate: 2024\nsources: [S]\n---\nBody.\n"}, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			var want []string
			if tc.warned {
				want = []string{file + ": warning: file name is not a clean slug; the page is briefs/" + tc.slug + "/"}
			}
			if !slices.Equal(got, want) {
				t.Errorf("diagnostics %q, want %q", got, want)
			}
			if len(s.Briefs) != 1 || s.Briefs[0].Slug != tc.slug {
				t.Errorf("briefs %v, want the slug %s", s.Briefs, tc.slug)
			}
		})
	}
}

// TestProfileFolders checks that a folder of profiles, a drafts folder
// above all, is said to be skipped as a folder, and that a profile has
// no drafts, where it was said that profiles are .md files.
func TestProfileFolders(t *testing.T) {
	s, ds := loadMap(t, map[string]string{
		"content/actors/_drafts/secret.md": "---\nname: Secret\n---\nPrivate.\n",
		"content/topics/Drafts/a.md":       "---\nname: A\n---\n",
		"content/countries/east/kenya.md":  "---\nname: Kenya\n---\n",
	}, Options{})
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		"content/actors/_drafts: warning: skipped, with the profiles in it: a profile has no drafts, and cannot be kept out of the site, as every brief that names the actor makes the actor's page; to publish a profile, move it into content/actors/; to keep their text private, move the folder out of content/",
		"content/countries/east: warning: skipped, with the files in it: a folder; country profiles are .md files directly in content/countries/",
		"content/topics/Drafts: warning: skipped, with the profiles in it: a profile has no drafts, and cannot be kept out of the site, as every brief that names the topic makes the topic's page; to publish a profile, move it into content/topics/; to keep their text private, move the folder out of content/",
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n := len(s.Actors) + len(s.Countries) + len(s.Topics); n != 0 {
		t.Errorf("%d profiles read, want none", n)
	}
}
