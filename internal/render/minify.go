package render

import (
	"io"
	"path"
	"regexp"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/xml"

	"github.com/briefsite/brief/internal/output"
)

// newMinifier returns a minifier for the media types brief writes.
func newMinifier() *minify.M {
	m := minify.New()
	m.AddFunc("text/css", css.Minify)
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})
	m.AddFuncRegexp(regexp.MustCompile("^(application|text)/(x-)?(java|ecma)script$"), js.Minify)
	m.AddFuncRegexp(regexp.MustCompile("[/+]json$"), json.Minify)
	m.AddFuncRegexp(regexp.MustCompile("[/+]xml$"), xml.Minify)
	return m
}

var mediaTypes = map[string]string{
	".html": "text/html", ".css": "text/css", ".js": "application/javascript",
	".json": "application/json", ".xml": "application/xml",
}

// minifyAll wraps the generated files of a known type in the minifier.
func minifyAll(files []output.File) []output.File {
	m := newMinifier()
	for i, f := range files {
		mt, ok := mediaTypes[path.Ext(f.Path)]
		if !ok || f.Write == nil {
			continue
		}
		write := f.Write
		files[i].Write = func(w io.Writer) error {
			mw := m.Writer(mt, w)
			if err := write(mw); err != nil {
				return err
			}
			return mw.Close()
		}
	}
	return files
}
