package markdown

import (
	"fmt"
	"hash/maphash"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
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
