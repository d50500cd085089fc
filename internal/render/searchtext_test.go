package render

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// wordsOfFold is searchWords as its doc comment defines it: the runs of
// letters, digits and marks of foldSearch(s).
func wordsOfFold(s string) []string {
	return strings.FieldsFunc(foldSearch(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
}

var searchWordsCases = []string{
	"",
	"Plain ASCII words, with 2025 and punctuation!",
	"Moïse’s party & the PNH's men (don`t)",
	"e\u0301cole Ἀθῆναι ΟΔΥΣΣΕΥΣ ς",
	"a-b_c.d/e\tf\ng",
	"'quoted' `ticks` ’curly’",
	"İstanbul ǅ ß ﬁ",
	"x\u0301,\u0301y",
	"\xff\xfe broken utf-8 \xc3",
	"   leading and trailing   ",
}

func TestSearchWordsMatchesFold(t *testing.T) {
	for _, s := range searchWordsCases {
		if got, want := searchWords(s), wordsOfFold(s); !slices.Equal(got, want) {
			t.Errorf("searchWords(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzSearchWords(f *testing.F) {
	for _, s := range searchWordsCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := searchWords(s), wordsOfFold(s); !slices.Equal(got, want) {
			t.Errorf("searchWords(%q) = %q, want %q", s, got, want)
		}
	})
}

var collapseCases = []string{"", " ", "a", " a  b\t\nc ", "a\u00a0b\u2003c\u3000", "\u0085x\u0085", "\xffa \xc3 b", "é  ü"}

func TestCollapseSpace(t *testing.T) {
	for _, s := range collapseCases {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCollapseSpace(f *testing.F) {
	for _, s := range collapseCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
