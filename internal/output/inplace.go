package output

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
)

// inPlacePattern is the pattern, for filepath.Glob, of the names of the
// temporary directories writeInPlace makes in an output directory; the
// old entries it replaces go into one of the name and ".old".
const inPlacePattern = ".brief-tmp-*"

// renamable reports why dir, which Write would rename to probe to swap
// in a new one beside it, cannot be, or "" when it can or does not
// exist: a mount point cannot (EBUSY, or EXDEV), nor a folder that the
// user may not move (EACCES, EPERM). It renames it to probe and back to
// know. An error is any other failure to rename it, or the failure to
// move it back, which is told.
func renamable(dir, probe string, ops fsOps) (string, error) {
	if _, err := os.Lstat(dir); err != nil {
		return "", nil // made anew: nothing to rename
	}
	err := ops.rename(dir, probe)
	switch {
	case err == nil:
		if err := ops.rename(probe, dir); err != nil {
			return "", changed{fmt.Errorf("%s was renamed %s, to know whether it could be, and could not be given its name back (%v): rename it %s", dir, probe, err, filepath.Base(dir))}
		}
		return "", nil
	case errors.Is(err, syscall.EBUSY), errors.Is(err, syscall.EXDEV):
		return fmt.Sprintf("%s cannot be renamed, as a mount point, a container's volume or a disk's root, cannot (%s)", filepath.Base(dir), errnoText(err)), nil
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf("%s cannot be renamed (%s)", filepath.Base(dir), errnoText(err)), nil
	}
	return "", err
}

// writeInPlace writes files into a temporary directory inside the output
// directory abs, dir as the user named it, where Write can neither make
// one beside it nor rename it, for the reason why; then it replaces what
// brief made in abs, entry by entry, with what it wrote: the entries
// that are not hidden, which CheckTarget found to be brief's, and the
// hidden ones the marker lists. The publisher's hidden entries stay
// where they are. While the entries move, the marker lists both builds'
// files, so that a build killed midway leaves nothing the next one
// takes for the user's. A failure puts back what moved; what cannot go
// back is kept, and told.
func writeInPlace(ctx context.Context, dir, abs string, files []File, opts Options, ops fsOps, warn func(path, msg string), why string) error {
	if fi, err := os.Stat(abs); err != nil || !fi.IsDir() {
		return fmt.Errorf("cannot build %s: %s, where a build writes the new site before it swaps it in; make %s writable, or build into a folder of yours and copy it there", dir, why, filepath.Dir(abs))
	}
	oldText, err := os.ReadFile(filepath.Join(abs, Marker))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	made := madeBy(oldText)
	tmp, err := ops.mkdirTemp(abs, strings.TrimSuffix(inPlacePattern, "*"))
	if err != nil {
		return fmt.Errorf("cannot build %s: %s, where a build writes the new site before it swaps it in, nor in %s itself (%s); make %[3]s writable, or build into a folder of yours and copy it there", dir, why, filepath.Base(abs), errnoText(err))
	}
	if unlock := tryLock(tmp); unlock != nil {
		defer unlock() // once both are gone: see removeStale
	}
	trash := tmp + ".old"
	keep := false // tmp and trash hold what could not go back
	defer func() {
		if !keep {
			os.RemoveAll(trash) // nothing, or what the marker's rewrite left
			os.RemoveAll(tmp)   // the new files, when they did not move; last, as it is locked
		}
	}()
	if err := writeAll(ctx, tmp, files, opts); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	newText := manifest(files)
	if err := os.WriteFile(filepath.Join(tmp, Marker), newText, 0o644); err != nil {
		return err
	}
	// What moves: the new site's entries, and the old entries brief made.
	entries, err := os.ReadDir(abs)
	if err != nil {
		return err
	}
	old := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		if name != Marker && name != filepath.Base(tmp) && (!strings.HasPrefix(name, ".") || made[name]) {
			old[name] = true
		}
	}
	news, err := os.ReadDir(tmp)
	if err != nil {
		return err
	}
	var names []string
	for _, e := range news {
		name := e.Name()
		if name == Marker {
			continue
		}
		if _, err := os.Lstat(filepath.Join(abs, name)); err == nil && !old[name] {
			if !sameFile(filepath.Join(abs, name), filepath.Join(tmp, name)) {
				return newHiddenClash(name, abs, tmp).refusal()
			}
			old[name] = true // the same bytes: the new copy stands
		}
		names = append(names, name)
	}
	if err := os.Mkdir(trash, 0o755); err != nil {
		return err
	}
	// The marker lists both builds' files while the entries move; one
	// without a list, of an older brief, stays, as it claims them all.
	_, _, listed := strings.Cut(string(oldText), "\n\n")
	if oldText == nil || listed {
		both := append(manifest(files), oldText[min(len(oldText), strings.Index(string(oldText), "\n\n")+2):]...)
		if err := replaceFile(filepath.Join(abs, Marker), filepath.Join(trash, Marker), both, ops); err != nil {
			return err
		}
	}
	type move struct{ from, to string }
	var moved []move
	mv := func(from, to string) error {
		if err := ops.rename(from, to); err != nil {
			return err
		}
		moved = append(moved, move{from, to})
		return nil
	}
	err = nil
	for _, name := range names {
		if old[name] {
			delete(old, name)
			if err = mv(filepath.Join(abs, name), filepath.Join(trash, name)); err != nil {
				break
			}
		}
		if err = mv(filepath.Join(tmp, name), filepath.Join(abs, name)); err != nil {
			break
		}
	}
	for _, name := range slices.Sorted(maps.Keys(old)) {
		if err != nil {
			break
		}
		err = mv(filepath.Join(abs, name), filepath.Join(trash, name))
	}
	if err == nil {
		err = ops.rename(filepath.Join(tmp, Marker), filepath.Join(abs, Marker))
	}
	if err != nil {
		var stuck []string
		for i := len(moved) - 1; i >= 0; i-- {
			if rerr := ops.rename(moved[i].to, moved[i].from); rerr != nil {
				stuck = append(stuck, filepath.Base(moved[i].from))
			}
		}
		var rerr error
		if oldText == nil {
			rerr = os.Remove(filepath.Join(abs, Marker))
		} else if listed {
			rerr = replaceFile(filepath.Join(abs, Marker), filepath.Join(trash, Marker), oldText, ops)
		}
		if rerr != nil {
			stuck = append(stuck, Marker)
		}
		if len(stuck) > 0 {
			keep = true
			return changed{fmt.Errorf("%w; and %s could not be put back as it was (%s): its old files are in %s, the new ones in %s", err, dir, strings.Join(stuck, ", "), trash, tmp)}
		}
		return err
	}
	if err := ops.removeAll(trash, opts.Workers); err != nil {
		keep = true // tmp is empty; trash holds what could not be deleted
		os.Remove(tmp)
		warn(trash, fmt.Sprintf("the site was built into %s, but this old copy of what brief made in it could not be deleted, and is published with it until it is: %v; %s", filepath.Base(abs), err, howToDelete(trash, err)))
	}
	warn(abs, fmt.Sprintf("the site was replaced in place, entry by entry, rather than swapped in at once: %s", why))
	return nil
}

// removeStale removes the folders that builds in place stopped midway
// left inside the output abs, which would be published with it: each
// temporary folder no build holds (see tryLock), with its old entries
// beside it, and an old copy without its temporary folder, which no build
// running has (writeInPlace removes the old copy first). It warns of
// each it removed, and of each it could not. Such a folder holds only
// what brief made: the new site's files, or the old entries the old
// marker listed, which the build would have deleted.
func removeStale(abs string, workers int, ops fsOps, warn func(path, msg string)) {
	paths, _ := filepath.Glob(filepath.Join(abs, inPlacePattern))
	base := filepath.Base(abs)
	for _, p := range paths {
		tmp, old := strings.CutSuffix(p, ".old")
		if old {
			if _, err := os.Lstat(tmp); err == nil {
				continue // with its temporary folder
			}
			if _, err := os.Lstat(p); err != nil {
				continue // gone with it
			}
		} else {
			unlock := tryLock(tmp)
			if unlock == nil {
				continue // a build's running, or the system cannot tell: told of after the build
			}
			err := ops.removeAll(tmp+".old", workers)
			if err == nil {
				err = ops.removeAll(tmp, workers)
			}
			unlock()
			if err != nil {
				warn(p, fmt.Sprintf("left inside %s by a build stopped while it wrote it, and published with it until deleted, could not be deleted: %v; %s", base, err, howToDelete(p, err)))
				continue
			}
			warn(p, fmt.Sprintf("removed: left inside %s by a build stopped while it wrote it, so published with it", base))
			continue
		}
		if err := ops.removeAll(p, workers); err != nil {
			warn(p, fmt.Sprintf("an old copy of what brief made in %s, which a build replaced but could not delete, is published with %[1]s until deleted, and could not be deleted: %v; %s", base, err, howToDelete(p, err)))
			continue
		}
		warn(p, fmt.Sprintf("removed: an old copy of what brief made in %s, which a build replaced but could not delete, or was stopped deleting, so published with %[1]s", base))
	}
}

// howToDelete says how to delete the folder p that could not be, for err.
func howToDelete(p string, err error) string {
	if errors.Is(err, fs.ErrPermission) {
		return "delete it as the user whose files it holds (sudo rm -r " + p + ", when a container made them as root)"
	}
	return "delete it"
}

// replaceFile gives the file at path the content data at once, through
// a file at tmp renamed over it.
func replaceFile(path, tmp string, data []byte, ops fsOps) error {
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	if err := ops.rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// errnoText returns the text of the system's error that err, an error of
// the file system, holds, "permission denied", without the path it names.
func errnoText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno.Error()
	}
	return err.Error()
}
