package load

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

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
			"[[sources]]\ntitle = \"B\"\nurl = \"javascript:x\"\n+++\n", "9:1: error: source url \"javascript:x\""},
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

// TestBriefFolders checks that a folder of content/briefs without an
// index.md groups briefs, which keep the slug of their file name, and
// that what Load does not read is warned of rather than left out without
// a word.
func TestBriefFolders(t *testing.T) {
	brief := "---\ntitle: T\ndate: 2024\n---\n"
	s, ds := loadMap(t, map[string]string{
		"content/briefs/top.md":               brief,
		"content/briefs/2024/may/talks.md":    brief,
		"content/briefs/2024/bundle/index.md": brief,
		"content/briefs/2024/bundle/map.png":  "",
		"content/briefs/2024/notes.txt":       "",
		"content/briefs/2025/top.md":          brief,
		"content/briefs/images/a.png":         "",
		"content/briefs/images/b.png":         "",
		"content/briefs/_index.md":            brief,
		"content/actors/_index.md":            "---\nname: X\n---\n",
		"content/countries/_index.fr.md":      "",
		"content/_index.md":                   "",
		"content/about.md":                    "---\ntitle: About\n---\n",
		"content/actor/ruto.md":               "",
		"content/posts/p.md":                  "",
		"hugo.toml":                           "title = 'x'\n",
	}, Options{})
	var slugs []string
	for _, b := range s.Briefs {
		slugs = append(slugs, b.Slug+" "+b.File)
		if b.Slug == "bundle" && (!b.Bundle || len(b.Assets) != 1 || b.Assets[0].Dest != "briefs/bundle/map.png") {
			t.Errorf("bundle in a folder: %+v", b)
		}
	}
	want := []string{"bundle content/briefs/2024/bundle/index.md", "talks content/briefs/2024/may/talks.md", "top content/briefs/2025/top.md"}
	if strings.Join(slugs, ", ") != strings.Join(want, ", ") {
		t.Errorf("briefs:\n%s\nwant:\n%s", strings.Join(slugs, "\n"), strings.Join(want, "\n"))
	}
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	for _, w := range []string{
		`content/briefs/top.md:1:1: error: brief slug "top" is already used by content/briefs/2025/top.md; rename one of the files`,
		"content/briefs/2024/notes.txt: warning: skipped: briefs are .md files",
		"content/briefs/images: warning: skipped: holds no brief",
		"content/briefs/_index.md: warning: skipped: brief has no section files",
		"content/actors/_index.md: warning: skipped: brief has no section files",
		"content/countries/_index.fr.md: warning: skipped: brief has no section files",
		"content/_index.md: warning: skipped: brief has no section files",
		"content/actor: warning: skipped: did you mean content/actors/?",
		"content/posts: warning: skipped: brief reads content/briefs/, content/actors/, content/countries/, content/topics/ and the pages' .md files at the top of content/; move its briefs to content/briefs/ (their pages are then briefs/<file name>/: keep an old address in a brief's `aliases`, as /posts/<file name>/)",
		"hugo.toml: warning: not read: brief's site file is brief.yaml",
	} {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
			t.Errorf("no diagnostic %q", w)
		}
	}
	if n := len(got); n != 10 {
		t.Errorf("%d diagnostics, want 10:\n%s", n, strings.Join(got, "\n"))
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

// TestLinkedFolders checks that a folder of the site, or its site file,
// that is a symbolic link, which may lead out of the site, is an error,
// since the site built without it would lose what it holds, and is not
// read through.
func TestLinkedFolders(t *testing.T) {
	for _, tc := range []struct {
		link string // the linked folder
		want string
	}{
		{"content", "content: error: a link, which brief does not follow"},
		{"content/topics", "content/topics: error: a link, which brief does not follow"},
		{"static", "static: error: a link, which brief does not follow"},
		{"brief.yaml", "brief.yaml: error: a link, which brief does not follow, so the site's settings would be lost"},
		{"templates", "templates: error: a link, which brief does not follow, so the site would be built without what it holds"},
		{"content/briefs/2024", "content/briefs/2024: error: a link, which brief does not follow, so the site would be built without it"},
		{"content/actors/x.md", "content/actors/x.md: error: a link, which brief does not follow, so the site would be built without it"},
		{"templates/brief.html", "templates/brief.html: error: a link, which brief does not follow, so the site would be built without it"},
	} {
		fsys := fstest.MapFS{
			"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\n---\n")},
			"outside/secret.md":   {Data: []byte("---\nname: Secret\ntitle: Secret\n---\n")},
			"outside/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2024\n---\n")},
			"outside/topics/t.md": {Data: []byte("---\nname: T\n---\n")},
			"static/logo.png":     {Data: []byte("png")},
		}
		for name := range fsys {
			if strings.HasPrefix(name, tc.link+"/") {
				delete(fsys, name)
			}
		}
		fsys[tc.link] = &fstest.MapFile{Data: []byte("../outside"), Mode: fs.ModeSymlink}
		var diags diag.List
		s := Load(fsys, Options{}, &diags)
		var got []string
		for _, d := range diags.Sorted() {
			got = append(got, d.String())
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], tc.want) {
			t.Errorf("%s linked: %q, want %q", tc.link, got, tc.want)
		}
		briefs, static := 1, 1
		switch tc.link {
		case "content":
			briefs = 0
		case "static":
			static = 0
		}
		if len(s.Briefs) != briefs || len(s.Topics) != 0 || len(s.Static) != static {
			t.Errorf("%s linked: %d briefs, %d topics, %d static files read; want %d, 0, %d", tc.link, len(s.Briefs), len(s.Topics), len(s.Static), briefs, static)
		}
	}
}

// TestControlCharacters checks that control characters an escape in a
// quoted value gives are left out of the text, and tabs are kept.
func TestControlCharacters(t *testing.T) {
	s, ds := loadMap(t, map[string]string{"content/briefs/a.md": "---\ntitle: \"Red\\e[31m \\x01alert\\u0085\"\ndate: 2024\nsummary: \"One\\tTwo\"\n" +
		"actors: [\"Wil\\x01liam Ruto\", \"Ke\\u0085nya\", \"Jose\u0301 Marti\u0301\"]\n---\n"}, Options{})
	b := s.Briefs[0]
	if b.Title != "Red[31m alert" || b.Summary != "One\tTwo" {
		t.Errorf("title %q, summary %q", b.Title, b.Summary)
	}
	var names []string
	for _, r := range b.ActorRefs {
		names = append(names, r.Name)
	}
	if want := []string{"William Ruto", "Kenya", "Jos\u00e9 Mart\u00ed"}; !slices.Equal(names, want) {
		t.Errorf("actors %q, want %q", names, want)
	}
	if len(ds) != 3 {
		t.Errorf("%d warnings, want one for the title and one for each of two actors: %v", len(ds), ds)
	}
}

// TestLineBreaksKept checks that the line breaks of a block of text are
// not taken for control characters.
func TestLineBreaksKept(t *testing.T) {
	s, ds := loadMap(t, map[string]string{"content/briefs/a.md": "---\ntitle: T\ndate: 2024\nsummary: |\n  One.\n  Two.\n---\n"}, Options{})
	if got := s.Briefs[0].Summary; got != "One.\nTwo." {
		t.Errorf("summary %q, want %q", got, "One.\nTwo.")
	}
	for _, d := range ds {
		t.Errorf("unexpected %v", d)
	}
}

// TestLengthLimits checks that text as long as its limit is read, a
// title of 1,000 bytes and a site's description of more (its limit is
// that of prose), and that a value of one name with a comma at its end
// is that name, without a warning of a list.
func TestLengthLimits(t *testing.T) {
	title := strings.Repeat("é", 500)
	s, ds := loadMap(t, map[string]string{
		"brief.yaml":          "description: " + strings.Repeat("d", 1500) + "\n",
		"content/briefs/a.md": "---\ntitle: " + title + "\ndate: 2024\ncountries: Ghana,\n---\n",
	}, Options{})
	for _, d := range ds {
		t.Errorf("unexpected %v", d)
	}
	if len(s.Briefs) != 1 || s.Briefs[0].Title != title || len(s.Config.Description) != 1500 {
		t.Fatalf("title or description not read: %d briefs, description of %d bytes", len(s.Briefs), len(s.Config.Description))
	}
	if refs := s.Briefs[0].CountryRefs; len(refs) != 1 || refs[0].Name != "Ghana," {
		t.Errorf("countries %v, want the one name Ghana,", refs)
	}
}

// TestProfileHints checks that a profile's `extra`, Zola's, is told to go
// under `params`.
func TestProfileHints(t *testing.T) {
	_, ds := loadMap(t, map[string]string{
		"content/actors/a.md": "---\nname: A\nextra: {x: 1}\n---\n",
		"content/briefs/b.md": "---\ntitle: B\ndate: 2024\n---\n",
	}, Options{})
	want := "content/actors/a.md:3:1: error: unknown field `extra` in actor profile: fields of your own go under `params` (Zola's `extra`)"
	if len(ds) != 1 || ds[0].String() != want {
		t.Errorf("diagnostics %v, want %s", ds, want)
	}
}

// TestNFC checks that front-matter text typed with decomposed accents is
// kept composed, as pages and data files show it.
func TestNFC(t *testing.T) {
	s, _ := loadMap(t, map[string]string{"content/briefs/a.md": "---\ntitle: \"Jovenel Moi\u0308se\"\n---\n"}, Options{})
	if got := s.Briefs[0].Title; got != "Jovenel Mo\u00efse" {
		t.Errorf("title %q", got)
	}
}

// TestHiddenStatic checks that the hidden files and folders of static/
// meant for the web are copied, at any depth and without a word, that any
// other hidden one, which may be a secret, is not and is told of, once
// for a folder, and that version control's, an editor's or a system's
// are skipped without a word, as a hidden file of a brief's folder is.
func TestHiddenStatic(t *testing.T) {
	s, ds := loadMap(t, map[string]string{
		"static/.well-known/security.txt":       "x",
		"static/.well-known/acme-challenge/tok": "x",
		"static/.well-known/.DS_Store":          "x",
		"static/.well-known/.env":               "x",
		"static/.htaccess":                      "x",
		"static/.nojekyll":                      "x",
		"static/.domains":                       "x",
		"static/docs/.htaccess":                 "x",
		"static/.env":                           "SECRET=1",
		"static/.npmrc":                         "x",
		"static/.htpasswd":                      "x",
		"static/.vscode/settings.json":          "x",
		"static/.idea/workspace.xml":            "x",
		"static/.idea/other.xml":                "x",
		"static/docs/.obsidian/app.json":        "x",
		"static/.git/HEAD":                      "x",
		"static/vendor/lib/.svn/entries":        "x",
		"static/.gitignore":                     "x",
		"static/img/.gitkeep":                   "x",
		"static/.DS_Store":                      "x",
		"static/._logo.svg":                     "x",
		"static/.logo.svg.swp":                  "x",
		"static/.htaccess~":                     "x",
		"static/logo.svg":                       "x",
		"static/site.css.orig":                  "x",
		"static/a.swx":                          "x",
		"static/img/b.png~":                     "x",
		"content/briefs/a/index.md":             "---\ntitle: A\ndate: 2025\nsources: [{title: S}]\n---\nBody.\n",
		"content/briefs/a/.notes.txt":           "x",
		"content/briefs/a/.env":                 "x",
		"content/briefs/a/map.png":              "x",
	}, Options{})
	var got []string
	for _, a := range s.Static {
		got = append(got, a.Dest)
	}
	want := []string{".domains", ".htaccess", ".nojekyll", ".well-known/acme-challenge/tok", ".well-known/security.txt", "docs/.htaccess", "logo.svg"}
	if !slices.Equal(got, want) {
		t.Errorf("static files copied:\n%q\nwant\n%q", got, want)
	}
	got = nil
	for _, d := range ds {
		got = append(got, d.String())
	}
	const skipped = ": warning: skipped: of the hidden files and folders of static/, brief copies to the site only .well-known/, .htaccess, .nojekyll and .domains (a hidden file may be a secret, as .env, or an editor's, as .vscode/)"
	want = nil
	for _, p := range []string{".env", ".htpasswd", ".idea", ".npmrc", ".vscode", ".well-known/.env", "docs/.obsidian"} {
		want = append(want, "static/"+p+skipped)
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(s.Briefs) != 1 || len(s.Briefs[0].Assets) != 1 || s.Briefs[0].Assets[0].Dest != "briefs/a/map.png" {
		t.Errorf("the brief's files: %+v, want map.png alone", s.Briefs)
	}
}

// deniedFS is a file system that refuses to open what is under dir, as
// a folder without read permission does.
type deniedFS struct {
	fs.FS
	dir string
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if name == d.dir || strings.HasPrefix(name, d.dir+"/") {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.FS.Open(name)
}

// TestUnreadableFolders checks that a folder of briefs or of static files
// that cannot be read is an error, not a site built without its files.
func TestUnreadableFolders(t *testing.T) {
	for _, dir := range []string{"content/briefs/locked", "static/files"} {
		fsys := fstest.MapFS{
			"content/briefs/a.md":            {Data: []byte("---\ntitle: A\ndate: 2024\n---\n")},
			"content/briefs/locked/index.md": {Data: []byte("---\ntitle: L\ndate: 2024\n---\n")},
			"static/files/report.pdf":        {Data: []byte("pdf")},
		}
		var diags diag.List
		Load(deniedFS{fsys, dir}, Options{}, &diags)
		if !diags.HasErrors() {
			t.Errorf("%s unreadable: %v, want an error", dir, diags.Sorted())
		}
	}
}

// TestBundleMarkdown checks that a Markdown file beside a folder brief's
// index.md, which may be a draft, is not published as it is.
func TestBundleMarkdown(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/talks/index.md": {Data: []byte("---\ntitle: Talks\ndate: 2024\n---\n")},
		"content/briefs/talks/notes.md": {Data: []byte("---\ntitle: Notes\ndraft: true\n---\nSECRET\n")},
		"content/briefs/talks/map.png":  {Data: []byte("png")},
	}
	var diags diag.List
	s := Load(fsys, Options{}, &diags)
	if len(s.Briefs) != 1 || len(s.Briefs[0].Assets) != 1 || s.Briefs[0].Assets[0].Src != "content/briefs/talks/map.png" {
		t.Fatalf("briefs %v, want talks with map.png only", s.Briefs)
	}
	ds := diags.Sorted()
	if len(ds) != 1 || ds[0].Pos.File != "content/briefs/talks/notes.md" || !strings.HasPrefix(ds[0].Msg, "not published") {
		t.Errorf("warnings %v, want notes.md not published", ds)
	}
}

// TestLongTitleOnce checks that a title over the limit is told once, as
// too long, not also as missing.
func TestLongTitleOnce(t *testing.T) {
	_, ds := loadMap(t, map[string]string{"content/briefs/b.md": "---\ntitle: " + strings.Repeat("é", 600) + "\ndate: 2025\n---\n"}, Options{})
	var errs []string
	for _, d := range ds {
		if d.Severity == diag.Error {
			errs = append(errs, d.String())
		}
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "`title` is 1200 bytes long") {
		t.Errorf("errors:\n%s\nwant only the title's length", strings.Join(errs, "\n"))
	}
}

// TestBooleans checks the spellings of true and false a switch takes:
// YAML 1.1's, 1 and 0, and an empty value as false.
func TestBooleans(t *testing.T) {
	for value, draft := range map[string]bool{"true": true, "yes": true, "On": true, "1": true, "false": false, "no": false, "Off": false, "0": false, "~": false, "null": false, `""`: false} {
		s, ds := loadMap(t, map[string]string{"content/briefs/a.md": "---\ntitle: A\ndate: 2024\ndraft: " + value + "\n---\n"}, Options{})
		for _, d := range ds {
			if d.Severity == diag.Error {
				t.Errorf("draft: %s: %v", value, d)
			}
		}
		if got := len(s.Briefs) == 0; got != draft {
			t.Errorf("draft: %s left the brief out: %v, want %v", value, got, draft)
		}
	}
}

// TestSummaryPlainTextNotMarkdown checks that a summary's stars and
// underscores that are no Markdown are not warned of.
func TestSummaryPlainTextNotMarkdown(t *testing.T) {
	for _, summary := range []string{"A 5 * 3 rule", "See file_name_here", "Footnote*", "_"} {
		_, ds := loadMap(t, map[string]string{"content/briefs/b.md": "---\ntitle: T\ndate: 2024\nsummary: \"" + summary + "\"\n---\n"}, Options{})
		for _, d := range ds {
			if strings.Contains(d.Msg, "plain text") {
				t.Errorf("summary %q: %v", summary, d)
			}
		}
	}
}

// TestCommaList reads a plain value with commas in a list field as the
// names between them, and a quoted one as one name.
func TestCommaList(t *testing.T) {
	s, _ := loadMap(t, map[string]string{
		"content/briefs/b.md":     "---\ntitle: T\nactors: \"Smith, John\"\ncountries: Ghana,Togo , 'Côte, d''Ivoire', Benin\ntopics: Energy\naliases: a, b/\n---\n",
		"content/actors/smith.md": "---\nname: John Smith\naliases: Smith J., J. Smith\n---\n",
	}, Options{})
	var got []string
	for _, r := range slices.Concat(s.Briefs[0].ActorRefs, s.Briefs[0].CountryRefs, s.Briefs[0].TopicRefs) {
		got = append(got, fmt.Sprintf("%s@%d:%d", r.Name, r.Pos.Line, r.Pos.Col))
	}
	want := []string{"Smith, John@3:9", "Ghana@4:12", "Togo@4:18", "Côte, d''Ivoire@4:26", "Benin@4:45", "Energy@5:9"} // byte columns
	if !slices.Equal(got, want) {
		t.Errorf("names %q, want %q", got, want)
	}
	if got, want := s.Actors[0].Aliases, []string{"Smith J.", "J. Smith"}; !slices.Equal(got, want) {
		t.Errorf("aliases %q, want %q", got, want)
	}
	if got := s.Briefs[0].Aliases; len(got) != 2 || got[0].Path != "briefs/a/index.html" || got[1].Path != "b/index.html" {
		t.Errorf("brief aliases %+v, want a and b/", got)
	}
}

// TestWrongKindOnce checks that a source's title or an event's text of
// the wrong kind is told once, not also as missing.
func TestWrongKindOnce(t *testing.T) {
	_, ds := loadMap(t, map[string]string{"content/briefs/b.md": "---\ntitle: T\ndate: 2025\nsources:\n  - title: [x]\nevents:\n  - date: [2025]\n    text: [y]\n---\n"}, Options{})
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		"content/briefs/b.md:5:12: error: `title` must be text, not a list",
		"content/briefs/b.md:7:11: error: `date` must be text, not a list",
		"content/briefs/b.md:8:11: error: `text` must be text, not a list",
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestUpdatedThatDay checks that a bare day as `updated` of a brief
// whose date has a time, on that day, is warned of at the day, with the
// time to give it, as feeds cannot show the revision, its day as written,
// in its own offset, ahead of the site's zone or behind it; so is a day
// after it that starts, in the site's zone, before its instant; and that
// a day after, a day before (a brief written ahead of its date), a time,
// or a date without one, is not.
func TestUpdatedThatDay(t *testing.T) {
	const that = "4:10: warning: `updated` (21 May 2025) names the brief's own day without a time, so feeds cannot show the revision: they give the brief as updated at its date's "
	for _, tc := range []struct {
		site, front string
		want        string // the warning, or ""
	}{
		{"", "date: \"2025-05-21T09:00\"\nupdated: 2025-05-21", that + "09:00; give it the time it was revised, e.g. \"2025-05-21T16:00\""},
		{"", "date: \"2025-05-21T18:30\"\nupdated: 2025-05-21", that + "18:30; give it the time it was revised, e.g. \"2025-05-21T19:00\""},
		{"", "date: \"2025-05-21T23:30\"\nupdated: 2025-05-21", that + "23:30; give it the time it was revised, e.g. \"2025-05-21T23:59\""},
		{"", "date: 21 May 2025, 09:00\nupdated: 21 May 2025", that + "09:00"},
		// The date's day and time are as written, in its own offset, as
		// feeds count them; `updated`, a day, starts in the site's zone.
		{"time_zone: America/New_York\n", "date: \"2025-05-21T09:00\"\nupdated: 2025-05-21", that + "09:00; give it the time it was revised, e.g. \"2025-05-21T16:00\""},
		{"time_zone: America/New_York\n", "date: \"2025-05-21T09:00+03:00\"\nupdated: 2025-05-21", that + "09:00; give it the time it was revised, e.g. \"2025-05-21T16:00+03:00\""},
		{"", "date: \"2025-05-21T01:00+03:00\"\nupdated: 2025-05-21", ""}, // 22:00 UTC on the 20th, before the site's day starts
		{"", "date: \"2025-05-21T23:00-04:00\"\nupdated: 2025-05-21", that + "23:00; give it the time it was revised, e.g. \"2025-05-21T23:59-04:00\""},
		{"", "date: \"2025-05-21T23:00-04:00\"\nupdated: 2025-05-22", "4:10: warning: `updated` (22 May 2025) has no time, and the day starts, in the site's time zone (UTC), before the brief's date, so feeds cannot show the revision: they give the brief as updated at its date's time; give it the time it was revised, e.g. \"2025-05-22T16:00\""},
		{"time_zone: Asia/Kolkata\n", "date: \"2025-05-22T01:00+03:00\"\nupdated: 2025-05-22", "4:10: warning: `updated` (22 May 2025) names the brief's own day without a time, so feeds cannot show the revision: they give the brief as updated at its date's 01:00; give it the time it was revised, e.g. \"2025-05-22T16:00+03:00\""},
		{"", "date: \"2025-05-22T01:00+03:00\"\nupdated: 2025-05-21", ""}, // written ahead, the day before as written
		{"", "date: \"2025-05-21T23:00-04:00\"\nupdated: 2025-05-23", ""},
		{"", "date: \"2025-05-21T09:00/2025-05-21T12:00\"\nupdated: 2025-05-21", that + "09:00"},
		{"", "date: \"2025-05-21T09:00\"\nupdated: 2025-05-22", ""},
		{"", "date: \"2025-05-21T09:00\"\nupdated: 2025-05-20", ""},
		{"", "date: \"2025-05-21T09:00\"\nupdated: \"2025-05-21T16:00\"", ""},
		{"", "date: 2025-05-21\nupdated: 2025-05-21", ""},
	} {
		files := map[string]string{"content/briefs/b.md": "---\ntitle: T\n" + tc.front + "\n---\nText.\n"}
		if tc.site != "" {
			files["brief.yaml"] = tc.site
		}
		_, ds := loadMap(t, files, Options{})
		var got []string
		for _, d := range ds {
			if strings.Contains(d.Msg, "own day") || strings.Contains(d.Msg, "has no time") {
				got = append(got, strings.TrimPrefix(d.String(), "content/briefs/b.md:"))
			}
		}
		if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tc.want)) {
			t.Errorf("%s%s: %q, want %q", tc.site, tc.front, got, tc.want)
		}
	}
}

// TestDatedAfterToday checks that a brief that would enter the feeds
// after today, in the site's time zone, is warned of, at its date or at
// its `updated`, which rules the feeds when given; and that one written
// ahead of its date, its `updated` before it, is not, nor a draft.
func TestDatedAfterToday(t *testing.T) {
	now := func() time.Time { return time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC) }
	const ahead = "warning: the brief is dated after today (2026-12-07): feeds give it as news of its date, at the top of readers' lists until then; add `updated:` with the day it was written, as YYYY-MM-DD, which feeds give instead"
	for _, tc := range []struct {
		site, front string
		want        string // the warning of a date after today, or ""
	}{
		{"", "date: 2027-06", "3:7: " + ahead},
		{"", "date: 2027-06\nupdated: 2026-12-01", ""},
		{"", "date: 2027-06\nupdated: 2026-12-07", ""},
		{"", "date: 2027-06\ndraft: true", ""},
		{"", "date: 2026-12-07", ""},
		{"", "date: 2026-12-08", "3:7: " + ahead},
		{"", "date: late 2026", ""},
		{"", "date: 2026-12/2027-03", ""},
		{"", "date: 2027", "3:7: " + ahead},
		{"", "date: ../2027", "3:7: " + ahead},
		{"", "date: ../2026", ""},
		// A time is taken on the day it falls on in the site's time zone,
		// as the feeds give it: 01:00 in Tokyo on the 8th is the 7th in UTC.
		{"", "date: \"2026-12-08T01:00+09:00\"", ""},
		{"", "date: \"2026-12-08T10:00+09:00\"", "3:7: warning: the brief is dated after today (2026-12-07): feeds give it as news of its date, at the top of readers' lists until then; add `updated:` with the day it was written, as YYYY-MM-DD, or YYYY-MM-DDTHH:MM with the time, which feeds give instead"},
		// It is the 8th in Auckland at noon UTC on the 7th.
		{"time_zone: Pacific/Auckland\n", "date: 2026-12-08", ""},
		{"time_zone: Pacific/Auckland\n", "date: 2026-12-09", "3:7: warning: the brief is dated after today (2026-12-08)"},
		{"", "date: 2025-05\nupdated: 2027-01-02", "4:10: warning: `updated` is after today (2026-12-07): feeds give the brief as revised on that day, at the top of readers' lists until then; write the day it was last revised"},
		{"", "updated: 2027-01-02", "3:10: warning: `updated` is after today (2026-12-07)"},
		// An `updated` before the date is a brief written ahead of it.
		{"", "date: 2025-06\nupdated: 2025-05-31", ""},
		{"", "date: 2025-01-31T23:30-05:00\nupdated: 2025-01-31T20:00Z", ""},
	} {
		files := map[string]string{"content/briefs/b.md": "---\ntitle: T\n" + tc.front + "\n---\nText.\n"}
		if tc.site != "" {
			files["brief.yaml"] = tc.site
		}
		_, ds := loadMap(t, files, Options{Drafts: true, Now: now})
		var got []string
		for _, d := range ds {
			if strings.Contains(d.Msg, "after today") || strings.Contains(d.Msg, "before the brief's") {
				got = append(got, strings.TrimPrefix(d.String(), "content/briefs/b.md:"))
			}
		}
		if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tc.want)) {
			t.Errorf("%s%s: %q, want %q", tc.site, tc.front, got, tc.want)
		}
	}
}

// TestDatedAfterTodayCached checks that a Load with a Cache on a later
// day tells of the briefs dated after that day, not the day before: a
// file the Cache holds is read again when the day has changed.
func TestDatedAfterTodayCached(t *testing.T) {
	fsys := fstest.MapFS{"content/briefs/b.md": {Data: []byte("---\ntitle: T\ndate: 2026-12-08\n---\nText.\n")}}
	cache := NewCache()
	for _, tc := range []struct {
		day  int
		warn bool
	}{{7, true}, {7, true}, {8, false}, {7, true}} {
		now := func() time.Time { return time.Date(2026, 12, tc.day, 12, 0, 0, 0, time.UTC) }
		var diags diag.List
		Load(fsys, Options{Cache: cache, Now: now}, &diags)
		warned := strings.Contains(fmt.Sprint(diags.Sorted()), "after today")
		if warned != tc.warn {
			t.Errorf("on the %dth: warned %v, want %v", tc.day, warned, tc.warn)
		}
	}
}

func TestBriefPlaceholder(t *testing.T) {
	for _, tc := range []struct {
		front string
		want  string
	}{
		{"title: T\ndate: 2025\n", "content/briefs/b.md:6:1: warning: the brief still has `brief new`'s placeholder text; write the brief in its place"},
		{"title: T\ndate: 2025\ndraft: true\n", ""},
	} {
		_, ds := loadMap(t, map[string]string{"content/briefs/b.md": "---\n" + tc.front + "---\n\n" + BriefPlaceholder + " More.\n"}, Options{Drafts: true})
		var got string
		for _, d := range ds {
			if strings.Contains(d.Msg, "placeholder") {
				got = d.String()
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.front, got, tc.want)
		}
	}
}

func TestSiteFileHints(t *testing.T) {
	for key, want := range map[string]string{
		"permalinks":   "brief.yaml:1:1: error: unknown field `permalinks` in site file: a brief's page is briefs/<file name>/",
		"buildFuture":  "brief.yaml:1:1: error: unknown field `buildFuture` in site file: briefs dated in the future are published",
		"paginate":     "brief.yaml:1:1: error: unknown field `paginate` in site file: lists of more than 1,000 entries are split by year",
		"theme":        "brief.yaml:1:1: error: unknown field `theme` in site file: brief has one theme",
		"languageCode": "brief.yaml:1:1: error: unknown field `languageCode` in site file, did you mean `language`?",
	} {
		_, ds := loadMap(t, map[string]string{"brief.yaml": key + ": x\n", "content/briefs/a.md": "---\ntitle: A\n---\n"}, Options{})
		if len(ds) == 0 || !strings.HasPrefix(ds[0].String(), want) {
			t.Errorf("%s: %v, want %q", key, ds, want)
		}
	}
}

// TestSiteFileAliases checks that a YAML alias in the site file, under
// params or another field, is told of as the site file's, not front
// matter's.
func TestSiteFileAliases(t *testing.T) {
	for _, site := range []string{"description: &d x\ntitle: *d\n", "params:\n  a: &x 1\n  b: *x\n"} {
		_, ds := loadMap(t, map[string]string{"brief.yaml": site, "content/briefs/a.md": "---\ntitle: A\n---\n"}, Options{})
		found := false
		for _, d := range ds {
			if strings.Contains(d.Msg, "YAML aliases") {
				found = true
				if d.Msg != "YAML aliases (*name) are not supported in the site file" {
					t.Errorf("%q: %s", site, d)
				}
			}
		}
		if !found {
			t.Errorf("%q: no error of its alias in %v", site, ds)
		}
	}
}

// TestEditorFilesSkipped checks that editors' temporary files and merge
// tools' leftovers beside the briefs and profiles are skipped without a
// word, as brief serve does not rebuild for them, while another file gets
// its warning.
func TestEditorFilesSkipped(t *testing.T) {
	s, ds := loadMap(t, map[string]string{
		"content/briefs/a.md":          "---\ntitle: A\n---\n",
		"content/briefs/#a.md#":        "---\ntitle: Autosave\n---\n",
		"content/briefs/.#a.md":        "lock",
		"content/briefs/a.md~":         "backup",
		"content/briefs/.a.md.swp":     "swap",
		"content/briefs/a.md.tmp":      "temp",
		"content/briefs/4913":          "",
		"content/briefs/notes.txt":     "stray",
		"content/briefs/a.md___jb_tmp": "jetbrains",
		"content/briefs/a.md.orig":     "---\ntitle: Merge leftover\n---\n",
		"content/briefs/x.md.orig":     "---\ntitle: Merge leftover\n---\n",
		"content/briefs/a.md.swx":      "swap",
		"content/briefs/a.md.swo":      "swap",
		"content/actors/b.md.orig":     "---\nname: B\n---\n",
	}, Options{})
	var got []string
	for _, d := range ds {
		if strings.Contains(d.Msg, "skipped") {
			got = append(got, d.String())
		}
	}
	if len(s.Briefs) != 1 || !slices.Equal(got, []string{"content/briefs/notes.txt: warning: skipped: briefs are .md files or folders with an index.md"}) {
		t.Errorf("%d briefs, warnings %q", len(s.Briefs), got)
	}
}

// TestSystemFilesSkipped checks that the files Windows, Office and a Mac
// leave in folders are neither copied from static/ or a bundle nor
// warned of, and that a Mac's "Icon\r", whose name ends in a carriage
// return, is not taken for a bad name that stops the build.
func TestSystemFilesSkipped(t *testing.T) {
	s, ds := loadMap(t, map[string]string{
		"static/logo.png":                                 "x",
		"static/Thumbs.db":                                "thumbnails",
		"static/img/ehthumbs.db":                          "thumbnails",
		"static/img/desktop.ini":                          "[.ShellClassInfo]",
		"static/files/~$report.docx":                      "Ann Editor",
		"static/$RECYCLE.BIN/S-1-5-21/$Rdeleted.png":      "x",
		"static/System Volume Information/IndexerVolGuid": "x",
		"static/Icon\r":                                   "",
		"static/img/Icon\r":                               "",
		"content/briefs/talks/index.md":                   "---\ntitle: Talks\ndate: 2024\n---\n",
		"content/briefs/talks/map.png":                    "x",
		"content/briefs/talks/Thumbs.db":                  "thumbnails",
		"content/briefs/talks/Icon\r":                     "",
		"content/briefs/~$notes.md":                       "lock",
		"content/briefs/Icon\r":                           "",
		"content/briefs/Desktop.ini":                      "",
		"content/actors/Thumbs.db":                        "",
		"content/actors/Icon\r":                           "",
	}, Options{})
	if len(ds) > 0 {
		t.Errorf("diagnostics: %v", ds)
	}
	var copied []string
	for _, a := range s.Static {
		copied = append(copied, a.Src)
	}
	for _, b := range s.Briefs {
		for _, a := range b.Assets {
			copied = append(copied, a.Src)
		}
	}
	if want := "static/logo.png content/briefs/talks/map.png"; strings.Join(copied, " ") != want {
		t.Errorf("copied %q, want %q", copied, want)
	}
}

// TestBadFileNames checks that a file or folder whose name a web address
// cannot hold, with a line break or not UTF-8, is an error at its folder,
// among briefs, profiles, a bundle's files and static/, and that the rest
// of the site is read.
func TestBadFileNames(t *testing.T) {
	s, ds := loadMap(t, map[string]string{
		"content/briefs/ok.md":        "---\ntitle: OK\n---\n",
		"content/briefs/new\nline.md": "---\ntitle: Line\n---\n",
		"content/briefs/c\xffd.md":    "---\ntitle: Bytes\n---\n",
		"content/briefs/b/index.md":   "---\ntitle: Bundle\n---\n",
		"content/briefs/b/p\nq.png":   "x",
		"content/actors/tab\there.md": "---\nname: Tab\n---\n",
		"static/dir\r/x.css":          "x",
		"static/fine.css":             "x",
	}, Options{})
	var got []string
	for _, d := range ds {
		if d.Severity == diag.Error {
			got = append(got, d.String())
		}
	}
	want := []string{
		`content/actors: error: "tab\there.md": the name has a line break or another control character, which a web address cannot hold; rename it`,
		`content/briefs: error: "c\xffd.md": the name is not UTF-8, which a web address cannot hold; rename it`,
		`content/briefs: error: "new\nline.md": the name has a line break or another control character, which a web address cannot hold; rename it`,
		`content/briefs/b: error: "p\nq.png": the name has a line break or another control character, which a web address cannot hold; rename it`,
		`static: error: "dir\r": the name has a line break or another control character, which a web address cannot hold; rename it`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(s.Briefs) != 2 || len(s.Static) != 1 || len(s.Actors) != 0 {
		t.Errorf("read %d briefs, %d static files, %d actors; want 2, 1, 0", len(s.Briefs), len(s.Static), len(s.Actors))
	}
}

// TestStaticInServeDir checks that a static file under _brief/, where
// brief serve's preview keeps its own, is warned of, and still copied.
func TestStaticInServeDir(t *testing.T) {
	s, ds := loadMap(t, map[string]string{"static/_brief/live.js": "x", "static/_briefing.css": "x"}, Options{})
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := "static/_brief/live.js: warning: brief serve keeps _brief/ for its own files, so its preview may not show this one; put it in another folder"
	if strings.Join(got, "\n") != want || len(s.Static) != 2 {
		t.Errorf("diagnostics:\n%s\nwant:\n%s\n(%d static files, want 2)", strings.Join(got, "\n"), want, len(s.Static))
	}
}

// TestSlugClashAccentForms checks that two files whose names differ only
// in how their accents are written, one "é", the other "e" and a
// combining accent, are told so: they look like one file.
func TestSlugClashAccentForms(t *testing.T) {
	brief := "---\ntitle: T\ndate: 2025\n---\nText.\n"
	_, ds := loadMap(t, map[string]string{
		"content/briefs/Pr\u00e9sident.md":  brief,
		"content/briefs/Pre\u0301sident.md": strings.Replace(brief, "T", "U", 1),
		"content/briefs/president.md":       strings.Replace(brief, "T", "V", 1),
	}, Options{})
	var got []string
	for _, d := range ds {
		if d.Severity == diag.Error {
			got = append(got, d.String())
		}
	}
	want := []string{
		"content/briefs/Pr\u00e9sident.md:1:1: error: brief slug \"president\" is already used by content/briefs/Pre\u0301sident.md (a file of the same name, its accents written in another Unicode form, as a Mac writes them; a Mac cannot hold both); rename one of the files",
		"content/briefs/president.md:1:1: error: brief slug \"president\" is already used by content/briefs/Pre\u0301sident.md; rename one of the files",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestUndatedName checks that a brief without a date whose file's name,
// or bundle folder's, begins with a day, as Jekyll's posts are named, is
// told to give that date, which is not taken from the name.
func TestUndatedName(t *testing.T) {
	const warning = "warning: brief has no `date`; it is listed last and left off the timeline and the feeds"
	for _, tc := range []struct{ file, want string }{
		{"content/briefs/2024-05-01-some-title.md", "; its file name begins with 2024-05-01: add `date: 2024-05-01`"},
		{"content/briefs/2024/2024-05-01.md", "; its file name begins with 2024-05-01: add `date: 2024-05-01`"},
		{"content/briefs/2024-12-31_talks/index.md", "; its folder name begins with 2024-12-31: add `date: 2024-12-31`"},
		{"content/briefs/2024-05-01/2025-01-01-x/index.md", "; its folder name begins with 2025-01-01: add `date: 2025-01-01`"},
		{"content/briefs/2024-02-30-talks.md", ""},
		{"content/briefs/2024-05-012-talks.md", ""},
		{"content/briefs/2024-05-talks.md", ""},
		{"content/briefs/talks-2024-05-01.md", ""},
	} {
		s, ds := loadMap(t, map[string]string{tc.file: "---\ntitle: T\n---\n"}, Options{})
		var got []string
		for _, d := range ds {
			got = append(got, d.String())
		}
		want := tc.file + ":2:1: " + warning + tc.want
		if !slices.Contains(got, want) {
			t.Errorf("%s:\n%s\nwant %s", tc.file, strings.Join(got, "\n"), want)
		}
		if len(s.Briefs) != 1 || !s.Briefs[0].Date.IsZero() {
			t.Errorf("%s: the brief was not read, or was dated by its name", tc.file)
		}
	}
}

// TestCitationFields checks that a source's author is the source's, and
// the day it was accessed and its archived copy the citing brief's, one
// it cites twice taking from the second what the first lacks.
func TestCitationFields(t *testing.T) {
	s, _ := loadMap(t, map[string]string{"content/briefs/a.md": "---\ntitle: T\nsources:\n" +
		"  - {title: Report, author: \"A. Name; B. Name\", url: \"https://a.org/1\", note: p. 3, accessed: 2025-05-03}\n" +
		"  - {title: Report, author: \"a. name; b. name\", url: \"https://a.org/1\", archive_url: \"https://web.archive.org/web/2025/https://a.org/1\"}\n" +
		"  - {title: Report, author: C. Name, url: \"https://a.org/1\"}\n" +
		"---\n"}, Options{})
	var got []string
	for _, c := range s.Briefs[0].Sources {
		got = append(got, fmt.Sprintf("%d %q %q %s %q", c.Pos.Line, c.Source.Author, c.Note, c.Accessed, c.Archive))
	}
	want := []string{
		`4 "A. Name; B. Name" "p. 3" 2025-05-03 "https://web.archive.org/web/2025/https://a.org/1"`,
		`6 "C. Name" ""  ""`, // another author, another source
	}
	if !slices.Equal(got, want) {
		t.Errorf("citations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSourceDOICut checks that a source's url giving a DOI's prefix
// alone, without the item's name after its slash, is told it is an
// incomplete DOI: given bare or as doi: it is an error, rather than a file
// of the site to write from its root; at doi.org, a link to no
// document, a warning.
func TestSourceDOICut(t *testing.T) {
	const (
		bad = ` is an incomplete DOI: it ends with the prefix 10.1000/, and the item's name after the slash is missing (as in 10.1000/xyz); copy the whole DOI from the source`
		at  = ` is the address of an incomplete DOI: it ends with the prefix 10.1000/, and the item's name after the slash is missing (as in 10.1000/xyz), so it leads to no document; copy the whole DOI from the source`
	)
	for _, tc := range []struct{ in, want string }{
		{"10.1000/", `6:10: error: source url "10.1000/"` + bad},
		{"10.1000", `6:10: error: source url "10.1000"` + bad},
		{"doi:10.1000/", `6:10: error: source url "doi:10.1000/"` + bad},
		{"DOI: 10.1000/ ", `6:10: error: source url "DOI: 10.1000/"` + bad},
		{"https://doi.org/10.1000/", `6:10: warning: source url "https://doi.org/10.1000/"` + at},
		{"http://dx.doi.org/10.1000", `6:10: warning: source url "http://dx.doi.org/10.1000"` + at},
		{"https://doi.org/10.1000/xyz", ""},
		{"https://example.org/10.1000/", ""},
		{"ftp://doi.org/10.1000/", `6:10: error: source url "ftp://doi.org/10.1000/" must be an absolute http, https or mailto URL, or a file of the site from its root (/files/report.pdf)`},
		{"10.1000.pdf", `6:10: error: source url "10.1000.pdf" must be an absolute http, https or mailto URL, or a file of the site from its root (/files/report.pdf); a file of the site is written from its root, /10.1000.pdf for static/10.1000.pdf`},
	} {
		_, ds := loadMap(t, map[string]string{"content/briefs/a.md": "---\ntitle: T\ndate: 2024\nsources:\n  - title: S\n    url: \"" + tc.in + "\"\n---\nText.\n"}, Options{})
		var got []string
		for _, d := range ds {
			got = append(got, strings.TrimPrefix(d.String(), "content/briefs/a.md:"))
		}
		if want := tc.want; strings.Join(got, "\n") != want {
			t.Errorf("url %q:\n%s\nwant:\n%s", tc.in, strings.Join(got, "\n"), want)
		}
	}
}

// TestSourceDOI checks that a source's url given as a DOI, "doi:10.1000/xyz"
// or bare, links to it at doi.org.
func TestSourceDOI(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"doi:10.1000/xyz", "https://doi.org/10.1000/xyz"},
		{"DOI: 10.1038/nphys1170", "https://doi.org/10.1038/nphys1170"},
		{"10.1000/182", "https://doi.org/10.1000/182"},
		{"10.1002/(SICI)1097-4636(199706)35:3<237::AID-JBM1>3.0.CO;2-N", "https://doi.org/10.1002/%28SICI%291097-4636%28199706%2935:3%3C237::AID-JBM1%3E3.0.CO;2-N"},
		{"doi:10.1000/a#b?c", "https://doi.org/10.1000/a%23b%3Fc"},
		{"https://doi.org/10.1000/xyz", "https://doi.org/10.1000/xyz"},
	} {
		s, ds := loadMap(t, map[string]string{"content/briefs/a.md": "---\ntitle: T\ndate: 2024\nsources:\n  - title: S\n    url: \"" + tc.in + "\"\n---\nText.\n"}, Options{})
		if len(ds) != 0 {
			t.Errorf("%s: %v", tc.in, ds)
			continue
		}
		if got := s.Briefs[0].Sources[0].Source.URL; got != tc.want {
			t.Errorf("url %q is %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestProfileOldPaths checks that an entry of a profile's aliases written
// as a path, starting or ending with a slash, is an old address of the
// profile, read as a brief's alias is, and not a name; and what is said
// of one that is no address, or has a space, and of a name that looks
// like an address.
func TestProfileOldPaths(t *testing.T) {
	for _, tc := range []struct {
		name, aliases string
		names         []string
		paths         []string
		diags         string
	}{
		{"names", "[Landau, AC/DC, 24/7]", []string{"Landau", "AC/DC", "24/7"}, nil, ""},
		{"from the root", "[Landau, /actors/christopher-landau/]", []string{"Landau"}, []string{"actors/christopher-landau/index.html"}, ""},
		{"without the first slash", "[actors/christopher-landau/]", nil, []string{"actors/christopher-landau/index.html"}, ""},
		{"a page", "[/people/landau.html, /landau]", nil, []string{"people/landau.html", "landau/index.html"}, ""},
		{"cleaned", "[/actors//x/./]", nil, []string{"actors/x/index.html"}, ""},
		{"a URL", "[\"https://old.example/actors/x/\"]", nil, nil,
			"content/actors/a.md:3:11: error: `aliases`: alias \"https://old.example/actors/x/\" is a URL; an alias is a path on this site, such as actors/old-name/ (an alias that starts or ends with / is an old address of the profile's page; a name is written without the slash)"},
		{"a feed", "[/actors/old/feed.xml]", nil, nil,
			"content/actors/a.md:3:11: error: `aliases`: alias \"/actors/old/feed.xml\" is a feed's or a data file's address; an alias is a page that leads a browser on to the profile, which feed readers and programs do not follow (an alias that starts or ends with / is an old address of the profile's page; a name is written without the slash)"},
		{"the home page", "[/]", nil, nil,
			"content/actors/a.md:3:11: error: `aliases`: alias \"/\" is the home page (an alias that starts or ends with / is an old address of the profile's page; a name is written without the slash)"},
		{"a name and a slash", "[Landau /]", nil, nil,
			"content/actors/a.md:3:11: error: `aliases`: alias \"Landau /\" has a part ending in a dot or a space, \"Landau \", which Windows drops from file names (an alias that starts or ends with / is an old address of the profile's page; a name is written without the slash)"},
		{"a space", "[/actors/Chris Landau/]", nil, []string{"actors/Chris Landau/index.html"},
			"content/actors/a.md:3:11: warning: `aliases`: \"/actors/Chris Landau/\" is taken as an old address of the profile's page, as it starts or ends with /, but brief's addresses have no spaces: if it is one, write it as the address bar showed it, such as \"/actors/chris-landau/\"; if it is a name, leave out the slash"},
		{"a page with a space", "[/old/Chris Landau.html]", nil, []string{"old/Chris Landau.html"},
			"content/actors/a.md:3:11: warning: `aliases`: \"/old/Chris Landau.html\" is taken as an old address of the profile's page, as it starts or ends with /, but brief's addresses have no spaces: if it is one, write it as the address bar showed it, such as \"/old/chris-landau.html\"; if it is a name, leave out the slash"},
		{"a page without a slash first", "[actors/landau.html]", []string{"actors/landau.html"}, nil,
			"content/actors/a.md:3:11: warning: `aliases`: \"actors/landau.html\" is taken as a name of the actor; if it is an old address of this profile's page, write it from the site's root, \"/actors/landau.html\""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, ds := loadMap(t, map[string]string{
				"content/actors/a.md": "---\nname: A\naliases: " + tc.aliases + "\n---\n",
			}, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			if strings.Join(got, "\n") != tc.diags {
				t.Errorf("diagnostics:\n%s\nwant\n%s", strings.Join(got, "\n"), tc.diags)
			}
			e := s.Actors[0]
			var paths []string
			for _, a := range e.OldPaths {
				paths = append(paths, a.Path)
				if a.Pos.Line != 3 {
					t.Errorf("%s at %v, want line 3", a.Path, a.Pos)
				}
			}
			if !slices.Equal(e.Aliases, tc.names) || len(e.AliasRefs) != len(tc.names) || !slices.Equal(paths, tc.paths) {
				t.Errorf("names %q, old paths %q; want %q, %q", e.Aliases, paths, tc.names, tc.paths)
			}
		})
	}
}

// TestNoTitle checks that a brief without a title is told the line to
// add, from the body's first heading, Obsidian's, or else from the
// file's name, with front matter or without.
func TestNoTitle(t *testing.T) {
	const heading, name = "from the body's first heading, and remove that heading, which the page shows as its title", "from the file's name, or a title of your own"
	for _, tc := range []struct{ file, src, want string }{
		{"a.md", "---\ndate: 2024\n---\n\n# No Title\n\nText.\n", "2:1: error: brief has no `title`; add the line title: \"No Title\", " + heading},
		{"a.md", "---\ndate: 2024\n---\n# Talks: \"round 2\" #\n", "2:1: error: brief has no `title`; add the line title: \"Talks: \\\"round 2\\\"\", " + heading},
		{"2024-05-01-haiti_talks.md", "---\ndate: 2024\n---\n## Not a title\n", "2:1: error: brief has no `title`; add the line title: \"Haiti talks\", " + name},
		{"talks/index.md", "---\ntitle: ~\n---\nText.\n", "2:1: error: brief has no `title`; write it as title: \"Talks\", " + name},
		{"a.md", "+++\ndate = 2024\n+++\n# No Title\n", "2:1: error: brief has no `title`; add the line title = \"No Title\", " + heading},
		{"a.md", "# No Title\n\nText.\n", "1:1: error: brief has no front matter; start the file with a line \"---\", then title: \"No Title\", " + heading + ", and another \"---\""},
		{"un-talks.md", "Text.\n", "1:1: error: brief has no front matter; start the file with a line \"---\", then title: \"Un talks\", " + name + ", and another \"---\""},
	} {
		t.Run(tc.file, func(t *testing.T) {
			_, ds := loadMap(t, map[string]string{"content/briefs/" + tc.file: tc.src}, Options{})
			var got []string
			for _, d := range ds {
				if d.Severity == diag.Error {
					got = append(got, fmt.Sprintf("%d:%d: %s: %s", d.Pos.Line, d.Pos.Col, d.Severity, d.Msg))
				}
			}
			if want := []string{tc.want}; !slices.Equal(got, want) {
				t.Errorf("diagnostics\n%q, want\n%q", got, want)
			}
		})
	}
}
