package markdown

import (
	"strings"
	"testing"
)

func TestObsidianComments(t *testing.T) {
	const unclosedPara = "b.md:5:6: warning: Obsidian comment %% is not closed in its paragraph, so the rest of the body is hidden, as Obsidian hides it; close it with %%, within the paragraph, or on a line of its own after the last line to hide"
	for _, tc := range []struct {
		name, body string
		want, not  []string
		first      string // the summary's text
		warn       string
	}{
		{"inline", "Ruto %%asked for delay%% spoke.", []string{"<p>Ruto  spoke.</p>"}, []string{"delay", "%"}, "Ruto  spoke.", ""},
		{"inline over lines", "Ruto %%asked\nfor [[Funding gap]]\n%% spoke.", []string{"Ruto", "spoke."}, []string{"asked", "Funding", "%"}, "Ruto  spoke.", ""},
		{"block", "First.\n\n%%\nPrivate\n\n- list\n\n## Heading\n%%\n\nAfter.", []string{"<p>First.</p>\n<p>After.</p>"}, []string{"Private", "list", "Heading", "%"}, "First.", ""},
		{"block first, summary after", "%%\nSource said so.\n%%\nPublic text.", []string{"<p>Public text.</p>"}, []string{"Source", "%"}, "Public text.", ""},
		{"block interrupts a paragraph", "Public.\n%%\nPrivate.\n%%", []string{"<p>Public.</p>"}, []string{"Private", "%"}, "Public.", ""},
		{"one line alone", "%% private %%\n\nPublic.", []string{"<p>Public.</p>"}, []string{"private", "<p></p>"}, "Public.", ""},
		{"one line, then text", "%%private%% Public.", []string{"<p> Public.</p>"}, []string{"private"}, "Public.", ""},
		{"text after the block's end", "%%\nPrivate.\n%% Public.", []string{"<p>Public.</p>"}, []string{"Private"}, "Public.", ""},
		{"in a quote", "> Said %%privately%% so.", []string{"Said  so."}, []string{"privately"}, "Said  so.", ""},
		{"line closing an inline comment", "Public %%private\n%%\nmore.", []string{"Public \nmore."}, []string{"private"}, "Public  more.", ""},
		{"in code", "`%%code%%` and\n\n```\n%%\nfenced\n%%\n```", []string{"<code>%%code%%</code>", "%%\nfenced\n%%"}, nil, "%%code%% and", ""},
		{"escaped", `100\%% sure`, []string{"100%% sure"}, nil, "100%% sure", ""},
		{"percent", "A 10% rise, 20 %.", []string{"A 10% rise, 20 %."}, nil, "A 10% rise, 20 %.", ""},
		{"in a table", "| a | b |\n|---|---|\n| %%x%% | y |", []string{"<td></td>", "<td>y</td>"}, []string{"%%"}, "", ""},
		{"a list item of a comment", "- %%x%%\n- y", []string{"<ul>\n<li>y</li>\n</ul>"}, []string{"x"}, "", ""},
		{"unclosed inline", "Text %%private\n\n## Heading\n\nMore private.", []string{"<p>Text </p>"}, []string{"private", "Heading"}, "Text", unclosedPara},
		{"unclosed block", "Public.\n\n> %%\n> private\n\nprivate too.", []string{"<p>Public.</p>"}, []string{"private", "blockquote"}, "Public.",
			"b.md:7:3: warning: Obsidian comment %% is not closed before the body's end, so the rest of the body is hidden, as Obsidian hides it; close it with %%, within the paragraph, or on a line of its own after the last line to hide"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			html, doc, ds := convert(t, Options{}, tc.body)
			for _, w := range tc.want {
				if !strings.Contains(html, w) {
					t.Errorf("HTML lacks %q:\n%s", w, html)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(html, n) {
					t.Errorf("HTML has %q:\n%s", n, html)
				}
			}
			if doc.first != tc.first {
				t.Errorf("summary %q, want %q", doc.first, tc.first)
			}
			if got := warnings(ds); got != tc.warn {
				t.Errorf("warnings:\n%s\nwant:\n%s", got, tc.warn)
			}
			if strings.Contains(tc.body, "Funding") && len(doc.linksTo) > 0 {
				t.Errorf("a comment's wikilink counts as a link: %v", doc.linksTo)
			}
		})
	}
}
