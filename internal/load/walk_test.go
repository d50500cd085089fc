package load

import "testing"

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
