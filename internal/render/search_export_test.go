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

// splitBody returns the start of text and the words of the rest, as a
// wordSplitter's split does for a document that cites nothing.
func splitBody(text, known string) (start string, words []string) {
	var w wordSplitter
	return w.split(text, known, "")
}

// searchWords returns the folded words of s, in order, with repeats (see
// appendSearchWords).
func searchWords(s string) []string { return appendSearchWords(nil, s) }

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
