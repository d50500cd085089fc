package render_test

import (
	"context"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/render"
)

// exportSite is a small site for the tests of the data export, the feeds
// and the search index: accented names, aliases, every date precision,
// intervals, an undated-start interval, events and topics, and text that
// tries to break out of a script.
func exportSite(baseURL string) fstest.MapFS {
	cfg := "title: Export test\ndescription: A fixture <for> exports & feeds.\nlanguage: en\n"
	if baseURL != "" {
		cfg += "base_url: " + baseURL + "\n"
	}
	return fstest.MapFS{
		"brief.yaml": {Data: []byte(cfg)},
		"content/briefs/moise-dies.md": {Data: []byte(`---
title: President Jovenel Moïse dies
summary: The president is killed at his home.
date: 2021-07-07
actors: [Jovenel Moïse]
countries: [Haiti]
topics: [Security]
events:
  - date: July 2021
    text: An interim government forms.
    actors: [Jovenel Moïse]
---
The killing of [[Jovenel Moïse]] opened a long crisis. The word zanzibarite appears only here.
`)},
		"content/briefs/month-brief.md": {Data: []byte(`---
title: Ruto pledges troops
summary: "Kenya offers </script><!-- to lead a <b>mission</b> & more."
date: 2023-07
actors: [William Ruto, Korir Sing'oei]
countries: [Kenya, Haiti]
topics: [Security, Diplomacy]
sources:
  - title: A report
    publisher: The Paper
    url: https://example.com/report
events:
  - date: September–December 2024
    text: Talks run through the autumn.
  - date: spring 2024
    text: A season passes.
---
In July 2023 [[William Ruto]] vowed to send troops. </script><!-- <b>not bold</b> & more.

` + longBody("quokkaesque") + `
`)},
		"content/briefs/open-start.md": {Data: []byte(`---
title: Until the end
summary: Something lasts until 2024.
date: ../2024
topics: [Diplomacy]
---
Open start.

` + longBody("zebrine") + `
`)},
		"content/actors/jovenel-moise.md": {Data: []byte(`---
name: Jovenel Moïse
aliases: [Moïse]
kind: person
country: Haiti
summary: President of Haiti until 2021.
---
Jovenel Moïse was the president of Haiti.
`)},
		"content/actors/korir-singoei.md": {Data: []byte(`---
name: Korir Sing'oei
aliases: ["Sing’oei"]
kind: person
country: Kenya
summary: Kenya's Principal Secretary for Foreign Affairs.
---
`)},
	}
}

// longBody is a body longer than the search index keeps verbatim, ending
// with a word that every such body has and then with last.
func longBody(last string) string {
	s := ""
	for range 40 {
		s += "The mission continued its patrols in the capital. "
	}
	return s + "Finally the sharedtail and the " + last + " ending, in Port-au-Tail."
}

// buildExport builds exportSite and returns its data files, feeds and
// search index by path.
func buildExport(t *testing.T, baseURL string) map[string][]byte {
	t.Helper()
	fsys := exportSite(baseURL)
	res := build.Build(context.Background(), fsys, build.Options{})
	if res.Diags.HasErrors() || res.Files == nil {
		t.Fatalf("build failed: %v", res.Diags.Sorted())
	}
	// Only the files under test are rendered: the pages' templates are
	// tested elsewhere.
	var mine []output.File
	for _, f := range res.Files {
		if strings.HasPrefix(f.Path, "data/") || path.Base(f.Path) == "feed.xml" || strings.HasPrefix(f.Path, "assets/search") {
			mine = append(mine, f)
		}
	}
	files, err := render.Files(mine, fsys)
	if err != nil {
		t.Fatal(err)
	}
	return files
}
