package serve

import (
	"cmp"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/output"
)

// TestStubs checks the pages brief serve answers in place of the site's,
// to GET and HEAD: while the first build runs, while no build has
// succeeded, for a page a failed build left stale, with the build's
// errors, escaped, or none recorded, and for a page that fails to render.
func TestStubs(t *testing.T) {
	const head = "<!doctype html>\n<meta charset=\"utf-8\">\n<title>brief: "
	stale := "the site has errors</title>\n<body><p>The last build failed, after an edit of content/ it had taken in: this page was not built before it, " +
		"and is built once the errors are fixed. This page reloads then.</p><pre>"
	errs := "content/briefs/a.md:2:1: error: <<<<<<< left in the file\n"
	tests := []struct {
		name    string
		serve   func(s *Server, w http.ResponseWriter, r *http.Request)
		errs    *string
		page    string
		version int64
		retry   string
		status  int // 503 when 0
	}{{
		name:  "building",
		serve: func(s *Server, w http.ResponseWriter, r *http.Request) { s.serveBuilding(w, r) },
		page:  head + "building the site</title>\n<body><p>brief serve is building the site. This page loads when it is built.</p></body>\n",
		retry: "1",
	}, {
		name:  "broken",
		serve: func(s *Server, w http.ResponseWriter, r *http.Request) { s.serveBroken(w, r) },
		page: head + "the site has errors</title>\n<body><p>The site does not build yet. The errors are listed in the terminal; " +
			"this page reloads when they are fixed.</p></body>\n",
	}, {
		name:    "stale",
		serve:   func(s *Server, w http.ResponseWriter, r *http.Request) { s.serveStale(w, r, &snapshot{version: 4}) },
		errs:    &errs,
		page:    head + stale + "content/briefs/a.md:2:1: error: &lt;&lt;&lt;&lt;&lt;&lt;&lt; left in the file\n</pre></body>\n",
		version: 4,
	}, {
		name:    "stale, no errors recorded",
		serve:   func(s *Server, w http.ResponseWriter, r *http.Request) { s.serveStale(w, r, &snapshot{version: 4}) },
		page:    head + stale + "</pre></body>\n",
		version: 4,
	}, {
		name: "render failed",
		serve: func(s *Server, w http.ResponseWriter, r *http.Request) {
			s.renderFailed(w, r, &snapshot{version: 5}, "briefs/<a>/index.html", errors.New("reading <x>: permission denied"))
		},
		page: head + "briefs/&lt;a&gt;/index.html failed</title>\n<body><p>This page could not be rendered:</p>" +
			"<pre>briefs/&lt;a&gt;/index.html: error: reading &lt;x&gt;: permission denied</pre></body>\n",
		version: 5,
		status:  http.StatusInternalServerError,
	}}
	for _, tt := range tests {
		for _, method := range []string{"GET", "HEAD"} {
			s := &Server{opts: Options{Stderr: io.Discard}}
			s.lastErrors.Store(tt.errs)
			w := httptest.NewRecorder()
			tt.serve(s, w, httptest.NewRequest(method, "/briefs/a/", nil))
			want := string(inject([]byte(tt.page), tt.version))
			if method == "HEAD" {
				want = ""
			}
			status := cmp.Or(tt.status, http.StatusServiceUnavailable)
			h := w.Header()
			if w.Code != status || h.Get("Content-Type") != "text/html; charset=utf-8" ||
				h.Get("Cache-Control") != "no-store" || h.Get("Retry-After") != tt.retry || w.Body.String() != want {
				t.Errorf("%s: %s = %d, %v\n%s\nwant %d, text/html, no-store, Retry-After %q\n%s", tt.name, method, w.Code, h, w.Body, status, tt.retry, want)
			}
		}
	}
}

// TestFileHeaders checks the headers of the files of the site, kept or
// streamed, rendered or copied, and of the 404 page: their type, never
// cached, not to be sniffed for another.
func TestFileHeaders(t *testing.T) {
	page := func(size int) func(io.Writer) error {
		return func(w io.Writer) error {
			_, err := io.WriteString(w, "<p>"+strings.Repeat(".", size)+"</p>")
			return err
		}
	}
	fsys := fstest.MapFS{
		"static/small.txt": {Data: []byte("small")},
		"static/large.txt": {Data: []byte(strings.Repeat("large ", 20))},
	}
	files := []output.File{
		{Path: "small.html", Write: page(10)},
		{Path: "large.html", Write: page(100)},
		{Path: "404.html", Write: page(1)},
		{Path: "small.txt", Src: "static/small.txt"},
		{Path: "large.txt", Src: "static/large.txt"},
	}
	var mu sync.RWMutex
	s := &Server{opts: Options{Stderr: io.Discard}}
	s.site.Store(newSnapshot(1, nil, fsys, files, &mu, 50, 1000))
	for _, tc := range []struct {
		target, ctype string
		status        int
	}{
		{"/small.html", "text/html; charset=utf-8", 200},
		{"/large.html", "text/html; charset=utf-8", 200},
		{"/small.txt", "text/plain; charset=utf-8", 200},
		{"/large.txt", "text/plain; charset=utf-8", 200},
		{"/missing/", "text/html; charset=utf-8", 404},
	} {
		for _, method := range []string{"GET", "HEAD"} {
			w := httptest.NewRecorder()
			s.ServeHTTP(w, httptest.NewRequest(method, tc.target, nil))
			h := w.Header()
			if w.Code != tc.status || h.Get("Content-Type") != tc.ctype || h.Get("Cache-Control") != "no-store" || h.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("%s %s = %d, %v; want %d, %s, no-store, nosniff", method, tc.target, w.Code, h, tc.status, tc.ctype)
			}
		}
	}
}
