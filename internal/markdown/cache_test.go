package markdown

import (
	"fmt"
	"hash/maphash"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

func TestKeySet(t *testing.T) {
	for _, n := range []int{0, 1, keySetList, keySetList + 1, 3 * keySetList} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			s := keySet{seed: maphash.MakeSeed()}
			for i := range n {
				s.add(fmt.Sprintf("key %d", i))
				s.add(fmt.Sprintf("key %d", i/2)) // added again
			}
			if s.len() != n {
				t.Errorf("len() = %d, want %d", s.len(), n)
			}
			for i := range n {
				if k := fmt.Sprintf("key %d", i); !s.has(k) {
					t.Errorf("has(%q) = false after add", k)
				} else if b := keyBit(s.seed, k); s.bits&b == 0 {
					t.Errorf("bits %b lack %q's bit %b", s.bits, k, b)
				}
			}
			for _, k := range []string{"", "key", fmt.Sprintf("key %d", n), "key -1"} {
				if s.has(k) {
					t.Errorf("has(%q) = true, never added", k)
				}
			}
		})
	}
}

// TestCacheTitleRepeated checks that a body the cache keeps is converted
// again when its brief is retitled and it opens with a heading, whose
// warning that it repeats the title then comes or goes, as serve
// rebuilds after a title edit.
func TestCacheTitleRepeated(t *testing.T) {
	cache := NewCache()
	b := &site.Brief{Slug: "b", Title: "Ceasefire talks", File: "b.md", Body: []byte("# Ceasefire talks\n\nText.\n")}
	s := &site.Site{Briefs: []*site.Brief{b}, Names: map[string]site.Target{}}
	for _, step := range []struct {
		title string
		warn  bool
	}{{"Ceasefire talks", true}, {"Talks resume", false}, {"Ceasefire talks", true}} {
		b.Title = step.title
		var diags diag.List
		New(Options{Cache: cache}).ConvertSite(s, &diags)
		warned := false
		for _, d := range diags.Sorted() {
			warned = warned || strings.Contains(d.Msg, "repeats the title")
		}
		if warned != step.warn {
			t.Errorf("titled %q: warned %v, want %v: %v", step.title, warned, step.warn, diags.Sorted())
		}
	}
}

// TestCacheSuggestions checks that the names a wikilink naming nothing is
// told the nearest of are kept from one ConvertSite to the next while
// the name table leads every key where it did, and made again when a key
// leads elsewhere or a name gains or loses its profile, which a
// suggestion prefers; a body kept from the last ConvertSite is then
// converted again for what its warning suggests, as serve rebuilds while
// an editor types a wikilink.
func TestCacheSuggestions(t *testing.T) {
	cache := NewCache()
	type step struct {
		entities []*site.Entity
		report   string // the title of the brief the body's second link means
		body     string
		want     []string
		kept     bool // the names of the step before are kept
	}
	first := []*site.Entity{
		{Kind: site.Actor, Slug: "viv-ansanm", Name: "Viv Ansanm", File: "content/actors/viv-ansanm.md"},
		{Kind: site.Actor, Slug: "viv-ansamn", Name: "Viv Ansamn"},
	}
	steps := []step{
		{first, "Police mission in Haiti expands", "Edit 1", []string{"did you mean [[Viv Ansanm]]?", "did you mean [[Police mission in Haiti expands]]?"}, false},
		// The same names, the body edited: the names are kept.
		{first, "Police mission in Haiti expands", "Edit 2", []string{"did you mean [[Viv Ansanm]]?", "did you mean [[Police mission in Haiti expands]]?"}, true},
		// The profile moves to the other name, which wins the tie now,
		// the body as it was.
		{[]*site.Entity{
			{Kind: site.Actor, Slug: "viv-ansanm", Name: "Viv Ansanm"},
			{Kind: site.Actor, Slug: "viv-ansamn", Name: "Viv Ansamn", File: "content/actors/viv-ansamn.md"},
		}, "Police mission in Haiti expands", "Edit 2", []string{"did you mean [[Viv Ansamn]]?", "did you mean [[Police mission in Haiti expands]]?"}, false},
		// A name added and a brief retitled, the body as it was.
		{[]*site.Entity{
			{Kind: site.Actor, Slug: "viv-ansanm", Name: "Viv Ansanm", File: "content/actors/viv-ansanm.md"},
			{Kind: site.Actor, Slug: "viv-ansamm", Name: "Viv Ansamm", File: "content/actors/viv-ansamm.md"},
		}, "Police mission in Haiti grows", "Edit 2", []string{"did you mean [[Viv Ansamm]]?", "did you mean [[Police mission in Haiti grows]]?"}, false},
	}
	var before *names
	for i, st := range steps {
		a := &site.Brief{Slug: "a", Title: "A", File: "a.md", Body: []byte(st.body + ": [[Viv Ansam]] and [[Haiti police mission]].\n")}
		report := &site.Brief{Slug: "report", Title: st.report, File: "report.md"}
		s := &site.Site{Briefs: []*site.Brief{a, report}, Actors: st.entities, Names: map[string]site.Target{
			slug.Key(a.Title): {Brief: a}, slug.Key(report.Title): {Brief: report}, slug.Key(report.Slug): {Brief: report},
		}}
		for _, e := range st.entities {
			s.Names[slug.Key(e.Name)] = site.Target{Entity: e}
		}
		var diags diag.List
		New(Options{Cache: cache}).ConvertSite(s, &diags)
		var msgs []string
		for _, d := range diags.Sorted() {
			msgs = append(msgs, d.Msg)
		}
		for _, w := range st.want {
			if !strings.Contains(strings.Join(msgs, "\n"), w) {
				t.Errorf("step %d: no warning says %q: %q", i, w, msgs)
			}
		}
		if kept := cache.suggestions == before; kept != st.kept {
			t.Errorf("step %d: names kept = %v, want %v", i, kept, st.kept)
		}
		before = cache.suggestions
	}
}

// TestCacheSummary checks that serve's conversions, which keep a body's
// conversion in the cache, give a brief the summary a build from
// scratch gives it, as its body is edited from a paragraph to a quote, a
// callout or an image alone and back, and when its body is kept: none
// from a quote, a callout or an image's description.
func TestCacheSummary(t *testing.T) {
	cache := NewCache()
	b := &site.Brief{Slug: "b", Title: "B", File: "b.md"}
	s := &site.Site{Briefs: []*site.Brief{b}, Names: map[string]site.Target{}}
	for i, st := range []struct{ body, want string }{
		{"The mission landed.", "The mission landed."},
		{"> only a quote", ""},
		{"> only a quote", ""}, // kept
		{"> [!NOTE]\n> A callout.", ""},
		{"![Map of the area](x.png)\n\nThe mission landed.", "The mission landed."},
		{"![Map of the area](x.png)", ""},
		{"![Map of the area](x.png)", ""}, // kept
		{"> [!NOTE]\n> A callout.\n\nTalks resumed.", "Talks resumed."},
	} {
		b.Body = []byte(st.body + "\n")
		var diags diag.List
		New(Options{Cache: cache}).ConvertSite(s, &diags)
		fresh := &site.Brief{Slug: "b", Title: "B", File: "b.md", Body: b.Body}
		New(Options{}).ConvertSite(&site.Site{Briefs: []*site.Brief{fresh}, Names: map[string]site.Target{}}, new(diag.List))
		if b.Summary != st.want || fresh.Summary != st.want {
			t.Errorf("step %d, %q: summary %q with the cache, %q without, want %q", i, st.body, b.Summary, fresh.Summary, st.want)
		}
	}
}
