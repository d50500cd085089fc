package markdown

import (
	"fmt"
	"hash/maphash"
	"testing"
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
