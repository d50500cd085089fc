package main

import (
	"os/exec"
	"testing"
)

// TestShellQuote checks the directory brief init's "Next:" line names, as
// printed and as a POSIX shell reads it back.
func TestShellQuote(t *testing.T) {
	for _, tt := range []struct{ dir, want string }{
		{"my-briefing", "my-briefing"},
		{"../sites/haiti_2025", "../sites/haiti_2025"},
		{"café", "café"},
		{"my site", "'my site'"},
		{"Ruto's site", `'Ruto'\''s site'`},
		{"a$b", "'a$b'"},
		{"~/x", "'~/x'"},
		{"*", "'*'"},
		{"-x", "./-x"},
		{"-my site", "'./-my site'"},
		{"", "''"},
	} {
		got := shellQuote(tt.dir)
		if got != tt.want {
			t.Errorf("shellQuote(%q) = %s, want %s", tt.dir, got, tt.want)
		}
		sh, err := exec.LookPath("sh")
		if err != nil {
			continue
		}
		out, err := exec.Command(sh, "-c", "printf %s "+got).Output()
		want := tt.dir
		if want != "" && want[0] == '-' {
			want = "./" + want
		}
		if err != nil || string(out) != want {
			t.Errorf("sh reads %s as %q (%v), want %q", got, out, err, want)
		}
	}
}
