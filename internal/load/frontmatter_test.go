package load

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/diag"
)

// TestErrorAt checks that errorAt takes the position of a posError, one
// wrapped too, and tells another error at the start of the file rather
// than failing on it.
func TestErrorAt(t *testing.T) {
	at := diag.Pos{File: "content/briefs/a.md", Line: 3, Col: 2}
	pe := &posError{at, "invalid front matter: x"}
	for _, tt := range []struct {
		err     error
		wantPos diag.Pos
		wantMsg string
	}{
		{pe, at, "invalid front matter: x"},
		{fmt.Errorf("reading: %w", pe), at, "invalid front matter: x"},
		{errors.New("something else"), diag.Pos{File: "content/briefs/a.md"}, "something else"},
	} {
		pos, msg := errorAt("content/briefs/a.md", tt.err)
		if pos != tt.wantPos || msg != tt.wantMsg {
			t.Errorf("errorAt(%v) = %v, %q; want %v, %q", tt.err, pos, msg, tt.wantPos, tt.wantMsg)
		}
	}
}

// TestQuoteLeftOpen checks that a quoted value YAML reads to the end of
// the front matter, or to an apostrophe further on, is told at its
// quote, and that a name starting with an apostrophe, as Dutch names do
// ('t Hooft, 's-Hertogenbosch), gets the hint to put it in double quotes.
func TestQuoteLeftOpen(t *testing.T) {
	const (
		open     = "invalid front matter: found unexpected end of stream; a quoted value opened here is not closed"
		closed   = "; the ' here opens a quoted value, which another ' further on closes: "
		hintName = `: a name that starts with ' must be put in double quotes, as in `
	)
	for _, tt := range []struct {
		name, src string
		want      string // line:col: message
	}{
		{"in a list", "---\ntitle: Dijken\ndate: 2025\nactors: [Zeeuwse Waterschappen, 't Hooft]\n---\n",
			"4:33: " + open + hintName + `"'t Hooft"`},
		{"a list's item", "---\ntitle: Dijken\nactors:\n  - 's-Hertogenbosch gemeente\ndate: 2025\n---\n",
			"4:5: " + open + hintName + `"'s-Hertogenbosch gemeente"`},
		{"in a mapping", "---\ntitle: T\nsources:\n  - {title: 't Hooft, url: x}\n---\n",
			"4:13: " + open + hintName + `"'t Hooft"`},
		{"on the first line", "---\ntitle: 't Hooft gaat\ndate: 2025\n---\n", // yaml.v3 says line 3
			"2:8: " + open + hintName + `"'t Hooft gaat"`},
		{"after an apostrophe in double quotes", "---\ntitle: \"Zij zei: 't is\"\nactors: ['t Hooft]\n---\n",
			"3:10: " + open + hintName + `"'t Hooft"`},
		{"after an apostrophe in a value closed", "---\ntitle: \"Zij zei: 't is\"\nsummary: \"Open\n---\n",
			"3:10: " + open},
		{"after an apostrophe in a comment", "---\ntitle: T # note: 'x\nsummary: \"Open\n---\n",
			"3:10: " + open},
		{"after a comment line", "---\n# a: 'x\nsummary: \"Open\n---\n",
			"3:10: " + open},
		{"after a value on two lines", "---\ntitle: \"a\n  b: 'c\"\nsummary: \"Open\n---\n",
			"4:10: " + open},
		{"after a block of text", "---\nsummary: |\n  - 'x\ntitle: T\nactors: [A, 'B', 'n Boer]\n---\n",
			"5:18: " + open + hintName + `"'n Boer"`},
		{"a quote, not a name", "---\ntitle: 'Talks\ndate: 2025\n---\n",
			"2:8: " + open + hintName + `"'t Hooft"`},
		{"after two in one", "---\ntitle: 'it''s'\nsummary: 'it''s\n---\n",
			"3:10: " + open + hintName + `"'t Hooft"`},
		{"double quotes", "---\ndate: 2025\ntitle: \"Talks\n---\n", "3:8: " + open},
		// Closed by an apostrophe further on, YAML tells another error.
		{"in a list, closed later", "---\ntitle: T\nactors: [Zeeuwse Waterschappen, 't Hooft]\nsummary: Côte d'Ivoire\n---\n",
			"3:33: invalid front matter: did not find expected ',' or ']'" + closed + `a name that starts with ' must be put in double quotes, as in "'t Hooft"`},
		{"in a list after an apostrophe in double quotes, closed later", "---\ntitle: T\nactors: [\"Zij zei: 't\", 't Hooft]\nsummary: Côte d'Ivoire\n---\n",
			"3:25: invalid front matter: did not find expected ',' or ']'" + closed + `a name that starts with ' must be put in double quotes, as in "'t Hooft"`},
		{"a list's item, closed later", "---\ntitle: T\nactors:\n  - 't Hooft\nsummary: Côte d'Ivoire\n---\n",
			"4:5: invalid front matter: did not find expected '-' indicator" + closed + `a name that starts with ' must be put in double quotes, as in "'t Hooft"`},
		{"a list left open", "---\ntitle: T\nactors: [A, 'B'\ndate: 2025\n---\n",
			"3:9: invalid front matter: did not find expected ',' or ']'; a list or mapping opened here is not closed"},
	} {
		_, err := parseDocument("content/briefs/yerseke.md", []byte(tt.src))
		pos, msg := errorAt("content/briefs/yerseke.md", err)
		if got := fmt.Sprintf("%d:%d: %s", pos.Line, pos.Col, msg); err == nil || got != tt.want {
			t.Errorf("%s: got %q (%v)\nwant %q", tt.name, got, err, tt.want)
		}
	}
}

// TestListLeftOpenAtEnd checks that a list or mapping left open at the
// end of front matter or of the site file, after a comma or none, is
// told at its bracket with the hint that it is not closed, as one with
// text after its bracket is, where YAML tells a line past the last.
func TestListLeftOpenAtEnd(t *testing.T) {
	const (
		node   = "did not find expected node content"
		closed = "; a list or mapping opened here is not closed"
	)
	for _, tt := range []struct {
		name, file, src string
		want            string // file:line:col: severity: message
	}{
		{"after a comma", "content/briefs/b.md", "---\ntitle: \"Four\"\ndate: 2024\nactors: [Ruto,\n---\nx\n",
			"content/briefs/b.md:4:9: error: invalid front matter: " + node + closed},
		{"a bracket alone", "content/briefs/b.md", "---\ntitle: \"Four\"\ndate: 2024\nactors: [\n---\nx\n",
			"content/briefs/b.md:4:9: error: invalid front matter: " + node + closed},
		{"a brace alone", "content/briefs/b.md", "---\ntitle: \"Four\"\ndate: 2024\nactors: {\n---\nx\n",
			"content/briefs/b.md:4:9: error: invalid front matter: " + node + closed},
		{"a mapping after a comma", "content/briefs/b.md", "---\ntitle: T\nsources:\n  - {title: S,\n---\n",
			"content/briefs/b.md:4:5: error: invalid front matter: " + node + closed},
		{"an item", "content/briefs/b.md", "---\ntitle: T\nactors:\n  - [\n---\n",
			"content/briefs/b.md:4:5: error: invalid front matter: " + node + closed},
		{"text after the bracket", "content/briefs/b.md", "---\ntitle: \"Four\"\ndate: 2024\nactors: [Ruto\n---\nx\n",
			"content/briefs/b.md:4:9: error: invalid front matter: did not find expected ',' or ']'" + closed},
		{"over lines, blank ones after", "content/briefs/b.md", "---\ntitle: T\nactors: [Ruto,\n  [Landau],\n  \"Kagame, [P]\",\n\n# to come\n---\n",
			"content/briefs/b.md:3:9: error: invalid front matter: " + node + closed},
		{"a list closed, then one open", "content/briefs/b.md", "---\ntitle: T\ntopics: [Aid]\nactors: [Ruto,\n---\n",
			"content/briefs/b.md:4:9: error: invalid front matter: " + node + closed},
		// A missing item in a list closed is no list left open.
		{"an item missing", "content/briefs/b.md", "---\ntitle: T\nactors: [a, , b]\n---\n",
			"content/briefs/b.md:3:1: error: invalid front matter: " + node + "\n"},
		{"site file", "brief.yaml", "title: \"S\"\ndescription: [\n",
			"brief.yaml:2:14: error: invalid site file: " + node + closed},
		{"site file after a comma, without a newline", "brief.yaml", "title: \"S\"\ndescription: [a,",
			"brief.yaml:2:14: error: invalid site file: " + node + closed},
		{"site file, blank lines after", "brief.yaml", "title: \"S\"\ndescription: {a: 1,\n\n\n",
			"brief.yaml:2:14: error: invalid site file: " + node + closed},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{tt.file: tt.src}
			if tt.file == "brief.yaml" {
				files["content/briefs/a.md"] = "---\ntitle: A\ndate: 2025\nsources: [S]\n---\n"
			}
			_, ds := loadMap(t, files, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			joined := strings.Join(got, "\n") + "\n"
			if !strings.Contains(joined, tt.want) {
				t.Errorf("diagnostics:\n%s\nwant one starting %q", joined, tt.want)
			}
		})
	}
}

// TestWithin checks that an error YAML tells past the last line of the
// text is told on the last line, after its text, and one within it
// where it is.
func TestWithin(t *testing.T) {
	for _, tt := range []struct {
		src               string
		line, col         int
		wantLine, wantCol int
	}{
		{"a: [\n", 2, 1, 1, 5},
		{"a: [", 2, 1, 1, 5},
		{"a: 1\nb: [x,\n\n\n", 5, 1, 2, 7},
		{"a: 1\r\nb: [x,\r\n", 3, 1, 2, 7},
		{"a: 1\nb: 2\n", 2, 3, 2, 3},
		{"a: 1\n", 0, 0, 1, 1},
		{"", 2, 1, 1, 1},
	} {
		if l, c := within([]byte(tt.src), tt.line, tt.col); l != tt.wantLine || c != tt.wantCol {
			t.Errorf("within(%q, %d, %d) = %d, %d; want %d, %d", tt.src, tt.line, tt.col, l, c, tt.wantLine, tt.wantCol)
		}
	}
}

// TestNoErrorPastTheEnd checks that no error of front matter or of the
// site file is told on a line past the file's last, whatever YAML
// finds at its end.
func TestNoErrorPastTheEnd(t *testing.T) {
	for _, src := range []string{
		"title: \"S\"\ndescription: [\n",
		"title: \"S\"\ndescription: [a,",
		"title: \"S\"\ndescription: \"a\n",
		"title: \"S\"\ndescription: &a\n",
		"title: \"S\"\n- [\n",
		"title: \"S\"\ndescription: [\n\n\n",
		"title: S\nx: {a: [b,\n",
		"title: S\nx: !!map\n",
		"? [a,\n",
	} {
		for _, file := range []string{"brief.yaml", "content/briefs/b.md"} {
			text := src
			if file != "brief.yaml" {
				text = "---\n" + src + "---\n"
			}
			pastTheEnd(t, file, text)
		}
	}
	for _, src := range []string{
		"title = \"S\"\n[x\n",
		"title = \"S\"\ndescription = [\n",
		"title = \"S\"\ndescription = \"\"\"a\n\n",
	} {
		pastTheEnd(t, "brief.toml", src)
		pastTheEnd(t, "content/briefs/b.md", "+++\n"+src+"+++\n")
	}
}

// pastTheEnd loads text as file and fails t when a diagnostic of the
// file is told past its last line.
func pastTheEnd(t *testing.T, file, text string) {
	t.Helper()
	_, ds := loadMap(t, map[string]string{file: text}, Options{})
	last := strings.Count(strings.TrimRight(text, "\n"), "\n") + 1
	for _, d := range ds {
		if d.Pos.File == file && d.Pos.Line > last {
			t.Errorf("%s %q: %v is past line %d, the last", file, text, d, last)
		}
	}
}
