package serve

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"testing/fstest"
	"time"
)

// TestHeapBound checks the soft memory limits serve sets before the first
// build and a big one, and after each good build; that the garbage of the
// first build and of big ones is returned; and that a GOMEMLIMIT the user
// set is left alone.
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
	big2 := fstest.MapFS{"content/briefs/a.md": {Data: make([]byte, 200<<20)}}
	one := []string{"content/briefs/a.md"}
	many := make([]string, bigChange+1)
	for _, tc := range []struct {
		name string
		site fstest.MapFS
		want int64
	}{
		{"small", small, minMemoryLimit},
		{"big", big, contentHeapRatio * 100 << 20},
	} {
		var h heapBound
		build := func(changed []string) (limit int64, free bool) {
			debug.SetMemoryLimit(123 << 20)
			h.beforeBuild(tc.site, changed)
			limit = debug.SetMemoryLimit(-1)
			h.afterBuild()
			h.idle.Stop() // run here, not on the timer's goroutine
			h.idleCollect(func(f bool) { free = f }, h.pendingFree, h.builds)
			return limit, free
		}
		if limit, free := build(nil); limit != tc.want || !free {
			t.Errorf("%s site: first build: limit %d, garbage returned %v; want %d, true", tc.name, limit, free, tc.want)
		}
		if limit, free := build(one); limit != 123<<20 || free {
			t.Errorf("%s site: a small edit's build: limit %d, garbage returned %v; want it left, false", tc.name, limit, free)
		}
		// A big change: the first build's room above the live heap.
		for _, changed := range [][]string{many, nil} {
			if limit, free := build(changed); limit < tc.want || !free {
				t.Errorf("%s site: a build of %d changed files: limit %d, garbage returned %v; want at least %d, true", tc.name, len(changed), limit, free, tc.want)
			}
		}
	}

	// After a good build: the live heap and half again, at least the least.
	big = nil
	runtime.GC()
	debug.SetMemoryLimit(math.MaxInt64)
	limitToLive()
	if got := debug.SetMemoryLimit(-1); got != minMemoryLimit {
		t.Errorf("limit after a small build = %d, want the least, %d", got, minMemoryLimit)
	}
	live := make([]byte, minMemoryLimit)
	collectGarbage(true)
	limitToLive()
	if got, want := debug.SetMemoryLimit(-1), int64(len(live))*3/2; got < want {
		t.Errorf("limit with %d live bytes = %d, want at least %d", len(live), got, want)
	}
	runtime.KeepAlive(live)

	// The collection comes idleCollectDelay after a good build, unless
	// the next build begins first.
	var h heapBound
	h.collect = func(bool) { t.Error("collected while a build was under way") }
	h.afterBuild()
	h.beforeBuild(small, one)
	if h.idle.Stop() {
		t.Error("the idle collection was not cancelled when a build began")
	}
	ran := make(chan bool, 1)
	h.collect = func(bool) { ran <- true }
	h.afterBuild()
	select {
	case <-ran:
	case <-time.After(10 * time.Second):
		t.Error("no collection after a good build")
	}

	// A big build cancels the return of the garbage of the one before
	// it, and returns it itself.
	carried := &heapBound{started: true, collect: func(bool) {}}
	carried.free = true
	carried.afterBuild()
	carried.beforeBuild(small, one)
	if !carried.free {
		t.Error("the garbage of a big build is not returned when a build begins before its idle collection")
	}
	carried.idle.Stop()

	// A big build that begins while the idle collection runs keeps its
	// limit.
	release, running := make(chan bool), make(chan bool)
	racing := &heapBound{started: true}
	racing.afterBuild()
	racing.idle.Stop()
	done := make(chan bool)
	go func() {
		racing.idleCollect(func(bool) { running <- true; <-release }, false, racing.builds)
		done <- true
	}()
	<-running
	racing.beforeBuild(big2, many)
	want := debug.SetMemoryLimit(-1)
	release <- true
	<-done
	if got := debug.SetMemoryLimit(-1); got != want {
		t.Errorf("the idle collection set the limit to %d, under a big build begun meanwhile, whose limit is %d", got, want)
	}

	// GOMEMLIMIT set: no limit is touched, the idle collection still runs.
	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetMemoryLimit(12345 << 20)
	user := &heapBound{}
	user.beforeBuild(small, nil)
	limitToLive()
	if got := debug.SetMemoryLimit(-1); got != 12345<<20 {
		t.Errorf("limit with GOMEMLIMIT set = %d, want it left at %d", got, 12345<<20)
	}
	user.afterBuild()
	if user.idle == nil || !user.idle.Stop() {
		t.Error("no collection is scheduled after a good build with GOMEMLIMIT set")
	}
}
