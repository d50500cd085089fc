package check_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/check"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/render"
)

// checkSite builds the site at fsys in memory and runs every check over
// it, the way brief check does, with two workers.
func checkSite(ctx context.Context, fsys fs.FS) ([]diag.Diagnostic, map[string][]byte) {
	return checkSiteWith(ctx, fsys, 2)
}

// checkSiteWith is checkSite with the given number of workers.
func checkSiteWith(ctx context.Context, fsys fs.FS, workers int) ([]diag.Diagnostic, map[string][]byte) {
	return checkSiteOpts(ctx, fsys, build.Options{Workers: workers})
}

// checkSiteOpts is checkSite with the given build options.
func checkSiteOpts(ctx context.Context, fsys fs.FS, opts build.Options) ([]diag.Diagnostic, map[string][]byte) {
	res := build.Build(ctx, fsys, opts)
	files := res.Files
	if files == nil && res.Site != nil && ctx.Err() == nil {
		files, _ = render.Render(res.Site, render.Options{SiteFS: fsys})
	}
	var out map[string][]byte
	var checked check.Output
	if files != nil {
		var err error
		if out, err = render.Files(files, fsys); err != nil {
			res.Diags.Errorf(diag.Pos{}, "rendering: %v", err)
		} else {
			checked = render.NewOutput(files, fsys) // rendered again, as brief check reads it
		}
	}
	ds, err := check.Run(context.Background(), res.Site, fsys, checked, "public/")
	res.Diags.Append(ds...)
	if err != nil {
		res.Diags.Errorf(diag.Pos{}, "check.Run: %v", err) // fails every case that meets it
	}
	return res.Diags.Sorted(), out
}

// badCase is one bad input: a site and what checking it must report.
type badCase struct {
	name  string
	setup func(t *testing.T, dir string) // writes the site into dir
	fails bool                           // the site has errors
	want  []string                       // "pos: severity: part of the message"
	// not lists strings that must appear in no built file.
	not []string
}

// timeout bounds each case; a hang is a failure. The deepest inputs take
// seconds alone and, under the race detector on a busy machine with the
// cases in parallel, ten times that.
const timeout = 3 * time.Minute

// TestBadInput builds and checks every bad input under testdata/bad and
// the generated ones below, and checks that each finishes in time without
// a panic, fails or succeeds as expected and reports each expected problem
// at its exact position.
func TestBadInput(t *testing.T) {
	cases := append(corpusCases(t), generatedCases()...)
	if len(cases) < 30 {
		t.Errorf("only %d bad inputs; want at least 30", len(cases))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			c.setup(t, dir)
			ctx, cancel := context.WithTimeout(context.Background(), timeout)
			defer cancel()
			type result struct {
				ds    []diag.Diagnostic
				files map[string][]byte
				panic any
				stack []byte
			}
			done := make(chan result, 1)
			go func() {
				var r result
				defer func() {
					if p := recover(); p != nil {
						r.panic, r.stack = p, debug.Stack()
					}
					done <- r
				}()
				r.ds, r.files = checkSite(ctx, os.DirFS(dir))
			}()
			var r result
			select {
			case r = <-done:
			case <-ctx.Done():
				t.Fatalf("no result after %v: the build hangs", timeout)
			}
			if r.panic != nil {
				t.Fatalf("panic: %v\n%s", r.panic, r.stack)
			}
			errs := 0
			var got []string
			for _, d := range r.ds {
				if d.Severity == diag.Error {
					errs++
				}
				got = append(got, d.String())
			}
			if fails := errs > 0; fails != c.fails {
				t.Errorf("site has errors: %v, want %v", fails, c.fails)
			}
			for _, w := range c.want {
				if !found(got, w) {
					t.Errorf("missing diagnostic %q", w)
				}
			}
			for _, s := range c.not {
				for name, data := range r.files {
					if bytes.Contains(data, []byte(s)) {
						t.Errorf("built file %s contains %q", name, s)
					}
				}
			}
			if t.Failed() {
				t.Logf("diagnostics:\n\t%s", strings.Join(got, "\n\t"))
			}
		})
	}
}

// found reports whether one of got matches want: the same position and
// severity and a message containing want's message.
func found(got []string, want string) bool {
	pos, rest, _ := strings.Cut(want, ": ")
	sev, msg, _ := strings.Cut(rest, ": ")
	for _, g := range got {
		if strings.HasPrefix(g, pos+": "+sev+": ") && strings.Contains(g[len(pos)+len(sev)+4:], msg) {
			return true
		}
	}
	return false
}

// corpusCases reads testdata/bad/*.txtar. Each archive is a site; its
// comment says what checking it must report, with lines
//
//	fails: true|false
//	want: path:line:col: error|warning: part of the message
//	not: text that no built file may contain
func corpusCases(t *testing.T) []badCase {
	paths, err := filepath.Glob("testdata/bad/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	var cases []badCase
	for _, p := range paths {
		a, err := txtar.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		c := badCase{name: strings.TrimSuffix(filepath.Base(p), ".txtar")}
		sawFails := false
		for _, line := range strings.Split(string(a.Comment), "\n") {
			key, val, ok := strings.Cut(line, ":")
			val = strings.TrimSpace(val)
			switch {
			case !ok:
			case key == "fails":
				c.fails, sawFails = val == "true", true
			case key == "want":
				c.want = append(c.want, val)
			case key == "not":
				c.not = append(c.not, val)
			}
		}
		if !sawFails {
			t.Errorf("%s: no \"fails:\" line", p)
		}
		files := a.Files
		c.setup = func(t *testing.T, dir string) {
			for _, f := range files {
				writeFile(t, dir, f.Name, f.Data)
			}
		}
		cases = append(cases, c)
	}
	return cases
}

func writeFile(t *testing.T, dir, name string, data []byte) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// brief returns a valid brief with the given extra front matter and body.
func brief(extra, body string) []byte {
	return []byte("---\ntitle: A brief\ndate: 2024-05-01\nsources: [{title: Paper}]\n" + extra + "---\n" + body)
}

// files returns a setup that writes the named files.
func files(kv ...string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		for i := 0; i+1 < len(kv); i += 2 {
			writeFile(t, dir, kv[i], []byte(kv[i+1]))
		}
	}
}

// generatedCases are bad inputs too big, too binary or too special (links,
// pipes) to keep in testdata.
func generatedCases() []badCase {
	const b = "content/briefs/"
	mkfifo := func(t *testing.T, p string) {
		t.Helper()
		if runtime.GOOS == "windows" {
			t.Skip("no FIFOs")
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
	}
	symlink := func(t *testing.T, target, p string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, p); err != nil {
			t.Skipf("symlink: %v", err)
		}
	}
	return []badCase{
		{
			name:  "binary file",
			setup: files(b+"image.md", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"),
			fails: true,
			want:  []string{b + "image.md:3:1: error: NUL byte"},
		},
		{
			name:  "invalid UTF-8",
			setup: files(b+"latin1.md", "---\ntitle: Caf\xe9\n---\nBody.\n"),
			fails: true,
			want:  []string{b + "latin1.md:2:11: error: not valid UTF-8"},
		},
		{
			name:  "NUL byte in body",
			setup: files(b+"nul.md", string(brief("", "Text\x00more.\n"))),
			fails: true,
			want:  []string{b + "nul.md:6:5: error: NUL byte"},
		},
		{
			name:  "CRLF line endings",
			setup: files(b+"crlf.md", "---\r\ntitle: CRLF\r\ndate: 2024-05-01\r\ntittle: x\r\n---\r\nBody with [[Nobody]].\r\n"),
			fails: true,
			want: []string{
				b + "crlf.md:4:1: error: unknown field `tittle`",
			},
		},
		{
			name:  "CRLF line endings, valid",
			setup: files(b+"crlf.md", "---\r\ntitle: CRLF\r\ndate: 2024-05-01\r\nsources: [{title: P}]\r\n---\r\n\r\nBody with [[Nobody]].\r\n"),
			want:  []string{b + "crlf.md:7:11: warning: wikilink [[Nobody]]"},
		},
		{
			name:  "CR line endings",
			setup: files(b+"cr.md", "---\rtitle: CR\rdate: 2024-05-01\rtittle: x\r---\rBody.\r"),
			fails: true,
			want:  []string{b + "cr.md:4:1: error: unknown field `tittle`"},
		},
		{
			name:  "10 MB line in body",
			setup: files(b+"long.md", string(brief("", strings.Repeat("word ", bigLine/5)+"\n"))),
		},
		{
			name:  "10 MB title",
			setup: files(b+"long.md", "---\ntitle: "+strings.Repeat("x", bigLine)+"\ndate: 2024\nsources: [{title: P}]\n---\nBody.\n"),
			fails: true,
			want:  []string{b + "long.md:2:8: error: `title` is"},
		},
		{
			name:  "long line of brackets",
			setup: files(b+"brackets.md", string(brief("", strings.Repeat("[[", bigLine/20)+"\n"))),
		},
		{
			name:  "file over the size limit",
			setup: files(b+"huge.md", string(brief("", strings.Repeat("a\n", 9<<20)))),
			fails: true,
			want:  []string{b + "huge.md: error: larger than 16 MiB"},
		},
		{
			name:  "deeply nested YAML",
			setup: files(b+"deep.md", "---\ntitle: Deep\ndate: 2024\nsources: [{title: P}]\nactors: "+strings.Repeat("[", 20000)+strings.Repeat("]", 20000)+"\n---\nBody.\n"),
			fails: true,
			want:  []string{b + "deep.md:5:1: error: exceeded max depth"},
		},
		{
			name:  "deeply nested Markdown lists",
			setup: files(b+"lists.md", string(brief("", nestedList(300)))),
		},
		{
			name:  "deeply nested block quotes",
			setup: files(b+"quotes.md", string(brief("", strings.Repeat(">", 20000)+" deep\n"))),
		},
		{
			name:  "deeply nested emphasis and links",
			setup: files(b+"inline.md", string(brief("", strings.Repeat("*[", 20000)+"x"+strings.Repeat("](https://e.org/)*", 20000)+"\n"))),
		},
		{
			name: "content file is a FIFO",
			setup: func(t *testing.T, dir string) {
				files(b+"ok.md", string(brief("", "Fine.\n")))(t, dir)
				mkfifo(t, filepath.Join(dir, "content", "briefs", "pipe.md"))
				mkfifo(t, filepath.Join(dir, "content", "actors", "pipe.md"))
				mkfifo(t, filepath.Join(dir, "content", "briefs", "bundle", "index.md"))
				mkfifo(t, filepath.Join(dir, "static", "pipe.css"))
				mkfifo(t, filepath.Join(dir, "brief.yaml"))
			},
			want: []string{
				b + "pipe.md: warning: skipped: not a regular file",
				"content/actors/pipe.md: warning: skipped",
				b + "bundle: warning: skipped: holds no brief",
				"static/pipe.css: warning: skipped: not a regular file",
			},
		},
		{
			name: "bundle file is a FIFO",
			setup: func(t *testing.T, dir string) {
				files(b+"bundle/index.md", string(brief("", "Fine.\n")))(t, dir)
				mkfifo(t, filepath.Join(dir, "content", "briefs", "bundle", "data.csv"))
			},
			want: []string{b + "bundle/data.csv: warning: skipped: not a regular file"},
		},
		{
			name: "symlink loops",
			setup: func(t *testing.T, dir string) {
				files(b+"ok.md", string(brief("", "Fine.\n")))(t, dir)
				symlink(t, ".", filepath.Join(dir, "content", "briefs", "loop"))
				symlink(t, "self.md", filepath.Join(dir, "content", "briefs", "self.md"))
				symlink(t, "..", filepath.Join(dir, "static", "up"))
				symlink(t, "../..", filepath.Join(dir, "content", "briefs", "b", "up"))
				files(b+"b/index.md", string(brief("", "Bundle.\n")))(t, dir)
			},
			fails: true,
			want: []string{
				b + "loop: error: a link, which brief does not follow",
				b + "self.md: error: a link, which brief does not follow",
				"static/up: error: a link, which brief does not follow",
				b + "b/up: error: a link, which brief does not follow",
			},
		},
		{
			name: "symlinks out of content are not followed",
			setup: func(t *testing.T, dir string) {
				outside := filepath.Join(t.TempDir(), "secret.md")
				if err := os.WriteFile(outside, brief("", "TOP-SECRET-TEXT\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				files(b+"ok.md", string(brief("", "Fine.\n")))(t, dir)
				symlink(t, outside, filepath.Join(dir, "content", "briefs", "secret.md"))
				symlink(t, outside, filepath.Join(dir, "content", "actors", "secret.md"))
				symlink(t, outside, filepath.Join(dir, "static", "secret.txt"))
				symlink(t, filepath.Dir(outside), filepath.Join(dir, "content", "briefs", "dir"))
				symlink(t, outside, filepath.Join(dir, "content", "briefs", "bundle", "index.md"))
			},
			fails: true,
			want: []string{
				b + "secret.md: error: a link, which brief does not follow",
				"content/actors/secret.md: error: a link, which brief does not follow",
				"static/secret.txt: error: a link, which brief does not follow",
				b + "dir: error: a link, which brief does not follow",
			},
			not: []string{"TOP-SECRET-TEXT"},
		},
		{
			name: "alias bomb",
			setup: files(b+"bomb.md", "---\ntitle: Bomb\ndate: 2024\nsources: [{title: P}]\n"+
				"x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"+aliasBomb(9)+"---\nBody.\n"),
			fails: true,
			want:  []string{b + "bomb.md:5:1: error: unknown field `x0`"},
		},
		{
			name: "alias bomb in a known field",
			setup: files(b+"bomb.md", "---\ntitle: Bomb\ndate: 2024\nsources: [{title: P}]\n"+
				"actors: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"+
				"topics: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]\n"+
				"countries: [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]\n---\nBody.\n"),
			fails: true,
			want:  []string{b + "bomb.md:6:14: error: `topics` must be a list of names; this item is an alias"},
		},
		{
			name: "many files with one slug",
			setup: files(
				b+"Café Crisis.md", string(brief("", "One.\n")),
				b+"cafe-crisis.md", string(brief("", "Two.\n")),
				b+"café crisis.md", string(brief("", "Three.\n")),
			),
			fails: true,
			want:  []string{`content/briefs/café crisis.md:1:1: error: brief slug "cafe-crisis" is already used by`},
		},
	}
}

// nestedList returns a Markdown list nested depth levels deep.
func nestedList(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat("  ", i))
		b.WriteString("- item\n")
	}
	return b.String()
}

// aliasBomb returns YAML fields x1 … xn, each a list of nine aliases of
// the one before: expanded, the last would hold 9^(n+1) items.
func aliasBomb(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "x%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 9), ", "))
	}
	return b.String()
}
