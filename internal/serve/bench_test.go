package serve

import (
	"context"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/corpus"
)

var benchBriefs = flag.String("briefs", "100,1000", "comma-separated corpus sizes for BenchmarkRebuildOneLineEdit")

// titleLine matches the line of a generated brief's title, up to the
// closing quote.
var titleLine = regexp.MustCompile(`(?m)^(title: "[^"\n]*)"$`)

// BenchmarkRebuildOneLineEdit measures what an editor waits for after
// saving a one-line edit to one brief, once the debounce is over: the
// rebuild serve runs and the rendering of the edited page the browser
// then reloads. The edit is a line added to the body (edit=body) or words
// added to the title (edit=title), which every list and link to the
// brief shows. The site is a generated corpus of n briefs, for each n of
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
			title := titleLine.FindSubmatchIndex(orig)
			if title == nil {
				b.Fatalf("%s has no title line", file)
			}
			for _, edit := range []string{"body", "title"} {
				b.Run("edit="+edit, func(b *testing.B) {
					b.ReportAllocs()
					for i := 0; b.Loop(); i++ {
						words := fmt.Sprintf("Edit number %d.", i)
						src := slices.Concat(orig, []byte("\n"+words+"\n"))
						if edit == "title" {
							src = slices.Concat(orig[:title[3]], []byte(" "+words), orig[title[3]:])
						}
						if err := os.WriteFile(filepath.Join(dir, file), src, 0o644); err != nil {
							b.Fatal(err)
						}
						if rep := s.Rebuild(ctx, []string{file}); rep.Failed {
							b.Fatalf("rebuild failed: %v", rep.Diags)
						}
						rec := httptest.NewRecorder()
						s.ServeHTTP(rec, httptest.NewRequest("GET", page, nil))
						if rec.Code != 200 || !strings.Contains(rec.Body.String(), words) {
							b.Fatalf("GET %s = %d without the edit", page, rec.Code)
						}
					}
					if kb := peakKB(); kb > 0 {
						b.ReportMetric(float64(kb)/1024, "peak-MB")
					}
				})
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
