package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/briefsite/brief/internal/slug"
)

func runNew(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", "[-src DIR] \"Title\"", "Write content/briefs/<slug>.md with the front matter filled in and today's date.", stderr)
	src := fs.String("src", ".", "site root `dir`ectory")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	title := strings.Join(strings.Fields(strings.Join(fs.Args(), " ")), " ")
	if title == "" {
		fmt.Fprintln(stderr, "brief new: give the brief's title, as in: brief new \"Ceasefire talks resume\"")
		return exitUsage
	}
	name := slug.Make(title)
	if name == "" {
		fmt.Fprintf(stderr, "brief new: cannot make a file name from %q\n", title)
		return exitUsage
	}
	if err := checkSiteRoot(*src); err != nil {
		fmt.Fprintf(stderr, "brief new: %v\n", err)
		return exitContent
	}
	dir := filepath.Join(*src, "content", "briefs")
	file := filepath.Join(dir, name+".md")
	if other := briefWithSlug(dir, name); other != "" && other != file {
		fmt.Fprintf(stderr, "brief new: %s is already the brief at briefs/%s/; give another title, or edit that file\n", other, name)
		return exitContent
	}
	if err := writeNew(file, newBrief(title, time.Now())); err != nil {
		fmt.Fprintf(stderr, "brief new: %v\n", err)
		return exitContent
	}
	fmt.Fprintf(stdout, "brief: wrote %s, a draft: brief serve -drafts shows it; delete its draft: true line to publish it\n", file)
	return exitOK
}

// newBrief returns the text of a new brief dated now.
func newBrief(title string, now time.Time) string {
	return "---\n" +
		"title: " + strconv.Quote(title) + "\n" +
		"summary: \"\"\n" +
		"date: " + now.Format("2006-01-02") + "\n" +
		"actors: []\n" +
		"countries: []\n" +
		"topics: []\n" +
		"sources: []  # each: {title: \"...\", publisher: \"...\", date: 2025-05-21, url: \"https://...\"}\n" +
		"draft: true  # delete this line to publish the brief\n" +
		"---\n\n" +
		"Write the brief here. Link to other briefs and to profiles by name in double\n" +
		"brackets, as in `[[Kenya]]` (here in backquotes, so that it shows as typed).\n"
}

// briefWithSlug returns the file in dir, a site's content/briefs, whose
// brief has the page briefs/<name>/, or "" if none has: a file name.md, a
// folder name/ with an index.md, or one whose name gives the same slug
// (Name.md, name_.md).
func briefWithSlug(dir, name string) string {
	entries, _ := os.ReadDir(dir) // none yet, or unreadable: writeNew says
	for _, ent := range entries {
		file := ent.Name()
		base, isMD := strings.CutSuffix(file, ".md")
		if strings.HasPrefix(file, ".") || slug.Make(base) != name {
			continue
		}
		if ent.IsDir() {
			if fi, err := os.Stat(filepath.Join(dir, file, "index.md")); err == nil && fi.Mode().IsRegular() {
				return filepath.Join(dir, file, "index.md")
			}
		} else if isMD {
			return filepath.Join(dir, file)
		}
	}
	return ""
}

// writeNew creates file with text, refusing to overwrite an existing file.
func writeNew(file, text string) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; not overwriting it", file)
	}
	if err != nil {
		return err
	}
	_, err = f.WriteString(text)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
