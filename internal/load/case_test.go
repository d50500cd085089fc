package load

import (
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
)

// foldFS is a file system that, as a Mac's disk does, ignores the case of
// names when it opens them, and lists them as they were written.
type foldFS struct{ m fstest.MapFS }

func (f foldFS) Open(name string) (fs.File, error) {
	if _, ok := f.m[name]; ok || name == "." {
		return f.m.Open(name)
	}
	for p := range f.m {
		for at := p; at != "."; at = path.Dir(at) {
			if strings.EqualFold(at, name) {
				return f.m.Open(at)
			}
		}
	}
	return f.m.Open(name)
}

// TestFolderCase checks that a folder or file named as one of brief's
// but for case is an error, or for a brief's extension a warning, that
// says the name to give it, both where names' case counts (Linux, which
// does not read it) and on a disk that ignores case (a Mac's, which
// does).
func TestFolderCase(t *testing.T) {
	const (
		brief   = "---\ntitle: T\ndate: 2024\n---\n"
		profile = "---\nname: N\n---\n"
		counts  = ", in lower case: where names' case counts, as on Linux and in GitHub's workflows, this one is not read and the site is built without "
	)
	for _, tc := range []struct {
		name  string
		files []string
		want  []string // the diagnostics
		read  int      // briefs and profiles read where case counts, and where it does not
		mac   int
	}{
		{"briefs", []string{"content/Briefs/a.md"},
			[]string{"content/Briefs: error: brief's folder is content/briefs/" + counts + "what it holds; rename it content/briefs"}, 0, 1},
		{"actors", []string{"content/briefs/a.md", "content/ACTORS/x.md"},
			[]string{"content/ACTORS: error: brief's folder is content/actors/" + counts + "what it holds; rename it content/actors"}, 1, 2},
		{"both", []string{"content/briefs/a.md", "content/Briefs/b.md"},
			[]string{"content/Briefs: error: brief's folder is content/briefs/, in lower case, and this one beside it is not read; move what it holds into content/briefs/"}, 1, -1},
		{"site root", []string{"content/briefs/a.md", "Static/CNAME", "Templates/base.html", "Brief.yaml", "Content/topics/t.md"},
			[]string{
				"Brief.yaml: error: brief's site file is brief.yaml" + counts + "its settings; rename it brief.yaml",
				"Content: error: brief's folder is content/, in lower case, and this one beside it is not read; move what it holds into content/",
				"Static: error: brief's folder is static/" + counts + "what it holds; rename it static",
				"Templates: error: brief's folder is templates/" + counts + "what it holds; rename it templates",
			}, 1, -1},
		{"bundle", []string{"content/briefs/talks/Index.md", "content/briefs/talks/map.png"},
			[]string{"content/briefs/talks/Index.md: error: a folder's brief is named index.md, in lower case; rename Index.md to index.md"}, 1, 1},
		{"bundle in a group", []string{"content/briefs/2024/talks/INDEX.MD", "content/briefs/2024/a.md"},
			[]string{"content/briefs/2024/talks/INDEX.MD: error: a folder's brief is named index.md, in lower case; rename INDEX.MD to index.md"}, 2, 2},
		{"extensions", []string{"content/briefs/upper.MD", "content/briefs/x.Md", "content/countries/kenya.MD", "content/briefs/notes.txt"},
			[]string{
				"content/briefs/notes.txt: warning: skipped: briefs are .md files or folders with an index.md",
				"content/briefs/upper.MD: warning: skipped: briefs are .md files, the extension in lower case; rename it upper.md",
				"content/briefs/x.Md: warning: skipped: briefs are .md files, the extension in lower case; rename it x.md",
				"content/countries/kenya.MD: warning: skipped: country profiles are .md files, the extension in lower case; rename it kenya.md",
			}, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := fstest.MapFS{}
			for _, f := range tc.files {
				data := brief
				if strings.Contains(strings.ToLower(f), "/actors/") || strings.Contains(strings.ToLower(f), "/topics/") {
					data = profile
				}
				m[f] = &fstest.MapFile{Data: []byte(data)}
			}
			for _, disk := range []struct {
				name string
				fsys fs.FS
				want int
			}{{"case counts", m, tc.read}, {"case ignored", foldFS{m}, tc.mac}} {
				if disk.want < 0 {
					continue // both names: a Mac's disk cannot hold them
				}
				var diags diag.List
				s := Load(disk.fsys, Options{}, &diags)
				var got []string
				for _, d := range diags.Sorted() {
					got = append(got, d.String())
				}
				if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
					t.Errorf("%s: diagnostics:\n%s\nwant:\n%s", disk.name, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
				}
				if n := len(s.Briefs) + len(s.Actors) + len(s.Countries) + len(s.Topics); n != disk.want {
					t.Errorf("%s: read %d briefs and profiles, want %d", disk.name, n, disk.want)
				}
				for _, b := range s.Briefs {
					assets := 0
					for _, f := range tc.files {
						if path.Dir(f) == path.Dir(b.File) && f != b.File {
							assets++
						}
					}
					if b.Slug == "talks" && (!b.Bundle || len(b.Assets) != assets || !slices.Contains(tc.files, b.File)) {
						t.Errorf("%s: the bundle read as %+v", disk.name, b)
					}
				}
			}
		})
	}
}
