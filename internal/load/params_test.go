package load

import (
	"reflect"
	"strings"
	"testing"
)

// TestParams checks what a brief's, a profile's and the site's params
// keep, in YAML and TOML, and what each mistake in them is told as.
func TestParams(t *testing.T) {
	s, ds := loadMap(t, map[string]string{
		"brief.yaml": "title: S\nparams:\n  analytics: none\n",
		"content/briefs/a.md": "---\ntitle: A\ndate: 2024\nparams:\n  author: \"Moi\u0308se\"\n  words: 900\n  score: 0.5\n  big: 99999999999999999999\n" +
			"  inf: .inf\n  reviewed: true\n  none:\n  on: 2024-05-01\n  tags: [a, 2]\n  desk: {name: Haiti, floor: 3}\n---\nBody.\n",
		"content/briefs/b.md": "+++\ntitle = \"B\"\ndate = \"2024\"\n[params]\nwords = 12\nratio = 1.5\nnan = nan\nwhen = 2024-05-01\n" +
			"lt = 07:32:00\nldt = 1979-05-27T07:32:00.5\nodt = 1979-05-27T07:32:00.999-07:00\n+++\nBody.\n",
		"content/actors/x.md":     "---\nname: X\nparams: {born: 1966}\n---\n",
		"content/topics/empty.md": "---\nname: Empty\nparams: {}\n---\n",
	}, Options{})
	for _, d := range ds {
		t.Errorf("unexpected: %v", d)
	}
	want := map[string]any{
		"author": "Moïse", "words": int64(900), "score": 0.5, "big": "99999999999999999999",
		"inf": ".inf", "reviewed": true, "none": nil, "on": "2024-05-01",
		"tags": []any{"a", int64(2)}, "desk": map[string]any{"name": "Haiti", "floor": int64(3)},
	}
	wantTOML := map[string]any{"words": int64(12), "ratio": 1.5, "nan": "nan", "when": "2024-05-01",
		"lt": "07:32:00", "ldt": "1979-05-27T07:32:00.5", "odt": "1979-05-27T07:32:00.999-07:00"}
	for _, b := range s.Briefs {
		switch b.Title {
		case "A":
			if !reflect.DeepEqual(b.Params, want) {
				t.Errorf("A's params %#v,\nwant %#v", b.Params, want)
			}
		case "B":
			if !reflect.DeepEqual(b.Params, wantTOML) {
				t.Errorf("B's params %#v,\nwant %#v", b.Params, wantTOML)
			}
		}
	}
	if len(s.Briefs) != 2 {
		t.Errorf("%d briefs", len(s.Briefs))
	}
	if got := s.Config.Params; !reflect.DeepEqual(got, map[string]any{"analytics": "none"}) {
		t.Errorf("site params %#v", got)
	}
}

func TestParamsProblems(t *testing.T) {
	deep := "params: {a: " + strings.Repeat("[", 20) + strings.Repeat("]", 20) + "}"
	for _, tc := range []struct{ name, front, want string }{
		{"not a mapping", "params: [a]", "4:9: error: `params` must be a mapping of your own fields to their values, not a list"},
		{"text", "params: x", "4:9: error: `params` must be a mapping of your own fields to their values, not \"x\""},
		{"twice", "params:\n  a: 1\n  a: 2", "6:3: error: `params.a` is given twice"},
		{"alias", "params:\n  a: &x 1\n  b: *x", "6:6: error: YAML aliases (*name) are not supported in front matter"},
		{"too deep", deep, "4:29: error: `params.a` nests more than 16 lists and mappings deep"},
		{"control", "params:\n  a: \"x\\x01y\"", "5:6: warning: `params.a` has a control character, which is left out"},
		{"empty key", "params:\n  \"\": x", "5:3: error: `params` has a key that is not a name"},
		{"own field", "desk: Caribbean", "4:1: error: unknown field `desk` in brief (known fields: title, summary, date, updated, actors, countries, topics, sources, events, draft, aliases, params; a field of your own goes under `params`)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ds := loadMap(t, map[string]string{"content/briefs/a.md": "---\ntitle: A\ndate: 2024\n" + tc.front + "\n---\nBody.\n"}, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			if len(got) == 0 || !strings.Contains(got[0], tc.want) {
				t.Errorf("diagnostics %q, want %q", got, tc.want)
			}
		})
	}
}
