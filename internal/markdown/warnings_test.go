package markdown

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/diag"
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

// TestExportedShortcodes checks that WordPress's shortcodes and pandoc's
// fenced divs and attributes, which an export from WordPress leaves and
// the page would show as written, are warned of with what to write in
// their place, and that bracketed prose, links, footnotes, citations,
// wikilinks and task boxes are not.
func TestExportedShortcodes(t *testing.T) {
	const shows = ", which brief does not read: the page shows it as written; "
	for _, tc := range []struct {
		name, body, want string
	}{
		{"caption", "[caption id=\"attachment_812\" align=\"aligncenter\" width=\"640\"]![Map](map.jpg) Map of the Sahel.[/caption]",
			"b.md:5:1: warning: WordPress shortcode [caption id=\"attachment_812\" align=\"ali…" + shows + "take out [caption …] and [/caption], and write the caption's text as the image's description, ![caption](file), or on a line under the image"},
		{"embed", "Intro.\n\n[embed]https://www.youtube.com/watch?v=x[/embed]",
			"b.md:7:1: warning: WordPress shortcode [embed]" + shows + "write it as a plain link, <https://www.youtube.com/watch?v=x>"},
		{"twitter", "[twitter url=\"https://twitter.com/example/status/1\"]",
			"b.md:5:1: warning: WordPress shortcode [twitter url=\"https://twitter.com/examp…" + shows + "write it as a plain link, <https://twitter.com/example/status/1>"},
		{"gallery", "Text.\n\n[gallery ids=\"1301,1302\" columns=\"3\"]",
			"b.md:7:1: warning: WordPress shortcode [gallery ids=\"1301,1302\" columns=\"3\"]" + shows + "write each image as ![what it shows](file)"},
		{"video", "[video mp4=\"/files/a.mp4\"][/video]",
			"b.md:5:1: warning: WordPress shortcode [video mp4=\"/files/a.mp4\"]" + shows + "link the file, or the page that plays it, </files/a.mp4>"},
		{"another name", "[pullquote align=\"right\"]Words.[/pullquote]",
			"b.md:5:1: warning: WordPress shortcode [pullquote align=\"right\"]" + shows + "write what it shows in Markdown, or take out [pullquote …] and [/pullquote]"},
		{"fenced div", "::: {.entry-content}\nText.\n:::",
			"b.md:5:1: warning: pandoc fenced div ::: {.entry-content}" + shows + "take out this line and the line of colons that closes it (the text between them stays)"},
		{"attributes", "![Déby](deby.jpg){.wp-image-1201 width=\"800\"} and [a piece](x.md){target=\"_blank\" rel=\"noopener\"}.",
			"b.md:5:19: warning: pandoc attributes {.wp-image-1201 width=\"800\"}, which brief does not read: the page shows them as written; take them out (an image is shown at the width of the page at most, and a link opens in the same tab)\n" +
				"b.md:5:67: warning: pandoc attributes {target=\"_blank\" rel=\"noopener\"}, which brief does not read: the page shows them as written; take them out (an image is shown at the width of the page at most, and a link opens in the same tab)"},
		{"gallery alone on its line", "Text.\n\n[gallery]\n",
			"b.md:7:1: warning: WordPress shortcode [gallery]" + shows + "write each image as ![what it shows](file)"},
		{"a bare name before a shortcode", "See the [caption] above.\n\n[caption id=\"a\"]![Map](map.jpg) A map.[/caption]",
			"b.md:7:1: warning: WordPress shortcode [caption id=\"a\"]" + shows + "take out [caption …] and [/caption], and write the caption's text as the image's description, ![caption](file), or on a line under the image"},
		{"none of them", "See [video] and [gallery] below. He said [the president] would go [sic]. See [a link](x.md), [ref][r], [[Wiki]], a note[^1] and [@smith2020].\n\n- [x] done\n- [ ] not\n\nA [Video] and [audio](a.mp3), `[embed]x[/embed]`, \\[video], f(x){y} and a: ::: b.\n\n[r]: https://x.org\n[^1]: Note.",
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, ds := convert(t, Options{}, tc.body)
			ds = slices.DeleteFunc(ds, func(d diag.Diagnostic) bool { // of wikilinks and citations
				return !strings.Contains(d.Msg, "WordPress") && !strings.Contains(d.Msg, "pandoc")
			})
			if got := warnings(ds); got != tc.want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}
