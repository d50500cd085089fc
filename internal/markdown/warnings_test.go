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

// TestRawHTMLBlocksAndTags checks that raw HTML the page goes without is
// told apart: blocks, which go with their text, and inline tags, whose
// text stays; and that a body of raw HTML alone is told to leave the
// page with no text.
func TestRawHTMLBlocksAndTags(t *testing.T) {
	const (
		block = ": warning: raw HTML block <p> left out of the page with the text in it"
		keep  = "; write it in Markdown, or set unsafe_html: true in the site file to keep raw HTML"
		tag   = ": warning: raw HTML tag <sup> left out of the page, its text kept as plain text"
		tags  = "; set unsafe_html: true in the site file to keep the tags"
		empty = ": warning: the body is all raw HTML, which the page goes without: the page shows no text; write it in Markdown, or set unsafe_html: true in the site file to keep raw HTML"
	)
	for _, tc := range []struct {
		name, body, want string
	}{
		{"a block", "Text.\n\n<p>Gone.</p>\n", "b.md:7:1" + block + keep},
		{"blocks", "Text.\n\n<p>Gone.</p>\n\n<p>Gone too.</p>\n\n<div>x</div>\n", "b.md:7:1" + block + " (and 2 more blocks)" + keep},
		{"a tag", "The troops<sup>1</sup> left.", "b.md:5:11" + tag + tags},
		{"a block and a tag", "The troops<sup>1</sup> left.\n\n<p>Gone.</p>", "b.md:5:11" + tag + tags + "\nb.md:7:1" + block + keep},
		{"all blocks", "<p>On 18 August.</p>\n\n<ul>\n<li>Borders closed</li>\n</ul>\n", "b.md:5:1" + empty},
		{"all blocks and a comment", "<!-- note -->\n\n<p>On 18 August.</p>\n", "b.md:7:1" + empty},
		{"blocks and a heading", "## Background\n\n<p>Gone.</p>", "b.md:7:1" + block + keep},
		{"an empty tag alone", "<span></span>", "b.md:5:1: warning: the body is all raw HTML, which the page goes without: the page shows no text; write it in Markdown, or set unsafe_html: true in the site file to keep raw HTML"},
		{"kept", "<p>Kept.</p>", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := Options{}
			if tc.name == "kept" {
				opts.UnsafeHTML = true
			}
			_, _, ds := convert(t, opts, tc.body)
			if got := warnings(ds); got != tc.want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}
