// Package output is the only part of brief that writes to disk: the built
// site, and the files brief new and brief init create (CreateNew,
// AppendLine). It writes a built site into a fresh temporary directory
// beside the target and then swaps it into place, so a failed build
// leaves the previous output intact; where it can neither write beside
// the target nor rename it, in a temporary directory inside the target,
// whose entries it then moves into place one by one.
//
// Write refuses targets it does not own: a directory without brief's
// marker file that holds more than hidden entries, one with the marker
// that holds files the marker does not list (put there by hand since the
// last build, hidden ones too but a Mac's .DS_Store and ._ files), the
// source tree itself, a directory that contains the source, the
// file-system root and the home directory. It removes only directories
// it created or that carry the marker, and keeps the hidden entries at
// their top that the marker does not list (a gh-pages worktree's .git, a
// .nojekyll put there by hand).
package output

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
)

// Marker is the file that marks a directory as brief's output.
const Marker = ".brief-output"

// File is one file of the built site. Exactly one of Write and Src is set.
type File struct {
	Path  string                  // slash-separated, relative to the output root
	Write func(w io.Writer) error // generates the content
	Src   string                  // or: copy this file of SrcFS
	Last  bool                    // start after the files without Last

	// Template names the page template that makes the file, as
	// "brief.html", for messages about it; "" for other files.
	Template string
}

// Options control Write.
type Options struct {
	SrcFS   fs.FS  // where File.Src paths are read from
	SrcDir  string // the site root on disk; the output must not overlap it dangerously
	Workers int
	// Warn, if not nil, is told what went wrong once the new output was
	// in place, at the path of the file or folder it is about: an old
	// copy of the output that could not be deleted, an output replaced
	// entry by entry rather than at once.
	Warn func(path, msg string)
}

// Write builds files into a temporary directory next to dir and renames it
// into place. Where it can neither make a directory beside dir nor rename
// dir (a mount point, a folder of its own in a parent of root's), it
// builds inside dir and replaces what it made there entry by entry (see
// writeInPlace), and warns that it did. On error, or when ctx is
// cancelled before the swap, the previous contents of dir are untouched
// and the temporary directory is removed, unless Unchanged says otherwise
// of the error.
func Write(ctx context.Context, dir string, files []File, opts Options) error {
	return write(ctx, dir, files, opts, osOps)
}

// fsOps are calls to the file system that Write makes, which tests
// make fail.
type fsOps struct {
	rename    func(from, to string) error
	removeAll func(dir string, workers int) error
	mkdirTemp func(dir, pattern string) (string, error)
}

// osOps are the calls Write makes.
var osOps = fsOps{rename: os.Rename, removeAll: removeAll, mkdirTemp: os.MkdirTemp}

func write(ctx context.Context, dir string, files []File, opts Options, ops fsOps) (err error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	if err := CheckTarget(abs, opts.SrcDir); err != nil {
		return err
	}
	parent := filepath.Dir(abs)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	warn := opts.Warn
	if warn == nil {
		warn = func(string, string) {}
	}
	removeStale(abs, opts.Workers, ops, warn)
	tmp, err := ops.mkdirTemp(parent, strings.TrimSuffix(tempPattern(abs), "*"))
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
		why := fmt.Sprintf("brief cannot make its new folder beside %s, in %s (%s)", filepath.Base(abs), parent, errnoText(err))
		return writeInPlace(ctx, dir, abs, files, opts, ops, warn, why)
	}
	if err != nil {
		return err
	}
	if why, err := renamable(abs, tmp+".old", ops); why != "" || err != nil {
		os.Remove(tmp) // empty
		if err != nil {
			return err
		}
		return writeInPlace(ctx, dir, abs, files, opts, ops, warn, why)
	}
	ok := false
	var carried []string // hidden entries of the old output, moved into tmp
	defer func() {
		if ok {
			return
		}
		if left := putBack(tmp, abs, carried, ops); len(left) > 0 {
			// tmp keeps what could not go back: never delete it.
			err = changed{fmt.Errorf("%w; and %s could not be moved back into %s: they are in %s", err, strings.Join(left, ", "), filepath.Base(abs), tmp)}
			return
		}
		os.RemoveAll(tmp)
	}()
	if err := writeAll(ctx, tmp, files, opts); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, Marker), manifest(files), 0o644); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	carried, err = carryHidden(abs, tmp)
	if clash, ok := errors.AsType[*hiddenClash](err); ok {
		return clash.refusal()
	}
	if err != nil {
		return err
	}
	if err := swap(tmp, abs, opts.Workers, ops, warn); err != nil {
		return err
	}
	ok = true
	return nil
}

// tempPattern is the pattern, for filepath.Glob, of the names of the
// temporary directories Write makes beside dir.
func tempPattern(dir string) string {
	return "." + filepath.Base(dir) + ".tmp-*"
}

// Leftover is a temporary directory beside an output directory, or in
// it (see writeInPlace), that a write killed midway left (a write stopped any other way removes its
// own), or that a write running now is filling, or an old copy of the
// output that a write replaced but could not delete: Write cannot tell
// the first two apart, so it removes neither, nor the third.
type Leftover struct {
	Name   string   // its name, beside the output directory, or the output's name and its name in it
	Hidden []string // the hidden entries in it that may be the output's own (a .git) that a failed write could not put back
	Old    bool     // it is an old copy of the output that a write replaced and could not delete, or was stopped deleting
	Inside bool     // it is inside the output, and published with it
}

// Leftovers returns the leftovers beside dir, and inside it. Of their
// hidden entries, it gives only those that may be the output's own: not
// those a leftover's marker lists, which are brief's (a static/.htaccess),
// nor any of a temporary folder without one (the output's own go in
// after it), nor any of one inside the output (those stay where they
// are).
func Leftovers(dir string) []Leftover {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	paths, _ := filepath.Glob(filepath.Join(filepath.Dir(abs), tempPattern(abs)))
	inside, _ := filepath.Glob(filepath.Join(abs, inPlacePattern))
	var left []Leftover
	for i, p := range append(paths, inside...) {
		rel, _ := filepath.Rel(filepath.Dir(abs), p)
		l := Leftover{Name: rel, Old: strings.HasSuffix(p, ".old"), Inside: i >= len(paths)}
		text, err := os.ReadFile(filepath.Join(p, Marker))
		if l.Inside || err != nil && !l.Old {
			left = append(left, l)
			continue
		}
		made := madeBy(text)
		entries, _ := os.ReadDir(p)
		for _, e := range entries {
			if name := e.Name(); strings.HasPrefix(name, ".") && name != Marker && !made[name] {
				l.Hidden = append(l.Hidden, name)
			}
		}
		left = append(left, l)
	}
	return left
}

// changed is an error of Write after which the output directory is not
// as it was.
type changed struct{ error }

func (c changed) Unwrap() error { return c.error }

// Unchanged reports whether err, an error of Write, or one that wraps or
// joins it, left the output directory as it was.
func Unchanged(err error) bool {
	_, ok := errors.AsType[changed](err)
	return !ok
}

// swap moves tmp to dir, removing the old dir only after the new one is in
// place under a side name. Hidden entries the old dir still holds, which
// a build running at the same time may have moved into it after
// carryHidden looked, go into the new one first; the old dir is kept
// when one cannot. Once the new output is in place, what fails is told
// to warn, not returned: the site is built, and the old copy kept.
func swap(tmp, dir string, workers int, ops fsOps, warn func(path, msg string)) error {
	old := ""
	if _, err := os.Lstat(dir); err == nil {
		old = tmp + ".old"
		if err := ops.rename(dir, old); err != nil {
			return err
		}
	}
	if err := ops.rename(tmp, dir); err != nil {
		if old != "" {
			ops.rename(old, dir)
		}
		return err
	}
	if old == "" {
		return nil
	}
	if _, err := carryHidden(old, dir); err != nil {
		warn(old, fmt.Sprintf("the site was built into %s, and this old copy of it is kept, as its hidden entries could not all go into the new one (%v); move what you want of it into %s, then delete it", filepath.Base(dir), err, filepath.Base(dir)))
		return nil
	}
	if err := ops.removeAll(old, workers); err != nil {
		warn(old, fmt.Sprintf("the site was built into %s, but this old copy of it could not be deleted: %v; %s", filepath.Base(dir), err, howToDelete(old, err)))
	}
	return nil
}

// writeAll writes files under root in parallel. Each worker creates the
// directories it needs, once each, and reuses one buffer for every file.
// Files nearer the root start first: they are the site's indexes, the
// largest pages, so that no single long page is left running alone at
// the end. Files marked Last start after all others.
func writeAll(ctx context.Context, root string, files []File, opts Options) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	dirs := map[string]*dirOnce{".": {made: true}} // the root exists
	var dirOf func(d string) *dirOnce
	dirOf = func(d string) *dirOnce {
		if dirs[d] == nil {
			dirs[d] = &dirOnce{path: filepath.Join(root, d), parent: dirOf(filepath.Dir(d))}
		}
		return dirs[d]
	}
	for _, f := range files {
		if !fs.ValidPath(f.Path) || f.Path == "." {
			return fmt.Errorf("invalid output path %q", f.Path)
		}
		dirOf(filepath.Dir(filepath.FromSlash(f.Path)))
	}
	order := make([]int, len(files))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		fa, fb := files[a], files[b]
		return cmp.Or(boolCompare(fa.Last, fb.Last), strings.Count(fa.Path, "/")-strings.Count(fb.Path, "/"))
	})
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		failed  = map[int]error{} // by file
		stopped atomic.Bool       // the disk is full or read-only
	)
	next := make(chan int)
	for range min(workers, max(len(files), 1)) {
		wg.Go(func() {
			w := bufio.NewWriterSize(nil, 32<<10)
			for i := range next {
				f := files[i]
				err := dirs[filepath.Dir(filepath.FromSlash(f.Path))].make()
				if err == nil {
					err = writeFile(root, f, opts.SrcFS, w)
				} else {
					err = &WriteError{Path: f.Path, Template: f.Template, Err: err}
				}
				if err != nil {
					if diskFailed(err) {
						stopped.Store(true)
					}
					mu.Lock()
					failed[i] = err
					mu.Unlock()
				}
			}
		})
	}
	for _, i := range order {
		if ctx.Err() != nil || stopped.Load() {
			break // the files written are removed with the directory
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	return distinct(files, failed)
}

// distinct joins the errors of the files that failed, the first by path
// of each cause with the number of others it failed: a template that
// fails on every brief's page is one problem, told once, whatever the
// number of workers, and so is a full disk, whose error names each
// file (see cause). When the disk is full or read-only, it says why
// brief stopped writing.
func distinct(files []File, failed map[int]error) error {
	if len(failed) == 0 {
		return nil
	}
	at := slices.SortedFunc(maps.Keys(failed), func(a, b int) int { return strings.Compare(files[a].Path, files[b].Path) })
	first := map[string]int{} // the index in errs of each cause
	var errs []error
	for _, i := range at {
		key := cause(failed[i])
		if j, ok := first[key]; ok {
			if we, ok := errors.AsType[*WriteError](errs[j]); ok {
				we.Others++
			}
			continue
		}
		first[key] = len(errs)
		err := failed[i]
		if we, ok := err.(*WriteError); ok {
			c := *we // the worker's own stays as it was
			err = &c
		}
		errs = append(errs, err)
	}
	for j, err := range errs {
		switch {
		case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
			errs[j] = fmt.Errorf("%w; brief stopped writing: a build writes the whole new site before it replaces the old one, so the disk needs room for a second copy of the site", err)
		case errors.Is(err, syscall.EROFS):
			errs[j] = fmt.Errorf("%w; brief stopped writing", err)
		}
	}
	return errors.Join(errs...)
}

// cause returns the text of the problem err, a file's failure, reports,
// without the file: a *WriteError's own error, and of an error of the
// file system (*fs.PathError) the operation and its error ("write: no
// space left on device"), the path left out.
func cause(err error) string {
	if we, ok := err.(*WriteError); ok {
		err = we.Err
	}
	switch e := err.(type) {
	case *fs.PathError:
		return e.Op + ": " + e.Err.Error()
	case *os.LinkError:
		return e.Op + ": " + e.Err.Error()
	case *os.SyscallError:
		return e.Syscall + ": " + e.Err.Error()
	}
	return err.Error()
}

// diskFailed reports whether err is one that every later file would meet
// too: the disk is full, the user's quota spent, or the disk read-only.
func diskFailed(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) || errors.Is(err, syscall.EROFS)
}

// dirOnce is an output directory, made by the first file written into it
// or into a directory below it. Its parent is made first, so each
// directory takes one mkdir, where os.MkdirAll would also stat it and its
// parent.
type dirOnce struct {
	path   string
	parent *dirOnce // nil for the root
	made   bool     // the root: it exists
	once   sync.Once
	err    error
}

func (d *dirOnce) make() error {
	if d.made {
		return nil
	}
	d.once.Do(func() {
		if d.err = d.parent.make(); d.err == nil {
			d.err = os.Mkdir(d.path, 0o755)
		}
	})
	return d.err
}

// writeFile writes f under root through w, which it resets. A failure is
// a *WriteError.
func writeFile(root string, f File, srcFS fs.FS, w *bufio.Writer) error {
	dst, err := os.OpenFile(filepath.Join(root, filepath.FromSlash(f.Path)), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return &WriteError{Path: f.Path, Template: f.Template, Err: err}
	}
	w.Reset(dst)
	if f.Write != nil {
		err = f.Write(w)
	} else {
		var src fs.File
		src, err = srcFS.Open(f.Src)
		if err == nil {
			_, err = io.Copy(w, src)
			src.Close()
		}
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	w.Reset(nil)
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return &WriteError{Path: f.Path, Template: f.Template, Err: err}
	}
	return nil
}

// WriteError is a failure to write the file at Path: to render it, to
// copy it from the site or to put it on disk.
type WriteError struct {
	Path     string // as File.Path gives it
	Template string // as File.Template gives it
	Err      error
	Others   int // how many other files failed for the same cause (see distinct)
}

func (e *WriteError) Error() string {
	switch e.Others {
	case 0:
		return "writing " + e.Path + ": " + e.Err.Error()
	case 1:
		return "writing " + e.Path + " and 1 other file: " + e.Err.Error()
	}
	return "writing " + e.Path + " and " + strconv.Itoa(e.Others) + " other files: " + e.Err.Error()
}

func (e *WriteError) Unwrap() error { return e.Err }

// removeAll removes dir and everything in it, removing the folders two
// levels down in parallel: a built site is tens of thousands of small
// folders, and removing them one by one takes as long as writing them.
func removeAll(dir string, workers int) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var paths []string
	top, _ := os.ReadDir(dir)
	for _, e := range top {
		p := filepath.Join(dir, e.Name())
		if !e.IsDir() {
			continue
		}
		sub, _ := os.ReadDir(p)
		for _, s := range sub {
			paths = append(paths, filepath.Join(p, s.Name()))
		}
	}
	var wg sync.WaitGroup
	next := make(chan string)
	for range min(workers, max(len(paths), 1)) {
		wg.Go(func() {
			for p := range next {
				os.RemoveAll(p) // what fails here fails again below, and is reported
			}
		})
	}
	for _, p := range paths {
		next <- p
	}
	close(next)
	wg.Wait()
	return os.RemoveAll(dir)
}

// boolCompare orders false before true.
func boolCompare(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
