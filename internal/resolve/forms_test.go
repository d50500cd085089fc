package resolve

import "testing"

// TestBlemishes checks what a URL's form is counted as having that its
// article's address need not, so that of two forms the clean one is
// shown: a scheme or host in capitals among them.
func TestBlemishes(t *testing.T) {
	for _, tc := range []struct {
		url  string
		want int
	}{
		{"https://ex.org/a", 0},
		{"http://ex.org/a", 1},
		{"HTTPS://EX.ORG/a", 2},
		{"https://Ex.org/a", 1},
		{"https://www.ex.org/a/", 2},
		{"https://ex.org/a?utm_source=x&utm_medium=y#top", 3},
		{"https://ex.org/A", 0}, // a path's case is the server's to tell
	} {
		if got := blemishes(tc.url); got != tc.want {
			t.Errorf("blemishes(%q) = %d, want %d", tc.url, got, tc.want)
		}
	}
}
