package load

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/diag"
)

// TestDraftsTypo checks that a folder of content/briefs/ named as
// _drafts misspelt is warned of, its briefs published, and that a folder
// named otherwise, or _drafts itself, or one in _drafts, is not.
func TestDraftsTypo(t *testing.T) {
	const warning = ": warning: did you mean _drafts? this folder's briefs are published, as any folder's, where those of a folder named _drafts are drafts, left out without -drafts"
	for _, tc := range []struct {
		folder string
		warned bool
	}{
		{"_draft", true},
		{"_Draft", true},
		{"_darfts", true},
		{"drafts", false}, // a name a site may mean
		{"_drafs", true},
		{"2024/_draft", true},
		{"_drafts", false},
		{"_drafts/draft", false}, // drafts all the same
		{"crafts", false},
		{"_posts", false},
		{"2024", false},
	} {
		t.Run(tc.folder, func(t *testing.T) {
			dir := "content/briefs/" + tc.folder
			s, ds := loadMap(t, map[string]string{dir + "/a.md": "---\ntitle: A\ndate: 2024\n---\n"}, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			var want []string
			if tc.warned {
				want = []string{dir + warning}
			}
			if !slices.Equal(got, want) {
				t.Errorf("diagnostics %q, want %q", got, want)
			}
			if published := len(s.Briefs) == 1; published != !inDrafts(dir+"/a.md") {
				t.Errorf("%d briefs published", len(s.Briefs))
			}
		})
	}
}

// TestProfileDraft checks that a profile's `publish`, `draft` or
// `published` says that a profile cannot be kept out of the site, and
// how to keep its text private, never to put the field under `params`.
func TestProfileDraft(t *testing.T) {
	const private = " a profile cannot be kept out of the site, as every brief that names the %[1]s makes the %[1]s's page, with this file's text; to keep the text private, move the file out of content/, or remove the private text from it"
	const always = " remove it: a profile is always published, its text on the %[1]s's page, which every brief that names the %[1]s makes"
	for _, tc := range []struct{ file, line, want string }{
		{"content/actors/a.md", "publish: false", "3:1: error: unknown field `publish` in actor profile:" + private},
		{"content/countries/a.md", "draft: true", "3:1: error: unknown field `draft` in country profile:" + private},
		{"content/topics/a.md", "published: no", "3:1: error: unknown field `published` in topic profile:" + private},
		{"content/actors/a.md", "Draft: maybe", "3:1: error: unknown field `Draft` in actor profile:" + private},
		{"content/actors/a.md", "publish: true", "3:1: error: unknown field `publish` in actor profile:" + always},
		{"content/actors/a.md", "draft: false", "3:1: error: unknown field `draft` in actor profile:" + always},
	} {
		t.Run(tc.file+" "+tc.line, func(t *testing.T) {
			_, ds := loadMap(t, map[string]string{tc.file: "---\nname: A\n" + tc.line + "\n---\nPrivate.\n"}, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, fmt.Sprintf("%d:%d: %s: %s", d.Pos.Line, d.Pos.Col, d.Severity, d.Msg))
			}
			entity := strings.Fields(tc.want)[6] // "actor" of "in actor profile"
			want := []string{fmt.Sprintf(tc.want, entity)}
			if !slices.Equal(got, want) {
				t.Errorf("diagnostics %q, want %q", got, want)
			}
		})
	}
}

// TestTopicsHint checks that a brief with more than one field brief
// reads as topics (WordPress's categories and tags), or Ghost's
// internal tags, is told the one line to write, with the countries
// among the tags in `countries` and Ghost's #tags left out.
func TestTopicsHint(t *testing.T) {
	const both = "error: unknown field `%s` in brief, did you mean `topics`? `categories` and `tags` are both brief's `topics`, which a brief gives once: write "
	for _, tc := range []struct {
		name, lines string
		want        []string
	}{
		{"wordpress", "categories: [Security, West Africa]\ntags: [mali, france, barkhane]", []string{
			"3:1: " + fmt.Sprintf(both, "categories") + "topics: [Security, West Africa, barkhane] and countries: [Mali, France] in place of `categories` and `tags`; mali and france are countries, which go in `countries`",
			"4:1: " + fmt.Sprintf(both, "tags") + "topics: [Security, West Africa, barkhane] and countries: [Mali, France] in place of `categories` and `tags`; mali and france are countries, which go in `countries`",
		}},
		{"a tag twice, a code", "categories: Politics, Mali\ntags: [mali, it, \"chad\"]", []string{
			"3:1: " + fmt.Sprintf(both, "categories") + "topics: [Politics, it] and countries: [Mali, Chad] in place of `categories` and `tags`; Mali and chad are countries, which go in `countries`",
			"4:1: " + fmt.Sprintf(both, "tags") + "topics: [Politics, it] and countries: [Mali, Chad] in place of `categories` and `tags`; Mali and chad are countries, which go in `countries`",
		}},
		{"uncategorized", "categories: [Uncategorized]\ntags: []", []string{
			"3:1: " + strings.TrimSuffix(fmt.Sprintf(both, "categories"), "write ") + "remove `categories` and `tags`; Uncategorized, WordPress's category of a post filed under none, is left out",
			"4:1: " + strings.TrimSuffix(fmt.Sprintf(both, "tags"), "write ") + "remove `categories` and `tags`; Uncategorized, WordPress's category of a post filed under none, is left out",
		}},
		{"countries given", "countries: [Niger]\ncategories: [Politics]\ntags: [chad]", []string{
			"4:1: " + fmt.Sprintf(both, "categories") + "topics: [Politics] and countries: [Niger, Chad] in place of `categories`, `tags` and `countries`; chad is a country, which goes in `countries`",
			"5:1: " + fmt.Sprintf(both, "tags") + "topics: [Politics] and countries: [Niger, Chad] in place of `categories`, `tags` and `countries`; chad is a country, which goes in `countries`",
		}},
		{"topics given", "topics: [Politics]\ntags: [Chad, transition]", []string{
			"4:1: error: unknown field `tags` in brief, and `topics` is given too: write topics: [Politics, transition] and countries: [Chad] in place of `tags` and `topics`; Chad is a country, which goes in `countries`",
		}},
		{"ghost", "tags:\n  - Trade\n  - ECOWAS\n  - '#newsletter'\nfeature_image: null", []string{
			"3:1: error: unknown field `tags` in brief, did you mean `topics`? write topics: [Trade, ECOWAS] in place of `tags`; #newsletter is left out, as a Ghost tag that starts with # is an internal one, never shown to readers",
			"7:1: error: unknown field `feature_image` in brief: brief shows no cover image, and one under `params` is shown nowhere; to show the image, put it in the body, as ![what it shows](file)",
		}},
		{"ghost, internal tags alone", "primary_tag: '#a'\ntags: ['#a', '#b']", []string{
			"3:1: error: unknown field `primary_tag` in brief, did you mean `topics`? `primary_tag` and `tags` are both brief's `topics`, which a brief gives once: remove `primary_tag` and `tags`; #a and #b are left out, as Ghost's tags that start with # are internal ones, never shown to readers",
			"4:1: error: unknown field `tags` in brief, did you mean `topics`? `primary_tag` and `tags` are both brief's `topics`, which a brief gives once: remove `primary_tag` and `tags`; #a and #b are left out, as Ghost's tags that start with # are internal ones, never shown to readers",
		}},
		// Obsidian's tags, without a field only Ghost has, are topics,
		// and a field of tags alone that names no country is told of as
		// before; one that names countries gets the line, as docs/templates.md says.
		{"obsidian", "tags: ['#gangs', un]", []string{"3:1: error: unknown field `tags` in brief, did you mean `topics`? brief reads Obsidian's tags as topics: write topics: [gangs, un]"}},
		{"obsidian, a country", "tags: ['#haiti', un]", []string{"3:1: error: unknown field `tags` in brief, did you mean `topics`? brief reads Obsidian's tags as topics: write topics: [un] and countries: [Haiti] in place of `tags`; haiti is a country, which goes in `countries`"}},
		{"tags alone", "tags: [elections, transition]", []string{"3:1: error: unknown field `tags` in brief, did you mean `topics`?"}},
		{"tags alone, a country", "tags: [chad, transition]", []string{"3:1: error: unknown field `tags` in brief, did you mean `topics`? write topics: [transition] and countries: [Chad] in place of `tags`; chad is a country, which goes in `countries`"}},
		{"tags alone, countries alone", "tags: [Kenya, Mali]", []string{"3:1: error: unknown field `tags` in brief, did you mean `topics`? write countries: [Kenya, Mali] in place of `tags`; Kenya and Mali are countries, which go in `countries`"}},
		{"categories alone, a country", "categories: Politics, Niger", []string{"3:1: error: unknown field `categories` in brief, did you mean `topics`? write topics: [Politics] and countries: [Niger] in place of `categories`; Niger is a country, which goes in `countries`"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "---\ntitle: T\n" + tc.lines + "\ndate: 2024\nsources: [S]\n---\nBody.\n"
			_, ds := loadMap(t, map[string]string{"content/briefs/b.md": src}, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, fmt.Sprintf("%d:%d: %s: %s", d.Pos.Line, d.Pos.Col, d.Severity, d.Msg))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("diagnostics\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestSameFieldHint checks that two other generators' names for one
// field of brief (WordPress's `modified` and Ghost's `date_updated`) are
// each told of with the one line to write, or which to keep, where each
// said "did you mean `updated`?", which, followed, gave `updated` twice.
func TestSameFieldHint(t *testing.T) {
	for _, tc := range []struct {
		name, lines string
		want        []string
	}{
		{"alike", "modified: 2024-01-29\ndate_updated: 2024-01-29", []string{
			"3:1: error: unknown field `modified` in brief, did you mean `updated`? `modified` and `date_updated` are both brief's `updated`, which a brief gives once: write updated: 2024-01-29 in place of `modified` and `date_updated`",
			"4:1: error: unknown field `date_updated` in brief, did you mean `updated`? `modified` and `date_updated` are both brief's `updated`, which a brief gives once: write updated: 2024-01-29 in place of `modified` and `date_updated`",
		}},
		{"different", "modified: 2024-01-29\ndate_updated: \"2024-01-30T10:00\"", []string{
			"3:1: error: unknown field `modified` in brief, did you mean `updated`? `modified` and `date_updated` are both brief's `updated`, which a brief gives once: keep the one that is right, as `updated`, and remove the other",
			"4:1: error: unknown field `date_updated` in brief, did you mean `updated`? `modified` and `date_updated` are both brief's `updated`, which a brief gives once: keep the one that is right, as `updated`, and remove the other",
		}},
		{"three", "date_published: 2024-01-29\npublished_at: 2024-01-29\ndate_gmt: 2024-01-28", []string{
			"3:1: error: unknown field `date_published` in brief, did you mean `date`? `date_published`, `published_at` and `date_gmt` are all brief's `date`, which a brief gives once: keep the one that is right, as `date`, and remove the others",
			"4:1: error: unknown field `published_at` in brief, did you mean `date`? `date_published`, `published_at` and `date_gmt` are all brief's `date`, which a brief gives once: keep the one that is right, as `date`, and remove the others",
			"5:1: error: unknown field `date_gmt` in brief, did you mean `date`? `date_published`, `published_at` and `date_gmt` are all brief's `date`, which a brief gives once: keep the one that is right, as `date`, and remove the others",
		}},
		{"alone", "modified: 2024-01-29", []string{"3:1: error: unknown field `modified` in brief, did you mean `updated`?"}},
		{"beside updated", "updated: 2024-01-29\nmodified: 2024-01-29", []string{"4:1: error: unknown field `modified` in brief, and `updated` is given too: keep one of the two, as `updated`, and remove `modified`"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "---\ntitle: T\n" + tc.lines + "\nsources: [S]\n---\nBody.\n"
			_, ds := loadMap(t, map[string]string{"content/briefs/b.md": src}, Options{})
			var got []string
			for _, d := range ds {
				if d.Severity == diag.Error {
					got = append(got, fmt.Sprintf("%d:%d: %s: %s", d.Pos.Line, d.Pos.Col, d.Severity, d.Msg))
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("diagnostics\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestEntities checks that an HTML character reference in a brief's
// title or summary, which pages show as written, is warned of at its
// column, with the text to write, and that a & alone, or before a name
// HTML does not know, is not.
func TestEntities(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{`title: "Chad&#8217;s transition"`, "2:13: warning: `title` holds the HTML entity &#8217;, shown as written: write the character (’)"},
		{`title: "Chad&#8217;s transition &amp; the AU"`, "2:13: warning: `title` holds the HTML entities &#8217; and &amp;, shown as written: write the characters, as \"Chad’s transition & the AU\""},
		{`title: Chad&#x2019;s transition`, "2:12: warning: `title` holds the HTML entity &#x2019;, shown as written: write the character (’)"},
		{"title: T\nsummary: Pledges reached &euro;414 million&#8230;", "3:26: warning: `summary` holds the HTML entities &euro; and &#8230;, shown as written: write the characters, as \"Pledges reached €414 million…\""},
		{"title: T\nsummary: \"A&nbsp;B\"", "3:12: warning: `summary` holds the HTML entity &nbsp;, shown as written: write a space"},
		{"title: >-\n  Chad&#8217;s\n  transition", "2:8: warning: `title` holds the HTML entity &#8217;, shown as written: write the character (’)"},
		{"title: Fish & chips", ""},
		{"title: AT&T; R&D", ""},
		{"title: T\nsummary: \"&bogus; & &amp\"", ""},
	} {
		t.Run(tc.line, func(t *testing.T) {
			src := "---\n" + tc.line + "\ndate: 2024\nsources: [S]\n---\nBody.\n"
			_, ds := loadMap(t, map[string]string{"content/briefs/b.md": src}, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, fmt.Sprintf("%d:%d: %s: %s", d.Pos.Line, d.Pos.Col, d.Severity, d.Msg))
			}
			var want []string
			if tc.want != "" {
				want = []string{tc.want}
			}
			if !slices.Equal(got, want) {
				t.Errorf("diagnostics %q, want %q", got, want)
			}
		})
	}
}

// TestFlowList checks that a suggested flow list reads back, in YAML, as
// the names it was made of.
func TestFlowList(t *testing.T) {
	names := []string{"Security", "West Africa", "*featured", "@home", "yes", "null", "12", "1.5", "true", "Côte d’Ivoire", "a: b", "#x", "- dash", "`tick", "%pct", "!tag", "&anchor", "|pipe", ">fold", "?q", "ok?", "it's"}
	line := flowList(names)
	var got []any
	if err := yaml.Unmarshal([]byte(line), &got); err != nil {
		t.Fatalf("%s does not parse: %v", line, err)
	}
	if len(got) != len(names) {
		t.Fatalf("%s reads as %d items", line, len(got))
	}
	for i, g := range got {
		if s, ok := g.(string); !ok || s != names[i] {
			t.Errorf("%q reads back as %#v in %s", names[i], g, line)
		}
	}
	if want := "[Security, West Africa"; !strings.HasPrefix(line, want) {
		t.Errorf("plain names are quoted: %s", line)
	}
}
