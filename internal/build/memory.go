package build

import (
	"io/fs"
	"os"
	"runtime/debug"
)

// minMemoryLimit is the least soft memory limit LimitMemory sets: the
// build of a site of a few thousand briefs stays below it.
const minMemoryLimit = 256 << 20

// heapPerContent bounds the heap a build may hold for each byte of the
// site's content/ folder. What its collections leave peaks at under
// twice the content (117 MB for the 69 MB of 10,000 generated briefs, a
// little less for 100,000), and the collector gets as much again to
// collect in.
const heapPerContent = 4

// LimitMemory sets the process's soft memory limit (debug.SetMemoryLimit)
// for a build of the site at fsys, as brief build runs one, unless the
// user set GOMEMLIMIT. Without it, the collector lets the heap grow to
// twice what its last collection left, and a build's peak falls anywhere
// in a range some 10% wide, run to run, as the collections happen to
// fall; with it, the collector runs a little sooner near the top.
func LimitMemory(fsys fs.FS) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(memoryLimit(ContentSize(fsys)))
}

// memoryLimit returns the soft memory limit of a build of a site whose
// content/ folder holds content bytes.
func memoryLimit(content int64) int64 { return max(minMemoryLimit, heapPerContent*content) }

// ContentSize returns the total size of the regular files under content/.
func ContentSize(fsys fs.FS) int64 {
	var n int64
	fs.WalkDir(fsys, "content", func(_ string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return nil
		}
		if fi, err := d.Info(); err == nil {
			n += fi.Size()
		}
		return nil
	})
	return n
}
