package load

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
)

func loadMap(t *testing.T, files map[string]string, opts Options) (*site.Site, []diag.Diagnostic) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	var diags diag.List
	s := Load(fsys, opts, &diags)
	return s, diags.Sorted()
}

// TestProblems checks that each kind of bad front matter is reported with
// its exact position and message.
func TestProblems(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      string // "line:col: severity: message" substring
	}{
		{"unknown field", "---\ntitle: T\nactor: [A]\n---\n", "3:1: error: unknown field `actor` in brief, did you mean `actors`?"},
		{"hugo tags", "---\ntitle: T\ntags: [A]\n---\n", "3:1: error: unknown field `tags` in brief, did you mean `topics`?"},
		{"hugo lastmod", "---\ntitle: T\nlastMod: 2025\n---\n", "3:1: error: unknown field `lastMod` in brief, did you mean `updated`?"},
		{"hugo slug", "---\ntitle: T\nslug: other\n---\n", "3:1: error: unknown field `slug` in brief: a brief's slug is its file's name; rename the file, and keep the old address in `aliases`"},
		{"hugo weight", "---\ntitle: T\nweight: 3\n---\n", "3:1: error: unknown field `weight` in brief: briefs are listed by date, newest first"},
		{"zola extra", "---\ntitle: T\nextra: {a: 1}\n---\n", "3:1: error: unknown field `extra` in brief: fields of your own go under `params` (Zola's `extra`)"},
		{"hugo authors", "---\ntitle: T\nauthors: [Ann]\n---\n", "3:1: error: unknown field `authors` in brief: brief has no byline field; keep them under `params`"},
		{"hugo resources", "---\ntitle: T\nresources: []\n---\n", "3:1: error: unknown field `resources` in brief: a brief's images and files go beside it"},
		{"hugo publishDate", "---\ntitle: T\npublishDate: 2026\n---\n", "3:1: error: unknown field `publishDate` in brief: brief publishes every brief not marked `draft: true`"},
		{"hugo expiryDate", "---\ntitle: T\nexpiryDate: 2026\n---\n", "3:1: error: unknown field `expiryDate` in brief: brief does not unpublish by date"},
		{"jekyll published false", "---\ntitle: T\npublished: false\n---\n", "3:1: error: unknown field `published` in brief, did you mean `draft: true`?\n"},
		{"published no, quoted", "---\ntitle: T\npublished: \"no\"\n---\n", "3:1: error: unknown field `published` in brief, did you mean `draft: true`?\n"},
		{"published 0", "---\ntitle: T\npublished: 0\n---\n", "3:1: error: unknown field `published` in brief, did you mean `draft: true`?\n"},
		{"published 1", "---\ntitle: T\npublished: 1\n---\n", "3:1: error: unknown field `published` in brief: remove it: briefs are published unless `draft: true`\n"},
		{"published true", "---\ntitle: T\npublished: true\n---\n", "3:1: error: unknown field `published` in brief: remove it: briefs are published unless `draft: true`\n"},
		{"toml published false", "+++\ntitle = \"T\"\npublished = false\n+++\n", "3:1: error: unknown field `published` in brief, did you mean `draft: true`?\n"},
		{"obsidian publish false", "---\ntitle: T\npublish: false\n---\n", "3:1: error: unknown field `publish` in brief, did you mean `draft: true`?\n"},
		{"obsidian publish no", "---\ntitle: T\npublish: no\n---\n", "3:1: error: unknown field `publish` in brief, did you mean `draft: true`?\n"},
		{"obsidian publish 0", "---\ntitle: T\nPublish: 0\n---\n", "3:1: error: unknown field `Publish` in brief, did you mean `draft: true`?\n"},
		{"obsidian publish true", "---\ntitle: T\npublish: true\n---\n", "3:1: error: unknown field `publish` in brief: remove it: briefs are published unless `draft: true`\n"},
		{"wordpress status draft", "---\ntitle: T\nstatus: draft\n---\n", "3:1: error: unknown field `status` in brief, did you mean `draft: true`? `status: draft` is a draft: write `draft: true` in its place, or the brief is published\n"},
		{"wordpress status pending", "---\ntitle: T\nstatus: \"pending\"\n---\n", "3:1: error: unknown field `status` in brief, did you mean `draft: true`? `status: pending` is a draft awaiting review"},
		{"wordpress status private", "---\ntitle: T\nstatus: private\n---\n", "3:1: error: unknown field `status` in brief, did you mean `draft: true`? `status: private` is a post only its site's editors could read; brief has no private briefs"},
		{"wordpress status future", "---\ntitle: T\nstatus: future\n---\n", "3:1: error: unknown field `status` in brief, did you mean `draft: true`? `status: future` is a post scheduled for later"},
		{"ghost status scheduled", "---\ntitle: T\nStatus: Scheduled\n---\n", "3:1: error: unknown field `Status` in brief, did you mean `draft: true`? `Status: Scheduled` is a post scheduled for later"},
		{"wordpress status publish", "---\ntitle: T\nstatus: \"publish\"\n---\n", "3:1: error: unknown field `status` in brief: remove it: briefs are published unless `draft: true`\n"},
		{"ghost status published", "---\ntitle: T\nstatus: published\n---\n", "3:1: error: unknown field `status` in brief: remove it: briefs are published unless `draft: true`\n"},
		{"status of another word", "---\ntitle: T\nstatus: ongoing\n---\n", "3:1: error: unknown field `status` in brief (known fields: title, summary"},
		{"toml status draft", "+++\ntitle = \"T\"\nstatus = \"draft\"\n+++\n", "3:1: error: unknown field `status` in brief, did you mean `draft: true`?"},
		{"ghost date_published", "---\ntitle: T\ndate_published: 2024-01-29T10:00:00.000Z\n---\n", "3:1: error: unknown field `date_published` in brief, did you mean `date`?\n"},
		{"ghost published_at", "---\ntitle: T\npublished_at: 2024-01-29\n---\n", "3:1: error: unknown field `published_at` in brief, did you mean `date`?\n"},
		{"wordpress date_gmt", "---\ntitle: T\ndate_gmt: 2024-01-29\n---\n", "3:1: error: unknown field `date_gmt` in brief, did you mean `date`?\n"},
		{"ghost date_updated", "---\ntitle: T\ndate_updated: 2024-01-29\n---\n", "3:1: error: unknown field `date_updated` in brief, did you mean `updated`?\n"},
		{"wordpress modified", "---\ntitle: T\nmodified: 2024-01-29\n---\n", "3:1: error: unknown field `modified` in brief, did you mean `updated`?\n"},
		{"ghost updated_at", "---\ntitle: T\nupdated_at: 2024-01-29\n---\n", "3:1: error: unknown field `updated_at` in brief, did you mean `updated`?\n"},
		{"ghost primary_author", "---\ntitle: T\nprimary_author: Jane Okafor\n---\n", "3:1: error: unknown field `primary_author` in brief: brief has no byline field; keep it under `params`"},
		{"ghost primary_tag", "---\ntitle: T\nprimary_tag: Trade\n---\n", "3:1: error: unknown field `primary_tag` in brief, did you mean `topics`?\n"},
		{"wordpress coverImage", "---\ntitle: T\ncoverImage: \"niamey.jpg\"\n---\n", "3:1: error: unknown field `coverImage` in brief: brief shows no cover image, and one under `params` is shown nowhere; to show the image, put it in the body, as ![what it shows](niamey.jpg)\n"},
		{"ghost feature_image of __GHOST_URL__", "---\ntitle: T\nfeature_image: __GHOST_URL__/content/images/2021/05/arlit-mine.jpg\n---\n", "3:1: error: unknown field `feature_image` in brief: brief shows no cover image, and one under `params` is shown nowhere; to show the image, put it in the body, as ![what it shows](/content/images/2021/05/arlit-mine.jpg), with the file in static/content/images/2021/05/ (__GHOST_URL__ is Ghost's placeholder for its site's address), or ![what it shows](arlit-mine.jpg) with the file beside the brief, made a folder with index.md\n"},
		{"ghost feature_image of __GHOST_URL__ at the root", "---\ntitle: T\nfeature_image: \"__GHOST_URL__/x.jpg\"\n---\n", "3:1: error: unknown field `feature_image` in brief: brief shows no cover image, and one under `params` is shown nowhere; to show the image, put it in the body, as ![what it shows](/x.jpg), with the file in static/ (__GHOST_URL__ is Ghost's placeholder for its site's address)\n"},
		{"ghost feature_image", "---\ntitle: T\nfeature_image: /content/images/2021/05/arlit-mine.jpg\n---\n", "3:1: error: unknown field `feature_image` in brief: brief shows no cover image, and one under `params` is shown nowhere; to show the image, put it in the body, as ![what it shows](/content/images/2021/05/arlit-mine.jpg)\n"},
		{"featured_image a mapping", "---\ntitle: T\nfeatured_image: {src: a.jpg}\n---\n", "3:1: error: unknown field `featured_image` in brief: brief shows no cover image, and one under `params` is shown nowhere; to show the image, put it in the body, as ![what it shows](file)\n"},
		{"image", "---\ntitle: T\nimage: a.jpg\n---\n", "3:1: error: unknown field `image` in brief: brief shows no cover image"},
		{"obsidian cssclasses", "---\ntitle: T\ncssclasses: [wide]\n---\n", "3:1: error: unknown field `cssclasses` in brief: Obsidian's classes for a note's look, which brief does not read: every brief's page is drawn by the theme's templates/brief.html and style.css (docs/templates.md); remove it, or keep it under `params` (params: {cssclasses: [wide]}) for templates of your own\n"},
		{"obsidian cssclass", "---\ntitle: T\ncssclass: wide\n---\n", "3:1: error: unknown field `cssclass` in brief: Obsidian's classes for a note's look"},
		{"obsidian created", "---\ntitle: T\ncreated: 2024-06-01\n---\n", "3:1: error: unknown field `created` in brief: brief has no field for the day a note was made; if it is the day of what the brief reports, write it as `date`, and the day the brief was last revised as `updated`\n"},
		{"created_at", "---\ntitle: T\ncreated_at: 2024-06-01\n---\n", "3:1: error: unknown field `created_at` in brief: brief has no field for the day a note was made"},
		{"published a date", "---\ntitle: T\npublished: 2024-05-01\n---\n", "3:1: error: unknown field `published` in brief, did you mean `date`?\n"},
		{"eleventy last modified", "---\ntitle: T\ndate: Last Modified\n---\n", "3:7: error: `date`: \"Last Modified\" is Eleventy's word for the day the file was last changed, which brief does not read; write the date, as YYYY-MM-DD, and the day the brief was last revised as `updated: YYYY-MM-DD`\n"},
		{"eleventy git last modified", "---\ntitle: T\ndate: \"git Last Modified\"\n---\n", "3:7: error: `date`: \"git Last Modified\" is Eleventy's word for the day of the file's last commit, which brief does not read; write the date, as YYYY-MM-DD, and the day the brief was last revised as `updated: YYYY-MM-DD`\n"},
		{"eleventy created", "---\ntitle: T\ndate: Created\n---\n", "3:7: error: `date`: \"Created\" is Eleventy's word for the day the file was made, which brief does not read; write the date, as YYYY-MM-DD\n"},
		{"eleventy git created", "---\ntitle: T\ndate: git Created\n---\n", "3:7: error: `date`: \"git Created\" is Eleventy's word for the day of the file's first commit, which brief does not read; write the date, as YYYY-MM-DD\n"},
		{"eleventy updated", "---\ntitle: T\ndate: 2024\nupdated: Last Modified\n---\n", "4:10: error: `updated`: \"Last Modified\" is Eleventy's word for the day the file was last changed, which brief does not read; write the day the brief was last revised, as YYYY-MM-DD\n"},
		{"unknown field far", "---\ntitle: T\nzzz: 1\n---\n", "3:1: error: unknown field `zzz` in brief (known fields: title, summary"},
		// Too far from a field to be its misspelling; another generator's
		// setting, or a field of a brief's, is no hint for a source.
		{"note in a brief", "---\ntitle: T\nnote: x\n---\n", "3:1: error: unknown field `note` in brief (known fields: title, summary"},
		{"subtitle", "---\ntitle: T\nsubtitle: x\n---\n", "3:1: error: unknown field `subtitle` in brief (known fields: title, summary"},
		{"theme in a brief", "---\ntitle: T\ntheme: dark\n---\n", "3:1: error: unknown field `theme` in brief (known fields: title, summary"},
		{"description of a source", "---\ntitle: T\nsources:\n  - {title: S, description: x}\n---\n", "4:16: error: unknown field `description` in source (known fields: title, author, publisher, date, url, note, accessed, archive_url)\n"},
		{"quote of a source", "---\ntitle: T\nsources:\n  - {title: S, quote: x}\n---\n", "4:16: error: unknown field `quote` in source, did you mean `note`?"},
		{"authors of a source", "---\ntitle: T\nsources:\n  - {title: S, authors: A. Name}\n---\n", "4:16: error: unknown field `authors` in source, did you mean `author`?"},
		{"access date of a source", "---\ntitle: T\nsources:\n  - {title: S, access-date: 2025-05-03}\n---\n", "4:16: error: unknown field `access-date` in source, did you mean `accessed`?"},
		{"archive of a source", "---\ntitle: T\nsources:\n  - {title: S, archive: \"https://web.archive.org/web/2025/https://x.org/\"}\n---\n", "4:16: error: unknown field `archive` in source, did you mean `archive_url`?"},
		{"accessed a span", "---\ntitle: T\nsources:\n  - {title: S, accessed: 2025-05/2025-06}\n---\n", "4:26: error: `accessed` must be one date, not a span: the day the source was read"},
		{"accessed not a date", "---\ntitle: T\nsources:\n  - {title: S, accessed: yesterday}\n---\n", "4:26: error: `accessed`: invalid date"},
		{"archive_url not a URL", "---\ntitle: T\nsources:\n  - {title: S, archive_url: web.archive.org/x}\n---\n", "4:29: error: source archive_url \"web.archive.org/x\" must be an absolute http or https URL, the address of an archived copy (https://web.archive.org/web/…)"},
		{"archive_url an address", "---\ntitle: T\nsources:\n  - {title: S, archive_url: \"mailto:a@x.org\"}\n---\n", "4:29: error: source archive_url \"mailto:a@x.org\" must be an absolute http or https URL"},
		{"source cited twice, its url in two forms", "---\ntitle: T\nsources:\n  - {title: A, url: \"https://a.org/x\"}\n  - {title: A, url: \"http://www.a.org/x/?utm_source=feed\", note: p. 9}\n---\n", "5:5: warning: the brief cites this source already, at line 4, its url as \"https://a.org/x\"; it is listed once\n"},
		{"source cited twice, read twice", "---\ntitle: T\nsources:\n  - {title: A, accessed: 2025-05-03, archive_url: \"https://a.org/1\"}\n  - {title: A, accessed: 2025-06-01, archive_url: \"https://a.org/2\"}\n---\n", "5:5: warning: the brief cites this source already, at line 4; it is listed once, with the day it was accessed (3 May 2025) and its archived copy (https://a.org/1) as given there"},
		{"missing title", "---\ndate: 2025\n---\n", "2:1: error: brief has no `title`"},
		{"quote left open after a closed one", "---\ntitle: \"Talks\" # a note\nsummary: \"Open\ndate: 2024\n---\n", "3:10: error: invalid front matter: found unexpected end of stream; a quoted value opened here is not closed"},
		{"quote left open", "---\ndate: 2024\ntitle: \"Talks\n---\n", "3:8: error: invalid front matter: found unexpected end of stream; a quoted value opened here is not closed"},
		{"emphasis in a summary", "---\ntitle: T\nsummary: Talks, *not* a deal\n---\n", "3:10: warning: `summary` is plain text, shown as written, *not* and all"},
		{"markdown in a summary", "---\ntitle: T\nsummary: The **AU** said [[Egypt]]\n---\n", "3:10: warning: `summary` is plain text, shown as written, ** and all; for a summary in Markdown, leave it out"},
		{"underscores in a summary", "---\ntitle: T\nsummary: Talks, _not_ a deal\n---\n", "3:10: warning: `summary` is plain text, shown as written, _not_ and all"},
		{"markdown in an event", "---\ntitle: T\nevents:\n  - date: 2024\n    text: \"**Kenya** sends [[Lula|the president]] and a [link](https://x.example) & `code`\"\n---\n", "5:11: warning: an event's `text` is plain text, shown as written on the timelines and in the data export, ** and all; write it without Markdown, and name the people and places to link to in the event's `actors` and `countries`, which the timeline links below it"},
		{"a wikilink in an event", "---\ntitle: T\nevents:\n  - {date: 2024, text: \"Talks with [[Lula]]\"}\n---\n", "4:24: warning: an event's `text` is plain text, shown as written on the timelines and in the data export, [[ and all"},
		{"emphasis in an event", "---\ntitle: T\nevents:\n  - date: 2024\n    text: Talks, _not_ a deal\n---\n", "5:11: warning: an event's `text` is plain text, shown as written on the timelines and in the data export, _not_ and all"},
		{"a link in a summary", "---\ntitle: T\nsummary: See [the talks](https://x.org/)\n---\n", "3:10: warning: `summary` is plain text, shown as written, ]( and all"},
		{"list left open", "---\ntitle: [broken\ndate: 2024\n---\n", "2:8: error: invalid front matter: did not find expected ',' or ']'; a list or mapping opened here is not closed"},
		{"list left open later", "---\ndate: 2024\nactors: [A, B\ntitle: X\n---\n", "3:9: error: invalid front matter: did not find expected ',' or ']'; a list or mapping opened here is not closed"},
		{"mapping item left open", "---\ntitle: X\nsources:\n  - {title: S, url: x\ndate: 2024\n---\n", "4:5: error: invalid front matter: did not find expected ',' or '}'"},
		{"a tag in brackets", "---\ntitle: T\ntopics: [#haiti]\n---\n", "3:10: error: invalid front matter: did not find expected node content; # starts a comment in YAML, and no value starts with it: put a tag in quotes, as in topics: [\"#haiti\"]\n"},
		{"a tag in brackets after a space", "---\ntitle: T\ntopics: [ #haiti, un ]\ndate: 2024\n---\n", "3:11: error: invalid front matter: did not find expected ',' or ']'; # starts a comment in YAML, and no value starts with it: put a tag in quotes, as in topics: [\"#haiti\"]\n"},
		{"a tag in brackets after a name", "---\ntitle: T\nactors: [Ruto, #haiti]\n---\n", "3:16: error: invalid front matter: did not find expected node content; # starts a comment in YAML, and no value starts with it: put a tag in quotes, as in actors: [\"#haiti\"]\n"},
		{"quoted names without brackets", "---\ndate: 2024\nactors: \"Ruto\", \"Landau\"\ntitle: T\n---\n", "3:9: error: invalid front matter: did not find expected key; a quoted value ends at its closing quote: for a list, write it in brackets, as in actors: [\"Ruto\", \"Landau\"]"},
		{"quotes in a block of text", "---\nsummary: >\n  Officials said: \"yes\" then left.\ndate: 2025\ntitle: [UPDATE] Talks resume\n---\n", "5:8: error: invalid front matter: did not find expected key; a value that begins with [ is read as a list or mapping"},
		{"quoted and more", "---\ndate: 2024\ntitle: \"Talks\" resume\n---\n", "3:8: error: invalid front matter: did not find expected key; a quoted value ends at its closing quote: quote all of it, or none"},
		{"bracketed title", "---\ndate: 2024\ntitle: [UPDATE] Talks resume\n---\n", "3:8: error: invalid front matter: did not find expected key; a value that begins with [ is read as a list or mapping, so text after its ] is an error: quote it, as in title: \"[UPDATE] Talks resume\""},
		{"long title", "---\ntitle: " + strings.Repeat("é", 600) + "\ndate: 2025\n---\n", "2:8: error: `title` is 1200 bytes long; the limit is 1000"},
		{"impossible date", "---\ntitle: T\ndate: 2025-02-30\n---\n", "3:15: error: `date`: invalid date"},
		{"quoted date", "---\ntitle: T\ndate: \"2025-13\"\n---\n", "3:13: error: `date`: invalid date"}, // at the month, after the quote
		{"quoted date with an escape", "---\ntitle: T\ndate: \"2025\\x2D13\"\n---\n", "3:7: error: `date`: invalid date"},
		{"single-quoted date", "---\ntitle: T\ndate: '2024 foo'\n---\n", "3:13: error: `date`: invalid date \"2024 foo\": unknown word \"foo\""},
		{"title list", "---\ntitle: [a, b]\n---\n", "2:8: error: `title` must be text, not a list"},
		{"actors map", "---\ntitle: T\nactors: {a: 1}\n---\n", "3:9: error: `actors` must be a list of names, not a mapping"},
		{"source without title", "---\ntitle: T\nsources:\n  - publisher: P\n---\n", "4:5: error: source has no `title`"},
		{"bad source url", "---\ntitle: T\nsources:\n  - title: S\n    url: javascript:alert(1)\n---\n", "5:10: error: source url \"javascript:alert(1)\" must be an absolute http"},
		{"source cited twice", "---\ntitle: T\nsources:\n  - {title: Zéro, publisher: P, date: 2025-05}\n  - {title: A}\n  - {title: ZERO, publisher: p., date: \"May 2025\"}\n---\n", "6:5: warning: the brief cites this source already, at line 4; it is listed once"},
		{"source cited twice, another note", "---\ntitle: T\nsources:\n  - {title: A, note: One.}\n  - {title: A, note: Two.}\n---\n", "5:5: warning: the brief cites this source already, at line 4, with another note; it is listed once, with both notes: \"One. Two.\""},
		{"source cited twice at two pages", "---\ntitle: T\nsources:\n  - {title: A, note: p. 3}\n  - {title: A}\n  - {title: A, note: p. 9}\n---\n", "6:5: warning: the brief cites this source already, at line 4, with another note; it is listed once, with both notes: \"p. 3; p. 9\""},
		{"control character", "---\ntitle: \"T\\e[31m\\x01\"\n---\n", "2:8: warning: `title` has a control character, which is left out"},
		{"event without text", "---\ntitle: T\nevents:\n  - date: 2024\n---\n", "4:5: error: event has no `text`"},
		{"draft not bool", "---\ntitle: T\ndraft: maybe\n---\n", "3:8: error: `draft` must be true or false"},
		{"repeated key", "---\ntitle: T\ntitle: U\n---\n", "3:1: error: field `title` is given twice"},
		{"never closed", "---\ntitle: T\n", "1:1: error: front matter opened with \"---\" is never closed"},
		{"tab in a block of text", "---\ntitle: T\nsummary: |\n  line one\n  \tindented\ndraft: maybe\n---\n", "6:8: error: `draft` must be true or false"},
		{"tab in quoted text", "---\ntitle: \"T\n\tcontinued\"\ndraft: maybe\n---\n", "4:8: error: `draft` must be true or false"},
		{"tab indent", "---\ntitle: T\nactors:\n\t- A\n---\n", "4:1: error: tab used for indentation"},
		{"tab after a dash", "---\ntitle: T\nsources:\n  -\ttitle: x\n    url: https://x.org\n---\n", "4:4: error: tab after a list's dash in front matter; YAML allows only spaces there: write \"- \""},
		{"yaml alias", "---\ntitle: &t T\nsummary: *t\n---\n", "3:10: error: YAML aliases"},
		{"colon in a value", "---\ntitle: Talks: what next?\n---\n", `2:13: error: invalid front matter: mapping values are not allowed in this context; a value with ": " in it needs quotes`},
		{"unknown yaml alias", "---\ntitle: T\nactors: [A, *nope]\n---\n", "3:13: error: invalid front matter: unknown anchor 'nope' referenced; YAML aliases"},
		{"no front matter", "Just text.\n", "error: brief has no front matter"},
		{"JSON front matter", "{\n  \"title\": \"T\"\n}\n", "1:1: error: brief has no front matter; JSON front matter (Hugo's) is read between \"---\" lines"},
		{"JSON between dashes", "---\n{\"title\": \"T\", \"date\": \"2024\", \"actors\": [\"A\"], \"nope\": 1}\n---\n", "2:49: error: unknown field `nope` in brief"},
		{"NUL byte", "---\ntitle: T\n---\na\x00b\n", "4:2: error: file contains a NUL byte"},
		{"invalid UTF-8", "---\ntitle: T\x80\n---\n", "2:9: error: file is not valid UTF-8"},
		{"toml unknown", "+++\ntitle = \"T\"\nactor = [\"A\"]\n+++\n", "3:1: error: unknown field `actor` in brief, did you mean `actors`?"},
		{"toml second table", "+++\ntitle = \"T\"\ndate = 2024-06-01\n[[sources]]\ntitle = \"A\"\nurl = \"https://a.org\"\n" +
			"[[sources]]\ntitle = \"B\"\nurl = \"javascript:x\"\n+++\n", "9:7: error: source url \"javascript:x\""},
		{"toml table without a title", "+++\ntitle = \"T\"\ndate = 2024\n[[sources]]\npublisher = \"P\"\n+++\n", "4:1: error: source has no `title`"}, // at its header
		{"toml table unknown", "+++\ntitle = \"T\"\n[sourcez]\nx = 1\n+++\n", "3:2: error: unknown field `sourcez` in brief, did you mean `sources`?"},
		{"toml dotted key", "+++\ntitle = \"T\"\nsources = [{ \"title\" = \"S\", a . 'b' = 1 }]\n+++\n", "3:29: error: unknown field `a` in source"},
		{"toml key in a string", "+++\ntitle = \"T\"\nsummary = \"\"\"\ndatex = nothing\n\"\"\"\ndatex = 1\n+++\n", "6:1: error: unknown field `datex`"},
		{"toml syntax", "+++\ntitle = \n+++\n", "error: invalid front matter"},
		{"toml quote left open", "+++\ntitle = \"Talks\ndate = 2024\n+++\n", "2:9: error: invalid front matter: a quoted value opened here is not closed on its line"},
		{"toml key twice", "+++\ntitle = \"x\"\n  title = \"y\"\n+++\n", "3:3: error: field `title` is given twice"},
		{"no date warns", "---\ntitle: T\n---\n", "2:1: warning: brief has no `date`; it is listed last and left off the timeline and the feeds\n"},
		{"no date but updated", "---\ntitle: T\nupdated: 2024-05-02\n---\n", "2:1: warning: brief has no `date`; it is listed last and left off the timeline\n"},
		{"updated fuzzy", "---\ntitle: T\ndate: 2025-06\nupdated: late 2026\n---\n", "4:10: warning: `updated` (late 2026) is not a day: it tells readers, feeds and the sitemap when the brief was revised; write the day it was, as YYYY-MM-DD"},
		{"updated a month", "---\ntitle: T\ndate: 2025-06\nupdated: 2025-07\n---\n", "4:10: warning: `updated` (July 2025) is not a day"},
		{"updated about a day", "---\ntitle: T\ndate: 2025-06\nupdated: 2025-07-02~\n---\n", "4:10: warning: `updated` (about 2 July 2025) is not a day"},
		{"updated a month of a time", "---\ntitle: T\ndate: \"2025-05-21T09:00\"\nupdated: 2025-05\n---\n", "4:10: warning: `updated` (May 2025) is not a day: it tells readers, feeds and the sitemap when the brief was revised; write the day and time it was, as YYYY-MM-DDTHH:MM (the brief's date has a time)"},
		{"updated a span", "---\ntitle: T\ndate: 2025\nupdated: 2025-05/2025-06\n---\n", "4:10: error: `updated` must be one date, not a span"},
		{"updated invalid", "---\ntitle: T\ndate: 2025\nupdated: soon\n---\n", "4:10: error: `updated`: invalid date"},
		{"alias a URL", "---\ntitle: T\naliases: [ok, \"https://x.org/a\"]\n---\n", "3:15: error: `aliases`: alias \"https://x.org/a\" is a URL"},
		{"alias climbing", "---\ntitle: T\naliases:\n  - ../up/\n---\n", "4:5: error: `aliases`: alias \"../up/\" climbs above the site root"},
		{"alias climbing from the root", "---\ntitle: T\naliases:\n  - /../up/\n---\n", "4:5: error: `aliases`: alias \"/../up/\" climbs above the site root"},
		{"alias with .. within the site", "---\ntitle: T\ndate: 2024\naliases: [\"/x/../y/\"]\n---\n", "4:11: warning: `aliases`: alias \"/x/../y/\" is the address \"/y/\", as a .. takes back the part before it: write it so\n"},
		{"alias of a page with ..", "---\ntitle: T\ndate: 2024\naliases: [\"/2024/x/../../y.html\"]\n---\n", "4:11: warning: `aliases`: alias \"/2024/x/../../y.html\" is the address \"/y.html\""},
		{"alias with a space", "---\ntitle: T\ndate: 2024\naliases: [\"/a b/\"]\n---\n", "4:11: warning: `aliases`: \"/a b/\" is taken as an old address of the brief's page, but brief's addresses have no spaces: if it is one, write it as the address bar showed it, such as \"/a-b/\"\n"},
		{"alias of a page with a space", "---\ntitle: T\ndate: 2024\naliases:\n  - old/Chris Landau.html\n---\n", "5:5: warning: `aliases`: \"old/Chris Landau.html\" is taken as an old address of the brief's page, but brief's addresses have no spaces: if it is one, write it as the address bar showed it, such as \"old/chris-landau.html\"\n"},
		{"empty source", "---\ntitle: T\nsources: [S, \"  \", ~]\n---\n", "3:14: error: source has no `title`; an empty item names no source"},
		{"null source", "---\ntitle: T\nsources:\n  - S\n  -\n---\n", "5:4: error: source has no `title`"},
		{"long bare source", "---\ntitle: T\nsources: [" + strings.Repeat("x", 1001) + "]\n---\n", "3:11: error: `title` is 1001 bytes long; the limit is 1000"},
		{"columns count bytes", "---\ntitle: T\nactors: [\"José\", {a: 1}]\n---\n", "3:19: error: `actors`"},
		{"source url with a space", "---\ntitle: T\nsources:\n  - title: S\n    url: \"https://exa mple.com/\"\n---\n", "5:10: error: source url \"https://exa mple.com/\" must be an absolute http, https or mailto URL, or a file of the site from its root (/files/report.pdf); a space in one is written %20"},
		{"source url a relative file", "---\ntitle: T\nsources:\n  - title: S\n    url: files/report.pdf\n---\n", "5:10: error: source url \"files/report.pdf\" must be an absolute http, https or mailto URL, or a file of the site from its root (/files/report.pdf); a file of the site is written from its root, /files/report.pdf for static/files/report.pdf"},
		{"source url another host's path", "---\ntitle: T\nsources:\n  - title: S\n    url: //cdn.example/report.pdf\n---\n", "5:10: error: source url \"//cdn.example/report.pdf\" must be an absolute http, https or mailto URL, or a file of the site from its root (/files/report.pdf)\n"},
		{"source url the root", "---\ntitle: T\nsources:\n  - title: S\n    url: /\n---\n", "5:10: error: source url \"/\" must be an absolute http"},
		{"source url without a host", "---\ntitle: T\nsources:\n  - title: S\n    url: \"https:///path\"\n---\n", "5:10: error: source url \"https:///path\" must be an absolute http, https or mailto URL"},
		{"a DOI not one", "---\ntitle: T\nsources:\n  - title: S\n    url: \"doi:abc\"\n---\n", "5:10: error: source url \"doi:abc\" must be an absolute http, https or mailto URL"},
		{"mailto without an address", "---\ntitle: T\nsources:\n  - title: S\n    url: \"mailto:\"\n---\n", "5:10: error: source url \"mailto:\" must be an absolute http, https or mailto URL"},
		{"event without date", "---\ntitle: T\nevents:\n  - text: x\n---\n", "4:5: error: event has no `date`"},
		{"source title a list", "---\ntitle: T\nsources:\n  - title: [x]\n---\n", "4:12: error: `title` must be text, not a list"},
		{"names with commas", "---\ntitle: T\ncountries: Ghana, Togo,\n---\n", "3:12: warning: `countries` is read as a list of 2 names; write it so, [Ghana, Togo], or quote the value if it is one"},
		{"aliases with commas", "---\ntitle: T\naliases: old-one, 2024/06/old.html\n---\n", "3:10: warning: `aliases` is read as a list of 2 paths; write it so, [old-one, 2024/06/old.html], or quote the value if it is one"},
		{"apostrophes in a comma list", "---\ntitle: T\ncountries: Côte d'Ivoire, Ghana\nactors: Ruto, O'Brien, Smith\n---\n", "4:9: warning: `actors` is read as a list of 3 names; write it so, [Ruto, \"O'Brien\", Smith]"},
		{"quotes in a comma list", "---\ntitle: T\nactors: PP, \"Peter, the boy\", Pan\n---\n", "3:9: warning: `actors` is read as a list of 3 names; write it so, [PP, \"Peter, the boy\", Pan], or quote the value if it is one"},
		{"toml names with commas", "+++\ntitle = \"T\"\nactors = \"Ruto, Landau\"\n+++\n", "3:10: warning: `actors` is read as a list of 2 names; write it so, [\"Ruto\", \"Landau\"], or as a list of one, [\"Ruto, Landau\"], if it is one"},
		{"long names in a comma list", "---\ntitle: T\nactors: " + strings.Repeat("a", 80) + ", " + strings.Repeat("b", 80) + ", " + strings.Repeat("c", 80) + "\n---\n", "3:9: warning: `actors` is read as a list of 3 names; write it so, in brackets, or quote the value if it is one"},
		{"a name of a comma list", "---\ntitle: T\nactors: Ré,  " + strings.Repeat("x", 1001) + "\n---\n", "3:15: error: name in `actors` is 1001 bytes long"},
		{"alias a map", "---\ntitle: T\naliases: [{a: 1}]\n---\n", "3:11: error: `aliases` must be a list of paths; this item is a mapping"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ds := loadMap(t, map[string]string{"content/briefs/b.md": tc.src}, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			joined := strings.Join(got, "\n") + "\n"
			if !strings.Contains(joined, "content/briefs/b.md:"+tc.want) && !strings.Contains(joined, tc.want) {
				t.Errorf("diagnostics:\n%s\nwant one containing %q", joined, tc.want)
			}
		})
	}
}

func TestGoodBrief(t *testing.T) {
	s, ds := loadMap(t, map[string]string{
		"brief.toml": "title = \"Site\"\nminify = true\n",
		"content/briefs/a.md": "\ufeff---\r\ntitle: \"A: colon\"\r\ndate: July 2023\r\nactors: Single Name\r\n" +
			"sources:\r\n  - Bare title\r\n  - {title: T, url: 'https://x.org/a'}\r\nevents:\r\n  - {date: 2023-07-02, text: E, actors: [X]}\r\n---\r\nBody\r\n",
		"content/briefs/b.md":         "+++\ntitle = \"B\"\ndate = 2025-05-21\nupdated = 2025-06-02\ntopics = [\"T\"]\naliases = [\"old-b\", \"/2025/b.html\"]\n+++\nBody\n",
		"content/briefs/c/index.md":   "---\ntitle: C\ndraft: true\n---\n",
		"content/briefs/d/index.md":   "---\ntitle: D\n---\n![x](img.png)\n",
		"content/briefs/d/img.png":    "png",
		"content/briefs/.hidden.md":   "junk",
		"content/briefs/notes.md.swp": "junk",
		"content/actors/x.md":         "---\nname: X\naliases: [Ex]\nkind: person\ncountry: Kenya\n---\nAbout X.\n",
		"static/css/extra.css":        "body{}",
	}, Options{})
	for _, d := range ds {
		if d.Severity == diag.Error {
			t.Errorf("unexpected: %v", d)
		}
	}
	if !s.Config.Minify || s.Config.Title != "Site" {
		t.Errorf("config = %+v", s.Config)
	}
	if len(s.Briefs) != 3 {
		t.Fatalf("loaded %d briefs, want 3 (draft skipped, hidden and swap files ignored)", len(s.Briefs))
	}
	a := s.Briefs[0]
	if a.Title != "A: colon" || a.Date.String() != "2023-07" || len(a.ActorRefs) != 1 || a.ActorRefs[0].Name != "Single Name" {
		t.Errorf("brief a = %q %q %v", a.Title, a.Date, a.ActorRefs)
	}
	if len(a.Sources) != 2 || a.Sources[0].Source.Title != "Bare title" || a.Sources[1].Source.URL != "https://x.org/a" {
		t.Errorf("sources = %+v", a.Sources)
	}
	if a.BodyLine != 11 || strings.TrimSpace(string(a.Body)) != "Body" {
		t.Errorf("body at line %d: %q", a.BodyLine, a.Body)
	}
	if a.DatePos.Line != 3 || a.DatePos.Col != 7 {
		t.Errorf("date position %v, want 3:7", a.DatePos)
	}
	if b := s.Briefs[1]; b.Date.String() != "2025-05-21" || b.Updated.String() != "2025-06-02" || b.UpdatedPos.Line != 4 || len(b.TopicRefs) != 1 {
		t.Errorf("TOML brief = %+v", b)
	}
	if got := s.Briefs[1].Aliases; len(got) != 2 || got[0].Path != "briefs/old-b/index.html" || got[1].Path != "2025/b.html" || got[1].Pos.Line != 6 {
		t.Errorf("TOML brief's aliases = %+v", got)
	}
	d := s.Briefs[2]
	if !d.Bundle || len(d.Assets) != 1 || d.Assets[0].Dest != "briefs/d/img.png" {
		t.Errorf("bundle assets = %+v", d.Assets)
	}
	if len(s.Actors) != 1 || s.Actors[0].CountryRef.Name != "Kenya" || s.Actors[0].Aliases[0] != "Ex" {
		t.Errorf("actors = %+v", s.Actors)
	}
	if len(s.Static) != 1 || s.Static[0].Dest != "css/extra.css" {
		t.Errorf("static = %+v", s.Static)
	}
	drafts, _ := loadMap(t, map[string]string{"content/briefs/c.md": "---\ntitle: C\ndraft: true\n---\n"}, Options{Drafts: true})
	if len(drafts.Briefs) != 1 {
		t.Error("-drafts did not load the draft")
	}
}

func TestDuplicateSlug(t *testing.T) {
	_, ds := loadMap(t, map[string]string{
		"content/briefs/a-b.md":   "---\ntitle: One\n---\n",
		"content/briefs/a b.md":   "---\ntitle: Two\n---\n",
		"content/briefs/ok/x.txt": "",
	}, Options{})
	var dup bool
	for _, d := range ds {
		if strings.Contains(d.Msg, `brief slug "a-b" is already used`) {
			dup = true
		}
	}
	if !dup {
		t.Errorf("no duplicate-slug error in %v", ds)
	}
}

// TestReservedSlug checks that a brief or profile whose file name is the
// name of a list page in its directory gets another slug, with a warning.
func TestReservedSlug(t *testing.T) {
	s, ds := loadMap(t, map[string]string{
		"content/briefs/by-year.md":    "---\ntitle: By year\n---\n",
		"content/actors/by-briefs.md":  "---\nname: By briefs\n---\n",
		"content/actors/by-year.md":    "---\nname: By year\n---\n",
		"content/briefs/by-briefs.md":  "---\ntitle: By briefs\n---\n",
		"content/topics/by-briefs-.md": "---\nname: Unclean\n---\n",
	}, Options{})
	var slugs []string
	for _, b := range s.Briefs {
		slugs = append(slugs, "briefs/"+b.Slug)
	}
	for _, k := range []site.Kind{site.Actor, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			slugs = append(slugs, k.Dir()+"/"+e.Slug)
		}
	}
	want := "briefs/by-briefs briefs/by-year-2 actors/by-briefs-2 actors/by-year topics/by-briefs-2"
	if got := strings.Join(slugs, " "); got != want {
		t.Errorf("slugs %s, want %s", got, want)
	}
	var warned []string
	for _, d := range ds {
		if d.Severity == diag.Warning && strings.Contains(d.Msg, "lists the") || strings.Contains(d.Msg, "holds the list") {
			warned = append(warned, d.Pos.File)
		}
	}
	if got := strings.Join(warned, " "); got != "content/actors/by-briefs.md content/briefs/by-year.md content/topics/by-briefs-.md" {
		t.Errorf("warned of %s", got)
	}
}

func TestSuggest(t *testing.T) {
	for in, want := range map[string]string{"actor": "actors", "titel": "title", "Countries": "countries", "zz": "", "sourcez": "sources", "xyzzy": ""} {
		if got := suggest(in, briefFields); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAliasPath checks which aliases of a brief name which files, and
// which are errors.
func TestAliasPath(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"old-slug", "briefs/old-slug/index.html", ""},
		{" old-slug ", "briefs/old-slug/index.html", ""},
		{"old-slug/", "old-slug/index.html", ""},
		{"/briefs/old-slug/", "briefs/old-slug/index.html", ""},
		{"briefs/old-slug", "briefs/old-slug/index.html", ""},
		{"2024/06/kenya-deploys.html", "2024/06/kenya-deploys.html", ""},
		{"page.html", "page.html", ""},
		{"/mali-junta", "mali-junta/index.html", ""},
		{"/old/page.HTML", "old/page.HTML", ""},
		{"old.htm", "old.htm", ""},
		{"/old/page.php", "old/page.php/index.html", ""},
		{"/index.xml", "", "is a feed's or a data file's address; an alias is a page that leads a browser on to the brief,"},
		{"old-slug.md", "", `a brief's old slug is written as its file was named, such as "old-slug"`},
		{"x.php", "", `for the address /x.php write "/x.php", for a brief's old slug "x-php"`},
		{"posts/feed.json", "", "is a feed's or a data file's address"},
		{"/feed.rss", "", "is a feed's or a data file's address"},
		{"news/index.atom", "", "is a feed's or a data file's address"},
		{"a//b/./c/", "a/b/c/index.html", ""},
		{"", "", "is empty"},
		{"/", "", "is the home page"},
		{"/_brief/events", "", "is under _brief/, where brief serve keeps its own files"},
		{"_brief/", "", "is under _brief/"},
		{"_briefing/", "_briefing/index.html", ""},
		{"./", "", "is the home page"},
		{"Old Title", "", `alias "Old Title" is neither a slug nor a path: a brief's aliases are its old addresses, such as the slug of its file before it was renamed, written as the address had it ("old-title"); a brief has no other names, as Obsidian's aliases are: links to it use its title or its file's name`},
		{"KPD", "", `alias "KPD" is neither a slug nor a path: a brief's aliases are its old addresses, such as the slug of its file before it was renamed, written as the address had it ("kpd"); a brief has no other names`},
		{"Kenya deployment", "", `written as the address had it ("kenya-deployment"); a brief has no other names, as Obsidian's aliases are: links to it use its title or its file's name`},
		{"https://example.org/x", "", "is a URL; an alias is a path on this site, such as briefs/old-slug/"},
		{"//example.org/x", "", "is a URL"},
		{"javascript:alert(1)", "", "is a URL"},
		{"a/../../b", "", "climbs above the site root"},
		{"/../x/", "", `alias "/../x/" climbs above the site root`},
		{"..", "", "climbs above the site root"},
		{"/x/../y/", "y/index.html", ""}, // as Hugo reads it, with a warning
		{"a/b/../../c.html", "c.html", ""},
		{"x/../y", "y/index.html", ""}, // a path still, not a slug
		{"x/../_brief/", "", "is under _brief/"},
		{"x/..", "", "is the home page"},
		{".git/", "", `has a hidden part, ".git"`},
		{"news/.well-known/x.html", "", `has a hidden part, ".well-known"`},
		{".brief-output", "", "has a hidden part"},
		{"./news/", "news/index.html", ""},
		{"a?b", "", "may not"},
		{"a#b", "", "may not"},
		{"caf%C3%A9/", "", "may not"},
		{"old page/", "old page/index.html", ""},
		{`a\b`, "", "may not"},
		{"a\x00b/", "", "may not"},
		{"a\x7fb/", "", "may not"},
		{strings.Repeat("a/", 600), "", "the limit is"},
		{"a*b/", "", "a character Windows keeps out of file names"},
		{"x|y.html", "", "a character Windows keeps out of file names"},
		{`q"z.html`, "", "a character Windows keeps out of file names"},
		{"<a>.html", "", "a character Windows keeps out of file names"},
		{"CON/", "", `a part Windows keeps for a device, "CON"`},
		{"aux.html", "", `a part Windows keeps for a device, "aux.html"`},
		{"nul/x.html", "", `a part Windows keeps for a device, "nul"`},
		{"x/Com1.txt/", "", `a part Windows keeps for a device`},
		{"con", "", `a part Windows keeps for a device`},
		{"console/", "console/index.html", ""},
		{"com10/", "com10/index.html", ""},
		{"news/trail. /", "", `a part ending in a dot or a space, "trail. "`},
		{"news/old./x.html", "", `ending in a dot or a space, "old."`},
		{"old/cafe\u0301.html", "old/caf\u00e9.html", ""},
	} {
		got, err := AliasPath(tc.in, "briefs")
		switch {
		case tc.err == "" && (err != nil || got != tc.want):
			t.Errorf("AliasPath(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("AliasPath(%q) = %q, %v; want an error containing %q", tc.in, got, err, tc.err)
		}
	}
}

// TestAliasPathProfile checks that what AliasPath says of a profile's
// alias speaks of the profile, with an address of its kind's folder.
func TestAliasPathProfile(t *testing.T) {
	for _, tc := range []struct{ in, dir, want, err string }{
		{"/actors/old/", "actors", "actors/old/index.html", ""},
		{"/actors/old/feed.xml", "actors", "", `alias "/actors/old/feed.xml" is a feed's or a data file's address; an alias is a page that leads a browser on to the profile, which feed readers and programs do not follow`},
		{"https://old.example/actors/x/", "actors", "", `alias "https://old.example/actors/x/" is a URL; an alias is a path on this site, such as actors/old-name/`},
		{"https://old.example/topics/x/", "topics", "", "such as topics/old-name/"},
	} {
		got, err := AliasPath(tc.in, tc.dir)
		switch {
		case tc.err == "" && (err != nil || got != tc.want):
			t.Errorf("AliasPath(%q, %q) = %q, %v; want %q", tc.in, tc.dir, got, err, tc.want)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("AliasPath(%q, %q) = %q, %v; want an error containing %q", tc.in, tc.dir, got, err, tc.err)
		}
	}
}

// TestSourceCitedTwice checks that a brief citing one source twice lists
// it once, and that citations the resolve phase keeps apart stay apart.
func TestSourceCitedTwice(t *testing.T) {
	s, _ := loadMap(t, map[string]string{"content/briefs/a.md": "---\ntitle: T\nsources:\n" +
		"  - {title: Report, url: \"https://a.org/1\"}\n" +
		"  - {title: REPORT, url: \"https://a.org/2\"}\n" +
		"  - {title: Report, date: 2024}\n" +
		"  - {title: report., url: \"https://a.org/1\"}\n" +
		"  - Report\n" +
		"  - {title: Report, date: 2024, note: Kept.}\n" +
		"  - {title: Report, date: 2024, note: Kept too.}\n" +
		"  - {title: Report, date: 2024, publisher: Wire}\n" +
		"---\n"}, Options{})
	var got []string
	for _, c := range s.Briefs[0].Sources {
		got = append(got, fmt.Sprintf("%d %s %s", c.Pos.Line, c.Source.URL, c.Source.Date))
	}
	want := []string{"4 https://a.org/1 ", "5 https://a.org/2 ", "6  2024", "8  ", "11  2024"} // another publisher, another source
	if !slices.Equal(got, want) {
		t.Errorf("citations %q, want %q", got, want)
	}
	if note := s.Briefs[0].Sources[2].Note; note != "Kept. Kept too." {
		t.Errorf("the notes of a source cited thrice, twice with a note: %q", note)
	}
}

// TestWrongKindTitle checks that a title or name that is not text gets
// one error, its own, and not also one for a missing field, while an
// empty one is missing.
func TestWrongKindTitle(t *testing.T) {
	for _, tc := range []struct {
		file, src string
		want      []string
	}{
		{"content/briefs/a.md", "---\ntitle: [a, b]\ndate: 2024\n---\n", []string{"2:8: error: `title` must be text, not a list"}},
		{"content/briefs/a.md", "---\ntitle: \"\"\ndate: 2024\n---\n", []string{"2:1: error: brief has no `title`; write it as title: \"A\", from the file's name, or a title of your own"}},
		{"content/actors/x.md", "---\nname: {a: b}\n---\n", []string{"2:7: error: `name` must be text, not a mapping"}},
		{"content/actors/x.md", "---\nsummary: S\n---\n", []string{"1:1: error: actor profile has no `name`"}},
	} {
		_, ds := loadMap(t, map[string]string{tc.file: tc.src}, Options{})
		var got []string
		for _, d := range ds {
			if d.Severity == diag.Error {
				got = append(got, fmt.Sprintf("%d:%d: error: %s", d.Pos.Line, d.Pos.Col, d.Msg))
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s:\n%q\nwant\n%q", tc.src, got, tc.want)
		}
	}
}
