package main

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestUsageMatchesREADME checks that the command lines the package
// comment shows are those of the README's Commands table, flags and all.
func TestUsageMatchesREADME(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	_, table, _ := strings.Cut(string(readme), "\n## Commands\n\n")
	table, _, _ = strings.Cut(table, "\n\n") // up to the first blank line
	var want []string
	for line := range strings.SplitSeq(table, "\n") {
		if !strings.HasPrefix(line, "| `brief ") {
			continue
		}
		first, _, _ := strings.Cut(line, "` |") // the command column
		for _, m := range regexp.MustCompile("`(brief [^`]*)`").FindAllStringSubmatch(first+"`", -1) {
			want = append(want, strings.ReplaceAll(m[1], `\|`, "|"))
		}
	}
	var got []string
	for line := range strings.SplitSeq(string(src), "\n") {
		if cmd, ok := strings.CutPrefix(line, "//\tbrief "); ok {
			got = append(got, "brief "+cmd)
		}
		if strings.HasPrefix(line, "package ") {
			break
		}
	}
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("package comment shows\n\t%s\nthe README's Commands table\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}
