package load

import (
	"strings"
	"testing"
)

// TestOtherSiteFiles checks that another generator's site file is told
// not to be read when the site has no brief.yaml, and not when it has.
func TestOtherSiteFiles(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"hugo.toml", "hugo.toml: warning: not read: brief's site file is brief.yaml (or brief.toml), with the fields the README lists"},
		{"config.yaml", "config.yaml: warning: not read"},
		{".eleventy.js", ".eleventy.js: warning: not read"},
		{"_config.yml", "_config.yml: warning: not read: brief's site file is brief.yaml (or brief.toml), with the fields the README lists"},
		{"_config.toml", "_config.toml: warning: not read"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{tc.name: "title: T\n", "content/briefs/a.md": "---\ntitle: A\ndate: 2025\n---\n"}
			_, ds := loadMap(t, files, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tc.want)) {
				t.Errorf("diagnostics %q, want %q", got, tc.want)
			}
			files["brief.yaml"] = "title: T\n"
			if _, ds := loadMap(t, files, Options{}); len(ds) > 0 {
				t.Errorf("with brief.yaml: %v", ds)
			}
		})
	}
}
