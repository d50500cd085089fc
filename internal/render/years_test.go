package render_test

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/check"
	"github.com/briefsite/brief/internal/render"
)

// timelineSite has eight timeline entries over 2023, 2024 and two
// "until 2022" whose start is not known, and five briefs: two of 2024,
// one of 2023, one until 2022 and one undated, with an event of 2023.
// All but B name Ann, who has three timeline entries and four briefs. A's
// text links to B, as the printable briefing shows it.
func timelineSite(pretty bool) fstest.MapFS {
	conf := "title: Years\n"
	if pretty {
		conf += "pretty_urls: true\n"
	}
	return fstest.MapFS{
		"brief.yaml":           {Data: []byte(conf)},
		"content/briefs/a.md":  {Data: []byte("---\ntitle: A\ndate: 2024-05\nactors: [Ann]\nsources: [{title: S}]\nevents:\n  - {date: 2023-02, text: Early}\n  - {date: \"../2022\", text: Until}\n---\nA, after [[B]].\n")},
		"content/briefs/b.md":  {Data: []byte("---\ntitle: B\ndate: 2023-07-01\nsources: [{title: S}]\n---\nB.\n")},
		"content/briefs/c.md":  {Data: []byte("---\ntitle: C\ndate: 2024\nactors: [Ann]\nsources: [{title: S}]\nevents:\n  - {date: 2024-12-31, text: Late}\n---\nC.\n")},
		"content/briefs/un.md": {Data: []byte("---\ntitle: Undated\nactors: [Ann]\nsources: [{title: S}]\nevents:\n  - {date: 2023-03, text: Undated's event}\n---\nU.\n")},
		"content/briefs/z.md":  {Data: []byte("---\ntitle: Z\ndate: \"../2022\"\nactors: [Ann]\nsources: [{title: S}]\n---\nZ.\n")},
	}
}

// renderTimeline builds fsys and renders it with the given split.
func renderTimeline(t *testing.T, fsys fstest.MapFS, perYear int) map[string][]byte {
	t.Helper()
	res := build.Build(context.Background(), fsys, build.Options{})
	if res.Diags.HasErrors() {
		t.Fatalf("the site has errors:\n%v", res.Diags)
	}
	list, err := render.Render(res.Site, render.Options{SiteFS: fsys, PerYearAbove: perYear})
	if err != nil {
		t.Fatal(err)
	}
	files, err := render.Files(list, fsys)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// checkSplit reports every broken link of files, and the problems
// checkPage finds on the HTML pages whose names start with prefix.
func checkSplit(t *testing.T, files map[string][]byte, prefix string) {
	t.Helper()
	for _, d := range check.Links(files) {
		t.Error(d)
	}
	for _, name := range sortedKeys(files) {
		if strings.HasPrefix(name, prefix) && strings.HasSuffix(name, ".html") {
			for _, p := range checkPage(files[name]) {
				t.Errorf("%s: %s", name, p)
			}
		}
	}
}

// briefTitles matches the title of each brief a list shows.
var briefTitles = regexp.MustCompile(`<h3 class="brief-item-title"><a href="[^"]*">([^<]*)</a>`)

// joined returns the first group of each match of re in data, joined by
// spaces.
func joined(re *regexp.Regexp, data []byte) string {
	var out []string
	for _, m := range re.FindAllSubmatch(data, -1) {
		out = append(out, string(m[1]))
	}
	return strings.Join(out, " ")
}

// TestTimelinePerYear checks the timeline split by year: an index of the
// years, a page per year with the year's entries, a way to the next and
// previous year, and the brief pages' links to their year; every link
// and fragment resolves, with and without pretty URLs.
func TestTimelinePerYear(t *testing.T) {
	hrefs := regexp.MustCompile(`href="([^"]*)"`)
	for _, pretty := range []bool{false, true} {
		files := renderTimeline(t, timelineSite(pretty), 3)
		for _, d := range check.Links(files) {
			t.Errorf("pretty %v: %s", pretty, d)
		}
		for _, name := range sortedKeys(files) {
			if strings.HasPrefix(name, "timeline/") {
				for _, p := range checkPage(files[name]) {
					t.Errorf("pretty %v: %s: %s", pretty, name, p)
				}
			}
		}
		index := string(files["timeline/index.html"])
		var years []string
		for _, m := range regexp.MustCompile(`<li><a href="([^"]*)"><span class="year-label">`).FindAllStringSubmatch(index, -1) {
			years = append(years, m[1])
		}
		want := []string{"../timeline/earlier/index.html", "../timeline/2023/index.html", "../timeline/2024/index.html"}
		if pretty {
			want = []string{"../timeline/earlier/", "../timeline/2023/", "../timeline/2024/"}
		}
		if !slices.Equal(years, want) {
			t.Errorf("pretty %v: the index links to years %q, want %q", pretty, years, want)
		}
		if strings.Contains(index, `class="event`) {
			t.Errorf("pretty %v: the index of years shows events", pretty)
		}
		for page, want := range map[string][]string{
			"timeline/earlier/index.html": {"2 of 8 entries", "Until", ">Z</a>", `aria-current="page">Earlier<`, `rel="next" href="../../timeline/2023/`},
			"timeline/2023/index.html":    {"3 of 8 entries", "Early", "Undated&#39;s event", ">B</a>", `aria-current="page">2023<`, `rel="prev" href="../../timeline/earlier/`, `rel="next" href="../../timeline/2024/`},
			"timeline/2024/index.html":    {"3 of 8 entries", ">A</a>", ">C</a>", "Late", `aria-current="page">2024<`, `rel="prev" href="../../timeline/2023/`},
		} {
			got := string(files[page])
			for _, w := range want {
				if !strings.Contains(got, w) {
					t.Errorf("pretty %v: %s lacks %q", pretty, page, w)
				}
			}
			if strings.Count(got, "<h1") != 1 {
				t.Errorf("pretty %v: %s has %d h1", pretty, page, strings.Count(got, "<h1"))
			}
		}
		if got := string(files["timeline/2024/index.html"]); strings.Contains(got, `rel="next"`) || strings.Contains(got, "Early") {
			t.Errorf("pretty %v: the last year links on, or shows 2023's entries", pretty)
		}
		var toYear []string
		for _, m := range hrefs.FindAllStringSubmatch(string(files["briefs/a/index.html"]), -1) {
			if strings.Contains(m[1], "timeline/") {
				toYear = append(toYear, m[1])
			}
		}
		wantYear := "../../timeline/2024/index.html#y2024"
		if pretty {
			wantYear = "../../timeline/2024/#y2024"
		}
		if !slices.Contains(toYear, wantYear) {
			t.Errorf("pretty %v: brief a links to the timeline at %q, want %q among them", pretty, toYear, wantYear)
		}
		// An undated brief is not on the timeline: its link goes to the
		// year of its event.
		wantYear = "../../timeline/2023/index.html#y2023"
		if pretty {
			wantYear = "../../timeline/2023/#y2023"
		}
		if !strings.Contains(string(files["briefs/un/index.html"]), `href="`+wantYear+`"`) {
			t.Errorf("pretty %v: the undated brief does not link to %s, the year of its event", pretty, wantYear)
		}
	}
}

// TestTimelineOnePage checks that a timeline of no more entries than the
// split is one page, as before, with the brief pages linking into it.
func TestTimelineOnePage(t *testing.T) {
	for _, perYear := range []int{0, 8} { // the default; exactly the number of entries
		files := renderTimeline(t, timelineSite(false), perYear)
		for _, d := range check.Links(files) {
			t.Errorf("split %d: %s", perYear, d)
		}
		for name := range files {
			if strings.HasPrefix(name, "timeline/") && name != "timeline/index.html" {
				t.Errorf("split %d: %s built for a timeline of 8 entries", perYear, name)
			}
		}
		tl := string(files["timeline/index.html"])
		for _, want := range []string{"8 entries", `id="y-earlier"`, `id="y2023"`, `id="y2024"`, "Late"} {
			if !strings.Contains(tl, want) {
				t.Errorf("split %d: timeline/index.html lacks %q", perYear, want)
			}
		}
		if !strings.Contains(string(files["briefs/a/index.html"]), `href="../../timeline/index.html#y2024"`) {
			t.Errorf("split %d: brief a does not link to its year on the timeline page", perYear)
		}
	}
}

// TestBriefListPerYear checks the list of briefs split by year: the
// latest briefs with the years' links and a link on from them, and a page
// per year, "Earlier" and "Undated" included, with every link resolving.
func TestBriefListPerYear(t *testing.T) {
	files := renderTimeline(t, timelineSite(false), 3)
	checkSplit(t, files, "briefs/")
	shown := func(page string) string { return joined(briefTitles, files[page]) }
	for page, want := range map[string]string{
		"briefs/index.html":                 "A C B", // the latest three, as many as the split
		"briefs/by-year/2024/index.html":    "A C",
		"briefs/by-year/2023/index.html":    "B",
		"briefs/by-year/earlier/index.html": "Z",
		"briefs/by-year/undated/index.html": "Undated",
	} {
		if got := shown(page); got != want {
			t.Errorf("%s shows %q, want %q", page, got, want)
		}
	}
	index := string(files["briefs/index.html"])
	for _, want := range []string{
		"5 briefs",
		`<a href="../briefs/by-year/2024/index.html">2024</a>`,
		`<a href="../briefs/by-year/undated/index.html">Undated</a>`,
		`<a href="../briefs/by-year/earlier/index.html">More briefs: Earlier`, // Z comes after the three shown
	} {
		if !strings.Contains(index, want) {
			t.Errorf("briefs/index.html lacks %q", want)
		}
	}
	for page, want := range map[string][]string{
		"briefs/by-year/2024/index.html":    {"2 of 5 briefs", `aria-current="page">2024<`, `rel="next" href="../../../briefs/by-year/2023/`},
		"briefs/by-year/earlier/index.html": {`<h2 class="list-year" id="y-earlier">Earlier</h2>`, `rel="prev" href="../../../briefs/by-year/2023/`, `rel="next" href="../../../briefs/by-year/undated/`},
	} {
		for _, w := range want {
			if !strings.Contains(string(files[page]), w) {
				t.Errorf("%s lacks %q", page, w)
			}
		}
	}
	// Unsplit, the list shows every brief, with "until 2022" under
	// Earlier, not Undated.
	files = renderTimeline(t, timelineSite(false), 0)
	if got := string(files["briefs/index.html"]); !strings.Contains(got, `<h2 class="list-year" id="y-earlier">Earlier</h2>`) || strings.Contains(got, "by-year") {
		t.Error("the unsplit list of briefs lacks its Earlier heading or links to pages by year")
	}
}

// TestProfilePerYear checks a profile split by year: the profile with the
// latest briefs, the years' links and a link on from them, and a page
// per year with the entity's entries and briefs of the year, every link
// resolving.
func TestProfilePerYear(t *testing.T) {
	files := renderTimeline(t, timelineSite(false), 3)
	checkSplit(t, files, "actors/ann/")
	shown := func(page string) string { return joined(briefTitles, files[page]) }
	years := regexp.MustCompile(`<nav class="year-nav" aria-label="Years"><ul>(.*?)</ul></nav>`)
	for page, want := range map[string]struct{ briefs, years string }{
		"actors/ann/index.html":         {"A C Z", `Earlier 2024 Undated`},
		"actors/ann/earlier/index.html": {"Z", `Earlier* 2024 Undated`},
		"actors/ann/2024/index.html":    {"A C", `Earlier 2024* Undated`},
		"actors/ann/undated/index.html": {"Undated", `Earlier 2024 Undated*`},
	} {
		if got := shown(page); got != want.briefs {
			t.Errorf("%s shows briefs %q, want %q", page, got, want.briefs)
		}
		m := years.FindStringSubmatch(string(files[page]))
		if m == nil {
			t.Errorf("%s has no years", page)
			continue
		}
		var got []string
		for _, y := range regexp.MustCompile(`<a href="[^"]*"( aria-current="page")?>([^<]*)</a>`).FindAllStringSubmatch(m[1], -1) {
			if y[1] != "" {
				y[2] += "*"
			}
			got = append(got, y[2])
		}
		if strings.Join(got, " ") != want.years {
			t.Errorf("%s links to years %q, want %q", page, got, want.years)
		}
	}
	for page, want := range map[string][]string{
		"actors/ann/index.html":         {`More briefs: Undated`, "3 entries, a page per year"},
		"actors/ann/2024/index.html":    {"<h1>Ann: 2024</h1>", `Whole profile</a>`, `rel="prev" href="../../../actors/ann/earlier/`, `rel="next" href="../../../actors/ann/undated/`, `id="y2024"`},
		"actors/ann/undated/index.html": {"No entries without a date.", `rel="prev" href="../../../actors/ann/2024/`},
	} {
		for _, w := range want {
			if !strings.Contains(string(files[page]), w) {
				t.Errorf("%s lacks %q", page, w)
			}
		}
	}
	if strings.Contains(string(files["actors/ann/index.html"]), `class="event`) {
		t.Error("the profile split by year shows timeline entries")
	}
	if !strings.Contains(string(files["actors/ann/index.html"]), `class="plain sources-compact"`) ||
		strings.Contains(string(files["actors/ann/2024/index.html"]), `class="plain sources-compact"`) {
		t.Error("the long lists of the sidebar are not on the whole profile alone")
	}
	// Ann's three entries and four briefs are counted together: each list
	// is under a split at five, the page is not.
	files = renderTimeline(t, timelineSite(false), 5)
	if _, ok := files["actors/ann/2024/index.html"]; !ok {
		t.Error("a profile of seven entries and briefs is not split at five")
	}
	if got := shown("actors/ann/index.html"); got != "A C Z Undated" || strings.Contains(string(files["actors/ann/index.html"]), `class="event`) {
		t.Errorf("the profile split at five shows briefs %q, or timeline entries", got)
	}
	// Unsplit, the profile shows every entry and brief on one page.
	files = renderTimeline(t, timelineSite(false), 0)
	if got := shown("actors/ann/index.html"); got != "A C Z Undated" {
		t.Errorf("the unsplit profile shows briefs %q", got)
	}
	for name := range files {
		if strings.HasPrefix(name, "actors/ann/") && name != "actors/ann/index.html" {
			t.Errorf("%s built for a profile of three entries and four briefs", name)
		}
	}
}

// TestPrintPerYear checks the printable briefing split by year: an index
// of the years, and a page per year with its briefs, oldest first.
func TestPrintPerYear(t *testing.T) {
	files := renderTimeline(t, timelineSite(false), 3)
	checkSplit(t, files, "print/")
	titles := regexp.MustCompile(`<h2 class="print-title"><a href="[^"]*">([^<]*)</a>`)
	for page, want := range map[string]string{
		"print/briefing/index.html": "",
		"print/earlier/index.html":  "Z",
		"print/2023/index.html":     "B",
		"print/2024/index.html":     "C A",
		"print/undated/index.html":  "Undated",
	} {
		if got := joined(titles, files[page]); got != want {
			t.Errorf("%s prints %q, want %q", page, got, want)
		}
	}
	if got := joined(regexp.MustCompile(`<span class="year-label">([^<]*)</span>`), files["print/briefing/index.html"]); got != "Earlier 2023 2024 Undated" {
		t.Errorf("print/briefing/index.html lists the years %q", got)
	}
	if !strings.Contains(string(files["print/2024/index.html"]), "Every brief of 2024 in date order") {
		t.Error("print/2024/index.html does not say which briefs it prints")
	}
	files = renderTimeline(t, timelineSite(false), 0)
	if got := joined(titles, files["print/briefing/index.html"]); got != "Z B C A Undated" { // undated last, as the page says
		t.Errorf("unsplit, the printable briefing prints %q", got)
	}
}
