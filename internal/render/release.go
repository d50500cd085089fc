package render

import (
	"io"
	"slices"
	"sync/atomic"

	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/site"
)

// bodyReaders lets each brief's HTML go once the last file that shows it
// is written, when Options.WriteOnce allows it.
//
// The bodies' HTML is the largest part of a built site's model, and
// every file that reads it is known: the brief's own page, the print
// page, the feeds showing the brief, the search index and the briefs'
// data export. Each of those files is counted as a reader of the bodies it
// shows; when it has been written it counts itself out, and the file
// that takes a brief's count to zero empties the brief's BodyHTML. The
// counts are complete before the first file is written, since Render
// makes every file before it returns. A file that is never written only
// keeps its bodies.
//
// Render lists the files that read more bodies first (see readsFirst):
// the files that read every body, then the feeds, then the brief pages,
// then the rest. The bodies go as the brief pages are written, before the
// profiles fill most of the fragment memo.
type bodyReaders struct {
	left  map[*site.Brief]*atomic.Int32
	reads map[string]int // by path, the number of bodies a file reads
}

// newBodyReaders returns the readers of the bodies of briefs.
func newBodyReaders(briefs []*site.Brief) *bodyReaders {
	left := make(map[*site.Brief]*atomic.Int32, len(briefs))
	counts := make([]atomic.Int32, len(briefs))
	for i, b := range briefs {
		left[b] = &counts[i]
	}
	return &bodyReaders{left: left, reads: map[string]int{}}
}

// reading returns f counted as a reader of the HTML of briefs: once
// written, it releases them. A nil *bodyReaders returns f as it is.
func (br *bodyReaders) reading(f output.File, briefs []*site.Brief) output.File {
	if br == nil || len(briefs) == 0 {
		return f
	}
	for _, b := range briefs {
		if n := br.left[b]; n != nil {
			n.Add(1)
		}
	}
	br.reads[f.Path] += len(briefs)
	write := f.Write
	f.Write = func(w io.Writer) error {
		defer br.release(briefs)
		return write(w)
	}
	return f
}

// release counts one reader of each of briefs out and lets the HTML of
// those it was the last reader of go. The atomic count orders every
// other reader's use of the HTML before the last one's release.
func (br *bodyReaders) release(briefs []*site.Brief) {
	for _, b := range briefs {
		if n := br.left[b]; n != nil && n.Add(-1) == 0 {
			b.BodyHTML = site.Markup{}
		}
	}
}

// readsFirst sorts files by the number of bodies they read, most first,
// keeping the order of files that read as many.
func (br *bodyReaders) readsFirst(files []output.File) []output.File {
	if br != nil {
		slices.SortStableFunc(files, func(a, b output.File) int { return br.reads[b.Path] - br.reads[a.Path] })
	}
	return files
}
