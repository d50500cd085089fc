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
		{"inline", "Ruto %%asked for delay%% spoke.", []string{"<p>Ruto  spoke.</p>"}, []string{"delay", "%"}, "Ruto spoke.", ""},
		{"inline over lines", "Ruto %%asked\nfor [[Funding gap]]\n%% spoke.", []string{"Ruto", "spoke."}, []string{"asked", "Funding", "%"}, "Ruto spoke.", ""},
		{"block", "First.\n\n%%\nPrivate\n\n- list\n\n## Heading\n%%\n\nAfter.", []string{"<p>First.</p>\n<p>After.</p>"}, []string{"Private", "list", "Heading", "%"}, "First.", ""},
		{"block first, summary after", "%%\nSource said so.\n%%\nPublic text.", []string{"<p>Public text.</p>"}, []string{"Source", "%"}, "Public text.", ""},
		{"block interrupts a paragraph", "Public.\n%%\nPrivate.\n%%", []string{"<p>Public.</p>"}, []string{"Private", "%"}, "Public.", ""},
		{"one line alone", "%% private %%\n\nPublic.", []string{"<p>Public.</p>"}, []string{"private", "<p></p>"}, "Public.", ""},
		{"one line, then text", "%%private%% Public.", []string{"<p> Public.</p>"}, []string{"private"}, "Public.", ""},
		{"text after the block's end", "%%\nPrivate.\n%% Public.", []string{"<p>Public.</p>"}, []string{"Private"}, "Public.", ""},
		{"between words", "The council voted %%unanimously?%% on the new force.", []string{"voted  on"}, []string{"unanimously"}, "The council voted on the new force.", ""},
		{"after code", "Run `x ` %%y%% now.", []string{"<code>x </code>"}, nil, "Run x  now.", ""},
		{"in a quote", "> Said %%privately%% so.", []string{"Said  so."}, []string{"privately"}, "", ""}, // a quote is no summary
		{"in a quote before the divider", "> Said %%privately%% so.\n\n<!--more-->", []string{"Said  so."}, []string{"privately"}, "Said so.", ""},
		{"line closing an inline comment", "Public %%private\n%%\nmore.", []string{"Public \nmore."}, []string{"private"}, "Public more.", ""},
		{"in code", "`%%code%%` and\n\n```\n%%\nfenced\n%%\n```", []string{"<code>%%code%%</code>", "%%\nfenced\n%%"}, nil, "%%code%% and", ""},
		{"escaped", `100\%% sure`, []string{"100%% sure"}, nil, "100%% sure", ""},
		{"percent", "A 10% rise, 20 %.", []string{"A 10% rise, 20 %."}, nil, "A 10% rise, 20 %.", ""},
		{"in a table", "| a | b |\n|---|---|\n| %%x%% | y |", []string{"<td></td>", "<td>y</td>"}, []string{"%%"}, "", ""},
		{"a list item of a comment", "- %%x%%\n- y", []string{"<ul>\n<li>y</li>\n</ul>"}, []string{"x"}, "", ""},
		{"block after a paragraph showing %% in code", "Obsidian hides text between `%%` marks.\n%%\nprivate\n\nmore private\n%%\nPublic after.\n\nLast.", []string{"<code>%%</code> marks.</p>", "Public after.", "<p>Last.</p>"}, []string{"private"}, "Obsidian hides text between %% marks.", ""},
		{"block after a paragraph with an escaped mark", "100\\%% sure.\n%%\nprivate\n%%\nPublic.", []string{"100%% sure.", "Public."}, []string{"private"}, "100%% sure.", ""},
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

// TestObsidianBlockIDs checks that the block id ending a paragraph or a
// list item, " ^abc123", shows neither on the page nor in the summary,
// and that a "^" elsewhere in the text is left alone.
func TestObsidianBlockIDs(t *testing.T) {
	for _, tc := range []struct {
		name, body, want, first string
	}{
		{"paragraph", "Talks resumed. ^abc123", "<p>Talks resumed.</p>", "Talks resumed."},
		{"over lines", "Talks\nresumed. ^a-1", "<p>Talks\nresumed.</p>", "Talks resumed."},
		{"list item", "- One ^id1\n- Two ^id2", "<li>One</li>\n<li>Two</li>", ""},
		{"after a link", "See [Haiti](https://x.org) ^ref", `<p>See <a href="https://x.org">Haiti</a></p>`, "See Haiti"},
		{"a power", "It grew as x^2", "<p>It grew as x^2</p>", "It grew as x^2"},
		{"a caret in the text", "A ^ B and ^c d.", "<p>A ^ B and ^c d.</p>", "A ^ B and ^c d."},
		{"not an id", "Up ^ab_c", "<p>Up ^ab_c</p>", "Up ^ab_c"},
		{"in code", "```\nx ^abc\n```", "x ^abc", ""},
		{"in a code span", "Write `x ^abc`", "<code>x ^abc</code>", "Write x ^abc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			html, doc, ds := convert(t, Options{}, tc.body)
			if !strings.Contains(html, tc.want) {
				t.Errorf("HTML lacks %q:\n%s", tc.want, html)
			}
			if doc.first != tc.first {
				t.Errorf("summary %q, want %q", doc.first, tc.first)
			}
			if len(ds) > 0 {
				t.Errorf("warnings: %s", warnings(ds))
			}
		})
	}
}
