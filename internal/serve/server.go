package serve

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/render"
	"github.com/briefsite/brief/internal/site"
)

// DefaultAddr is the address serve listens on unless told otherwise: the
// loopback interface only.
const DefaultAddr = "127.0.0.1:1313"

// DefaultDebounce is how long the watcher waits after the last change
// before it rebuilds, so that a burst of changes makes one rebuild.
const DefaultDebounce = 80 * time.Millisecond

// Options configure a Server.
type Options struct {
	Dir      string        // the site root, holding content/
	Addr     string        // for Run; when empty, DefaultAddr, and a host alone at DefaultAddr's port; if that is taken, a free port
	Drafts   bool          // include draft briefs
	Workers  int           // parallel workers; 0 means one per CPU
	Debounce time.Duration // quiet period before a rebuild; DefaultDebounce when zero

	// Stdout receives a line per rebuild; Stderr the diagnostics. Either
	// may be nil to discard.
	Stdout, Stderr io.Writer

	// Ready, if set, is called with the site's URL once the server listens.
	Ready func(url string)

	// Rebuilt, if set, is called after every build with its report, on the
	// goroutine that ran the build.
	Rebuilt func(Report)

	// BoundMemory makes the server manage the process's memory. Unless
	// GOMEMLIMIT is set, it sets the soft memory limit: before the first
	// build, from the size of the site's content; after each good build,
	// to what the site needs and half again; at least 360 MiB. A preview
	// left running then holds about what the site needs rather than twice
	// that. And it collects garbage shortly after each good build, while
	// the preview is idle, so that rebuilds rarely wait for a collection.
	// The limit is the whole process's, so only the command asks for it.
	BoundMemory bool

	maxKept    int   // when not zero, in place of DefaultMaxKept (for tests)
	keptBudget int64 // when not zero, in place of DefaultKeptBudget (for tests)
}

// Report describes one build of the preview.
type Report struct {
	Version int64    // the version served after the build
	Sources []string // changed source paths that caused it; nil for the first build
	Files   int      // files of the site served after the build
	Diags   []diag.Diagnostic
	Failed  bool // the build had errors; the previous version is still served, unless PagesFail
	// PagesFail says the build's only errors are pages that fail to
	// render: the new version is served, those pages showing the error,
	// since the last good version may show some of the new site's data.
	PagesFail bool
	// Stale says the build failed after it had changed in place the site
	// model the previous version renders its pages from, having taken in
	// an edit of content: the previous version still serves the pages it
	// had rendered, and answers the others with an error page until a
	// build succeeds, rather than show a mix of the two sites.
	Stale    bool
	Duration time.Duration
	Drafts   int // briefs marked draft and left out
}

// Server builds a site into memory and serves it. It is an http.Handler;
// Serve adds the watcher that rebuilds on change.
type Server struct {
	opts   Options
	root   string // absolute site root
	fsys   fs.FS
	copies fs.FS     // the site, confined to its root, for the files copied from it
	closer io.Closer // of copies, closed when Serve ends
	site   atomic.Pointer[snapshot]
	events *broker
	cache  *build.Cache // parsed files and converted bodies, reused by rebuilds

	// model is held for writing while a build runs, which may change the
	// site model of the served snapshot in place, and for reading while a
	// snapshot renders a file from it.
	model sync.RWMutex

	mu         sync.Mutex // serializes builds; guards the fields below
	version    int64
	failed     bool   // the last build failed
	lastWarn   string // the warnings last printed, to print them only when they change
	lastDrafts int    // the drafts left out last said, to say it only when it changes
	heap       heapBound

	// lastErrors holds the errors of the last build as the terminal
	// shows them while it failed, for the pages that wait for a good
	// build (serveStale); nil after a good one.
	lastErrors atomic.Pointer[string]

	// building is set while Serve runs the first build, whose pages are
	// not there yet.
	building atomic.Bool

	// loopback is set when the server listens on a loopback address: it
	// then answers only requests for local names, so that a page of
	// another site whose name is made to resolve to 127.0.0.1 (DNS
	// rebinding) cannot read the preview.
	loopback atomic.Bool
}

// New returns a Server for the site in opts.Dir. It builds nothing yet.
func New(opts Options) (*Server, error) {
	root, err := filepath.Abs(opts.Dir)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(filepath.Join(root, "content")); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("%s has no content/ folder", opts.Dir)
	}
	if opts.Debounce <= 0 {
		opts.Debounce = DefaultDebounce
	}
	if opts.Stdout == nil {
		opts.Stdout = io.Discard
	}
	if opts.Stderr == nil {
		opts.Stderr = io.Discard
	}
	// Copies are read when a browser asks for them, long after the build
	// listed them: through a root, so that a folder replaced by a link
	// meanwhile cannot lead out of the site.
	confined, err := os.OpenRoot(root)
	if err != nil {
		return nil, err
	}
	return &Server{
		opts:   opts,
		root:   root,
		fsys:   os.DirFS(root),
		copies: confined.FS(),
		closer: confined,
		events: newBroker(),
		cache:  build.NewCache(),
	}, nil
}

// Run serves the site at opts.Addr until ctx is cancelled. Without an
// address it listens at DefaultAddr, and at a host alone ("0.0.0.0", as
// Hugo's --bind takes it) at DefaultAddr's port; when another program
// holds that port, at a free port of the same host, as Hugo's server does.
func Run(ctx context.Context, opts Options) error {
	s, err := New(opts)
	if err != nil {
		return err
	}
	ln, err := listen(opts.Addr, s.opts.Stderr)
	if err != nil {
		return err
	}
	return s.Serve(ctx, ln)
}

// listen listens at addr or, when addr is empty or a host alone, as Run
// describes; it tells stderr when it falls back to another port.
func listen(addr string, stderr io.Writer) (net.Listener, error) {
	host, port, _ := net.SplitHostPort(DefaultAddr)
	if addr != "" {
		if _, _, err := net.SplitHostPort(addr); err == nil {
			return net.Listen("tcp", addr)
		}
		host = strings.TrimSuffix(strings.TrimPrefix(addr, "["), "]") // "::" or "[::]"
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(host, port))
	if !errors.Is(err, syscall.EADDRINUSE) {
		return ln, err
	}
	ln, err = net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(stderr, "brief serve: port %s is in use; listening on a free port instead\n", port)
	return ln, nil
}

// siteURL returns the URL a browser on this machine opens the site at,
// served at addr, and whether addr is every interface of the machine
// (0.0.0.0 or ::, which Go shows as [::]): the URL is then at localhost,
// as Hugo's is, since no browser opens http://[::]:1313/ or
// http://0.0.0.0:1313/ everywhere.
func siteURL(addr net.Addr) (url string, everywhere bool) {
	if tcp, ok := addr.(*net.TCPAddr); ok && tcp.IP.IsUnspecified() {
		return "http://" + net.JoinHostPort("localhost", strconv.Itoa(tcp.Port)) + "/", true
	}
	return "http://" + addr.String() + "/", false
}

// Serve builds the site, serves it on ln and rebuilds it on every change
// until ctx is cancelled; then it shuts the server down, closing open
// event streams, and stops watching. It closes ln.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w, err := newWatcher(s.root)
	if err != nil {
		ln.Close()
		return fmt.Errorf("watching %s: %w", s.opts.Dir, err)
	}
	defer w.close()
	if s.closer != nil {
		defer s.closer.Close()
	}

	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && tcp.IP.IsLoopback() {
		s.loopback.Store(true)
	}
	dir := s.opts.Dir
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs // "." says nothing of which site
	}
	// The first build of a large site takes seconds: say so, with the
	// address to open (a free port's, when 1313 was in use), and answer
	// the pages asked for meanwhile (a tab left open, reconnecting) with
	// one that loads the site when it is built.
	url, everywhere := siteURL(ln.Addr())
	fmt.Fprintf(s.opts.Stdout, "brief: building %s for %s …\n", dir, url)
	s.building.Store(true)
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	srv.RegisterOnShutdown(s.events.close)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	s.Rebuild(ctx, nil)
	s.building.Store(false)

	if everywhere {
		fmt.Fprintf(s.opts.Stdout, "brief: serving %s at %s, listening on every interface of this machine (Ctrl-C to stop)\n", dir, url)
	} else {
		fmt.Fprintf(s.opts.Stdout, "brief: serving %s at %s (Ctrl-C to stop)\n", dir, url)
	}
	if s.opts.Ready != nil {
		s.opts.Ready(url)
	}

	watched := make(chan struct{})
	go func() {
		defer close(watched)
		s.watch(ctx, w)
	}()

	var serveErr error
	select {
	case <-ctx.Done():
	case serveErr = <-served:
	}
	cancel()
	shutCtx, stop := context.WithTimeout(context.Background(), 3*time.Second)
	defer stop()
	if err := srv.Shutdown(shutCtx); err != nil {
		srv.Close()
	}
	<-watched
	if serveErr != nil && !errors.Is(serveErr, http.ErrServerClosed) {
		return serveErr
	}
	return nil
}

// Rebuild builds the site again and, when the build succeeds, serves the
// new version and tells open pages to reload, or to swap their stylesheets
// when only stylesheets changed. changed lists every source path that
// changed since the last Rebuild began, relative to the site root, or
// holds "" when events were missed; nil means unknown. Files not listed
// are not looked at again. It is safe to call at any time; builds run one
// at a time.
func (s *Server) Rebuild(ctx context.Context, changed []string) Report {
	s.mu.Lock()
	defer s.mu.Unlock()
	start := time.Now()
	rep := Report{Sources: changed}
	if slices.Contains(changed, "") {
		changed = nil // events were missed: anything may have changed
	}
	if s.opts.BoundMemory {
		s.heap.beforeBuild(s.fsys, changed)
	}
	if fi, err := fs.Stat(s.fsys, "content"); err != nil || !fi.IsDir() {
		// Moved away or deleted, perhaps for a moment: brief build would
		// refuse to build, rather than build an empty site.
		rep.Diags = []diag.Diagnostic{{Pos: diag.Pos{File: "content"}, Severity: diag.Error, Msg: "the site's content/ folder is gone; put it back"}}
		rep.Duration, rep.Failed = time.Since(start), true
		if prev := s.site.Load(); prev != nil {
			rep.Version, rep.Stale = prev.version, prev.stale.Load()
		}
		s.failed = true
		s.reportFailure(rep)
		return rep
	}
	prev := s.site.Load()
	s.model.Lock()
	res := build.Build(ctx, s.fsys, build.Options{Drafts: s.opts.Drafts, Workers: s.opts.Workers, Cache: s.cache, Changed: changed, NotFoundRoot: "/"})
	// The last good version renders its pages from the site model, which
	// the build changed in place if it took an edit of content in: a
	// page it renders now would show a mix of the two versions.
	inPlace := prev != nil && res.Site == prev.site && slices.ContainsFunc(changed, func(p string) bool { return strings.HasPrefix(p, "content/") })
	if inPlace && (res.Files == nil || res.Diags.HasErrors()) {
		// It stays served, but only with the pages it had rendered:
		// made stale before any other can render from the model.
		prev.makeStale()
	}
	s.model.Unlock()
	var snap *snapshot
	if res.Files != nil && ctx.Err() == nil {
		snap = newSnapshot(s.version+1, res.Site, s.copies, res.Files, &s.model, cmp.Or(s.opts.maxKept, DefaultMaxKept), cmp.Or(s.opts.keptBudget, DefaultKeptBudget))
		if err := snap.validate(ownTemplates(s.fsys), changedPages(res.Site, changed)); err != nil {
			pos, msg, ok := render.TemplateProblem(s.fsys, err)
			if !ok {
				pos = diag.Pos{File: "templates"}
			}
			res.Diags.Errorf(pos, "%s", msg)
			// The new version is served instead, its failing pages
			// showing the error.
			rep.PagesFail = inPlace
		}
	}
	rep.Diags = withoutGone(res.Diags.Sorted(), s.root)
	rep.Duration = time.Since(start)
	if ctx.Err() != nil {
		rep.Failed = true
		return rep // shutting down: say nothing
	}
	if res.Diags.HasErrors() && !rep.PagesFail || snap == nil {
		rep.Failed = true
		if prev != nil {
			rep.Version, rep.Stale = prev.version, prev.stale.Load()
		}
		s.failed = true
		s.reportFailure(rep)
		return rep
	}
	s.version++
	rep.Version = s.version
	rep.Files = len(res.Files)
	if !s.opts.Drafts {
		rep.Drafts = res.Site.Drafts
	}
	s.site.Store(snap)
	s.lastErrors.Store(nil)
	event := "reload"
	if prev != nil && !s.failed && changed != nil && stylesOnly(s.root, changed) {
		event = "css"
	}
	s.failed = rep.PagesFail
	if s.opts.BoundMemory {
		s.heap.afterBuild()
	}
	if rep.PagesFail {
		rep.Failed = true
		s.events.publish(message{event: event, data: versionJSON(rep.Version)})
		s.reportFailure(rep)
		return rep
	}
	s.reportSuccess(rep, prev == nil)
	s.events.publish(message{event: event, data: versionJSON(rep.Version)})
	s.rebuilt(rep)
	return rep
}

// changedPages returns the pages of the briefs and profiles of s whose
// files are among changed, for validate: a template of the site's may
// fail on what an edit wrote.
func changedPages(s *site.Site, changed []string) []string {
	if s == nil || len(changed) == 0 {
		return nil
	}
	set := make(map[string]bool, len(changed))
	for _, c := range changed {
		set[c] = true
	}
	var pages []string
	for _, b := range s.Briefs {
		if set[b.File] {
			pages = append(pages, b.Path()+"index.html")
		}
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			if e.File != "" && set[e.File] {
				pages = append(pages, e.Path()+"index.html")
			}
		}
	}
	return pages
}

// ownTemplates reports whether the site has templates of its own, which
// may fail on its data where the theme's do not.
func ownTemplates(fsys fs.FS) bool {
	entries, _ := fs.ReadDir(fsys, "templates")
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".html") {
			return true
		}
	}
	return false
}

// reportFailure prints a failed build's diagnostics and sends its errors
// to open pages.
func (s *Server) reportFailure(rep Report) {
	diag.PrintIn(s.opts.Stderr, rep.Diags, s.fsys, s.opts.Dir)
	errs, warns := diag.Count(rep.Diags)
	fmt.Fprintln(s.opts.Stderr, diag.Summary(errs, warns))
	var shown strings.Builder
	diag.PrintIn(&shown, slices.DeleteFunc(slices.Clone(rep.Diags), func(d diag.Diagnostic) bool { return d.Severity != diag.Error }), s.fsys, s.opts.Dir)
	text := shown.String()
	s.lastErrors.Store(&text)
	s.lastWarn = ""
	what := "still serving the last good version"
	switch {
	case rep.PagesFail:
		what = "serving the new version, whose pages that fail show the error"
	case rep.Stale:
		what = "still serving the pages already built; the others wait for a good build"
	case rep.Version == 0:
		what = "nothing to serve until it is fixed"
	}
	fmt.Fprintf(s.opts.Stdout, "brief: build failed in %v; %s\n", round(rep.Duration), what)
	s.events.publish(errorsMessage(rep, s.fsys))
	s.rebuilt(rep)
}

// reportSuccess prints a line about a good build, and its warnings when
// they changed.
func (s *Server) reportSuccess(rep Report, first bool) {
	var warn strings.Builder
	diag.PrintIn(&warn, rep.Diags, s.fsys, s.opts.Dir)
	if w := warn.String(); w != s.lastWarn {
		s.lastWarn = w
		io.WriteString(s.opts.Stderr, w)
		if w != "" {
			_, n := diag.Count(rep.Diags)
			fmt.Fprintln(s.opts.Stderr, diag.Summary(0, n))
		}
	}
	if first {
		fmt.Fprintf(s.opts.Stdout, "brief: built %d files in %v\n", rep.Files, round(rep.Duration))
	} else {
		fmt.Fprintf(s.opts.Stdout, "brief: rebuilt in %v%s\n", round(rep.Duration), changedNote(shownSources(rep.Sources, s.opts.Dir)))
	}
	switch n := rep.Drafts; {
	case n == s.lastDrafts || n == 0:
	case n == 1:
		fmt.Fprintln(s.opts.Stdout, "brief: 1 draft left out; brief serve -drafts shows it")
	default:
		fmt.Fprintf(s.opts.Stdout, "brief: %d drafts left out; brief serve -drafts shows them\n", n)
	}
	s.lastDrafts = rep.Drafts
}

func (s *Server) rebuilt(rep Report) {
	if s.opts.Rebuilt != nil {
		s.opts.Rebuilt(rep)
	}
}

func round(d time.Duration) time.Duration {
	if d < 10*time.Millisecond {
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Millisecond)
}

// shownSources returns the changed paths worth naming: not an editor's
// temporary file (sed0xN4O1, 4913, .x.swp, x~), written and gone again
// by the time of the rebuild. A file deleted stays, as do all the paths
// when none is worth naming.
func shownSources(paths []string, dir string) []string {
	var out []string
	for _, p := range paths {
		if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(p))); err != nil && editorTemp(path.Base(p)) {
			continue
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return paths
	}
	return out
}

// withoutGone returns ds without the warnings that a file was skipped
// whose file is gone by now: an editor's or sed -i's temporary file,
// which the build saw for a moment, and which the terminal would name
// after it is gone. brief build and check, which see no such files come
// and go, tell every one.
func withoutGone(ds []diag.Diagnostic, root string) []diag.Diagnostic {
	return slices.DeleteFunc(ds, func(d diag.Diagnostic) bool {
		if d.Severity != diag.Warning || d.Pos.File == "" || !strings.HasPrefix(d.Msg, "skipped") {
			return false
		}
		_, err := os.Lstat(filepath.Join(root, filepath.FromSlash(d.Pos.File)))
		return errors.Is(err, fs.ErrNotExist)
	})
}

// editorTemp reports whether name looks like an editor's temporary file:
// one load.Ignored names, or one without an extension, as sed -i and
// some editors write beside the file they save. The latter may be a
// site's own file (static/CNAME), so it is taken for a temporary only
// here, where it is gone again.
func editorTemp(name string) bool {
	return load.Ignored(name) || path.Ext(name) == ""
}

// changedNote names the changed sources, or the first few of them.
func changedNote(paths []string) string {
	switch {
	case len(paths) == 0:
		return ""
	case len(paths) == 1 && paths[0] == "":
		return " (after missed events)"
	case len(paths) <= 3:
		return " (" + strings.Join(paths, ", ") + ")"
	}
	return fmt.Sprintf(" (%s and %d more)", strings.Join(paths[:2], ", "), len(paths)-2)
}
