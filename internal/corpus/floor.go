package corpus

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/adrg/frontmatter"
	"github.com/yuin/goldmark"
)

// Floor is the yardstick brief's build is measured against: the least a
// generator can do with the same files. A pool of workers reads each
// content/briefs/*.md of fsys, decodes its front matter with
// adrg/frontmatter, converts its body with a bare goldmark (CommonMark,
// no extensions) and writes one page per brief, dir/<name>/index.html,
// with nothing else: no cross-links, entity pages, indexes or assets.
// It returns the number of pages written. dir must not exist or be empty.
func Floor(fsys fs.FS, dir string, workers int) (int, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	entries, err := fs.ReadDir(fsys, "content/briefs")
	if err != nil {
		return 0, err
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".md") {
			names = append(names, e.Name())
		}
	}
	md := goldmark.New()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	next := make(chan string)
	for range max(min(workers, len(names)), 1) {
		wg.Go(func() {
			var buf bytes.Buffer
			for name := range next {
				buf.Reset()
				if err := floorPage(fsys, md, dir, name, &buf); err != nil {
					mu.Lock()
					first = cmpErr(first, err)
					mu.Unlock()
				}
			}
		})
	}
	for _, name := range names {
		next <- name
	}
	close(next)
	wg.Wait()
	return len(names), first
}

func floorPage(fsys fs.FS, md goldmark.Markdown, dir, name string, buf *bytes.Buffer) error {
	f, err := fsys.Open(path.Join("content/briefs", name))
	if err != nil {
		return err
	}
	var meta struct {
		Title string `yaml:"title"`
	}
	body, err := frontmatter.Parse(bufio.NewReader(f), &meta)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	title := html.EscapeString(meta.Title)
	buf.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>\n<h1>" + title + "</h1>\n")
	if err := md.Convert(body, buf); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	buf.WriteString("</body></html>\n")
	page := filepath.Join(dir, strings.TrimSuffix(name, ".md"))
	if err := os.MkdirAll(page, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(page, "index.html"), buf.Bytes(), 0o644)
}
