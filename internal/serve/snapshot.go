package serve

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/briefsite/brief/internal/output"
)

// snapshot is one successful build held in memory: every file of the site
// by its slash-separated path. A snapshot is never modified once published.
type snapshot struct {
	version int64
	files   map[string][]byte
}

// srcEntry is a copied source file (a static file or a bundle's asset)
// remembered between rebuilds, so unchanged ones are not read again.
type srcEntry struct {
	size int64
	mod  time.Time
	data []byte
}

// renderer renders built files into memory. It is used by one rebuild at a
// time.
type renderer struct {
	fsys    fs.FS
	workers int
	cache   map[string]srcEntry // by source path
}

// forget drops the cached copies of the given source paths; "" or a path
// ending in "/" drops everything under it.
func (r *renderer) forget(paths []string) {
	for _, p := range paths {
		if p == "" || p == "." {
			clear(r.cache)
			return
		}
		delete(r.cache, p)
		prefix := strings.TrimSuffix(p, "/") + "/"
		for k := range r.cache {
			if strings.HasPrefix(k, prefix) {
				delete(r.cache, k)
			}
		}
	}
}

// render generates every file, in parallel. It returns the files by path
// and the first error.
func (r *renderer) render(files []output.File) (map[string][]byte, error) {
	workers := r.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	data := make([][]byte, len(files))
	stat := make([]srcEntry, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(workers, max(len(files), 1)) {
		wg.Go(func() {
			var buf bytes.Buffer
			for i := range next {
				f := files[i]
				if f.Write == nil {
					stat[i], errs[i] = r.readSrc(f.Src)
					data[i] = stat[i].data
					continue
				}
				buf.Reset()
				if err := f.Write(&buf); err != nil {
					errs[i] = fmt.Errorf("rendering %s: %w", f.Path, err)
					continue
				}
				data[i] = bytes.Clone(buf.Bytes())
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()

	out := make(map[string][]byte, len(files))
	for i, f := range files {
		if errs[i] != nil {
			return nil, errs[i]
		}
		out[f.Path] = data[i]
		if f.Write == nil {
			r.cache[f.Src] = stat[i]
		}
	}
	return out, nil
}

// readSrc returns a source file's bytes, from the cache when its size and
// modification time are those of the cached copy. Only regular files are
// read, so a link put in place after loading is never followed.
func (r *renderer) readSrc(name string) (srcEntry, error) {
	fi, err := fs.Lstat(r.fsys, name)
	if err != nil {
		return srcEntry{}, err
	}
	if !fi.Mode().IsRegular() {
		return srcEntry{}, fmt.Errorf("%s: not a regular file", name)
	}
	if e, ok := r.cache[name]; ok && e.size == fi.Size() && e.mod.Equal(fi.ModTime()) {
		return e, nil
	}
	data, err := fs.ReadFile(r.fsys, name)
	if err != nil {
		return srcEntry{}, err
	}
	return srcEntry{size: fi.Size(), mod: fi.ModTime(), data: data}, nil
}

// diff returns the paths whose content differs between two sets of files,
// sorted: added, removed and changed files alike.
func diff(old, new map[string][]byte) []string {
	var out []string
	for p, b := range new {
		if a, ok := old[p]; !ok || !bytes.Equal(a, b) {
			out = append(out, p)
		}
	}
	for p := range old {
		if _, ok := new[p]; !ok {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}

// onlyCSS reports whether every path is a stylesheet.
func onlyCSS(paths []string) bool {
	for _, p := range paths {
		if !strings.HasSuffix(p, ".css") {
			return false
		}
	}
	return len(paths) > 0
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]bool) []string {
	return slices.Sorted(maps.Keys(m))
}
