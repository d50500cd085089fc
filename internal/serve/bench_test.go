package serve

import (
	"context"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/corpus"
)

var benchBriefs = flag.String("briefs", "100,1000", "comma-separated corpus sizes for BenchmarkRebuildOneLineEdit")

// BenchmarkRebuildOneLineEdit measures what an editor waits for after
// saving a one-line edit to one brief, once the debounce is over: the
// rebuild serve runs and the rendering of the edited page the browser
// then reloads. The site is a generated corpus of n briefs, for each n of
// the -briefs flag (go test -bench RebuildOneLineEdit -args -briefs 10000).
// On Linux it also reports the process's peak resident memory (VmHWM) in
// MB: the first build and the rebuilds, and whatever ran before in the
// process, so run one size alone to measure serve at that size.
func BenchmarkRebuildOneLineEdit(b *testing.B) {
	for _, field := range strings.Split(*benchBriefs, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(field))
		if err != nil || n < 1 {
			b.Fatalf("-briefs: bad size %q", field)
		}
		b.Run(fmt.Sprintf("briefs=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			if err := corpus.WriteDir(dir, n, 1); err != nil {
				b.Fatal(err)
			}
			file := corpus.BriefFiles(n, 1)[n/2]
			page := "/briefs/" + strings.TrimSuffix(filepath.Base(file), ".md") + "/index.html"
			orig, err := os.ReadFile(filepath.Join(dir, file))
			if err != nil {
				b.Fatal(err)
			}
			s, err := New(Options{Dir: dir})
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			if rep := s.Rebuild(ctx, nil); rep.Failed {
				b.Fatalf("corpus does not build: %v", rep.Diags)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				line := fmt.Sprintf("\nEdit number %d.\n", i)
				if err := os.WriteFile(filepath.Join(dir, file), append(orig[:len(orig):len(orig)], line...), 0o644); err != nil {
					b.Fatal(err)
				}
				if rep := s.Rebuild(ctx, []string{file}); rep.Failed {
					b.Fatalf("rebuild failed: %v", rep.Diags)
				}
				rec := httptest.NewRecorder()
				s.ServeHTTP(rec, httptest.NewRequest("GET", page, nil))
				if rec.Code != 200 || !strings.Contains(rec.Body.String(), fmt.Sprintf("Edit number %d.", i)) {
					b.Fatalf("GET %s = %d without the edit", page, rec.Code)
				}
			}
			if kb := peakKB(); kb > 0 {
				b.ReportMetric(float64(kb)/1024, "peak-MB")
			}
		})
	}
}

// peakKB returns the process's peak resident memory, VmHWM, in KiB, or 0
// where /proc/self/status does not tell.
func peakKB() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			if f := strings.Fields(rest); len(f) > 0 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb
			}
		}
	}
	return 0
}
