package build_test

// Benchmarks of brief's phases and of the whole build on generated
// corpora (see package corpus), measured against the floor: a bare
// goldmark + adrg/frontmatter worker pool that writes one page per brief
// (corpus.Floor).
//
//	go test -run '^$' -bench . -benchmem ./internal/build
//	BRIEF_BENCH_LARGE=1 go test -run '^$' -bench . -benchmem -timeout 60m ./internal/build
//	go test -run '^$' -bench 'Build/briefs=10k' -benchmem ./internal/build
//
// Sizes: 1,000 briefs always; 10,000 when BRIEF_BENCH_LARGE=1 or when the
// -bench pattern says "10k"; 100,000 only when the pattern says "100k".
// Corpora are written once to $BRIEF_BENCH_DIR (default: the system's
// temporary directory) and reused by later runs. Build and Floor report
// pages/s; Build also reports x-floor, its time over the floor's on the
// same corpus in the same process, and Peak the peak resident memory of a
// build in a fresh process.

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/corpus"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/markdown"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/render"
	"github.com/briefsite/brief/internal/resolve"
	"github.com/briefsite/brief/internal/site"
)

const benchSeed = 1

// benchSizes returns the corpus sizes to run, with their names.
func benchSizes() []struct {
	name string
	n    int
} {
	pattern := ""
	if f := flag.Lookup("test.bench"); f != nil {
		pattern = f.Value.String()
	}
	sizes := []struct {
		name string
		n    int
	}{{"1k", 1000}}
	if os.Getenv("BRIEF_BENCH_LARGE") != "" || strings.Contains(pattern, "10k") {
		sizes = append(sizes, struct {
			name string
			n    int
		}{"10k", 10000})
	}
	if strings.Contains(pattern, "100k") {
		sizes = append(sizes, struct {
			name string
			n    int
		}{"100k", 100000})
	}
	return sizes
}

// forSizes runs bench as a sub-benchmark "briefs=<size>" for each size.
func forSizes(b *testing.B, bench func(b *testing.B, dir string, n int)) {
	for _, s := range benchSizes() {
		b.Run("briefs="+s.name, func(b *testing.B) {
			bench(b, corpusDir(b, s.n), s.n)
		})
	}
}

var corpusMu sync.Mutex

// corpusDir returns a directory holding the corpus of n briefs, writing it
// on first use. A file "complete" marks a finished corpus, so an
// interrupted write is redone.
func corpusDir(b *testing.B, n int) string {
	b.Helper()
	corpusMu.Lock()
	defer corpusMu.Unlock()
	root := os.Getenv("BRIEF_BENCH_DIR")
	if root == "" {
		root = os.TempDir()
	}
	dir := filepath.Join(root, fmt.Sprintf("brief-bench-corpus-v%d-n%d-s%d", corpus.Version, n, benchSeed))
	done := filepath.Join(dir, "complete")
	if _, err := os.Stat(done); err == nil {
		return dir
	}
	os.RemoveAll(dir)
	if err := corpus.WriteDir(dir, n, benchSeed); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(done, nil, 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

// outDir returns an empty directory for output that is removed when b
// ends. It sits beside the corpus, on the same file system.
func outDir(b *testing.B) string {
	b.Helper()
	root := os.Getenv("BRIEF_BENCH_DIR")
	if root == "" {
		root = os.TempDir()
	}
	dir, err := os.MkdirTemp(root, "brief-bench-out-")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { os.RemoveAll(dir) })
	return filepath.Join(dir, "public")
}

func pagesPerSecond(b *testing.B, pages int) {
	b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// loaded returns the site as load leaves it, failing b on errors.
func loaded(b *testing.B, dir string) *site.Site {
	diags := &diag.List{}
	s := load.Load(os.DirFS(dir), load.Options{}, diags)
	if diags.HasErrors() {
		b.Fatalf("loading the corpus: %v", diags.Sorted()[0])
	}
	return s
}

func resolved(b *testing.B, dir string) *site.Site {
	s := loaded(b, dir)
	diags := &diag.List{}
	resolve.Resolve(s, diags)
	if diags.HasErrors() {
		b.Fatalf("resolving the corpus: %v", diags.Sorted()[0])
	}
	return s
}

func converter(s *site.Site) *markdown.Converter {
	return markdown.New(markdown.Options{UnsafeHTML: s.Config.UnsafeHTML, LinkMentions: s.Config.LinkMentions, PrettyURLs: s.Config.PrettyURLs})
}

// BenchmarkLoad measures reading and parsing every file: front matter,
// schema, bodies.
func BenchmarkLoad(b *testing.B) {
	forSizes(b, func(b *testing.B, dir string, n int) {
		b.ReportAllocs()
		for b.Loop() {
			loaded(b, dir)
		}
		pagesPerSecond(b, n)
	})
}

// BenchmarkResolve measures linking names to entities, the bibliography,
// timelines and backlinks.
func BenchmarkResolve(b *testing.B) {
	forSizes(b, func(b *testing.B, dir string, n int) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			s := loaded(b, dir)
			diags := &diag.List{}
			runtime.GC() // the setup's garbage is not the phase's
			b.StartTimer()
			resolve.Resolve(s, diags)
		}
		pagesPerSecond(b, n)
	})
}

// BenchmarkMarkdown measures converting every body to HTML, with
// wikilinks, headings and search text.
func BenchmarkMarkdown(b *testing.B) {
	forSizes(b, func(b *testing.B, dir string, n int) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			s := resolved(b, dir)
			diags := &diag.List{}
			runtime.GC() // the setup's garbage is not the phase's
			b.StartTimer()
			converter(s).ConvertSite(s, diags)
		}
		pagesPerSecond(b, n)
	})
}

// BenchmarkRenderWrite measures executing the templates for every page
// and writing the site to disk.
func BenchmarkRenderWrite(b *testing.B) {
	forSizes(b, func(b *testing.B, dir string, n int) {
		out := outDir(b)
		fsys := os.DirFS(dir)
		b.ReportAllocs()
		var pages int
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			s := resolved(b, dir)
			diags := &diag.List{}
			converter(s).ConvertSite(s, diags)
			runtime.GC() // the setup's garbage is not the phase's
			b.StartTimer()
			files, err := render.Render(s, render.Options{SiteFS: fsys, Minify: s.Config.Minify})
			if err != nil {
				b.Fatal(err)
			}
			if err := output.Write(context.Background(), out, files, output.Options{SrcFS: fsys, SrcDir: dir}); err != nil {
				b.Fatal(err)
			}
			pages = len(files)
		}
		pagesPerSecond(b, pages)
	})
}

// floorTimes caches the floor's time per corpus size, so that Build can
// report its ratio to the floor without running the floor at every b.N.
var floorTimes sync.Map // int → time.Duration

// floorTime returns the mean time of three runs of the floor on the
// corpus of n briefs in dir.
func floorTime(b *testing.B, dir string, n int) time.Duration {
	if d, ok := floorTimes.Load(n); ok {
		return d.(time.Duration)
	}
	const runs = 3
	var total time.Duration
	for range runs {
		out := outDir(b)
		start := time.Now()
		if _, err := corpus.Floor(os.DirFS(dir), out, 0); err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
		os.RemoveAll(out)
	}
	d := total / runs
	floorTimes.Store(n, d)
	return d
}

// BenchmarkFloor measures the floor itself: frontmatter + goldmark + one
// file per brief.
func BenchmarkFloor(b *testing.B) {
	forSizes(b, func(b *testing.B, dir string, n int) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			out := outDir(b)
			runtime.GC() // the setup's garbage is not the phase's
			b.StartTimer()
			if _, err := corpus.Floor(os.DirFS(dir), out, 0); err != nil {
				b.Fatal(err)
			}
		}
		pagesPerSecond(b, n)
	})
}

// BenchmarkBuild measures the whole build to disk, as "brief build" runs
// it, and reports its time over the floor's.
func BenchmarkBuild(b *testing.B) {
	forSizes(b, func(b *testing.B, dir string, n int) {
		floor := floorTime(b, dir, n)
		fsys := os.DirFS(dir)
		b.ReportAllocs()
		b.ResetTimer()
		var pages int
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			out := outDir(b)
			runtime.GC() // the setup's garbage is not the phase's
			b.StartTimer()
			res, st, err := build.Write(context.Background(), fsys, dir, out, build.Options{})
			if err != nil {
				b.Fatal(err)
			}
			if res.Diags.HasErrors() {
				b.Fatalf("the corpus has errors: %v", res.Diags.Sorted()[0])
			}
			pages = st.Pages
		}
		pagesPerSecond(b, pages)
		perOp := b.Elapsed() / time.Duration(b.N)
		b.ReportMetric(float64(perOp)/float64(floor), "x-floor")
		b.Logf("briefs=%d: build %v, floor %v: %.2f× the floor", n, perOp.Round(time.Millisecond), floor.Round(time.Millisecond), float64(perOp)/float64(floor))
	})
}

// BenchmarkPeak runs one full build, and the floor, in fresh processes
// (this test binary, re-executed) and reports each one's peak resident
// memory (VmHWM) and time. Linux only.
func BenchmarkPeak(b *testing.B) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		b.Skip("needs /proc/self/status")
	}
	forSizes(b, func(b *testing.B, dir string, n int) {
		for range b.N {
			build := child(b, "build", dir)
			floor := child(b, "floor", dir)
			b.ReportMetric(float64(build.peakKB)/1024, "peak-MB")
			b.ReportMetric(float64(floor.peakKB)/1024, "floor-peak-MB")
			b.ReportMetric(build.seconds, "build-s")
			b.ReportMetric(floor.seconds, "floor-s")
		}
	})
}

type childResult struct {
	peakKB  int64
	seconds float64
}

// child runs TestPeakChild in a new process and parses its report.
func child(b *testing.B, mode, dir string) childResult {
	cmd := exec.Command(os.Args[0], "-test.run=^TestPeakChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "BRIEF_PEAK_MODE="+mode, "BRIEF_PEAK_SRC="+dir, "BRIEF_PEAK_OUT="+outDir(b))
	out, err := cmd.CombinedOutput()
	if err != nil {
		b.Fatalf("%s child: %v\n%s", mode, err, out)
	}
	var r childResult
	for _, f := range strings.Fields(string(out)) {
		if v, ok := strings.CutPrefix(f, "peak_kb="); ok {
			r.peakKB, _ = strconv.ParseInt(v, 10, 64)
		}
		if v, ok := strings.CutPrefix(f, "seconds="); ok {
			r.seconds, _ = strconv.ParseFloat(v, 64)
		}
	}
	if r.peakKB == 0 {
		b.Fatalf("%s child did not report its peak:\n%s", mode, out)
	}
	return r
}

// TestPeakChild is the child process of BenchmarkPeak; it does nothing
// unless BRIEF_PEAK_MODE is set. It builds the site (or runs the floor)
// and prints its time and peak resident memory.
func TestPeakChild(t *testing.T) {
	mode := os.Getenv("BRIEF_PEAK_MODE")
	if mode == "" {
		t.Skip("run by BenchmarkPeak")
	}
	src, out := os.Getenv("BRIEF_PEAK_SRC"), os.Getenv("BRIEF_PEAK_OUT")
	start := time.Now()
	switch mode {
	case "floor":
		if _, err := corpus.Floor(os.DirFS(src), out, 0); err != nil {
			t.Fatal(err)
		}
	default:
		res, _, err := build.Write(context.Background(), os.DirFS(src), src, out, build.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Diags.HasErrors() {
			t.Fatalf("the corpus has errors: %v", res.Diags.Sorted()[0])
		}
	}
	fmt.Printf("seconds=%.3f peak_kb=%d\n", time.Since(start).Seconds(), peakKB(t))
}

// peakKB returns VmHWM from /proc/self/status, in KiB.
func peakKB(t *testing.T) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.Fields(rest)[0], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return kb
		}
	}
	t.Fatal("no VmHWM in /proc/self/status")
	return 0
}

// titleEnd matches the line of a generated brief's title, up to the
// closing quote.
var titleEnd = regexp.MustCompile(`(?m)^(title: "[^"\n]*)"$`)

// dateLine matches the line of a generated brief's date.
var dateLine = regexp.MustCompile(`(?m)^date: .*$`)

// knownActor returns the name of the first actor with a profile in fsys.
func knownActor(b *testing.B, fsys fs.FS) string {
	ents, err := fs.ReadDir(fsys, "content/actors")
	if err != nil || len(ents) == 0 {
		b.Fatalf("no actor profiles: %v", err)
	}
	data, err := fs.ReadFile(fsys, "content/actors/"+ents[0].Name())
	if err != nil {
		b.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^name: "?([^"\n]*)`).FindSubmatch(data)
	if m == nil {
		b.Fatalf("%s has no name", ents[0].Name())
	}
	return string(m[1])
}

// sourceTitleEnd matches the title of a generated brief's first source,
// up to its closing quote.
var sourceTitleEnd = regexp.MustCompile(`(?m)^(  - title: "[^"\n]*)"$`)

// eventsStart matches the line that starts a generated brief's list of
// event lines.
var eventsStart = regexp.MustCompile(`(?m)^events:\n`)

// sourcesStart matches the line that starts a generated brief's list of
// sources.
var sourcesStart = regexp.MustCompile(`(?m)^sources:\n`)

// actorsStart matches the start of a generated brief's list of actors.
var actorsStart = regexp.MustCompile(`(?m)^actors: \[`)

// BenchmarkRebuild measures what brief serve does after a one-line edit
// to one brief: build the site again in memory and render the edited page
// and the two pages serve renders at every build (index.html, 404.html).
// The modes:
//
//	cached        a build.Cache, told the edited file, as serve does
//	cached-title  the same, the edit adding to the end of the brief's
//	              title instead, which keeps its place in the site
//	cached-date   the edit changing the brief's date, which moves it
//	cached-actor  the edit adding to the brief an actor with a profile,
//	              every other time
//	cached-new-actor
//	              the edit adding an actor no file names yet (and
//	              dropping the one the last edit added)
//	cached-source the edit adding to the title of the brief's first
//	              source, which other briefs cite
//	cached-misspelt
//	              the edit adding (every other time) an actor spelt a
//	              letter away from one with a profile, which resolve
//	              warns of
//	cached-line   the edit adding a citation, on a line of its own, first
//	              in the brief's list of sources, every other time: the
//	              lines below it move
//	cached-wikilink
//	              the edit adding to the end of the body a wikilink that
//	              names nothing, as an editor has half typed one, which
//	              markdown warns of with a suggestion
//	cached-event  the edit adding an event line, first in the brief's
//	              list, that names an actor no file names yet (and
//	              dropping the line the last edit added)
//	cached-stat   a build.Cache not told what changed (serve after it
//	              missed file events): every file is checked
//	full          no cache: the site built from scratch
//
// The corpus is copied, since the benchmark edits it.
func BenchmarkRebuild(b *testing.B) {
	forSizes(b, func(b *testing.B, dir string, n int) {
		work := b.TempDir()
		if err := os.CopyFS(work, os.DirFS(dir)); err != nil {
			b.Fatal(err)
		}
		file := corpus.BriefFiles(n, benchSeed)[n/2]
		page := "briefs/" + strings.TrimSuffix(filepath.Base(file), ".md") + "/index.html"
		orig, err := os.ReadFile(filepath.Join(work, file))
		if err != nil {
			b.Fatal(err)
		}
		fsys := os.DirFS(work)
		known := knownActor(b, fsys)
		for _, mode := range []string{"cached", "cached-title", "cached-date", "cached-actor", "cached-new-actor", "cached-source", "cached-misspelt", "cached-wikilink", "cached-line", "cached-event", "cached-stat", "full"} {
			b.Run(mode, func(b *testing.B) {
				opts := build.Options{}
				if mode != "full" {
					opts.Cache = build.NewCache()
					build.Build(context.Background(), fsys, opts)
				}
				if mode != "full" && mode != "cached-stat" {
					opts.Changed = []string{file}
				}
				b.ReportAllocs()
				b.ResetTimer()
				for i := range b.N {
					edit := fmt.Sprintf("Edit number %d.", i)
					src := append(orig[:len(orig):len(orig)], "\n"+edit+"\n"...)
					switch mode {
					case "cached-wikilink":
						src = append(orig[:len(orig):len(orig)], fmt.Sprintf("\n%s See [[Talks on the mission number %d]].\n", edit, i)...)
					case "cached-title":
						end := titleEnd.FindSubmatchIndex(orig)[3] // before the closing quote
						src = slices.Concat(orig[:end], []byte(", "+edit), orig[end:])
					case "cached-date":
						day := fmt.Appendf(nil, "date: 2019-01-%02d", i%28+1)
						src = slices.Concat(orig, []byte("\n"+edit+"\n"))
						loc := dateLine.FindIndex(src)
						src = slices.Concat(src[:loc[0]], day, src[loc[1]:])
					case "cached-source":
						loc := sourceTitleEnd.FindSubmatchIndex(src)
						if loc == nil {
							b.Fatalf("%s cites no source with a title", file)
						}
						src = slices.Concat(src[:loc[3]], []byte(", "+edit), src[loc[3]:])
					case "cached-event":
						line := fmt.Sprintf("  - date: 2019-01-01\n    text: %q\n    actors: [%q]\n", edit, edit)
						if loc := eventsStart.FindIndex(src); loc != nil {
							src = slices.Concat(src[:loc[1]], []byte(line), src[loc[1]:])
						} else if loc := sourcesStart.FindIndex(src); loc != nil {
							src = slices.Concat(src[:loc[0]], []byte("events:\n"+line), src[loc[0]:])
						} else {
							b.Fatalf("%s cites no sources", file)
						}
					case "cached-line":
						loc := sourcesStart.FindIndex(src)
						if loc == nil {
							b.Fatalf("%s cites no sources", file)
						}
						if i%2 == 1 {
							break // and the next edit adds one again
						}
						src = slices.Concat(src[:loc[1]], []byte("  - title: \""+edit+"\"\n"), src[loc[1]:])
					case "cached-actor", "cached-new-actor", "cached-misspelt":
						loc := actorsStart.FindIndex(src)
						if loc == nil {
							b.Fatalf("%s names no actors", file)
						}
						name := edit
						if mode != "cached-new-actor" {
							if i%2 == 1 {
								break // and the next edit adds it again
							}
							name = known
						}
						if mode == "cached-misspelt" {
							name = known + "s"
						}
						src = slices.Concat(src[:loc[1]], []byte(`"`+name+`", `), src[loc[1]:])
					}
					if err := os.WriteFile(filepath.Join(work, file), src, 0o644); err != nil {
						b.Fatal(err)
					}
					res := build.Build(context.Background(), fsys, opts)
					if res.Files == nil {
						b.Fatalf("rebuild failed: %v", res.Diags.Sorted())
					}
					found := false
					for _, f := range res.Files {
						if f.Path == page || f.Path == "index.html" || f.Path == "404.html" {
							var buf strings.Builder
							if err := f.Write(&buf); err != nil {
								b.Fatal(err)
							}
							if f.Path == page {
								found = strings.Contains(buf.String(), edit)
							}
						}
					}
					if !found {
						b.Fatalf("%s does not show the edit", page)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/rebuild")
			})
		}
	})
}
