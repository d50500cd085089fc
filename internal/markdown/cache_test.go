package markdown

import (
	"fmt"
	"testing"
)

func TestKeySet(t *testing.T) {
	for _, n := range []int{0, 1, keySetList, keySetList + 1, 3 * keySetList} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			var s keySet
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
