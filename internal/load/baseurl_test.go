package load

import (
	"strings"
	"testing"
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
