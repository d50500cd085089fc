package render

import (
	"testing"

	"github.com/briefsite/brief/internal/date"
)

// TestJSONDateOffset checks that a time written with an offset keeps the
// writer's day in the export, though in UTC it falls on the next.
func TestJSONDateOffset(t *testing.T) {
	d, err := date.Parse("2025-05-21T23:30-05:00")
	if err != nil {
		t.Fatal(err)
	}
	j := newJSONDate(d)
	if j.Value != "2025-05-21T23:30-05:00" || j.Human != "21 May 2025, 23:30 UTC−5" || *j.Start != "2025-05-21" || *j.End != "2025-05-21" {
		t.Errorf("date = %+v, start %s, end %s", j, *j.Start, *j.End)
	}
}
