package serve

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/briefsite/brief/internal/load"
)

// watchedTrees are the folders of a site whose every change matters.
var watchedTrees = []string{"content", "templates", "static"}

// watcher watches the parts of a site that go into a build. fsnotify does
// not watch recursively, so it adds every folder at the start and each
// folder created later, and drops folders that go away.
type watcher struct {
	fs   *fsnotify.Watcher
	root string
	dirs map[string]bool // watched folders, relative to root ("." is the root)
}

func newWatcher(root string) (*watcher, error) {
	fw, err := fsnotify.NewBufferedWatcher(1024)
	if err != nil {
		return nil, err
	}
	w := &watcher{fs: fw, root: root, dirs: map[string]bool{}}
	if err := w.add("."); err != nil {
		fw.Close()
		return nil, err
	}
	for _, t := range watchedTrees {
		w.addTree(t)
	}
	return w, nil
}

func (w *watcher) close() { w.fs.Close() }

func (w *watcher) add(rel string) error {
	if err := w.fs.Add(filepath.Join(w.root, filepath.FromSlash(rel))); err != nil {
		return err
	}
	w.dirs[rel] = true
	return nil
}

// addTree watches the folder rel and every folder under it that is not
// ignored. It returns the files found there, which may have been written
// before the watch began.
func (w *watcher) addTree(rel string) []string {
	var files []string
	fs.WalkDir(os.DirFS(w.root), rel, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // gone already, or unreadable: the build will say
		}
		if load.Skips(p) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			files = append(files, p)
			return nil
		}
		if !w.dirs[p] {
			w.add(p) // a folder that vanished meanwhile needs no watch
		}
		return nil
	})
	return files
}

// drop stops watching rel and every folder under it.
func (w *watcher) drop(rel string) {
	for d := range w.dirs {
		if d == rel || strings.HasPrefix(d, rel+"/") {
			w.fs.Remove(filepath.Join(w.root, filepath.FromSlash(d))) // may be gone already
			delete(w.dirs, d)
		}
	}
}

// handle updates the watches for one event and returns the site paths it
// changed, none when the event does not matter.
func (w *watcher) handle(ev fsnotify.Event) []string {
	if ev.Op == fsnotify.Chmod {
		return nil
	}
	rel, err := filepath.Rel(w.root, ev.Name)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return nil
	}
	rel = filepath.ToSlash(rel)
	if !relevant(rel) {
		return nil
	}
	changed := []string{rel}
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		if w.dirs[rel] {
			w.drop(rel)
		}
	}
	if ev.Has(fsnotify.Create) {
		if fi, err := os.Lstat(ev.Name); err == nil && fi.IsDir() {
			changed = append(changed, w.addTree(rel)...)
		}
	}
	return changed
}

// rescan watches every folder again, after the kernel dropped events.
func (w *watcher) rescan() {
	for _, t := range watchedTrees {
		w.addTree(t)
	}
}

// relevant reports whether a path relative to the site root goes into a
// build: the site file and what lies under content/, templates/ and
// static/, leaving out hidden files and editors' temporary files.
func relevant(rel string) bool {
	if load.Skips(rel) {
		return false
	}
	top, _, nested := strings.Cut(rel, "/")
	for _, t := range watchedTrees {
		if top == t {
			return true
		}
	}
	if !nested {
		for _, f := range load.SiteFiles() {
			if rel == f {
				return true
			}
		}
	}
	return false
}

// watch rebuilds the site after each burst of changes until ctx is done.
// Changes are collected until none has come for the debounce period; a
// change during a rebuild leads to exactly one more rebuild after it.
func (s *Server) watch(ctx context.Context, w *watcher) {
	pending := map[string]bool{}
	var last time.Time // of the last relevant change
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	building := false
	done := make(chan struct{})
	start := func() {
		paths := sortedKeys(pending)
		clear(pending)
		building = true
		go func() {
			s.Rebuild(ctx, paths)
			done <- struct{}{}
		}()
	}
	for {
		select {
		case <-ctx.Done():
			timer.Stop()
			if building {
				<-done
			}
			return
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			changed := w.handle(ev)
			if len(changed) == 0 {
				continue
			}
			for _, p := range changed {
				pending[p] = true
			}
			last = time.Now()
			if !building {
				timer.Reset(s.opts.Debounce)
			}
		case err, ok := <-w.fs.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				w.rescan()
				pending[""] = true // unknown: refresh everything
				last = time.Now()
				if !building {
					timer.Reset(s.opts.Debounce)
				}
				continue
			}
			fmt.Fprintf(s.opts.Stderr, "brief: watching: %v\n", err)
		case <-timer.C:
			if !building && len(pending) > 0 {
				start()
			}
		case <-done:
			building = false
			if len(pending) > 0 {
				timer.Reset(max(s.opts.Debounce-time.Since(last), 0))
			}
		}
	}
}
