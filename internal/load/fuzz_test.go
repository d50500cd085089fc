package load

import (
	"encoding/json"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/slug"
	"golang.org/x/text/unicode/norm"
)

// FuzzFrontMatter loads a site of one brief, one actor profile or a site
// file made of arbitrary bytes. Load must not panic, every diagnostic must
// point into the file it names, and a brief that loads cleanly must have a
// title.
func FuzzFrontMatter(f *testing.F) {
	seeds := []string{
		"---\ntitle: T\ndate: 2024-05-01\nsources: [{title: S}]\n---\nBody.\n",
		"---\ntitle: T\ndate: 2024-05\nupdated: 2024-04-30\n---\n",
		"---\ntitle: T\nupdated: 2024-05/2024-06\n---\n",
		"+++\ntitle = \"T\"\ndate = 2024-05-01\n+++\nBody\n",
		"---toml\ntitle = \"T\"\n---\n",
		"---\ntitle: [a\n---\n",
		"---\ntitle: [UPDATE] Talks\n---\n",
		"---\nsources:\n  - {title: S\ndate: 2024\n---\n",
		"---\ntitle: \"T\n---\n",
		"---\n\ttitle: T\n---\n",
		"---\ntitle: &a T\nsummary: *a\n---\n",
		"---\nx0: &a0 [a, a]\nx1: &a1 [*a0, *a0]\n---\n",
		"\ufeff---\r\ntitle: T\r\n---\r\n",
		"---\nevents:\n  - date: 2024\n    text: E\n    actors: [A, ~, [x]]\n---\n",
		"---\nsources:\n  - title: S\n    url: javascript:alert(1)\n  - bare\n---\n",
		"---\n? [a]\n: b\n---\n",
		"---\ntitle: T\ntitle: U\n---\n",
		"---\ntitle: T\n<<<<<<< HEAD\ndate: 2024\n=======\ndate: 2025\n>>>>>>> main\n---\n<<<<<<<\na\n=======\n>>>>>>>",
		"<<<<<<< HEAD\r\n---\r\n=======\r\n+++\r\n>>>>>>> x\r\n",
		"---\n- a\n---\n",
		"---",
		"",
		"\x00",
		"---\ntitle: \xff\n---\n",
		"+++\n[actors]\nx = 1\n+++\n",
		"+++\ntitle = \n+++\n",
		"---\ntitle: T\nparams: {a: [1, 2.5, .nan, .inf, ~, true, {b: c}], d: 2024-05-01, e: 99999999999999999999}\n---\n",
		"---\ntitle: T\ntopics: [\"#haiti  #un\", \"#\", \"#a/b\", \"é #x\", \"#é,#ü\"]\n---\n",
		"---\ntitle: T\ntopics: #a, #é\nactors:\n  -   #x #y\n  - #\ncountries: \t#z\n---\n",
		"---\ntitle: T\ntopics: [ #a, b ]\nactors: [x,#]\n---\n",
		"+++\ntitle = \"T\"\n[params]\nx = nan\ny = inf\nz = 1979-05-27T07:32:00Z\n[params.deep]\nw = [1, \"a\"]\n+++\n",
		"+++\ntitle = \"T\"\nevents = [{title = \"S\", a . 'b' = 1}, {\"t\\u0041\" = 'x'}]\nactors = [\n  \"A\", # c, [\n  \"B\",\n]\n" +
			"summary = \"\"\"\na\\\"\"\"\"\"\n[[sources]]\ntitle = '''x'''\n[[sources.x]]\n+++\n",
	}
	for _, s := range seeds {
		f.Add(s, uint8(0))
	}
	f.Add("name: N\naliases: [A, B]\nkind: person\ncountry: Kenya\n", uint8(1))
	f.Add("title: Site\nminify: yes\nbase_url: https://x/\n", uint8(2))
	f.Add("language: fr\ntranslations:\n  \"%d of %s\": \"%[2]s: %[1]d\"\n  Sources: Quellen\n  Period: \"100%\"\nparams: {x: 1}\n", uint8(2))
	f.Add("language = \"de\"\n[translations]\nSources = \"Quellen\"\n\"%d of %s\" = \"%d von %s\"\n[params]\nx = nan\n", uint8(3))
	f.Fuzz(func(t *testing.T, src string, which uint8) {
		file := [...]string{"content/briefs/a.md", "content/actors/a.md", "brief.yaml", "brief.toml"}[which%4]
		if which%4 == 1 && !strings.HasPrefix(src, "---") {
			src = "---\n" + src + "\n---\n"
		}
		fsys := fstest.MapFS{file: {Data: []byte(src)}}
		var diags diag.List
		s := Load(fsys, Options{}, &diags)
		lines := strings.Count(src, "\n") + strings.Count(src, "\r") + 1
		for _, d := range diags.Sorted() {
			if d.Pos.File != file {
				t.Errorf("diagnostic for another file: %s", d)
			}
			if d.Pos.Line < 0 || d.Pos.Line > lines+1 || d.Pos.Col < 0 {
				t.Errorf("position outside the file of %d lines: %s", lines, d)
			}
		}
		// What templates and data files get: params JSON can carry, and
		// translations that print their texts' arguments.
		params := []map[string]any{s.Config.Params}
		for _, b := range s.Briefs {
			params = append(params, b.Params)
		}
		for _, e := range s.Actors {
			params = append(params, e.Params)
		}
		for _, p := range params {
			if _, err := json.Marshal(p); err != nil {
				t.Errorf("params %v: %v", p, err)
			}
		}
		words := lang.For("de", s.Config.Translations)
		for text := range s.Config.Translations {
			var args []any
			for _, v := range lang.Verbs(text) {
				switch v {
				case "%": // a lone "%" at the end prints no argument
				case "%d":
					args = append(args, 1)
				default:
					args = append(args, "x")
				}
			}
			if got := words.T(text, args...); len(args) > 0 && strings.Contains(got, "%!") {
				t.Errorf("translation of %q prints %q", text, got)
			}
		}
		if !diags.HasErrors() {
			for _, b := range s.Briefs {
				if b.Title == "" {
					t.Errorf("brief without a title loaded without an error")
				}
			}
			for _, e := range s.Actors {
				if e.Name == "" {
					t.Errorf("actor without a name loaded without an error")
				}
			}
		}
	})
}

// FuzzAliasPath checks that an alias AliasPath accepts names a file under
// the site root, as its doc comment and errors promise: a clean relative
// path of an HTML file (.html or .htm, in any case), never above the root
// nor under brief serve's own directory, in NFC, with no URL's characters
// (":?#%\\"), no control characters, none of the characters Windows keeps
// out of file names, no hidden part and no part that Windows would drop
// (a trailing dot or space) or keeps for a device.
func FuzzAliasPath(f *testing.F) {
	for _, s := range []string{
		"old-slug", "/briefs/x/", "a/../../b", "x.html", "https://e.org/", "a\\b", " ", "./",
		"a/.git/x.html", "CON/x.html", "x%2e.html", "a./b.html", "E\u0301.html", "/e\u0301/",
		"0.htm", "X.HTML", "a/b.md", "old/dir/", "/old-page", "_brief/x.html", "a/./b/", "a\x7f/b.html",
		"/x/../y/", "/../x/", "a/b/../../c.html", "x/../_brief/", "CON/../x/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := AliasPath(s, "briefs")
		if err != nil {
			return
		}
		fail := func(why string) { t.Errorf("AliasPath(%q) = %q: %s", s, p, why) }
		if p != path.Clean(p) || strings.HasPrefix(p, "/") || p == ".." || strings.HasPrefix(p, "../") {
			fail("not a clean path from the site root")
		}
		if ext := strings.ToLower(path.Ext(p)); ext != ".html" && ext != ".htm" {
			fail("not an HTML file")
		}
		if p == ServeDir || strings.HasPrefix(p, ServeDir+"/") {
			fail("under brief serve's own directory")
		}
		if strings.ContainsAny(p, ":?#%\\") {
			fail("a character of a URL or an escape")
		}
		if strings.ContainsFunc(p, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			fail("a control character")
		}
		if strings.ContainsAny(p, `*|"<>`) {
			fail("a character Windows keeps out of file names")
		}
		if !norm.NFC.IsNormalString(p) {
			fail("not in NFC")
		}
		for seg := range strings.SplitSeq(p, "/") {
			switch {
			case strings.HasPrefix(seg, "."):
				fail("a hidden part")
			case strings.HasSuffix(seg, ".") || strings.HasSuffix(seg, " "):
				fail("a part ending in a dot or a space")
			case slug.WindowsReserved(seg):
				fail("a part Windows keeps for a device")
			}
		}
	})
}
