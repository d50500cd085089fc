package render_test

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"
)

// TestFootnotesInText checks that the plain text of a brief, in the data
// export and the search index, keeps its footnotes' text but not their
// numbers where they are called, nor the arrows back from them.
func TestFootnotesInText(t *testing.T) {
	filler := strings.Repeat("Filler words of the middle. ", 12) // past the index's verbatim start
	fsys := fstest.MapFS{
		"content/briefs/notes.md": {Data: []byte("---\ntitle: Notes\ndate: 2025-05\nsources: [S]\n---\n" +
			"Later the ministry said otherwise[^a].\n\n" + filler + "\n\nThen again[^b], and again[^b].\n\n" +
			"[^a]: Reuters.\n[^b]: Quokkanote, a report.\n")},
	}
	files := buildFiles(t, fsys)
	want := "Later the ministry said otherwise. " + strings.TrimSpace(filler) + " Then again, and again. Reuters. Quokkanote, a report."

	var data struct{ Briefs []struct{ Text string } }
	if err := json.Unmarshal(files["data/briefs.json"], &data); err != nil {
		t.Fatal(err)
	}
	if len(data.Briefs) != 1 || data.Briefs[0].Text != want {
		t.Errorf("briefs.json text:\n%q\nwant\n%q", data.Briefs[0].Text, want)
	}

	docs, words := parseIndex(t, files["assets/search-index.js"])
	if start := strings.TrimSuffix(docs[0].X, "…"); docs[0].T != "Notes" || !strings.HasPrefix(want, start) || !strings.HasPrefix(docs[0].X, "Later the ministry said otherwise. Filler") {
		t.Errorf("search text %q, want the start of %q", docs[0].X, want)
	}
	if _, ok := words["quokkanote"]; !ok {
		t.Errorf("search words lack the footnote's text: %v", words)
	}
	for w := range words {
		if strings.ContainsAny(w, "12↩") {
			t.Errorf("search words hold %q, a footnote's number or arrow", w)
		}
	}
}
