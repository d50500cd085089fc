package resolve

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// TestSourceIDs checks that sources sharing a title are told apart by
// their publishers and dates, so that one cited later takes no ID another
// had.
func TestSourceIDs(t *testing.T) {
	d := func(s string) date.Date {
		v, err := date.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	src := func(title, publisher, when string) *site.Source {
		s := &site.Source{Title: title, Publisher: publisher}
		if when != "" {
			s.Date = d(when)
		}
		return s
	}
	for _, tc := range []struct {
		name string
		list []*site.Source
		want []string
	}{
		{"apart", []*site.Source{src("Report", "Paper A", ""), src("Statement", "", "")}, []string{"report", "statement"}},
		{"one title", []*site.Source{src("Report", "Paper A", ""), src("Report", "Paper B", "")}, []string{"report-paper-a", "report-paper-b"}},
		{"a third, first", []*site.Source{src("Report", "AP", ""), src("Report", "Paper A", ""), src("Report", "Paper B", "")}, []string{"report-ap", "report-paper-a", "report-paper-b"}},
		{"by date", []*site.Source{src("Report", "AP", "2025-05"), src("Report", "AP", "2025-06-01")}, []string{"report-ap-2025-05", "report-ap-2025-06-01"}},
		{"alike but for the URL", []*site.Source{src("Report", "AP", ""), src("Report", "AP", "")}, []string{"report-ap", "report-ap-2"}},
		{"a title like a made id", []*site.Source{src("Report", "AP", ""), src("Report", "UN", ""), src("Report UN", "", "")}, []string{"report-ap", "report-un-2", "report-un"}},
		{"the same, one shared title gone", []*site.Source{src("Report", "UN", ""), src("Report UN", "", "")}, []string{"report", "report-un"}},
		{"no title", []*site.Source{src("", "", ""), src("!!", "", "")}, []string{"source", "source-2"}},
	} {
		if got := sourceIDs(tc.list, slug.Make); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestNotesPerCitation checks that briefs citing one source at three
// pages keep each its own note, the source one entry, without a warning.
func TestNotesPerCitation(t *testing.T) {
	cite := func(date, note string) string {
		return "---\ntitle: B" + date + "\ndate: " + date + "\nsources:\n  - {title: Report, publisher: UN, url: \"https://x.org/r\", note: \"" + note + "\"}\n---\nText.\n"
	}
	s, ds := resolveMap(t, map[string]string{
		"content/briefs/a.md": cite("2025-01", "p. 3, para. 10"),
		"content/briefs/b.md": cite("2025-02", "p. 6, para. 20"),
		"content/briefs/c.md": cite("2025-03", "p. 9, para. 30"),
	})
	if len(ds) != 0 {
		t.Errorf("diagnostics: %v", ds)
	}
	if len(s.Sources) != 1 {
		t.Fatalf("%d sources, want 1", len(s.Sources))
	}
	src := s.Sources[0]
	want := map[string]string{"a": "p. 3, para. 10", "b": "p. 6, para. 20", "c": "p. 9, para. 30"}
	for _, b := range s.Briefs {
		if c := b.Sources[0]; c.Source != src || c.Note != want[b.Slug] {
			t.Errorf("brief %s cites %p with note %q, want %p with %q", b.Slug, c.Source, c.Note, src, want[b.Slug])
		}
		if c := src.CitationIn(b); c == nil || c.Note != want[b.Slug] {
			t.Errorf("the source's citation in %s: %+v", b.Slug, c)
		}
	}
	if n := src.Note(); n != "" {
		t.Errorf("the source's own note is %q, want none: the briefs' differ", n)
	}
}

// TestAuthors checks that citations by authors spelt alike are one
// source, and that another author makes another, warned of where they
// share a URL.
func TestAuthors(t *testing.T) {
	s, ds := resolveMap(t, map[string]string{
		"content/briefs/a.md": "---\ntitle: A\ndate: 2025-01\nsources:\n  - {title: Report, author: \"A. NAME; B. NAME\", url: \"https://x.org/r\"}\n---\nText.\n",
		"content/briefs/b.md": "---\ntitle: B\ndate: 2025-02\nsources:\n  - {title: Report, author: \"A. Name; B. Name\", url: \"https://x.org/r\", accessed: 2025-05-03}\n---\nText.\n",
		"content/briefs/d.md": "---\ntitle: D\ndate: 2025-02-15\nsources:\n  - {title: Report, author: \"A. Name; B. Name\", url: \"https://x.org/r\"}\n---\nText.\n",
		"content/briefs/c.md": "---\ntitle: C\ndate: 2025-03\nsources:\n  - {title: Report, author: C. Name, url: \"https://x.org/r\"}\n---\nText.\n",
	})
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{`content/briefs/c.md:5:5: warning: this source's url is also that of "Report" (A. Name; B. Name), cited at content/briefs/a.md:5; they differ in author ("C. Name" and "A. Name; B. Name"), so the sources page lists two: write them alike`}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(s.Sources) != 2 || len(s.Sources[0].Briefs) != 3 {
		t.Errorf("%d sources, the first cited by %d briefs; want 2, and 3", len(s.Sources), len(s.Sources[0].Briefs))
	}
}

// TestAuthorVariants checks that sources of one title, publisher and
// date, without two URLs apart, whose authors may be one written
// otherwise ("J. Doe" and "Jane Doe") are warned of at the author of the
// one cited later, and listed apart: "J. Doe" may be John Doe.
func TestAuthorVariants(t *testing.T) {
	cite := func(author, date, url string) string {
		s := "  - title: Report\n    author: \"" + author + "\"\n    publisher: UN\n    date: " + date + "\n"
		if url != "" {
			s += "    url: " + url + "\n"
		}
		return s
	}
	brief := func(title string, cites ...string) string {
		return "---\ntitle: " + title + "\ndate: 2025\nsources:\n" + strings.Join(cites, "") + "---\nText.\n"
	}
	const jDoe = `"Report" (J. Doe, UN, May 2024), cited at content/briefs/a.md:5`
	for _, tc := range []struct {
		name    string
		b, c    string // the authors, dates and URLs cited by briefs b and c, after a's "J. Doe"
		want    []string
		sources int
	}{
		{"an initial", cite("Jane Doe", "2024-05", ""), "", []string{
			`content/briefs/b.md:6:13: warning: this source's author, "Jane Doe", may be the "J. Doe" of ` + jDoe + `: if it is that source, write its author alike in both; the sources page lists two`}, 2},
		{"last name first", cite("Doe, Jane", "2024-05", ""), "", []string{
			`content/briefs/b.md:6:13: warning: this source's author, "Doe, Jane", may be the "J. Doe" of ` + jDoe + `: if it is that source, write its author alike in both; the sources page lists two`}, 2},
		{"its URL in one", cite("Jane Doe", "2024-05", "https://x.org/r"), "", []string{
			`content/briefs/b.md:6:13: warning: this source's author, "Jane Doe", may be the "J. Doe" of ` + jDoe + `: if it is that source, write its author alike in both; the sources page lists two`}, 2},
		{"three", cite("Jane Doe", "2024-05", ""), cite("Doe", "2024-05", ""), []string{
			`content/briefs/b.md:6:13: warning: this source's author, "Jane Doe", may be the "J. Doe" of ` + jDoe + `: if it is that source, write its author alike in both; the sources page lists two`,
			`content/briefs/c.md:6:13: warning: this source's author, "Doe", may be that of two sources of its title (` + jDoe + `; "Report" (Jane Doe, UN, May 2024), cited at content/briefs/b.md:5): if it is one of them, write its author alike; the sources page lists three`}, 3},
		{"spelt alike", cite("j doe", "2024-05", ""), "", nil, 1},
		{"another person", cite("John Smith", "2024-05", ""), "", nil, 2},
		{"another initial", cite("K. Doe", "2024-05", ""), "", nil, 2},
		{"another date", cite("Jane Doe", "2024-06", ""), "", nil, 2},
		{"a co-author more", cite("J. Doe; A. Roe", "2024-05", ""), "", nil, 2},
	} {
		files := map[string]string{"content/briefs/a.md": brief("A", cite("J. Doe", "2024-05", "")), "content/briefs/b.md": brief("B", tc.b)}
		if tc.c != "" {
			files["content/briefs/c.md"] = brief("C", tc.c)
		}
		s, ds := resolveMap(t, files)
		var got []string
		for _, d := range ds {
			got = append(got, d.String())
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: diagnostics:\n%s\nwant:\n%s", tc.name, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
		}
		if len(s.Sources) != tc.sources {
			t.Errorf("%s: %d sources, want %d", tc.name, len(s.Sources), tc.sources)
		}
	}
	// Two articles of one title, by authors alike, are not warned of.
	_, ds := resolveMap(t, map[string]string{
		"content/briefs/a.md": brief("A", cite("J. Doe", "2024-05", "https://x.org/a")),
		"content/briefs/b.md": brief("B", cite("Jane Doe", "2024-05", "https://x.org/b")),
	})
	if len(ds) != 0 {
		t.Errorf("two articles: %v", ds)
	}
}

// TestLocalSources checks that a source's url from the site's root must
// name a file of static/ or of a brief's folder, told at each citation's
// url value.
func TestLocalSources(t *testing.T) {
	s, ds := resolveMap(t, map[string]string{
		"static/files/report.pdf":   "%PDF",
		"content/briefs/b/index.md": "---\ntitle: B\ndate: 2025-01\nsources:\n  - {title: Map, url: /briefs/b/map.png}\n  - {title: Chart, url: /briefs/b/chart.png}\n---\nText.\n",
		"content/briefs/b/map.png":  "PNG",
		"content/briefs/a.md":       "---\ntitle: A\ndate: 2025-02\nsources:\n  - {title: Report, url: \"/files/report.pdf#page=3\"}\n  - {title: Annex, url: /files/annex.pdf}\n  - {title: Other, url: /briefs/c/x.png}\n---\nText.\n",
		"content/briefs/c.md":       "---\ntitle: C\ndate: 2025-03\nsources:\n  - {title: Annex, url: /files/annex.pdf}\n---\nText.\n",
		"content/briefs/d.md":       "---\ntitle: D\ndate: 2025-04\nsources:\n  - title: Gone\n    url: /files/gone.pdf\n---\nText.\n",
	})
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		`content/briefs/a.md:6:25: error: source url "/files/annex.pdf" names no file of the site: there is no static/files/annex.pdf`,
		`content/briefs/a.md:7:25: error: source url "/briefs/c/x.png" names no file of the site: there is no static/briefs/c/x.png, and no x.png in the folder of brief c`,
		`content/briefs/b/index.md:6:25: error: source url "/briefs/b/chart.png" names no file of the site: there is no static/briefs/b/chart.png, and no chart.png in the folder of brief b`,
		`content/briefs/c.md:5:25: error: source url "/files/annex.pdf" names no file of the site: there is no static/files/annex.pdf`,
		`content/briefs/d.md:6:10: error: source url "/files/gone.pdf" names no file of the site: there is no static/files/gone.pdf`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(s.Sources) != 6 {
		t.Errorf("%d sources, want 6", len(s.Sources))
	}
}

// variantBrief returns a brief dated date citing the article "Report"
// at url, its publisher spelt publisher.
func variantBrief(date, url, publisher string) string {
	return "---\ntitle: B" + date + "\ndate: " + date + "\nsources:\n  - {title: Report, publisher: " + publisher + ", url: \"" + url + "\"}\n---\nText.\n"
}

// TestURLVariants checks that citations of one article, their URLs in
// five forms and its publisher spelt two ways, are one source, shown as
// most cite it whatever the briefs' order, with a warning at each other
// form of what it adds, and that a new form cited later leaves every ID
// as it was.
func TestURLVariants(t *testing.T) {
	files := map[string]string{
		"content/briefs/a.md": variantBrief("2025-01", "https://x.org/a", "Wire"),
		"content/briefs/b.md": variantBrief("2025-02", "https://x.org/a/", "wire"),
		"content/briefs/c.md": variantBrief("2025-03", "http://x.org/a", "Wire"),
		"content/briefs/d.md": variantBrief("2025-04", "https://www.x.org/a?utm_source=tw&utm_medium=social", "Wire"),
		"content/briefs/e.md": variantBrief("2025-05", "https://x.org/a#comments", "WIRE"),
		"content/briefs/f.md": variantBrief("2025-06", "https://x.org/a", "Wire"),
		// Another report of the same title, elsewhere.
		"content/briefs/g.md": variantBrief("2025-07", "https://y.org/report", "Other"),
	}
	s, ds := resolveMap(t, files)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	shown := `"https://x.org/a", which the sources page shows for "Report" (Wire), as cited at content/briefs/a.md:5`
	want := []string{
		`content/briefs/b.md:5:5: warning: this citation's url, "https://x.org/a/", is another form of ` + shown + `: it has a slash at the end; write it so`,
		`content/briefs/c.md:5:5: warning: this citation's url, "http://x.org/a", is another form of ` + shown + `: it has "http:" for "https:"; write it so`,
		`content/briefs/d.md:5:5: warning: this citation's url, "https://www.x.org/a?utm_source=tw&utm_medium=social", is another form of ` + shown + `: it has "www.", "utm_medium=social" and "utm_source=tw"; write it so`,
		`content/briefs/e.md:5:5: warning: this citation's url, "https://x.org/a#comments", is another form of ` + shown + `: it has "#comments"; write it so`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var ids []string
	for _, src := range s.Sources {
		ids = append(ids, fmt.Sprintf("%s %s %s %d", src.ID, src.Publisher, src.URL, len(src.Briefs)))
	}
	if want := []string{"report-other Other https://y.org/report 1", "report-wire Wire https://x.org/a 6"}; !slices.Equal(ids, want) {
		t.Errorf("sources %q, want %q", ids, want)
	}

	// A new form, in a brief newer than all, changes nothing shown.
	files["content/briefs/h.md"] = variantBrief("2025-08", "http://www.x.org/a/", "wire")
	s, ds = resolveMap(t, files)
	var again []string
	for _, src := range s.Sources {
		again = append(again, fmt.Sprintf("%s %s %s %d", src.ID, src.Publisher, src.URL, len(src.Briefs)))
	}
	if want := []string{"report-other Other https://y.org/report 1", "report-wire Wire https://x.org/a 7"}; !slices.Equal(again, want) {
		t.Errorf("with a new form, sources %q, want %q", again, want)
	}
	if n := len(ds); n != 5 {
		t.Errorf("with a new form, %d warnings, want 5: %v", n, ds)
	}
}

// TestSharedURLGroups checks that sources apart that share a URL in its
// forms are warned of once, with the number the sources page lists.
func TestSharedURLGroups(t *testing.T) {
	_, ds := resolveMap(t, map[string]string{
		"content/briefs/a.md": "---\ntitle: A\ndate: 2025-01\nsources:\n  - {title: Report, url: \"https://x.org/a\"}\n---\nText.\n",
		"content/briefs/b.md": "---\ntitle: B\ndate: 2025-02\nsources:\n  - {title: Summary, url: \"https://x.org/a/\"}\n---\nText.\n",
		"content/briefs/c.md": "---\ntitle: C\ndate: 2025-03\nsources:\n  - {title: Annex, url: \"http://x.org/a\"}\n---\nText.\n",
	})
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{`content/briefs/a.md:5:5: warning: this source's url, in one form or another, is also that of "Annex", cited at content/briefs/c.md:5, and of "Summary", cited at content/briefs/b.md:5; they differ in title ("Report", "Annex" and "Summary"), url ("https://x.org/a", "http://x.org/a" and "https://x.org/a/"), so the sources page lists three: write them alike`}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSourceIDsStableWithVariants checks that two sources of one title,
// publisher and date, told apart by their URLs, keep their IDs when
// citations of one of them in other forms of its URL, or its publisher
// spelt otherwise, come to outnumber the form it showed.
func TestSourceIDsStableWithVariants(t *testing.T) {
	brief := func(d, url, publisher string) string {
		return "---\ntitle: B" + d + "\ndate: " + d + "\nsources:\n  - {title: Report, publisher: " + publisher + ", date: 2024, url: \"" + url + "\"}\n---\nText.\n"
	}
	files := map[string]string{
		"content/briefs/a.md": brief("2025-01", "https://c.org/r", "UN"),
		"content/briefs/b.md": brief("2025-02", "https://d.org/r", "UN"),
	}
	ids := func() []string {
		s, _ := resolveMap(t, files)
		var got []string
		for _, src := range s.Sources {
			got = append(got, src.ID+" "+site.ArticleKey(src.URL))
		}
		slices.Sort(got)
		return got
	}
	want := []string{"report-un-2024 c.org/r", "report-un-2024-2 d.org/r"}
	if got := ids(); !slices.Equal(got, want) {
		t.Fatalf("sources %q, want %q", got, want)
	}
	files["content/briefs/c.md"] = brief("2025-03", "https://www.c.org/r", "UN")
	files["content/briefs/d.md"] = brief("2025-04", "https://www.c.org/r", "UN")
	if got := ids(); !slices.Equal(got, want) {
		t.Errorf("with its URL in another form most often, sources %q, want %q", got, want)
	}
	files["content/briefs/e.md"] = brief("2025-05", "https://www.c.org/r", "un")
	files["content/briefs/f.md"] = brief("2025-06", "https://www.c.org/r", "un")
	files["content/briefs/g.md"] = brief("2025-07", "https://www.c.org/r", "un")
	files["content/briefs/h.md"] = brief("2025-08", "https://www.c.org/r", "un")
	if got := ids(); !slices.Equal(got, want) {
		t.Errorf("with its publisher spelt otherwise most often, sources %q, want %q", got, want)
	}
}

// TestUncitedDespiteErrors checks that a brief with no `sources` is
// warned of as citing none whatever errors its other fields have, and
// not when its `sources`, or its front matter as a whole, has errors
// that may have left its citations out.
func TestUncitedDespiteErrors(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		warned    bool
	}{
		{"valid", "---\ntitle: T\ndate: 2024\n---\nx\n", true},
		{"an unknown field", "---\ntitle: T\ndate: 2024\nbogus: 1\n---\nx\n", true},
		{"an invalid date", "---\ntitle: T\ndate: 2024-13\n---\nx\n", true},
		{"a title in error", "---\ntitle: [a, b]\ndate: 2024\n---\nx\n", true},
		{"another generator's name for sources", "---\ntitle: T\ndate: 2024\nreferences: [S]\n---\nx\n", true},
		{"an empty list", "---\ntitle: T\ndate: 2024\nsources: []\nbogus: 1\n---\nx\n", true},
		{"a source without a title", "---\ntitle: T\ndate: 2024\nsources: [{publisher: P}]\n---\nx\n", false},
		{"sources not a list", "---\ntitle: T\ndate: 2024\nsources: 5\n---\nx\n", false},
		{"a bad URL", "---\ntitle: T\ndate: 2024\nsources:\n  - {title: S, url: \"javascript:x\"}\n---\nx\n", false},
		{"sources given twice", "---\ntitle: T\ndate: 2024\nsources: []\nsources: [S]\n---\nx\n", false},
		{"no front matter", "Text.\n", false},
		{"a source cited, another field in error", "---\ntitle: T\ndate: 2024-13\nsources: [S]\n---\nx\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var diags diag.List
			s := load.Load(fstest.MapFS{"content/briefs/b.md": {Data: []byte(tc.src)}}, load.Options{}, &diags)
			Resolve(s, &diags)
			var warned bool
			for _, d := range diags.Sorted() {
				warned = warned || d.Pos.File == "content/briefs/b.md" && d.Severity == diag.Warning && d.Msg == "brief cites no sources"
			}
			if warned != tc.warned {
				t.Errorf("warned of citing no sources: %v, want %v; diagnostics:\n%v", warned, tc.warned, diags.Sorted())
			}
		})
	}
}
