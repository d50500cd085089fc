package check_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestEntityPositions checks that the warnings of names are told at the
// name, where the front matter's parser found it, in block and flow
// lists, with Windows' line endings, and not at the field's first line.
func TestEntityPositions(t *testing.T) {
	const ruto = "---\nname: William Ruto\n---\nKenya's president.\n"
	const named = "---\ntitle: Named\ndate: 2023\nsources: [S]\nactors: [William Ruto]\n---\nText.\n"
	for _, tc := range []struct {
		name  string
		files map[string]string
		about string // the warnings looked at contain it
		want  string
	}{{
		name: "block list",
		files: map[string]string{
			"content/actors/president.md": ruto,
			"content/briefs/named.md":     named,
			"content/briefs/other.md":     "---\ntitle: Other\ndate: 2024\nsources: [S]\nactors:\n  - Kenya Police\n  - President Ruto\n---\nText.\n",
		},
		about: "may be",
		want:  `content/briefs/other.md:7:5: warning: actor "President Ruto" has no profile and may be "William Ruto" (a title and the last name)`,
	}, {
		name: "block list, CRLF",
		files: map[string]string{
			"content/actors/president.md": ruto,
			"content/briefs/named.md":     named,
			"content/briefs/other.md":     "---\r\ntitle: Other\r\ndate: 2024\r\nsources: [S]\r\nactors:\r\n- Kenya Police\r\n- President Ruto\r\n---\r\nText.\r\n",
		},
		about: "may be",
		want:  `content/briefs/other.md:7:3: warning: actor "President Ruto" has no profile and may be "William Ruto"`,
	}, {
		// The name is also a part of the first one on the line.
		name: "flow list",
		files: map[string]string{
			"content/actors/president.md": ruto,
			"content/briefs/named.md":     named,
			"content/briefs/other.md":     "---\ntitle: Other\ndate: 2024\nsources: [S]\nactors: [Ruto Foundation, Ruto]\n---\nText.\n",
		},
		about: "may be",
		want:  `content/briefs/other.md:5:27: warning: actor "Ruto" has no profile and may be "William Ruto" (the last name alone)`,
	}, {
		name: "flow list, CRLF, newest brief",
		files: map[string]string{
			"content/actors/president.md": ruto,
			"content/briefs/named.md":     named,
			"content/briefs/old.md":       "---\ntitle: Old\ndate: 2020\nsources: [S]\nactors: [W. Ruto]\n---\nText.\n",
			"content/briefs/new.md":       "---\r\ntitle: New\r\ndate: 2025\r\nsources: [S]\r\nactors: [\r\n  Kenya Police,\r\n  W. Ruto]\r\n---\r\nText.\r\n",
		},
		about: "may be",
		want:  `content/briefs/new.md:7:3: warning: actor "W. Ruto" has no profile and may be "William Ruto" (with an initial)`,
	}, {
		name: "orphan, the name on the next line",
		files: map[string]string{
			"content/actors/alice.md": "---\nkind: person\nname:\n  Alice Mwangi\n---\nA diplomat.\n",
		},
		about: "no brief names",
		want:  `content/actors/alice.md:4:3: warning: no brief names the actor "Alice Mwangi" or links to it`,
	}, {
		name: "orphan, CRLF",
		files: map[string]string{
			"content/actors/alice.md": "---\r\nkind: person\r\nname: \"Alice Mwangi\"\r\n---\r\nA diplomat.\r\n",
		},
		about: "no brief names",
		want:  `content/actors/alice.md:3:7: warning: no brief names the actor "Alice Mwangi" or links to it`,
	}, {
		// An alias another kind's profile has as its name is told at the alias.
		name: "name of two kinds, at the alias",
		files: map[string]string{
			"content/briefs/a.md":      "---\ntitle: A\ndate: 2024\nsources: [S]\ncountries: [Sudan]\ntopics: [Nile Crisis]\n---\nText.\n",
			"content/topics/crisis.md": "---\nname: Nile Crisis\naliases:\n  - Nile\n  - Sudan\n---\nA topic.\n",
		},
		about: "is also a name of",
		want:  `content/topics/crisis.md:5:5: warning: topic "Sudan" is also a name of the country Sudan`,
	}, {
		name: "name of two kinds, in a brief's block list",
		files: map[string]string{
			"content/briefs/a.md": "---\ntitle: A\ndate: 2024\nsources: [S]\ncountries: [Sudan]\ntopics:\n  - Nile\n  - Sudan\n---\nText.\n",
		},
		about: "is also a name of",
		want:  `content/briefs/a.md:8:5: warning: topic "Sudan" is also a name of the country Sudan`,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, data := range tc.files {
				fsys[name] = &fstest.MapFile{Data: []byte(data)}
			}
			ds, _ := checkSite(context.Background(), fsys)
			var got []string
			for _, d := range ds {

				if strings.Contains(d.Msg, tc.about) {
					got = append(got, d.String())
				}
			}
			if len(got) != 1 || !strings.HasPrefix(got[0], tc.want) {
				t.Errorf("warnings:\n%s\nwant one starting:\n%s", strings.Join(got, "\n"), tc.want)
			}
		})
	}
}
