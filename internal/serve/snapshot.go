package serve

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/briefsite/brief/internal/output"
)

// snapshot is one successful build: the files of the site by their
// slash-separated paths. Files are rendered when first asked for and then
// kept, so a rebuild costs the build alone and memory holds only the pages
// someone looked at: rendering every page of a large site takes longer
// than building it, and its HTML can be far larger than the model. A
// snapshot is never changed once published, apart from filling in its
// files.
type snapshot struct {
	version int64
	fsys    fs.FS         // the site, for files copied from it
	model   *sync.RWMutex // read-held while a file renders from the site model
	files   map[string]*lazyFile
}

// lazyFile is a file of a snapshot, rendered at most once.
type lazyFile struct {
	file output.File
	once sync.Once
	data []byte
	err  error
}

// newSnapshot returns the snapshot of a build's files. model guards the
// site model they render from, which the next build may change.
func newSnapshot(version int64, fsys fs.FS, files []output.File, model *sync.RWMutex) *snapshot {
	m := make(map[string]*lazyFile, len(files))
	for _, f := range files {
		m[f.Path] = &lazyFile{file: f}
	}
	return &snapshot{version: version, fsys: fsys, model: model, files: m}
}

// content returns the bytes of the file at name, rendering it on first
// use. ok is false when the site has no such file.
func (s *snapshot) content(name string) (data []byte, ok bool, err error) {
	lf := s.files[name]
	if lf == nil {
		return nil, false, nil
	}
	lf.once.Do(func() {
		s.model.RLock()
		defer s.model.RUnlock()
		lf.data, lf.err = generate(lf.file, s.fsys)
	})
	return lf.data, true, lf.err
}

// generate renders one file, or reads it from the site when it is a copy.
// Only regular files are read, so a link put in place after the build is
// never followed out of the site.
func generate(f output.File, fsys fs.FS) ([]byte, error) {
	if f.Write != nil {
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			return nil, fmt.Errorf("rendering %s: %w", f.Path, err)
		}
		return buf.Bytes(), nil
	}
	fi, err := fs.Lstat(fsys, f.Src)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", f.Src)
	}
	return fs.ReadFile(fsys, f.Src)
}

// validate renders the pages every visit starts from, so that a template
// that fails on the site's data fails the build rather than the request.
func (s *snapshot) validate() error {
	for _, name := range []string{"index.html", "404.html"} {
		if _, _, err := s.content(name); err != nil {
			return err
		}
	}
	return nil
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
