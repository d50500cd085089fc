package load

import (
	"strconv"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/lang"
)

func TestCheckBaseURL(t *testing.T) {
	for _, tc := range []struct {
		url  string
		want string // substring of the error; "" for none
	}{
		{"https://owner.github.io/repo/", ""},
		{"http://localhost:8080", ""},
		{"https://example.org/brief/sous-répertoire/", ""},
		{"", "empty"},
		{"owner.github.io/repo/", "has no scheme"},
		{"//example.org/", "has no scheme"},
		{"javascript:alert(4)//", "not an http or https URL"},
		{"ftp://example.org/", "not an http or https URL"},
		{"https:///path/", "has no host"},
		{"https:example.org", "has no host"},
		{"https://example.org/?q=1", "has a query"},
		{"https://example.org/?", "has a query"},
		{"https://example.org/#top", "has a fragment"},
		{"https://example.org/#", "has a fragment"},
		{"https://example.org/my site/", "has a blank or control character; write a space as %20"},
		{"https://example.org/\x7f", "control character"},
		{"https://exa mple.org/", "blank"},
		{"https://[::1/", "is not a URL"},
		{"https://ex.com/a\"><script>alert(9)</script>/", `has '"', which a URL writes percent-encoded (%22)`},
		{"https://ex.com/a<b/", "(%3C)"},
		{"https://ex.com/a{b}/", "(%7B)"},
		{"https://owner.github.io/repo//", "has an empty step (//) in its path; write https://owner.github.io/repo/"},
		{"https://owner.github.io//", "write https://owner.github.io/"},
		{"https://owner.github.io//a//b", "write https://owner.github.io/a/b/"},
		// A page's address in place of its folder's.
		{"https://example.org/x/index.html", `"https://example.org/x/index.html" ends in a page's name, index.html, and the site's pages would be added after it (index.html/briefs/…); write its folder, https://example.org/x/`},
		{"https://example.org/index.htm", "write its folder, https://example.org/"},
		{"https://example.org/briefing/Default.ASPX", "ends in a page's name, Default.ASPX"},
		{"https://example.org/news/index.php", "write its folder, https://example.org/news/"},
		{"https://example.org/v1.2/", ""},
		{"https://example.org/brief.v2", ""},
		{"https://example.org/index.html/", ""},
	} {
		err := CheckBaseURL(tc.url)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("CheckBaseURL(%q) = %v, want nil", tc.url, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("CheckBaseURL(%q) = %v, want an error containing %q", tc.url, err, tc.want)
		}
	}
}

func TestBaseURLInSiteFile(t *testing.T) {
	s, ds := loadMap(t, map[string]string{
		"brief.yaml":          "title: Site\nbase_url: owner.github.io/repo/\n",
		"content/briefs/a.md": "---\ntitle: A\n---\n",
	}, Options{})
	if len(ds) == 0 || ds[0].String() != "brief.yaml:2:11: error: `base_url`: \"owner.github.io/repo/\" has no scheme; give an absolute URL, as in https://owner.github.io/repo/" {
		t.Errorf("diagnostics = %v", ds)
	}
	if s.Config.BaseURL != "" {
		t.Errorf("BaseURL = %q, want it left out", s.Config.BaseURL)
	}
}

func TestLanguageInSiteFile(t *testing.T) {
	all := strconv.Itoa(len(lang.Keys()) - 1) // but lang.QuoteText
	for _, tc := range []struct{ lang, want string }{
		{"en", ""}, {"en-GB", ""}, {"fr", ""}, {"fr-HT", ""},
		{"pt-BR", "brief.yaml:1:11: warning: brief has no words for `language` \"pt-BR\": " + all + " of the theme's " + all + " texts"},
		{"zh-Hant-TW", "brief.yaml:1:11: warning: brief has no words for `language` \"zh-Hant-TW\""},
		{"english", "brief.yaml:1:11: error: `language` \"english\" is not a language tag; write one such as en, fr or pt-BR"},
		{"en_GB", "brief.yaml:1:11: error: `language` \"en_GB\" is not a language tag"},
		// A country's code, which no language has, in place of its
		// language's, said so in place of brief's having no words for it.
		{"jp", "brief.yaml:1:11: warning: `language` \"jp\" is a country code (Japan), not a language code; the language code for Japanese is \"ja\""},
		{"ua", "brief.yaml:1:11: warning: `language` \"ua\" is a country code (Ukraine), not a language code; the language code for Ukrainian is \"uk\""},
		{"CN", "brief.yaml:1:11: warning: `language` \"CN\" is a country code (China), not a language code; the language code for Chinese is \"zh\""},
		{"gr", "brief.yaml:1:11: warning: `language` \"gr\" is a country code (Greece), not a language code; the language code for Greek is \"el\""},
		{"cz", "brief.yaml:1:11: warning: `language` \"cz\" is a country code (Czechia), not a language code; the language code for Czech is \"cs\""},
		{"dk", "brief.yaml:1:11: warning: `language` \"dk\" is a country code (Denmark), not a language code; the language code for Danish is \"da\""},
		{"il", "brief.yaml:1:11: warning: `language` \"il\" is a country code (Israel), not a language code; the language code for Hebrew is \"he\""},
		{"ir", "brief.yaml:1:11: warning: `language` \"ir\" is a country code (Iran), not a language code; the language code for Persian is \"fa\""},
		{"vn", "brief.yaml:1:11: warning: `language` \"vn\" is a country code (Vietnam), not a language code; the language code for Vietnamese is \"vi\""},
		{"rs", "brief.yaml:1:11: warning: `language` \"rs\" is a country code (Serbia), not a language code; the language code for Serbian is \"sr\""},
		{"us", "brief.yaml:1:11: warning: `language` \"us\" is a country code (United States), not a language code; the language code for English is \"en\""},
		{"jp-JP", "brief.yaml:1:11: warning: `language` \"jp-JP\": \"jp\" is a country code (Japan), not a language code; the language code for Japanese is \"ja\", so write \"ja-JP\""},
		{"aq", "brief.yaml:1:11: warning: `language` \"aq\" is a country code (Antarctica), not a language code; write a language's, such as en, fr or pt-BR"},
		{"xx", "brief.yaml:1:11: warning: `language` \"xx\" is not a language code (ISO 639); write one such as en, fr or pt-BR"},
		{"xyz-Latn", "brief.yaml:1:11: warning: `language` \"xyz-Latn\": \"xyz\" is not a language code (ISO 639)"},
		// Countries' codes that are languages' too are languages': Sinhala,
		// Belarusian, Catalan, Northern Sami, Kanuri, Ukrainian; and the
		// codes of ISO 639-2 and 639-3 of languages without two-letter
		// codes (see TestLanguageThreeLetters).
		{"si", "brief.yaml:1:11: warning: brief has no words for `language` \"si\""},
		{"be", "brief.yaml:1:11: warning: brief has no words for `language` \"be\""},
		{"ca", "brief.yaml:1:11: warning: brief has no words for `language` \"ca\""},
		{"se", "brief.yaml:1:11: warning: brief has no words for `language` \"se\""},
		{"kr", "brief.yaml:1:11: warning: brief has no words for `language` \"kr\""},
		{"uk", "brief.yaml:1:11: warning: brief has no words for `language` \"uk\""},
		{"cmn", "brief.yaml:1:11: warning: brief has no words for `language` \"cmn\""},
		{"yue-Hant-HK", "brief.yaml:1:11: warning: brief has no words for `language` \"yue-Hant-HK\""},
	} {
		s, ds := loadMap(t, map[string]string{"brief.yaml": "language: " + tc.lang + "\n", "content/briefs/a.md": "---\ntitle: A\n---\n"}, Options{})
		var got []string
		for _, d := range ds {
			if d.Pos.File == "brief.yaml" {
				got = append(got, d.String())
			}
		}
		if tc.want == "" && (len(got) > 0 || s.Config.Language != tc.lang) || tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tc.want)) ||
			strings.Contains(tc.want, "warning") && s.Config.Language != tc.lang {
			t.Errorf("language %q: %q (Language %q), want %q", tc.lang, got, s.Config.Language, tc.want)
		}
	}
}

// TestLanguageThreeLetters checks that a language's three-letter code
// (ISO 639-2 or 639-3) where it has a two-letter one is a warning that
// says to write that, and that the site is read as in that language,
// everywhere: its words, dates, country names and lang attribute.
func TestLanguageThreeLetters(t *testing.T) {
	for _, tc := range []struct {
		lang, read string
		want       []string
	}{
		{"fra", "fr", []string{"brief.yaml:1:11: warning: `language` \"fra\" is written \"fr\": BCP 47, which the pages' lang attribute takes, writes French with its two-letter code; the site is built as \"fr\""}},
		{"fre", "fr", []string{"brief.yaml:1:11: warning: `language` \"fre\" is written \"fr\": BCP 47, which the pages' lang attribute takes, writes French with its two-letter code; the site is built as \"fr\""}},
		{"SPA", "es", []string{"brief.yaml:1:11: warning: `language` \"SPA\" is written \"es\": BCP 47, which the pages' lang attribute takes, writes Spanish with its two-letter code; the site is built as \"es\""}},
		{"eng", "en", []string{"brief.yaml:1:11: warning: `language` \"eng\" is written \"en\": BCP 47, which the pages' lang attribute takes, writes English with its two-letter code; the site is built as \"en\""}},
		{"fra-CA", "fr-CA", []string{"brief.yaml:1:11: warning: `language` \"fra-CA\": \"fra\" is written \"fr\", so write \"fr-CA\": BCP 47, which the pages' lang attribute takes, writes French with its two-letter code; the site is built as \"fr-CA\""}},
		// A language brief has no words for is told of too, by the code
		// the site is read as.
		{"deu", "de", []string{
			"brief.yaml:1:11: warning: `language` \"deu\" is written \"de\": BCP 47, which the pages' lang attribute takes, writes German with its two-letter code; the site is built as \"de\"",
			"brief.yaml:1:11: warning: brief has no words for `language` \"de\"",
		}},
		// Three letters that are the only code: kept.
		{"yue", "yue", []string{"brief.yaml:1:11: warning: brief has no words for `language` \"yue\""}},
		{"fil", "fil", []string{"brief.yaml:1:11: warning: brief has no words for `language` \"fil\""}},
	} {
		s, ds := loadMap(t, map[string]string{"brief.yaml": "language: " + tc.lang + "\n", "content/briefs/a.md": "---\ntitle: A\n---\n"}, Options{})
		var got []string
		for _, d := range ds {
			if d.Pos.File == "brief.yaml" {
				got = append(got, d.String())
			}
		}
		ok := len(got) == len(tc.want)
		for i := 0; ok && i < len(got); i++ {
			ok = strings.HasPrefix(got[i], tc.want[i])
		}
		if !ok || s.Config.Language != tc.read {
			t.Errorf("language %q: %q (Language %q), want %q (Language %q)", tc.lang, got, s.Config.Language, tc.want, tc.read)
		}
	}
}
