package resolve

import (
	"math/rand/v2"
	"testing"

	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// indexOf returns the nearIndex of entities named keys.
func indexOf(keys ...string) *nearIndex {
	r := &resolver{keys: map[string]string{}}
	list := make([]*site.Entity, len(keys))
	for i, k := range keys {
		list[i] = &site.Entity{Name: k}
	}
	return r.nearIndex(list)
}

// candidatesOf returns the indexes idx gives as candidates for key.
func candidatesOf(idx *nearIndex, key string) map[int32]bool {
	got := map[int32]bool{}
	idx.candidates(key, func(i int32) {
		if got[i] {
			panic("candidate given twice: " + idx.keys[i])
		}
		got[i] = true
	})
	return got
}

// TestNearCandidates checks that every key two edits or fewer from a
// name is among its candidates, over keys of a small alphabet, so that
// many are near, and that far keys are mostly not.
func TestNearCandidates(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]byte, 3+rng.IntN(14))
		for i := range b {
			b[i] = "abcd"[rng.IntN(4)]
		}
		return string(b)
	}
	keys := make([]string, 2000)
	for i := range keys {
		keys[i] = word()
	}
	keys = append(keys, "kenya", "keyna", "williamruto", "wiliamruto", "wlliamrutoo", "moïse", "moise", "ab")
	idx := indexOf(keys...)
	far, all := 0, 0
	for _, q := range append(keys[:200:200], "kenya", "williamrutto", "moïse", "xxwilliamruto") {
		got := candidatesOf(idx, q)
		for i, k := range idx.keys {
			_, near := slug.Within(q, k, 2)
			if near && !got[int32(i)] {
				t.Fatalf("%q is two edits or fewer from %q but not a candidate", k, q)
			}
			if !near && got[int32(i)] {
				far++
			}
			all++
		}
	}
	if far*2 > all {
		t.Errorf("%d of %d pairs are candidates but far: the index filters nothing", far, all)
	}
}

func FuzzNearCandidates(f *testing.F) {
	for _, s := range [][2]string{{"kenya", "keyna"}, {"williamruto", "wilaimruto"}, {"abcde", "bacde"}, {"abcdefghij", "badcefghij"}, {"haiti", "haïti"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		idx := indexOf(b, "other")
		if _, near := slug.Within(a, idx.keys[0], 2); near && !candidatesOf(idx, a)[0] {
			t.Fatalf("%q is two edits or fewer from %q but not a candidate", idx.keys[0], a)
		}
	})
}

// BenchmarkMisspellings measures the misspelling warnings of 5,000 names
// without profiles, of a few syllables each, so that many are near: a
// desk naming everyone in front matter and writing few profiles.
func BenchmarkMisspellings(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	syllables := []string{"ka", "mo", "ri", "tu", "sa", "ne", "lo", "vi", "da", "pe", "zo", "hu", "gi", "be", "fa", "xi"}
	word := func() string {
		w := ""
		for range 2 + rng.IntN(3) {
			w += syllables[rng.IntN(len(syllables))]
		}
		return w
	}
	s := &site.Site{}
	for range 5000 {
		s.Actors = append(s.Actors, &site.Entity{Kind: site.Actor, Name: word() + " " + word()})
	}
	for b.Loop() {
		r := &resolver{site: s, keys: map[string]string{}}
		r.warnMisspellings()
	}
}
