package render_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// sourcesSite has five briefs, each citing one source: two whose titles
// start with A, one with B, one with Z and one with a digit.
func sourcesSite() fstest.MapFS {
	fsys := fstest.MapFS{}
	for i, title := range []string{"Alpha report", "Apple news", "Beta", "2024 review", "Zeta"} {
		fsys[fmt.Sprintf("content/briefs/b%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("---\ntitle: B%d\ndate: 2024-0%d\nsources: [{title: %s}]\n---\nText.\n", i, i+1, title))}
	}
	return fsys
}

// TestSourcesPerLetter checks the list of sources split by letter: an
// index of the letters, a page per letter with its sources, and the
// links to a source, from the briefs citing it, leading to its letter's
// page; every link resolves.
func TestSourcesPerLetter(t *testing.T) {
	files := renderTimeline(t, sourcesSite(), 3)
	checkSplit(t, files, "sources/")
	ids := regexp.MustCompile(`<li id="([^"]*)">\s*<p class="bib-entry">`)
	listed := func(page string) string { return joined(ids, files[page]) }
	for page, want := range map[string]string{
		"sources/index.html":     "",
		"sources/a/index.html":   "alpha-report apple-news",
		"sources/b/index.html":   "beta",
		"sources/z/index.html":   "zeta",
		"sources/0-9/index.html": "2024-review",
	} {
		if got := listed(page); got != want {
			t.Errorf("%s lists %q, want %q", page, got, want)
		}
	}
	if got := joined(regexp.MustCompile(`<span class="year-label">([^<]*)</span>`), files["sources/index.html"]); got != "0–9 A B Z" {
		t.Errorf("sources/index.html lists letters %q, want 0–9 A B Z", got)
	}
	for page, want := range map[string]string{
		"sources/a/index.html":   `aria-current="page">A<`,
		"briefs/b1/index.html":   `href="../../sources/a/index.html#apple-news"`,
		"briefs/b3/index.html":   `href="../../sources/0-9/index.html#2024-review"`,
		"sources/0-9/index.html": "1 of 5 sources",
	} {
		if !strings.Contains(string(files[page]), want) {
			t.Errorf("%s lacks %s", page, want)
		}
	}

	files = renderTimeline(t, sourcesSite(), 0)
	if got := listed("sources/index.html"); got != "2024-review alpha-report apple-news beta zeta" {
		t.Errorf("unsplit, sources/index.html lists %q", got)
	}
	if !strings.Contains(string(files["briefs/b1/index.html"]), `href="../../sources/index.html#apple-news"`) {
		t.Error("unsplit, brief b1 does not link to its source on the list of sources")
	}
	for name := range files {
		if strings.HasPrefix(name, "sources/") && name != "sources/index.html" && name != "sources/by-briefs/index.html" {
			t.Errorf("%s built for five sources", name)
		}
	}
}

// notesSite has three briefs citing one report at three pages, and two
// citing another with one note, a remark on the report itself.
func notesSite() fstest.MapFS {
	fsys := fstest.MapFS{}
	for i, note := range []string{"p. 3, para. 10", "p. 6, para. 20", "p. 9, para. 30"} {
		fsys[fmt.Sprintf("content/briefs/b%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("---\ntitle: B%d\ndate: 2024-0%d\nsources:\n"+
			"  - {title: Panel report, publisher: UN, url: \"https://x.org/r\", note: \"%s\"}\n"+
			"  - {title: Wire story, note: Paywalled.}\n---\nText.\n", i, i+1, note))}
	}
	return fsys
}

// TestNotesPerCitation checks that each brief's page, the sources page,
// the printable briefing and sources.json show each brief's own note of
// a source, and a note every brief gives once, with the source.
func TestNotesPerCitation(t *testing.T) {
	files := renderTimeline(t, notesSite(), 0)
	notes := regexp.MustCompile(`<span class="source-note">([^<]*)</span>`)
	for page, want := range map[string]string{
		"briefs/b0/index.html": "p. 3, para. 10 Paywalled.",
		"briefs/b1/index.html": "p. 6, para. 20 Paywalled.",
		"briefs/b2/index.html": "p. 9, para. 30 Paywalled.",
		"sources/index.html":   "Paywalled.", // the one note of the wire story, with it
	} {
		if got := joined(notes, files[page]); got != want {
			t.Errorf("%s shows notes %q, want %q", page, got, want)
		}
	}
	cited := regexp.MustCompile(`<a href="../briefs/b\d/index.html">(B\d</a> <span class="cited-note">\([^<]*\))</span>`)
	if got, want := joined(cited, files["sources/index.html"]), `B2</a> <span class="cited-note">(p. 9, para. 30) B1</a> <span class="cited-note">(p. 6, para. 20) B0</a> <span class="cited-note">(p. 3, para. 10)`; got != want {
		t.Errorf("sources/index.html shows the briefs' notes %q, want %q", got, want)
	}
	if got := strings.Count(string(files["print/briefing/index.html"]), "para. "); got != 3 {
		t.Errorf("print/briefing shows %d notes with a paragraph, want 3", got)
	}
	var data struct {
		Sources []struct {
			ID, Note  string
			Citations []struct{ Brief, Note string }
		}
	}
	if err := json.Unmarshal(files["data/sources.json"], &data); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(data.Sources); got != "[{panel-report  [{b2 p. 9, para. 30} {b1 p. 6, para. 20} {b0 p. 3, para. 10}]} {wire-story Paywalled. [{b2 Paywalled.} {b1 Paywalled.} {b0 Paywalled.}]}]" {
		t.Errorf("sources.json: %s", got)
	}
	var briefs struct {
		Briefs []struct {
			Slug      string
			Citations []struct{ Source, Note string }
		}
	}
	if err := json.Unmarshal(files["data/briefs.json"], &briefs); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(briefs.Briefs); got != "[{b2 [{panel-report p. 9, para. 30} {wire-story Paywalled.}]} {b1 [{panel-report p. 6, para. 20} {wire-story Paywalled.}]} {b0 [{panel-report p. 3, para. 10} {wire-story Paywalled.}]}]" {
		t.Errorf("briefs.json: %s", got)
	}
}

// TestCitationFields checks that a source's author is shown with it, and
// the day each brief read it and its archived copy beside the brief, on
// its page and on the sources page, and in the data export.
func TestCitationFields(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2025-01\nsources:\n  - {title: Report, author: \"A. Name; B. Name\", url: \"https://x.org/r\", note: p. 3, accessed: 2025-05-03, archive_url: \"https://web.archive.org/web/2025/https://x.org/r\"}\n---\nText.\n")},
		"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2025-02\nsources:\n  - {title: Report, author: \"A. Name; B. Name\", url: \"https://x.org/r\", accessed: 2025-06-01}\n---\nText.\n")},
	}
	files := renderTimeline(t, fsys, 0)
	for page, want := range map[string]string{
		"briefs/a/index.html": `<span class="source-author">A. Name; B. Name</span>, <cite class="source-title"><a href="https://x.org/r" rel="noopener">Report</a></cite>. (<span class="source-accessed">accessed <time datetime="2025-05-03">3 May 2025</time></span>, <a class="source-archive" href="https://web.archive.org/web/2025/https://x.org/r" rel="noopener">archived</a>) <span class="source-note">p. 3</span>`,
		"briefs/b/index.html": `</cite>. (<span class="source-accessed">accessed <time datetime="2025-06-01">1 June 2025</time></span>) <a class="source-more"`,
		"sources/index.html":  `>A</a> <span class="cited-note">(p. 3; <span class="source-accessed">accessed <time datetime="2025-05-03">3 May 2025</time></span>, <a class="source-archive" href="https://web.archive.org/web/2025/https://x.org/r" rel="noopener">archived</a>)</span>`,
	} {
		if !strings.Contains(string(files[page]), want) {
			t.Errorf("%s lacks %s", page, want)
		}
	}
	var data struct {
		Sources []struct {
			Author    string
			Citations []struct {
				Brief    string
				Accessed *struct{ Value string }
				Archive  string `json:"archive_url"`
			}
		}
	}
	if err := json.Unmarshal(files["data/sources.json"], &data); err != nil {
		t.Fatal(err)
	}
	if len(data.Sources) != 1 || data.Sources[0].Author != "A. Name; B. Name" || len(data.Sources[0].Citations) != 2 {
		t.Fatalf("sources.json: %+v", data.Sources)
	}
	for _, c := range data.Sources[0].Citations {
		want := map[string]string{"a": "2025-05-03 https://web.archive.org/web/2025/https://x.org/r", "b": "2025-06-01 "}[c.Brief]
		if c.Accessed == nil || c.Accessed.Value+" "+c.Archive != want {
			t.Errorf("sources.json: %s's citation %+v, want %s", c.Brief, c, want)
		}
	}
	if !strings.Contains(string(files["data/briefs.json"]), `"archive_url": "https://web.archive.org/web/2025/https://x.org/r"`) {
		t.Error("briefs.json lacks a's archived copy")
	}
}

// TestLocalSource checks that a source kept in static/, its url from the
// site's root, is linked relative to each page, as bodies' links from the
// root are, so that it works under a sub-path and from disk.
func TestLocalSource(t *testing.T) {
	fsys := fstest.MapFS{
		"static/files/report.pdf": {Data: []byte("%PDF")},
		"content/briefs/a.md":     {Data: []byte("---\ntitle: A\ndate: 2025-01\nsources:\n  - {title: Report, url: \"/files/report.pdf#page=3\"}\n---\nText.\n")},
	}
	files := renderTimeline(t, fsys, 0)
	for page, want := range map[string]string{
		"briefs/a/index.html":       `<a href="../../files/report.pdf#page=3">Report</a>`,
		"sources/index.html":        `<a href="../files/report.pdf#page=3">Report</a>`,
		"print/briefing/index.html": `<a href="../../files/report.pdf#page=3">Report</a>`,
		"data/sources.json":         `"url": "files/report.pdf#page=3"`,
	} {
		if !strings.Contains(string(files[page]), want) {
			t.Errorf("%s lacks %s", page, want)
		}
	}
	checkSplit(t, files, "sources/")
}
