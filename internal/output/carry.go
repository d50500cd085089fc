package output

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// carryHidden moves the hidden entries of the output directory dir that
// its marker does not list, such as the .git of a gh-pages worktree or a
// .nojekyll put there by hand, into the new output tmp: they are the
// publisher's. Those it lists, a static/.well-known/ of the last build,
// are brief's, replaced with the rest, and so is one the new output has
// too, a file of the same bytes (a .nojekyll put by hand before it was
// put in static/): nothing is lost. It returns the names it moved, those
// too when it fails.
func carryHidden(dir, tmp string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	text, _ := os.ReadFile(filepath.Join(dir, Marker)) // none: none is brief's
	made := madeBy(text)
	var moved []string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, ".") || name == Marker || made[name] {
			continue
		}
		if _, err := os.Lstat(filepath.Join(tmp, name)); err == nil {
			if sameFile(filepath.Join(dir, name), filepath.Join(tmp, name)) {
				continue // the new output's copy stands
			}
			return moved, newHiddenClash(name, dir, tmp)
		}
		if err := os.Rename(filepath.Join(dir, name), filepath.Join(tmp, name)); err != nil {
			return moved, err
		}
		moved = append(moved, name)
	}
	return moved, nil
}

// hiddenClash is the error of carryHidden when the new output has a
// hidden entry of the name of one it would carry, which is not the same
// file.
type hiddenClash struct {
	name, dir string
	files     bool // both are regular files, of different bytes
}

// newHiddenClash returns the clash of the hidden entry name of the output
// dir with the new output's, in tmp.
func newHiddenClash(name, dir, tmp string) *hiddenClash {
	a, errA := os.Lstat(filepath.Join(dir, name))
	b, errB := os.Lstat(filepath.Join(tmp, name))
	return &hiddenClash{name: name, dir: dir, files: errA == nil && errB == nil && a.Mode().IsRegular() && b.Mode().IsRegular()}
}

func (h *hiddenClash) Error() string {
	if h.files {
		return fmt.Sprintf("the new site has %s, a file of static/, and %s has a %[1]s brief did not make, which differs from static/'s", h.name, h.dir)
	}
	return fmt.Sprintf("the new site has %s, of static/, and %s has a %[1]s brief did not make", h.name, h.dir)
}

// refusal returns the error of a build refused for the clash, with how
// to end it.
func (h *hiddenClash) refusal() error {
	mine := filepath.Join(h.dir, h.name)
	if h.files {
		return fmt.Errorf("refusing to replace %s: %v; keep one of them: delete %s (static/'s is published), or static/%s (brief keeps the other)", h.dir, h, mine, h.name)
	}
	return fmt.Errorf("refusing to replace %s: %v, which it keeps; move what you want of it into static/%s, then delete %s", h.dir, h, h.name, mine)
}

// sameFile reports whether the files at a and b are regular files of the
// same bytes.
func sameFile(a, b string) bool {
	fa, errA := os.Lstat(a)
	fb, errB := os.Lstat(b)
	if errA != nil || errB != nil || !fa.Mode().IsRegular() || !fb.Mode().IsRegular() || fa.Size() != fb.Size() {
		return false
	}
	ra, errA := os.Open(a)
	if errA != nil {
		return false
	}
	defer ra.Close()
	rb, errB := os.Open(b)
	if errB != nil {
		return false
	}
	defer rb.Close()
	bufA, bufB := make([]byte, 32<<10), make([]byte, 32<<10)
	for {
		n, errA := io.ReadFull(ra, bufA)
		m, errB := io.ReadFull(rb, bufB)
		if n != m || !bytes.Equal(bufA[:n], bufB[:m]) {
			return false
		}
		if errA != nil || errB != nil {
			return (errA == io.EOF || errA == io.ErrUnexpectedEOF) && (errB == io.EOF || errB == io.ErrUnexpectedEOF)
		}
	}
}

// putBack moves the entries carried into tmp back into dir, after a
// failed write, and returns those that could not go back.
func putBack(tmp, dir string, carried []string, ops fsOps) []string {
	var left []string
	for _, name := range carried {
		from := filepath.Join(tmp, name)
		if _, err := os.Lstat(from); err != nil {
			continue // gone with the swap, into dir
		}
		if err := ops.rename(from, filepath.Join(dir, name)); err != nil {
			left = append(left, name)
		}
	}
	return left
}
