package site

import (
	"reflect"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/date"
)

// TestSameCitation checks that SameCitation tells apart citations that
// differ in any one field a brief gives, and only those.
func TestSameCitation(t *testing.T) {
	d, _ := date.Parse("2025-05-21")
	base := Source{Title: "T", Publisher: "P", URL: "https://x.example/", Note: "N", Date: d}
	for _, change := range []func(*Source){
		func(s *Source) { s.Title = "U" },
		func(s *Source) { s.Publisher = "Q" },
		func(s *Source) { s.URL = "https://y.example/" },
		func(s *Source) { s.Note = "" },
		func(s *Source) { s.Date = date.Date{} },
	} {
		o := base
		change(&o)
		if base.SameCitation(&o) {
			t.Errorf("SameCitation(%+v, %+v) = true, want false", base, o)
		}
	}
	o := base
	o.ID, o.Briefs = "t-2", []*Brief{{}}
	if !base.SameCitation(&o) {
		t.Error("SameCitation compares what resolve adds, ID and Briefs")
	}
	if bare := o.Bare(); bare == &o || bare.ID != "" || bare.Briefs != nil || !bare.SameCitation(&base) {
		t.Errorf("Bare() = %+v, want a copy of %+v without ID and Briefs", bare, o)
	}
	// A new field needs a case above, and perhaps SameCitation.
	var got []string
	for f := range reflect.TypeFor[Source]().Fields() {
		got = append(got, f.Name)
	}
	if want := "ID Title Publisher URL Note Date Briefs"; strings.Join(got, " ") != want {
		t.Errorf("Source has fields %v, want %s: does SameCitation compare them all?", got, want)
	}
}
