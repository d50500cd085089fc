package browser

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/site"
)

// inCI reports whether the tests run in CI, where a missing browser or a
// missing axe-core is a failure rather than a reason to skip.
func inCI() bool {
	v := os.Getenv("CI")
	return v != "" && v != "0" && v != "false"
}

// skipOrFail skips the test with msg, or fails it in CI.
func skipOrFail(t *testing.T, msg string) {
	t.Helper()
	if inCI() {
		t.Fatal(msg + " (CI=true, so this is a failure)")
	}
	t.Skip(msg)
}

// repoRoot returns the repository root, which holds the shipped briefing.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "content", "briefs")); err != nil {
		t.Fatalf("no shipped briefing at %s: %v", root, err)
	}
	return root
}

// findBrowser returns the path of a Chromium to drive: $BRIEF_CHROMIUM, or
// Debian's chromium on $PATH.
func findBrowser(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("BRIEF_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	skipOrFail(t, "browser tests need Chromium: install it with `apt-get install -y chromium` (or set BRIEF_CHROMIUM)")
	return ""
}

// builtSite is the shipped briefing built into a temporary directory.
type builtSite struct {
	Dir  string
	Site *site.Site
}

// buildSite builds the shipped briefing the way `brief build` does.
func buildSite(t *testing.T) builtSite {
	t.Helper()
	root := repoRoot(t)
	dir := filepath.Join(t.TempDir(), "public")
	res, _, err := build.Write(context.Background(), os.DirFS(root), root, dir, build.Options{})
	if err != nil {
		t.Fatalf("writing the site: %v", err)
	}
	if res.Diags.HasErrors() {
		t.Fatalf("the shipped briefing has errors:\n%v", res.Diags)
	}
	return builtSite{Dir: dir, Site: res.Site}
}

// serveUnderRepo serves dir under /repo/, as GitHub Pages serves a project
// site; every other path is a 404, so a root-relative link fails.
func serveUnderRepo(t *testing.T, dir string) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/repo/", http.StripPrefix("/repo", http.FileServer(http.Dir(dir))))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL + "/repo/"
}

// fileURL returns the file:// URL of dir, with a trailing slash.
func fileURL(dir string) string {
	p := filepath.ToSlash(dir)
	if runtime.GOOS == "windows" {
		p = "/" + p
	}
	return "file://" + p + "/"
}

// screenshotDir returns where the tests save screenshots: $BRIEF_SCREENSHOTS,
// or .cache/screenshots at the repository root (ignored by git).
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("BRIEF_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join(repoRoot(t), ".cache", "screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// startBrowser starts a headless Chromium with a fresh profile and returns
// a context for it. The browser ends with the test.
func startBrowser(t *testing.T, exe string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("font-render-hinting", "none"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	bctx, cancelBrowser := chromedp.NewContext(allocCtx)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(bctx); err != nil {
		skipOrFail(t, fmt.Sprintf("cannot start %s: %v", exe, err))
	}
	return bctx
}

// tab is a browser tab that records what a reader would see go wrong:
// console errors, uncaught exceptions, browser log errors, failed requests
// and HTTP errors.
type tab struct {
	ctx context.Context

	mu       sync.Mutex
	problems []string
	requests map[network.RequestID]string
}

// newTab opens a tab in the browser of bctx, closed with the test.
func newTab(t *testing.T, bctx context.Context) *tab {
	t.Helper()
	tb := &tab{requests: map[network.RequestID]string{}}
	ctx, cancel := chromedp.NewContext(bctx, chromedp.WithListener(tb.listen))
	t.Cleanup(cancel)
	tb.ctx = ctx
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	return tb
}

// listen runs in the tab's event loop: it only records.
func (tb *tab) listen(ev any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	switch ev := ev.(type) {
	case *cdpruntime.EventConsoleAPICalled:
		if ev.Type == cdpruntime.ConsoleAPICalledTypeError || ev.Type == cdpruntime.ConsoleAPICalledTypeAssert {
			var args []string
			for _, a := range ev.Args {
				if len(a.Value) > 0 {
					args = append(args, string(a.Value))
				} else {
					args = append(args, a.Description)
				}
			}
			tb.problems = append(tb.problems, fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " ")))
		}
	case *cdpruntime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		tb.problems = append(tb.problems, fmt.Sprintf("exception at %s:%d: %s", d.URL, d.LineNumber+1, msg))
	case *cdplog.EventEntryAdded:
		if ev.Entry.Level == cdplog.EntryLevelError {
			tb.problems = append(tb.problems, fmt.Sprintf("browser log (%s): %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
		}
	case *network.EventRequestWillBeSent:
		tb.requests[ev.RequestID] = ev.Request.URL
	case *network.EventLoadingFailed:
		if !ev.Canceled {
			tb.problems = append(tb.problems, fmt.Sprintf("request failed: %s: %s", tb.requests[ev.RequestID], ev.ErrorText))
		}
	case *network.EventResponseReceived:
		if ev.Response.Status >= 400 {
			tb.problems = append(tb.problems, fmt.Sprintf("HTTP %d: %s", ev.Response.Status, ev.Response.URL))
		}
	}
}

// take returns the problems recorded since the last call.
func (tb *tab) take() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	p := tb.problems
	tb.problems = nil
	return p
}

// checkClean fails the test if the tab recorded problems since the last
// check; what names the page or step.
func (tb *tab) checkClean(t *testing.T, what string) {
	t.Helper()
	// Give late events (a script error after load) a moment to arrive.
	time.Sleep(50 * time.Millisecond)
	for _, p := range tb.take() {
		t.Errorf("%s: %s", what, p)
	}
}

// run runs steps with a timeout, failing the test on error.
func (tb *tab) run(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 15*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, tb *tab, expr string, opts ...chromedp.EvaluateOption) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, opts...))
	if err != nil {
		t.Fatalf("evaluating %.60q: %v", expr, err)
	}
	return v
}

// setViewport sets the viewport width (and a height) and the colour
// scheme and media type to emulate ("" for the defaults).
func (tb *tab) setViewport(t *testing.T, width int64, scheme, media string) {
	t.Helper()
	params := emulation.SetEmulatedMediaParams{Media: media}
	if scheme != "" {
		params.Features = []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}
	}
	tb.run(t, "setting the viewport", chromedp.EmulateViewport(width, 900))
	ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
	defer cancel()
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, params); err != nil {
		t.Fatalf("emulating media %q %q: %v", media, scheme, err)
	}
}

// screenshot saves a full-page PNG of the tab as dir/name.png.
func (tb *tab) screenshot(t *testing.T, dir, name string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}
