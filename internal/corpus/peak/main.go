// Peak builds a site with build.Write, as "brief build" does, and reports
// the time and the process's peak resident memory (VmHWM, Linux only):
//
//	go run ./internal/corpus/peak -src /tmp/corpus-10k -out /tmp/out-10k
//
// With -floor it runs corpus.Floor, the bare goldmark worker pool, instead.
// It prints one line, "pages=N files=N seconds=S peak_kb=K", for scripts.
// The build runs in a fresh process, so the peak is the build's own.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/corpus"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/output"
)

func main() {
	src := flag.String("src", "", "site root `dir`ectory (required)")
	out := flag.String("out", "", "output `dir`ectory (required)")
	workers := flag.Int("j", 0, "parallel `workers` (default: one per CPU)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to `file`")
	memProfile := flag.String("memprofile", "", "write a heap profile, taken at the end, to `file`")
	liveProfile := flag.String("liveprofile", "", "write a heap profile of the live heap, taken -live-after into the build, to `file`")
	liveAfter := flag.Duration("live-after", 3*time.Second, "when to take the -liveprofile")
	floor := flag.Bool("floor", false, "run the floor (corpus.Floor) instead of the build")
	flag.Parse()
	if *src == "" || *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fail(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fail(err)
		}
		defer pprof.StopCPUProfile()
	}
	if *liveProfile != "" {
		timer := time.AfterFunc(*liveAfter, func() {
			if err := writeHeapProfile(*liveProfile); err != nil {
				fail(err)
			}
		})
		defer timer.Stop()
	}
	if *floor {
		if err := output.Claim(*out, *src); err != nil {
			fail(err)
		}
		start := time.Now()
		pages, err := corpus.Floor(os.DirFS(*src), *out, *workers)
		if err != nil {
			fail(err)
		}
		fmt.Printf("pages=%d files=%d seconds=%.3f peak_kb=%d\n", pages, pages, time.Since(start).Seconds(), PeakKB())
		return
	}
	build.LimitMemory(os.DirFS(*src)) // as brief build does
	res, st, err := build.Write(context.Background(), os.DirFS(*src), *src, *out, build.Options{Workers: *workers})
	if err != nil {
		fail(err)
	}
	if res.Diags.HasErrors() {
		e, w := diag.Count(res.Diags.Sorted()) // without duplicates, as brief build counts them
		fail(fmt.Errorf("the site has %d errors, %d warnings", e, w))
	}
	if *memProfile != "" {
		f, err := os.Create(*memProfile)
		if err != nil {
			fail(err)
		}
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			fail(err)
		}
		f.Close()
	}
	fmt.Printf("pages=%d files=%d seconds=%.3f peak_kb=%d\n", st.Pages, st.Files, st.Duration.Seconds(), PeakKB())
}

// writeHeapProfile writes the heap profile after two collections, so
// that its inuse figures are the live heap's: a profile counts what the
// collection before the last one found.
func writeHeapProfile(name string) error {
	runtime.GC()
	runtime.GC()
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// PeakKB returns the process's peak resident set size in KiB from
// /proc/self/status, or -1 where that file does not exist.
func PeakKB() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return -1
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err == nil {
				return kb
			}
		}
	}
	return -1
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "peak:", err)
	os.Exit(1)
}
