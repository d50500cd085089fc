package markdown

import (
	"testing"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
)

// TestTitleRepeated checks that a body opening with an h1 that repeats
// the title, case and punctuation aside, is warned of at the heading,
// and no other heading.
func TestTitleRepeated(t *testing.T) {
	const warning = "the body's first heading repeats the title, which the page shows as its heading: remove it"
	const ofName = "the body's first heading repeats the name, which the page shows as its heading: remove it"
	for _, tc := range []struct {
		body, want string
		profile    bool
		untitled   bool // no title in front matter: the loader gives it its slug
	}{
		{"# Talks resume\n\nText.", "b.md:5:3: warning: " + warning, false, false},
		{"# TALKS, resume!\n\nText.", "b.md:5:3: warning: " + warning, false, false},
		{"Talks resume\n===\n\nText.", "b.md:5:1: warning: " + warning, false, false},
		{"# Haitian National Police\n\nWho they are.", "b.md:5:3: warning: " + ofName, true, false},
		{"# Self\n\nText.", "", false, true},
		{"## Talks resume\n\nText.", "", false, false},            // a section of its own
		{"Intro.\n\n# Talks resume", "", false, false},            // not the body's first block
		{"# Talks resumed in Nairobi\n\nText.", "", false, false}, // another heading
		{"# Background\n\nText.", "", false, false},
	} {
		s, _, actor := testSite()
		var diags diag.List
		doc := &Doc{File: "b.md", BodyLine: 5, Source: []byte(tc.body), Site: s, Self: &site.Brief{Slug: "self", Title: "Talks resume"}, Diags: &diags}
		if tc.profile {
			doc.Self, doc.Profile = nil, actor
		}
		if tc.untitled {
			doc.Self.Title, doc.Self.Invalid = doc.Self.Slug, true
		}
		New(Options{}).Convert(doc)
		got := ""
		for _, d := range diags.Sorted() {
			got += d.String()
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.body, got, tc.want)
		}
	}
}
