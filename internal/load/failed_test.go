package load

import (
	"maps"
	"testing"
)

// TestFailed checks that a content file left out of the site for its
// errors is known by the names a link gives it, in Site.Failed, its title
// too when its line reads alone (of a merge conflict, the first side's),
// and that a file that is read, or kept for its other problems to be
// found, is not.
func TestFailed(t *testing.T) {
	s, _ := loadMap(t, map[string]string{
		"content/briefs/Kenya Strain.md": "---\ntitle: [Strain\n---\nBody.\n",
		"content/briefs/talks/index.md":  "---\n<<<<<<< HEAD\ntitle: The talks\n=======\ntitle: Talks\n>>>>>>> other\n---\nBody.\n",
		"content/briefs/strain.md":       "---\ntitle: \"Kenyan officers: strain\"\nsummary: [Officers\n---\nBody.\n",
		"content/briefs/vote.md":         "+++\ntitle = 'The vote'\ndate = [\n+++\nBody.\n",
		"content/briefs/unclosed.md":     "---\ntitle: Unclosed\n\nBody.\n",
		"content/briefs/kept.md":         "---\ntitle: Kept\ndate: 2024-13\n---\nBody.\n",
		"content/briefs/fine.md":         "---\ntitle: Fine\ndate: 2024\n---\nBody.\n",
		"content/topics/sudan.md":        "---\nname: [Sudan\n---\nBody.\n",
		"content/actors/cara.md":         "---\nname: Cara\nnmae: C\n---\nBody.\n",
		"content/about.md":               "---\ntitle: About this briefing\nweight: [1\n---\nBody.\n",
		"content/method.md":              "---\ntitle: Our method\nweight: heavy\n---\nBody.\n",
	}, Options{})
	want := map[string]string{
		"kenya strain":           "content/briefs/Kenya Strain.md",
		"talks":                  "content/briefs/talks/index.md",
		"the talks":              "content/briefs/talks/index.md",
		"strain":                 "content/briefs/strain.md",
		"kenyan officers strain": "content/briefs/strain.md",
		"vote":                   "content/briefs/vote.md",
		"the vote":               "content/briefs/vote.md",
		"unclosed":               "content/briefs/unclosed.md",
		"sudan":                  "content/topics/sudan.md",
		"topics/sudan":           "content/topics/sudan.md",
		"about":                  "content/about.md",
		"about this briefing":    "content/about.md",
		"method":                 "content/method.md",
		"our method":             "content/method.md",
	}
	if !maps.Equal(s.Failed, want) {
		t.Errorf("Failed = %v\nwant %v", s.Failed, want)
	}
}
