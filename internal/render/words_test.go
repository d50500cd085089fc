package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"text/template/parse"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/site"
	brieftemplates "github.com/briefsite/brief/templates"
)

// themeTexts returns every text the theme looks up in the site's words:
// the literal texts its templates give t, count and form, the kinds'
// names they translate, the texts render's Go code translates, search.js's
// and the words of dates.
func themeTexts(t *testing.T) []string {
	t.Helper()
	texts := map[string]bool{}
	// The theme's files as written: parseTemplates folds the texts away.
	for _, name := range append([]string{"base.html", "partials.html"}, pageTemplates...) {
		src, err := fs.ReadFile(brieftemplates.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		set, err := template.New(name).Funcs(funcs).Parse(string(src))
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range set.Templates() {
			if x.Tree != nil {
				walkTexts(x.Tree.Root, texts)
			}
		}
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		texts[k.Singular()] = true // {{t $e.Kind.Singular}}, count's words of entities.html
		texts[k.Plural()] = true
		texts[strings.ToUpper(k.Plural()[:1])+k.Plural()[1:]] = true // the lists' titles
	}
	// The Go code's texts: the literal first arguments of words.T, and
	// of the markdown package's, which titles callouts.
	goT := regexp.MustCompile(`\bT\(("(?:[^"\\]|\\.)*")`)
	files, err := fs.Glob(os.DirFS("."), "*.go")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, "../markdown/callout.go", "../markdown/tasks.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range goT.FindAllStringSubmatch(string(src), -1) {
			s, err := strconv.Unquote(m[1])
			if err != nil {
				t.Fatal(err)
			}
			texts[s] = true
		}
	}
	for _, s := range append(searchTexts, earlier, undatedLabel) {
		texts[s] = true
	}
	for _, s := range date.English.Months {
		texts[s] = true
	}
	for _, s := range date.English.Seasons {
		texts[s] = true
	}
	for _, s := range []string{"early", "mid-", "late", "about", "perhaps", "perhaps about", "since", "until", "1",
		"about|day", "perhaps|day", "perhaps about|day", "since|day", "until|day", "since|part", "until|part", lang.DayFormat, lang.MonthFormat} {
		texts[s] = true
	}
	out := make([]string, 0, len(texts))
	for s := range texts {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// walkTexts adds to texts the string literals given to t, count and form
// under n.
func walkTexts(n parse.Node, texts map[string]bool) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n != nil {
			for _, c := range n.Nodes {
				walkTexts(c, texts)
			}
		}
	case *parse.ActionNode:
		walkTexts(n.Pipe, texts)
	case *parse.PipeNode:
		if n == nil {
			return
		}
		for _, c := range n.Cmds {
			walkTexts(c, texts)
		}
	case *parse.CommandNode:
		if id, ok := n.Args[0].(*parse.IdentifierNode); ok && (id.Ident == "t" || id.Ident == "count" || id.Ident == "form") {
			for _, a := range n.Args[1:] {
				if s, ok := a.(*parse.StringNode); ok {
					texts[s.Text] = true
				}
			}
		}
		for _, a := range n.Args {
			walkTexts(a, texts)
		}
	case *parse.IfNode:
		walkTexts(n.Pipe, texts)
		walkTexts(n.List, texts)
		walkTexts(n.ElseList, texts)
	case *parse.RangeNode:
		walkTexts(n.Pipe, texts)
		walkTexts(n.List, texts)
		walkTexts(n.ElseList, texts)
	case *parse.WithNode:
		walkTexts(n.Pipe, texts)
		walkTexts(n.List, texts)
		walkTexts(n.ElseList, texts)
	case *parse.TemplateNode:
		walkTexts(n.Pipe, texts)
	}
}

// TestTablesComplete checks that every built-in table translates every
// text the theme looks up, and nothing else: a text added to a template
// without its translation fails here, as does a translation left behind.
func TestTablesComplete(t *testing.T) {
	texts := themeTexts(t)
	if len(texts) < 100 || !slices.Contains(texts, "Related briefs") || !slices.Contains(texts, "All briefs") || !slices.Contains(texts, "%s: %s") {
		t.Fatalf("found only %d texts, or not the known ones: %q", len(texts), texts)
	}
	for language, table := range lang.Tables() {
		for _, s := range texts {
			if _, ok := table[s]; !ok {
				t.Errorf("the theme shows %q, which the %s table lacks", s, language)
			}
		}
		for k := range table {
			if !slices.Contains(texts, k) {
				t.Errorf("the %s table translates %q, which the theme does not show", language, k)
			}
		}
	}
}

// TestFoldedTextsSame renders a site with the theme's texts folded into
// its templates and again with every template a site's own copy, whose
// texts stay calls: the pages must be the same, in English, French and
// Spanish.
func TestFoldedTextsSame(t *testing.T) {
	own := fstest.MapFS{}
	for _, name := range append([]string{"base.html", "partials.html"}, pageTemplates...) {
		src, err := fs.ReadFile(brieftemplates.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		own["templates/"+name] = &fstest.MapFile{Data: append(src, "\n{{/* the site's own */}}\n"...)}
	}
	for _, language := range []string{"en", "fr", "es"} {
		render := func(files fstest.MapFS) map[string][]byte {
			s := fragmentSite(t)
			s.Config.Language = language
			out, err := Render(s, Options{SiteFS: files})
			if err != nil {
				t.Fatal(err)
			}
			pages, err := Files(out, files)
			if err != nil {
				t.Fatal(err)
			}
			return pages
		}
		folded, calls := render(fstest.MapFS{}), render(own)
		if len(folded) < 10 || len(folded) != len(calls) {
			t.Fatalf("%s: %d files folded, %d not", language, len(folded), len(calls))
		}
		for name, want := range calls {
			if got := folded[name]; !bytes.Equal(got, want) {
				t.Errorf("%s: %s differs with the texts folded:\n%s", language, name, firstDiff(got, want))
			}
		}
	}
}

// firstDiff shows where a and b first differ.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(i-80, 0)
	return fmt.Sprintf("folded: …%s\ncalls:  …%s", a[from:min(i+80, len(a))], b[from:min(i+80, len(b))])
}

// TestSearchWordsPluralForms checks that the search page gives
// search.js the plural forms of its counts that a site translates.
func TestSearchWordsPluralForms(t *testing.T) {
	p := &Page{words: lang.For("ru", map[string]string{"%d results": "%d результатов", "%d results|few": "%d результата"})}
	got := p.SearchWords()
	if !strings.Contains(got, `"%d results|few":"%d результата"`) || strings.Contains(got, "|many") {
		t.Errorf("SearchWords = %s", got)
	}
	if (&Page{}).SearchWords() != "" {
		t.Error("an English page gives search.js words")
	}
}

// TestQuoteMarks checks that bodies take the quotation marks of the
// site's language, and a translation's own, and English's when a
// translation lacks its %s.
func TestQuoteMarks(t *testing.T) {
	for _, tc := range []struct {
		language string
		own      map[string]string
		want     [2]string
	}{
		{"en", nil, [2]string{"“", "”"}},
		{"fr-HT", nil, [2]string{"«\u00a0", "\u00a0»"}},
		{"es", nil, [2]string{"«", "»"}},
		{"de", map[string]string{"“%s”": "„%s“"}, [2]string{"„", "“"}},
		{"pt", map[string]string{"“%s”": "«»"}, [2]string{"“", "”"}},
	} {
		s := &site.Site{Config: site.Config{Language: tc.language, Translations: tc.own}}
		if got := QuoteMarks(s); got != tc.want {
			t.Errorf("%s %v: %q, want %q", tc.language, tc.own, got, tc.want)
		}
	}
}
