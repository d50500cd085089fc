package load

import (
	"bytes"
	"testing"

	"github.com/adrg/frontmatter"
)

// referenceSplit splits src with adrg/frontmatter, which brief used before
// splitFrontMatter; the two must agree on every input.
func referenceSplit(t testing.TB, src []byte) (format string, raw, body []byte) {
	capture := func(f string) frontmatter.UnmarshalFunc {
		return func(data []byte, v any) error {
			format, raw = f, bytes.Clone(data)
			return nil
		}
	}
	var formats []*frontmatter.Format
	for _, d := range delimiters {
		formats = append(formats, frontmatter.NewFormat(d.open, d.close, capture(d.format)))
	}
	body, err := frontmatter.Parse(bytes.NewReader(src), new(int), formats...)
	if err != nil {
		t.Fatalf("adrg/frontmatter: %v", err)
	}
	return format, raw, body
}

var splitCases = []string{
	"",
	"\n",
	"---",
	"---\n",
	"---\n---",
	"---\n---\n",
	"---\ntitle: T\n---\nbody\n",
	"\n\n  ---  \ntitle: T\n  ---\t\nbody",
	"---yaml\na: 1\n---\nb",
	"+++\na = 1\n+++\nb\n",
	"---toml\na = 1\n---\n",
	"+++\na = 1\n---\nnot closed\n",
	"text first\n---\na: 1\n---\n",
	"---\na: 1\n",
	"---\na: 1\n---",
	"\xc2\xa0---\na: 1\n---\nnbsp is white space\n",
	"---\r\na: 1\r\n---\r\nbody\r\n",
	"--- \n---\n---\n",
	"++++\n",
}

func TestSplitFrontMatter(t *testing.T) {
	for _, src := range splitCases {
		format, raw, body := splitFrontMatter([]byte(src))
		wf, wr, wb := referenceSplit(t, []byte(src))
		if format != wf || !bytes.Equal(raw, wr) || !bytes.Equal(body, wb) {
			t.Errorf("splitFrontMatter(%q) = %q, %q, %q; adrg/frontmatter gives %q, %q, %q", src, format, raw, body, wf, wr, wb)
		}
	}
}

func FuzzSplitFrontMatter(f *testing.F) {
	for _, src := range splitCases {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		format, raw, body := splitFrontMatter(src)
		wf, wr, wb := referenceSplit(t, src)
		if format != wf || !bytes.Equal(raw, wr) || !bytes.Equal(body, wb) {
			t.Errorf("splitFrontMatter(%q) = %q, %q, %q; adrg/frontmatter gives %q, %q, %q", src, format, raw, body, wf, wr, wb)
		}
		if i := firstLine(src); i >= 0 && len(bytes.TrimSpace([]byte(lineAt(src, i)))) == 0 {
			t.Errorf("firstLine(%q) = %d, a blank line", src, i)
		}
	})
}
