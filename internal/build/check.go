package build

import (
	"bytes"
	"context"
	"io/fs"
	"path"
	"strings"
	"time"

	"github.com/briefsite/brief/internal/check"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/render"
)

// outPrefix names the built files in Check's positions: they are the
// files Write would write to public/.
const outPrefix = "public/"

// Checked is a site built in memory and checked.
type Checked struct {
	Diags  []diag.Diagnostic // every problem of the build and the checks, sorted
	Drafts int               // briefs marked draft and left out

	// Source reads the site's files and, under public/, the built files,
	// each rendered again as it is read, so that diagnostics can quote
	// the offending line of either (see diag.Print).
	Source fs.FS
}

// Check builds the site at fsys in memory, without writing anything, and
// runs every check of package check over it. A site with errors is
// rendered all the same, so that its links are checked too. Check returns
// ctx's error, and nothing else, when ctx is cancelled.
func Check(ctx context.Context, fsys fs.FS, opts Options) (*Checked, error) {
	res := Build(ctx, fsys, opts)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	files := res.Files
	if files == nil && res.Site != nil {
		// The build stops before rendering when the site has errors;
		// render anyway so that links are checked too.
		var err error
		files, err = render.Render(res.Site, render.Options{SiteFS: fsys, Warnings: res.Diags})
		if err != nil {
			files = nil
		}
	}
	src := sourceFS{src: fsys}
	var checked check.Output // nil, not a nil *render.Output, when there is none
	if files != nil {
		src.out = render.NewOutput(files, fsys)
		checked = src.out
	}
	ds, err := check.Run(ctx, res.Site, fsys, checked, outPrefix)
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	res.Diags.Append(ds...)
	// A template failing as the checks render a page is a problem at its
	// place in the site's templates, or at none.
	for _, err := range placeTemplateErrors(fsys, err, res.Diags) {
		res.Diags.Errorf(diag.Pos{}, "%v", err)
	}
	c := &Checked{Diags: res.Diags.Sorted(), Source: src}
	if res.Site != nil {
		c.Drafts = res.Site.Drafts
	}
	return c, nil
}

// sourceFS reads the site's files from src and the built files under
// outPrefix from out, rendering each again.
type sourceFS struct {
	src fs.FS
	out *render.Output // nil when the site was not rendered
}

// ReadFile reads the file name of the site or, under public/, of the
// built site.
func (s sourceFS) ReadFile(name string) ([]byte, error) {
	rest, ok := strings.CutPrefix(name, outPrefix)
	if !ok {
		return fs.ReadFile(s.src, name)
	}
	if s.out != nil {
		if data, err := s.out.ReadFile(rest); err == nil {
			return data, nil
		}
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// Open opens the file name as ReadFile reads it.
func (s sourceFS) Open(name string) (fs.File, error) {
	if !strings.HasPrefix(name, outPrefix) {
		return s.src.Open(name)
	}
	data, err := s.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return &memFile{Reader: bytes.NewReader(data), name: path.Base(name), size: int64(len(data))}, nil
}

// memFile is a built file held in memory, open for reading.
type memFile struct {
	*bytes.Reader
	name string
	size int64
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f, nil }
func (f *memFile) Close() error               { return nil }

// memFile is its own fs.FileInfo.

func (f *memFile) Name() string       { return f.name }
func (f *memFile) Size() int64        { return f.size }
func (f *memFile) Mode() fs.FileMode  { return 0o444 }
func (f *memFile) ModTime() time.Time { return time.Time{} }
func (f *memFile) IsDir() bool        { return false }
func (f *memFile) Sys() any           { return nil }
