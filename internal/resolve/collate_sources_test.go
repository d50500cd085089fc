package resolve

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/site"
)

// TestCollatedSources checks that the bibliography lists sources by
// title in the order of the site's language, as its entities are; an
// English site's by their match keys, as it always has; and sources of
// one title written otherwise in case or accents by date.
func TestCollatedSources(t *testing.T) {
	for _, tc := range []struct {
		language string
		sources  []string // titles, each with its date after a "|"
		want     string
	}{
		{"es", []string{"Ñandú informe|2024", "Nuevo informe|2024", "Nadie informe|2024"}, "Nadie informe, Nuevo informe, Ñandú informe"},
		{"es", []string{"informe|2020", "Informe|2019", "Peru|2021", "Perú|2018"}, "Informe, informe, Perú, Peru"},
		{"sv", []string{"Ärlig rapport|2024", "Zeta rapport|2024", "Arlig rapport|2023"}, "Arlig rapport, Zeta rapport, Ärlig rapport"},
		{"en", []string{"Ñandú report|2024", "Nuevo report|2024", "Nadie report|2024"}, "Nadie report, Ñandú report, Nuevo report"},
		{"en", []string{"Informe|2020", "informe|2019"}, "informe, Informe"},
	} {
		t.Run(tc.language+" "+tc.want, func(t *testing.T) {
			var list []string
			for _, s := range tc.sources {
				title, when, _ := strings.Cut(s, "|")
				list = append(list, fmt.Sprintf("{title: %q, date: %s}", title, when))
			}
			s, _ := resolveMap(t, map[string]string{
				"brief.yaml":          "language: " + tc.language + "\n",
				"content/briefs/a.md": "---\ntitle: A\ndate: 2024\nsources: [" + strings.Join(list, ", ") + "]\n---\n",
			})
			var got []string
			for _, src := range s.Sources {
				got = append(got, src.Title)
			}
			if strings.Join(got, ", ") != tc.want {
				t.Errorf("sources in the order %q, want %q", strings.Join(got, ", "), tc.want)
			}
		})
	}
}

// TestCollatedSourcesWarnings checks that Resolve warns of a source cited
// in short beside a fuller one of its title (by key) when the site's
// language lists the two apart, Spanish "Ñandú" after "Nuevo", as it does
// when they are listed together.
func TestCollatedSourcesWarnings(t *testing.T) {
	var msgs [2][]string
	for i, language := range []string{"en", "es"} {
		_, ds := resolveMap(t, map[string]string{
			"brief.yaml":          "language: " + language + "\n",
			"content/briefs/a.md": "---\ntitle: A\ndate: 2024\nsources:\n  - {title: Nandu informe, publisher: W, date: 2020-01-01, url: \"https://x.org/a\"}\n---\n",
			"content/briefs/b.md": "---\ntitle: B\ndate: 2024\nsources:\n  - {title: Ñandú informe, publisher: W}\n  - {title: Nuevo informe}\n---\n",
		})
		for _, d := range ds {
			msgs[i] = append(msgs[i], d.String())
		}
	}
	if len(msgs[0]) == 0 {
		t.Fatal("no warning of the source cited in short")
	}
	if !slices.Equal(msgs[0], msgs[1]) {
		t.Errorf("in Spanish, Resolve reports\n%s\nnot, as in English,\n%s", strings.Join(msgs[1], "\n"), strings.Join(msgs[0], "\n"))
	}
}

// TestReviseSourcesCollated checks that ReviseSources places a source
// whose title changes where a new Resolve does on a Spanish site: "Ñandú
// informe" after "Nuevo informe".
func TestReviseSourcesCollated(t *testing.T) {
	fsys := fstest.MapFS{"brief.yaml": {Data: []byte("language: es\n")}}
	for _, title := range []string{"Alfa informe", "Nuevo informe", "Zeta informe", "Nube informe"} {
		slug := strings.ToLower(strings.Fields(title)[0])
		fsys["content/briefs/"+slug+".md"] = &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\ndate: 2024\nsources:\n  - {title: " + title + "}\n---\n")}
	}
	for _, title := range []string{"Ñandú informe", "Nandu informe", "Óscar informe", "Ña"} {
		t.Run(title, func(t *testing.T) {
			s, m, b, want := resolvedFixture(fsys, "zeta")
			cits := []*site.Citation{b.Sources[0].Bare()}
			cits[0].Source.Title = title
			checkRevised(t, fsys, "zeta", s, m, want, true, func() bool { return ReviseSources(s, m, b, cits) }, func(fb *site.Brief) {
				fb.Sources = []*site.Citation{cits[0].Bare()}
			})
		})
	}
}

// TestCollatedSourcesMemo checks that a memo's collation keys of titles
// are those of the language of the site resolved, as its names' are.
func TestCollatedSourcesMemo(t *testing.T) {
	m := NewMemo()
	for _, tc := range []struct{ language, want string }{
		{"es", "Ärlig informe, Zeta informe"},
		{"sv", "Zeta informe, Ärlig informe"},
		{"es", "Ärlig informe, Zeta informe"},
	} {
		fsys := fstest.MapFS{
			"brief.yaml":          {Data: []byte("language: " + tc.language + "\n")},
			"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [Zeta informe, Ärlig informe]\n---\n")},
		}
		var diags diag.List
		s := load.Load(fsys, load.Options{}, &diags)
		ResolveWith(s, &diags, m)
		var got []string
		for _, src := range s.Sources {
			got = append(got, src.Title)
		}
		if strings.Join(got, ", ") != tc.want {
			t.Errorf("%s: sources in the order %q, want %q", tc.language, strings.Join(got, ", "), tc.want)
		}
	}
}
