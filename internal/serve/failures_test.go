package serve

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

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
