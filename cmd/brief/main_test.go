package main

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the scripts' expected output (cmp against a file of the script) with what the command printed")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"brief": func() { os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command-line scripts in testdata/script: one per
// behaviour a user would notice.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		UpdateScripts:       *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("HOME", env.WorkDir+"/home")
			theme, err := filepath.Abs("../../templates") // the files brief embeds
			env.Setenv("THEME", theme)
			return err
		},
	})
}

// TestNearest checks which command or flag a misspelt one is taken for.
func TestNearest(t *testing.T) {
	names := []string{"build", "serve", "check", "new", "init", "version", "help", "out", "src", "j"}
	for _, tt := range []struct{ name, want string }{
		{"bulid", "build"}, // two swapped
		{"bild", "build"},  // one left out
		{"Build", "build"},
		{"servee", "serve"},
		{"nwe", "new"},
		{"ouput", "out"}, // two left out
		{"outt", "out"},
		{"k", ""}, // half its letters at most may be wrong
		{"bu", ""},
		{"ne", "new"},
		{"frobnicate", ""},
		{"", ""},
	} {
		if got := nearest(tt.name, names); got != tt.want {
			t.Errorf("nearest(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
