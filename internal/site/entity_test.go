package site

import (
	"html/template"
	"strings"
	"testing"
)

// TestEntityString checks that a template printing an entity shows its
// name, as {{.Country}} of an actor, where it showed the struct, body
// bytes and all, and that an entity that is not there shows nothing.
func TestEntityString(t *testing.T) {
	kenya := &Entity{Kind: Country, Slug: "kenya", Name: "Kenya", Code: "KE", Body: []byte{0x1f, 0x8b, 0, 1}}
	for _, tc := range []struct {
		name string
		tmpl string
		dot  any
		want string
	}{
		{"country of an actor", `{{.Country}}`, &Entity{Name: "William Ruto", Country: kenya}, "Kenya"},
		{"actor without a country", `{{.Country}}`, &Entity{Name: "UN"}, ""},
		{"print", `{{print .}}`, kenya, "Kenya"},
		{"printf", `{{printf "%s (%v)" . .Code}}`, kenya, "Kenya (KE)"},
		{"escaped", `{{.}}`, &Entity{Name: "Ben & Jerry's"}, "Ben &amp; Jerry&#39;s"},
	} {
		var b strings.Builder
		if err := template.Must(template.New("t").Parse(tc.tmpl)).Execute(&b, tc.dot); err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if b.String() != tc.want {
			t.Errorf("%s: %s shows %q, want %q", tc.name, tc.tmpl, b.String(), tc.want)
		}
	}
}
