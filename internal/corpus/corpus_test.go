package corpus

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/diag"
)

func TestDeterministic(t *testing.T) {
	a, b := Generate(150, 7), Generate(150, 7)
	if len(a) != len(b) {
		t.Fatalf("same seed: %d files, then %d", len(a), len(b))
	}
	for name, f := range a {
		g, ok := b[name]
		if !ok || !bytes.Equal(f.Data, g.Data) {
			t.Fatalf("same seed: %s differs between runs", name)
		}
	}
	c := Generate(150, 8)
	same := 0
	for name, f := range a {
		if g, ok := c[name]; ok && bytes.Equal(f.Data, g.Data) && strings.HasPrefix(name, "content/briefs/") {
			same++
		}
	}
	if same > 0 {
		t.Errorf("seeds 7 and 8 share %d identical briefs", same)
	}
}

func TestCounts(t *testing.T) {
	for _, n := range []int{0, 1, 40, 1000} {
		fsys := Generate(n, 1)
		c := CountsFor(n)
		got := map[string]int{}
		for name := range fsys {
			got[filepath.Dir(name)]++
		}
		want := map[string]int{
			".":                 1,
			"content/briefs":    c.Briefs,
			"content/actors":    c.Actors,
			"content/countries": c.Countries,
			"content/topics":    c.Topics,
		}
		for dir, w := range want {
			if got[dir] != w {
				t.Errorf("n=%d: %s has %d files, want %d", n, dir, got[dir], w)
			}
		}
		if files := BriefFiles(n, 1); len(files) != n {
			t.Errorf("n=%d: BriefFiles returns %d paths", n, len(files))
		} else if n > 0 && fsys[files[0]] == nil {
			t.Errorf("n=%d: BriefFiles()[0] = %s is not in the site", n, files[0])
		}
	}
	if c := CountsFor(10000); c.Actors != 1000 || c.Topics != 200 || c.Countries != 65 {
		t.Errorf("CountsFor(10000) = %+v, want 1000 actors, 65 countries, 200 topics", c)
	}
}

// TestShape checks the properties benchmarks rely on: brief size, the
// number of entities and sources, and the spread of date forms.
func TestShape(t *testing.T) {
	const n = 1000
	fsys := Generate(n, 1)
	var total int
	forms := map[string]int{}
	datePatterns := []struct {
		name string
		re   *regexp.Regexp
	}{
		{"day", regexp.MustCompile(`^\d{4}-\d\d-\d\d$`)},
		{"month", regexp.MustCompile(`^\d{4}-\d\d$`)},
		{"year", regexp.MustCompile(`^\d{4}$`)},
		{"approximate", regexp.MustCompile(`^\d{4}(-\d\d)?[~?]$`)},
		{"part", regexp.MustCompile(`^(early|mid-|late) ?\d{4}$`)},
		{"interval", regexp.MustCompile(`/`)},
		{"natural", regexp.MustCompile(`[A-Za-z]+ \d{4}$`)},
	}
	dateLine := regexp.MustCompile(`(?m)^date: "([^"]*)"$`)
	for _, file := range BriefFiles(n, 1) {
		data := fsys[file].Data
		total += len(data)
		d := dateLine.FindSubmatch(data)
		if d == nil {
			t.Fatalf("%s has no date", file)
		}
		for _, p := range datePatterns {
			if p.re.Match(d[1]) {
				forms[p.name]++
				break
			}
		}
		body := data[bytes.Index(data[3:], []byte("\n---\n"))+8:]
		for _, want := range []string{"\n## ", "[[", "](https://", "*"} {
			if !bytes.Contains(body, []byte(want)) {
				t.Errorf("%s: body has no %q", file, want)
			}
		}
	}
	if avg := total / n; avg < 6000 || avg > 7400 {
		t.Errorf("briefs average %d bytes, want about 6,700", avg)
	}
	for _, p := range datePatterns {
		if forms[p.name] < n/50 {
			t.Errorf("only %d of %d briefs have a %s date", forms[p.name], n, p.name)
		}
	}

	res := build.Build(context.Background(), fsys, build.Options{})
	if res.Diags.Len() > 0 {
		var buf bytes.Buffer
		list := res.Diags.Sorted()
		diag.Print(&buf, list[:min(len(list), 20)], fsys)
		t.Fatalf("the generated site has %d diagnostics:\n%s", len(list), buf.String())
	}
	s := res.Site
	if len(s.Briefs) != n {
		t.Fatalf("built %d briefs, want %d", len(s.Briefs), n)
	}
	c := CountsFor(n)
	if len(s.Actors) != c.Actors || len(s.Countries) != c.Countries || len(s.Topics) != c.Topics {
		t.Errorf("site has %d actors, %d countries, %d topics; want %d, %d, %d (a name did not resolve to its profile)",
			len(s.Actors), len(s.Countries), len(s.Topics), c.Actors, c.Countries, c.Topics)
	}
	var links, events int
	for _, b := range s.Briefs {
		if k := len(b.Entities()); k < 3 || k > 8 {
			t.Errorf("%s names %d entities, want 3 to 8", b.File, k)
		}
		if k := len(b.Sources); k < 2 || k > 4 {
			t.Errorf("%s cites %d sources, want 2 to 4", b.File, k)
		}
		if len(b.Events) > 3 {
			t.Errorf("%s has %d events, want at most 3", b.File, len(b.Events))
		}
		events += len(b.Events)
		links += len(b.LinksTo)
	}
	if len(s.Sources) >= n*2 {
		t.Errorf("%d sources for %d briefs: citations are not shared", len(s.Sources), n)
	}
	if links < n || events < n/2 {
		t.Errorf("%d brief-to-brief links and %d events in %d briefs; want more", links, events, n)
	}
}

func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	if err := WriteDir(dir, 30, 3); err != nil {
		t.Fatal(err)
	}
	for name, f := range Generate(30, 3) {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, f.Data) {
			t.Errorf("%s on disk differs from Generate's", name)
		}
	}
}
