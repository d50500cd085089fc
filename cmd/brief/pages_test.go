package main

import (
	"fmt"
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
			Steps []workflowStep `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatalf("pages.yml is not valid YAML: %v", err)
	}
	checkUpload(t, wf.Jobs["build"].Steps, "public")
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
	if !strings.Contains(strings.Join(runs, "\n"), "brief check -format github") {
		t.Error("the workflow's check does not annotate the problems (-format github)")
	}
	if !strings.Contains(strings.Join(runs, "\n"), "make site") || !strings.Contains(string(readme), "make site") {
		t.Error("the workflow and the README do not both build with `make site`")
	}
}

// TestInitWorkflow checks the workflow brief init writes: valid YAML that
// installs the brief that wrote it once, checks and builds on pushes and
// pull requests, publishes only pushes, and gives the rights to publish
// to the job that publishes alone.
func TestInitWorkflow(t *testing.T) {
	for _, tc := range []struct{ running, installs string }{
		{"v1.4.0", "v1.4.0"},
		{"v0.0.0-20261207010203-abcdef012345", "v0.0.0-20261207010203-abcdef012345"},
		{"(devel)", "latest"},
		{"v1.4.1-0.20261207010203-abcdef012345+dirty", "latest"},
	} {
		src := fmt.Sprintf(pagesWorkflow, workflowVersion(tc.running))
		var wf struct {
			On   map[string]any    `yaml:"on"`
			Env  map[string]string `yaml:"env"`
			Jobs map[string]struct {
				If          string            `yaml:"if"`
				Permissions map[string]string `yaml:"permissions"`
				Steps       []workflowStep    `yaml:"steps"`
			} `yaml:"jobs"`
		}
		if err := yaml.Unmarshal([]byte(src), &wf); err != nil {
			t.Fatalf("the workflow is not valid YAML: %v", err)
		}
		if got := wf.Env["BRIEF_VERSION"]; got != tc.installs {
			t.Errorf("brief %s: the workflow installs %q, want %q", tc.running, got, tc.installs)
		}
		if _, ok := wf.On["pull_request"]; !ok {
			t.Error("pull requests are not checked")
		}
		build, deploy := wf.Jobs["build"], wf.Jobs["deploy"]
		if build.Permissions["id-token"] != "" || build.Permissions["pages"] == "write" || deploy.Permissions["id-token"] != "write" || deploy.Permissions["pages"] != "write" {
			t.Errorf("permissions: build %v, deploy %v", build.Permissions, deploy.Permissions)
		}
		if !strings.Contains(deploy.If, "pull_request") || !strings.Contains(deploy.If, "default_branch") {
			t.Errorf("deploy runs if %q: a pull request, or another branch, would be published", deploy.If)
		}
		checkUpload(t, build.Steps, "public")
		var runs []string
		for _, st := range build.Steps {
			runs = append(runs, st.Run)
			if strings.HasPrefix(st.Uses, "actions/upload-pages-artifact") && !strings.Contains(st.If, "pull_request") {
				t.Error("a pull request's site is uploaded for Pages")
			}
		}
		if got := strings.Join(runs, "\n"); strings.Count(got, "go install github.com/briefsite/brief/cmd/brief@${{ env.BRIEF_VERSION }}") != 1 || !strings.Contains(got, "brief check -format github") || !strings.Contains(got, "brief build") {
			t.Errorf("the build job runs:\n%s", got)
		}
	}
}

// workflowStep is a step of a workflow's job, as the tests read it.
type workflowStep struct {
	If   string            `yaml:"if"`
	Uses string            `yaml:"uses"`
	Run  string            `yaml:"run"`
	With map[string]string `yaml:"with"`
}

// checkUpload checks that steps upload the folder out for Pages with its
// hidden entries, static/'s .well-known/ among them, which
// upload-pages-artifact leaves out unless told, and that brief's record
// of what it wrote, out/.brief-output, is removed before, not published.
func checkUpload(t *testing.T, steps []workflowStep, out string) {
	t.Helper()
	removed := false
	for _, st := range steps {
		if strings.Contains(st.Run, "rm -f "+out+"/.brief-output") || strings.Contains(st.Run, `rm -f "$BRIEF_SITE/public/.brief-output"`) {
			removed = true
		}
		name, version, ok := strings.Cut(st.Uses, "@")
		if !ok || name != "actions/upload-pages-artifact" {
			continue
		}
		if version != "v5" || st.With["include-hidden-files"] != "true" || st.With["path"] != out {
			t.Errorf("uploads %s with %v: want v5, path %s, and include-hidden-files: true, for static/'s .well-known/ to be published", st.Uses, st.With, out)
		}
		if !removed {
			t.Errorf("uploads %s with its .brief-output, brief's record of what it wrote", out)
		}
		return
	}
	t.Error("the workflow uploads nothing for Pages")
}

// TestInitWorkflowIn checks the workflow brief init writes at the root of
// a repository for a site in a folder of it: valid YAML, whatever the
// folder's name, that checks and builds the folder and uploads its
// public/.
func TestInitWorkflowIn(t *testing.T) {
	if got, want := pagesWorkflowIn("v1.4.0", ""), fmt.Sprintf(pagesWorkflow, "v1.4.0"); got != want {
		t.Errorf("a site at the repository's root has another workflow:\n%s", got)
	}
	for _, tt := range []struct{ site string }{
		{"site"},
		{"docs/my notes"},
		{`it's: a [draft] #1, "quoted"`},
	} {
		var wf struct {
			Env  map[string]string `yaml:"env"`
			Jobs map[string]struct {
				Steps []workflowStep `yaml:"steps"`
			} `yaml:"jobs"`
		}
		if err := yaml.Unmarshal([]byte(pagesWorkflowIn("latest", tt.site)), &wf); err != nil {
			t.Errorf("%s: the workflow is not valid YAML: %v", tt.site, err)
			continue
		}
		if got := wf.Env["BRIEF_SITE"]; got != tt.site {
			t.Errorf("%s: BRIEF_SITE is %q", tt.site, got)
		}
		steps := wf.Jobs["build"].Steps
		checkUpload(t, steps, "${{ env.BRIEF_SITE }}/public")
		var runs []string
		for _, st := range steps {
			runs = append(runs, st.Run)
		}
		got := strings.Join(runs, "\n")
		for _, want := range []string{`brief check -format github -src "$BRIEF_SITE"`, `brief build -src "$BRIEF_SITE" -minify`} {
			if !strings.Contains(got, want) {
				t.Errorf("%s: the build job does not run %s:\n%s", tt.site, want, got)
			}
		}
	}
}
