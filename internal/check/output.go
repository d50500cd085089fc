package check

import (
	"context"
	"slices"
	"strings"
)

// Output is a built site's files, by slash-separated output path, as the
// checks over the output read them. The checks read each file once and
// keep only what they learn of it, so that an Output that renders one
// file at a time checks a site of any size in bounded memory.
type Output interface {
	// Has reports whether the site has the file name.
	Has(name string) bool
	// Template returns the page template that made the page name, as
	// "brief.html", or "" when it is not known or no page template did.
	Template(name string) string
	// Each calls fn with the name and bytes of each file that want
	// accepts, from any number of goroutines at once; data is good only
	// until fn returns. It returns the first error reading a file.
	// It stops early, with ctx's error, when ctx is cancelled.
	Each(ctx context.Context, want func(name string) bool, fn func(name string, data []byte)) error
}

// Files is an Output held in memory.
type Files map[string][]byte

// Template returns "": the page templates of files are not known.
func (files Files) Template(string) string { return "" }

// Has reports whether files has name.
func (files Files) Has(name string) bool {
	_, ok := files[name]
	return ok
}

// Each calls fn for each file that want accepts, as many at a time as
// there are CPUs, taking them in the order of their names.
func (files Files) Each(ctx context.Context, want func(name string) bool, fn func(name string, data []byte)) error {
	var names []string
	for name := range files {
		if want(name) {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	parallel(len(names), func(i int) {
		if ctx.Err() == nil {
			fn(names[i], files[names[i]])
		}
	})
	return ctx.Err()
}

// scanned reports whether the checks read the file name: pages, style
// sheets, scripts and data files.
func scanned(name string) bool {
	return isHTML(name) || isCSS(name) || isScript(name) || isActiveDoc(name)
}

// isCSS reports whether an output path is a style sheet.
func isCSS(p string) bool { return strings.HasSuffix(p, ".css") }

// isActiveDoc reports whether an output path is a document other than a
// page that a browser runs scripts in when opened: an SVG image or an
// XHTML file, copied from a bundle or static/.
func isActiveDoc(p string) bool {
	for _, ext := range []string{".svg", ".xhtml", ".xht"} {
		if len(p) >= len(ext) && strings.EqualFold(p[len(p)-len(ext):], ext) {
			return true
		}
	}
	return false
}

// isHTML reports whether an output path is an HTML page.
func isHTML(p string) bool {
	return strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".htm")
}

// isScript reports whether an output path is a script or a data file,
// which Unsafe reads for what would end an inline script block.
func isScript(p string) bool {
	return strings.HasSuffix(p, ".js") || strings.HasSuffix(p, ".json")
}
