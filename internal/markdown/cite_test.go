package markdown

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
)

// citeSources are the sources of citeSite: a brief lists all but the
// last, which another brief cites.
func citeSources() []*site.Source {
	return []*site.Source{
		{ID: "security-council-resolution-2793", Title: "Security Council resolution 2793"},
		{ID: "report-un-2025", Title: "Report", Publisher: "UN"},
		{ID: "report-oas-2024", Title: "Report", Publisher: "OAS"},
		{ID: "kenya-police-say-enough-now-and-more", Title: `Kenya police say "enough" <now> & more`},
		{ID: "talks-resume-reuters-2025", Title: "Talks resume"}, // its title's slug is no other source's of the brief
		{ID: "other-paper", Title: "Other paper"},
	}
}

// citeDoc returns a Doc of body in a brief citing the sources of
// citeSources but the last.
func citeDoc(body string) (*Doc, *diag.List) {
	s, _, _ := testSite()
	srcs := citeSources()
	s.Sources = srcs
	b := &site.Brief{Slug: "self", Title: "Self"}
	for _, src := range srcs[:len(srcs)-1] {
		b.Sources = append(b.Sources, &site.Citation{Source: src})
	}
	var diags diag.List
	return &Doc{File: "b.md", BodyLine: 5, Source: []byte(body), Site: s, Self: b, Diags: &diags}, &diags
}

// TestCitations checks the HTML of citations, and what is not one.
func TestCitations(t *testing.T) {
	const (
		un      = `<a href="#src-report-un-2025" title="Report">`
		council = `<a href="#src-security-council-resolution-2793" title="Security Council resolution 2793">`
	)
	for _, tc := range []struct {
		name, body string
		want, not  []string
	}{
		{"by ID", "Claim [@security-council-resolution-2793].",
			[]string{`<p>Claim <sup class="cite">[` + council + `1</a>]</sup>.</p>`}, nil},
		{"by ID in another case", "Claim [@Security-Council-Resolution-2793].", []string{council + `1</a>]</sup>`}, nil},
		{"by its title's slug", "[@talks-resume]", []string{`<a href="#src-talks-resume-reuters-2025" title="Talks resume">5</a>`}, nil},
		{"locator", "Claim [@report-un-2025, p. 4].", []string{`<sup class="cite">[` + un + `2, p. 4</a>]</sup>`}, nil},
		{"several", "[@security-council-resolution-2793; @report-oas-2024]",
			[]string{`[` + council + `1</a>, <a href="#src-report-oas-2024" title="Report">3</a>]</sup>`}, nil},
		{"several without a space", "[@security-council-resolution-2793;@report-un-2025]", []string{council + `1</a>, ` + un + `2</a>]`}, nil},
		{"several with a locator", "[@security-council-resolution-2793; @report-un-2025, ch. 2]",
			[]string{`[` + council + `1</a>; ` + un + `2, ch. 2</a>]</sup>`}, nil},
		{"title escaped", "[@kenya-police-say-enough-now-and-more]",
			[]string{`title="Kenya police say &quot;enough&quot; &lt;now&gt; &amp; more">4</a>`}, []string{"<now>"}},
		{"locator as text", `[@report-un-2025, pp. 3--4 <b>x</b> \* &amp; y]`, []string{un + `2, pp. 3–4 &lt;b&gt;x&lt;/b&gt; * &amp; y</a>`}, []string{"<b>"}},
		{"locator with an ampersand before the next key", "[@report-un-2025, sec. R&D; @report-oas-2024] [@report-un-2025, &#8470;&#x2116; 3; @report-oas-2024]",
			[]string{un + `2, sec. R&amp;D</a>; <a href="#src-report-oas-2024" title="Report">3</a>]`, un + `2, №№ 3</a>; <a href="#src-report-oas-2024"`}, []string{"@report-oas"}},
		{"email", "Write to [x@y.org].", []string{"<p>Write to [x@y.org].</p>"}, []string{"cite"}},
		{"a handle after a word", "Said so [see @handle; @report-un-2025].", []string{"[see @handle; @report-un-2025]"}, []string{"cite"}},
		{"escaped", `\[@report-un-2025] and [\@report-un-2025]`, []string{"<p>[@report-un-2025] and [@report-un-2025]</p>"}, []string{"cite"}},
		{"in code", "`[@report-un-2025]`", []string{"<code>[@report-un-2025]</code>"}, []string{"cite"}},
		{"a link", "[@report-un-2025](https://x.org/a) [@report-un-2025][r]\n\n[r]: https://x.org/r",
			[]string{`<a href="https://x.org/a">@report-un-2025</a>`, `<a href="https://x.org/r">@report-un-2025</a>`}, []string{"cite"}},
		{"a footnote after it", "Claim [@report-un-2025][^1] and [@report-un-2025][x].\n\n[^1]: A note.",
			[]string{`Claim <sup class="cite">[` + un + `2</a>]</sup><sup id="fnref:1">`, `and <sup class="cite">[` + un + `2</a>]</sup>[x].`}, nil},
		{"a reference the body defines", "[@report-un-2025]\n\n[@report-un-2025]: https://x.org/r", []string{`<a href="https://x.org/r">@report-un-2025</a>`}, []string{"cite"}},
		{"inside a link", "[see [@report-un-2025]](https://x.org/a)",
			[]string{`<a href="https://x.org/a">see <sup class="cite">[2]</sup></a>`}, []string{"#src-"}},
		{"in a list, a table, a heading and a note", "## Costs [@report-un-2025]\n\n- item [@report-un-2025]\n\n| a |\n|---|\n| [@report-un-2025] |\n\nText[^1].\n\n[^1]: As [@report-un-2025] says.",
			[]string{`<h2 id="costs">Costs <sup class="cite">`, `<li>item <sup class="cite">`, `<td><sup class="cite">`, `As <sup class="cite">[` + un + `2</a>]</sup> says.`}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, diags := citeDoc(tc.body)
			html := string(New(Options{}).Convert(doc))
			for _, w := range tc.want {
				if !strings.Contains(html, w) {
					t.Errorf("HTML lacks %s\n%s", w, html)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(html, n) {
					t.Errorf("HTML has %s\n%s", n, html)
				}
			}
			if ds := diags.Sorted(); len(ds) > 0 {
				t.Errorf("diagnostics:\n%s", warnings(ds))
			}
		})
	}
}

// TestCitationNumbers checks that a source is numbered by its first
// place in the brief's list, as the page numbers the list.
func TestCitationNumbers(t *testing.T) {
	doc, _ := citeDoc("[@report-oas-2024] [@report-un-2025]")
	b := doc.Self
	b.Sources = []*site.Citation{b.Sources[2], b.Sources[0], b.Sources[2], b.Sources[1]}
	html := string(New(Options{}).Convert(doc))
	if !strings.Contains(html, `title="Report">1</a>`) || !strings.Contains(html, `title="Report">4</a>`) {
		t.Errorf("numbers: %s", html)
	}
}

// TestCitationErrors checks the problems of citations, at the @ of the
// key (columns count bytes until the diagnostics are printed), and that
// each citation in error is shown as written.
func TestCitationErrors(t *testing.T) {
	const keys = "(a key is a source's ID or the slug of its title: @security-council-resolution-2793, @report-un-2025, @report-oas-2024, @kenya-police-say-enough-now-and-more, @talks-resume-reuters-2025)"
	for _, tc := range []struct {
		name, body, want, shown string
	}{
		{"a letter off", "Claim [@report-un-2052].",
			"b.md:5:8: error: citation @report-un-2052 names none of this brief's sources; did you mean @report-un-2025? " + keys, "[@report-un-2052]"},
		{"the start of an ID", "Claim\n[@security-council].",
			"b.md:6:2: error: citation @security-council names none of this brief's sources; did you mean @security-council-resolution-2793? " + keys, "[@security-council]"},
		{"nothing near", "Ça va [@nothing].", "b.md:5:9: error: citation @nothing names none of this brief's sources " + keys, "[@nothing]"},
		{"a title two sources have", "[@report]",
			`b.md:5:2: error: citation @report could be any of the 2 sources of this brief titled "Report": cite one by its ID, @report-un-2025 or @report-oas-2024`, "[@report]"},
		{"a source of another brief", "[@other-paper, p. 2]",
			`b.md:5:2: error: citation @other-paper names a source this brief does not list, "Other paper": add it under sources: in the front matter to cite it here, or cite one this brief lists, @security-council-resolution-2793, @report-un-2025, @report-oas-2024, @kenya-police-say-enough-now-and-more, @talks-resume-reuters-2025`, "[@other-paper, p. 2]"},
		{"one of several", "- [@talks-resume; @nope, ch. 2]",
			"b.md:5:19: error: citation @nope names none of this brief's sources " + keys, "[@talks-resume; @nope, ch. 2]"},
		{"not a citation", "Claim [@report-un-2025 p. 4] and [@a, ] and [@a; b].",
			"b.md:5:7: warning: [@report-un-2025 p. 4] is not read as a citation and shows as written: a citation is [@key], [@key, p. 4] or [@key; @key, ch. 2] on one line, each @key right after the [ or a ; (write \\[@ for brackets as text)\n" +
				"b.md:5:34: warning: [@a, ] is not read as a citation and shows as written: a citation is [@key], [@key, p. 4] or [@key; @key, ch. 2] on one line, each @key right after the [ or a ; (write \\[@ for brackets as text)\n" +
				"b.md:5:45: warning: [@a; b] is not read as a citation and shows as written: a citation is [@key], [@key, p. 4] or [@key; @key, ch. 2] on one line, each @key right after the [ or a ; (write \\[@ for brackets as text)",
			"Claim [@report-un-2025 p. 4] and [@a, ] and [@a; b]."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, diags := citeDoc(tc.body)
			html := string(New(Options{}).Convert(doc))
			if got := warnings(diags.Sorted()); got != tc.want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, tc.want)
			}
			if !strings.Contains(html, tc.shown) || strings.Contains(html, "cite") {
				t.Errorf("HTML %s, want %s as written", html, tc.shown)
			}
		})
	}
}

// TestCitationWithoutSources checks the errors of a brief without
// sources, and the warning of a profile's citation.
func TestCitationWithoutSources(t *testing.T) {
	doc, diags := citeDoc("[@report-un-2025]")
	doc.Self.Sources = nil
	New(Options{}).Convert(doc)
	want := "b.md:5:2: error: citation @report-un-2025, but this brief lists no sources: give the source under sources: in the front matter, then cite it by its ID, the slug of its title"
	if got := warnings(diags.Sorted()); got != want {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", got, want)
	}

	doc, diags = citeDoc("Profile [@report-un-2025].")
	doc.Self, doc.Profile = nil, &site.Entity{Kind: site.Actor, Slug: "x", Name: "X"}
	html := string(New(Options{}).Convert(doc))
	want = "b.md:5:9: warning: citation [@report-un-2025] in a profile, which has no sources, shows as written: only a brief's body cites the sources of its front matter (write \\[@ for brackets as text)"
	if got := warnings(diags.Sorted()); got != want {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", got, want)
	}
	if !strings.Contains(html, "<p>Profile [@report-un-2025].</p>") {
		t.Errorf("HTML %s", html)
	}

	doc, diags = citeDoc("Page [@report-un-2025].")
	doc.Self, doc.Page = nil, &site.Page{Slug: "about", Title: "About"}
	New(Options{}).Convert(doc)
	want = "b.md:5:6: warning: citation [@report-un-2025] in a page, which has no sources, shows as written: only a brief's body cites the sources of its front matter (write \\[@ for brackets as text)"
	if got := warnings(diags.Sorted()); got != want {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", got, want)
	}
}

// TestCitationSummary checks that the plain text of a body, its summary,
// goes on without its citations' numbers and the space before them.
func TestCitationSummary(t *testing.T) {
	doc, _ := citeDoc("Kenya's police are short of funds [@talks-resume; @report-un-2025, p. 4], the UN says [@report-oas-2024].\n\nMore.")
	New(Options{}).Convert(doc)
	if want := "Kenya’s police are short of funds, the UN says."; doc.first != want {
		t.Errorf("summary %q, want %q", doc.first, want)
	}
}

// TestCitationSummaryRuns checks that a summary taken from the body
// leaves out the punctuation between citations in a row, which it would
// leave orphaned ("Intro,,."), and keeps the prose's own.
func TestCitationSummaryRuns(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"Intro [@talks-resume], [@report-un-2025], [@report-oas-2024].", "Intro."},
		{"Intro [@talks-resume; @report-un-2025].", "Intro."},
		{"Intro [@talks-resume] [@report-un-2025].", "Intro."},
		{"Intro [@talks-resume]; [@report-un-2025], p. 4.", "Intro, p. 4."},
		{"One claim [@talks-resume]. [@report-un-2025] Another.", "One claim. Another."},
		{"Intro [@talks-resume], [@report-un-2025], and more.", "Intro, and more."},
		{"Kenya [@talks-resume], the UN [@report-un-2025], and the OAS [@report-oas-2024].", "Kenya, the UN, and the OAS."},
		{"Kenya [@talks-resume], so: [@report-un-2025].", "Kenya, so:."},
		{"Intro [@talks-resume],\n[@report-un-2025].", "Intro."},
		{"Intro [@talks-resume], *[@report-un-2025]*.", "Intro."},
	} {
		doc, _ := citeDoc(tc.body)
		New(Options{}).Convert(doc)
		if doc.first != tc.want {
			t.Errorf("summary of %q = %q, want %q", tc.body, doc.first, tc.want)
		}
	}
}

// TestCitationCache checks that a body kept by the cache is converted
// again when the citations in it would number or name their sources
// otherwise, or when one named none.
func TestCitationCache(t *testing.T) {
	cache := NewCache()
	srcs := citeSources()
	b := &site.Brief{Slug: "b", Title: "B", File: "b.md", Body: []byte("Claim [@report-un-2025; @other-paper].\n")}
	b.Sources = []*site.Citation{{Source: srcs[0]}, {Source: srcs[1]}}
	plain := &site.Brief{Slug: "p", Title: "P", File: "p.md", Body: []byte("No citation.\n")}
	s := &site.Site{Briefs: []*site.Brief{b, plain}, Sources: srcs, Names: map[string]site.Target{}}
	convert := func() (string, []string) {
		var diags diag.List
		New(Options{Cache: cache}).ConvertSite(s, &diags)
		var msgs []string
		for _, d := range diags.Sorted() {
			msgs = append(msgs, d.Msg)
		}
		return string(b.HTML()), msgs
	}
	if _, ds := convert(); len(ds) != 1 || !strings.Contains(ds[0], "@other-paper names a source this brief does not list") {
		t.Fatalf("diagnostics %q", ds)
	}
	b.Sources = append(b.Sources, &site.Citation{Source: srcs[5]}) // as serve revises a brief's sources
	html, ds := convert()
	if len(ds) != 0 || !strings.Contains(html, `title="Report">2</a>, <a href="#src-other-paper" title="Other paper">3</a>`) {
		t.Fatalf("after the source is added: %s %q", html, ds)
	}
	b.Sources[0], b.Sources[1] = b.Sources[1], b.Sources[0]
	if html, _ := convert(); !strings.Contains(html, `title="Report">1</a>`) {
		t.Errorf("after the sources are reordered: %s", html)
	}
	srcs[1].ID, srcs[1].Title = "report-un", "Report (UN)" // another source of its title is gone
	if _, ds := convert(); len(ds) != 1 || !strings.Contains(ds[0], "@report-un-2025 names none of this brief's sources; did you mean @report-un?") {
		t.Errorf("after the source's ID changed: %q", ds)
	}
	b.Body = []byte("Claim [@report-un; @other-paper].\n")
	if html, _ := convert(); !strings.Contains(html, `href="#src-report-un" title="Report (UN)">1</a>`) {
		t.Errorf("after the citation's key changed: %s", html)
	}
	srcs[1].Title = "Report (United Nations)"
	if html, _ := convert(); !strings.Contains(html, `title="Report (United Nations)">1</a>`) {
		t.Errorf("after the source's title changed: %s", html)
	}
	if e := cache.docs["p.md"]; e == nil || e.cites {
		t.Errorf("the body without citations is kept as %+v", e)
	}
}

// FuzzScanCitation checks that scanCitation reads only what it returns:
// the keys and locators it finds are in the citation, which ends in "]",
// and a citation written back from them reads the same.
func FuzzScanCitation(f *testing.F) {
	for _, s := range []string{"[@a]", "[@a, p. 4]", "[@a; @b, ch. 2] rest", "[@a;@b]", "[@a b]", "[@a, ]", "[@x.y:z/w]", "[@é-ü]",
		"[@a, x &amp; y; @b]", "[@0,&0 ;@0]", "[@a, R&D; @b]", "[@a, [x]]", "[@a.] x", "[@_a; @1]", "[@a\n]", "[x@y.z]", "[@a, p; @]", "[@0,\v]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		spans, n, odd := scanCitation([]byte(line))
		if n == 0 {
			if spans != nil {
				t.Fatalf("scanCitation(%q): spans %v without a citation", line, spans)
			}
			if odd > 0 && (odd > len(line) || line[odd-1] != ']' || !strings.HasPrefix(line, "[@")) {
				t.Fatalf("scanCitation(%q): odd %d", line, odd)
			}
			return
		}
		if odd != 0 || n > len(line) || n > maxCitation || line[n-1] != ']' || !strings.HasPrefix(line, "[@") || len(spans) == 0 ||
			strings.ContainsAny(line[:n-1], "\n") || strings.Contains(line[1:n-1], "]") {
			t.Fatalf("scanCitation(%q) = %v, %d, %d", line, spans, n, odd)
		}
		var back strings.Builder
		back.WriteByte('[')
		var keys, locs []string
		for i, sp := range spans {
			key, loc := line[sp.key[0]:sp.key[1]], line[sp.loc[0]:sp.loc[1]]
			if line[sp.at] != '@' || sp.key[0] != sp.at+1 || key == "" || strings.ContainsAny(key, "[]; ,@\t") ||
				sp.loc[1] > n || strings.ContainsAny(loc, "[]\n") || loc != strings.TrimSpace(loc) {
				t.Fatalf("scanCitation(%q): span %d %v: key %q, locator %q", line, i, sp, key, loc)
			}
			keys, locs = append(keys, key), append(locs, loc)
			if i > 0 {
				back.WriteString("; ")
			}
			back.WriteString("@" + key)
			if loc != "" {
				back.WriteString(", " + loc)
			}
		}
		back.WriteByte(']')
		spans2, n2, _ := scanCitation([]byte(back.String()))
		if n2 != back.Len() || len(spans2) != len(spans) {
			t.Fatalf("scanCitation(%q) reads %q, written back %q, as %v", line, keys, back.String(), spans2)
		}
		for i, sp := range spans2 {
			if w := back.String(); w[sp.key[0]:sp.key[1]] != keys[i] || w[sp.loc[0]:sp.loc[1]] != locs[i] {
				t.Fatalf("scanCitation(%q) reads %q %q, written back %q, as %v", line, keys, locs, w, spans2)
			}
		}
		if slices.Contains(keys, "") {
			t.Fatal("empty key")
		}
	})
}

// TestCitationWrittenTitleCache checks that a key naming a source by its
// title as the brief writes it, another spelling than the source shows,
// resolves, and that a kept conversion is made again when the brief's
// spelling is no longer that.
func TestCitationWrittenTitleCache(t *testing.T) {
	cache := NewCache()
	src := &site.Source{ID: "соединенные-штаты", Title: "Соединенные Штаты"}
	b := &site.Brief{Slug: "b", Title: "B", File: "b.md", Body: []byte("Claim [@соединённые-штаты].\n")}
	b.Sources = []*site.Citation{{Source: src, Written: "Соединённые Штаты"}}
	s := &site.Site{Briefs: []*site.Brief{b}, Sources: []*site.Source{src}, Names: map[string]site.Target{}}
	convert := func() []string {
		var diags diag.List
		New(Options{Cache: cache}).ConvertSite(s, &diags)
		var msgs []string
		for _, d := range diags.Sorted() {
			msgs = append(msgs, d.Msg)
		}
		return msgs
	}
	if ds := convert(); len(ds) != 0 || !strings.Contains(string(b.HTML()), `title="Соединенные Штаты">1</a>`) {
		t.Fatalf("by the title as written: %s %q", b.HTML(), ds)
	}
	b.Sources[0].Written = ""
	if ds := convert(); len(ds) != 1 || !strings.Contains(ds[0], "names none of this brief's sources") {
		t.Errorf("once the brief spells the title as the source does: %q", ds)
	}
}
