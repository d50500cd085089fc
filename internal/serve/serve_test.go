package serve

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefsite/brief/internal/diag"
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

func TestServeBrokenEdit(t *testing.T) {
	h := start(t, newSite(t), Options{})
	evs := h.events()
	if ev := h.next(evs, "hello"); ev.data != `{"version":1}` {
		t.Errorf("hello = %s", ev.data)
	}
	writeFile(t, h.dir, "content/briefs/a.md", "---\ntitle: Alpha\ndate: \"<b>someday\"\nsources: [{title: S}]\n---\nbroken\n")
	ev := h.next(evs, "errors", "reload")
	if ev.name != "errors" || !strings.Contains(ev.data, `"pos":"content/briefs/a.md:`) {
		t.Fatalf("after a broken edit got %s %s, want errors naming a.md", ev.name, ev.data)
	}
	if !strings.Contains(ev.data, `"pos":"content/briefs/a.md:3:8"`) || !strings.Contains(ev.data, `"line":"date: \"\u003cb\u003esomeday\"","col":8`) {
		t.Errorf("errors event lacks the offending line: %s", ev.data)
	}
	// The last good version is still served.
	if code, body := h.get("/briefs/a/"); code != 200 || !strings.Contains(body, "Alpha body.") {
		t.Errorf("after a broken edit GET /briefs/a/ = %d:\n%s", code, body)
	}
	// A page opened now learns of the errors at once.
	late := h.events()
	h.next(late, "hello")
	if ev := h.next(late, "errors"); !strings.Contains(ev.data, "content/briefs/a.md") {
		t.Errorf("late stream: %s", ev.data)
	}

	writeFile(t, h.dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", "Alpha fixed."))
	if ev := h.next(evs, "reload", "css", "errors"); ev.name != "reload" {
		t.Fatalf("after the fix got %s %s, want reload", ev.name, ev.data)
	}
	h.waitPage("/briefs/a/", 200, "Alpha fixed.")
	fresh := h.events()
	h.next(fresh, "hello")
	select {
	case ev := <-fresh:
		if ev.name == "errors" {
			t.Errorf("errors still reported after the fix: %s", ev.data)
		}
	case <-time.After(100 * time.Millisecond):
	}
}

// TestServeBrokenTemplate checks that a template of the site's that
// fails on a brief page, which the home page does not show, fails the
// rebuild with its position, rather than the page when it is opened.
func TestServeBrokenTemplate(t *testing.T) {
	h := start(t, newSite(t), Options{})
	evs := h.events()
	h.next(evs, "hello")
	writeFile(t, h.dir, "templates/brief.html", "{{define \"main\"}}\n<h1>{{.Brief.Titel}}</h1>{{end}}\n")
	ev := h.next(evs, "errors", "reload")
	if ev.name != "errors" || !strings.Contains(ev.data, `"pos":"templates/brief.html:2:`) {
		t.Fatalf("after a broken template got %s %s, want errors at templates/brief.html:2", ev.name, ev.data)
	}
	if code, body := h.get("/briefs/a/"); code != 200 || !strings.Contains(body, "Alpha body.") {
		t.Errorf("after a broken template GET /briefs/a/ = %d:\n%s", code, body)
	}
}

// TestServeTemplateFailsOnEdit checks that a template of the site's
// that fails on what an edit wrote, on a page no sample renders, is told
// at once; and that since the edit changed the site in place, the new
// version is served, the failing page showing the error, rather than a
// last good version some of whose files would show the edit.
func TestServeTemplateFailsOnEdit(t *testing.T) {
	dir := newSite(t)
	writeFile(t, dir, "templates/brief.html", "{{define \"main\"}}\n<h1>{{.Brief.Title}}</h1>{{if eq .Brief.Summary \"boom\"}}{{index \"ab\" 5}}{{end}}{{end}}\n")
	h := start(t, dir, Options{})
	evs := h.events()
	h.next(evs, "hello")
	writeFile(t, h.dir, "content/briefs/b.md", "---\ntitle: Beta\ndate: 2024-01-03\nsummary: boom\nsources: [{title: S}]\n---\nBeta body.\n")
	ev := h.next(evs, "errors")
	if !strings.Contains(ev.data, `"pos":"templates/brief.html:2:`) || !strings.Contains(ev.data, `"current":true`) {
		t.Fatalf("after the edit got %s %s, want errors at templates/brief.html:2 for the version served", ev.name, ev.data)
	}
	if code, body := h.get("/feed.xml"); code != 200 || !strings.Contains(body, "<summary>boom</summary>") {
		t.Errorf("GET /feed.xml = %d, without the edit:\n%s", code, body)
	}
	if code, _ := h.get("/briefs/b/"); code != 500 {
		t.Errorf("GET /briefs/b/ = %d, want 500", code)
	}
	if code, body := h.get("/briefs/a/"); code != 200 || !strings.Contains(body, "Alpha body.") {
		t.Errorf("GET /briefs/a/ = %d:\n%s", code, body)
	}
	writeFile(t, h.dir, "content/briefs/b.md", brief("Beta", "2024-01-03", "Beta mended."))
	if ev := h.next(evs, "reload", "errors"); ev.name != "reload" {
		t.Fatalf("after the fix got %s %s, want reload", ev.name, ev.data)
	}
	h.waitPage("/briefs/b/", 200, "Beta mended.")
}

// TestServeStaleAfterFailedEdit breaks a template of the site's and
// retitles a brief, in one rebuild or one after the other. The failed
// build changed in place the site model that the last good version
// renders its pages from: that version must go on serving the pages it
// had rendered, as they were, and answer any other with an error page
// that reloads, never a page showing the new title beside the old.
func TestServeStaleAfterFailedEdit(t *testing.T) {
	for _, together := range []bool{true, false} {
		t.Run(fmt.Sprintf("together=%v", together), func(t *testing.T) {
			dir := newSite(t)
			good := "{{define \"main\"}}\n<h1>{{.Brief.Title}}</h1>{{.Brief.BodyHTML}}{{end}}\n"
			writeFile(t, dir, "templates/brief.html", good)
			var out lockedBuffer
			h := start(t, dir, Options{Stdout: &out, Debounce: 200 * time.Millisecond})
			evs := h.events()
			h.next(evs, "hello")
			// The home page, the lists and a brief of each kind are
			// rendered at each build, with templates of the site's.
			if code, body := h.get("/briefs/a/"); code != 200 || !strings.Contains(body, "<h1>Alpha</h1>") {
				t.Fatalf("GET /briefs/a/ = %d:\n%s", code, body)
			}
			broken := "{{define \"main\"}}\n<h1>{{.Brief.Title}</h1>{{end}}\n"
			retitle := brief("Alpha renamed", "2024-01-02", "Alpha body.")
			if together {
				writeFile(t, dir, "templates/brief.html", broken)
				writeFile(t, dir, "content/briefs/a.md", retitle)
			} else {
				writeFile(t, dir, "templates/brief.html", broken)
				h.next(evs, "errors")
				writeFile(t, dir, "content/briefs/a.md", retitle)
			}
			ev := h.next(evs, "errors")
			h.waitFor("a stale build", func() bool {
				rs := h.builds()
				return rs[len(rs)-1].Stale
			})
			if together && !strings.Contains(ev.data, `"stale":true`) {
				t.Errorf("errors event %s, want it saying the version served is stale", ev.data)
			}
			// Rendered before: served as they were.
			for _, p := range []string{"/briefs/a/", "/briefs/", "/timeline/", "/"} {
				if code, body := h.get(p); code != 200 || !strings.Contains(body, "Alpha") || strings.Contains(body, "Alpha renamed") {
					t.Errorf("GET %s after the failed build = %d, want it as it was:\n%s", p, code, body)
				}
			}
			// Not rendered before: waits for a good build. Brief b
			// links to a by its title.
			for _, p := range []string{"/briefs/b/", "/data/briefs.json", "/feed.xml"} {
				code, body := h.get(p)
				if code != http.StatusServiceUnavailable || !strings.Contains(body, scriptPath) || !strings.Contains(body, "templates/brief.html:2:") || strings.Contains(body, "Alpha renamed") {
					t.Errorf("GET %s after the failed build = %d, want 503 with the error and the script:\n%s", p, code, body)
				}
			}
			if !strings.Contains(out.String(), "still serving the pages already built; the others wait for a good build") {
				t.Errorf("the terminal does not say that only the pages built are served:\n%s", out.String())
			}
			writeFile(t, dir, "templates/brief.html", good)
			if ev := h.next(evs, "reload", "errors"); ev.name != "reload" {
				t.Fatalf("after the fix got %s %s, want reload", ev.name, ev.data)
			}
			h.waitPage("/briefs/a/", 200, "<h1>Alpha renamed</h1>")
			h.waitPage("/briefs/b/", 200, "Alpha renamed")
		})
	}
}

// lockedBuffer is a bytes.Buffer safe for the server to write while the
// test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestServeFolderRedirect checks that a folder asked for without its
// slash is sent to it, its name escaped as a path, so that a ? or a # in
// it does not start a query or a fragment.
func TestServeFolderRedirect(t *testing.T) {
	dir := newSite(t)
	writeFile(t, dir, "static/q?x/index.html", "<p>q</p>")
	writeFile(t, dir, "static/sp ace/index.html", "<p>s</p>")
	h := start(t, dir, Options{})
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, tc := range []struct{ path, want string }{
		{"/briefs", "/briefs/"},
		{"/briefs?x=1", "/briefs/?x=1"},
		{"/q%3Fx", "/q%3Fx/"},
		{"/sp%20ace", "/sp%20ace/"},
	} {
		resp, err := client.Get(h.url + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusFound || resp.Header.Get("Location") != tc.want {
			t.Errorf("GET %s = %d, Location %q; want 302 to %q", tc.path, resp.StatusCode, resp.Header.Get("Location"), tc.want)
		}
	}
}

// TestServeLargeCopyInParts checks that a copied file too large to keep
// in memory is served in the parts a request asks for, as video players
// need to seek, with its length.
func TestServeLargeCopyInParts(t *testing.T) {
	dir := newSite(t)
	clip := strings.Repeat("0123456789", 2000)
	writeFile(t, dir, "static/clip.mp4", clip)
	h := start(t, dir, Options{maxKept: 8 << 10})
	req, err := http.NewRequest(http.MethodGet, h.url+"/clip.mp4", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Range", "bytes=10-19")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusPartialContent || string(body) != "0123456789" || resp.Header.Get("Content-Range") != "bytes 10-19/20000" {
		t.Errorf("GET /clip.mp4 bytes 10-19 = %d %q, Content-Range %q", resp.StatusCode, body, resp.Header.Get("Content-Range"))
	}
	resp, err = http.Head(h.url + "/clip.mp4")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.ContentLength != int64(len(clip)) || resp.Header.Get("Accept-Ranges") != "bytes" || resp.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("HEAD /clip.mp4: length %d, headers %v", resp.ContentLength, resp.Header)
	}
}

// TestServeContentGone checks that the content/ folder moved away fails
// the rebuild, as brief build refuses such a site, keeping the last good
// version, and that putting it back serves the site again.
func TestServeContentGone(t *testing.T) {
	h := start(t, newSite(t), Options{})
	evs := h.events()
	h.next(evs, "hello")
	away := filepath.Join(filepath.Dir(h.dir), "content-away")
	if err := os.Rename(filepath.Join(h.dir, "content"), away); err != nil {
		t.Fatal(err)
	}
	ev := h.next(evs, "errors", "reload")
	if ev.name != "errors" || !strings.Contains(ev.data, `"pos":"content"`) || !strings.Contains(ev.data, "content/ folder is gone") {
		t.Fatalf("with content/ gone got %s %s, want errors", ev.name, ev.data)
	}
	if code, body := h.get("/briefs/a/"); code != 200 || !strings.Contains(body, "Alpha body.") {
		t.Errorf("with content/ gone GET /briefs/a/ = %d", code)
	}
	if err := os.Rename(away, filepath.Join(h.dir, "content")); err != nil {
		t.Fatal(err)
	}
	if ev := h.next(evs, "reload", "errors"); ev.name != "reload" {
		t.Fatalf("with content/ back got %s %s, want reload", ev.name, ev.data)
	}
	h.waitPage("/briefs/a/", 200, "Alpha body.")
}

// TestServeBrokenProfileTemplate checks that a profile template failing
// on the site's data fails the rebuild, though the first page under
// countries/ is the list by number of briefs.
func TestServeBrokenProfileTemplate(t *testing.T) {
	dir := newSite(t)
	writeFile(t, dir, "content/briefs/a.md", "---\ntitle: Alpha\ndate: 2024-01-02\ncountries: [Kenya]\nsources: [{title: S}]\n---\nAlpha body.\n")
	h := start(t, dir, Options{})
	evs := h.events()
	h.next(evs, "hello")
	writeFile(t, h.dir, "templates/entity.html", "{{define \"main\"}}\n<p>{{index .Entity.Aliases 0}}</p>{{end}}\n")
	if ev := h.next(evs, "errors", "reload"); ev.name != "errors" || !strings.Contains(ev.data, `"pos":"templates/entity.html:2:`) {
		t.Fatalf("after a broken profile template got %s %s, want errors at templates/entity.html:2", ev.name, ev.data)
	}
}

// TestServeTemplateFailsOnOnePage checks that a page whose template of
// the site's fails on its data alone, which no rebuild renders, says
// where in the site's template.
func TestServeTemplateFailsOnOnePage(t *testing.T) {
	dir := newSite(t)
	writeFile(t, dir, "templates/brief.html", "{{define \"main\"}}<h1>{{.Brief.Title}}</h1>\n{{if eq .Brief.Slug \"b\"}}{{.Brief.Nope}}{{end}}{{end}}\n")
	h := start(t, dir, Options{})
	if code, body := h.get("/briefs/a/"); code != 200 || !strings.Contains(body, "<h1>Alpha</h1>") {
		t.Errorf("GET /briefs/a/ = %d:\n%s", code, body)
	}
	if code, body := h.get("/briefs/b/"); code != http.StatusInternalServerError || !strings.Contains(body, "templates/brief.html:2:") {
		t.Errorf("GET /briefs/b/ = %d:\n%s", code, body)
	}
	// Told as build tells it, with no place repeated, and the page it
	// failed on.
	if code, body := h.get("/briefs/b/"); code != http.StatusInternalServerError || !strings.Contains(body, "<pre>templates/brief.html:2:34: error: executing &#34;main&#34; at &lt;.Brief.Nope&gt;: can&#39;t evaluate field Nope in type *site.Brief; on briefs/b/index.html</pre>") {
		t.Errorf("GET /briefs/b/ = %d:\n%s", code, body)
	}
}

func TestServeCSSOnly(t *testing.T) {
	h := start(t, newSite(t), Options{})
	evs := h.events()
	h.next(evs, "hello")
	writeFile(t, h.dir, "templates/style.css", "body { color: rebeccapurple }\n")
	ev := h.next(evs, "css", "reload", "errors")
	if ev.name != "css" {
		t.Fatalf("after a stylesheet change got %s %s, want css", ev.name, ev.data)
	}
	h.waitPage("/assets/style.css", 200, "rebeccapurple")
}

func TestServeBrokenFirstBuild(t *testing.T) {
	dir := newSite(t)
	writeFile(t, dir, "content/briefs/a.md", "---\ntitle: [\n---\n")
	h := start(t, dir, Options{})
	code, body := h.get("/")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, scriptPath) {
		t.Fatalf("GET / before a good build = %d:\n%s", code, body)
	}
	writeFile(t, dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", "Alpha at last."))
	h.waitPage("/briefs/a/", 200, "Alpha at last.")
}

func TestServeDrafts(t *testing.T) {
	dir := newSite(t)
	writeFile(t, dir, "content/briefs/d.md", "---\ntitle: Draft\ndate: 2024-01-04\ndraft: true\nsources: [{title: S}]\n---\nDraft body.\n")
	for _, drafts := range []bool{false, true} {
		h := start(t, dir, Options{Drafts: drafts})
		want := 404
		if drafts {
			want = 200
		}
		if code, _ := h.get("/briefs/d/"); code != want {
			t.Errorf("drafts=%v: GET /briefs/d/ = %d, want %d", drafts, code, want)
		}
		// The build says how many drafts it left out.
		left := 1
		if drafts {
			left = 0
		}
		if rs := h.builds(); len(rs) == 0 || rs[0].Drafts != left {
			t.Errorf("drafts=%v: first build reports %+v, want %d drafts left out", drafts, rs, left)
		}
	}
}

// TestServeOutsideSite asks for files outside the site in every way a
// request can spell it.
func TestServeOutsideSite(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "site")
	writeFile(t, dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", "Alpha body."))
	writeFile(t, parent, "secret.txt", "TOP SECRET")
	h := start(t, dir, Options{})
	secret := filepath.ToSlash(filepath.Join(parent, "secret.txt"))
	for _, target := range []string{
		"/../secret.txt",
		"/%2e%2e/secret.txt",
		"/%2E%2E/secret.txt",
		"/..%2fsecret.txt",
		"/..%5csecret.txt",
		"/..\\secret.txt",
		"/briefs/../../secret.txt",
		"//etc/passwd",
		"/" + secret,
		"/" + strings.TrimPrefix(secret, "/"),
		"/content/briefs/a.md",
		"/./index.html",
		"/index.html%00",
	} {
		code, body := rawGet(t, h.url, target)
		if code != 404 || strings.Contains(body, "TOP SECRET") || strings.Contains(body, "root:") {
			t.Errorf("GET %s = %d, want 404:\n%.200s", target, code, body)
		}
	}
}

// TestServeCopyThroughLink checks that a file copied from the site is
// not read through a folder replaced by a link since the build, while
// a broken edit keeps that build served.
func TestServeCopyThroughLink(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "site")
	writeFile(t, dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", "Alpha body."))
	writeFile(t, dir, "static/sub/fresh.txt", "inside")
	writeFile(t, parent, "outside/fresh.txt", "OUTSIDE SECRET")
	h := start(t, dir, Options{})
	evs := h.events()
	h.next(evs, "hello")
	writeFile(t, dir, "content/briefs/a.md", "---\ntitle: [broken\n---\n")
	if ev := h.next(evs, "errors", "reload"); ev.name != "errors" {
		t.Fatalf("after a broken edit got %s, want errors", ev.name)
	}
	if err := os.Rename(filepath.Join(dir, "static/sub"), filepath.Join(dir, "static/sub.old")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(parent, "outside"), filepath.Join(dir, "static/sub")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	time.Sleep(300 * time.Millisecond) // the rebuild the change starts fails too
	if code, body := h.get("/sub/fresh.txt"); code == 200 || strings.Contains(body, "OUTSIDE") {
		t.Errorf("GET /sub/fresh.txt through a link out of the site = %d:\n%.200s", code, body)
	}
}

// rawGet sends target as it is, without the client cleaning it.
func rawGet(t *testing.T, base, target string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", target)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// TestServeEditsWhileReading edits bodies, which rebuilds change the
// served site's model in place, and front matter, which they build
// afresh, while pages of the served version are being read. Every edit
// must show, also in the pages that link to the brief, and under -race
// no page may be rendered from a model being changed.
func TestServeEditsWhileReading(t *testing.T) {
	dir := newSite(t)
	writeFile(t, dir, "content/briefs/c.md", brief("Gamma", "2024-01-04", "Gamma body."))
	writeFile(t, dir, "content/actors/ann.md", "---\nname: Ann\n---\nAnn's profile.\n")
	h := start(t, dir, Options{Debounce: 5 * time.Millisecond})
	h.waitPage("/briefs/a/", 200, "Alpha body.")

	done := make(chan struct{})
	var readers sync.WaitGroup
	for range 2 {
		readers.Go(func() {
			for {
				for _, p := range []string{"/briefs/a/", "/briefs/b/", "/briefs/c/", "/actors/ann/", "/timeline/", "/briefs/", "/data/briefs.json", "/search/"} {
					select {
					case <-done:
						return
					default:
					}
					resp, err := http.Get(h.url + p)
					if err == nil {
						io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
					}
				}
			}
		})
	}
	defer func() {
		close(done)
		readers.Wait()
	}()

	for i := range 5 {
		text := fmt.Sprintf("Gamma edit %d, see", i)
		writeFile(t, dir, "content/briefs/c.md", brief("Gamma", "2024-01-04", text+" [[b]]."))
		h.waitPage("/briefs/c/", 200, text)
		h.waitPage("/briefs/b/", 200, "briefs/c/index.html") // mentioned in c
	}
	writeFile(t, dir, "content/briefs/c.md", brief("Gamma", "2024-01-04", "Gamma without links."))
	h.waitPage("/briefs/c/", 200, "Gamma without links.")
	if _, body := h.get("/briefs/b/"); strings.Contains(body, "briefs/c/index.html") {
		t.Errorf("brief b still says c mentions it")
	}
	writeFile(t, dir, "content/actors/ann.md", "---\nname: Ann\n---\nAnn profile, edited.\n")
	h.waitPage("/actors/ann/", 200, "Ann profile, edited.")
	writeFile(t, dir, "content/briefs/a.md", brief("Alpha retitled", "2024-01-02", "Alpha body."))
	h.waitPage("/briefs/b/", 200, "Alpha retitled") // [[a]] shows the title
	writeFile(t, dir, "content/briefs/a.md", brief("Alpha retitled", "2024-01-02", "Alpha body, edited."))
	h.waitPage("/briefs/a/", 200, "Alpha body, edited.")
}

// TestServeKeptBudget checks that once a snapshot keeps its budget of
// bytes, further pages are rendered for each request, whole and with the
// live-reload script, and not kept, while the pages kept stay kept.
func TestServeKeptBudget(t *testing.T) {
	dir := newSite(t)
	h := start(t, dir, Options{keptBudget: 1}) // index.html and 404.html, rendered at the start, fill it
	snap := h.srv.site.Load()
	for round := range 2 {
		code, page := h.get("/briefs/a/")
		if code != 200 || !strings.Contains(page, "</html>") || !strings.Contains(page, `data-version="1"></script></body>`) {
			t.Fatalf("round %d: GET of a brief = %d, want the whole page with the script before </body>:\n%s", round, code, page)
		}
		if lf := snap.files["briefs/a/index.html"]; lf.data != nil || !errors.Is(lf.err, errNotKept) {
			t.Errorf("round %d: the brief is kept past the budget: %d bytes, err %v", round, len(lf.data), lf.err)
		}
	}
	if got := snap.kept.Load(); got > 1 {
		t.Errorf("%d bytes kept, budget 1", got)
	}

	h = start(t, newSite(t), Options{})
	h.get("/briefs/a/")
	snap = h.srv.site.Load()
	if lf := snap.files["briefs/a/index.html"]; len(lf.data) == 0 || snap.kept.Load() < int64(len(lf.data)) {
		t.Errorf("within the budget, the brief is not kept, or not counted: %d bytes, %d kept in all", len(lf.data), snap.kept.Load())
	}
}

// TestServeLargePage checks that a page larger than the server keeps is
// rendered for each request straight into the response, whole, with the
// live-reload script, and that nothing of it is kept; that smaller pages
// are kept as before; and that a large file copied from the site is
// streamed alike.
func TestServeLargePage(t *testing.T) {
	dir := newSite(t)
	var body strings.Builder
	for i := range 200 {
		fmt.Fprintf(&body, "Paragraph %d of a long brief.\n\n", i)
	}
	writeFile(t, dir, "content/briefs/long.md", brief("Long", "2024-01-04", body.String()))
	download := strings.Repeat("A file of the site, copied as it is.\n", 500)
	writeFile(t, dir, "static/download.txt", download)
	h := start(t, dir, Options{maxKept: 8 << 10})
	for round := range 2 {
		code, page := h.get("/briefs/long/")
		if code != 200 || !strings.Contains(page, "Paragraph 199 of a long brief.") || !strings.Contains(page, "</html>") {
			t.Fatalf("round %d: GET of the long brief = %d, %d bytes, want the whole page", round, code, len(page))
		}
		if len(page) <= 8<<10 {
			t.Fatalf("the long brief is %d bytes, not larger than the server keeps", len(page))
		}
		if !strings.HasSuffix(page, `<script src="/_brief/live.js" data-version="1"></script>`) {
			t.Errorf("round %d: the long brief does not end with the live-reload script: %q", round, page[len(page)-120:])
		}
	}
	resp, err := http.Head(h.url + "/briefs/long/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("HEAD of the long brief = %d, %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if code, page := h.get("/briefs/a/"); code != 200 || !strings.Contains(page, `data-version="1"></script></body>`) {
		t.Errorf("GET of a short brief = %d, want it with the script before </body>", code)
	}
	snap := h.srv.site.Load()
	if lf := snap.files["briefs/long/index.html"]; lf.data != nil || !errors.Is(lf.err, errTooLarge) {
		t.Errorf("the long brief is kept: %d bytes, err %v", len(lf.data), lf.err)
	}
	if lf := snap.files["briefs/a/index.html"]; len(lf.data) == 0 {
		t.Errorf("the short brief is not kept")
	}
	// A large file copied from the site is streamed too.
	for round := range 2 {
		if code, got := h.get("/download.txt"); code != 200 || got != download {
			t.Errorf("round %d: GET of a large static file = %d, %d bytes, want its %d bytes", round, code, len(got), len(download))
		}
	}
	if lf := snap.files["download.txt"]; lf.data != nil || !errors.Is(lf.err, errTooLarge) {
		t.Errorf("the large static file is kept: %d bytes, err %v", len(lf.data), lf.err)
	}
}

// TestServeRenameWithAlias renames a brief and keeps its old slug as an
// alias: the old address serves a page that leads on to the new one.
func TestServeRenameWithAlias(t *testing.T) {
	h := start(t, newSite(t), Options{})
	h.waitPage("/briefs/a/", 200, "Alpha body.")
	d := filepath.Join(h.dir, "content/briefs")
	if err := os.Remove(filepath.Join(d, "a.md")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, d, "alpha.md", strings.Replace(brief("Alpha", "2024-01-02", "Alpha body."), "\ntitle:", "\naliases: [a]\ntitle:", 1))
	h.waitPage("/briefs/alpha/", 200, "Alpha body.")
	h.waitPage("/briefs/a/", 200, `content="0; url=../../briefs/alpha/index.html"`)
}

func TestShownSources(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content", "briefs"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "briefs", "a.md"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := shownSources([]string{"content/briefs/a.md", "content/briefs/sed0xN4O1", "content/briefs/4913", "content/briefs/.a.md.swp", "content/briefs/gone.md"}, dir)
	if want := []string{"content/briefs/a.md", "content/briefs/gone.md"}; !slices.Equal(got, want) {
		t.Errorf("shownSources = %q, want %q", got, want)
	}
	if got := shownSources([]string{"content/briefs/sed1"}, dir); len(got) != 1 {
		t.Errorf("shownSources of temporary files alone = %q, want them all", got)
	}
}

func TestWithoutGone(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "content/briefs/notes.txt", "x")
	skipped := "skipped: briefs are .md files or folders with an index.md"
	for _, tc := range []struct {
		d    diag.Diagnostic
		kept bool
	}{
		{diag.Diagnostic{Pos: diag.Pos{File: "content/briefs/sedyvXfob"}, Severity: diag.Warning, Msg: skipped}, false},
		{diag.Diagnostic{Pos: diag.Pos{File: "content/briefs/notes.txt"}, Severity: diag.Warning, Msg: skipped}, true},
		{diag.Diagnostic{Pos: diag.Pos{File: "content/actors/old", Line: 1}, Severity: diag.Warning, Msg: "skipped, with the files in it: a folder"}, false},
		{diag.Diagnostic{Pos: diag.Pos{File: "content/briefs/gone.md", Line: 2}, Severity: diag.Warning, Msg: "no sources"}, true},
		{diag.Diagnostic{Pos: diag.Pos{File: "content/briefs/gone.md"}, Severity: diag.Error, Msg: "skipped"}, true},
	} {
		got := withoutGone([]diag.Diagnostic{tc.d}, dir)
		if kept := len(got) == 1; kept != tc.kept {
			t.Errorf("withoutGone(%v) kept it: %v, want %v", tc.d, kept, tc.kept)
		}
	}
}
