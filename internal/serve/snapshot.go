package serve

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/render"
	"github.com/briefsite/brief/internal/site"
)

// snapshot is one successful build: the files of the site by their
// slash-separated paths. Files are rendered when first asked for and then
// kept, so a rebuild costs the build alone and memory holds only the pages
// someone looked at: rendering every page of a large site takes longer
// than building it, and its HTML can be far larger than the model. A
// snapshot is never changed once published, apart from filling in its
// files and, once, being made stale.
type snapshot struct {
	version int64
	site    *site.Site    // the model its files render from
	fsys    fs.FS         // the site, for files copied from it
	model   *sync.RWMutex // read-held while a file renders from the site model
	files   map[string]*lazyFile
	maxKept int // the largest rendered file kept; larger ones are streamed

	// stale is set, with model held for writing, when a failed build
	// changed site in place: the snapshot then serves only the files it
	// rendered and kept before, and copies, and answers errStale for any
	// other, which would show a mix of the two versions.
	stale atomic.Bool

	budget int64        // the bytes of all files kept, at most
	kept   atomic.Int64 // the bytes of the files kept so far
}

// DefaultMaxKept is the size of the largest rendered file a snapshot
// keeps. A larger one, such as the printable briefing of a site of
// thousands of briefs, is rendered again for each request straight into
// the response, so that looking at it does not hold tens of megabytes
// for as long as the preview runs.
const DefaultMaxKept = 4 << 20

// DefaultKeptBudget is the number of bytes of files a snapshot keeps in
// all. Once it holds that much, a file not kept yet is rendered, or read,
// for each request, as a large one is, so that reading through the pages
// of a large site, a year of its timeline after another, does not hold
// them all until the next rebuild.
const DefaultKeptBudget = 16 << 20

// errTooLarge reports a rendered file larger than the snapshot keeps.
var errTooLarge = errors.New("too large to keep")

// errNotKept marks a file that the snapshot does not keep, as it keeps
// its budget of bytes already: it is rendered for each request.
var errNotKept = errors.New("not kept: the budget is spent")

// errStale reports a file that a stale snapshot did not render before a
// failed build changed its model: it waits for a good build.
var errStale = errors.New("not built before a failed build changed the site")

// lazyFile is a file of a snapshot, rendered on first use and kept or,
// when it is too large or the snapshot's budget is spent, rendered again
// for each use.
type lazyFile struct {
	file output.File
	once sync.Once
	data []byte
	err  error // errTooLarge for a file that is streamed, errNotKept past the budget
}

// newSnapshot returns the snapshot of a build's files. model guards the
// site model they render from, which the next build may change.
// Rendered files larger than maxKept bytes are not kept, nor are any once
// budget bytes are (see content).
func newSnapshot(version int64, s *site.Site, fsys fs.FS, files []output.File, model *sync.RWMutex, maxKept int, budget int64) *snapshot {
	m := make(map[string]*lazyFile, len(files))
	for _, f := range files {
		m[f.Path] = &lazyFile{file: f}
	}
	return &snapshot{version: version, site: s, fsys: fsys, model: model, files: m, maxKept: maxKept, budget: budget}
}

// makeStale makes s serve only what it has rendered and kept (see
// snapshot.stale). The caller holds the model for writing.
func (s *snapshot) makeStale() { s.stale.Store(true) }

// content returns the bytes of the file at name, rendering it on first
// use and keeping it while the snapshot's budget lasts; once it is spent,
// a file not kept yet is rendered for each request. ok is false when the
// site has no such file. A rendered file larger than the snapshot keeps
// gives errTooLarge: stream it with stream. A stale snapshot gives
// errStale for a rendered file it did not keep.
func (s *snapshot) content(name string) (data []byte, ok bool, err error) {
	lf := s.files[name]
	if lf == nil {
		return nil, false, nil
	}
	rendered := lf.file.Write != nil
	var fresh []byte // rendered for this request alone
	lf.once.Do(func() {
		s.model.RLock()
		defer s.model.RUnlock()
		if rendered && s.stale.Load() {
			lf.err = errStale
			return
		}
		lf.data, lf.err = generate(lf.file, s.fsys, s.maxKept)
		if n := int64(len(lf.data)); lf.err == nil && s.kept.Add(n) > s.budget {
			s.kept.Add(-n)
			fresh, lf.data, lf.err = lf.data, nil, errNotKept
		}
	})
	switch {
	case fresh != nil:
		return fresh, true, nil
	case lf.err == errNotKept:
		s.model.RLock()
		defer s.model.RUnlock()
		if rendered && s.stale.Load() {
			return nil, true, errStale
		}
		data, err := generate(lf.file, s.fsys, s.maxKept)
		return data, true, err
	case lf.err == errTooLarge && rendered && s.stale.Load():
		return nil, true, errStale // stream would say so too
	}
	return lf.data, true, lf.err
}

// openCopy opens the file of the site that the file name is a copy of;
// ok is false when name is rendered. Only a regular file is opened, so
// that a link put in place after the build is never followed.
func (s *snapshot) openCopy(name string) (f fs.File, ok bool, err error) {
	file := s.files[name].file
	if file.Write != nil {
		return nil, false, nil
	}
	if _, err := regularFile(s.fsys, file.Src); err != nil {
		return nil, true, err
	}
	f, err = s.fsys.Open(file.Src)
	return f, true, err
}

// stream renders the file at name, which content found too large to
// keep, into w, or copies it from the site. A stale snapshot writes
// nothing of a rendered file and returns errStale.
func (s *snapshot) stream(name string, w io.Writer) error {
	if src, ok, err := s.openCopy(name); ok {
		if err != nil {
			return err
		}
		defer src.Close()
		_, err = io.Copy(w, src)
		return err
	}
	s.model.RLock()
	defer s.model.RUnlock()
	if s.stale.Load() {
		return errStale
	}
	return s.files[name].file.Write(w)
}

// generate renders one file, or reads it from the site when it is a copy.
// A rendering that grows past maxKept bytes stops with errTooLarge, as
// does a copy of a larger file. Only regular files are read, so a link put
// in place after the build is never followed out of the site.
func generate(f output.File, fsys fs.FS, maxKept int) ([]byte, error) {
	if f.Write != nil {
		buf := cappedBuffer{max: maxKept}
		if err := f.Write(&buf); err != nil {
			if errors.Is(err, errTooLarge) {
				return nil, errTooLarge
			}
			return nil, &render.PageError{Page: f.Path, Template: f.Template, Err: err}
		}
		return buf.b.Bytes(), nil
	}
	fi, err := regularFile(fsys, f.Src)
	if err != nil {
		return nil, err
	}
	if fi.Size() > int64(maxKept) {
		return nil, errTooLarge
	}
	return fs.ReadFile(fsys, f.Src)
}

// regularFile returns the file information of name in fsys, or an error
// when it is not a regular file: a link is not followed.
func regularFile(fsys fs.FS, name string) (fs.FileInfo, error) {
	fi, err := fs.Lstat(fsys, name)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", name)
	}
	return fi, nil
}

// cappedBuffer is a bytes.Buffer that refuses to grow past max bytes.
type cappedBuffer struct {
	b   bytes.Buffer
	max int
}

func (c *cappedBuffer) Write(p []byte) (int, error) {
	if c.b.Len()+len(p) > c.max {
		return 0, errTooLarge
	}
	return c.b.Write(p)
}

// validate renders the pages every visit starts from and, when the site
// has templates of its own, a page of each template and the pages given,
// those of the files just edited, so that a template that fails on the
// site's data is told at once rather than when the page is opened.
func (s *snapshot) validate(ownTemplates bool, edited []string) error {
	names := []string{"index.html", "404.html"}
	if ownTemplates {
		names = append(names, samplePages(s.files)...)
		for _, name := range edited {
			if _, ok := s.files[name]; ok && !slices.Contains(names, name) {
				names = append(names, name)
			}
		}
	}
	for _, name := range names {
		_, _, err := s.content(name)
		if errors.Is(err, errTooLarge) {
			err = s.stream(name, io.Discard)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// samplePages returns a page made by each of the theme's page templates
// but the printable briefing: the first of the site's brief and profile
// pages of each kind, and the lists. A template of the site's that fails
// on the site's data then fails the rebuild, which the overlay shows,
// rather than the page when it is opened.
func samplePages(files map[string]*lazyFile) []string {
	names := []string{"briefs/index.html", "actors/index.html", "countries/index.html", "topics/index.html",
		"timeline/index.html", "sources/index.html", "search/index.html"}
	for _, dir := range []string{"briefs/", "actors/", "countries/", "topics/"} {
		first := ""
		for name := range files {
			rest, ok := strings.CutPrefix(name, dir)
			list := strings.HasPrefix(rest, site.ByBriefs+"/") || strings.HasPrefix(rest, site.ByYear+"/") // lists, not profiles
			if ok && !list && strings.Count(rest, "/") == 1 && strings.HasSuffix(rest, "/index.html") && (first == "" || name < first) {
				first = name
			}
		}
		if first != "" {
			names = append(names, first)
		}
	}
	var out []string
	for _, name := range names {
		if _, ok := files[name]; ok {
			out = append(out, name)
		}
	}
	return out
}

// stylesOnly reports whether every changed source is a stylesheet, so that
// pages can swap their stylesheets instead of reloading. Folders that exist
// (a new templates/ holding style.css) do not count; anything else does.
func stylesOnly(root string, sources []string) bool {
	css := false
	for _, p := range sources {
		if strings.HasSuffix(p, ".css") {
			css = true
			continue
		}
		if p == "" {
			return false
		}
		fi, err := os.Lstat(filepath.Join(root, filepath.FromSlash(p)))
		if err != nil || !fi.IsDir() {
			return false
		}
	}
	return css
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]bool) []string {
	return slices.Sorted(maps.Keys(m))
}
