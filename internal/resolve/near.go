package resolve

import (
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// nearIndex is a kind's entities with their names' match keys, indexed
// so that a name is compared only with those a misspelling of it could
// be (see candidates): a site of thousands of names without profiles
// compared each with every other, which took minutes. It is not for use
// by goroutines at once.
type nearIndex struct {
	list  []*site.Entity
	keys  []string         // of list's names, by index
	parts map[part][]int32 // indexes into list, by the parts of their keys
	loose []int32          // the keys parts do not index: short, or not ASCII

	marks []uint32 // candidates' visits, by index: gen when visited by this call
	gen   uint32
}

// nearParts is how many parts a key is cut into. Two edits, a swap of
// two letters on a cut included, change at most four parts: a key two
// edits from another has one of its parts whole in the other.
const nearParts = 5

// part is one of the nearParts parts of a key n bytes long: the k-th.
type part struct {
	n, k int
	s    string
}

// partBounds returns where the k-th part of a key n bytes long starts
// and ends.
func partBounds(n, k int) (int, int) { return k * n / nearParts, (k + 1) * n / nearParts }

// nearIndex returns the nearIndex of list.
func (r *resolver) nearIndex(list []*site.Entity) *nearIndex {
	idx := &nearIndex{list: list, keys: make([]string, len(list)), parts: make(map[part][]int32, nearParts*len(list))}
	for i, e := range list {
		k := r.key(e.Name)
		idx.keys[i] = k
		if len(k) < nearParts || !slug.IsASCII(k) {
			idx.loose = append(idx.loose, int32(i))
			continue
		}
		for p := range nearParts {
			a, z := partBounds(len(k), p)
			pk := part{len(k), p, k[a:z]}
			idx.parts[pk] = append(idx.parts[pk], int32(i))
		}
	}
	return idx
}

// candidates calls fn, once each, with the index of every entity whose
// key may be two edits or fewer from key: those with a part of their key
// in key, where two edits before it would have moved it, and those whose
// keys are not indexed. When key is not ASCII, every entity.
func (idx *nearIndex) candidates(key string, fn func(i int32)) {
	if idx.marks == nil {
		idx.marks = make([]uint32, len(idx.list))
	}
	idx.gen++
	visit := func(i int32) {
		if idx.marks[i] != idx.gen {
			idx.marks[i] = idx.gen
			fn(i)
		}
	}
	if !slug.IsASCII(key) {
		for i := range idx.list {
			visit(int32(i))
		}
		return
	}
	for _, i := range idx.loose {
		visit(i)
	}
	n := len(key)
	for l := max(n-2, nearParts); l <= n+2; l++ {
		for p := range nearParts {
			a, z := partBounds(l, p)
			for shift := -2; shift <= 2; shift++ {
				if a+shift < 0 || z+shift > n {
					continue
				}
				for _, i := range idx.parts[part{l, p, key[a+shift : z+shift]}] {
					visit(i)
				}
			}
		}
	}
}
