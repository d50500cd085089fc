package load

import (
	"slices"
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
