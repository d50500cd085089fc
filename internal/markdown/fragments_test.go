package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// fragmentSite returns a site of a brief "Target" with the body target, a
// brief "Linker" with the body linker, and an actor "Nobody" with no body.
func fragmentSite(target, linker string) (*site.Site, *site.Brief) {
	tb := &site.Brief{Slug: "target", Title: "Target", File: "content/briefs/target.md", BodyLine: 5, Body: []byte(target)}
	lb := &site.Brief{Slug: "linker", Title: "Linker", File: "content/briefs/linker.md", BodyLine: 5, Body: []byte(linker)}
	e := &site.Entity{Kind: site.Actor, Slug: "nobody", Name: "Nobody", File: "content/actors/nobody.md"}
	s := &site.Site{Briefs: []*site.Brief{tb, lb}, Actors: []*site.Entity{e}, Names: map[string]site.Target{
		slug.Key("Target"): {Brief: tb}, slug.Key("Linker"): {Brief: lb}, slug.Key("Nobody"): {Entity: e},
	}}
	return s, tb
}

func warnings(ds []diag.Diagnostic) string {
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return strings.Join(out, "\n")
}

func TestFragmentWarnings(t *testing.T) {
	headings := "## Résumé du conflit\n\n## Main\n\n## Résumé du conflit\n"
	var many strings.Builder
	for i := range 7 {
		fmt.Fprintf(&many, "## Part %d\n\n", i)
	}
	for _, tc := range []struct {
		name, target, link, want string
	}{
		{"heading", headings, "[[Target#Résumé du conflit]]", ""},
		{"heading made unique", headings, "[[Target#résumé-du-conflit-2]]", ""},
		{"heading kept off a page id", headings, "[[Target#main-2]]", ""},
		{"page's own id", headings, "[[Target#sources-heading]]", ""},
		{"heading named as a page's id", headings, "[[Target#Main]]",
			`content/briefs/linker.md:5:1: warning: wikilink [[Target#Main]]: #main is an element of the page itself; the heading of that name in "Target" is #main-2`},
		{"ids the pages make from data", headings, "[[Nobody#y2024]] [[Nobody#y-earlier]] [[Target#src-report]] [[Target#Src Report]]", ""},
		{"missing", headings, "See [[Target#Resume]].",
			`content/briefs/linker.md:5:5: warning: wikilink [[Target#Resume]]: "Target" has no heading #resume; its headings are #résumé-du-conflit, #main-2, #résumé-du-conflit-2`},
		{"missing but for accents", headings, "See [[Target#Resume du conflit]] and [that](target.md#RESUME-DU-CONFLIT-2).",
			`content/briefs/linker.md:5:5: warning: wikilink [[Target#Resume du conflit]]: "Target" has no heading #resume-du-conflit; did you mean #résumé-du-conflit? (a heading's id keeps its accents)` + "\n" +
				`content/briefs/linker.md:5:38: warning: link "target.md#RESUME-DU-CONFLIT-2": "Target" has no heading #resume-du-conflit-2; did you mean #résumé-du-conflit-2? (a heading's id keeps its accents)`},
		{"many headings", many.String(), "[[Target#Part 9]]",
			`content/briefs/linker.md:5:1: warning: wikilink [[Target#Part 9]]: "Target" has no heading #part-9; its headings include #part-0, #part-1, #part-2, #part-3, #part-4 and 2 more`},
		{"five headings", "## A\n\n## B\n\n## C\n\n## D\n\n## E\n", "[[Target#F]]",
			`content/briefs/linker.md:5:1: warning: wikilink [[Target#F]]: "Target" has no heading #f; its headings are #a, #b, #c, #d, #e`},
		{"first heading named as a page's id", "## Main\n", "[[Target#Main]]",
			`content/briefs/linker.md:5:1: warning: wikilink [[Target#Main]]: #main is an element of the page itself; the heading of that name in "Target" is #main-2`},
		{"no body", "", "[[Nobody#History]]",
			`content/briefs/linker.md:5:1: warning: wikilink [[Nobody#History]]: "Nobody" has no heading #history; it has no headings`},
		{"own page", "", "## Here\n\n[[Linker#Here]] [[Linker#There]]",
			`content/briefs/linker.md:7:17: warning: wikilink [[Linker#There]]: "Linker" has no heading #there; its headings are #here`},
		{"no fragment", "", "[[Target]]", ""},
		{"same page", "", "## Here {#h}\n\n[[#Here]] [[#h|that]] [[#There]]",
			`content/briefs/linker.md:7:23: warning: wikilink [[#There]]: "Linker" has no heading #there; its headings are #h`},
		{"markdown link to a heading by its text", headings, "[a](target.md#R%C3%A9sum%C3%A9%20du%20conflit) [b](Target.md#Main)",
			`content/briefs/linker.md:5:48: warning: link "Target.md#Main": #main is an element of the page itself; the heading of that name in "Target" is #main-2`},
		{"markdown link", headings, "See [this](target.md#nowhere) and [that](target.md#r%C3%A9sum%C3%A9-du-conflit).",
			`content/briefs/linker.md:5:5: warning: link "target.md#nowhere": "Target" has no heading #nowhere; its headings are #résumé-du-conflit, #main-2, #résumé-du-conflit-2`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := fragmentSite(tc.target, tc.link)
			var diags diag.List
			dataID := func(id string) bool { return id == "y2024" || id == "y-earlier" || id == "src-report" }
			New(Options{ReservedIDs: "main sources-heading", DataID: dataID}).ConvertSite(s, &diags)
			if got := warnings(diags.Sorted()); got != tc.want {
				t.Errorf("warnings:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// TestFragmentWarningsCached checks that a kept conversion's wikilinks are
// checked against the headings the bodies they lead to have now.
func TestFragmentWarningsCached(t *testing.T) {
	cache := NewCache()
	conv := New(Options{Cache: cache})
	s, target := fragmentSite("## Background\n", "[[Target#Background]]")
	var diags diag.List
	conv.ConvertSite(s, &diags)
	if got := warnings(diags.Sorted()); got != "" {
		t.Fatalf("first build warns:\n%s", got)
	}
	target.Body = []byte("## Context\n") // the linker's body is unchanged
	diags = diag.List{}
	conv.ConvertSite(s, &diags)
	want := `content/briefs/linker.md:5:1: warning: wikilink [[Target#Background]]: "Target" has no heading #background; its headings are #context`
	if got := warnings(diags.Sorted()); got != want {
		t.Errorf("after the heading changed:\n%s\nwant:\n%s", got, want)
	}
	target.Body = []byte("## Background\n")
	diags = diag.List{}
	conv.ConvertSite(s, &diags)
	if got := warnings(diags.Sorted()); got != "" {
		t.Errorf("after the heading came back:\n%s", got)
	}
}

// TestFragmentWarningsSameSlug checks that a profile's headings are not
// taken for those of a brief with the same slug.
func TestFragmentWarningsSameSlug(t *testing.T) {
	s, _ := fragmentSite("", "[[Nobody#History]]")
	namesake := &site.Brief{Slug: "nobody", Title: "Nobody's brief", File: "content/briefs/nobody.md", BodyLine: 5, Body: []byte("## History\n")}
	s.Briefs = append(s.Briefs, namesake)
	var diags diag.List
	New(Options{}).ConvertSite(s, &diags)
	want := `content/briefs/linker.md:5:1: warning: wikilink [[Nobody#History]]: "Nobody" has no heading #history; it has no headings`
	if got := warnings(diags.Sorted()); got != want {
		t.Errorf("warnings:\n%s\nwant:\n%s", got, want)
	}
}
