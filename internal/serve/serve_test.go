package serve

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefsite/brief/internal/load"
)

// waitLimit bounds every wait for a rebuild to show.
const waitLimit = 5 * time.Second

// writeFile writes a file under dir, making its folders.
func writeFile(t testing.TB, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// brief returns a brief's file with the minimal front matter.
func brief(title, date, body string) string {
	return "---\ntitle: " + title + "\ndate: " + date + "\nsources: [{title: S}]\n---\n" + body + "\n"
}

// newSite writes a minimal site: brief a, and brief b linking to a.
func newSite(t testing.TB) string {
	dir := filepath.Join(t.TempDir(), "site")
	writeFile(t, dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", "Alpha body."))
	writeFile(t, dir, "content/briefs/b.md", brief("Beta", "2024-01-03", "Beta body, after [[a]]."))
	return dir
}

// harness is a Server on a real listener watching a real folder.
type harness struct {
	t    *testing.T
	dir  string
	url  string // without the trailing slash
	srv  *Server
	stop func() // cancels Serve and waits for it to return

	mu      sync.Mutex
	reports []Report
}

func start(t *testing.T, dir string, opts Options) *harness {
	t.Helper()
	return startOn(t, dir, opts, "127.0.0.1:0")
}

// startOn is start on the address addr.
func startOn(t *testing.T, dir string, opts Options, addr string) *harness {
	t.Helper()
	h := &harness{t: t, dir: dir}
	ready := make(chan string, 1)
	opts.Dir = dir
	opts.Ready = func(url string) { ready <- url }
	opts.Rebuilt = func(r Report) {
		h.mu.Lock()
		h.reports = append(h.reports, r)
		h.mu.Unlock()
	}
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	h.srv = s
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	var once sync.Once
	h.stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-served:
				if err != nil {
					t.Errorf("Serve: %v", err)
				}
			case <-time.After(waitLimit):
				t.Error("Serve did not return after cancellation")
			}
		})
	}
	t.Cleanup(h.stop)
	select {
	case url := <-ready:
		h.url = strings.TrimSuffix(url, "/")
	case err := <-served:
		t.Fatalf("Serve returned early: %v", err)
	case <-time.After(waitLimit):
		t.Fatal("server not ready")
	}
	return h
}

// builds returns the reports of the builds so far, the first one included.
func (h *harness) builds() []Report {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]Report(nil), h.reports...)
}

// get fetches a path of the site.
func (h *harness) get(path string) (int, string) {
	h.t.Helper()
	resp, err := http.Get(h.url + path)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		h.t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// streams returns the number of event streams open.
func (h *harness) streams() int {
	h.srv.events.mu.Lock()
	defer h.srv.events.mu.Unlock()
	return len(h.srv.events.clients)
}

// waitFor polls cond until it holds, failing the test after waitLimit.
func (h *harness) waitFor(what string, cond func() bool) {
	h.t.Helper()
	deadline := time.Now().Add(waitLimit)
	for !cond() {
		if time.Now().After(deadline) {
			h.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitPage waits until path is served with the status and containing want.
func (h *harness) waitPage(path string, status int, want string) string {
	h.t.Helper()
	var body string
	h.waitFor(fmt.Sprintf("%s to be %d with %q", path, status, want), func() bool {
		var code int
		code, body = h.get(path)
		return code == status && strings.Contains(body, want)
	})
	return body
}

// event is one Server-Sent Event as a page receives it.
type event struct{ name, data string }

// events opens the event stream and returns the events as they come.
func (h *harness) events() <-chan event {
	h.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	h.t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", h.url+eventsPath, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		h.t.Fatalf("event stream has Content-Type %q", ct)
	}
	ch := make(chan event, 64)
	go func() {
		defer resp.Body.Close()
		defer close(ch)
		sc := bufio.NewScanner(resp.Body)
		var ev event
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if ev.name != "" {
					ch <- ev
				}
				ev = event{}
			case strings.HasPrefix(line, "event: "):
				ev.name = line[len("event: "):]
			case strings.HasPrefix(line, "data: "):
				ev.data = line[len("data: "):]
			}
		}
	}()
	return ch
}

// next returns the next event named one of names, skipping others.
func (h *harness) next(ch <-chan event, names ...string) event {
	h.t.Helper()
	timeout := time.After(waitLimit)
	for {
		select {
		case ev, ok := <-ch:
			if !ok {
				h.t.Fatalf("event stream closed waiting for %v", names)
			}
			for _, n := range names {
				if ev.name == n {
					return ev
				}
			}
		case <-timeout:
			h.t.Fatalf("timed out waiting for event %v", names)
		}
	}
}

func TestServeFirstBuild(t *testing.T) {
	dir := newSite(t)
	// The published address, which the preview's links must not lead to.
	writeFile(t, dir, "brief.yaml", "base_url: https://example.org/briefing/\n")
	h := start(t, dir, Options{})
	code, body := h.get("/")
	if code != 200 || !strings.Contains(body, "briefs/a/index.html") {
		t.Fatalf("GET / = %d, want 200 with a link to brief a:\n%s", code, body)
	}
	if !strings.Contains(body, `<script src="/_brief/live.js" data-version="1"></script></body>`) {
		t.Errorf("GET / has no live-reload script before </body>")
	}
	code, body = h.get("/briefs/a/")
	if code != 200 || !strings.Contains(body, "Alpha body.") {
		t.Errorf("GET /briefs/a/ = %d, want the brief:\n%s", code, body)
	}
	resp, err := http.Get(h.url + "/assets/style.css")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/css; charset=utf-8" {
		t.Errorf("style.css Content-Type = %q", ct)
	}
	code, body = h.get("/no/such/page/")
	if code != 404 || !strings.Contains(body, "Page not found") || !strings.Contains(body, scriptPath) {
		t.Errorf("GET of a missing page = %d, want the site's 404 page with the script:\n%s", code, body)
	}
	// Served at any depth, the 404 page links from the server's root.
	if !strings.Contains(body, `href="/assets/style.css"`) || !strings.Contains(body, `href="/index.html"`) {
		t.Errorf("the 404 page does not link from the root:\n%s", body)
	}
	if _, err := os.Stat(filepath.Join(h.dir, "public")); !os.IsNotExist(err) {
		t.Errorf("serve wrote public/ (stat: %v)", err)
	}
}

// TestServeDuringFirstBuild holds the first build back: the terminal
// says it is building, and the address to open, before it starts, and a page asked for meanwhile is
// answered at once with one that loads the site when it is built.
func TestServeDuringFirstBuild(t *testing.T) {
	dir := newSite(t)
	var out lockedBuffer
	s, err := New(Options{Dir: dir, Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	s.mu.Lock() // builds wait for it
	var release sync.Once
	unlock := func() { release.Do(s.mu.Unlock) }
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		unlock()
		cancel()
		<-served
	})
	h := &harness{t: t, dir: dir, url: "http://" + ln.Addr().String(), srv: s}
	h.waitFor("the building line", func() bool { return strings.Contains(out.String(), "brief: building") })
	client := &http.Client{Timeout: waitLimit}
	resp, err := client.Get(h.url + "/briefs/a/")
	if err != nil {
		t.Fatalf("GET during the first build: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), "building the site") || !strings.Contains(string(body), scriptPath) {
		t.Errorf("GET during the first build = %d, want 503, a page saying so with the live-reload script:\n%s", resp.StatusCode, body)
	}
	unlock()
	h.waitPage("/briefs/a/", 200, "Alpha body.")
	if got, want := out.String(), "brief: building "+dir+" for "+h.url+"/ …\nbrief: built "; !strings.HasPrefix(got, want) {
		t.Errorf("the terminal says\n%s\nwant it to start with\n%s", got, want)
	}
}

// TestServeShutdown cancels the server while a page listens for events:
// Serve returns at once and the stream ends.
func TestServeShutdown(t *testing.T) {
	h := start(t, newSite(t), Options{})
	evs := h.events()
	h.next(evs, "hello")
	began := time.Now()
	h.stop()
	if d := time.Since(began); d > time.Second {
		t.Errorf("shutting down with an open event stream took %v", d)
	}
	select {
	case ev, ok := <-evs:
		if ok {
			t.Errorf("event %s after shutdown", ev.name)
		}
	case <-time.After(waitLimit):
		t.Error("event stream still open after shutdown")
	}
	if _, err := http.Get(h.url + "/"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func TestServeEdit(t *testing.T) {
	h := start(t, newSite(t), Options{})
	h.waitPage("/briefs/a/", 200, "Alpha body.")
	writeFile(t, h.dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", "Alpha edited."))
	h.waitPage("/briefs/a/", 200, "Alpha edited.")
}

// TestServeFrontMatterEdits names a new actor in a brief, moves its
// citation of a shared source to a new one, and drops both again: the
// pages the new actor and source make come and go.
func TestServeFrontMatterEdits(t *testing.T) {
	h := start(t, newSite(t), Options{})
	h.waitPage("/briefs/a/", 200, "Alpha body.")
	edited := "---\ntitle: Alpha\ndate: 2024-01-02\nactors: [Wholly New Group]\nsources: [{title: S, url: \"https://example.org/s2\"}]\n---\nAlpha body.\n"
	writeFile(t, h.dir, "content/briefs/a.md", edited)
	h.waitPage("/actors/wholly-new-group/", 200, "briefs/a/index.html")
	h.waitPage("/sources/", 200, "https://example.org/s2")
	h.waitPage("/briefs/b/", 200, "Beta body")
	writeFile(t, h.dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", "Alpha body."))
	h.waitPage("/actors/wholly-new-group/", 404, "Page not found")
	body := h.waitPage("/actors/", 200, "Actors")
	if strings.Contains(body, "Wholly New Group") {
		t.Errorf("the actors page still lists the dropped actor:\n%s", body)
	}
	if _, body := h.get("/sources/"); strings.Contains(body, "https://example.org/s2") {
		t.Errorf("the sources page still lists the dropped source:\n%s", body)
	}
}

func TestServeCreateInNewFolder(t *testing.T) {
	h := start(t, newSite(t), Options{})
	writeFile(t, h.dir, "content/briefs/new-folder/index.md", brief("Gamma", "2024-02-01", "Gamma body."))
	h.waitPage("/briefs/new-folder/", 200, "Gamma body.")
	h.waitPage("/", 200, "briefs/new-folder/index.html")
	// The new folder is watched: an edit in it shows too.
	writeFile(t, h.dir, "content/briefs/new-folder/index.md", brief("Gamma", "2024-02-01", "Gamma edited."))
	h.waitPage("/briefs/new-folder/", 200, "Gamma edited.")
}

// TestServeVimSave saves the way vim does: probe with 4913, keep a swap
// file, write the new text to a temporary file and rename it over the
// brief.
func TestServeVimSave(t *testing.T) {
	h := start(t, newSite(t), Options{})
	dir := filepath.Join(h.dir, "content/briefs")
	writeFile(t, dir, ".a.md.swp", "swap")
	writeFile(t, dir, "4913", "")
	os.Remove(filepath.Join(dir, "4913"))
	writeFile(t, dir, "a.md~", brief("Alpha", "2024-01-02", "Alpha body."))
	writeFile(t, dir, "a.md.tmp", brief("Alpha", "2024-01-02", "Alpha saved by vim."))
	if err := os.Rename(filepath.Join(dir, "a.md.tmp"), filepath.Join(dir, "a.md")); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "a.md~"))
	os.Remove(filepath.Join(dir, ".a.md.swp"))
	h.waitPage("/briefs/a/", 200, "Alpha saved by vim.")
	for _, r := range h.builds() {
		for _, p := range r.Sources {
			if load.Skips(p) {
				t.Errorf("rebuild caused by editor file %s", p)
			}
		}
	}
}

func TestServeDelete(t *testing.T) {
	h := start(t, newSite(t), Options{})
	h.waitPage("/briefs/b/", 200, "briefs/a/index.html")
	if err := os.Remove(filepath.Join(h.dir, "content/briefs/a.md")); err != nil {
		t.Fatal(err)
	}
	h.waitPage("/briefs/a/", 404, "Page not found")
	for _, p := range []string{"/", "/briefs/", "/briefs/b/", "/timeline/", "/print/briefing/", "/data/briefs.json"} {
		code, body := h.get(p)
		if code != 200 || strings.Contains(body, "briefs/a/") || strings.Contains(body, "Alpha") {
			t.Errorf("after deleting brief a, GET %s = %d and still names it:\n%s", p, code, body)
		}
	}
}

func TestServeRename(t *testing.T) {
	h := start(t, newSite(t), Options{})
	d := filepath.Join(h.dir, "content/briefs")
	if err := os.Rename(filepath.Join(d, "a.md"), filepath.Join(d, "alpha.md")); err != nil {
		t.Fatal(err)
	}
	h.waitPage("/briefs/alpha/", 200, "Alpha body.")
	h.waitPage("/briefs/a/", 404, "Page not found")
	if _, body := h.get("/"); strings.Contains(body, "briefs/a/") {
		t.Errorf("index still links the old name:\n%s", body)
	}
}

// TestServeBurst writes a brief 200 times in a row, as a formatter or a
// checkout does. The debounce is longer than the default so that the
// count holds on a machine busy with other tests, where the gaps between
// two writes of the loop can approach the default.
func TestServeBurst(t *testing.T) {
	const debounce = 250 * time.Millisecond
	h := start(t, newSite(t), Options{Debounce: debounce})
	before := len(h.builds())
	began := time.Now()
	for i := range 200 {
		writeFile(t, h.dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", fmt.Sprintf("Alpha version %d.", i)))
	}
	t.Logf("200 writes took %v", time.Since(began))
	h.waitPage("/briefs/a/", 200, "Alpha version 199.")
	// Let any rebuild still due happen before counting.
	time.Sleep(2 * debounce)
	n := len(h.builds()) - before
	if n < 1 || n > 2 {
		t.Errorf("200 writes made %d rebuilds, want 1 or 2", n)
	}
	h.waitPage("/briefs/a/", 200, "Alpha version 199.")
}
