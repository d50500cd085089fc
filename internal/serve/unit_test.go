package serve

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/output"
	"github.com/fsnotify/fsnotify"
)

func TestSitePath(t *testing.T) {
	for _, tt := range []struct {
		target string
		want   string // "" means rejected
	}{
		{"/", "index.html"},
		{"/briefs/", "briefs/index.html"},
		{"/briefs/a/index.html", "briefs/a/index.html"},
		{"/assets/style.css?v=3", "assets/style.css"},
		{"/briefs", "briefs"},
		{"/caf%C3%A9/", "café/index.html"},
		{"/../etc/passwd", ""},
		{"/%2e%2e/etc/passwd", ""},
		{"/%2E%2e/", ""},
		{"/..%2fetc/passwd", ""},
		{"/briefs%2f..%2f..%2fx", ""},
		{"/a/../../b", ""},
		{"/./index.html", ""},
		{"//etc/passwd", ""},
		{"/a//b", ""},
		{"/..\\etc\\passwd", ""},
		{"/a%5cb", ""},
		{"/a%00b", ""},
		{"/..", ""},
	} {
		r := httptest.NewRequest("GET", "http://localhost"+tt.target, nil)
		got, ok := sitePath(r)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("sitePath(%q) = %q, %v; want %q", tt.target, got, ok, tt.want)
		}
	}
}

func TestRelevant(t *testing.T) {
	for _, tt := range []struct {
		path string
		want bool
	}{
		{"content/briefs/a.md", true},
		{"content/briefs/new/index.md", true},
		{"content/briefs/new", true},
		{"templates/base.html", true},
		{"templates/style.css", true},
		{"static/img/x.png", true},
		{"brief.yaml", true},
		{"brief.toml", true},
		{"content", true},
		{"public/index.html", false},
		{"public", false},
		{".git/index", false},
		{"content/.git/x", false},
		{"README.md", false},
		{"docs/brief.yaml", false},
		{"content/briefs/4913", false},
		{"content/briefs/.a.md.swp", false},
		{"content/briefs/a.md.swp", false},
		{"content/briefs/a.md~", false},
		{"content/briefs/a.md___jb_tmp___", false},
		{"content/briefs/a.md___jb_old___", false},
		{"content/briefs/.#a.md", false},
		{"content/briefs/a.md.tmp", false},
		{"content/briefs/#a.md#", false},
		{"content/briefs/a.md.orig", false},
		{"static/site.css.orig", false},
		{"static/a.swx", false},
		{"content/briefs/a.md.swo", false},
		{"static/CNAME", true},
		{"content/briefs/#", true},
		{"content/.hidden/a.md", false},
		// static/'s hidden files for the web are published, so edits rebuild.
		{"static/.well-known/security.txt", true},
		{"static/.htaccess", true},
		{"static/.git/config", false},
		{"static/.DS_Store", false},
		{"static/.htaccess.swp", false},
		{"content/briefs/.well-known/a.md", false},
	} {
		if got := relevant(tt.path); got != tt.want {
			t.Errorf("relevant(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

func TestInject(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"<html><body><p>x</p></body></html>", `<html><body><p>x</p><script src="/_brief/live.js" data-version="7"></script></body></html>`},
		{"<p>a</p></BODY>", `<p>a</p><script src="/_brief/live.js" data-version="7"></script></BODY>`},
		{"<p>no end tag</p>", `<p>no end tag</p><script src="/_brief/live.js" data-version="7"></script>`},
		{"<pre></body></pre></body>", `<pre></body></pre><script src="/_brief/live.js" data-version="7"></script></body>`},
	} {
		if got := string(inject([]byte(tt.in), 7)); got != tt.want {
			t.Errorf("inject(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStylesOnly(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "templates"), 0o755)
	for _, tt := range []struct {
		sources []string
		want    bool
	}{
		{[]string{"templates/style.css"}, true},
		{[]string{"templates", "templates/style.css"}, true},
		{[]string{"static/a.css", "static/b.css"}, true},
		{[]string{"templates/style.css", "templates/base.html"}, false},
		{[]string{"content/briefs/a.md"}, false},
		{[]string{"static/gone"}, false},
		{[]string{"templates"}, false},
		{[]string{""}, false},
		{nil, false},
	} {
		if got := stylesOnly(root, tt.sources); got != tt.want {
			t.Errorf("stylesOnly(%q) = %v, want %v", tt.sources, got, tt.want)
		}
	}
}

// TestWatcherFolders checks that the watcher follows folders as they come
// and go, and reports the files of a new folder that were written before
// its watch was added.
func TestWatcherFolders(t *testing.T) {
	root := t.TempDir()
	writeFile(t, root, "content/briefs/a.md", "a")
	writeFile(t, root, "public/index.html", "old build")
	writeFile(t, root, ".git/HEAD", "ref")
	w, err := newWatcher(root)
	if err != nil {
		t.Fatal(err)
	}
	defer w.close()
	for _, d := range []string{".", "content", "content/briefs"} {
		if !w.dirs[d] {
			t.Errorf("%s is not watched", d)
		}
	}
	for _, d := range []string{"public", ".git"} {
		if w.dirs[d] {
			t.Errorf("%s is watched", d)
		}
	}
	writeFile(t, root, "content/briefs/new/deeper/index.md", "n")
	got := w.handle(fsnotify.Event{Name: filepath.Join(root, "content/briefs/new"), Op: fsnotify.Create})
	if !w.dirs["content/briefs/new"] || !w.dirs["content/briefs/new/deeper"] {
		t.Errorf("new folders not watched: %v", w.dirs)
	}
	if want := "content/briefs/new content/briefs/new/deeper/index.md"; strings.Join(got, " ") != want {
		t.Errorf("create of a folder reported %q, want %q", got, want)
	}
	os.RemoveAll(filepath.Join(root, "content/briefs/new"))
	w.handle(fsnotify.Event{Name: filepath.Join(root, "content/briefs/new"), Op: fsnotify.Remove})
	if w.dirs["content/briefs/new"] || w.dirs["content/briefs/new/deeper"] {
		t.Errorf("removed folders still watched: %v", w.dirs)
	}
	if got := w.handle(fsnotify.Event{Name: filepath.Join(root, "content/briefs/a.md"), Op: fsnotify.Chmod}); got != nil {
		t.Errorf("chmod reported %q", got)
	}
	if got := w.handle(fsnotify.Event{Name: filepath.Join(root, "public/index.html"), Op: fsnotify.Write}); got != nil {
		t.Errorf("write to public/ reported %q", got)
	}
}

// TestListenFallsBack checks that without an address serve listens at
// DefaultAddr, or at a free port of its host when DefaultAddr is taken,
// and says so; and that an address given is used as it is.
func TestListenFallsBack(t *testing.T) {
	held, err := net.Listen("tcp", DefaultAddr)
	if err != nil && !errors.Is(err, syscall.EADDRINUSE) {
		t.Skipf("cannot hold %s: %v", DefaultAddr, err)
	}
	if held != nil {
		defer held.Close()
	}
	var stderr strings.Builder
	ln, err := listen("", &stderr)
	if err != nil {
		t.Fatalf("listen with %s taken: %v", DefaultAddr, err)
	}
	defer ln.Close()
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	if wantHost, wantPort, _ := net.SplitHostPort(DefaultAddr); host != wantHost || port == wantPort {
		t.Errorf("listening at %s with %s taken, want another port of %s", ln.Addr(), DefaultAddr, wantHost)
	}
	if !strings.Contains(stderr.String(), "port 1313 is in use") {
		t.Errorf("stderr = %q, want it to say port 1313 is in use", stderr.String())
	}

	stderr.Reset()
	if _, err := listen(DefaultAddr, &stderr); !errors.Is(err, syscall.EADDRINUSE) {
		t.Errorf("listen at a taken address given = %v, want EADDRINUSE", err)
	}
	given, err := listen("127.0.0.1:0", &stderr)
	if err != nil {
		t.Fatal(err)
	}
	given.Close()
	if stderr.Len() > 0 {
		t.Errorf("listen at an address given wrote %q", stderr.String())
	}

	// A host alone is at DefaultAddr's port, or a free one of that host.
	for _, host := range []string{"127.0.0.1", "[127.0.0.1]"} {
		stderr.Reset()
		ln, err := listen(host, &stderr)
		if err != nil {
			t.Fatalf("listen at %s with %s taken: %v", host, DefaultAddr, err)
		}
		ln.Close()
		if got, port, _ := net.SplitHostPort(ln.Addr().String()); got != "127.0.0.1" || port == "1313" {
			t.Errorf("listening at %s for %s with %s taken, want another port of 127.0.0.1", ln.Addr(), host, DefaultAddr)
		}
		if !strings.Contains(stderr.String(), "port 1313 is in use") {
			t.Errorf("listen at %s: stderr = %q, want it to say port 1313 is in use", host, stderr.String())
		}
	}
}

// TestSiteURL checks the URL serve prints and opens for the address it
// listens at: localhost for every interface, which no browser opens as
// http://[::]:1313/.
func TestSiteURL(t *testing.T) {
	for _, tt := range []struct {
		ip         net.IP
		want       string
		everywhere bool
	}{
		{net.IPv4zero, "http://localhost:1313/", true},
		{net.IPv6unspecified, "http://localhost:1313/", true},
		{net.IPv4(127, 0, 0, 1), "http://127.0.0.1:1313/", false},
		{net.IPv6loopback, "http://[::1]:1313/", false},
		{net.IPv4(192, 168, 1, 5), "http://192.168.1.5:1313/", false},
	} {
		got, everywhere := siteURL(&net.TCPAddr{IP: tt.ip, Port: 1313})
		if got != tt.want || everywhere != tt.everywhere {
			t.Errorf("siteURL(%s:1313) = %q, %v; want %q, %v", tt.ip, got, everywhere, tt.want, tt.everywhere)
		}
	}
}

// deadlineRecorder is a response that records the write deadlines set
// on it, as http.ResponseController sets them.
type deadlineRecorder struct {
	*httptest.ResponseRecorder
	deadlines []time.Time
}

func (d *deadlineRecorder) SetWriteDeadline(t time.Time) error {
	d.deadlines = append(d.deadlines, t)
	return nil
}

// TestDeadlineWriter checks that every write of a streamed page gives the
// client streamStall to read it, and that streamFile clears the deadline
// at the end, for the connection's next response.
func TestDeadlineWriter(t *testing.T) {
	rec := &deadlineRecorder{ResponseRecorder: httptest.NewRecorder()}
	dw := deadlineWriter{rec, http.NewResponseController(rec)}
	for _, s := range []string{"one", "two"} {
		before := time.Now()
		if _, err := io.WriteString(dw, s); err != nil {
			t.Fatal(err)
		}
		last := rec.deadlines[len(rec.deadlines)-1]
		if last.Before(before.Add(streamStall)) || last.After(time.Now().Add(streamStall)) {
			t.Errorf("write %q: deadline %v, want streamStall from the write", s, last)
		}
	}
	if len(rec.deadlines) != 2 || rec.Body.String() != "onetwo" {
		t.Errorf("deadlines %v, body %q: want one deadline a write", rec.deadlines, rec.Body.String())
	}

	dir := newSite(t)
	s, err := New(Options{Dir: dir, maxKept: 16})
	if err != nil {
		t.Fatal(err)
	}
	s.Rebuild(t.Context(), nil)
	rec = &deadlineRecorder{ResponseRecorder: httptest.NewRecorder()}
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/briefs/a/", nil))
	if !strings.Contains(rec.Body.String(), "Alpha body.") || len(rec.deadlines) < 2 || !rec.deadlines[len(rec.deadlines)-1].IsZero() {
		t.Errorf("streamed page %d bytes, deadlines %v: want the page, then no deadline", rec.Body.Len(), rec.deadlines)
	}
}

// TestLocalHost checks which Host headers a preview on a loopback address
// answers: local names and IP addresses, not other names, which a page
// could make resolve to 127.0.0.1.
func TestLocalHost(t *testing.T) {
	for host, want := range map[string]bool{
		"127.0.0.1:1313": true, "localhost:1313": true, "LOCALHOST": true, "[::1]:1313": true,
		"app.localhost:1313": true, "192.168.1.5:1313": true, "localhost.:1313": true,
		"evil.example:1313": false, "localhost.evil.example": false, "": false, "127.0.0.1.nip.io:1313": false,
	} {
		if got := localHost(host); got != want {
			t.Errorf("localHost(%q) = %v, want %v", host, got, want)
		}
	}
	s := &Server{}
	s.loopback.Store(true)
	for host, code := range map[string]int{"evil.example:1313": http.StatusForbidden, "127.0.0.1:1313": http.StatusServiceUnavailable} {
		r := httptest.NewRequest("GET", "/", nil)
		r.Host = host
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		if w.Code != code {
			t.Errorf("GET / with Host %s = %d, want %d", host, w.Code, code)
		}
	}
}

// TestMethods checks that brief serve answers only GET and HEAD, its own
// live-reload script and event stream included.
func TestMethods(t *testing.T) {
	s := &Server{}
	for _, target := range []string{"/", "/index.html", eventsPath, scriptPath} {
		for _, method := range []string{"POST", "PUT", "DELETE", "PROPFIND", "OPTIONS"} {
			w := httptest.NewRecorder()
			s.ServeHTTP(w, httptest.NewRequest(method, target, nil))
			if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s = %d, Allow %q; want 405, GET, HEAD", method, target, w.Code, w.Header().Get("Allow"))
			}
		}
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest("HEAD", scriptPath, nil))
	if w.Code != http.StatusOK {
		t.Errorf("HEAD %s = %d, want 200", scriptPath, w.Code)
	}
}

// TestErrorsMessageColumns checks that the overlay names an error's column
// in characters, as the terminal does, on a line read as the build reads
// it (no byte-order mark, CR LF), with the caret's column the same.
func TestErrorsMessageColumns(t *testing.T) {
	line := "État, Bénin — “cité” [[Nowhere]]"
	fsys := fstest.MapFS{"a.md": {Data: []byte("\ufeff" + line + "\r\nnext\r\n")}}
	rep := Report{Version: 3, Diags: []diag.Diagnostic{
		{Pos: diag.Pos{File: "a.md", Line: 1, Col: strings.Index(line, "[[") + 1}, Msg: "broken"},
		{Pos: diag.Pos{File: "a.md", Line: 1, Col: 1}, Severity: diag.Warning, Msg: "left to the terminal"},
	}}
	var got struct {
		Summary string
		Errors  []errorJSON
	}
	if err := json.Unmarshal(errorsMessage(rep, fsys).data, &got); err != nil {
		t.Fatal(err)
	}
	want := []errorJSON{{Pos: "a.md:1:22", Message: "broken", Line: line, Col: 22}}
	if !slices.Equal(got.Errors, want) || got.Summary != "1 error, 1 warning" {
		t.Errorf("errors event = %+v, %q\nwant %+v", got.Errors, got.Summary, want)
	}
}

// TestStaleSnapshot checks that a stale snapshot serves the files it
// rendered and kept before, as they were, and copies, and gives errStale
// for every other rendered file: one not rendered yet, one too large to
// keep and one past the budget, which it would render from the changed
// model.
func TestStaleSnapshot(t *testing.T) {
	model := "old"
	page := func(size int) func(io.Writer) error {
		return func(w io.Writer) error {
			_, err := io.WriteString(w, model+strings.Repeat(".", size))
			return err
		}
	}
	fsys := fstest.MapFS{"static/copy.txt": {Data: []byte("copied")}}
	files := []output.File{
		{Path: "kept.html", Write: page(10)},
		{Path: "past-budget.html", Write: page(10)},
		{Path: "fresh.html", Write: page(10)},
		{Path: "large.html", Write: page(100)},
		{Path: "copy.txt", Src: "static/copy.txt"},
	}
	var mu sync.RWMutex
	snap := newSnapshot(1, nil, fsys, files, &mu, 50, 20)
	for _, name := range []string{"kept.html", "past-budget.html"} {
		if _, _, err := snap.content(name); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	mu.Lock()
	model = "new"
	snap.makeStale()
	mu.Unlock()
	for _, tc := range []struct {
		name, want string
		err        error
	}{
		{"kept.html", "old" + strings.Repeat(".", 10), nil},
		{"copy.txt", "copied", nil},
		{"past-budget.html", "", errStale},
		{"fresh.html", "", errStale},
		{"large.html", "", errStale},
	} {
		data, ok, err := snap.content(tc.name)
		if !ok || string(data) != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("content(%s) = %q, %v, %v; want %q, %v", tc.name, data, ok, err, tc.want, tc.err)
		}
	}
	var buf strings.Builder
	if err := snap.stream("large.html", &buf); !errors.Is(err, errStale) || buf.Len() > 0 {
		t.Errorf("stream(large.html) wrote %q, %v; want nothing, errStale", buf.String(), err)
	}
}

// siteFS is what os.DirFS gives: vanishingFS keeps all of it but ReadDir.
type siteFS interface {
	fs.ReadDirFS
	fs.ReadFileFS
	fs.StatFS
	fs.ReadLinkFS
}

// vanishingFS reads the site as os.DirFS does, but removes the file gone
// from the disk right after it lists the folder that holds it: a file
// that an editor's save (or sed -i) wrote and renamed away again while a
// build read the folder.
type vanishingFS struct {
	siteFS
	root, gone string // gone is slash-separated, relative to root
}

func (f vanishingFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := f.siteFS.ReadDir(name)
	if name == path.Dir(f.gone) {
		os.Remove(filepath.Join(f.root, filepath.FromSlash(f.gone)))
	}
	return entries, err
}

// TestRebuildWithoutGone checks that a build, the first or a rebuild,
// tells no warning that it skipped a file gone by the time it is done,
// while it still tells one for a file skipped that is there.
func TestRebuildWithoutGone(t *testing.T) {
	const gone, kept = "content/briefs/sedyvXfob", "content/briefs/notes.txt"
	for _, tc := range []struct {
		name    string
		changed []string
	}{
		{"first build", nil},
		{"rebuild", []string{"content/briefs/a.md", gone}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := newSite(t)
			writeFile(t, dir, kept, "notes")
			var stderr strings.Builder
			s, err := New(Options{Dir: dir, Stderr: &stderr})
			if err != nil {
				t.Fatal(err)
			}
			if tc.changed != nil {
				s.Rebuild(t.Context(), nil)
				writeFile(t, dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", "Alpha edited."))
			}
			writeFile(t, dir, gone, "being saved")
			dirFS, ok := s.fsys.(siteFS)
			if !ok {
				t.Fatalf("the server's fsys %T is not os.DirFS's", s.fsys)
			}
			s.fsys = vanishingFS{dirFS, dir, gone}
			rep := s.Rebuild(t.Context(), tc.changed)
			if _, err := os.Lstat(filepath.Join(dir, gone)); !errors.Is(err, fs.ErrNotExist) {
				t.Fatalf("%s is still there after the build: %v", gone, err)
			}
			if rep.Failed {
				t.Fatalf("build failed: %v", rep.Diags)
			}
			warned := map[string]bool{}
			for _, d := range rep.Diags {
				warned[d.Pos.File] = d.Severity == diag.Warning && strings.HasPrefix(d.Msg, "skipped")
			}
			if warned[gone] || strings.Contains(stderr.String(), path.Base(gone)) {
				t.Errorf("the build warned of %s, gone by its end: diagnostics %v, stderr:\n%s", gone, rep.Diags, stderr.String())
			}
			if !warned[kept] {
				t.Errorf("the build did not warn that it skipped %s: %v", kept, rep.Diags)
			}
		})
	}
}
