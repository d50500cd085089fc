package markdown

import (
	"testing"
)

// TestSetextHeadingsAsMeant checks that a line of dashes or = signs
// under a title is no warning when the title ends with a question mark
// or the line is about as long as the title, and that a short line
// under a paragraph, an excerpt's separator, still is.
func TestSetextHeadingsAsMeant(t *testing.T) {
	const dashes = ": warning: a line of dashes under a paragraph makes it a heading; leave a blank line before the dashes for a rule, write <!--more--> in their place to end the summary there, or, for a heading, write ## Heading"
	for _, tc := range []struct {
		name, body, want string
	}{
		{"a question, underlined", "Was it legal?\n-------------\n\nText.", ""},
		{"a question, short line", "Was it legal?\n---\n\nText.", ""},
		{"a question in quotes", "*\"Why now?\"*\n===\n\nText.", ""},
		{"a sentence, underlined", "Why it matters.\n---------------\n\nText.", ""},
		{"a sentence, line a little short", "Why it matters.\n------------\n\nText.", ""},
		{"a sentence, line longer", "What happened:\n====================\n\nText.", ""},
		{"wide characters, underlined", "一个句子。\n----------\n\nText.", ""},
		{"in a quote, underlined", "> Why it matters.\n> ---------------\n\nText.", ""},
		{"a sentence, excerpt's separator", "Why it matters.\n---\n\nText.", "b.md:6:1" + dashes},
		{"a long paragraph, excerpt's separator", "The talks resumed on Monday in Addis Ababa, after a pause of three weeks over the agenda\n---\n\nMore.", "b.md:6:1" + dashes},
		{"several lines, excerpt's separator", "The talks resumed\non Monday\n---\n\nMore.", "b.md:7:1" + dashes},
		{"two short lines", "Two\nlines\n---\n\nMore.", "b.md:7:1" + dashes},
		{"several lines, short last line", "The talks resumed on Monday\nin Addis.\n---\n\nMore.", "b.md:7:1" + dashes},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, ds := convert(t, Options{}, tc.body)
			if got := warnings(ds); got != tc.want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}
