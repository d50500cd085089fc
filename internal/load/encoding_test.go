package load

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16LE returns s in UTF-16, little-endian, after its byte-order mark,
// as Windows' Notepad saves "Unicode"; utf16BE, big-endian.
func utf16LE(s string) string {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

func utf16BE(s string) string {
	b := []byte{0xfe, 0xff}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return string(b)
}

// TestEncodings checks that a brief, a profile and the site file saved
// in UTF-16 are an error at their start that says so, and that one
// saved in UTF-8 with a byte-order mark, Windows' line endings, or both,
// is read as without them.
func TestEncodings(t *testing.T) {
	const (
		brief   = "---\ntitle: Talks\ndate: 2024-05-01\n---\nBody.\n"
		profile = "---\nname: Ruto\n---\nBio.\n"
		yaml    = "title: Site\nbase_url: https://example.org/\n"
		toml    = "title = \"Site\"\nbase_url = \"https://example.org/\"\n"
		utf16   = "1:1: error: file is UTF-16 (what Windows' Notepad calls \"Unicode\"), not UTF-8; save it again as UTF-8"
	)
	crlf := func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }
	bom := func(s string) string { return "\ufeff" + s }
	for _, tc := range []struct {
		name, file, src, want string
	}{
		{"brief UTF-16", "content/briefs/talks.md", utf16LE(brief), utf16},
		{"brief UTF-16 big-endian", "content/briefs/talks.md", utf16BE(brief), utf16},
		{"profile UTF-16", "content/actors/ruto.md", utf16LE(profile), utf16},
		{"site file UTF-16", "brief.yaml", utf16LE(yaml), utf16},
		{"TOML site file UTF-16", "brief.toml", utf16BE(toml), utf16},
		{"brief BOM", "content/briefs/talks.md", bom(brief), ""},
		{"brief CRLF", "content/briefs/talks.md", crlf(brief), ""},
		{"brief BOM and CRLF", "content/briefs/talks.md", bom(crlf(brief)), ""},
		{"profile BOM and CRLF", "content/actors/ruto.md", bom(crlf(profile)), ""},
		{"site file BOM and CRLF", "brief.yaml", bom(crlf(yaml)), ""},
		{"TOML site file BOM and CRLF", "brief.toml", bom(crlf(toml)), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{tc.file: tc.src}
			if !strings.HasPrefix(tc.file, "content/briefs/") {
				files["content/briefs/talks.md"] = brief
			}
			s, ds := loadMap(t, files, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, strings.TrimPrefix(d.String(), tc.file+":"))
			}
			if strings.Join(got, "\n") != tc.want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), tc.want)
			}
			if tc.want != "" {
				return
			}
			switch {
			case strings.HasPrefix(tc.file, "brief."):
				if s.Config.Title != "Site" || s.Config.BaseURL != "https://example.org/" {
					t.Errorf("site file read as %+v", s.Config)
				}
			case strings.HasPrefix(tc.file, "content/actors/"):
				if len(s.Actors) != 1 || s.Actors[0].Name != "Ruto" || string(s.Actors[0].Body) != "Bio.\n" || s.Actors[0].BodyLine != 4 {
					t.Errorf("profile read as %+v", s.Actors)
				}
			default:
				if len(s.Briefs) != 1 || s.Briefs[0].Title != "Talks" || s.Briefs[0].Date.Human() != "1 May 2024" ||
					string(s.Briefs[0].Body) != "Body.\n" || s.Briefs[0].BodyLine != 5 {
					t.Errorf("brief read as %+v", s.Briefs)
				}
			}
		})
	}
}
