package markdown

import (
	"fmt"
	"testing"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
)

// TestCitationOfAnotherBriefsSource checks that a key naming a source
// the brief does not list, as after the brief retitled a source other
// briefs still cite by its old title, is told the brief's source it most
// likely meant (of the same URL, a letter or two away, or holding most
// of its words), or else the brief's keys, those most like it first.
func TestCitationOfAnotherBriefsSource(t *testing.T) {
	const url = "https://example.org/2025/09/us-pushes"
	old := &site.Source{ID: "us-pushes-to-expand-kenya-led-mission-at-the-gathering-of-world-leaders",
		Title: "U.S. pushes to expand Kenya-led mission at the gathering of world leaders", URL: url}
	retitled := &site.Source{ID: "us-pushes-to-expand-kenya-led-mission-at-un", Title: "US pushes to expand Kenya-led mission at UN", URL: "http://www.example.org/2025/09/us-pushes/"}
	unlinked := &site.Source{ID: "us-seeks-a-larger-kenya-led-force", Title: "US seeks a larger Kenya-led force"}
	weighs := &site.Source{ID: "united-states-weighs-new-force-for-haiti", Title: "The United States weighs a new force for Haiti"}
	council := &site.Source{ID: "council-renews-mandate", Title: "Council renews mandate"}
	council2 := &site.Source{ID: "council-renews-mandate-un-2025", Title: "Council renews the mandate", Publisher: "UN"}
	ruto := &site.Source{ID: "ruto-on-the-missions-strength", Title: "Ruto on the mission's strength"}
	funds := &site.Source{ID: "trust-fund-gets-pledges", Title: "Trust fund gets pledges"}
	airport := &site.Source{ID: "airport-retaken", Title: "Airport retaken"}
	other := &site.Source{ID: "kenya-sends-more-police", Title: "Kenya sends more police"}
	const names = `names a source this brief does not list, `
	for _, tc := range []struct {
		name    string
		key     string
		sources []*site.Source
		want    string
	}{
		{"retitled, of the same URL", "us-pushes-to-expand-kenya-led-mission-at-the-gathering-of-world-leaders", []*site.Source{weighs, retitled},
			names + `"U.S. pushes to expand Kenya-led mission at the gathering of world leaders"; did you mean @us-pushes-to-expand-kenya-led-mission-at-un? (or add that source under sources: in the front matter to cite it here)`},
		{"retitled, most of its words", "kenya-sends-more-police", []*site.Source{weighs, {ID: "kenya-sends-police", Title: "Kenya sends police"}},
			names + `"Kenya sends more police"; did you mean @kenya-sends-police? (or add that source under sources: in the front matter to cite it here)`},
		{"a letter or two away", "kenya-sends-more-police", []*site.Source{weighs, {ID: "kenya-sends-more-polices", Title: "Kenya sends more polices!"}},
			names + `"Kenya sends more police"; did you mean @kenya-sends-more-polices? (or add that source under sources: in the front matter to cite it here)`},
		{"none close: the brief's keys, the likeliest first", "us-pushes-to-expand-kenya-led-mission-at-the-gathering-of-world-leaders", []*site.Source{weighs, council, unlinked},
			names + `"U.S. pushes to expand Kenya-led mission at the gathering of world leaders": add it under sources: in the front matter to cite it here, or cite one this brief lists, @us-seeks-a-larger-kenya-led-force, @united-states-weighs-new-force-for-haiti, @council-renews-mandate`},
		{"two as close", "kenya-sends-more-police", []*site.Source{{ID: "kenya-sends-police", Title: "Kenya sends police"}, {ID: "kenya-sends-more-troops", Title: "Kenya sends more troops"}},
			names + `"Kenya sends more police": add it under sources: in the front matter to cite it here, or cite one this brief lists, @kenya-sends-police, @kenya-sends-more-troops`},
		{"many sources", "kenya-sends-more-police", []*site.Source{weighs, council, council2, ruto, funds, airport, unlinked},
			names + `"Kenya sends more police": add it under sources: in the front matter to cite it here, or cite one this brief lists, @us-seeks-a-larger-kenya-led-force, @united-states-weighs-new-force-for-haiti, @council-renews-mandate, @council-renews-mandate-un-2025, @ruto-on-the-missions-strength and 2 more`},
		{"no sources", "kenya-sends-more-police", nil,
			"citation @kenya-sends-more-police, but this brief lists no sources: give the source under sources: in the front matter, then cite it by its ID, the slug of its title"},
		{"of no brief, most of its words", "trust-fund-got-new-pledges", []*site.Source{weighs, funds},
			"names none of this brief's sources; did you mean @trust-fund-gets-pledges? (a key is a source's ID or the slug of its title: @united-states-weighs-new-force-for-haiti, @trust-fund-gets-pledges)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := &site.Brief{Slug: "self", Title: "Self"}
			for _, src := range tc.sources {
				b.Sources = append(b.Sources, &site.Citation{Source: src})
			}
			s := &site.Site{Sources: append([]*site.Source{old, other}, tc.sources...), Names: map[string]site.Target{}}
			var diags diag.List
			doc := &Doc{File: "b.md", BodyLine: 5, Source: []byte("Claim [@" + tc.key + "]."), Site: s, Self: b, Diags: &diags}
			New(Options{}).Convert(doc)
			want := fmt.Sprintf("b.md:5:8: error: citation @%s %s", tc.key, tc.want)
			if tc.sources == nil {
				want = "b.md:5:8: error: " + tc.want
			}
			if got := warnings(diags.Sorted()); got != want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
