package check_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestVariants checks which names without a profile are told they may be
// another way of writing a name of the site, and which are not.
func TestVariants(t *testing.T) {
	brief := func(actors string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: T " + actors + "\ndate: 2024\nactors: [" + actors + "]\nsources: [S]\n---\nText.\n")}
	}
	fsys := fstest.MapFS{
		"content/actors/council.md":   {Data: []byte("---\nname: United Nations Security Council\n---\nThe council.\n")},
		"content/actors/president.md": {Data: []byte("---\nname: William Ruto\n---\nKenya's president.\n")},
		"content/actors/smith.md":     {Data: []byte("---\nname: Anna Smith\n---\nA diplomat.\n")},
		"content/briefs/a.md":         brief("UNSC"),
		"content/briefs/b.md":         brief("President William Ruto"),
		"content/briefs/c.md":         brief("W. Ruto"),
		"content/briefs/d.md":         brief("Ruto"),
		"content/briefs/e.md":         brief("Jane Smith"), // another Smith
		"content/briefs/f.md":         brief("Smith"),      // which of them?
		"content/briefs/g.md":         brief("UN"),         // not the council's initials
		"content/briefs/h.md":         brief("United Nations Security Council, William Ruto, Anna Smith"),
		"content/briefs/i.md":         brief("Dr. Ruto"),
		"content/actors/police.md":    {Data: []byte("---\nname: National Police\n---\nKenya's.\n")},
		"content/briefs/j.md":         brief("Haitian National Police"), // another force, not a title
		"content/topics/reform.md":    {Data: []byte("---\nname: Security Reform\n---\nA topic.\n")},
		"content/briefs/k.md":         {Data: []byte("---\ntitle: T k\ndate: 2024\ntopics: [State Security Reform, SR]\nsources: [S]\n---\nText.\n")}, // a title's word before a topic's name
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []string
	for _, d := range ds {
		if strings.Contains(d.Msg, "may be") {
			got = append(got, d.String())
		}
	}
	want := []string{
		`content/briefs/a.md:4:10: warning: actor "UNSC" has no profile and may be "United Nations Security Council" (its initials), which brief takes for another actor; if it is, add "UNSC" to the aliases of its profile, content/actors/council.md`,
		`content/briefs/b.md:4:10: warning: actor "President William Ruto" has no profile and may be "William Ruto" (with a title before it), which brief takes for another actor; if it is, add "President William Ruto" to the aliases of its profile, content/actors/president.md`,
		`content/briefs/c.md:4:10: warning: actor "W. Ruto" has no profile and may be "William Ruto" (with an initial), which brief takes for another actor; if it is, add "W. Ruto" to the aliases of its profile, content/actors/president.md`,
		`content/briefs/d.md:4:10: warning: actor "Ruto" has no profile and may be "William Ruto" (the last name alone), which brief takes for another actor; if it is, add "Ruto" to the aliases of its profile, content/actors/president.md`,
		`content/briefs/i.md:4:10: warning: actor "Dr. Ruto" has no profile and may be "William Ruto" (a title and the last name), which brief takes for another actor; if it is, add "Dr. Ruto" to the aliases of its profile, content/actors/president.md`,
		`content/briefs/k.md:4:33: warning: topic "SR" has no profile and may be "Security Reform" (its initials), which brief takes for another topic; if it is, add "SR" to the aliases of its profile, content/topics/reform.md`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
