package render_test

import (
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/render"
)

// TestSearchJSFindsCutWords searches, with search.js under Node, for words
// that the end of a body's start cuts: the whole word, and its halves.
func TestSearchJSFindsCutWords(t *testing.T) {
	body := splitCases[0]
	fsys := fstest.MapFS{
		"brief.yaml":               {Data: []byte("title: 简报\nlanguage: zh\n")},
		"content/briefs/arctic.md": {Data: []byte("---\ntitle: 北方合作\nsummary: 一句话摘要。\ndate: 2025-08-01\n---\n" + body + "\n")},
	}
	queries := []string{"北极航道", "北极", "航道", "作北极航道开发", "其他内容"}
	for q, titles := range searchJS(t, fsys, queries) {
		if !slices.Equal(titles, []string{"北方合作"}) {
			t.Errorf("search %q = %q, want the brief", q, titles)
		}
	}
}

// TestSearchJSFindsPiecesInTheStart searches, with search.js under Node,
// for words with punctuation inside, some of whose pieces the start of
// the body has, and so the index leaves out of the words of the rest.
func TestSearchJSFindsPiecesInTheStart(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml": {Data: []byte("title: Briefs\n")},
		"content/briefs/haiti.md": {Data: []byte("---\ntitle: Haiti\nsummary: A summary.\ndate: 2023-05-19\n---\n" +
			strings.Repeat("The port stayed open all week. ", 12) + "\n\nThen Port-au-Prince fell.\n")},
		"content/briefs/arctic.md": {Data: []byte("---\ntitle: 北方合作\nsummary: 摘要。\ndate: 2025-08-01\n---\n" +
			strings.Repeat("中方一贯主张通过对话协商和平解决争端", 5) + "，北极航道开发问题是双方讨论的重点之一。\n")},
	}
	want := map[string][]string{
		"port-au-prince": {"Haiti"},
		"争端，北极航道":        {"北方合作"},
		"port-au-zzz":    nil,
	}
	for q, titles := range searchJS(t, fsys, slices.Collect(maps.Keys(want))) {
		if !slices.Equal(titles, want[q]) {
			t.Errorf("search %q = %q, want %q", q, titles, want[q])
		}
	}
}

// TestSearchJSFindsAWordInPunctuation searches, with search.js under
// Node, for a word with punctuation around it, as a reader pastes or
// quotes it: it finds what the word alone finds, in the same order, in
// titles, summaries and starts of bodies as well as in the words of the
// rests, which leave out the words those have.
func TestSearchJSFindsAWordInPunctuation(t *testing.T) {
	long := strings.Repeat("The talks went on all week. ", 12)
	fsys := fstest.MapFS{
		"brief.yaml":                {Data: []byte("title: Briefs\n")},
		"content/briefs/title.md":   {Data: []byte("---\ntitle: Ruto pledges troops\nsummary: Pledges.\ndate: 2023-05-19\n---\n" + long + "Ruto spoke again.\n")},
		"content/briefs/summary.md": {Data: []byte("---\ntitle: Pledges\nsummary: Ruto (MSS) spoke.\ndate: 2023-05-20\n---\n" + long + "\n")},
		"content/briefs/start.md":   {Data: []byte("---\ntitle: Talks\ndate: 2023-05-21\n---\nRuto spoke. " + long + "Then Ruto left.\n")},
		"content/briefs/rest.md":    {Data: []byte("---\ntitle: Later talks\nsummary: More talks.\ndate: 2023-05-22\n---\n" + long + "Then Ruto and the MSS left.\n")},
		"content/briefs/other.md":   {Data: []byte("---\ntitle: Other\nsummary: Others.\ndate: 2023-05-23\n---\n" + long + "Nobody left.\n")},
	}
	want := map[string][]string{
		"Ruto": {"Ruto pledges troops", "Later talks", "Talks", "Pledges"}, // the title, then the text's, newest first
		"MSS":  {"Later talks", "Pledges"},
	}
	same := map[string]string{"Ruto,": "Ruto", "(Ruto)": "Ruto", `"Ruto"`: "Ruto", "Ruto.": "Ruto", "(MSS)": "MSS", "MSS,": "MSS"}
	got := searchJS(t, fsys, append(slices.Collect(maps.Keys(same)), "Ruto", "MSS"))
	for q, titles := range want {
		if !slices.Equal(got[q], titles) {
			t.Errorf("search %q = %q, want %q", q, got[q], titles)
		}
	}
	for q, word := range same {
		if !slices.Equal(got[q], got[word]) {
			t.Errorf("search %q = %q, want what %q finds, %q", q, got[q], word, got[word])
		}
	}
}

// TestSearchJSFindsInitials searches, with search.js under Node, for
// terms of one-letter pieces, U.S. and e.g., and a number, 1.5: each
// piece matches a word of its own, or its start as the term's last as a
// reader types it (U.S, 1.5 for 1.50), not any word it is in, which nearly every
// document has; U.S. is US as well. A Chinese character may be a word,
// and matches inside the runs of characters the index has as words.
func TestSearchJSFindsInitials(t *testing.T) {
	long := strings.Repeat("The talks went on all week. ", 12)
	fsys := fstest.MapFS{
		"brief.yaml":              {Data: []byte("title: Briefs\n")},
		"content/briefs/us.md":    {Data: []byte("---\ntitle: US weighs a force\nsummary: A force.\ndate: 2023-05-19\n---\n" + long + "It costs 1.50 a day.\n")},
		"content/briefs/dots.md":  {Data: []byte("---\ntitle: Embassy\nsummary: A statement.\ndate: 2023-05-20\n---\n" + long + "The U.S. Embassy spoke, e.g. of 1.5 million people.\n")},
		"content/briefs/other.md": {Data: []byte("---\ntitle: Status\nsummary: Users, thus unsure of the menu.send button.\ndate: 2023-05-21\n---\n" + long + "Users said thus: green goes in 2015 and 15 ways.\n")},
		"content/briefs/arctic.md": {Data: []byte("---\ntitle: 北方合作\nsummary: 摘要。\ndate: 2025-08-01\n---\n" +
			strings.Repeat("中方一贯主张通过对话协商和平解决争端", 5) + "，北极航道开发问题是双方讨论的重点之一。\n")},
	}
	want := map[string][]string{
		"U.S.":    {"US weighs a force", "Embassy"},
		"u.s":     {"US weighs a force", "Embassy"},
		"(U.S.)":  {"US weighs a force", "Embassy"},
		"e.g.":    {"Embassy"},
		"1.5":     {"Embassy", "US weighs a force"},
		"1.5.":    {"Embassy"},
		"端，北":     {"北方合作"},
		"争端，北极航道": {"北方合作"},
	}
	for q, titles := range searchJS(t, fsys, slices.Collect(maps.Keys(want))) {
		if !slices.Equal(titles, want[q]) {
			t.Errorf("search %q = %q, want %q", q, titles, want[q])
		}
	}
}

// TestSearchJSMatchesWordStarts searches, with search.js under Node, for
// terms that start words and are inside others: a term finds the words it
// starts ("un" finds UN, UNSC and United), in titles, summaries, starts of
// bodies and the words of their rests, and not those it is inside (fund,
// Council), nor "us" August; accents and apostrophes are folded still.
// A term of a language without spaces is found inside its runs still.
func TestSearchJSMatchesWordStarts(t *testing.T) {
	long := strings.Repeat("The talks went on all week. ", 12)
	fsys := fstest.MapFS{
		"brief.yaml":               {Data: []byte("title: Briefs\n")},
		"content/briefs/unsc.md":   {Data: []byte("---\ntitle: UNSC votes\nsummary: A vote.\ndate: 2023-05-19\n---\n" + long + "Then they left.\n")},
		"content/briefs/united.md": {Data: []byte("---\ntitle: Talks\nsummary: A meeting.\ndate: 2023-05-20\n---\n" + long + "The United Nations spoke; Moïse and Sing’oei listened.\n")},
		"content/briefs/fund.md":   {Data: []byte("---\ntitle: Funding\nsummary: The fund of the Council.\ndate: 2023-05-21\n---\n" + long + "The fund grew in August, said the Council.\n")},
		"content/briefs/arctic.md": {Data: []byte("---\ntitle: 北方合作\nsummary: 摘要。\ndate: 2025-08-01\n---\n" + strings.Repeat("中方一贯主张通过对话协商和平解决争端", 5) + "，北极航道开发问题是双方讨论的重点之一。\n")},
		"content/briefs/shalom.md": {Data: []byte("---\ntitle: שלום\ndate: 2025-08-02\n---\n" + long + " ושלום\n")},
	}
	want := map[string][]string{
		"UN":      {"UNSC votes", "Talks"},
		"us":      nil,
		"Moise":   {"Talks"},
		"Singoei": {"Talks"},
		"航道":      {"北方合作"},
		"ושלום":   {"שלום"},
	}
	got := searchJS(t, fsys, slices.Collect(maps.Keys(want)))
	for q, titles := range want {
		if !slices.Equal(got[q], titles) {
			t.Errorf("search %q = %q, want %q", q, got[q], titles)
		}
	}
}

// TestSearchDates checks the words a brief is found by besides its date
// as the page shows it: the ISO date at its precision, each month of a
// season or span, in the site's words, with each day of a span of days
// up to a month long, or each year of one in years.
func TestSearchDates(t *testing.T) {
	fr := lang.For("fr", nil).Date
	for _, c := range []struct {
		date  string
		words *date.Words
		want  string
	}{
		{"", date.English, ""},
		{"2015-06-21", date.English, "2015-06-21"},
		{"2015-06", date.English, "2015-06"},
		{"2019", date.English, "2019"},
		{"2024~", date.English, "2024"},
		{"late 2024", date.English, "2024-09 September 2024 2024-10 October 2024 2024-11 November 2024 2024-12 December 2024"},
		{"fin 2024", fr, "2024-09 septembre 2024 2024-10 octobre 2024 2024-11 novembre 2024 2024-12 décembre 2024"},
		{"mid-2025", date.English, "2025-05 May 2025 2025-06 June 2025 2025-07 July 2025 2025-08 August 2025"},
		{"early 2025~", date.English, "2025-01 January 2025 2025-02 February 2025 2025-03 March 2025 2025-04 April 2025"},
		{"late 2024/early 2025", date.English, "2024-09 September 2024 2024-10 October 2024 2024-11 November 2024 2024-12 December 2024 2025-01 January 2025 2025-02 February 2025 2025-03 March 2025 2025-04 April 2025"},
		{"late July 2024", date.English, "2024-07"},
		{"2025-05-21T14:00-04:00", date.English, "2025-05-21"},
		{"2024-09/2024-11", date.English, "2024-09 September 2024 2024-10 October 2024 2024-11 November 2024"},
		{"2024-09/2024-11", fr, "2024-09 septembre 2024 2024-10 octobre 2024 2024-11 novembre 2024"},
		{"2024-12-30/2025-01-02", date.English, "2024-12 December 2024 2025-01 January 2025 2024-12-30 2024-12-31 2025-01-01 2025-01-02"},
		{"2024-W20", date.English, "2024-05 May 2024 2024-05-13 2024-05-14 2024-05-15 2024-05-16 2024-05-17 2024-05-18 2024-05-19"},
		{"3-7 March 2025", date.English, "2025-03 March 2025 2025-03-03 2025-03-04 2025-03-05 2025-03-06 2025-03-07"},
		{"2025-05-21T23:00Z/2025-05-22T01:00Z", date.English, "2025-05 May 2025 2025-05-21 2025-05-22"},
		{"2025-01-01/2025-02-01", date.English, "2025-01 January 2025 2025-02 February 2025 2025-01-01 2025-02-01"}, // too many days
		{"winter 2024/25", date.English, "2024-12 December 2024 2025-01 January 2025 2025-02 February 2025"},
		{"hiver 2024-2025", fr, "2024-12 décembre 2024 2025-01 janvier 2025 2025-02 février 2025"},
		{"spring 2024", date.English, "2024-03 March 2024 2024-04 April 2024 2024-05 May 2024"},
		{"2024-21/2024-22", date.English, "2024-03 March 2024 2024-04 April 2024 2024-05 May 2024 2024-06 June 2024 2024-07 July 2024 2024-08 August 2024"},
		{"2020-21/2024-24", date.English, "2020 2021 2022 2023 2024 2025"}, // too many months
		{"2022/2024", date.English, "2022 2023 2024"},
		{"2020-01/2024-12", date.English, "2020 2021 2022 2023 2024"}, // too many months
		{"1900/2024", date.English, "1900 2024"},                      // too many years
		{"2024/..", date.English, "2024"},
		{"../2024-03", date.English, "2024"},
	} {
		var d date.Date
		if c.date != "" {
			var err error
			if d, err = date.Parse(c.date); err != nil {
				t.Fatalf("%s: %v", c.date, err)
			}
		}
		if got := render.SearchDates(d, c.words); got != c.want {
			t.Errorf("SearchDates(%s) = %q, want %q", c.date, got, c.want)
		}
	}
}

// TestSearchJSFindsDates searches, with search.js under Node, for dates
// as a reader writes them: a year, a month and year in the site's
// language, ISO; a brief dated then ranks above one that mentions the
// number, and a span is found by the months it covers.
func TestSearchJSFindsDates(t *testing.T) {
	long := strings.Repeat("The talks went on all week. ", 12)
	site := func(lang string) fstest.MapFS {
		return fstest.MapFS{
			"brief.yaml":               {Data: []byte("title: Briefs\nlanguage: " + lang + "\n")},
			"content/briefs/day.md":    {Data: []byte("---\ntitle: A day\ndate: 2015-06-21\n---\nTalks.\n")},
			"content/briefs/month.md":  {Data: []byte("---\ntitle: Month\ndate: 2015-06\n---\n" + long + "Talks.\n")},
			"content/briefs/late.md":   {Data: []byte("---\ntitle: Late\ndate: late 2024\n---\nTalks.\n")},
			"content/briefs/span.md":   {Data: []byte("---\ntitle: Span\ndate: 2024-09/2024-11\n---\nTalks.\n")},
			"content/briefs/number.md": {Data: []byte("---\ntitle: Number\ndate: 2023-01-01\n---\nResolution 2015/610 of June.\n")},
			"content/briefs/later.md":  {Data: []byte("---\ntitle: Later\ndate: 2026-01-01\n---\n" + long + "As in 2015.\n")},
			"content/briefs/winter.md": {Data: []byte("---\ntitle: Winter\ndate: winter 2026/27\n---\nTalks.\n")},
			"content/briefs/week.md":   {Data: []byte("---\ntitle: Week\ndate: 2028-W20\n---\nTalks.\n")},
		}
	}
	want := map[string][]string{
		"2015":         {"A day", "Month", "Later", "Number"},
		"June 2015":    {"A day", "Month", "Number"},
		"2015-06":      {"A day", "Month"},
		"2015-06-21":   {"A day"},
		"2024":         {"Span", "Late"},
		"late 2024":    {"Late"},
		"October 2024": {"Span", "Late"}, // late 2024 is September–December
		"2024-10":      {"Span", "Late"},
		"2027":         {"Winter"},
		"January 2027": {"Winter"},
		"2028-05-17":   {"Week"},
	}
	got := searchJS(t, site("en"), slices.Collect(maps.Keys(want)))
	for q, titles := range want {
		if !slices.Equal(got[q], titles) {
			t.Errorf("search %q = %q, want %q", q, got[q], titles)
		}
	}
	wantFr := map[string][]string{
		"juin 2015":    {"A day", "Month"},
		"octobre 2024": {"Span", "Late"},
		"fin 2024":     {"Late"},
		"janvier 2027": {"Winter"},
	}
	got = searchJS(t, site("fr"), slices.Collect(maps.Keys(wantFr)))
	for q, titles := range wantFr {
		if !slices.Equal(got[q], titles) {
			t.Errorf("French site: search %q = %q, want %q", q, got[q], titles)
		}
	}
}

// TestSearchJSRanksNamesFirst searches, with search.js under Node, for an
// entity's alias and a name: the profile it names, then the briefs whose
// titles name it, by the alias or by the profile's name, then those
// whose text has it, newest first, and a profile whose summary alone has
// it with them, after the briefs.
func TestSearchJSRanksNamesFirst(t *testing.T) {
	long := strings.Repeat("The talks went on all week. ", 12)
	fsys := fstest.MapFS{
		"brief.yaml": {Data: []byte("title: Briefs\n")},
		"content/actors/haitian-national-police.md": {Data: []byte("---\nname: Haitian National Police\naliases: [PNH]\nsummary: Haiti's police.\n---\nThe police.\n")},
		"content/countries/italy.md":                {Data: []byte("---\nname: Italy\nsummary: Contributor to the PNH's training.\n---\nA contributor.\n")},
		"content/briefs/about.md":                   {Data: []byte("---\ntitle: Questions over the Haitian National Police\ndate: 2024-10\n---\nQuestions arose.\n")},
		"content/briefs/old.md":                     {Data: []byte("---\ntitle: Ruto pledges troops\ndate: 2023-07\n---\n" + long + "They are to help the PNH.\n")},
		"content/briefs/new.md":                     {Data: []byte("---\ntitle: The mandate ends\nsummary: The end.\ndate: 2025-09\n---\nTo help the PNH regain control.\n")},
		"content/briefs/named.md":                   {Data: []byte("---\ntitle: PNH reports gains\ndate: 2022-01\n---\nGains.\n")},
	}
	want := map[string][]string{
		"PNH":                     {"Haitian National Police", "PNH reports gains", "Questions over the Haitian National Police", "The mandate ends", "Ruto pledges troops", "Italy"},
		"Haitian National Police": {"Haitian National Police", "Questions over the Haitian National Police", "PNH reports gains"},
	}
	got := searchJS(t, fsys, slices.Collect(maps.Keys(want)))
	for q, titles := range want {
		if !slices.Equal(got[q], titles) {
			t.Errorf("search %q = %q, want %q", q, got[q], titles)
		}
	}
}

// TestSearchJSFindsQuotedWords searches, with search.js under Node, for
// words in quotes: a document that has them together (punctuation aside)
// is found, one whose whole text has them apart is not, and one whose
// start has them apart but whose text goes on, where they may be
// together, is found after.
func TestSearchJSFindsQuotedWords(t *testing.T) {
	long := strings.Repeat("The talks went on all week. ", 12)
	fsys := fstest.MapFS{
		"brief.yaml":              {Data: []byte("title: Briefs\n")},
		"content/briefs/new.md":   {Data: []byte("---\ntitle: Together\ndate: 2020-01-03\n---\nTalks resumed in June, 2025.\n")},
		"content/briefs/apart.md": {Data: []byte("---\ntitle: Apart\ndate: 2020-01-02\n---\nJune saw talks; 2025 will see more.\n")},
		"content/briefs/long.md":  {Data: []byte("---\ntitle: Long\ndate: 2020-01-04\n---\nJune saw talks; 2025 more.\n\n" + long + "\n\nThen June 2025.\n")},
	}
	want := map[string][]string{
		"June 2025":         {"Long", "Together", "Apart"},
		`"June 2025"`:       {"Together", "Long"},
		"“June 2025”":       {"Together", "Long"},
		`"2025 June" talks`: {"Long"},
		`"June"`:            {"Long", "Together", "Apart"},
	}
	got := searchJS(t, fsys, slices.Collect(maps.Keys(want)))
	for q, titles := range want {
		if !slices.Equal(got[q], titles) {
			t.Errorf("search %s = %q, want %q", q, got[q], titles)
		}
	}
}

// TestSearchJSFindsNumbers searches, with search.js under Node, for a
// Chinese year written with 〇, a number but not a digit, in the words of
// the rest of a body.
func TestSearchJSFindsNumbers(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml": {Data: []byte("title: 简报\nlanguage: zh\n")},
		"content/briefs/year.md": {Data: []byte("---\ntitle: 北方合作\nsummary: 摘要。\ndate: 2024-08-01\n---\n" +
			strings.Repeat("中方一贯主张通过对话协商和平解决争端。", 6) + "二〇二四年八月双方会谈。\n")},
	}
	for q, titles := range searchJS(t, fsys, []string{"二〇二四年", "〇二四"}) {
		if !slices.Equal(titles, []string{"北方合作"}) {
			t.Errorf("search %q = %q, want the brief", q, titles)
		}
	}
}

// TestSearchJSFoldsForms searches, with search.js under Node, a Japanese
// and a Hebrew site for words written in other forms than the text's:
// full-width and half-width, with and without Hebrew's points, in the
// title, the start of the body and the words of its rest.
func TestSearchJSFoldsForms(t *testing.T) {
	long := strings.Repeat("岸田文雄首相は広島でサミットを開催した。", 10)
	fsys := fstest.MapFS{
		"brief.yaml":                  {Data: []byte("title: 簡報\nlanguage: ja\n")},
		"content/briefs/g7.md":        {Data: []byte("---\ntitle: Ｇ７広島サミット開催\ndate: 2023-05-19\n---\nガス価格とエネルギー安全保障も議題となった。\n")},
		"content/briefs/shalom.md":    {Data: []byte("---\ntitle: Talks\ndate: 2023-05-20\n---\n" + long + " שָׁלוֹם ｴﾈﾙｷﾞｰ\n")},
		"content/briefs/unpointed.md": {Data: []byte("---\ntitle: שלום עכשיו\ndate: 2023-05-21\n---\nNothing else.\n")},
	}
	want := map[string][]string{
		"G7":      {"Ｇ７広島サミット開催"},
		"g７":      {"Ｇ７広島サミット開催"},
		"ｶﾞｽ":     {"Ｇ７広島サミット開催"},
		"エネルギー":   {"Talks", "Ｇ７広島サミット開催"},
		"שלום":    {"שלום עכשיו", "Talks"},
		"שָׁלוֹם": {"שלום עכשיו", "Talks"},
	}
	for q, titles := range searchJS(t, fsys, slices.Collect(maps.Keys(want))) {
		if !slices.Equal(titles, want[q]) {
			t.Errorf("search %q = %q, want %q", q, titles, want[q])
		}
	}
}

// searchJS builds the site fsys and returns the titles search.js, under
// Node, finds for each query, best first.
func searchJS(t *testing.T, fsys fstest.MapFS, queries []string) map[string][]string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	res := build.Build(context.Background(), fsys, build.Options{})
	if res.Diags.HasErrors() {
		t.Fatalf("build failed: %v", res.Diags.Sorted())
	}
	dir := t.TempDir()
	for _, f := range res.Files {
		if f.Path != "assets/search-index.js" && f.Path != "assets/search.js" {
			continue
		}
		data, err := render.File(f, fsys)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, path.Base(f.Path)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const harness = `
global.window = {};
const fs = require("fs"), vm = require("vm"), path = require("path");
for (const f of ["search-index.js", "search.js"]) {
  vm.runInThisContext(fs.readFileSync(path.join(process.argv[2], f), "utf8"), {filename: f});
}
const S = window.BriefSearch, p = S.prepare(window.BRIEF_SEARCH), out = {};
for (const q of JSON.parse(fs.readFileSync(0, "utf8"))) {
  out[q] = S.search(p, q).map(r => r.doc.t);
}
process.stdout.write(JSON.stringify(out));
`
	script := filepath.Join(dir, "harness.js")
	if err := os.WriteFile(script, []byte(harness), 0o644); err != nil {
		t.Fatal(err)
	}
	input, _ := json.Marshal(queries)
	cmd := exec.Command(node, script, dir)
	cmd.Stdin = bytes.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.Bytes())
	}
	var out map[string][]string
	if err := json.Unmarshal(stdout, &out); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	return out
}

// citingSite is a site whose briefs cite sources whose titles and
// publishers their text does not have: a long brief, a short one, and
// one citing nothing.
func citingSite() fstest.MapFS {
	long := strings.Repeat("The talks went on all week. ", 12)
	return fstest.MapFS{
		"brief.yaml": {Data: []byte("title: Briefs\n")},
		"content/briefs/long.md": {Data: []byte("---\ntitle: Talks resume\nsummary: Talks.\ndate: 2023-05-19\nsources:\n" +
			"  - {title: Quokkas seize the harbour, publisher: Reuters}\n  - {title: Talks, publisher: Miami Herald}\n---\n" + long + "Then they left.\n")},
		"content/briefs/short.md": {Data: []byte("---\ntitle: Port reopens\ndate: 2023-05-20\nsources:\n" +
			"  - {title: A report, publisher: Reuters}\n---\nThe port reopened.\n")},
		"content/briefs/none.md": {Data: []byte("---\ntitle: Nothing cited\ndate: 2023-05-21\n---\nNo Reuters here, but the port.\n")},
	}
}

// TestSearchIndexSources checks that the index holds the words of a
// brief's sources' titles and publishers among its words, whether its
// body is long or short, once, while its start is of the body alone.
func TestSearchIndexSources(t *testing.T) {
	docs, words := parseIndex(t, buildFiles(t, citingSite())["assets/search-index.js"])
	n := map[string]int{}
	for i, d := range docs {
		n[d.T] = i
		if strings.Contains(d.X, "Reuters") && d.T != "Nothing cited" || strings.Contains(d.X, "Quokkas") {
			t.Errorf("%q's start %q holds a source", d.T, d.X)
		}
	}
	absolute := func(deltas []int) []int {
		out := slices.Clone(deltas)
		for i := 1; i < len(out); i++ {
			out[i] += out[i-1]
		}
		return out
	}
	for w, want := range map[string][]int{
		"reuters": {n["Talks resume"], n["Port reopens"]}, // not "Nothing cited", whose start has it
		"quokkas": {n["Talks resume"]},
		"harbour": {n["Talks resume"]},
		"miami":   {n["Talks resume"]},
		"report":  {n["Port reopens"]},
	} {
		slices.Sort(want)
		if got := absolute(words[w]); !slices.Equal(got, want) {
			t.Errorf("words[%q] = %v, want %v", w, got, want)
		}
	}
	if got := words["talks"]; got != nil {
		t.Errorf("words[talks] = %v, though the title and start have it", got)
	}
}

// TestSearchJSFindsSources searches, with search.js under Node, for a
// publisher and a source's title: the briefs citing it are found.
func TestSearchJSFindsSources(t *testing.T) {
	want := map[string][]string{
		"Reuters":               {"Nothing cited", "Port reopens", "Talks resume"}, // the first's summary has it
		"Miami Herald":          {"Talks resume"},
		"quokkas seize harbour": {"Talks resume"},
		"report":                {"Port reopens"},
	}
	got := searchJS(t, citingSite(), slices.Collect(maps.Keys(want)))
	for q, titles := range want {
		if !slices.Equal(got[q], titles) {
			t.Errorf("search %q = %q, want %q", q, got[q], titles)
		}
	}
}

// filingSite is a site whose briefs are filed under a topic, an actor
// with another name and a country, some of whose bodies name them past
// their start, beside a brief whose text alone has the topic's words.
func filingSite() fstest.MapFS {
	long := strings.Repeat("The talks went on all week. ", 12)
	return fstest.MapFS{
		"brief.yaml": {Data: []byte("title: Briefs\n")},
		"content/actors/haitian-national-police.md": {Data: []byte("---\nname: Haitian National Police\naliases: [PNH]\nsummary: The police.\n---\nThe police.\n")},
		"content/briefs/filed.md": {Data: []byte("---\ntitle: Talks resume\ndate: 2023-05-01\ntopics: [Human rights]\ncountries: [Kenya]\n---\n" +
			long + "\n\nKenya and human rights came up.\n")},
		"content/briefs/text.md":   {Data: []byte("---\ntitle: Port reopens\ndate: 2023-05-03\n---\n" + long + "\n\nHuman rights groups watched.\n")},
		"content/briefs/police.md": {Data: []byte("---\ntitle: Patrols grow\ndate: 2023-05-02\nactors: [Haitian National Police]\n---\nPatrols grew.\n")},
		"content/briefs/aid.md":    {Data: []byte("---\ntitle: Aid arrives\ndate: 2023-04-01\ntopics: [Human rights]\n---\nAid came.\n")},
	}
}

// TestSearchIndexEntities checks that each profile's document lists the
// briefs naming it, as ascending differences (Human rights's two briefs
// are not side by side, so the second's number and its difference
// differ), and that the words of a brief's profiles' names are not among
// its words again.
func TestSearchIndexEntities(t *testing.T) {
	docs, words := parseIndex(t, buildFiles(t, filingSite())["assets/search-index.js"])
	n := map[string]int{}
	for i, d := range docs {
		n[d.T] = i
	}
	for name, want := range map[string][]int{
		"Human rights":            {n["Talks resume"], n["Aid arrives"] - n["Talks resume"]},
		"Kenya":                   {n["Talks resume"]},
		"Haitian National Police": {n["Patrols grow"]},
		"Talks resume":            nil,
	} {
		if got := docs[n[name]].B; !slices.Equal(got, want) {
			t.Errorf("%s: b = %v, want %v", name, got, want)
		}
	}
	for _, w := range []string{"human", "rights"} {
		if got, want := words[w], []int{n["Port reopens"]}; !slices.Equal(got, want) {
			t.Errorf("words[%q] = %v, want %v: the brief filed under Human rights has the words in its names", w, got, want)
		}
	}
	if got := words["kenya"]; got != nil {
		t.Errorf("words[kenya] = %v, though the brief's country is Kenya", got)
	}
}

// TestSearchJSFindsEntities searches, with search.js under Node, for the
// names of a topic, a country and an actor, and an actor's other name:
// the profile first, then the briefs filed under it, then those whose
// text alone has the words.
func TestSearchJSFindsEntities(t *testing.T) {
	want := map[string][]string{
		"human rights":            {"Human rights", "Talks resume", "Aid arrives", "Port reopens"},
		"\"human rights\"":        {"Human rights", "Talks resume", "Aid arrives", "Port reopens"},
		"rights":                  {"Human rights", "Talks resume", "Aid arrives", "Port reopens"},
		"kenya":                   {"Kenya", "Talks resume"},
		"kenya talks":             {"Talks resume"},
		"pnh":                     {"Haitian National Police", "Patrols grow"},
		"national police patrols": {"Patrols grow"},
	}
	got := searchJS(t, filingSite(), slices.Collect(maps.Keys(want)))
	for q, titles := range want {
		if !slices.Equal(got[q], titles) {
			t.Errorf("search %q = %q, want %q", q, got[q], titles)
		}
	}
}

// TestSearchIndexLines checks that the index has a document a line, so
// that a diff of a site's files shows the documents that changed, between
// a first line that opens the list and a last that holds the words.
func TestSearchIndexLines(t *testing.T) {
	data := buildExport(t, "")["assets/search-index.js"]
	docs, _ := parseIndex(t, data)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) != len(docs)+2 {
		t.Fatalf("%d lines for %d documents, want one a document and two more: %.200q", len(lines), len(docs), data)
	}
	if want := `window.BRIEF_SEARCH = {"v":1,"docs":[`; lines[0] != want {
		t.Errorf("first line %.80q, want %q", lines[0], want)
	}
	for i, d := range docs {
		var got testDoc
		if err := json.Unmarshal([]byte(strings.TrimSuffix(lines[i+1], ",")), &got); err != nil || got.T != d.T || got.U != d.U {
			t.Errorf("line %d, %.80q, is not document %d, %q (%v)", i+2, lines[i+1], i, d.T, err)
		}
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, `],"words":{`) {
		t.Errorf("last line %.80q, want the words", last)
	}
}

// TestSearchPages checks that the search index holds the standalone
// pages, after the briefs and profiles, and that search.js finds one by
// a word of its text.
func TestSearchPages(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml":          {Data: []byte("title: Pages\n")},
		"content/briefs/a.md": {Data: []byte("---\ntitle: Talks resume\ndate: 2023-05-01\n---\nTalks.\n")},
		"content/methods.md":  {Data: []byte("---\ntitle: How we work\nsummary: Our methods.\n---\nEach brief rests on reporting we verify.\n")},
	}
	docs, _ := parseIndex(t, buildFiles(t, fsys)["assets/search-index.js"])
	last := docs[len(docs)-1]
	if last.T != "How we work" || last.K != "page" || last.U != "methods/index.html" {
		t.Errorf("the last document is %+v, want the page How we work", last)
	}
	got := searchJS(t, fsys, []string{"verify", "methods"})
	for q, want := range map[string][]string{"verify": {"How we work"}, "methods": {"How we work"}} {
		if !slices.Equal(got[q], want) {
			t.Errorf("search %q = %q, want %q", q, got[q], want)
		}
	}
}
