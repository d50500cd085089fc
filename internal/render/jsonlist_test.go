package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"testing"
)

// TestWriteJSONList checks that a data file written element by element
// reads exactly as encoding/json writes the whole object with an indent.
func TestWriteJSONList(t *testing.T) {
	type item struct {
		Name string   `json:"name"`
		Tags []string `json:"tags"`
		Note *string  `json:"note,omitempty"`
	}
	note := "<script>&"
	items := []item{{Name: "a", Tags: []string{"x", "y"}}, {Name: "b <c>", Tags: []string{}, Note: &note}, {Name: "\u2028"}}
	type titled struct {
		Title *item `json:"title,omitempty"`
	}
	tests := []struct {
		name  string
		head  any
		items []item
		whole any // what json.Encoder encodes
	}{
		{"version and list", version{1}, items, struct {
			Version int    `json:"version"`
			Items   []item `json:"items"`
		}{1, items}},
		{"empty list", version{2}, []item{}, struct {
			Version int    `json:"version"`
			Items   []item `json:"items"`
		}{2, []item{}}},
		{"empty head", titled{}, items[:1], struct {
			Title *item  `json:"title,omitempty"`
			Items []item `json:"items"`
		}{nil, items[:1]}},
		{"nested head", titled{&items[1]}, items, struct {
			Title *item  `json:"title,omitempty"`
			Items []item `json:"items"`
		}{&items[1], items}},
		{"empty head and list", titled{}, nil, struct {
			Items []item `json:"items"`
		}{[]item{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			if err := enc.Encode(tt.whole); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			seq := listOf(tt.items, func(x item) item { return x })
			if err := writeJSONList(&got, tt.head, "items", seq); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("got\n%s\nwant\n%s", got.String(), want.String())
			}
		})
	}
}

// TestWriteJSONListStopsOnError checks that a failed write ends the list
// and is returned.
func TestWriteJSONListStopsOnError(t *testing.T) {
	made := 0
	seq := listOf(slices.Repeat([]int{1}, 100), func(x int) int { made++; return x })
	w := &failingWriter{after: 3}
	if err := writeJSONList(w, version{1}, "items", seq); !errors.Is(err, errDiskFull) {
		t.Fatalf("err = %v, want %v", err, errDiskFull)
	}
	if made > 5 {
		t.Errorf("made %d elements after the writer failed, want the list to stop", made)
	}
}

var errDiskFull = errors.New("disk full")

// failingWriter fails every write after the first few.
type failingWriter struct{ after int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errDiskFull
	}
	f.after--
	return len(p), nil
}
