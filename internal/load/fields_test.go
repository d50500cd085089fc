package load

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefsite/brief/internal/diag"
)

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
		{"a ..", "[/actors/x/../y/]", nil, []string{"actors/y/index.html"},
			"content/actors/a.md:3:11: warning: `aliases`: alias \"/actors/x/../y/\" is the address \"/actors/y/\", as a .. takes back the part before it: write it so"},
		{"a .. climbing", "[/../actors/y/]", nil, nil,
			"content/actors/a.md:3:11: error: `aliases`: alias \"/../actors/y/\" climbs above the site root (an alias that starts or ends with / is an old address of the profile's page; a name is written without the slash)"},
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
