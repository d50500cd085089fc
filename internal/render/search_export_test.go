package render

// Exported for the tests of package render_test.
var (
	FoldSearch  = foldSearch
	SplitBody   = splitBody
	SearchWords = searchWords
	HTMLText    = htmlText
	SearchDates = searchDates
)

const SearchBodyLen = searchBodyLen

// htmlText returns the text appendHTMLText appends to a slice that
// already holds other text, which must not count: a text starting after a
// block tag gets no space before it.
func htmlText(s string) string {
	const before = "before "
	return string(appendHTMLText([]byte(before), s)[len(before):])
}

// collapseSpace returns the words of s (as strings.Fields has them)
// separated by single spaces, written by a spacedText.
func collapseSpace(s string) string {
	t := spacedText{b: []byte("x"), start: 1}
	t.write(s)
	return string(t.b[1:])
}
