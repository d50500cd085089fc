package serve

import (
	"io/fs"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"time"

	"github.com/briefsite/brief/internal/build"
)

// minMemoryLimit is the least soft memory limit heapBound sets: below it,
// the collector's extra work would slow builds more than the memory saved
// is worth.
const minMemoryLimit = 360 << 20

// contentHeapRatio bounds how many bytes of heap a build needs at its
// peak for each byte of content: about three at 10,000 and 100,000
// generated briefs (the bodies' HTML, the model, the fragment memo), with
// a margin on top so that the collector does not run back to back.
const contentHeapRatio = 5

// idleCollectDelay is how long after a good build heapBound collects
// garbage, unless another build has begun: long enough for open pages to
// fetch the new version first.
const idleCollectDelay = 200 * time.Millisecond

// heapBound keeps a long-running serve's memory near what the site needs,
// and its collections out of the rebuilds.
//
// Go's collector lets the heap grow to twice the live data between
// collections; a preview holds a large site for hours while each rebuild
// after an edit allocates little, so half again is plenty. With the heap
// that close to its limit, a rebuild would often have to wait for a
// collection of the whole site model, so heapBound collects while the
// preview is idle, after each good build.
//
// Its methods are called by one build at a time.
type heapBound struct {
	started bool        // the first build's limit is set
	done    bool        // the first build's garbage was returned
	idle    *time.Timer // the collection after the last good build
}

// beforeBuild is called as a build begins. It cancels the idle
// collection still to come, and the first time, sets the soft memory
// limit for the first build, which has no live heap to go by:
// contentHeapRatio times the size of the site's content/ folder, and at
// least minMemoryLimit, unless the user set GOMEMLIMIT.
func (h *heapBound) beforeBuild(site fs.FS) {
	if h.idle != nil {
		h.idle.Stop()
	}
	if h.started || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	h.started = true
	debug.SetMemoryLimit(max(minMemoryLimit, contentHeapRatio*build.ContentSize(site)))
}

// afterBuild is called after each good build. It sets the process's soft
// memory limit (debug.SetMemoryLimit) to the live heap and half again,
// and at least minMemoryLimit, unless the user set GOMEMLIMIT; after the
// first build, it also returns that build's garbage to the operating
// system. Then it schedules a collection for idleCollectDelay later.
func (h *heapBound) afterBuild() {
	defer func() { h.idle = time.AfterFunc(idleCollectDelay, runtime.GC) }()
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
