//go:build unix

package output

import (
	"os"
	"syscall"
)

// tryLock takes a lock on the folder dir without waiting, and returns
// the function that lets it go, or nil when another build holds it, or
// it cannot be taken. The system lets a lock go when its process ends,
// killed too, so a folder a build left is one no build holds.
func tryLock(dir string) func() {
	f, err := os.Open(dir)
	if err != nil {
		return nil
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil
	}
	return func() { f.Close() }
}
