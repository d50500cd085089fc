package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"
)

func runInit(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("init", "DIR", "Start a new site in DIR: a site file, one example brief and an actor profile.", stderr)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "brief init: name the directory of the new site, as in: brief init my-briefing")
		return exitUsage
	}
	dir := fs.Arg(0)
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		fmt.Fprintf(stderr, "brief init: %s is not empty; choose a new directory\n", dir)
		return exitContent
	}
	files := skeleton(time.Now())
	for _, name := range sortedKeys(files) {
		if err := writeNew(filepath.Join(dir, filepath.FromSlash(name)), files[name]); err != nil {
			fmt.Fprintf(stderr, "brief init: %v\n", err)
			return exitContent
		}
	}
	fmt.Fprintf(stdout, "brief: started a site in %s\nNext: cd %s && brief serve\n", dir, dir)
	return exitOK
}

// skeleton returns the files of a new site, by slash-separated path.
func skeleton(now time.Time) map[string]string {
	day := now.Format("2006-01-02")
	return map[string]string{
		"brief.yaml": "# Site settings; every field is optional.\n" +
			"title: \"My briefing\"\n" +
			"description: \"What this briefing follows, in one sentence.\"\n" +
			"language: en\n" +
			"# base_url: \"https://owner.github.io/repo/\"  # for feeds, sitemap and canonical links\n",
		".gitignore": "public/\n",
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

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
