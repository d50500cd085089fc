package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// CreateNew writes data to a new file at path, making the folders above
// it, as brief new and brief init do in a site. It never overwrites:
// when anything, a link too, is at path already, it writes nothing and
// returns an error that names the file and wraps fs.ErrExist. A file it
// cannot write in full is removed again, so that a second try is not
// refused by it.
func CreateNew(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return &existsError{path}
	}
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path) // its own, half written
	}
	return err
}

// Replace writes data over the file at path in full or not at all: into
// a hidden file beside it, then renamed over it, as brief templates -force
// replaces a site's copy of a theme file. A link at path is replaced, not
// followed. The new file's mode is 0644.
func Replace(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*") // hidden: the build skips it
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// existsError is CreateNew's error for a path that is taken.
type existsError struct{ path string }

func (e *existsError) Error() string { return e.path + " already exists; not overwriting it" }

func (e *existsError) Unwrap() error { return fs.ErrExist }

// AppendLine adds line, and a line break, to the end of the existing
// file at path, as brief init adds the site's output to a clone's
// .gitignore: on a line of its own, after a line break first if the file
// does not end with one. It does not create the file.
func AppendLine(path, line string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	err = appendLine(f, line)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// appendLine adds line to the end of f, opened for appending, as
// AppendLine does.
func appendLine(f *os.File, line string) error {
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if n := fi.Size(); n > 0 {
		last := make([]byte, 1)
		if _, err := f.ReadAt(last, n-1); err != nil {
			return err
		}
		if last[0] != '\n' {
			line = "\n" + line
		}
	}
	_, err = f.WriteString(line + "\n")
	return err
}
