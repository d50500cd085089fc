package render

import "testing"

// TestTagAuthority checks the name feeds' tag: ids take from the site's
// title, which sites of titles in other scripts must not share.
func TestTagAuthority(t *testing.T) {
	arabic, russian := tagAuthority("الأزمة في هايتي"), tagAuthority("Кризис на Гаити")
	for _, tc := range []struct{ title, want string }{
		{"Haiti: the Kenya-led mission", "haiti-the-kenya-led-mission"},
		{"Crise en Haïti", "crise-en-haiti"},
		{"", "brief"},
		{"الأزمة في هايتي", arabic},
	} {
		if got := tagAuthority(tc.title); got != tc.want {
			t.Errorf("tagAuthority(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
	if arabic == russian || len(arabic) != len("brief-")+8 || arabic[:6] != "brief-" {
		t.Errorf("tagAuthority gives %q and %q for two titles in other scripts", arabic, russian)
	}
}
