package serve

import (
	"context"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"
)

// TestWatchOverflow checks what follows when the kernel drops events,
// which fsnotify tells as ErrEventOverflow: the watcher watches the
// folders made meanwhile, and one rebuild of everything follows, its
// sources "" (anything may have changed), which shows the files whose
// events were lost.
func TestWatchOverflow(t *testing.T) {
	dir := newSite(t)
	rebuilt := make(chan Report, 8)
	s, err := New(Options{Dir: dir, Debounce: 5 * time.Millisecond, Rebuilt: func(r Report) { rebuilt <- r }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.closer.Close() })
	s.Rebuild(t.Context(), nil)
	<-rebuilt
	w, err := newWatcher(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer w.close()

	// Changes whose events are lost: a folder made, with a brief in it,
	// and an edit.
	writeFile(t, dir, "content/briefs/new/index.md", brief("Gamma", "2024-01-04", "Gamma body."))
	writeFile(t, dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", "Alpha edited."))
	for quiet := false; !quiet; {
		select {
		case <-w.fs.Events:
		case <-time.After(200 * time.Millisecond):
			quiet = true
		}
	}
	if w.dirs["content/briefs/new"] {
		t.Fatal("the new folder is watched before the overflow")
	}

	ctx, cancel := context.WithCancel(t.Context())
	watched := make(chan struct{})
	go func() {
		defer close(watched)
		s.watch(ctx, w)
	}()
	w.fs.Errors <- fsnotify.ErrEventOverflow
	select {
	case r := <-rebuilt:
		if !slices.Equal(r.Sources, []string{""}) || r.Failed {
			t.Errorf("rebuild after the overflow: sources %q, failed %v; want [\"\"], not failed", r.Sources, r.Failed)
		}
	case <-time.After(waitLimit):
		t.Fatal("no rebuild after the overflow")
	}
	cancel()
	<-watched
	select {
	case r := <-rebuilt:
		t.Errorf("a second rebuild, of %q", r.Sources)
	default:
	}
	if !w.dirs["content/briefs/new"] {
		t.Errorf("the folder made while events were lost is not watched: %v", w.dirs)
	}
	for path, want := range map[string]string{"/briefs/new/": "Gamma body.", "/briefs/a/": "Alpha edited."} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), want) {
			t.Errorf("GET %s: %d, want the page with %q", path, rec.Code, want)
		}
	}
}
