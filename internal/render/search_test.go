package render_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/corpus"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/render"
)

// foldCases are strings whose folding search.js and FoldSearch must agree
// on.
var foldCases = []struct{ in, want string }{
	{"Jovenel Moïse", "jovenel moise"},
	{"MOÏSE", "moise"},
	{"Korir Sing'oei", "korir singoei"},
	{"Sing’oei", "singoei"},
	{"Ångström café naïve", "angstrom cafe naive"},
	{"Ελλάς ΟΔΟΣ", "ελλασ οδοσ"},
	{"İstanbul", "istanbul"},
	{"Владимир Путин", "владимир путин"},
	{"हिन्दी", "हिन्दी"}, // Devanagari signs are letters' parts, not accents
	{"U.S.-Kenya", "u.s.-kenya"},
	{"Łukasz Søren Œuvre Işıl Æthelred Außenpolitik ẞ", "lukasz soren oeuvre isil aethelred aussenpolitik ss"},
	{"Þingvellir Đorđe Ŋ", "thingvellir dorde ng"},
	{"الأمن إلى مُؤتمر هٰذا", "الامن الى موتمر هذا"},
	// Compatibility forms: full-width and half-width letters, digits,
	// katakana and spaces, ligatures, units, Roman numerals.
	{"Ｇ７広島サミット開催", "g7広島サミット開催"},
	{"ｶﾞｽ ガス", "カ\u3099ス カ\u3099ス"},
	{"ＡＢＣ\u3000ｄｅｆ ﬁnal ㎒ Ⅻ", "abc def final mhz xii"},
	// Hebrew's points and cantillation go; its maqaf stays, as a hyphen does.
	{"שָׁלוֹם שלום", "שלום שלום"},
	{"בְּרֵאשִׁ֖ית בֵּית־סֵפֶר", "בראשית בית־ספר"},
	{"שּׁ", "ש"}, // a presentation form
}

// foldBlocks are the blocks of characters whose every character search.js
// and FoldSearch must fold alike: Latin, Greek, Cyrillic, Hebrew, Arabic,
// kana, and the presentation and width forms.
var foldBlocks = [][2]rune{
	{0x80, 0x24F}, {0x370, 0x4FF}, {0x590, 0x6FF}, {0x3000, 0x30FF}, {0xFB00, 0xFDFF}, {0xFE70, 0xFFEF},
}

func TestFoldSearch(t *testing.T) {
	for _, c := range foldCases {
		if got := render.FoldSearch(c.in); got != c.want {
			t.Errorf("FoldSearch(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSplitBody(t *testing.T) {
	short := "A short body."
	if start, words := render.SplitBody(short, ""); start != short || words != nil {
		t.Errorf("SplitBody(short) = %q, %q", start, words)
	}
	long := strings.Repeat("alpha beta gamma ", 40) + "Délta, delta; EPSILON and Beta and Title."
	start, words := render.SplitBody(long, "A Title")
	if len(start) > render.SearchBodyLen+len(" …") || !strings.HasSuffix(start, " …") || !strings.HasPrefix(long, strings.TrimSuffix(start, " …")) {
		t.Errorf("start = %q", start)
	}
	if want := []string{"delta", "epsilon", "and"}; !slices.Equal(words, want) {
		t.Errorf("words = %q, want %q (distinct, folded, not in the start or the title)", words, want)
	}
	// A body without spaces is cut on a rune boundary.
	start, _ = render.SplitBody(strings.Repeat("é", render.SearchBodyLen), "")
	if !utf8.ValidString(start) {
		t.Errorf("start %q is not valid UTF-8", start)
	}
}

// TestSplitBodyKeepsEveryWord checks that every word of a body is in its
// start, in what is known of it already or in its words, whole: a word
// cut in two by the end of the start would be found by neither half.
func TestSplitBodyKeepsEveryWord(t *testing.T) {
	for _, text := range splitCases {
		checkBodySplit(t, text, "A title")
	}
}

func FuzzSplitBody(f *testing.F) {
	for _, text := range splitCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkBodySplit(t, strings.Join(strings.Fields(text), " "), "")
	})
}

var splitCases = []string{
	// 91 characters before 北极航道, no space: the start ended in 北极.
	"中华人民共和国外交部发言人在例行记者会上回答有关问题时表示中方一贯主张通过对话协商和平解决争端各方应当保持克制避免局势进一步升级并且为政治解决创造条件同时欢迎国际社会为此发挥建设性作北极航道开发问题是双方讨论的重点之一。其他内容。",
	strings.Repeat("北极航道开发问题，", 40),
	"Ｇ７ " + strings.Repeat("岸田文雄首相は広島でサミットを開催し", 10) + "。ガス価格も議題となった。",
	"See https://example.org/" + strings.Repeat("abcdefghij", 40) + " for more.",
	strings.Repeat("é", 400),
	strings.Repeat("e\u0301", 200),
	strings.Repeat("The mission continued its patrols in the capital. ", 10),
	"שָׁלוֹם" + strings.Repeat("וּבְרָכָה", 40),
	// The full-width apostrophe is folded to ' and joins words.
	strings.Repeat("中", 85) + "Sing＇oei" + strings.Repeat("中", 30),
}

// checkBodySplit checks that SplitBody(text, known) returns a start of text
// no longer than SearchBodyLen, and words that hold, with the start's and
// known's, every word of text.
func checkBodySplit(t *testing.T, text, known string) {
	t.Helper()
	start, words := render.SplitBody(text, known)
	if len(text) > render.SearchBodyLen {
		start = strings.TrimSuffix(start, " …")
	}
	if len(start) > render.SearchBodyLen || !strings.HasPrefix(text, start) {
		t.Fatalf("SplitBody(%.40q…): start %q is not a start of the text of at most %d bytes", text, start, render.SearchBodyLen)
	}
	have := map[string]bool{}
	for _, w := range slices.Concat(render.SearchWords(start), render.SearchWords(known), words) {
		have[w] = true
	}
	for _, w := range render.SearchWords(text) {
		if !have[w] {
			t.Errorf("SplitBody(%.40q…): the word %.40q… is neither in the start %.40q… nor in its words", text, w, start)
		}
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>a <em>b</em>c</p>\n<p>d</p>", "a bc d"},
		{`<p>Moïse&rsquo;s <a href="x">party</a> &amp; <strong>allies</strong></p>`, "Moïse’s party & allies"},
		{"<ul>\n<li>one</li><li>two</li></ul><h2 id=\"x\">Head</h2>", "one two Head"},
		{"<p>x &lt;script&gt;</p>", "x <script>"},
		{"broken <tag", "broken"},
		// A footnote's number and the arrow back from it, as goldmark
		// writes them, are not text of the body; the note is.
		{`<p>Later the ministry said otherwise<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>.</p>
<div class="footnotes" role="doc-endnotes">
<hr />
<ol>
<li id="fn:1">
<p>Reuters.&#160;<a href="#fnref:1" class="footnote-backref" title="Back to reference 1" role="doc-backlink"><span aria-hidden="true">&#x21a9;&#xfe0e;</span></a></p>
</li>
<li id="fn:2">
<p>AP, <a href="https://x.example/">its report</a>.&#160;<a href="#fnref:2" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>
</li>
</ol>
</div>`, "Later the ministry said otherwise. Reuters. AP, its report."},
		// A citation's mark neither: the claim is the text.
		{`<p>Talks were planned <sup class="cite">[<a href="#src-a" title="A">1, p. 4</a>]</sup>. Then <sup class="cite">[<a href="#src-b">2</a>; <a href="#src-c">3</a>]</sup> more.</p>`, "Talks were planned. Then more."},
	}
	for _, tt := range tests {
		if got := render.HTMLText(tt.in); got != tt.want {
			t.Errorf("HTMLText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzHTMLText(f *testing.F) {
	f.Add("<p>a <em>b</em>c</p>")
	f.Add("<a href='<'>&amp;&#x3c;</a")
	f.Fuzz(func(t *testing.T, s string) {
		out := render.HTMLText(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Errorf("HTMLText(%q) = %q, not valid UTF-8", s, out)
		}
		if strings.Contains(out, "  ") {
			t.Errorf("HTMLText(%q) = %q has a double space", s, out)
		}
	})
}

type testDoc struct {
	T string   `json:"t"`
	K string   `json:"k"`
	U string   `json:"u"`
	D string   `json:"d"`
	A []string `json:"a"`
	S string   `json:"s"`
	X string   `json:"x"`
	B []int    `json:"b"`
}

// parseIndex checks that the search index is one statement setting
// window.BRIEF_SEARCH to JSON, and decodes it.
func parseIndex(t *testing.T, data []byte) ([]testDoc, map[string][]int) {
	t.Helper()
	const prefix, suffix = "window.BRIEF_SEARCH = ", ";\n"
	if !bytes.HasPrefix(data, []byte(prefix)) || !bytes.HasSuffix(data, []byte(suffix)) {
		t.Fatalf("index is not %q JSON %q: %.80q", prefix, suffix, data)
	}
	var idx struct {
		V     int              `json:"v"`
		Docs  []testDoc        `json:"docs"`
		Words map[string][]int `json:"words"`
	}
	if err := json.Unmarshal(data[len(prefix):len(data)-len(suffix)], &idx); err != nil {
		t.Fatal(err)
	}
	if idx.V != 1 {
		t.Errorf("index version %d, want 1", idx.V)
	}
	return idx.Docs, idx.Words
}

func TestSearchIndex(t *testing.T) {
	files := buildExport(t, "")
	data := files["assets/search-index.js"]
	for _, bad := range []string{"</script", "<!--", "<b>"} {
		if bytes.Contains(data, []byte(bad)) {
			t.Errorf("index holds %q unescaped", bad)
		}
	}
	docs, words := parseIndex(t, data)
	kinds := map[string]int{}
	for _, d := range docs {
		kinds[d.K]++
		if d.T == "" || !strings.HasSuffix(d.U, "/index.html") || strings.HasPrefix(d.U, "/") {
			t.Errorf("doc %+v lacks a title or a root-relative URL", d)
		}
	}
	if kinds["brief"] != 3 || kinds["actor"] == 0 || kinds["country"] == 0 || kinds["topic"] == 0 {
		t.Errorf("kinds = %v", kinds)
	}
	var moise, ruto *testDoc
	rutoN := -1
	for i, d := range docs {
		switch d.T {
		case "Jovenel Moïse":
			moise = &docs[i]
		case "Ruto pledges troops":
			ruto, rutoN = &docs[i], i
		}
	}
	if moise == nil || moise.K != "actor" || moise.U != "actors/jovenel-moise/index.html" || !slices.Contains(moise.A, "Moïse") {
		t.Fatalf("Jovenel Moïse = %+v", moise)
	}
	if !strings.Contains(render.FoldSearch(moise.T), "moise") {
		t.Errorf("%q does not fold to contain %q", moise.T, "moise")
	}
	if ruto == nil || ruto.D != "July 2023" || strings.Contains(ruto.X, "quokkaesque") {
		t.Errorf("long brief: %+v; want its last word out of x", ruto)
	}
	if got := words["quokkaesque"]; !slices.Equal(got, []int{rutoN}) {
		t.Errorf("words[quokkaesque] = %v, want [%d]", got, rutoN)
	}
	if got := words["sharedtail"]; len(got) != 2 || got[0] < 0 || got[1] <= 0 {
		t.Errorf("words[sharedtail] = %v, want two ascending deltas", got)
	}
	for w, docs := range words {
		for i, d := range docs {
			if d < 0 || i > 0 && d == 0 {
				t.Errorf("words[%q] = %v: not ascending deltas", w, docs)
			}
		}
		if w != render.FoldSearch(w) {
			t.Errorf("word %q is not folded", w)
		}
	}
}

// TestSearchJS runs templates/search.js under Node, against the fixture's
// index: matching, ranking, accents and highlighting. The browser test
// covers the page itself.
func TestSearchJS(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	files := buildExport(t, "")
	dir := t.TempDir()
	for _, name := range []string{"assets/search-index.js", "assets/search.js"} {
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(name)), files[name], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var folds []string
	for _, c := range foldCases {
		folds = append(folds, c.in)
	}
	queries := []string{"moise", "MOÏSE", "singoei", "sing’oei", "quokkaesque", "ruto troops", "zzzz", "haiti", "  ", "sharedtail", "zebrine", "port-au-tail", "Port-au-Zzz"}
	highlights := []struct {
		text, query string
		want        []string
	}{
		{"Kenya’s and Kenya's KENYA", "kenya", []string{"Kenya", "Kenya", "KENYA"}},
		{"Jovenel Moïse and Moi\u0308se", "moise", []string{"Moïse", "Moi\u0308se"}},
		{"Sing'oei, Sing’oei", "singoei", []string{"Sing'oei", "Sing’oei"}},
		{"no match here", "zzz", nil},
		{"overlapping terms", "lap overlapping", []string{"overlapping"}},
		{"Ｇ７サミット", "G7", []string{"Ｇ７"}},
		{"ｶﾞｽとガス", "ガス", []string{"ｶﾞｽ", "ガス"}},
		{"שָׁלוֹם ושלום", "שלום", []string{"שָׁלוֹם", "שלום"}},
		{"מֶלֶךְ", "מלך", []string{"מֶלֶךְ"}}, // the last point too
		// A term matches at the start of a word, not inside one.
		{"In August the US and UNSC fund", "us un", []string{"US", "UN"}},
		{"Sing’oei, Singoeis", "singoei", []string{"Sing’oei", "Singoei"}},
		// A word after an elided article or preposition starts a word.
		{"de l’ONU, dell'ONU, ONU, lonu", "onu", []string{"ONU", "ONU", "ONU"}},
		{"de l’ONU, ONU", "l'onu", []string{"ONU", "ONU"}},
		{"de l’ONU, ONU", "lonu", []string{"l’ONU"}},
		{"d’aujourd’hui", "aujourd'hui", []string{"aujourd’hui"}},
		{"O'Brien, Brien", "brien", []string{"Brien"}},
	}
	var hl [][2]string
	for _, h := range highlights {
		hl = append(hl, [2]string{h.text, h.query})
	}
	type wordCase struct {
		Table map[string]string `json:"table"`
		Text  string            `json:"text"`
		Args  []any             `json:"args"`
		want  string
		Lang  string `json:"lang"`
	}
	words := []wordCase{
		{nil, "1 result", nil, "1 result", ""},
		{nil, "%d results, showing the first %d", []any{80, 50}, "80 results, showing the first 50", ""},
		{map[string]string{"%d results": "%d résultats"}, "%d results", []any{3}, "3 résultats", ""},
		{map[string]string{"No results for “%s”": "Aucun résultat pour « %s »"}, "No results for “%s”", []any{"$1 %d"}, "Aucun résultat pour « $1 %d »", ""},
		{map[string]string{"%d results, showing the first %d": "%[2]d sur %[1]d, 100%%"}, "%d results, showing the first %d", []any{80, 50}, "50 sur 80, 100%", ""},
		{map[string]string{"toString": "x"}, "constructor", nil, "constructor", ""},
		{map[string]string{"1 result": "100%% %d"}, "1 result", nil, "100%% %d", ""}, // no arguments: as written
		// Numbers for %d are grouped as the page's language groups them.
		{nil, "%d results", []any{12345}, "12,345 results", "en"},
		{map[string]string{"%d results": "%d resultados"}, "%d results", []any{12345}, "12.345 resultados", "es"},
		{map[string]string{"%d results": "%d resultados"}, "%d results", []any{1234}, "1234 resultados", "es"}, // as lang.Number writes it
		{nil, "%d results", []any{1234}, "1\u202f234 results", "fr"},
		{nil, "%d results", []any{12345}, "12,345 results", "ar"}, // Latin digits
		{nil, "%d results", []any{12345}, "12345 results", "not a language!"},
		{nil, "No results for “%s”", []any{12345}, "No results for “12345”", "en"},
	}
	type countCase struct {
		Table map[string]string `json:"table"`
		Lang  string            `json:"lang"`
		Text  string            `json:"text"`
		N     int               `json:"n"`
		want  string
	}
	ru := map[string]string{"%d results": "%d результатов", "%d results|one": "%d результат", "%d results|few": "%d результата"}
	counted := []countCase{
		{ru, "ru", "%d results", 21, "%d results|one"},
		{ru, "ru", "%d results", 3, "%d results|few"},
		{ru, "ru", "%d results", 5, "%d results"}, // many: not given
		{map[string]string{}, "en", "%d results", 3, "%d results"},
		{ru, "not a language!", "%d results", 3, "%d results"},
	}
	var block []string
	for _, b := range foldBlocks {
		for r := b[0]; r <= b[1]; r++ {
			block = append(block, string(r))
		}
	}
	// The words of a field as search.js matches them, which must be
	// those the index would have of it.
	fields := []string{
		"Plain ASCII words, with 2025 and punctuation!",
		"Moïse’s party & the PNH's men (don`t)",
		"'quoted' `ticks` ’curly’",
		"Le cœur de l’État-major",
		"Le Conseil de l’ONU, d’aujourd’hui, dell'ONU all’Italia qu’il l'a O'Brien",
		"l' 'l ''onu l''onu Jusqu’à ＇ ＇onu l＇onu l｀onu ŉ x\u0301'y",
	}
	input, _ := json.Marshal(map[string]any{"fields": fields, "folds": folds, "block": block, "queries": queries, "highlights": hl, "words": words, "counted": counted})
	const harness = `
global.window = {};
const fs = require("fs"), vm = require("vm"), path = require("path");
for (const f of ["search-index.js", "search.js"]) {
  vm.runInThisContext(fs.readFileSync(path.join(process.argv[2], f), "utf8"), {filename: f});
}
const S = window.BriefSearch, p = S.prepare(window.BRIEF_SEARCH);
const input = JSON.parse(fs.readFileSync(0, "utf8"));
const out = {folds: input.folds.map(S.fold), results: {},
  fields: input.fields.map(f => S.foldField(f).split(/[^\p{L}\p{N}\p{M}]+/u).filter(w => w)),
  block: input.block.map(c => /\p{Cn}/u.test(c) ? null : S.fold(c)), // null: unknown to this Node
  highlights: input.highlights.map(h => S.highlight(h[0], S.terms(h[1])).filter(p => p.mark).map(p => p.text)),
  words: input.words.map(w => S.translator(w.table || {}, w.lang)(w.text, ...(w.args || []))),
  counted: input.counted.map(c => S.counter(c.table, c.lang)(c.text, c.n))};
for (const q of input.queries) {
  out.results[q] = S.search(p, q).map(r => ({t: r.doc.t, snippet: S.snippet(r.doc, S.terms(q)).pieces}));
}
process.stdout.write(JSON.stringify(out));
`
	script := filepath.Join(dir, "harness.js")
	if err := os.WriteFile(script, []byte(harness), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, script, dir)
	cmd.Stdin = bytes.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.Bytes())
	}
	type piece struct {
		Text string
		Mark bool
	}
	var out struct {
		Counted    []string
		Words      []string
		Highlights [][]string
		Folds      []string
		Fields     [][]string
		Block      []*string
		Results    map[string][]struct {
			T       string
			Snippet []piece
		}
	}
	if err := json.Unmarshal(stdout, &out); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	for i, c := range foldCases {
		if out.Folds[i] != c.want {
			t.Errorf("search.js fold(%q) = %q, FoldSearch gives %q", c.in, out.Folds[i], c.want)
		}
	}
	for i, f := range fields {
		want := slices.Sorted(slices.Values(render.SearchWords(f)))
		if got := slices.Sorted(slices.Values(out.Fields[i])); !slices.Equal(got, want) {
			t.Errorf("search.js foldField(%q) has the words %q, the index %q", f, got, want)
		}
	}
	differ := 0
	for i, c := range block {
		if got, want := out.Block[i], render.FoldSearch(c); got != nil && *got != want {
			if differ++; differ <= 10 {
				t.Errorf("search.js fold(%q) (%U) = %q, FoldSearch gives %q", c, []rune(c)[0], *got, want)
			}
		}
	}
	if differ > 10 {
		t.Errorf("and %d more characters that search.js and FoldSearch fold differently", differ-10)
	}
	for i, c := range counted {
		if out.Counted[i] != c.want {
			t.Errorf("search.js counter(%s)(%q, %d) = %q, want %q", c.Lang, c.Text, c.N, out.Counted[i], c.want)
		}
	}
	for i, w := range words {
		if out.Words[i] != w.want {
			t.Errorf("search.js translator(%q)(%q, %v) = %q, want %q", w.Table, w.Text, w.Args, out.Words[i], w.want)
		}
	}
	for i, h := range highlights {
		if !slices.Equal(out.Highlights[i], h.want) {
			t.Errorf("highlight(%q, %q) marks %q, want %q", h.text, h.query, out.Highlights[i], h.want)
		}
	}
	titles := func(q string) []string {
		var ts []string
		for _, r := range out.Results[q] {
			ts = append(ts, r.T)
		}
		return ts
	}
	first := map[string]string{
		"moise":       "Jovenel Moïse",
		"MOÏSE":       "Jovenel Moïse",
		"singoei":     "Korir Sing'oei",
		"sing’oei":    "Korir Sing'oei",
		"quokkaesque": "Ruto pledges troops",
		"haiti":       "Haiti",
		"zebrine":     "Until the end",
	}
	for q, want := range first {
		if ts := titles(q); len(ts) == 0 || ts[0] != want {
			t.Errorf("search %q = %q, want %q first", q, ts, want)
		}
	}
	if ts := titles("ruto troops"); !slices.Equal(ts, []string{"Ruto pledges troops"}) {
		t.Errorf("search %q = %q, want only the brief with both words", "ruto troops", ts)
	}
	if ts := titles("sharedtail"); !slices.Equal(ts, []string{"Ruto pledges troops", "Until the end"}) { // newest first
		t.Errorf("search sharedtail = %q, want both long briefs", ts)
	}
	// A word with inner punctuation, which the index keeps as its pieces.
	if ts := titles("port-au-tail"); !slices.Equal(ts, []string{"Ruto pledges troops", "Until the end"}) {
		t.Errorf("search port-au-tail = %q, want both long briefs", ts)
	}
	if ts := titles("Port-au-Zzz"); len(ts) != 0 {
		t.Errorf("search Port-au-Zzz = %q, want nothing: every piece must match", ts)
	}
	if ts := titles("moise"); !slices.Contains(ts, "President Jovenel Moïse dies") {
		t.Errorf("search moise = %q, want the brief too", ts)
	}
	for _, q := range []string{"zzzz", "  "} {
		if ts := titles(q); len(ts) != 0 {
			t.Errorf("search %q = %q, want nothing", q, ts)
		}
	}
	// The brief's snippet comes from its body and marks the accented word.
	for _, r := range out.Results["moise"] {
		if r.T != "President Jovenel Moïse dies" {
			continue
		}
		var marked []string
		for _, p := range r.Snippet {
			if p.Mark {
				marked = append(marked, p.Text)
			}
		}
		if !slices.Equal(marked, []string{"Moïse"}) {
			t.Errorf("snippet %+v marks %q, want [Moïse]", r.Snippet, marked)
		}
	}
}

// BenchmarkSearchIndex writes the search index of a site of 1,000
// generated briefs in English (en), and of 1,000 briefs in Japanese and
// Chinese, whose paragraphs have no spaces (cjk).
//
//	go test -run '^$' -bench SearchIndex -benchmem ./internal/render
func BenchmarkSearchIndex(b *testing.B) {
	for _, s := range []struct {
		name string
		fsys func() fstest.MapFS
	}{
		{"en", func() fstest.MapFS { return corpus.Generate(1000, 1) }},
		{"cjk", func() fstest.MapFS { return cjkSite(1000) }},
	} {
		b.Run(s.name, func(b *testing.B) {
			res := build.Build(context.Background(), s.fsys(), build.Options{})
			if res.Diags.HasErrors() {
				b.Fatal(res.Diags.Sorted())
			}
			i := slices.IndexFunc(res.Files, func(f output.File) bool { return f.Path == "assets/search-index.js" })
			if i < 0 {
				b.Fatal("no search index")
			}
			var size int64
			for b.Loop() {
				w := countingWriter{}
				if err := res.Files[i].Write(&w); err != nil {
					b.Fatal(err)
				}
				size = w.n
			}
			b.ReportMetric(float64(size), "index-bytes")
		})
	}
}

type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

// cjkSite is a site of n briefs in Japanese and Chinese: paragraphs
// without spaces, some longer than the index keeps verbatim, with
// full-width letters and digits.
func cjkSite(n int) fstest.MapFS {
	paras := []string{
		"岸田文雄首相は広島でＧ７サミットを開催し、ウクライナのゼレンスキー大統領が対面で参加した。ガス価格とエネルギー安全保障も議題となった。",
		"中华人民共和国外交部发言人在例行记者会上回答有关问题时表示中方一贯主张通过对话协商和平解决争端各方应当保持克制避免局势进一步升级并且为政治解决创造条件同时欢迎国际社会为此发挥建设性作用北极航道开发问题是双方讨论的重点之一。",
		"石破茂首相のもとで衆議院選挙が行われ、自民党は過半数を失った。第%d回の会合では２０２４年度の予算案についても議論された。",
	}
	fsys := fstest.MapFS{"brief.yaml": {Data: []byte("title: 簡報\nlanguage: ja\n")}}
	for i := range n {
		var body strings.Builder
		for j := range 2 + i%5 {
			fmt.Fprintf(&body, paras[(i+j)%len(paras)]+"\n\n", i)
		}
		fsys[fmt.Sprintf("content/briefs/b%d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil, "---\ntitle: \"第%d号 サミット\"\ndate: 2024-05-%02d\n---\n%s", i, 1+i%28, body.String())}
	}
	return fsys
}
