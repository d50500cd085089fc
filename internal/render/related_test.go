package render

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/briefsite/brief/internal/site"
)

// TestRelatedBriefsWeighed checks that an entity on most of a site's
// briefs relates none, that two briefs must still share two entities,
// and that sharing a rare entity counts for more than sharing several
// common ones.
func TestRelatedBriefsWeighed(t *testing.T) {
	for _, tc := range []struct {
		name   string
		briefs []string // "slug: entity entity ...", the first the one asked about
		want   []string
	}{
		{"common entities relate none", []string{
			"b: haiti mss kenya", "c1: haiti mss kenya", "c2: haiti mss", "c3: haiti kenya",
		}, nil},
		{"rare entities first", []string{
			"b: haiti mss kenya ruto topic us",
			"r1: haiti ruto",            // a common one and a rare one
			"r2: haiti mss kenya topic", // three common, one less rare
			"r3: topic",                 // one alone
			"u: haiti mss us",           // us, on two briefs of ten
			"c1: haiti mss kenya",       // the three on most briefs, as they were
			"c2: haiti mss",
			"f1: haiti mss kenya", "f2: haiti mss kenya", "f3: haiti mss kenya",
		}, []string{"r2", "u", "r1"}},
		{"on these two alone counts", []string{
			"b: x y", "h: x y", "o: z",
		}, []string{"h"}},
		{"on half the briefs counts", []string{
			"b: x y", "h: x y", "o1: z", "o2: z",
		}, []string{"h"}},
		{"two shared, still", []string{
			"b: x y", "one: x", "two: x y", "o1: z", "o2: z", "o3: z",
		}, []string{"two"}},
	} {
		entities := map[string]*site.Entity{}
		var briefs []*site.Brief
		for _, line := range tc.briefs {
			slug, names, _ := strings.Cut(line, ": ")
			b := &site.Brief{Slug: slug}
			for _, name := range strings.Fields(names) {
				e := entities[name]
				if e == nil {
					e = &site.Entity{Slug: name}
					entities[name] = e
				}
				e.Briefs = append(e.Briefs, b)
				b.Actors = append(b.Actors, e)
			}
			briefs = append(briefs, b)
		}
		var got []string
		for _, o := range relatedBriefs(briefs[0], len(briefs), nil) {
			got = append(got, o.Slug)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: related %q, want %q", tc.name, got, tc.want)
		}
	}
}

// relatedSite returns n briefs naming two actors, two countries and a
// topic each, drawn from 100, 65 and 20 by a Zipf law, as the corpus
// generator's are: a few entities are on most briefs, most on few.
func relatedSite(n int) []*site.Brief {
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(list []*site.Entity) *site.Entity {
		z := rand.NewZipf(rng, 1.2, 2, uint64(len(list)-1))
		return list[z.Uint64()]
	}
	kinds := [][]*site.Entity{make([]*site.Entity, 100), make([]*site.Entity, 65), make([]*site.Entity, 20)}
	for k, list := range kinds {
		for i := range list {
			list[i] = &site.Entity{Kind: site.Kind(k), Slug: fmt.Sprintf("e%d-%d", k, i)}
		}
	}
	briefs := make([]*site.Brief, n)
	for i := range briefs {
		b := &site.Brief{Slug: fmt.Sprintf("b%05d", i)}
		for _, e := range []*site.Entity{pick(kinds[0]), pick(kinds[0]), pick(kinds[1]), pick(kinds[1]), pick(kinds[2])} {
			if len(e.Briefs) > 0 && e.Briefs[len(e.Briefs)-1] == b {
				continue
			}
			e.Briefs = append(e.Briefs, b)
			switch e.Kind {
			case site.Actor:
				b.Actors = append(b.Actors, e)
			case site.Country:
				b.Countries = append(b.Countries, e)
			default:
				b.Topics = append(b.Topics, e)
			}
		}
		briefs[i] = b
	}
	return briefs
}

// BenchmarkRelatedBriefs measures the related briefs of every brief of a
// site of 10,000, as the brief pages ask for them.
func BenchmarkRelatedBriefs(b *testing.B) {
	briefs := relatedSite(10000)
	var pool sync.Pool
	for b.Loop() {
		for _, x := range briefs {
			relatedBriefs(x, len(briefs), &pool)
		}
	}
}
