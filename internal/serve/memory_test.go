package serve

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
)

// TestHeapBound checks the soft memory limit serve sets after a build,
// and that a GOMEMLIMIT the user set is left alone.
func TestHeapBound(t *testing.T) {
	prev := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(prev) })

	t.Setenv("GOMEMLIMIT", "")
	debug.SetMemoryLimit(math.MaxInt64)
	var h heapBound
	h.adjust()
	if got := debug.SetMemoryLimit(-1); got != minMemoryLimit {
		t.Errorf("limit after a small build = %d, want the least, %d", got, minMemoryLimit)
	}
	if !h.done {
		t.Error("the first build's garbage was not returned")
	}

	// A site whose live heap is larger than the least limit gets half again.
	big := make([]byte, minMemoryLimit)
	runtime.GC() // adjust reads the live heap the last collection found
	h.adjust()
	if got, want := debug.SetMemoryLimit(-1), int64(len(big))*3/2; got < want {
		t.Errorf("limit with %d live bytes = %d, want at least %d", len(big), got, want)
	}
	runtime.KeepAlive(big)

	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetMemoryLimit(12345 << 20)
	h.adjust()
	if got := debug.SetMemoryLimit(-1); got != 12345<<20 {
		t.Errorf("limit with GOMEMLIMIT set = %d, want it left at %d", got, 12345<<20)
	}
}
