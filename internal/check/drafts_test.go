package check_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
)

// TestAddressLinksToDrafts checks that a link to the page a draft left
// out would have, by its address relative to the page the link is on, is
// told once, as naming the draft, not as a broken link, from a brief, a
// profile or a standalone page, to a draft brief or page; that -drafts,
// which builds the page, tells of nothing; and that a link to no page is
// still broken, as is an image at a draft's address, which the build
// does not tell of.
func TestAddressLinksToDrafts(t *testing.T) {
	const draftNote = ` names a draft, content/briefs/note.md, which this build leaves out (-drafts shows it)`
	const draftMethod = ` names a draft, content/method.md, which this build leaves out (-drafts shows it)`
	for _, tc := range []struct {
		name, file, body string
		want, drafts     []string // what check tells without -drafts, and with it
	}{
		{"brief to a draft brief", "content/briefs/a.md", "[n](../note/), [i](../note/index.html), [f](../note/#part).",
			[]string{
				`content/briefs/a.md:6:1: warning: link "../note/"` + draftNote,
				`content/briefs/a.md:6:16: warning: link "../note/index.html"` + draftNote,
				`content/briefs/a.md:6:41: warning: link "../note/#part"` + draftNote,
			},
			nil},
		{"brief to a draft page", "content/briefs/a.md", "[m](../../method/).",
			[]string{`content/briefs/a.md:6:1: warning: link "../../method/"` + draftMethod}, nil},
		{"profile to a draft brief", "content/actors/ruto.md", "[n](../../briefs/note/)",
			[]string{`content/actors/ruto.md:4:1: warning: link "../../briefs/note/"` + draftNote}, nil},
		{"page to a draft brief", "content/about.md", "[n](../briefs/note/index.html)",
			[]string{`content/about.md:4:1: warning: link "../briefs/note/index.html"` + draftNote}, nil},
		{"image", "content/briefs/a.md", "![n](../note/)",
			[]string{`content/briefs/a.md:6:1: error: broken image "../note/": the built site has no briefs/note/index.html`}, nil},
		{"a file beside a draft in its folder", "content/briefs/a.md", "![m](../held/map.png)",
			[]string{`content/briefs/a.md:6:1: error: broken image "../held/map.png": the built site has no briefs/held/map.png; the site has content/briefs/held/map.png, beside the draft content/briefs/held/index.md, which this build leaves out (-drafts publishes both)`}, nil},
		{"image from the root", "content/briefs/a.md", "![n](/briefs/note/)",
			[]string{`content/briefs/a.md:6:1: error: broken image "/briefs/note/": the built site has no briefs/note/index.html`}, nil},
		{"no page", "content/briefs/a.md", "[x](../nothing/) [r](../rumour/)",
			[]string{
				`content/briefs/a.md:6:1: error: broken link "../nothing/": the built site has no briefs/nothing/index.html`,
				// The draft's title is no address.
				`content/briefs/a.md:6:18: error: broken link "../rumour/": the built site has no briefs/rumour/index.html`,
			},
			[]string{
				`content/briefs/a.md:6:1: error: broken link "../nothing/": the built site has no briefs/nothing/index.html`,
				`content/briefs/a.md:6:18: error: broken link "../rumour/": the built site has no briefs/rumour/index.html`,
			}},
	} {
		fsys := fstest.MapFS{
			"content/briefs/a.md":          {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\n---\nText.\n")},
			"content/actors/ruto.md":       {Data: []byte("---\nname: Ruto\n---\nText.\n")},
			"content/briefs/b.md":          {Data: []byte("---\ntitle: B\ndate: 2024\nsources: [S]\n---\n[[Ruto]].\n")},
			"content/about.md":             {Data: []byte("---\ntitle: About\n---\nText.\n")},
			"content/briefs/note.md":       {Data: []byte("---\ntitle: Rumour\ndate: 2025\nsources: [S]\ndraft: true\n---\n## Part\n\nNot yet.\n")},
			"content/method.md":            {Data: []byte("---\ntitle: How we work\ndraft: true\n---\nText.\n")},
			"content/briefs/held/index.md": {Data: []byte("---\ntitle: Held\ndate: 2025\nsources: [S]\ndraft: true\n---\n![A map](map.png)\n")},
			"content/briefs/held/map.png":  {Data: []byte("png")},
		}
		front, _, _ := strings.Cut(string(fsys[tc.file].Data), "Text.")
		fsys[tc.file] = &fstest.MapFile{Data: []byte(front + tc.body + "\n")}
		for _, drafts := range []bool{false, true} {
			name := tc.name
			if drafts {
				name += " -drafts"
			}
			t.Run(name, func(t *testing.T) {
				ds, _ := checkSiteOpts(context.Background(), fsys, build.Options{Workers: 2, Drafts: drafts})
				var got []string
				for _, d := range ds {
					got = append(got, d.String())
				}
				want := tc.want
				if drafts {
					want = tc.drafts
				}
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("check reports:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
			})
		}
	}
}
