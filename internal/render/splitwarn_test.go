package render_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/render"
)

// TestSplitWarnings checks that a site whose templates show a split list
// without its parts is warned of, naming the template, and that the
// theme's templates, and copies that read the parts through a partial,
// are not.
func TestSplitWarnings(t *testing.T) {
	oldTimeline := `{{define "main"}}<h1>{{.Title}}</h1>{{template "timeline" (list . .Years false)}}{{end}}`
	viaVariable := `{{define "main"}}{{$p := .}}<h1>{{.Title}}</h1>{{with $p}}{{range .Years}}{{end}}{{else}}{{range $p.YearPages}}{{.Label}}{{end}}{{end}}{{end}}`
	viaPartial := `{{define "main"}}<h1>{{.Title}}</h1>{{template "parts" .}}{{end}}{{define "parts"}}{{if true}}{{else}}{{template "year-nav" .}}{{end}}{{end}}`
	noLetters := `{{define "main"}}<h1>{{.Title}}</h1>{{range .Sources}}{{.ID}}{{end}}{{end}}`
	noYearNav := `{{define "year-nav"}}<nav></nav>{{end}}`
	for _, tt := range []struct {
		name      string
		templates map[string]string
		want      []string // "file: part of the message"
	}{
		{"theme", nil, nil},
		{"old timeline", map[string]string{"timeline.html": oldTimeline}, []string{
			"templates/timeline.html: the timeline has 8 entries, more than 1, and a page per year, but the site's templates never read .YearPages",
		}},
		{"read through a variable", map[string]string{"timeline.html": viaVariable}, nil},
		{"read through a partial", map[string]string{"timeline.html": viaPartial}, nil},
		{"sources without letters", map[string]string{"sources.html": noLetters}, []string{
			"templates/sources.html: the site has 2 sources, more than 1, and a page for the sources of each letter, but the site's templates never read .SourceLetters",
		}},
		{"partial read by no page", map[string]string{"partials.html": noYearNav}, nil},
		{"partial the page reads through", map[string]string{"partials.html": noYearNav, "timeline.html": viaPartial}, []string{
			"templates/timeline.html: the timeline has 8 entries",
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := timelineSite(false)
			fsys["content/briefs/b.md"] = &fstest.MapFile{Data: []byte("---\ntitle: B\ndate: 2023-07-01\nsources: [{title: T}]\n---\nB.\n")}
			for name, src := range tt.templates {
				fsys["templates/"+name] = &fstest.MapFile{Data: []byte(src)}
			}
			res := build.Build(context.Background(), fsys, build.Options{})
			if res.Diags.HasErrors() {
				t.Fatalf("the site has errors:\n%v", res.Diags)
			}
			var warnings diag.List
			if _, err := render.Render(res.Site, render.Options{SiteFS: fsys, PerYearAbove: 1, Warnings: &warnings}); err != nil {
				t.Fatal(err)
			}
			got := warnings.Sorted()
			if len(got) != len(tt.want) {
				t.Fatalf("warnings:\n%v\nwant %d: %q", got, len(tt.want), tt.want)
			}
			for i, d := range got {
				if d.Severity != diag.Warning || !strings.HasPrefix(d.Pos.File+": "+d.Msg, tt.want[i]) {
					t.Errorf("warning %d = %v, want one starting %q", i, d, tt.want[i])
				}
			}
		})
	}
}
