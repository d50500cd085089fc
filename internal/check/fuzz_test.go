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
		// Seeds that reach the rest of the build, for the fuzzer to start
		// from rather than to find: citations and the sources they number,
		// footnotes, callouts, Obsidian's comments, aliases' pages, and
		// files as Windows and some editors write them.
		"---\ntitle: T\ndate: 2024-05-01\nsources:\n  - title: Report A\n    publisher: P\n    url: https://a.org/r\n  - title: Report B\n    url: doi:10.1000/xyz\n---\nA claim [@report-a, p. 4]; more [@report-a; @report-b, ch. 2].\n\n[@x](https://x/) and \\[@handle].\n",
		"---\ntitle: T\ndate: 2024\nsources: [{title: Report A}]\n---\nNo such [@report-c], not one [@report-a p. 4]; [@Report A] [@a; see @b].\n",
		"---\ntitle: T\ndate: 2024\n---\nText[^1] and more[^n] [@a].\n\n[^1]: A note with [[Alice]] and <b>bold</b>.\n[^n]: Another.\n\n    Indented.\n",
		"---\ntitle: T\ndate: 2024\n---\n> [!note]\n> Inside [[Al]].\n\n> [!warning]- Roads <i>closed</i>\n> Folded.\n\n> [!x] Unknown\n",
		"---\ntitle: T\ndate: 2024\n---\nVisible %%hidden [[Alice]]%% text.\n\n%%\nThe rest, hidden.\n",
		"---\ntitle: T\ndate: 2024\naliases: [old-slug, /old/page.html, old/dir/, \"/x.htm\"]\n---\nBody.\n<!--more-->\nTerm\n: Definition.\n",
		"---\r\ntitle: T\r\ndate: 2024-05-01\r\nactors: [Alice]\r\nsources: [{title: S}]\r\n---\r\nLine one [@s].\r\n\r\n- item [[Alice]]\r\n\r\n> [!tip]\r\n> Tip.\r\n",
		"\ufeff---\ntitle: T\ndate: 2024\n---\nBody after a byte order mark[^1].\n\n[^1]: Note.\n",
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
