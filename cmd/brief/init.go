package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/briefsite/brief/internal/output"
)

func runInit(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("init", "DIR", "Start a new site in DIR: a site file, one example brief, an actor profile and a GitHub Pages\nworkflow. DIR may be a fresh clone: it may hold hidden entries, a README and a LICENSE.\n"+
		"In a folder of a git repository, the workflow builds that folder; move it to the repository's root, where GitHub reads it.", stderr)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "brief init: name the directory of the new site, as in: brief init my-briefing")
		return exitUsage
	}
	dir := fs.Arg(0)
	if strings.TrimSpace(dir) == "" {
		fmt.Fprintln(stderr, "brief init: the directory's name is empty; name it, or . for the current one")
		return exitUsage
	}
	if root, folder := enclosingSite(dir); root != "" {
		why := "whose build would take the new site's files for its own"
		if folder == "public" {
			why = "which its build makes anew and would refuse to replace, holding files brief did not make"
		}
		fmt.Fprintf(stderr, "brief init: %s is within the %s/ folder of the site at %s, %s; start it outside that folder\n", dir, folder, root, why)
		return exitContent
	}
	// A fresh clone, holding only .git and the like, and the README and
	// LICENSE a new repository may start with, is as good as empty.
	if entries, err := os.ReadDir(dir); err == nil && slices.ContainsFunc(entries, func(e os.DirEntry) bool { return !cloneEntry(e.Name()) }) {
		fmt.Fprintf(stderr, "brief init: %s is not empty; choose a new directory\n", dir)
		return exitContent
	}
	files := skeleton(time.Now())
	// GitHub runs only the workflows at the root of a repository: in a
	// folder of one, the workflow names the site's folder, and the user is
	// told to move it there. init writes nothing outside dir: the
	// repository may be one the user did not mean, as a home folder's.
	root, site := repoRoot(dir)
	if root != "" {
		files[".github/workflows/pages.yml"] = pagesWorkflowIn(workflowVersion(version()), site)
	}
	// A clone's own .gitignore is kept; the site's output goes on the end,
	// once nothing else is in the way.
	ignore := filepath.Join(dir, ".gitignore")
	old, err := os.ReadFile(ignore)
	if err == nil {
		delete(files, ".gitignore")
	}
	for _, name := range sortedKeys(files) {
		if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(name))); err == nil {
			fmt.Fprintf(stderr, "brief init: %s already has %s; not overwriting it\n", dir, name)
			return exitContent
		}
	}
	for _, line := range ignored {
		if err == nil && !slices.Contains(strings.Fields(string(old)), line) {
			if err := output.AppendLine(ignore, line); err != nil {
				fmt.Fprintf(stderr, "brief init: %v\n", err)
				return exitContent
			}
		}
	}
	for _, name := range sortedKeys(files) {
		if err := output.CreateNew(filepath.Join(dir, filepath.FromSlash(name)), []byte(files[name])); err != nil {
			fmt.Fprintf(stderr, "brief init: %v\n", err)
			return exitContent
		}
	}
	next := "cd " + shellQuote(dir) + " && brief serve"
	if filepath.Clean(dir) == "." {
		next = "brief serve"
	}
	fmt.Fprintf(stdout, "brief: started a site in %s\n", dir)
	if root != "" {
		from, to := filepath.Join(dir, ".github", "workflows", "pages.yml"), fromWD(filepath.Join(root, ".github", "workflows", "pages.yml"))
		if filepath.Clean(dir) == "." {
			from = "." + string(filepath.Separator) + from // not to be taken for the repository's
		}
		if _, err := os.Lstat(to); err == nil {
			fmt.Fprintf(stdout, "brief: GitHub runs workflows only from the root of the repository that holds %s, which has a workflow of its own: merge the steps of the site's workflow, %s, which checks, builds and publishes %s/, into the repository's, %s (a repository publishes one GitHub Pages site)\n", dir, from, site, to)
		} else {
			fmt.Fprintf(stdout, "brief: GitHub runs workflows only from the root of the repository that holds %s: move %s, which checks, builds and publishes %s/, to %s\n", dir, from, site, to)
		}
	}
	fmt.Fprintf(stdout, "Next: %s\n", next)
	return exitOK
}

// ignored are the lines of a new site's .gitignore: its output, and the
// folders beside it that a build killed while it wrote the output leaves,
// .public.tmp-…/ and .public.tmp-….old/ (see output.Leftovers), which
// git add -A would otherwise commit.
var ignored = []string{"public/", ".public.tmp-*/"}

// skeleton returns the files of a new site, by slash-separated path.
func skeleton(now time.Time) map[string]string {
	day := now.Format("2006-01-02")
	return map[string]string{
		"brief.yaml": "# Site settings; every field is optional.\n" +
			"title: \"My briefing\"\n" +
			"description: \"What this briefing follows, in one sentence.\"\n" +
			"language: en  # fr or es: the pages' own words and dates in French or Spanish\n" +
			"# base_url: \"https://owner.github.io/repo/\"  # for feeds, sitemap and canonical links\n",
		".gitignore":                  "# brief's output, and the folders a build stopped midway leaves beside it\n" + strings.Join(ignored, "\n") + "\n",
		".github/workflows/pages.yml": fmt.Sprintf(pagesWorkflow, workflowVersion(version())),
		"content/briefs/first-brief.md": "---\n" +
			"title: \"First brief\"\n" +
			"summary: \"One or two sentences that say what happened.\"\n" +
			"date: " + day + "\n" +
			"actors: [Example Organisation]\n" +
			"countries: [Kenya]\n" +
			"topics: [Getting started]\n" +
			"sources:\n" +
			"  - title: \"Where the facts come from\"\n" +
			"    note: \"Add publisher, date and url when the source has them.\"\n" +
			"events:\n" +
			"  - date: " + now.Format("2006-01") + "\n" +
			"    text: \"A dated line for the timeline; fuzzy dates such as 'late 2024' work too.\"\n" +
			"---\n\n" +
			"Write the brief in Markdown. Link to profiles with wikilinks such as [[Example Organisation]].\n",
		"content/actors/example-organisation.md": "---\n" +
			"name: Example Organisation\n" +
			"aliases: [EO]\n" +
			"kind: organisation\n" +
			"country: Kenya\n" +
			"summary: \"Who they are, in one sentence.\"\n" +
			"---\n\n" +
			"A profile says who an actor is and what role it plays.\n",
	}
}

// pagesWorkflow publishes a site to GitHub Pages: it checks the site,
// then builds it with the Pages address as its base URL, with the brief
// of the version given for %s (see workflowVersion). A pull request is
// checked and built, not published.
const pagesWorkflow = `# Checks and builds the briefing with brief and publishes it to GitHub Pages.
# Enable it under Settings → Pages → Build and deployment → Source: GitHub Actions.
# A pull request is checked and built, not published.
name: Publish to GitHub Pages

on:
  push:
    branches: [main, master]
  pull_request:
  workflow_dispatch:

permissions:
  contents: read

env:
  # The brief that started this site; "latest" takes the newest release.
  BRIEF_VERSION: %s

jobs:
  build:
    runs-on: ubuntu-latest
    # One build per branch or pull request at a time: the newest wins.
    concurrency:
      group: build-${{ github.ref }}
      cancel-in-progress: true
    permissions:
      contents: read
      pages: read
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-go@v6
        with:
          go-version: stable
          cache: false # a site has no go.sum to key it by
      - name: Install brief
        run: go install github.com/briefsite/brief/cmd/brief@${{ env.BRIEF_VERSION }}
      - id: pages
        if: github.event_name != 'pull_request'
        uses: actions/configure-pages@v5
      # Errors, such as a Markdown link that leads nowhere, stop the
      # publication; warnings, such as a wikilink that names nothing, are
      # shown in the log. Both annotate their lines, in a pull request's
      # files too. With check -strict, warnings stop it too.
      - name: Check the briefing
        run: brief check -format github
      - name: Build the site
        run: brief build -minify ${{ steps.pages.outputs.base_url && format('-base-url {0}/', steps.pages.outputs.base_url) }}
      # brief's record of the files it wrote is no page to publish.
      - name: Leave out brief's record of what it wrote
        run: rm -f public/.brief-output
      # Hidden files of static/ are published too: .well-known/ (security.txt,
      # a domain's verification), .nojekyll.
      - if: github.event_name != 'pull_request' && github.ref_name == github.event.repository.default_branch
        uses: actions/upload-pages-artifact@v5
        with:
          path: public
          include-hidden-files: true

  deploy:
    # Only the default branch is published; one deployment at a time.
    if: github.event_name != 'pull_request' && github.ref_name == github.event.repository.default_branch
    concurrency:
      group: pages
      cancel-in-progress: false
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`

// pagesWorkflowIn returns pagesWorkflow for the brief of version v, and
// for a site in the folder site of its repository, slash-separated, when
// site is not "": it checks and builds that folder and uploads its
// public/, from the repository's root, where the workflow is to go.
func pagesWorkflowIn(v, site string) string {
	wf := fmt.Sprintf(pagesWorkflow, v)
	if site == "" {
		return wf
	}
	for _, r := range [][2]string{
		{"  BRIEF_VERSION: " + v + "\n", "  BRIEF_VERSION: " + v + "\n  # The site's folder in the repository.\n  BRIEF_SITE: " + yamlQuote(site) + "\n"},
		{"run: brief check -format github\n", "run: brief check -format github -src \"$BRIEF_SITE\"\n"},
		{"run: brief build -minify", "run: brief build -src \"$BRIEF_SITE\" -minify"},
		{"run: rm -f public/.brief-output", "run: rm -f \"$BRIEF_SITE/public/.brief-output\""},
		{"path: public\n", "path: ${{ env.BRIEF_SITE }}/public\n"},
	} {
		if strings.Count(wf, r[0]) != 1 {
			panic("pagesWorkflow has no single " + strconv.Quote(r[0]))
		}
		wf = strings.Replace(wf, r[0], r[1], 1)
	}
	return wf
}

// yamlQuote returns s as a YAML double-quoted string, which JSON's are.
func yamlQuote(s string) string {
	data, _ := json.Marshal(s)
	return string(data)
}

// repoRoot returns the root of the git repository that holds dir, when
// it is not dir itself, and the path from it to dir, slash-separated; or
// "", "" when dir is in none, or is one's root. A root is a folder with
// a .git entry: a folder, or the file of a worktree or a submodule.
func repoRoot(dir string) (root, site string) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", ""
	}
	for p := abs; ; {
		if _, err := os.Lstat(filepath.Join(p, ".git")); err == nil {
			if p == abs {
				return "", ""
			}
			rel, err := filepath.Rel(p, abs)
			if err != nil {
				return "", ""
			}
			return p, filepath.ToSlash(rel)
		}
		parent := filepath.Dir(p)
		if parent == p {
			return "", ""
		}
		p = parent
	}
}

// fromWD returns path, absolute, as from the working directory.
func fromWD(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil {
		return rel
	}
	return path
}

// workflowVersion returns the version of brief a new site's workflow
// installs: the one running, when it is a release or a module's
// pseudo-version, and otherwise (a build from a checkout) "latest".
func workflowVersion(v string) string {
	if !strings.HasPrefix(v, "v") || strings.Contains(v, "+") {
		return "latest"
	}
	return v
}

// enclosingSite returns the root of the site whose content/, static/ or
// templates/ folder, or public/, where brief build writes the site, is or
// holds dir, and the folder's name, or "", "" when no site's does. A
// site's root is a folder with a site file or a content/ folder of briefs
// or profiles. (A build's -out folder elsewhere is not known: the site
// file does not name it.)
func enclosingSite(dir string) (root, folder string) {
	p, err := filepath.Abs(dir)
	if err != nil {
		return "", ""
	}
	for parent := filepath.Dir(p); parent != p; p, parent = parent, filepath.Dir(parent) {
		switch name := filepath.Base(p); name {
		case "content", "static", "templates", "public":
			if isSiteRoot(parent) {
				return parent, name
			}
		}
	}
	return "", ""
}

// isSiteRoot reports whether dir holds a site file or a content/ folder
// of briefs or profiles: a content/ folder alone may be another
// generator's.
func isSiteRoot(dir string) bool {
	if hasSiteFile(dir) {
		return true
	}
	for _, kind := range newKinds {
		if fi, err := os.Stat(filepath.Join(dir, "content", kind)); err == nil && fi.IsDir() {
			return true
		}
	}
	return false
}

// shellQuote returns s as a POSIX shell reads it as one word: as it is
// when no character of it means anything to the shell, in single quotes
// otherwise ('my site'; a single quote inside ends them, is escaped with
// a backslash and opens them again). A name that starts with a dash gains
// ./, so that cd does not take it for an option.
func shellQuote(s string) string {
	if strings.HasPrefix(s, "-") {
		s = "./" + s
	}
	plain := s != "" && !strings.ContainsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("@%+=:,./_-", r)
	})
	if plain {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// cloneEntry reports whether a fresh clone of a new repository may hold
// name: hidden entries (.git, .gitignore), a README and a LICENSE.
func cloneEntry(name string) bool {
	upper := strings.ToUpper(name)
	return strings.HasPrefix(name, ".") || strings.HasPrefix(upper, "README") || strings.HasPrefix(upper, "LICENSE")
}
