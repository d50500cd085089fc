package markdown

import (
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/lang"
)

// TestTaskBoxes checks that the box of an item of a task list is named
// for its state, for a screen reader, and stays disabled and checked.
func TestTaskBoxes(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		opts       Options
		want       []string
	}{
		{"named done and not done", "- [ ] task one\n- [x] task two", Options{},
			[]string{`<li><input disabled="" type="checkbox" aria-label="not done" /> task one</li>`,
				`<li><input checked="" disabled="" type="checkbox" aria-label="done" /> task two</li>`}},
		{"named in the site's language", "- [X] fait\n- [ ] à faire", Options{TaskLabels: [2]string{"fait", "à faire"}},
			[]string{`<input checked="" disabled="" type="checkbox" aria-label="fait" /> fait`, `<input disabled="" type="checkbox" aria-label="à faire" /> à faire`}},
		{"a name escaped", "- [x] a", Options{TaskLabels: [2]string{`"done" <b>`, ""}},
			[]string{`aria-label="&#34;done&#34; &lt;b&gt;"`}},
		{"nested and in a quote", "> - [ ] a\n>   - [x] b", Options{},
			[]string{`aria-label="not done" /> a`, `aria-label="done" /> b`}},
		{"not a task", "- [y] a\n- [ ]", Options{}, []string{"<li>[y] a</li>"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			html, _, _ := convert(t, tc.opts, tc.body)
			for _, w := range tc.want {
				if !strings.Contains(html, w) {
					t.Errorf("output lacks %s\n%s", w, html)
				}
			}
			if n := strings.Count(html, "<input"); n != strings.Count(html, "aria-label=") {
				t.Errorf("%d boxes, not all named:\n%s", n, html)
			}
		})
	}
	if got := TaskLabels(lang.English); got != [2]string{"done", "not done"} {
		t.Errorf("TaskLabels(English) = %q", got)
	}
}
