package serve

import (
	"io/fs"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
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

// bigChange is how many changed files make a rebuild big: one whose new
// model and pages need about what a first build does, on top of the
// model it replaces (a git checkout, a search and replace over every
// brief).
const bigChange = 100

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
// Its methods are called by one build at a time; the idle collection
// runs on a goroutine of its own.
type heapBound struct {
	started     bool            // the first build's limit is set
	free        bool            // return the garbage of the build under way
	pendingFree bool            // the idle collection to come returns garbage
	idle        *time.Timer     // the collection after the last good build
	collect     func(free bool) // collects after a good build; nil: collectGarbage

	mu     sync.Mutex // held while the limit is set
	builds int        // the builds begun: an idle collection leaves the limit of a later one alone
}

// beforeBuild is called as a build begins, with the files that changed
// (nil: unknown, so any). It cancels the idle collection still to come
// (the garbage that was to return is then this build's to return) and,
// unless the user set GOMEMLIMIT, sets the soft memory limit of a build
// that needs more than a small edit does: for the first, which has no
// live heap to go by, contentHeapRatio times the size of the site's
// content/ folder; for a big one (more than bigChange files, or unknown),
// as much again above the live heap, for the new model to grow beside
// the one it replaces. Under the limit afterBuild sets, the collector
// would run back to back, and a git checkout of every brief take minutes.
// Both are at least minMemoryLimit.
func (h *heapBound) beforeBuild(site fs.FS, changed []string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.builds++
	if h.idle != nil && h.idle.Stop() && h.pendingFree {
		h.free = true
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	switch {
	case !h.started:
		h.started, h.free = true, true
		debug.SetMemoryLimit(max(minMemoryLimit, contentHeapRatio*build.ContentSize(site)))
	case changed == nil || len(changed) > bigChange:
		h.free = true
		debug.SetMemoryLimit(max(minMemoryLimit, liveHeap()+contentHeapRatio*build.ContentSize(site)))
	}
}

// afterBuild is called after each good build. It schedules, for
// idleCollectDelay later, unless another build begins first, a collection
// (with the garbage returned to the operating system after the first
// build and a big one), once the old version's pages and model, which the
// build and the requests in flight still held, are garbage; and then,
// unless the user set GOMEMLIMIT or another build has begun meanwhile,
// the soft memory limit (debug.SetMemoryLimit) the next builds run under:
// the live heap and half again, and at least minMemoryLimit. A failed
// build leaves the limit it ran under until the next good one.
func (h *heapBound) afterBuild() {
	free, builds := h.free, h.builds
	h.free, h.pendingFree = false, free
	run := h.collect
	if run == nil {
		run = collectGarbage
	}
	h.idle = time.AfterFunc(idleCollectDelay, func() { h.idleCollect(run, free, builds) })
}

// idleCollect is the collection afterBuild schedules after the good
// build that was the builds'th begun: it collects with run, then sets the
// limit from the live heap, unless a build has begun since.
func (h *heapBound) idleCollect(run func(free bool), free bool, builds int) {
	run(free)
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.builds == builds {
		limitToLive()
	}
}

// collectGarbage collects garbage, returning it to the operating system
// when free.
func collectGarbage(free bool) {
	if free {
		debug.FreeOSMemory()
	} else {
		runtime.GC()
	}
}

// limitToLive sets the soft memory limit to the live heap the last
// collection left and half again, and at least minMemoryLimit, unless the
// user set GOMEMLIMIT.
func limitToLive() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	live := liveHeap()
	debug.SetMemoryLimit(max(minMemoryLimit, live+live/2))
}

// liveHeap returns the bytes of heap the last collection left marked.
func liveHeap() int64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(sample[0].Value.Uint64())
}
