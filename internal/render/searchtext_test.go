package render

import (
	"bytes"
	"encoding/json"
	"html"
	"html/template"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/briefsite/brief/internal/site"
)

// wordsOfFold is searchWords as its doc comment defines it: the runs of
// letters, numbers and marks of foldSearch(s), each followed by what its
// elided forms leave of it, if anything.
func wordsOfFold(s string) []string {
	var words []string
	for _, w := range apostrophed.FindAllString(foldSearchApostrophes(s), -1) {
		if bare := strings.ReplaceAll(w, "'", ""); bare != "" {
			words = append(words, bare)
		}
		if rest := elidedRest(w); rest != "" {
			words = append(words, rest)
		}
	}
	return words
}

// apostrophed is a word of foldSearchApostrophes's text, apostrophes and
// all.
var apostrophed = regexp.MustCompile(`[\p{L}\p{N}\p{M}']+`)

var searchWordsCases = []string{
	"",
	"Plain ASCII words, with 2025 and punctuation!",
	"Moïse’s party & the PNH's men (don`t)",
	"e\u0301cole Ἀθῆναι ΟΔΥΣΣΕΥΣ ς",
	"a-b_c.d/e\tf\ng",
	"'quoted' `ticks` ’curly’",
	"İstanbul ǅ ß ﬁ",
	"x\u0301,\u0301y",
	"\xff\xfe broken utf-8 \xc3",
	"   leading and trailing   ",
	"二〇二四年 〡〢 ᛮ",
	"Le Conseil de l’ONU, d’aujourd’hui, dell'ONU all’Italia qu’il l'a O'Brien L’État-major",
	"l' 'l ''onu l''onu Jusqu’à ＇ ＇onu l＇onu ŉ",
}

// TestSearchWordsElided checks that a word opening with an elided
// article or preposition is also the word that follows it, in French and
// Italian, and only there: not O'Brien, Sing’oei or Kenya's.
func TestSearchWordsElided(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"l’ONU", []string{"lonu", "onu"}},
		{"L'État-major", []string{"letat", "etat", "major"}},
		{"d’aujourd’hui", []string{"daujourdhui", "aujourdhui"}},
		{"jusqu’à Qu’il", []string{"jusqua", "quil", "il"}},
		{"dell’ONU all’Italia nell'ambito un’altra", []string{"dellonu", "onu", "allitalia", "italia", "nellambito", "ambito", "unaltra", "altra"}},
		{"l’a s’", []string{"la", "s"}}, // one letter left: not a word of its own
		{"O'Brien Sing’oei Kenya's rock'n'roll", []string{"obrien", "singoei", "kenyas", "rocknroll"}},
		{"l＇ONU", []string{"lonu", "onu"}}, // the full-width apostrophe
	} {
		if got := searchWords(c.in); !slices.Equal(got, c.want) {
			t.Errorf("searchWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSearchWordsMatchesFold(t *testing.T) {
	for _, s := range searchWordsCases {
		if got, want := searchWords(s), wordsOfFold(s); !slices.Equal(got, want) {
			t.Errorf("searchWords(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzSearchWords(f *testing.F) {
	for _, s := range searchWordsCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Content is UTF-8 (load rejects a file that is not), and after an
		// invalid byte norm.NFKD leaves the next character undecomposed
		// ("\xf3Ӳ "), so the two ways of folding need not agree there.
		if !utf8.ValidString(s) {
			return
		}
		if got, want := searchWords(s), wordsOfFold(s); !slices.Equal(got, want) {
			t.Errorf("searchWords(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestSeparatorsSplitWords checks, for every character that
// separatesWords reports as separating words, that the words of a text
// with it are the words before it and the words after it.
func TestSeparatorsSplitWords(t *testing.T) {
	sides := []string{"", "a", "é", "ש\u05b8", "中", "x\u0301", "\u0301y", "'", "’", "ｶ", "\u3099", "1"}
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		c := string(r)
		if !utf8.ValidString(c) || !separatesWords(c) {
			continue
		}
		n++
		for _, before := range sides {
			for _, after := range sides {
				if got, want := searchWords(before+c+after), slices.Concat(searchWords(before), searchWords(after)); !slices.Equal(got, want) {
					t.Fatalf("searchWords(%q) = %q, want %q: %U does not separate words", before+c+after, got, want, r)
				}
			}
		}
	}
	for _, c := range []string{" ", ".", "，", "。", "、", "！", "\u05be"} {
		if !separatesWords(c) {
			t.Errorf("separatesWords(%q) = false", c)
		}
	}
	for _, c := range []string{"a", "中", "'", "’", "＇", "\u0301", "\u05b8", "‾", "①"} {
		if separatesWords(c) {
			t.Errorf("separatesWords(%q) = true", c)
		}
	}
	t.Logf("%d characters separate words", n)
}

var collapseCases = []string{"", " ", "a", " a  b\t\nc ", "a\u00a0b\u2003c\u3000", "\u0085x\u0085", "\xffa \xc3 b", "é  ü"}

func TestCollapseSpace(t *testing.T) {
	for _, s := range collapseCases {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCollapseSpace(f *testing.F) {
	for _, s := range collapseCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// textOfHTML is htmlText as its doc comment defines it, step by step:
// the text between tags with its character references decoded, a space
// for each block tag, then the white space collapsed; a footnote's link
// and its text are left out, and a citation's mark with the space before
// it.
func textOfHTML(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(html.UnescapeString(s))
			break
		}
		b.WriteString(html.UnescapeString(s[:i]))
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		if isFootnoteLink(s[i : i+j]) {
			_, rest, ok := strings.Cut(s[i+j:], "</a>")
			if !ok {
				break
			}
			s = rest
			continue
		}
		if strings.HasPrefix(s[i:i+j], `<sup class="cite"`) {
			_, rest, ok := strings.Cut(s[i+j:], "</sup>")
			if !ok {
				break
			}
			text := strings.TrimRightFunc(b.String(), unicode.IsSpace) // and the space before it
			b.Reset()
			b.WriteString(text)
			s = rest
			continue
		}
		name := strings.TrimPrefix(s[i+1:i+j], "/")
		if k := strings.IndexAny(name, " \t\n/"); k >= 0 {
			name = name[:k]
		}
		if !isInlineTag(strings.ToLower(name)) {
			b.WriteByte(' ')
		}
		s = s[i+j+1:]
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

var htmlTextCases = []string{
	"",
	"<p>a <em>b</em>c</p>\n<p>d</p>",
	"<p>Moïse&rsquo;s <a href=\"x\">party</a> &amp; <strong>allies</strong></p>",
	"<a href='<'>&amp;&#x3c;</a",
	"&am<i>p; x&nbsp;y &#x2003;z</i>",
	"  <br/>  lead<B>Bold</B>  <DIV>trail </div>  ",
	"\xff<p>\xc3</p>",
	`<p>said<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>.</p><li><p>Reuters.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li>`,
	`x<a href="#fn:1" class="footnote-ref">1`,
	`<p>planned <sup class="cite">[<a href="#src-a">1, p. 4</a>]</sup>. <em>Then</em>  <sup class="cite">[2]</sup> more <sup class="cite">[3`,
}

func TestHTMLTextMatchesDefinition(t *testing.T) {
	for _, s := range htmlTextCases {
		if got, want := htmlText(s), textOfHTML(s); got != want {
			t.Errorf("htmlText(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzHTMLTextMatchesDefinition(f *testing.F) {
	for _, s := range htmlTextCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := htmlText(s), textOfHTML(s); got != want {
			t.Errorf("htmlText(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestWordSplitterReuse checks that a wordSplitter used for one document
// after another gives what splitBody gives for each alone.
func TestWordSplitterReuse(t *testing.T) {
	docs := []struct{ text, known string }{
		{strings.Repeat("alpha beta gamma ", 40) + "delta epsilon", "Title"},
		{"short", ""},
		{strings.Repeat("zeta eta ", 60) + "alpha theta Title", "Title"},
		{strings.Repeat("alpha ", 100), "alpha"},
	}
	var w wordSplitter
	for range 2 {
		for _, d := range docs {
			gotStart, gotWords := w.split(d.text, d.known, "")
			wantStart, wantWords := splitBody(d.text, d.known)
			if gotStart != wantStart || !slices.Equal(gotWords, wantWords) || (gotWords == nil) != (wantWords == nil) {
				t.Errorf("split(%.20q…) = %q, %q; splitBody gives %q, %q", d.text, gotStart, gotWords, wantStart, wantWords)
			}
		}
	}
}

// TestWriteWords checks that the inverted index is written as
// json.Marshal writes the map of delta-encoded lists, keys that need
// escaping included.
func TestWriteWords(t *testing.T) {
	words := func() map[string][]int32 {
		return map[string][]int32{
			"haïti": {0, 3, 4, 90}, "<script>": {2}, "a&b": {1, 2}, "zebrine": {7}, `quo"te`: {0, 1000000},
		}
	}
	want := map[string][]int32{}
	for w, docs := range words() {
		d := slices.Clone(docs)
		for i := len(d) - 1; i > 0; i-- {
			d[i] -= d[i-1]
		}
		want[w] = d
	}
	wantJSON, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		words map[string][]int32
		want  string
	}{
		{"words", words(), string(wantJSON)},
		{"none", map[string][]int32{}, "{}"},
	} {
		var buf bytes.Buffer
		if err := writeWords(&errWriter{w: &buf}, wordIndexOf(tt.words)); err != nil {
			t.Fatal(err)
		}
		if buf.String() != tt.want {
			t.Errorf("%s: writeWords wrote\n%s\nwant\n%s", tt.name, buf.String(), tt.want)
		}
	}
}

// wordIndexOf returns the index of words.
func wordIndexOf(words map[string][]int32) *wordIndex {
	x := &wordIndex{list: map[string]int{}}
	for w, docs := range words {
		x.list[w] = len(x.docs)
		x.docs = append(x.docs, docs)
	}
	return x
}

// TestWordIndexKeepsNoText checks that the index lists each word's
// documents and keeps copies of the words, not the texts they are cut
// from, whether a word is new to it or not.
func TestWordIndexKeepsNoText(t *testing.T) {
	texts := []string{
		strings.Repeat("long ", 100) + "border haiti",
		strings.Repeat("other ", 100) + "haiti border mission",
	}
	var x wordIndex
	for n, text := range texts {
		x.add(strings.Fields(text)[100:], int32(n))
	}
	want := map[string][]int32{"border": {0, 1}, "haiti": {0, 1}, "mission": {1}}
	got := map[string][]int32{}
	for w, i := range x.list {
		got[w] = x.docs[i]
		for n, text := range texts {
			start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
			at := uintptr(unsafe.Pointer(unsafe.StringData(w)))
			if start <= at && at < start+uintptr(len(text)) {
				t.Errorf("the index keeps %q as a slice of text %d", w, n)
			}
		}
	}
	if !maps.EqualFunc(got, want, slices.Equal) {
		t.Errorf("index = %v, want %v", got, want)
	}
}

// TestBodyTextReuse checks that a bodyText used for one body after
// another gives each body's text, packed or not.
func TestBodyTextReuse(t *testing.T) {
	var p site.Packer
	var text bodyText
	long := strings.Repeat("<p>Kenya&rsquo;s police <em>lead</em> the mission.</p>\n", 300)
	for _, h := range append(htmlTextCases, long, "<p>short</p>", long+long, "") {
		want := textOfHTML(h)
		if got := text.of(p.Pack([]byte(h))); got != want {
			t.Errorf("of(Pack(%.20q)) = %.40q, want %.40q", h, got, want)
		}
		if got := text.of(site.PlainMarkup(template.HTML(h))); got != want {
			t.Errorf("of(PlainMarkup(%.20q)) = %.40q, want %.40q", h, got, want)
		}
	}
}
