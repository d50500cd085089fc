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

// TestPublishable lists the hidden names of static/ that are copied, and
// those that are version control's, a system's or an editor's.
func TestPublishable(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{".well-known", true},
		{".htaccess", true},
		{".nojekyll", true},
		{".env.example", true},
		{".git", false},
		{".hg", false},
		{".svn", false},
		{".gitignore", false},
		{".gitkeep", false},
		{".DS_Store", false},
		{"._logo.svg", false},
		{".#index.html", false},
		{".htaccess.swp", false},
		{".htaccess~", false},
		{".", false},
		{"htaccess", false},
	} {
		if got := publishable(tt.name); got != tt.want {
			t.Errorf("publishable(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
