package render

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"path"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/briefsite/brief/internal/output"
)

// Files renders every file into memory, for tests, as Stream does. It
// returns the first error in the order of files.
func Files(files []output.File, srcFS fs.FS) (map[string][]byte, error) {
	data := make([][]byte, len(files))
	err := stream(context.Background(), files, srcFS, func(i int, b []byte) error {
		data[i] = bytes.Clone(b)
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]byte, len(files))
	for i, f := range files {
		out[path.Clean(f.Path)] = data[i]
	}
	return out, nil
}

// Stream renders every file, or reads it from srcFS when it is a copy,
// and calls fn with its cleaned path and its bytes, which are good only
// until fn returns. It renders as many files at a time as there are
// CPUs, as output.Write does, the files marked Last after the others, and
// calls fn from as many goroutines. It holds no more than one file per
// CPU, so that the checker can read a site of any size. It returns the
// first error, of rendering or of fn, in the order of files, or ctx's
// error when ctx is cancelled, which stops it. Each error of a file is
// a *PageError, told once for all the files that have it.
func Stream(ctx context.Context, files []output.File, srcFS fs.FS, fn func(path string, data []byte) error) error {
	return stream(ctx, files, srcFS, func(i int, b []byte) error { return fn(path.Clean(files[i].Path), b) })
}

// File returns the bytes of f, rendered or read from srcFS when it is a
// copy. Rendering a page marked Last before the others is slower, not
// different.
func File(f output.File, srcFS fs.FS) ([]byte, error) {
	var buf bytes.Buffer
	if err := fileData(&buf, f, srcFS); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// keptBuffer is the largest buffer a worker of stream keeps from one file
// to the next: a site's data export can be hundreds of megabytes.
const keptBuffer = 4 << 20

// stream is Stream, with the files by index.
func stream(ctx context.Context, files []output.File, srcFS fs.FS, fn func(i int, data []byte) error) error {
	errs := make([]error, len(files))
	for _, last := range []bool{false, true} {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range min(runtime.GOMAXPROCS(0), len(files)) {
			wg.Go(func() {
				var buf bytes.Buffer
				for i := int(next.Add(1)) - 1; i < len(files) && ctx.Err() == nil; i = int(next.Add(1)) - 1 {
					if f := files[i]; f.Last == last {
						buf.Reset()
						if errs[i] = fileData(&buf, f, srcFS); errs[i] == nil {
							errs[i] = fn(i, buf.Bytes())
						}
						if buf.Cap() > keptBuffer {
							buf = bytes.Buffer{} // not kept for the smaller files to come
						}
					}
				}
			})
		}
		wg.Wait()
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	// Each problem once, in the files' order, at the first file it is in:
	// a template that fails on every brief's page is one.
	var distinct []error
	byMsg := map[string]*PageError{}
	for i, err := range errs {
		if err == nil {
			continue
		}
		if p := byMsg[err.Error()]; p != nil {
			p.Others++
			continue
		}
		p := &PageError{Page: path.Clean(files[i].Path), Template: files[i].Template, Err: err}
		byMsg[err.Error()] = p
		distinct = append(distinct, p)
	}
	return errors.Join(distinct...)
}

// PageError is a problem with a file of the site as it was rendered or
// copied, told at the first file that has it, in the files' order, with
// the number of others that have it too: a template that fails on every
// brief's page is one problem.
type PageError struct {
	Page     string // the file's slash-separated path in the site
	Template string // the page template that makes it (output.File.Template)
	Others   int    // how many more files have the problem
	Err      error
}

func (e *PageError) Error() string {
	return "rendering " + e.Page + e.others() + ": " + e.Err.Error()
}

// others returns how many other files have the problem as it reads after
// the page's path: " and 2 other files", or "" when none have.
func (e *PageError) others() string {
	switch e.Others {
	case 0:
		return ""
	case 1:
		return " and 1 other file"
	}
	return " and " + strconv.Itoa(e.Others) + " other files"
}

func (e *PageError) Unwrap() error { return e.Err }

// fileData writes f to buf, rendered or read from srcFS when it is a
// copy.
func fileData(buf *bytes.Buffer, f output.File, srcFS fs.FS) error {
	if f.Write == nil {
		src, err := srcFS.Open(f.Src)
		if err != nil {
			return err
		}
		defer src.Close()
		_, err = buf.ReadFrom(src)
		return err
	}
	return f.Write(buf)
}

// Output is a rendered site read one file at a time, for the checker
// (check.Output): each file is rendered when it is read, so that no more
// than one file per CPU is ever held.
type Output struct {
	files  []output.File
	srcFS  fs.FS
	byPath map[string]int // index in files, by cleaned path
}

// NewOutput returns the Output of files, whose copies are read from srcFS.
func NewOutput(files []output.File, srcFS fs.FS) *Output {
	o := &Output{files: files, srcFS: srcFS, byPath: make(map[string]int, len(files))}
	for i, f := range files {
		o.byPath[path.Clean(f.Path)] = i
	}
	return o
}

// Template returns the page template that makes the file name, as
// "brief.html", or "" for a file no page template makes.
func (o *Output) Template(name string) string {
	if i, ok := o.byPath[name]; ok {
		return o.files[i].Template
	}
	return ""
}

// Has reports whether the site has the file name.
func (o *Output) Has(name string) bool {
	_, ok := o.byPath[name]
	return ok
}

// Each renders each file that want accepts, as Stream does, and calls fn
// with it.
func (o *Output) Each(ctx context.Context, want func(name string) bool, fn func(name string, data []byte)) error {
	var some []output.File
	for _, f := range o.files {
		if want(path.Clean(f.Path)) {
			some = append(some, f)
		}
	}
	return Stream(ctx, some, o.srcFS, func(name string, data []byte) error {
		fn(name, data)
		return nil
	})
}

// ReadFile returns the bytes of the file name, rendered anew.
func (o *Output) ReadFile(name string) ([]byte, error) {
	i, ok := o.byPath[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return File(o.files[i], o.srcFS)
}
