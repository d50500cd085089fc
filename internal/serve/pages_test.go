package serve

import (
	"bufio"
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
)

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
