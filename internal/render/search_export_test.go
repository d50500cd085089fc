package render

// Exported for the tests of package render_test.
var (
	FoldSearch = foldSearch
	SplitBody  = splitBody
	HTMLText   = htmlText
)

const SearchBodyLen = searchBodyLen
