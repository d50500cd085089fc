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
	file := filepath.Join(*src, "content", "briefs", name+".md")
	if err := writeNew(file, newBrief(title, time.Now())); err != nil {
		fmt.Fprintf(stderr, "brief new: %v\n", err)
		return exitContent
	}
	fmt.Fprintf(stdout, "brief: wrote %s\n", file)
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
