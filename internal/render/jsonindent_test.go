package render

import (
	"bytes"
	"encoding/json"
	"testing"
)

var indentCases = []any{
	nil, 1.5, "x", []int{}, map[string]int{}, []any{[]int{}, map[string]any{}},
	map[string]any{"a": []any{1, "b\"]", map[string]string{"c:": "{,}"}}, "d": nil},
	[]string{`\`, `\"`, "\u2028<&>", ""},
	struct {
		A []string          `json:"a"`
		B map[string][]bool `json:"b"`
	}{[]string{"x", "y"}, map[string][]bool{"k": {true, false}, "e": {}}},
}

func TestAppendIndentedMatchesIndent(t *testing.T) {
	for _, v := range indentCases {
		src, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		checkIndented(t, src)
	}
}

// FuzzAppendIndented checks appendIndented against json.Indent on the
// compact form of any JSON value.
func FuzzAppendIndented(f *testing.F) {
	for _, v := range indentCases {
		src, _ := json.Marshal(v)
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var v any
		if json.Unmarshal(in, &v) != nil {
			return
		}
		src, err := json.Marshal(v)
		if err != nil {
			return
		}
		checkIndented(t, src)
	})
}

func checkIndented(t *testing.T, src []byte) {
	t.Helper()
	for _, layout := range [][2]string{{"", "  "}, {"    ", "  "}, {">", "\t"}} {
		var want bytes.Buffer
		if err := json.Indent(&want, src, layout[0], layout[1]); err != nil {
			t.Fatal(err)
		}
		if got := appendIndented([]byte("keep"), src, layout[0], layout[1]); string(got) != "keep"+want.String() {
			t.Errorf("appendIndented(%s, %q, %q) =\n%s\nwant\n%s", src, layout[0], layout[1], got[4:], want.Bytes())
		}
	}
}
