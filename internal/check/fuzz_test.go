package check_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefsite/brief/internal/check"
	"github.com/briefsite/brief/internal/diag"
)

// FuzzBuild builds and checks a site of one brief made of arbitrary bytes,
// beside a fixed actor profile. Nothing may panic, every diagnostic about
// the brief must point into it, and the built pages must pass Unsafe: no
// input may put script into the output.
func FuzzBuild(f *testing.F) {
	seeds := []string{
		"---\ntitle: T\ndate: 2024-05-01\nsources: [{title: S, url: \"https://x/\"}]\nactors: [Alice]\n---\nSee [[Alice]].\n",
		"---\ntitle: <script>alert(1)</script>\nsummary: \"\\\"><img src=x onerror=alert(1)>\"\ndate: 2024\n---\n[x](javascript:alert(1))\n",
		"---\ntitle: T\ndate: 2024-09/2024-12\nevents:\n  - date: 2023\n    text: <b>x</b>\n---\n![i](missing.png) [a](/abs/)\n",
		"---\ntitle: T\ndate: 2024\ntopics: [\"</script>\"]\ncountries: [KE, Kenya, \"U.S.\"]\n---\n# Main\n\n# Main\n",
		"+++\ntitle = \"T\"\n+++\n[[T#x]]\n",
		"---\ntitle: T\n---\n<iframe src=javascript:alert(1)></iframe>\n",
		"",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	actor := []byte("---\nname: Alice\naliases: [Al]\ncountry: Kenya\n---\nAlice's profile, see [[T]].\n")
	f.Fuzz(func(t *testing.T, src string) {
		const file = "content/briefs/t.md"
		fsys := fstest.MapFS{
			file:                      {Data: []byte(src)},
			"content/actors/alice.md": {Data: actor},
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		type result struct {
			ds    []diag.Diagnostic
			files map[string][]byte
		}
		done := make(chan result, 1)
		go func() {
			// One worker: the code an input reaches is then the input's
			// alone, and the fuzzer keeps what it finds rather than
			// spending a minute minimising each run that looked new.
			ds, files := checkSiteWith(ctx, fsys, 1)
			done <- result{ds, files}
		}()
		var r result
		select {
		case r = <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("build of %d bytes takes over 20s: %q", len(src), src)
		}
		ds, files := r.ds, r.files
		lines := strings.Count(src, "\n") + strings.Count(src, "\r") + 1
		for _, d := range ds {
			if d.Pos.File == file && (d.Pos.Line > lines+1 || d.Pos.Line < 0 || d.Pos.Col < 0) {
				t.Errorf("position outside the file of %d lines: %s", lines, d)
			}
		}
		for _, d := range check.Unsafe(files) {
			t.Errorf("unsafe output: %s\nsource: %q", d, src)
		}
	})
}
