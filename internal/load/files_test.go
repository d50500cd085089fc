package load

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
)

// TestBriefFolders checks that a folder of content/briefs without an
// index.md groups briefs, which keep the slug of their file name, and
// that what Load does not read is warned of rather than left out without
// a word.
func TestBriefFolders(t *testing.T) {
	brief := "---\ntitle: T\ndate: 2024\n---\n"
	s, ds := loadMap(t, map[string]string{
		"content/briefs/top.md":               brief,
		"content/briefs/2024/may/talks.md":    brief,
		"content/briefs/2024/bundle/index.md": brief,
		"content/briefs/2024/bundle/map.png":  "",
		"content/briefs/2024/notes.txt":       "",
		"content/briefs/2025/top.md":          brief,
		"content/briefs/images/a.png":         "",
		"content/briefs/images/b.png":         "",
		"content/briefs/_index.md":            brief,
		"content/actors/_index.md":            "---\nname: X\n---\n",
		"content/countries/_index.fr.md":      "",
		"content/_index.md":                   "",
		"content/about.md":                    "---\ntitle: About\n---\n",
		"content/actor/ruto.md":               "",
		"content/posts/p.md":                  "",
		"hugo.toml":                           "title = 'x'\n",
	}, Options{})
	var slugs []string
	for _, b := range s.Briefs {
		slugs = append(slugs, b.Slug+" "+b.File)
		if b.Slug == "bundle" && (!b.Bundle || len(b.Assets) != 1 || b.Assets[0].Dest != "briefs/bundle/map.png") {
			t.Errorf("bundle in a folder: %+v", b)
		}
	}
	want := []string{"bundle content/briefs/2024/bundle/index.md", "talks content/briefs/2024/may/talks.md", "top content/briefs/2025/top.md"}
	if strings.Join(slugs, ", ") != strings.Join(want, ", ") {
		t.Errorf("briefs:\n%s\nwant:\n%s", strings.Join(slugs, "\n"), strings.Join(want, "\n"))
	}
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	for _, w := range []string{
		`content/briefs/top.md:1:1: error: brief slug "top" is already used by content/briefs/2025/top.md; rename one of the files`,
		"content/briefs/2024/notes.txt: warning: skipped: briefs are .md files",
		"content/briefs/images: warning: skipped: holds no brief",
		"content/briefs/_index.md: warning: skipped: brief has no section files",
		"content/actors/_index.md: warning: skipped: brief has no section files",
		"content/countries/_index.fr.md: warning: skipped: brief has no section files",
		"content/_index.md: warning: skipped: brief has no section files",
		"content/actor: warning: skipped: did you mean content/actors/?",
		"content/posts: warning: skipped: brief reads content/briefs/, content/actors/, content/countries/, content/topics/ and the pages' .md files at the top of content/; move its briefs to content/briefs/ (their pages are then briefs/<file name>/: keep an old address in a brief's `aliases`, as /posts/<file name>/)",
		"hugo.toml: warning: not read: brief's site file is brief.yaml",
	} {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
			t.Errorf("no diagnostic %q", w)
		}
	}
	if n := len(got); n != 10 {
		t.Errorf("%d diagnostics, want 10:\n%s", n, strings.Join(got, "\n"))
	}
}

// TestLinkedFolders checks that a folder of the site, or its site file,
// that is a symbolic link, which may lead out of the site, is an error,
// since the site built without it would lose what it holds, and is not
// read through.
func TestLinkedFolders(t *testing.T) {
	for _, tc := range []struct {
		link string // the linked folder
		want string
	}{
		{"content", "content: error: a link, which brief does not follow"},
		{"content/topics", "content/topics: error: a link, which brief does not follow"},
		{"static", "static: error: a link, which brief does not follow"},
		{"brief.yaml", "brief.yaml: error: a link, which brief does not follow, so the site's settings would be lost"},
		{"templates", "templates: error: a link, which brief does not follow, so the site would be built without what it holds"},
		{"content/briefs/2024", "content/briefs/2024: error: a link, which brief does not follow, so the site would be built without it"},
		{"content/actors/x.md", "content/actors/x.md: error: a link, which brief does not follow, so the site would be built without it"},
		{"templates/brief.html", "templates/brief.html: error: a link, which brief does not follow, so the site would be built without it"},
	} {
		fsys := fstest.MapFS{
			"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\n---\n")},
			"outside/secret.md":   {Data: []byte("---\nname: Secret\ntitle: Secret\n---\n")},
			"outside/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2024\n---\n")},
			"outside/topics/t.md": {Data: []byte("---\nname: T\n---\n")},
			"static/logo.png":     {Data: []byte("png")},
		}
		for name := range fsys {
			if strings.HasPrefix(name, tc.link+"/") {
				delete(fsys, name)
			}
		}
		fsys[tc.link] = &fstest.MapFile{Data: []byte("../outside"), Mode: fs.ModeSymlink}
		var diags diag.List
		s := Load(fsys, Options{}, &diags)
		var got []string
		for _, d := range diags.Sorted() {
			got = append(got, d.String())
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], tc.want) {
			t.Errorf("%s linked: %q, want %q", tc.link, got, tc.want)
		}
		briefs, static := 1, 1
		switch tc.link {
		case "content":
			briefs = 0
		case "static":
			static = 0
		}
		if len(s.Briefs) != briefs || len(s.Topics) != 0 || len(s.Static) != static {
			t.Errorf("%s linked: %d briefs, %d topics, %d static files read; want %d, 0, %d", tc.link, len(s.Briefs), len(s.Topics), len(s.Static), briefs, static)
		}
	}
}

// TestHiddenStatic checks that the hidden files and folders of static/
// meant for the web are copied, at any depth and without a word, that any
// other hidden one, which may be a secret, is not and is told of, once
// for a folder, and that version control's, an editor's or a system's
// are skipped without a word, as a hidden file of a brief's folder is.
func TestHiddenStatic(t *testing.T) {
	s, ds := loadMap(t, map[string]string{
		"static/.well-known/security.txt":       "x",
		"static/.well-known/acme-challenge/tok": "x",
		"static/.well-known/.DS_Store":          "x",
		"static/.well-known/.env":               "x",
		"static/.htaccess":                      "x",
		"static/.nojekyll":                      "x",
		"static/.domains":                       "x",
		"static/docs/.htaccess":                 "x",
		"static/.env":                           "SECRET=1",
		"static/.npmrc":                         "x",
		"static/.htpasswd":                      "x",
		"static/.vscode/settings.json":          "x",
		"static/.idea/workspace.xml":            "x",
		"static/.idea/other.xml":                "x",
		"static/docs/.obsidian/app.json":        "x",
		"static/.git/HEAD":                      "x",
		"static/vendor/lib/.svn/entries":        "x",
		"static/.gitignore":                     "x",
		"static/img/.gitkeep":                   "x",
		"static/.DS_Store":                      "x",
		"static/._logo.svg":                     "x",
		"static/.logo.svg.swp":                  "x",
		"static/.htaccess~":                     "x",
		"static/logo.svg":                       "x",
		"static/site.css.orig":                  "x",
		"static/a.swx":                          "x",
		"static/img/b.png~":                     "x",
		"content/briefs/a/index.md":             "---\ntitle: A\ndate: 2025\nsources: [{title: S}]\n---\nBody.\n",
		"content/briefs/a/.notes.txt":           "x",
		"content/briefs/a/.env":                 "x",
		"content/briefs/a/map.png":              "x",
	}, Options{})
	var got []string
	for _, a := range s.Static {
		got = append(got, a.Dest)
	}
	want := []string{".domains", ".htaccess", ".nojekyll", ".well-known/acme-challenge/tok", ".well-known/security.txt", "docs/.htaccess", "logo.svg"}
	if !slices.Equal(got, want) {
		t.Errorf("static files copied:\n%q\nwant\n%q", got, want)
	}
	got = nil
	for _, d := range ds {
		got = append(got, d.String())
	}
	const skipped = ": warning: skipped: of the hidden files and folders of static/, brief copies to the site only .well-known/, .htaccess, .nojekyll and .domains (a hidden file may be a secret, as .env, or an editor's, as .vscode/)"
	want = nil
	for _, p := range []string{".env", ".htpasswd", ".idea", ".npmrc", ".vscode", ".well-known/.env", "docs/.obsidian"} {
		want = append(want, "static/"+p+skipped)
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(s.Briefs) != 1 || len(s.Briefs[0].Assets) != 1 || s.Briefs[0].Assets[0].Dest != "briefs/a/map.png" {
		t.Errorf("the brief's files: %+v, want map.png alone", s.Briefs)
	}
}

// deniedFS is a file system that refuses to open what is under dir, as
// a folder without read permission does.
type deniedFS struct {
	fs.FS
	dir string
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if name == d.dir || strings.HasPrefix(name, d.dir+"/") {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.FS.Open(name)
}

// TestUnreadableFolders checks that a folder of briefs or of static files
// that cannot be read is an error, not a site built without its files.
func TestUnreadableFolders(t *testing.T) {
	for _, dir := range []string{"content/briefs/locked", "static/files"} {
		fsys := fstest.MapFS{
			"content/briefs/a.md":            {Data: []byte("---\ntitle: A\ndate: 2024\n---\n")},
			"content/briefs/locked/index.md": {Data: []byte("---\ntitle: L\ndate: 2024\n---\n")},
			"static/files/report.pdf":        {Data: []byte("pdf")},
		}
		var diags diag.List
		Load(deniedFS{fsys, dir}, Options{}, &diags)
		if !diags.HasErrors() {
			t.Errorf("%s unreadable: %v, want an error", dir, diags.Sorted())
		}
	}
}

// TestBundleMarkdown checks that a Markdown file beside a folder brief's
// index.md, which may be a draft, is not published as it is.
func TestBundleMarkdown(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/talks/index.md": {Data: []byte("---\ntitle: Talks\ndate: 2024\n---\n")},
		"content/briefs/talks/notes.md": {Data: []byte("---\ntitle: Notes\ndraft: true\n---\nSECRET\n")},
		"content/briefs/talks/map.png":  {Data: []byte("png")},
	}
	var diags diag.List
	s := Load(fsys, Options{}, &diags)
	if len(s.Briefs) != 1 || len(s.Briefs[0].Assets) != 1 || s.Briefs[0].Assets[0].Src != "content/briefs/talks/map.png" {
		t.Fatalf("briefs %v, want talks with map.png only", s.Briefs)
	}
	ds := diags.Sorted()
	if len(ds) != 1 || ds[0].Pos.File != "content/briefs/talks/notes.md" || !strings.HasPrefix(ds[0].Msg, "not published") {
		t.Errorf("warnings %v, want notes.md not published", ds)
	}
}

// TestEditorFilesSkipped checks that editors' temporary files and merge
// tools' leftovers beside the briefs and profiles are skipped without a
// word, as brief serve does not rebuild for them, while another file gets
// its warning.
func TestEditorFilesSkipped(t *testing.T) {
	s, ds := loadMap(t, map[string]string{
		"content/briefs/a.md":          "---\ntitle: A\n---\n",
		"content/briefs/#a.md#":        "---\ntitle: Autosave\n---\n",
		"content/briefs/.#a.md":        "lock",
		"content/briefs/a.md~":         "backup",
		"content/briefs/.a.md.swp":     "swap",
		"content/briefs/a.md.tmp":      "temp",
		"content/briefs/4913":          "",
		"content/briefs/notes.txt":     "stray",
		"content/briefs/a.md___jb_tmp": "jetbrains",
		"content/briefs/a.md.orig":     "---\ntitle: Merge leftover\n---\n",
		"content/briefs/x.md.orig":     "---\ntitle: Merge leftover\n---\n",
		"content/briefs/a.md.swx":      "swap",
		"content/briefs/a.md.swo":      "swap",
		"content/actors/b.md.orig":     "---\nname: B\n---\n",
	}, Options{})
	var got []string
	for _, d := range ds {
		if strings.Contains(d.Msg, "skipped") {
			got = append(got, d.String())
		}
	}
	if len(s.Briefs) != 1 || !slices.Equal(got, []string{"content/briefs/notes.txt: warning: skipped: briefs are .md files or folders with an index.md"}) {
		t.Errorf("%d briefs, warnings %q", len(s.Briefs), got)
	}
}

// TestSystemFilesSkipped checks that the files Windows, Office and a Mac
// leave in folders are neither copied from static/ or a bundle nor
// warned of, and that a Mac's "Icon\r", whose name ends in a carriage
// return, is not taken for a bad name that stops the build.
func TestSystemFilesSkipped(t *testing.T) {
	s, ds := loadMap(t, map[string]string{
		"static/logo.png":                                 "x",
		"static/Thumbs.db":                                "thumbnails",
		"static/img/ehthumbs.db":                          "thumbnails",
		"static/img/desktop.ini":                          "[.ShellClassInfo]",
		"static/files/~$report.docx":                      "Ann Editor",
		"static/$RECYCLE.BIN/S-1-5-21/$Rdeleted.png":      "x",
		"static/System Volume Information/IndexerVolGuid": "x",
		"static/Icon\r":                                   "",
		"static/img/Icon\r":                               "",
		"content/briefs/talks/index.md":                   "---\ntitle: Talks\ndate: 2024\n---\n",
		"content/briefs/talks/map.png":                    "x",
		"content/briefs/talks/Thumbs.db":                  "thumbnails",
		"content/briefs/talks/Icon\r":                     "",
		"content/briefs/~$notes.md":                       "lock",
		"content/briefs/Icon\r":                           "",
		"content/briefs/Desktop.ini":                      "",
		"content/actors/Thumbs.db":                        "",
		"content/actors/Icon\r":                           "",
	}, Options{})
	if len(ds) > 0 {
		t.Errorf("diagnostics: %v", ds)
	}
	var copied []string
	for _, a := range s.Static {
		copied = append(copied, a.Src)
	}
	for _, b := range s.Briefs {
		for _, a := range b.Assets {
			copied = append(copied, a.Src)
		}
	}
	if want := "static/logo.png content/briefs/talks/map.png"; strings.Join(copied, " ") != want {
		t.Errorf("copied %q, want %q", copied, want)
	}
}

// TestBadFileNames checks that a file or folder whose name a web address
// cannot hold, with a line break or not UTF-8, is an error at its folder,
// among briefs, profiles, a bundle's files and static/, and that the rest
// of the site is read.
func TestBadFileNames(t *testing.T) {
	s, ds := loadMap(t, map[string]string{
		"content/briefs/ok.md":        "---\ntitle: OK\n---\n",
		"content/briefs/new\nline.md": "---\ntitle: Line\n---\n",
		"content/briefs/c\xffd.md":    "---\ntitle: Bytes\n---\n",
		"content/briefs/b/index.md":   "---\ntitle: Bundle\n---\n",
		"content/briefs/b/p\nq.png":   "x",
		"content/actors/tab\there.md": "---\nname: Tab\n---\n",
		"static/dir\r/x.css":          "x",
		"static/fine.css":             "x",
	}, Options{})
	var got []string
	for _, d := range ds {
		if d.Severity == diag.Error {
			got = append(got, d.String())
		}
	}
	want := []string{
		`content/actors: error: "tab\there.md": the name has a line break or another control character, which a web address cannot hold; rename it`,
		`content/briefs: error: "c\xffd.md": the name is not UTF-8, which a web address cannot hold; rename it`,
		`content/briefs: error: "new\nline.md": the name has a line break or another control character, which a web address cannot hold; rename it`,
		`content/briefs/b: error: "p\nq.png": the name has a line break or another control character, which a web address cannot hold; rename it`,
		`static: error: "dir\r": the name has a line break or another control character, which a web address cannot hold; rename it`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(s.Briefs) != 2 || len(s.Static) != 1 || len(s.Actors) != 0 {
		t.Errorf("read %d briefs, %d static files, %d actors; want 2, 1, 0", len(s.Briefs), len(s.Static), len(s.Actors))
	}
}

// TestStaticInServeDir checks that a static file under _brief/, where
// brief serve's preview keeps its own, is warned of, and still copied.
func TestStaticInServeDir(t *testing.T) {
	s, ds := loadMap(t, map[string]string{"static/_brief/live.js": "x", "static/_briefing.css": "x"}, Options{})
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := "static/_brief/live.js: warning: brief serve keeps _brief/ for its own files, so its preview may not show this one; put it in another folder"
	if strings.Join(got, "\n") != want || len(s.Static) != 2 {
		t.Errorf("diagnostics:\n%s\nwant:\n%s\n(%d static files, want 2)", strings.Join(got, "\n"), want, len(s.Static))
	}
}
