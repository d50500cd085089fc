package serve

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
)

// minMemoryLimit is the least soft memory limit heapBound sets: below it,
// the collector's extra work would slow rebuilds more than the memory
// saved is worth.
const minMemoryLimit = 384 << 20

// heapBound keeps a long-running serve's memory near what the site needs.
// Go's collector lets the heap grow to twice the live data between
// collections; a preview holds a large site for hours while each rebuild
// after an edit allocates little, so half again is plenty.
type heapBound struct {
	done bool // the first build's garbage was returned
}

// adjust sets the process's soft memory limit (debug.SetMemoryLimit) to
// the live heap and half again, and at least minMemoryLimit. It is called
// after each good build; after the first, it also returns that build's
// garbage to the operating system. It does nothing when the user set
// GOMEMLIMIT.
func (h *heapBound) adjust() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if !h.done {
		h.done = true
		debug.FreeOSMemory() // collects first, so the live figure is fresh
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := int64(sample[0].Value.Uint64())
	debug.SetMemoryLimit(max(minMemoryLimit, live+live/2))
}
