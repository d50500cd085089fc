package resolve

import (
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/corpus"
	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// describe writes out everything Resolve decides about s: orders, lists,
// merged sources and the name table, by slug and ID, not by pointer.
func describe(s *site.Site) string {
	var w strings.Builder
	slugs := func(es []*site.Entity) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Slug)
		}
		return out
	}
	for _, b := range s.Briefs {
		fmt.Fprintf(&w, "brief %s %q %s %v %v %v %v\n", b.Slug, b.Title, b.Date, b.DatePos, slugs(b.Actors), slugs(b.Countries), slugs(b.Topics))
		for _, c := range b.Sources {
			fmt.Fprintf(&w, "  cites %s %q %q at %v\n", c.Source.ID, c.Source.Title, c.Note, c.Pos)
		}
		for _, e := range b.Events {
			fmt.Fprintf(&w, "  event %s %q at %v %v %v\n", e.Date, e.Text, e.Pos, e.ActorRefs, e.CountryRefs)
		}
	}
	event := func(e *site.Event) string {
		return fmt.Sprintf("%s %v %q %s %v %v %v", e.Date, e.OfBrief, e.Text, e.Brief.Slug, e.Pos, slugs(e.Actors), slugs(e.Countries))
	}
	for _, e := range s.Timeline {
		fmt.Fprintf(&w, "timeline %s\n", event(e))
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			fmt.Fprintf(&w, "%s %s %q %v %s %s; nil lists: %v %v %v %v\n", k.Singular(), e.Slug, e.Name, e.Pos, e.Code, e.Flag,
				e.Briefs == nil, e.Events == nil, e.Sources == nil, e.Related == nil)
			for _, b := range e.Briefs {
				fmt.Fprintf(&w, "  brief %s\n", b.Slug)
			}
			for _, ev := range e.Events {
				fmt.Fprintf(&w, "  event %s\n", event(ev))
			}
			for _, src := range e.Sources {
				fmt.Fprintf(&w, "  source %s\n", src.ID)
			}
			for _, r := range e.Related {
				fmt.Fprintf(&w, "  related %s %d\n", r.Entity.Slug, r.Count)
			}
			for _, m := range e.Members {
				fmt.Fprintf(&w, "  member %s\n", m.Slug)
			}
		}
	}
	for _, src := range s.Sources {
		fmt.Fprintf(&w, "source %s %q %q %q %s %q\n", src.ID, src.Title, src.Publisher, src.URL, src.Date, src.Note())
		for _, b := range src.Briefs {
			fmt.Fprintf(&w, "  brief %s\n", b.Slug)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(s.Names)) {
		if t := s.Names[key]; t.Brief != nil {
			fmt.Fprintf(&w, "name %q brief %s\n", key, t.Brief.Slug)
		} else {
			fmt.Fprintf(&w, "name %q %s %s\n", key, t.Entity.Kind.Singular(), t.Entity.Slug)
		}
	}
	return w.String()
}

// reviseFixture is a generated site with what the generator does not
// make: citations of one source that differ, in notes and in spelling,
// briefs of one day with titles alike, and entities without profiles.
func reviseFixture() fstest.MapFS {
	fsys := corpus.Generate(40, 9)
	add := func(name, data string) { fsys[name] = &fstest.MapFile{Data: []byte(data)} }
	cite := func(note string) string {
		return "sources:\n  - title: Shared report\n    publisher: Wire\n    date: 2024-02-01\n" + note
	}
	add("static/files/own.pdf", "%PDF")
	add("content/briefs/zz-noted-1.md", "---\ntitle: Noted one\ndate: 2024-03-01\n"+cite("")+"---\nOne.\n")
	add("content/briefs/zz-noted-2.md", "---\ntitle: Noted two\ndate: 2024-03-05\n"+cite("    note: A note.\n")+"---\nTwo.\n")
	add("content/briefs/zz-noted-3.md", "---\ntitle: Noted three\ndate: 2024-03-09\n"+cite("")+"---\nThree.\n")
	spelt := func(title string) string { return "sources:\n  - title: " + title + "\n" }
	add("content/briefs/zz-spelt-1.md", "---\ntitle: Spelt one\ndate: 2023-01-01\n"+spelt("Spelt report")+"---\nS1.\n")
	add("content/briefs/zz-spelt-2.md", "---\ntitle: Spelt two\ndate: 2023-06-01\n"+spelt("Spelt Report")+"---\nS2.\n")
	add("content/briefs/zz-spelt-3.md", "---\ntitle: Spelt three\ndate: 2023-03-01\n"+spelt("Spelt report")+"---\nS3.\n")
	uniform := "sources:\n  - title: Uniform report\n    note: Alike.\n"
	add("content/briefs/zz-uniform-1.md", "---\ntitle: Uniform one\ndate: 2022-01-01\n"+uniform+"---\nU1.\n")
	add("content/briefs/zz-uniform-2.md", "---\ntitle: Uniform two\ndate: 2022-02-01\n"+uniform+"---\nU2.\n")
	add("content/briefs/zz-free-1.md", "---\ntitle: Free one\ndate: 2022-05-01\nactors: [Free Agent]\ntopics: [Loose Topic]\n---\nF1.\n")
	add("content/briefs/zz-free-2.md", "---\ntitle: Free two\ndate: 2022-06-01\nactors: [Free Agent]\n---\nF2.\n")
	add("content/briefs/zz-free-3.md", "---\ntitle: Free three\ndate: 2022-07-01\nevents:\n  - date: 2022-07-01\n    text: Met\n    actors: [Event Agent]\n---\nF3.\n")
	add("content/briefs/zz-solo.md", "---\ntitle: Solo\ndate: 2022-09-01\nactors: [Solo Agent]\n---\nSolo.\n")
	add("content/briefs/zz-events.md", "---\ntitle: Events\ndate: 2021-01-01\nevents:\n  - date: 2021-02-01\n    text: First\n    actors: [Free Agent]\n  - date: 2021-03-01\n    text: Second\n---\nE.\n")
	add("content/briefs/zz-lonely.md", "---\ntitle: Lonely\ndate: 2022-08-01\ntopics: [Lonely Topic, Crowded Topic]\n---\nL.\n")
	add("content/topics/lonely.md", "---\nname: Lonely Topic\n---\n")
	add("content/topics/crowded.md", "---\nname: Crowded Topic\n---\n")
	add("content/briefs/zz-same-1.md", "---\ntitle: Same day\ndate: 2024-03-05\n---\nA.\n")
	// Two reports of one title, one by "J. Doe", which a citation by
	// "Jane Doe" may be.
	add("content/briefs/zz-same-2.md", "---\ntitle: Same Day!\ndate: 2024-03-05\nsources:\n  - {title: Doe report, author: J. Doe, publisher: Wire, date: 2023-05-05}\n  - {title: Doe report, publisher: Other Wire}\n---\nB.\n")
	own := func(title, pub string) string {
		return "  - title: " + title + "\n    publisher: " + pub + "\n    url: https://own.example/" + slug.Make(pub) + "\n    date: 2023-05-05\n"
	}
	add("content/briefs/zz-own.md", "---\ntitle: Own\ndate: 2023-05-06\nactors: [Free Agent]\nsources:\n"+own("Own report", "Own Wire")+own("Second own report", "Other Wire")+"---\nO.\n")
	add("content/briefs/zz-twice.md", "---\ntitle: Twice\ndate: 2023-05-07\nsources:\n"+own("Twice report", "Wire")+own("Twice report", "Wire")+"---\nT.\n")
	// Two dated releases and one cited in short, which could be either:
	// one gone, the short one is the other's, which Resolve warns of.
	release := func(day string) string {
		return "sources:\n  - title: Release\n    publisher: Ministry\n" + strings.ReplaceAll("    date: 2023-05-DD\n    url: https://own.example/release-DD\n", "DD", day)
	}
	add("content/briefs/zz-release-1.md", "---\ntitle: Release one\ndate: 2023-05-01\n"+release("01")+"---\nR1.\n")
	add("content/briefs/zz-release-2.md", "---\ntitle: Release two\ndate: 2023-05-02\n"+release("02")+"---\nR2.\n")
	add("content/briefs/zz-release-3.md", "---\ntitle: Release three\ndate: 2023-05-03\nsources:\n  - title: Release\n    publisher: Ministry\n---\nR3.\n")
	add("content/briefs/zz-twin.md", "---\ntitle: Twin\ndate: 2023-05-08\nsources:\n"+own("Twin", "Twin Wire")+own("Twin", "Zed Wire")+"---\nT.\n")
	add("content/briefs/zz-pub-1.md", "---\ntitle: Pub one\ndate: 2023-07-01\nsources:\n"+own("Pub report", "Wire Service")+"---\nP.\n")
	add("content/briefs/zz-pub-2.md", "---\ntitle: Pub two\ndate: 2023-07-02\nsources:\n"+own("Pub report", "Wire Service")+"---\nP.\n")
	add("content/briefs/zz-greek.md", "---\ntitle: Greek\ndate: 2020-04-01\nactors: [Zeta Group, Beta Group]\n---\nG.\n")
	add("content/briefs/zz-near.md", "---\ntitle: Near\ndate: 2020-03-01\nactors: [Near Agent, Near Agents]\ncountries: [Atlantis, Freedonia]\n---\nN.\n")
	add("content/briefs/zz-pair-1.md", "---\ntitle: Pair one\ndate: 2020-01-01\nactors: [Pair Agent]\n---\nP1.\n")
	add("content/briefs/zz-pair-2.md", "---\ntitle: Pair two\nactors: [Pair Agent]\n---\nP2.\n")
	add("content/actors/claimer.md", "---\nname: Claimer Agency\naliases: [\"The Interim Coordinating Committee for Humanitarian Logistics and River Access O\"]\n---\n")
	add("content/briefs/zz-both.md", "---\ntitle: Both\ndate: 2022-03-01\n"+uniform+own("Both own report", "Both Wire")+"---\nB.\n")
	add("content/briefs/zz-alike.md", "---\ntitle: Alike\ndate: 2021-01-02\nevents:\n  - date: 2021-02-01\n    text: Twice\n  - date: 2021-02-01\n    text: Twice\n---\nA.\n")
	add("content/briefs/zz-a-early.md", "---\ntitle: Early\ndate: 2021-05-01\nevents:\n  - date: 2021-05-02\n    text: Met one\n    actors: [Shared Late Agent]\n"+
		"  - date: 2021-05-03\n    text: Met two\n    actors: [Event Late Agent]\n---\nE.\n")
	add("content/briefs/zz-zz-late.md", "---\ntitle: Late\nactors: [Shared Late Agent]\nevents:\n  - date: 2021-06-02\n    text: Met again\n    actors: [Event Late Agent]\n---\nL.\n")
	add("content/briefs/zz-moved.md", "---\ntitle: Moved\ndate: 2020-05-01\naliases: [old-moved]\n---\nM.\n")
	add("content/briefs/zz-span.md", "---\ntitle: A span\ndate: 2024-03/2024-06\nevents:\n  - date: 2024-04-02\n    text: Inside the span\n---\nC.\n")
	return fsys
}

// TestRevise revises briefs of a site at random, one after another, and
// checks each time that Revise either leaves the site as it was, or
// makes it what resolving the revised site from scratch makes, with the
// same diagnostics.
func TestRevise(t *testing.T) {
	fsys := reviseFixture()
	revised := map[string]Revision{}       // by slug, those Revise took
	eventsOf := map[string][]*site.Event{} // by slug, the lines ReviseEvents took
	lineEdits := map[string]int{}          // how many it took of each kind
	cache := load.NewCache()
	fresh := func() (*site.Site, []diag.Diagnostic) {
		var diags diag.List
		s := load.Load(fsys, load.Options{Cache: cache}, &diags)
		for _, b := range s.Briefs {
			if rev, ok := revised[b.Slug]; ok {
				b.Title, b.Date, b.DatePos = rev.Title, rev.Date, rev.DatePos
				b.ActorRefs, b.CountryRefs, b.TopicRefs = rev.ActorRefs, rev.CountryRefs, rev.TopicRefs
			}
			if all, ok := eventsOf[b.Slug]; ok {
				b.Events = nil
				for _, l := range all {
					e := *l
					e.Brief = b
					b.Events = append(b.Events, &e)
				}
			}
		}
		Resolve(s, &diags)
		return s, diags.Sorted()
	}
	var diags diag.List
	s := load.Load(fsys, load.Options{}, &diags)
	m := NewMemo()
	ResolveWith(s, &diags, m)
	resolved := diags.Sorted() // all but the misspellings, which m keeps
	want := withWarnings(resolved, m)
	if other, _ := fresh(); Revise(other, m, other.Briefs[0], Revision{Title: "Other"}) {
		t.Error("Revise changed a site the memo did not resolve last")
	}

	var titles, dates []string
	for _, b := range s.Briefs {
		titles = append(titles, b.Title)
		if !b.Date.IsZero() {
			dates = append(dates, b.Date.String())
		}
	}
	titles = append(titles, "Aardvark", "Zebra", "Same day", "SAME DAY", "Noted two",
		"zz solo", "ZZ-Free-2", "Free Agent", "Loose Topic", "Bhutan", "Old moved") // other briefs' slugs and old slugs, entities' names
	// Names of every kind, known and not: names, slugs, other spellings.
	var names [3][]string
	for k, kind := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(kind) {
			names[k] = append(names[k], e.Name, e.Slug, strings.ToUpper(e.Name))
		}
	}
	names[1] = append(names[1], "KE", "Republic of Kenya", "Atlantis")
	dates = append(dates, "2024-03-05", "2024-03", "2024", "early 2024", "2024-04-01/2024-05-01", "1999-12-31", "2040-01-01", "2024-03-05?")
	rng := rand.New(rand.NewPCG(9, 9))
	var took, refused, tookNames, refusedNames, tookLines, refusedLines, born, gone int
	var made, withEvents []*site.Brief // the fixture's own; those with event lines
	for _, b := range s.Briefs {
		if strings.HasPrefix(b.Slug, "zz-") {
			made = append(made, b)
		}
		if len(b.Events) > 0 {
			withEvents = append(withEvents, b)
		}
	}
	for i := range 300 {
		b := s.Briefs[rng.IntN(len(s.Briefs))]
		if rng.IntN(2) == 0 {
			b = made[rng.IntN(len(made))]
		}
		if rng.IntN(3) == 0 {
			b = withEvents[rng.IntN(len(withEvents))]
			all, what := editLines(rng, EventLines(b), titles, dates, names, t)
			before := describe(s)
			if !ReviseEvents(s, m, b, all) {
				refusedLines++
				if got := describe(s); got != before {
					t.Fatalf("revision %d of %s's lines (%s): refused, but the site changed:\n%s", i, b.Slug, what, lineDiff(before, got))
				}
				continue
			}
			tookLines++
			lineEdits[what]++
			eventsOf[b.Slug] = all
			want = withWarnings(resolved, m)
			if got, want := describe(s), describe(mustFresh(fresh, t, want)); got != want {
				t.Fatalf("revision %d of %s's lines (%s): the site differs from a new resolve:\n%s", i, b.Slug, what, lineDiff(want, got))
			}
			continue
		}
		rev := RevisionOf(b)
		renamed := rng.IntN(3) == 0
		if renamed {
			rev = renameAtRandom(rng, rev, names)
		}
		if i := slices.IndexFunc(s.Briefs, holdsNewName); i >= 0 && rng.IntN(4) == 0 {
			// A brief that named a new entity drops it again.
			b, renamed = s.Briefs[i], true
			rev = RevisionOf(b)
			for _, list := range []*[]site.Ref{&rev.ActorRefs, &rev.CountryRefs, &rev.TopicRefs} {
				*list = slices.DeleteFunc(slices.Clone(*list), func(r site.Ref) bool { return slices.Contains(newNames, r.Name) })
			}
		}
		switch rng.IntN(4) {
		case 0:
			rev.Title = titles[rng.IntN(len(titles))]
		case 1:
			rev.Title += " (updated)"
		}
		if rng.IntN(3) > 0 {
			d, err := date.Parse(dates[rng.IntN(len(dates))])
			if err != nil {
				t.Fatal(err)
			}
			rev.Date = d
			rev.DatePos.Col += rng.IntN(2)
		}
		before := describe(s)
		entities := len(s.Actors) + len(s.Countries) + len(s.Topics)
		ok := Revise(s, m, b, rev)
		switch now := len(s.Actors) + len(s.Countries) + len(s.Topics); {
		case now > entities:
			born++
		case now < entities:
			gone++
		}
		if renamed && ok {
			tookNames++
		} else if renamed {
			refusedNames++
		}
		if !ok {
			refused++
			if got := describe(s); got != before {
				t.Fatalf("revision %d of %s to %+v: refused, but the site changed:\n%s", i, b.Slug, rev, lineDiff(before, got))
			}
			if got := withWarnings(resolved, m); !slices.Equal(got, want) {
				t.Fatalf("revision %d of %s to %+v: refused, but the warnings changed to\n%v", i, b.Slug, rev, got)
			}
			continue
		}
		took++
		revised[b.Slug] = rev
		want = withWarnings(resolved, m)
		f, ds := fresh()
		if got, want := describe(s), describe(f); got != want {
			t.Fatalf("revision %d of %s to %+v: the site differs from a new resolve:\n%s", i, b.Slug, rev, lineDiff(want, got))
		}
		if !slices.Equal(ds, want) {
			t.Fatalf("revision %d of %s to %+v: a new resolve reports\n%v\nnot\n%v", i, b.Slug, rev, ds, want)
		}
	}
	// Both ways through Revise must be taken often for the test to mean
	// anything.
	if tookLines < 15 || refusedLines < 3 {
		t.Errorf("ReviseEvents took %d revisions and refused %d, want at least 15 and 3", tookLines, refusedLines)
	}
	for _, what := range []string{"one changed", "one added", "one taken away", "all moved"} {
		if lineEdits[what] < 2 {
			t.Errorf("ReviseEvents took %d revisions with %s, want at least 2 (%v)", lineEdits[what], what, lineEdits)
		}
	}
	t.Logf("took %d (%d of names, %d lines), refused %d (%d, %d); made %d entities, unmade %d", took, tookNames, tookLines, refused, refusedNames, refusedLines, born, gone)
	if born < 3 || gone < 3 {
		t.Errorf("Revise made %d entities and unmade %d, want at least 3 of each", born, gone)
	}
	if took < 90 || refused < 10 || tookNames < 20 || refusedNames < 5 {
		t.Errorf("Revise took %d revisions (%d of names) and refused %d (%d), want at least 90 (20) and 10 (5)",
			took, tookNames, refused, refusedNames)
	}
}

// mustFresh returns the site fresh resolves, after checking that it
// reports the diagnostics want.
func mustFresh(fresh func() (*site.Site, []diag.Diagnostic), t *testing.T, want []diag.Diagnostic) *site.Site {
	t.Helper()
	s, ds := fresh()
	if !slices.Equal(ds, want) {
		t.Fatalf("a new resolve reports\n%v\nnot\n%v", ds, want)
	}
	return s
}

// resolvedFixture loads and resolves fsys with a new memo, and returns
// the site, the memo, the brief of slug and the diagnostics but the
// misspellings m keeps.
func resolvedFixture(fsys fs.FS, slug string) (*site.Site, *Memo, *site.Brief, []diag.Diagnostic) {
	var diags diag.List
	s := load.Load(fsys, load.Options{}, &diags)
	m := NewMemo()
	ResolveWith(s, &diags, m)
	b := s.Briefs[slices.IndexFunc(s.Briefs, func(b *site.Brief) bool { return b.Slug == slug })]
	return s, m, b, diags.Sorted()
}

// withWarnings returns ds and the warnings m keeps, sorted: the
// diagnostics Resolve without a memo reports.
func withWarnings(ds []diag.Diagnostic, m *Memo) []diag.Diagnostic {
	var l diag.List
	l.Append(ds...)
	l.Append(m.Warnings()...)
	return l.Sorted()
}

// swapNames returns the first two refs of list with their names swapped
// and their positions kept.
func swapNames(list []site.Ref) []site.Ref {
	out := slices.Clone(list)
	out[0].Name, out[1].Name = list[1].Name, list[0].Name
	return out
}

// longName is a name longer than a slug may be.
const longName = "The Interim Coordinating Committee for Humanitarian Logistics and Port Access Operations"

// newNames are names no file of reviseFixture uses; the last three are
// misspellings of names it uses.
var newNames = []string{"Nobody Known", "NOBODY KNOWN", "Newcomer Alpha", "Wholly Fresh Group", "Solo Agnet", "Free Agnet", "Loose Topik"}

// holdsNewName reports whether b names one of newNames.
func holdsNewName(b *site.Brief) bool {
	for _, list := range [][]site.Ref{b.ActorRefs, b.CountryRefs, b.TopicRefs} {
		if slices.ContainsFunc(list, func(r site.Ref) bool { return slices.Contains(newNames, r.Name) }) {
			return true
		}
	}
	return false
}

// renameAtRandom returns rev with a name added to, taken from or moved
// in one of its lists, or one list emptied.
func renameAtRandom(rng *rand.Rand, rev Revision, names [3][]string) Revision {
	lists := [3]*[]site.Ref{&rev.ActorRefs, &rev.CountryRefs, &rev.TopicRefs}
	k := rng.IntN(3)
	refs := slices.Clone(*lists[k])
	switch n := len(refs); {
	case rng.IntN(3) == 0 || n == 0:
		pos := diag.Pos{File: "x.md", Line: 3, Col: 10 + n}
		name := names[k][rng.IntN(len(names[k]))]
		if rng.IntN(2) == 0 {
			name = newNames[rng.IntN(len(newNames))]
		}
		refs = slices.Insert(refs, rng.IntN(n+1), site.Ref{Name: name, Pos: pos})
	case rng.IntN(2) == 0:
		i := rng.IntN(n)
		refs = slices.Delete(refs, i, i+1)
	case rng.IntN(4) == 0:
		refs = nil
	default:
		i, j := rng.IntN(n), rng.IntN(n)
		refs[i], refs[j] = refs[j], refs[i]
	}
	*lists[k] = refs
	return rev
}

// lineDiff returns the first lines where a and b differ.
func lineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n-%s\n+%s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d", len(al), len(bl))
}

// TestReviseRefuses checks the revisions Revise must leave to a new
// Resolve, and a few it must take, on briefs made for them.
func TestReviseRefuses(t *testing.T) {
	fsys := reviseFixture()
	fsys["content/briefs/zz-undated.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Undated\n---\nD.\n")}
	for _, tc := range []struct {
		slug, date string
		ok         bool
	}{
		{"zz-undated", "2024-03-05", false},      // gains a timeline entry
		{"zz-span", "", false},                   // loses one
		{"zz-span", "2024-03/2024-03-20", false}, // its event falls outside
		{"zz-span", "2024-04", true},             // no longer a span
		{"zz-span", "2024-02/2024-07", true},     // a span still holding its event
		{"zz-noted-3", "2024-03-02", true},       // no longer the first to cite the source, whose notes are the briefs'
		{"zz-noted-1", "2024-03-10", true},       // now the first to cite it
		{"zz-noted-1", "2024-03-07", true},       // passes the brief that gives a note
		{"zz-noted-3", "2024-03-10", true},       // still the first
		{"zz-noted-1", "2024-02-01", true},       // keeps its place among those citing the source
		{"zz-spelt-1", "2023-07-01", true},       // now the first to cite a source spelt two ways, shown as most spell it
		{"zz-spelt-1", "2023-04-01", true},       // passes one, but not the first
		{"zz-uniform-1", "2022-03-01", true},     // the first to cite a source cited alike
		{"zz-uniform-2", "2021-01-01", true},     // no longer the first
		{"zz-same-1", "2024-03-05", true},        // unchanged
		{"zz-same-2", "2024-03-06", true},        // a title like another's, on another day
	} {
		s, m, b, _ := resolvedFixture(fsys, tc.slug)
		var d date.Date
		if tc.date != "" {
			var err error
			if d, err = date.Parse(tc.date); err != nil {
				t.Fatal(err)
			}
		}
		before := describe(s)
		rev := RevisionOf(b)
		rev.Date = d
		got := Revise(s, m, b, rev)
		if got != tc.ok {
			t.Errorf("Revise(%s, %q) = %v, want %v", tc.slug, tc.date, got, tc.ok)
		}
		if !got && describe(s) != before {
			t.Errorf("Revise(%s, %q) refused but changed the site", tc.slug, tc.date)
		}
	}
}

// TestReviseNames checks which changes to a brief's names Revise takes
// in place, on briefs made for them.
func TestReviseNames(t *testing.T) {
	fsys := reviseFixture()
	add := func(name string) func(*Revision) {
		return func(r *Revision) { r.ActorRefs = append(slices.Clone(r.ActorRefs), site.Ref{Name: name}) }
	}
	for _, tc := range []struct {
		slug string
		edit func(*Revision)
		ok   bool
	}{
		// zz-free-1 made Loose Topic; zz-events' event made Free Agent.
		{"zz-free-1", func(r *Revision) { r.TopicRefs = nil }, true},                                                          // drops the name it alone made
		{"zz-solo", func(r *Revision) { r.ActorRefs = nil }, true},                                                            // it made Solo Agent, now named by none
		{"zz-solo", func(r *Revision) { r.ActorRefs = []site.Ref{{Name: "Solo Agents"}} }, true},                              // its one actor for a new one, spelt alike
		{"zz-free-1", func(r *Revision) { r.TopicRefs = append(r.TopicRefs, site.Ref{Name: "Crowded Topic"}) }, true},         // keeps the name it made
		{"zz-free-1", func(r *Revision) { r.TopicRefs = []site.Ref{{Name: "Loose Topic"}} }, true},                            // the name it made, moved
		{"zz-free-1", func(r *Revision) { r.TopicRefs = append([]site.Ref{{Name: "LOOSE TOPIC"}}, r.TopicRefs...) }, false},   // spelt otherwise first
		{"zz-free-1", func(r *Revision) { r.ActorRefs = append([]site.Ref{{Name: "FREE AGENT"}}, r.ActorRefs...) }, true},     // a name another made
		{"zz-free-2", func(r *Revision) { r.TopicRefs = []site.Ref{{Name: "Loose Topic"}} }, true},                            // zz-free-1 made it, before
		{"zz-free-2", add("Event Agent"), false},                                                                              // zz-free-3 made it, after
		{"zz-free-3", add("Event Agent"), true},                                                                               // its event made it; now its front matter does
		{"zz-free-2", add("Nobody Known"), true},                                                                              // not made yet: made now
		{"zz-free-2", func(r *Revision) { r.TopicRefs = []site.Ref{{Name: "Fresh Topic"}, {Name: "FRESH TOPIC"}} }, true},     // one new topic, twice
		{"zz-free-2", add("Solo Agnet"), true},                                                                                // new, and a misspelling of Solo Agent, warned of
		{"zz-free-2", func(r *Revision) { r.CountryRefs = []site.Ref{{Name: "Ruritania"}} }, true},                            // a new country, not in the list
		{"zz-free-2", func(r *Revision) { r.ActorRefs = []site.Ref{{Name: "Nobody Known"}, {Name: "Nobody Known 2"}} }, true}, // two new names alike, each warned of
		{"zz-free-2", add("!!!"), false},
		{"zz-free-2", add("By Briefs"), false}, // its slug is the list's, actors/by-briefs/
		// Slugs are cut at 80 bytes: these two long names share one.
		{"zz-free-2", add(longName + " Alpha"), true},
		{"zz-free-2", func(r *Revision) { r.ActorRefs = []site.Ref{{Name: longName + " Alpha"}, {Name: longName + " Omega"}} }, false},
		// Its slug's key is an alias of Claimer Agency.
		{"zz-free-2", add(strings.Replace(longName, "Port", "River", 1) + " Beta"), false},
		{"zz-pair-1", func(r *Revision) { r.ActorRefs = nil }, false}, // it made Pair Agent, which zz-pair-2 names
		// zz-near made two actors with names alike, each warned of, and two
		// countries.
		{"zz-near", func(r *Revision) { r.ActorRefs = swapNames(r.ActorRefs) }, true},
		// As near to Zeta Group, made first, as to Beta Group: the warning
		// names the first by name.
		{"zz-free-2", add("Meta Group"), true},
		{"zz-near", func(r *Revision) { r.CountryRefs = swapNames(r.CountryRefs) }, true},
		// Countries in the list, filed under their names and codes.
		{"zz-free-2", func(r *Revision) { r.CountryRefs = []site.Ref{{Name: "Bhutan"}} }, true},
		{"zz-free-2", func(r *Revision) {
			r.CountryRefs = []site.Ref{{Name: "BT", Pos: diag.Pos{Line: 1}}, {Name: "Bhutan", Pos: diag.Pos{Line: 2}}}
		}, true},
		{"zz-free-2", func(r *Revision) {
			r.CountryRefs = []site.Ref{{Name: "Bhutan", Pos: diag.Pos{Line: 1}}, {Name: "BTN", Pos: diag.Pos{Line: 2}}}
		}, true},
		{"zz-free-2", func(r *Revision) { r.CountryRefs = []site.Ref{{Name: "The Bhutan"}} }, false},                 // a spelling Resolve files apart
		{"zz-free-1", func(r *Revision) { r.TopicRefs = []site.Ref{{Name: "Crowded Topic"}, r.TopicRefs[0]} }, true}, // moves the name it made
		{"zz-near", func(r *Revision) { r.ActorRefs = r.ActorRefs[:1] }, true},
		{"zz-lonely", func(r *Revision) { r.TopicRefs = r.TopicRefs[1:] }, true}, // leaves a profile with no brief
		{"zz-lonely", func(r *Revision) { r.TopicRefs = []site.Ref{r.TopicRefs[1], r.TopicRefs[0]} }, true},
	} {
		s, m, b, resolved := resolvedFixture(fsys, tc.slug)
		rev := RevisionOf(b)
		tc.edit(&rev)
		before := describe(s)
		got := Revise(s, m, b, rev)
		if got != tc.ok {
			t.Errorf("Revise(%s, %v %v %v) = %v, want %v", tc.slug, rev.ActorRefs, rev.CountryRefs, rev.TopicRefs, got, tc.ok)
		}
		if !got {
			if describe(s) != before {
				t.Errorf("Revise(%s) refused but changed the site", tc.slug)
			}
			continue
		}
		// The same revision, resolved from scratch.
		var diags diag.List
		f := load.Load(fsys, load.Options{}, &diags)
		fb := f.Briefs[slices.IndexFunc(f.Briefs, func(b *site.Brief) bool { return b.Slug == tc.slug })]
		fb.ActorRefs, fb.CountryRefs, fb.TopicRefs = rev.ActorRefs, rev.CountryRefs, rev.TopicRefs
		Resolve(f, &diags)
		if got, want := describe(s), describe(f); got != want {
			t.Errorf("Revise(%s): the site differs from a new resolve:\n%s", tc.slug, lineDiff(want, got))
		}
		if got, want := withWarnings(resolved, m), diags.Sorted(); !slices.Equal(got, want) {
			t.Errorf("Revise(%s): the diagnostics are\n%v\nnot, as a new resolve has them,\n%v", tc.slug, got, want)
		}
	}
}

// checkRevised checks what revise, a revision of brief slug of s, the
// site of fsys resolved with m with the diagnostics want, does: refused
// when ok is false, it must leave s as it was; taken, s must be what a
// new Resolve makes of the site as loaded, with edit applied to the
// brief, and the new Resolve must report want.
func checkRevised(t *testing.T, fsys fs.FS, slug string, s *site.Site, m *Memo, want []diag.Diagnostic, ok bool, revise func() bool, edit func(fb *site.Brief)) {
	t.Helper()
	before := describe(s)
	if got := revise(); got != ok {
		t.Fatalf("revised = %v, want %v", got, ok)
	}
	if !ok {
		if describe(s) != before {
			t.Errorf("refused, but the site changed:\n%s", lineDiff(before, describe(s)))
		}
		return
	}
	var fdiags diag.List
	f := load.Load(fsys, load.Options{}, &fdiags)
	edit(f.Briefs[slices.IndexFunc(f.Briefs, func(x *site.Brief) bool { return x.Slug == slug })])
	Resolve(f, &fdiags)
	if got, want := describe(s), describe(f); got != want {
		t.Errorf("the site differs from a new resolve:\n%s", lineDiff(want, got))
	}
	if ds, want := fdiags.Sorted(), withWarnings(want, m); !slices.Equal(ds, want) {
		t.Errorf("a new resolve reports\n%v\nnot\n%v", ds, want)
	}
}

// TestReviseTitle retitles briefs one after another, each time checking
// the site against a new resolve, and that the name table's keys whose
// answer changed, or that lead to the retitled brief, whose title a link
// shows, are listed in NamesRevised for the Markdown cache.
func TestReviseTitle(t *testing.T) {
	fsys := reviseFixture()
	s, m, _, _ := resolvedFixture(fsys, "zz-solo")
	titles := map[string]string{} // by slug, as retitled
	for _, step := range []struct{ slug, title string }{
		{"zz-solo", "Old moved"},     // takes zz-moved's old slug
		{"zz-solo", "Solo"},          // and gives it back
		{"zz-free-1", "zz solo"},     // takes zz-solo's slug, which it keeps under briefs/
		{"zz-free-1", "Free one"},    //
		{"zz-moved", "Moved again"},  // its old slug leads to it still
		{"zz-same-1", "Same Day!"},   // zz-same-2's title: the first of the two has it
		{"zz-same-2", "Same day"},    // and the other way round
		{"zz-free-2", "Free Agent"},  // a title wins over an actor
		{"zz-free-2", "FREE AGENT"},  // another spelling, the same key
		{"zz-free-2", "Free two"},    //
		{"zz-pair-2", "Pair one"},    // an undated brief takes a dated one's title
		{"zz-pair-1", "Unpaired"},    //
		{"zz-solo", "zz-free-1"},     // takes zz-free-1's slug
		{"zz-free-1", "Solo again"},  // which no title holds now
		{"zz-solo", "Solo"},          //
		{"zz-noted-1", "Noted two"},  //
		{"zz-noted-2", "Noted one"},  //
		{"zz-noted-1", "Noted four"}, //
	} {
		b := s.Briefs[slices.IndexFunc(s.Briefs, func(b *site.Brief) bool { return b.Slug == step.slug })]
		before := maps.Clone(s.Names)
		made, seen := s.NamesMade, len(s.NamesRevised)
		rev := RevisionOf(b)
		rev.Title = step.title
		if !Revise(s, m, b, rev) {
			t.Fatalf("Revise(%s, %q) refused", step.slug, step.title)
		}
		titles[step.slug] = step.title
		if s.NamesMade != made {
			t.Errorf("Revise(%s, %q) made the name table anew", step.slug, step.title)
		}
		revised := s.NamesRevised[seen:]
		keys := slices.Concat(slices.Collect(maps.Keys(before)), slices.Collect(maps.Keys(s.Names)))
		slices.Sort(keys)
		for _, key := range slices.Compact(keys) {
			old, had := before[key]
			now, has := s.Names[key]
			if (had != has || old != now || now.Brief == b) && !slices.Contains(revised, key) {
				t.Errorf("Revise(%s, %q): name %q not in NamesRevised %q", step.slug, step.title, key, revised)
			}
		}
		var diags diag.List
		f := load.Load(fsys, load.Options{}, &diags)
		for _, fb := range f.Briefs {
			if title, ok := titles[fb.Slug]; ok {
				fb.Title = title
			}
		}
		Resolve(f, &diags)
		if got, want := describe(s), describe(f); got != want {
			t.Errorf("Revise(%s, %q): the site differs from a new resolve:\n%s", step.slug, step.title, lineDiff(want, got))
		}
	}
}
