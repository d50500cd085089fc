package load

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestDraftsTypo checks that a folder of content/briefs/ named as
// _drafts misspelt is warned of, its briefs published, and that a folder
// named otherwise, or _drafts itself, or one in _drafts, is not.
func TestDraftsTypo(t *testing.T) {
	const warning = ": warning: did you mean _drafts? this folder's briefs are published, as any folder's, where those of a folder named _drafts are drafts, left out without -drafts"
	for _, tc := range []struct {
		folder string
		warned bool
	}{
		{"_draft", true},
		{"_Draft", true},
		{"_darfts", true},
		{"drafts", false}, // a name a site may mean
		{"_drafs", true},
		{"2024/_draft", true},
		{"_drafts", false},
		{"_drafts/draft", false}, // drafts all the same
		{"crafts", false},
		{"_posts", false},
		{"2024", false},
	} {
		t.Run(tc.folder, func(t *testing.T) {
			dir := "content/briefs/" + tc.folder
			s, ds := loadMap(t, map[string]string{dir + "/a.md": "---\ntitle: A\ndate: 2024\n---\n"}, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			var want []string
			if tc.warned {
				want = []string{dir + warning}
			}
			if !slices.Equal(got, want) {
				t.Errorf("diagnostics %q, want %q", got, want)
			}
			if published := len(s.Briefs) == 1; published != !inDrafts(dir+"/a.md") {
				t.Errorf("%d briefs published", len(s.Briefs))
			}
		})
	}
}

// TestProfileDraft checks that a profile's `publish`, `draft` or
// `published` says that a profile cannot be kept out of the site, and
// how to keep its text private, never to put the field under `params`.
func TestProfileDraft(t *testing.T) {
	const private = " a profile cannot be kept out of the site, as every brief that names the %[1]s makes the %[1]s's page, with this file's text; to keep the text private, move the file out of content/, or remove the private text from it"
	const always = " remove it: a profile is always published, its text on the %[1]s's page, which every brief that names the %[1]s makes"
	for _, tc := range []struct{ file, line, want string }{
		{"content/actors/a.md", "publish: false", "3:1: error: unknown field `publish` in actor profile:" + private},
		{"content/countries/a.md", "draft: true", "3:1: error: unknown field `draft` in country profile:" + private},
		{"content/topics/a.md", "published: no", "3:1: error: unknown field `published` in topic profile:" + private},
		{"content/actors/a.md", "Draft: maybe", "3:1: error: unknown field `Draft` in actor profile:" + private},
		{"content/actors/a.md", "publish: true", "3:1: error: unknown field `publish` in actor profile:" + always},
		{"content/actors/a.md", "draft: false", "3:1: error: unknown field `draft` in actor profile:" + always},
	} {
		t.Run(tc.file+" "+tc.line, func(t *testing.T) {
			_, ds := loadMap(t, map[string]string{tc.file: "---\nname: A\n" + tc.line + "\n---\nPrivate.\n"}, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, fmt.Sprintf("%d:%d: %s: %s", d.Pos.Line, d.Pos.Col, d.Severity, d.Msg))
			}
			entity := strings.Fields(tc.want)[6] // "actor" of "in actor profile"
			want := []string{fmt.Sprintf(tc.want, entity)}
			if !slices.Equal(got, want) {
				t.Errorf("diagnostics %q, want %q", got, want)
			}
		})
	}
}
