package check

import (
	"fmt"
	"testing"
)

// TestMaskActions checks that the quotes and angle brackets of a
// template's actions are masked, a comment's too when its trim marker's
// space is a tab, as text/template reads it, and nothing outside them.
func TestMaskActions(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`<img src="{{.Asset "a.png"}}">`, "<img src=\"{{.Asset \x01a.png\x01}}\">"},
		{"{{- /* it's <b> */ -}}<a title=\"{{`x`}}\">", "{{- /* it\x02s \x04b\x05 */ -}}<a title=\"{{\x03x\x03}}\">"},
		{"{{-\t/* it's <b> */\t-}}<a title=\"{{\"x\"}}\">", "{{-\t/* it\x02s \x04b\x05 */\t-}}<a title=\"{{\x01x\x01}}\">"},
		{"{{\"}}<b>\"}}<i>", "{{\x01}}\x04b\x05\x01}}<i>"},
		{"<i>{{.X", "<i>{{.X"},
	} {
		if got := string(maskActions([]byte(tc.text))); got != tc.want {
			t.Errorf("maskActions(%q) = %q, want %q", tc.text, got, tc.want)
		}
		if got := unmask(string(maskActions([]byte(tc.text)))); got != tc.text {
			t.Errorf("unmask(maskActions(%q)) = %q", tc.text, got)
		}
	}
}

// TestLiterals checks the text of a template's value around its actions,
// without the spaces trim markers take away, a carriage return among
// them as text/template takes it, and the offsets of its actions.
func TestLiterals(t *testing.T) {
	for _, tc := range []struct {
		tv, want string
	}{
		{"a {{.X}} b", `["a " " b"] [2]`},
		{"a \r\n{{- .X -}}\r\n b", `["a" "b"] [4]`},
		{"a \r\n{{-\r.X\r-}}\r\n b", `["a" "b"] [4]`},
		{"a {{- /* }} */ -}} b{{`}}`}}c", `["a" "b" "c"] [2 20]`},
		{"a {{.X", `["a {{.X"] []`},
	} {
		parts, actions := literalsAt(tc.tv)
		if got := fmt.Sprintf("%q %v", parts, actions); got != tc.want {
			t.Errorf("literalsAt(%q) = %s, want %s", tc.tv, got, tc.want)
		}
	}
}
