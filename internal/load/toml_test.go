package load

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/diag"
)

// TestTOMLPositions checks that a TOML brief's problems, and the names it
// links, are placed where those of the same brief in YAML are: at the same
// line, and at the same text of it (a value after its = as after its :, an
// item of a list, a key of a table), with the same message.
func TestTOMLPositions(t *testing.T) {
	for _, tt := range []struct {
		name       string
		yaml, toml string
		want       []string // the text each place starts with
	}{
		{"a value after spaces, a list's item, a key of [[sources]]",
			"title: \"T\"\ndate:     \"2024-13\"\ncountries: [\"Kenya\", \"Keyna\"]\nsources:\n  - title: \"S\"\n    url: \"ftp://x\"\n",
			"title = \"T\"\ndate     =     \"2024-13\"\ncountries = [\"Kenya\", \"Keyna\"]\n[[sources]]\ntitle = \"S\"\nurl = \"ftp://x\"\n",
			[]string{`13"`, `"Kenya"`, `"Keyna"`, `"ftp://x"`}},
		{"an unknown key",
			"title: \"T\"\ndate: 2024\nactor: [\"A\"]\n",
			"title = \"T\"\ndate = 2024\nactor = [\"A\"]\n",
			[]string{"actor"}},
		{"a quoted key",
			"title: \"T\"\ndate: 2024\n\"actor\": [\"A\"]\n",
			"title = \"T\"\ndate = 2024\n\"actor\" = [\"A\"]\n",
			[]string{`"actor"`}},
		{"keys of an inline table",
			"title: \"T\"\ndate: 2024\nsources: [{title: \"S\", quote: \"x\"}, {title: \"R\", url: \"ftp://y\"}]\n",
			"title = \"T\"\ndate = 2024\nsources = [{title = \"S\", quote = \"x\"}, {title = \"R\", url = \"ftp://y\"}]\n",
			[]string{"quote", `"ftp://y"`}},
		{"an inline table without a title",
			"title: \"T\"\ndate: 2024\nsources: [{publisher: \"P\"}]\n",
			"title = \"T\"\ndate = 2024\nsources = [{publisher = \"P\"}]\n",
			[]string{`{publisher`}},
		{"items on their own lines",
			"title: \"T\"\ndate: 2024\nactors: [\n  \"A\", # a comment, [\"x\"]\n  {a: 1},\n  \"B\"]\n",
			"title = \"T\"\ndate = 2024\nactors = [\n  \"A\", # a comment, [\"x\"]\n  {a = 1},\n  \"B\"]\n",
			[]string{`"A"`, `{a`, `"B"`}},
		{"a single-quoted value",
			"title: \"T\"\ndate: '2025-02-30'\n",
			"title = \"T\"\ndate = '2025-02-30'\n",
			[]string{`30'`}},
		{"an escape in a value",
			"title: \"T\"\ndate: \"2025\\u002D13\"\n",
			"title = \"T\"\ndate = \"2025\\u002D13\"\n",
			[]string{`"2025\u002D13"`}},
		{"columns count bytes",
			"title: \"Café\"\ndate: 2024\ncountries: [\"Côte d'Ivoire\", \"Keyna\"]\nupdated: \"2024-13\"\n",
			"title = \"Café\"\ndate = 2024\ncountries = [\"Côte d'Ivoire\", \"Keyna\"]\nupdated = \"2024-13\"\n",
			[]string{`"Côte d'Ivoire"`, `"Keyna"`, `13"`}},
		{"after a string of many lines",
			"title: \"T\"\nsummary: \"a\n  b\"\nactors: [\"A\", 1]\n",
			"title = \"T\"\nsummary = \"\"\"a\nb\"\"\"\nactors = [\"A\", 1]\n",
			[]string{`"A"`, `1]`}},
		{"an alias",
			"title: \"T\"\ndate: 2024\naliases: [\"ok\", \"https://x.org/a\"]\n",
			"title = \"T\"\ndate = 2024\naliases = [\"ok\", \"https://x.org/a\"]\n",
			[]string{`"https://x.org/a"`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			y := placed(t, "---\n"+tt.yaml+"---\n")
			tm := placed(t, "+++\n"+tt.toml+"+++\n")
			if strings.Join(y, "\n") != strings.Join(tm, "\n") {
				t.Errorf("YAML:\n%s\nTOML:\n%s", strings.Join(y, "\n"), strings.Join(tm, "\n"))
			}
			for _, w := range tt.want {
				found := false
				for _, p := range tm {
					found = found || strings.Contains(p, "at "+w)
				}
				if !found {
					t.Errorf("no problem or name placed at %s in:\n%s", w, strings.Join(tm, "\n"))
				}
			}
		})
	}
}

// placed returns the diagnostics of the brief src, and the names it links
// to, each as its line, the text at its column to the end of the key or
// the line, and its message.
func placed(t *testing.T, src string) []string {
	t.Helper()
	s, ds := loadMap(t, map[string]string{"content/briefs/b.md": src}, Options{})
	lines := strings.Split(src, "\n")
	at := func(p diag.Pos) string {
		if p.Line < 1 || p.Line > len(lines) || p.Col < 1 || p.Col > len(lines[p.Line-1])+1 {
			return fmt.Sprintf("%d:%d (outside the file)", p.Line, p.Col)
		}
		rest := lines[p.Line-1][p.Col-1:]
		for _, sep := range []string{": ", " = "} {
			rest, _, _ = strings.Cut(rest, sep)
		}
		rest, _, _ = strings.Cut(rest, ", ")
		return fmt.Sprintf("line %d at %s", p.Line, rest)
	}
	var out []string
	for _, d := range ds {
		if strings.Contains(d.Msg, "has no `date`") {
			continue
		}
		out = append(out, at(d.Pos)+": "+d.Severity.String()+": "+d.Msg)
	}
	for _, b := range s.Briefs {
		for _, r := range append(b.ActorRefs, b.CountryRefs...) {
			out = append(out, at(r.Pos)+": names "+r.Name)
		}
	}
	return out
}
