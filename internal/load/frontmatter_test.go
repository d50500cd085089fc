package load

import (
	"errors"
	"fmt"
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
