package serve

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"html"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/render"
)

// Paths the preview adds to the site, under load.ServeDir, where no alias
// of the site may be (a static file there is warned of).
const (
	eventsPath = "/" + load.ServeDir + "/events"
	scriptPath = "/" + load.ServeDir + "/live.js"
)

//go:embed live.js
var liveJS []byte

// ServeHTTP serves the files of the last good build, the live-reload
// script and the event stream. Paths that are not files of the site,
// including any that try to leave it, get the site's 404 page.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.loopback.Load() && !localHost(r.Host) {
		http.Error(w, "brief serve answers requests for localhost and IP addresses only; serve on another address with -addr", http.StatusForbidden)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case eventsPath:
		s.serveEvents(w, r)
		return
	case scriptPath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		http.ServeContent(w, r, "live.js", time.Time{}, bytes.NewReader(liveJS))
		return
	}
	snap := s.site.Load()
	if snap == nil && s.building.Load() {
		s.serveBuilding(w, r)
		return
	}
	if snap == nil {
		s.serveBroken(w, r)
		return
	}
	name, ok := sitePath(r)
	if !ok {
		s.notFound(w, r, snap)
		return
	}
	if data, ok, err := snap.content(name); ok {
		switch {
		case errors.Is(err, errTooLarge):
			s.streamFile(w, r, snap, name)
		case errors.Is(err, errStale):
			s.serveStale(w, r, snap)
		case err != nil:
			s.renderFailed(w, r, snap, name, err)
		default:
			s.serveFile(w, r, snap, name, data, http.StatusOK)
		}
		return
	}
	if _, ok := snap.files[name+"/index.html"]; ok {
		// A folder asked for without its slash: send the browser to it, so
		// that the page's relative links resolve.
		u := (&url.URL{Path: r.URL.Path + "/"}).EscapedPath() // a ? or # in a folder's name stays in the path
		if r.URL.RawQuery != "" {
			u += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, u, http.StatusFound)
		return
	}
	s.notFound(w, r, snap)
}

// sitePath returns the file of the site a request names: the URL path
// without its leading slash, with index.html added to folders. It rejects
// anything that is not a clean relative path: ".." and "." elements (also
// when percent-encoded), encoded slashes, backslashes, NUL bytes, empty
// elements such as a leading "//".
func sitePath(r *http.Request) (string, bool) {
	p := r.URL.Path
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") {
		return "", false
	}
	if raw := strings.ToLower(r.URL.RawPath); strings.Contains(raw, "%2f") || strings.Contains(raw, "%5c") {
		return "", false
	}
	name := p[1:]
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	if !fs.ValidPath(name) {
		return "", false
	}
	return name, true
}

// serveFile writes one file of the site with its content type; HTML pages
// get the live-reload script.
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, snap *snapshot, name string, data []byte, status int) {
	ctype := fileHeaders(w.Header(), name, data)
	if strings.HasPrefix(ctype, "text/html") {
		data = inject(data, snap.version)
	}
	if status == http.StatusOK {
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
		return
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(data)
	}
}

// streamFile renders a file too large to keep straight into the
// response, without a length, an HTML page with the live-reload script at
// its end; or serves a copy of a file of the site in the parts asked for.
// A failure part way can only cut the response short: it is reported on
// stderr.
func (s *Server) streamFile(w http.ResponseWriter, r *http.Request, snap *snapshot, name string) {
	ctype := fileHeaders(w.Header(), name, nil)
	if f, ok, err := snap.openCopy(name); ok {
		// A large copied file, such as a video, is served in the parts
		// asked for (Range), which players need to seek.
		if errors.Is(err, fs.ErrNotExist) {
			s.notFound(w, r, snap) // deleted since the build
			return
		}
		if err != nil {
			s.renderFailed(w, r, snap, name, err)
			return
		}
		defer f.Close()
		if rs, ok := f.(io.ReadSeeker); ok {
			http.ServeContent(w, r, name, time.Time{}, rs)
			return
		}
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			io.Copy(w, f)
		}
		return
	}
	if r.Method == http.MethodHead {
		if snap.stale.Load() {
			s.serveStale(w, r, snap)
			return
		}
		w.WriteHeader(http.StatusOK)
		return
	}
	rc := http.NewResponseController(w)
	defer rc.SetWriteDeadline(time.Time{}) // none for the connection's next response
	bw := bufio.NewWriterSize(deadlineWriter{w, rc}, 64<<10)
	err := snap.stream(name, bw) // the first bytes it writes send status 200
	if errors.Is(err, errStale) {
		s.serveStale(w, r, snap) // nothing is written yet
		return
	}
	if err == nil && strings.HasPrefix(ctype, "text/html") {
		_, err = bw.WriteString(liveTag(snap.version))
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil && r.Context().Err() == nil {
		fmt.Fprintf(s.opts.Stderr, "brief serve: rendering %s: %v\n", name, err)
	}
}

// fileHeaders sets the headers of the file of the site name, whose
// first bytes are data, or nil when not at hand, and returns its content
// type: never cached, nor sniffed by the browser for another type.
func fileHeaders(h http.Header, name string, data []byte) string {
	ctype := contentType(name, data)
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	return ctype
}

// streamStall is how long a write of a streamed page may wait for the
// client to read. The page renders from the site model, which the next
// rebuild must wait for: a client that stops reading must not hold it.
const streamStall = 5 * time.Second

// deadlineWriter writes to a response, each write with streamStall to
// go through; past that, the write fails and the rendering stops.
type deadlineWriter struct {
	w  io.Writer
	rc *http.ResponseController
}

func (d deadlineWriter) Write(p []byte) (int, error) {
	// An error means the connection cannot take deadlines (not one
	// net/http serves); the write then goes without one.
	_ = d.rc.SetWriteDeadline(time.Now().Add(streamStall))
	return d.w.Write(p)
}

// localHost reports whether the Host of a request names this machine
// (localhost, a name under .localhost) or is an IP address, which no
// rebinding of a name can forge.
func localHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	return net.ParseIP(host) != nil || host == "localhost" || strings.HasSuffix(host, ".localhost")
}

// notFound serves the site's 404 page with status 404.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request, snap *snapshot) {
	if data, ok, err := snap.content("404.html"); ok && err == nil {
		s.serveFile(w, r, snap, "404.html", data, http.StatusNotFound)
		return
	}
	http.NotFound(w, r)
}

// renderFailed reports a page whose template failed on the site's data,
// in the terminal and in the browser, which reloads at the next build.
func (s *Server) renderFailed(w http.ResponseWriter, r *http.Request, snap *snapshot, name string, err error) {
	pos, msg, ok := render.TemplateProblem(s.fsys, err)
	if ok {
		msg = pos.String() + ": error: " + msg // the line of the site's template, as build tells it
	} else {
		msg = name + ": error: " + msg
	}
	fmt.Fprintf(s.opts.Stderr, "brief: %s\n", msg)
	writeStub(w, r, stub{
		status: http.StatusInternalServerError,
		title:  html.EscapeString(name) + " failed",
		text:   "This page could not be rendered:",
		errs:   &msg,
	}, snap.version)
}

// serveStale answers a page that a stale snapshot did not render before
// a failed build changed the site it renders from: showing it now would
// mix the two versions. The stub shows the build's errors and reloads
// once the site builds.
func (s *Server) serveStale(w http.ResponseWriter, r *http.Request, snap *snapshot) {
	errs := ""
	if p := s.lastErrors.Load(); p != nil {
		errs = *p
	}
	writeStub(w, r, stub{
		status: http.StatusServiceUnavailable,
		title:  "the site has errors",
		text: "The last build failed, after an edit of content/ it had taken in: this page was not built before it, " +
			"and is built once the errors are fixed. This page reloads then.",
		errs: &errs,
	}, snap.version)
}

// serveBuilding answers every page while the first build runs: a stub
// that loads the page once the site is built, or shows the errors if it
// does not build.
func (s *Server) serveBuilding(w http.ResponseWriter, r *http.Request) {
	writeStub(w, r, stub{
		status: http.StatusServiceUnavailable,
		title:  "building the site",
		text:   "brief serve is building the site. This page loads when it is built.",
		retry:  true,
	}, 0)
}

// serveBroken answers every page while no build has succeeded yet: a
// stub that shows the errors and reloads once the site builds.
func (s *Server) serveBroken(w http.ResponseWriter, r *http.Request) {
	writeStub(w, r, stub{
		status: http.StatusServiceUnavailable,
		title:  "the site has errors",
		text: "The site does not build yet. The errors are listed in the terminal; " +
			"this page reloads when they are fixed.",
	}, 0)
}

// stub is a page brief serve answers with in place of one of the site's.
type stub struct {
	status int
	title  string  // after "brief: ", HTML
	text   string  // its paragraph, HTML
	errs   *string // shown below it, in a <pre>, when not nil
	retry  bool    // sends Retry-After: 1, for a page there in a moment
}

// writeStub answers r with st, never cached, with the live-reload script
// of version (see inject), which reloads it at the next build.
func writeStub(w http.ResponseWriter, r *http.Request, st stub, version int64) {
	page := "<!doctype html>\n<meta charset=\"utf-8\">\n<title>brief: " + st.title + "</title>\n" +
		"<body><p>" + st.text + "</p>"
	if st.errs != nil {
		page += "<pre>" + html.EscapeString(*st.errs) + "</pre>"
	}
	page += "</body>\n"
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Del("Content-Length")
	if st.retry {
		h.Set("Retry-After", "1")
	}
	w.WriteHeader(st.status)
	if r.Method != http.MethodHead {
		w.Write(inject([]byte(page), version))
	}
}

// contentType returns the MIME type for a file by its extension, or by
// sniffing when the extension says nothing.
func contentType(name string, data []byte) string {
	switch path.Ext(name) {
	case ".html", ".htm":
		return "text/html; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".json":
		return "application/json"
	case ".xml":
		return "application/xml"
	case ".txt", ".md":
		return "text/plain; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".webmanifest":
		return "application/manifest+json"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return http.DetectContentType(data)
}

// inject returns page with the live-reload script before its last
// </body>, or at its end when it has none (minified pages may not).
func inject(page []byte, version int64) []byte {
	tag := liveTag(version)
	i := lastIndexFold(page, "</body>")
	if i < 0 {
		i = len(page)
	}
	out := make([]byte, 0, len(page)+len(tag)+1)
	out = append(out, page[:i]...)
	out = append(out, tag...)
	out = append(out, page[i:]...)
	return out
}

// liveTag returns the script element of the live-reload script for the
// build version.
func liveTag(version int64) string {
	return `<script src="` + scriptPath + `" data-version="` + strconv.FormatInt(version, 10) + `"></script>`
}

// lastIndexFold is bytes.LastIndex ignoring ASCII case.
func lastIndexFold(s []byte, sub string) int {
	for i := len(s) - len(sub); i >= 0; i-- {
		if s[i] == '<' && bytes.EqualFold(s[i:i+len(sub)], []byte(sub)) {
			return i
		}
	}
	return -1
}
