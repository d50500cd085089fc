package load

import (
	"strings"
	"testing"
)

// TestMergeConflicts checks that a merge conflict left in a brief, a
// profile or the site file is an error at its first marker, in the body
// as in the front matter, where it is told instead of the YAML or TOML
// error it causes, and that lines only like markers are none.
func TestMergeConflicts(t *testing.T) {
	const (
		head = "merge conflict left in the file, from here to line "
		fix  = "): keep one side and delete the marker lines"
	)
	for _, tc := range []struct {
		name, file, src string
		want            []string // the file's diagnostics
		kept            bool     // the brief or profile is read
	}{
		{"in a body", "content/briefs/b.md",
			"---\ntitle: T\ndate: 2024\n---\n<<<<<<< HEAD\nThe mission has 800 officers.\n=======\nThe mission has 1,000 officers.\n>>>>>>> origin/main\n",
			[]string{"5:1: error: " + head + "9 (<<<<<<< HEAD ... >>>>>>> origin/main" + fix}, true},
		{"two in a body", "content/briefs/b.md",
			"---\ntitle: T\ndate: 2024\n---\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> main\nText.\n<<<<<<<\nc\n=======\n>>>>>>>\n",
			[]string{"5:1: error: " + head + "9 (<<<<<<< HEAD ... >>>>>>> main" + fix, "11:1: error: " + head + "14 (<<<<<<< ... >>>>>>>" + fix}, true},
		{"diff3", "content/briefs/b.md",
			"---\ntitle: T\ndate: 2024\n---\n<<<<<<< HEAD\na\n||||||| merged common ancestors\nz\n=======\nb\n>>>>>>> 4f2e1c9 (talks: the new figure)\n",
			[]string{"5:1: error: " + head + "11 (<<<<<<< HEAD ... >>>>>>> 4f2e1c9 (talks: the new figure)" + fix}, true},
		{"in YAML front matter", "content/briefs/b.md",
			"---\ntitle: T\n<<<<<<< HEAD\ndate: 2024-05\n=======\ndate: 2024-06\n>>>>>>> origin/main\n---\nBody.\n",
			[]string{"3:1: error: " + head + "7 (<<<<<<< HEAD ... >>>>>>> origin/main" + fix}, false},
		{"in TOML front matter", "content/briefs/b.md",
			"+++\ntitle = \"T\"\n<<<<<<< HEAD\ndate = 2024-05-01\n=======\ndate = 2024-06-01\n>>>>>>> origin/main\n+++\n",
			[]string{"3:1: error: " + head + "7 (<<<<<<< HEAD ... >>>>>>> origin/main" + fix}, false},
		{"around the front matter", "content/briefs/b.md",
			"<<<<<<< HEAD\n---\ntitle: A\n---\n=======\n---\ntitle: B\n---\n>>>>>>> theirs\nBody.\n",
			[]string{"1:1: error: " + head + "9 (<<<<<<< HEAD ... >>>>>>> theirs" + fix}, false},
		{"closing fence in it", "content/briefs/b.md",
			"---\ntitle: A\n<<<<<<< HEAD\n---\n=======\ndate: 2024\n---\n>>>>>>> theirs\nBody.\n",
			[]string{"3:1: error: " + head + "8 (<<<<<<< HEAD ... >>>>>>> theirs" + fix}, false},
		{"CRLF and a BOM", "content/briefs/b.md",
			"\ufeff---\r\ntitle: T\r\ndate: 2024\r\n---\r\n<<<<<<< HEAD\r\na\r\n=======\r\nb\r\n>>>>>>> main\r\n",
			[]string{"5:1: error: " + head + "9 (<<<<<<< HEAD ... >>>>>>> main" + fix}, true},
		{"long label", "content/briefs/b.md",
			"---\ntitle: T\ndate: 2024\n---\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> " + strings.Repeat("é", 40) + "\n",
			[]string{"5:1: error: " + head + "9 (<<<<<<< HEAD ... >>>>>>> " + strings.Repeat("é", 26) + "…" + fix}, true},
		{"in a profile", "content/actors/a.md",
			"---\n<<<<<<< HEAD\nname: Ruto\n=======\nname: William Ruto\n>>>>>>> origin/main\n---\n",
			[]string{"2:1: error: " + head + "6 (<<<<<<< HEAD ... >>>>>>> origin/main" + fix}, false},
		{"in the site file", "brief.yaml",
			"title: Site\n<<<<<<< HEAD\nbase_url: https://a.org/\n=======\nbase_url: https://b.org/\n>>>>>>> origin/main\n",
			[]string{"2:1: error: " + head + "6 (<<<<<<< HEAD ... >>>>>>> origin/main" + fix}, false},
		{"in a TOML site file", "brief.toml",
			"<<<<<<< ours\ntitle = \"A\"\n=======\ntitle = \"B\"\n>>>>>>> theirs\n",
			[]string{"1:1: error: " + head + "5 (<<<<<<< ours ... >>>>>>> theirs" + fix}, false},

		// Lines only like markers.
		{"a heading's underline", "content/briefs/b.md",
			"---\ntitle: T\ndate: 2024\n---\nFigures\n=======\n\n> > > quoted\n", nil, true},
		{"no separator", "content/briefs/b.md",
			"---\ntitle: T\ndate: 2024\n---\n<<<<<<< HEAD\na\n>>>>>>> main\nHeading\n=======\n", nil, true},
		{"not closed", "content/briefs/b.md",
			"---\ntitle: T\ndate: 2024\n---\n<<<<<<< HEAD\na\n=======\nb\n", nil, true},
		{"shown as code", "content/briefs/b.md",
			"---\ntitle: T\ndate: 2024\n---\n```\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> main\n```\n\n~~~~ text\n<<<<<<< HEAD\na\n~~~\n=======\nb\n>>>>>>> main\n~~~~\n", nil, true},
		{"a shorter fence in code", "content/briefs/b.md",
			"---\ntitle: T\ndate: 2024\n---\n````\n```\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> main\n````\n", nil, true},
		{"a fence indented four spaces is none", "content/briefs/b.md",
			"---\ntitle: T\ndate: 2024\n---\n    ```\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> main\n",
			[]string{"6:1: error: " + head + "10 (<<<<<<< HEAD ... >>>>>>> main" + fix}, true},
		{"eight signs are no separator", "content/briefs/b.md",
			"---\ntitle: T\ndate: 2024\n---\n<<<<<<< HEAD\na\n========\nb\n>>>>>>> main\n", nil, true},
		{"after code", "content/briefs/b.md",
			"---\ntitle: T\ndate: 2024\n---\n```go\nx\n```\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> main\n",
			[]string{"8:1: error: " + head + "12 (<<<<<<< HEAD ... >>>>>>> main" + fix}, true},
		{"not at the start of a line, or not seven", "content/briefs/b.md",
			"---\ntitle: T\ndate: 2024\n---\n <<<<<<< HEAD\n<<<<<<<< HEAD\n<<<<<<<HEAD\na\n======= \n>>>>>>>> main\n>>>>>>>main\n", nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{tc.file: tc.src}
			if tc.file != "content/briefs/b.md" {
				files["content/briefs/ok.md"] = "---\ntitle: OK\ndate: 2024\n---\n"
			}
			s, ds := loadMap(t, files, Options{})
			var got []string
			for _, d := range ds {
				if d.Pos.File == tc.file {
					got = append(got, strings.TrimPrefix(d.String(), tc.file+":"))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			read := len(s.Briefs) > 0 && s.Briefs[0].File == tc.file || len(s.Actors) > 0
			if strings.HasPrefix(tc.file, "content/") && read != tc.kept {
				t.Errorf("read: %v, want %v", read, tc.kept)
			}
			if tc.file == "content/briefs/b.md" && read && s.Briefs[0].Invalid != (tc.want != nil) {
				t.Errorf("Invalid: %v, want %v", s.Briefs[0].Invalid, tc.want != nil)
			}
		})
	}
}

// TestMergeConflictsAndOtherFiles checks that a conflict in one file
// leaves the problems of the others told in the same run.
func TestMergeConflictsAndOtherFiles(t *testing.T) {
	_, ds := loadMap(t, map[string]string{
		"brief.yaml":          "<<<<<<< HEAD\ntitle: A\n=======\ntitle: B\n>>>>>>> main\n",
		"content/briefs/a.md": "---\ntitle: A\n<<<<<<< HEAD\ndate: 2024\n=======\ndate: 2025\n>>>>>>> main\n---\n",
		"content/briefs/b.md": "---\ntitle: B\ndate: 2024\nactor: [X]\n---\n",
	}, Options{})
	var got []string
	for _, d := range ds {
		got = append(got, d.Pos.String())
	}
	want := "brief.yaml:1:1 content/briefs/a.md:3:1 content/briefs/b.md:4:1"
	if strings.Join(got, " ") != want {
		t.Errorf("diagnostics at %s, want %s", strings.Join(got, " "), want)
	}
}
