package render_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/render"
)

// TestParams shows a brief's, a profile's and the site's params through
// a site's own template, escaped, and checks the data files carry them.
func TestParams(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml":          {Data: []byte("title: P\nparams:\n  desk: Port-au-Prince\n")},
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nactors: [X]\nparams:\n  author: \"<b>Me</b>\"\n  words: 900\n  tags: [one, two]\n---\nBody.\n")},
		"content/actors/x.md": {Data: []byte("---\nname: X\nparams: {born: 1966}\n---\n")},
		"templates/brief.html": {Data: []byte(`{{define "main"}}<h1>{{.Brief.Title}}</h1><p class="by">{{.Brief.Params.author}}, {{.Brief.Params.words}} words, {{range .Brief.Params.tags}}[{{.}}]{{end}}, {{.Site.Config.Params.desk}}{{with .Brief.Params.missing}}never{{end}}</p>` +
			`{{range .Brief.Actors}}<p class="born">{{.Params.born}}</p>{{end}}{{end}}`)},
	}
	res := build.Build(context.Background(), fsys, build.Options{})
	if res.Diags.HasErrors() {
		t.Fatalf("errors: %v", res.Diags)
	}
	files, err := render.Files(res.Files, fsys)
	if err != nil {
		t.Fatal(err)
	}
	page := string(files["briefs/a/index.html"])
	for _, want := range []string{
		`<p class="by">&lt;b&gt;Me&lt;/b&gt;, 900 words, [one][two], Port-au-Prince</p>`,
		`<p class="born">1966</p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the brief's page lacks %s", want)
		}
	}
	var briefs struct {
		Briefs []struct{ Params map[string]any }
	}
	var entities struct {
		Entities []struct{ Params map[string]any }
	}
	if err := json.Unmarshal(files["data/briefs.json"], &briefs); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(files["data/entities.json"], &entities); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(briefs.Briefs[0].Params); got != "map[author:<b>Me</b> tags:[one two] words:900]" {
		t.Errorf("briefs.json: params %s", got)
	}
	var got []string
	for _, e := range entities.Entities {
		got = append(got, fmt.Sprint(e.Params))
	}
	if len(got) == 0 || got[0] != "map[born:1966]" || strings.Count(string(files["data/entities.json"]), `"params"`) != 1 {
		t.Errorf("entities.json: params %q, want X's alone", got)
	}
}
