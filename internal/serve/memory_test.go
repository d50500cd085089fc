package serve

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"testing/fstest"
)

// TestHeapBound checks the soft memory limits serve sets before the first
// build and after each good build, and that a GOMEMLIMIT the user set is
// left alone.
func TestHeapBound(t *testing.T) {
	prev := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(prev) })
	t.Setenv("GOMEMLIMIT", "")

	// Before the first build: from the size of content/, at least the least.
	small := fstest.MapFS{"content/briefs/a.md": {Data: make([]byte, 1000)}}
	big := fstest.MapFS{
		"content/briefs/a.md":  {Data: make([]byte, 50<<20)},
		"content/actors/b.md":  {Data: make([]byte, 50<<20)},
		"templates/brief.html": {Data: make([]byte, 500<<20)}, // not content
	}
	for _, tc := range []struct {
		name string
		site fstest.MapFS
		want int64
	}{
		{"small", small, minMemoryLimit},
		{"big", big, contentHeapRatio * 100 << 20},
	} {
		var h heapBound
		debug.SetMemoryLimit(math.MaxInt64)
		h.beforeBuild(tc.site)
		if got := debug.SetMemoryLimit(-1); got != tc.want {
			t.Errorf("%s site: limit before the first build = %d, want %d", tc.name, got, tc.want)
		}
		debug.SetMemoryLimit(123 << 20)
		h.beforeBuild(tc.site)
		if got := debug.SetMemoryLimit(-1); got != 123<<20 {
			t.Errorf("%s site: limit set again before a later build: %d", tc.name, got)
		}
	}

	// After a good build: the live heap and half again, at least the least.
	big = nil
	runtime.GC()
	debug.SetMemoryLimit(math.MaxInt64)
	var h heapBound
	h.afterBuild()
	if got := debug.SetMemoryLimit(-1); got != minMemoryLimit {
		t.Errorf("limit after a small build = %d, want the least, %d", got, minMemoryLimit)
	}
	if !h.done {
		t.Error("the first build's garbage was not returned")
	}
	if h.idle == nil || !h.idle.Stop() {
		t.Error("no collection is scheduled after a good build")
	}

	live := make([]byte, minMemoryLimit)
	runtime.GC() // afterBuild reads the live heap the last collection found
	h.afterBuild()
	if got, want := debug.SetMemoryLimit(-1), int64(len(live))*3/2; got < want {
		t.Errorf("limit with %d live bytes = %d, want at least %d", len(live), got, want)
	}
	runtime.KeepAlive(live)

	// The next build cancels the idle collection still to come.
	h.beforeBuild(small)
	if h.idle.Stop() {
		t.Error("the idle collection was not cancelled when a build began")
	}

	// GOMEMLIMIT set: no limit is touched, the idle collection still runs.
	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetMemoryLimit(12345 << 20)
	h = heapBound{}
	h.beforeBuild(small)
	h.afterBuild()
	if got := debug.SetMemoryLimit(-1); got != 12345<<20 {
		t.Errorf("limit with GOMEMLIMIT set = %d, want it left at %d", got, 12345<<20)
	}
	if h.idle == nil || !h.idle.Stop() {
		t.Error("no collection is scheduled after a good build with GOMEMLIMIT set")
	}
}
