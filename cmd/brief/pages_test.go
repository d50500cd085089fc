package main

import (
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestPagesWorkflow checks that the shipped GitHub Pages workflow is valid
// YAML, uses the official Pages actions and builds with the same make
// target the README gives.
func TestPagesWorkflow(t *testing.T) {
	data, err := os.ReadFile("../../.github/workflows/pages.yml")
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		Jobs map[string]struct {
			Steps []struct {
				Uses string            `yaml:"uses"`
				Run  string            `yaml:"run"`
				With map[string]string `yaml:"with"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatalf("pages.yml is not valid YAML: %v", err)
	}
	var uses, runs []string
	for _, job := range wf.Jobs {
		for _, st := range job.Steps {
			uses = append(uses, st.Uses)
			runs = append(runs, st.Run)
			if strings.HasPrefix(st.Uses, "actions/setup-go") && st.With["go-version-file"] != "go.mod" {
				t.Error("setup-go does not take the Go version from go.mod")
			}
		}
	}
	all := strings.Join(uses, " ")
	for _, want := range []string{"actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"} {
		if !strings.Contains(all, want) {
			t.Errorf("workflow does not use %s", want)
		}
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(runs, "\n"), "make site") || !strings.Contains(string(readme), "make site") {
		t.Error("the workflow and the README do not both build with `make site`")
	}
}
