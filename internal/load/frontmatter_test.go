package load

import (
	"errors"
	"fmt"
	"testing"

	"github.com/briefsite/brief/internal/diag"
)

// TestErrorAt checks that errorAt takes the position of a posError, one
// wrapped too, and tells another error at the start of the file rather
// than failing on it.
func TestErrorAt(t *testing.T) {
	at := diag.Pos{File: "content/briefs/a.md", Line: 3, Col: 2}
	pe := &posError{at, "invalid front matter: x"}
	for _, tt := range []struct {
		err     error
		wantPos diag.Pos
		wantMsg string
	}{
		{pe, at, "invalid front matter: x"},
		{fmt.Errorf("reading: %w", pe), at, "invalid front matter: x"},
		{errors.New("something else"), diag.Pos{File: "content/briefs/a.md"}, "something else"},
	} {
		pos, msg := errorAt("content/briefs/a.md", tt.err)
		if pos != tt.wantPos || msg != tt.wantMsg {
			t.Errorf("errorAt(%v) = %v, %q; want %v, %q", tt.err, pos, msg, tt.wantPos, tt.wantMsg)
		}
	}
}
