package build_test

import (
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
)

// TestCachePageLinks checks that serve's incremental build gives the
// site a full build does after edits that change where a brief's links
// to a standalone page lead: a link by the page's file's name
// ([e](about.md)) goes to a brief that takes the name, and links by
// address, path and title follow a page's headings, drafts and titles.
func TestCachePageLinks(t *testing.T) {
	const (
		page  = "---\ntitle: About us\n---\nHello.\n"
		other = "---\ntitle: B\ndate: 2024\nsources: [S]\n---\nB.\n"
	)
	// A body of one link: the cache tells the keys a kept body looked up
	// by a mask of their hashes, which more links could fill by chance.
	const byName, all = "See [e](about.md).\n", "See [e](about.md), [t](/about/#team), [[About us]], [x](/about) and [y](../about.md).\n"
	for _, tc := range []struct {
		name, body string
		file       string
		steps      []string
	}{
		{"a brief takes the page's file name", byName, "content/briefs/b.md", []string{"---\ntitle: About\ndate: 2024\nsources: [S]\n---\nB.\n", other}},
		{"a profile takes the page's file name", byName, "content/briefs/b.md", []string{"---\ntitle: B\ndate: 2024\nsources: [S]\nactors: [About]\n---\nB.\n", other}},
		{"a brief takes the page's title", all, "content/briefs/b.md", []string{"---\ntitle: About us\ndate: 2024\nsources: [S]\n---\nB.\n", other}},
		{"a heading added", all, "content/about.md", []string{"---\ntitle: About us\n---\n## Team\nHello.\n", page}},
		{"the page a draft", all, "content/about.md", []string{"---\ntitle: About us\ndraft: true\n---\nHello.\n", page}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"content/about.md":    {Data: []byte(page)},
				"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\n---\n" + tc.body)},
				"content/briefs/b.md": {Data: []byte(other)},
			}
			cache := build.NewCache()
			built(t, fsys, build.Options{Cache: cache})
			for i, s := range tc.steps {
				fsys[tc.file] = &fstest.MapFile{Data: []byte(s)}
				got := built(t, fsys, build.Options{Cache: cache, Changed: []string{tc.file}})
				full := built(t, fsys, build.Options{})
				sameSnapshot(t, fmt.Sprintf("%s, step %d", tc.name, i+1), got, full)
			}
		})
	}
}
