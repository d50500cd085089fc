// Command brief builds a cross-linked static briefing site from Markdown
// briefs with front matter.
//
// Usage:
//
//	brief build [-src DIR] [-out DIR] [-base-url URL] [-minify] [-drafts] [-j N] [-quiet]
//	brief serve [-src DIR] [-addr 127.0.0.1:1313] [-port N] [-drafts] [-j N] [-open]
//	brief check [-src DIR] [-format text|json|github] [-strict] [-drafts]
//	brief new [-src DIR] [-date DATE] [-kind actor|country|topic|page] "Title"
//	brief init DIR
//	brief templates [-src DIR] [-list] [-force] [NAME...]
//	brief version
//	brief help [command]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/briefsite/brief/internal/slug"
)

// Exit codes.
const (
	exitOK      = 0
	exitContent = 1 // the site has errors (or a command failed)
	exitUsage   = 2 // the command line is wrong

	exitInterrupted = 130 // stopped by Ctrl-C or a SIGTERM, as shells report it
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// command is a subcommand of brief.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"build", "build the site into public/", runBuild},
		{"serve", "serve the site locally, rebuilding on every change", runServe},
		{"check", "report every problem in the site without writing anything", runCheck},
		{"new", "write a new brief, or with -kind a profile, with its front matter filled in", runNew},
		{"init", "start a new site in a directory", runInit},
		{"templates", "copy the theme's templates into the site's templates/ to edit", runTemplates},
		{"version", "print brief's version", runVersion},
		{"help", "explain a command", runHelp},
	}
}

// run runs brief with args and returns the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name := args[0]
	if name == "-h" || name == "-help" || name == "--help" {
		usage(stdout)
		return exitOK
	}
	if name == "-version" || name == "--version" {
		name = "version"
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "brief: unknown command %q\n", name)
	if other := commandFor(name); other != "" {
		fmt.Fprintf(stderr, "brief: did you mean brief %s?\n", other)
	}
	usage(stderr)
	return exitUsage
}

// commandFor returns the command of brief an unknown one most likely
// meant, another generator's name for it or a misspelling, or "".
func commandFor(name string) string {
	if other, ok := otherCommands[name]; ok {
		return other
	}
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return nearest(name, names)
}

// nearest returns the one of names that name is one or two letters from
// (a letter left out, added, changed, or two swapped: "bulid" for
// "build"), the nearest if several are, or "". At most half the letters
// typed may be wrong: "k" is not "j" misspelt, nor "bu" "out".
func nearest(name string, names []string) string {
	best, bestDist := "", min(3, len([]rune(name))/2+1)
	for _, n := range names {
		if d := slug.Distance(strings.ToLower(name), n); d < bestDist {
			best, bestDist = n, d
		}
	}
	return best
}

// otherCommands are other generators' commands with brief's that does
// their work.
var otherCommands = map[string]string{"server": "serve", "watch": "serve", "dev": "serve", "start": "serve", "init-site": "init", "list": "check", "theme": "templates"}

// otherFlags are other generators' flags (Hugo's, Zola's, Eleventy's)
// with brief's of the same meaning.
var otherFlags = map[string]string{
	"baseURL": "-base-url", "baseurl": "-base-url", "b": "-base-url", "u": "-base-url",
	"D": "-drafts", "buildDrafts": "-drafts",
	"d": "-out", "destination": "-out", "o": "-out", "output": "-out", "output-dir": "-out",
	"s": "-src", "source": "-src", "r": "-src", "root": "-src", "input": "-src",
	"p": "-port", "bind": "-addr", "interface": "-addr",
}

func usage(w io.Writer) {
	fmt.Fprint(w, "brief builds a cross-linked briefing site from Markdown briefs.\n\nUsage:\n\n\tbrief <command> [flags]\n\nCommands:\n\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "\t%-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun \"brief help <command>\" for a command's flags.\n")
}

// newFlags returns a flag set for a subcommand whose usage names it.
func newFlags(name, args, about string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s\n\n%s\n", strings.TrimSpace("brief "+name+" "+args), about)
		if hasFlags(fs) {
			fmt.Fprintln(stderr, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// flagSet reports whether the command line set the flag name of fs.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// parseFlags parses args and returns the exit code to stop with, or -1 to
// go on. Flags are read wherever they stand, before, between or after the
// arguments, as Hugo's commands read them (brief new "Talks" -kind topic);
// after "--" everything is an argument (brief new -- "-5 degrees").
// fs.Args then holds the arguments, in order. A wrong flag is told as
// other errors are, after the command's name, with the flag it may have
// meant, then the usage.
func parseFlags(fs *flag.FlagSet, args []string) int {
	err := parseAnywhere(fs, args)
	switch {
	case err == nil:
		return -1
	case errors.Is(err, flag.ErrHelp):
		fs.Usage()
		return exitOK
	}
	fmt.Fprintf(fs.Output(), "brief %s: %v\n", fs.Name(), err)
	if other := flagFor(fs, err); other != "" {
		fmt.Fprintf(fs.Output(), "brief %s: did you mean -%s?\n", fs.Name(), other)
	} else if arg, ok := notAFlag(err); ok {
		fmt.Fprintf(fs.Output(), "brief %s: a title or folder that starts with \"-\" goes after --: brief %[1]s -- %q\n", fs.Name(), arg)
	}
	fs.Usage()
	return exitUsage
}

// parseAnywhere parses args into fs as parseFlags describes, printing
// nothing: the flag package's own message and usage are left to the
// caller.
func parseAnywhere(fs *flag.FlagSet, args []string) error {
	usage, out := fs.Usage, fs.Output()
	fs.Usage = func() {}
	fs.SetOutput(io.Discard)
	defer func() { fs.Usage = usage; fs.SetOutput(out) }()
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		rest := fs.Args()
		// Parse stops at an argument, which it leaves, or after "--".
		if len(rest) == 0 || len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			positional = append(positional, rest...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	return fs.Parse(append([]string{"--"}, positional...)) // sets fs.Args
}

// notAFlag returns the argument an unknown flag of err stands for when
// no flag could be its name (a space or a digit in it, "-5 degrees"): a
// title or folder that starts with a dash.
func notAFlag(err error) (string, bool) {
	name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -")
	if !ok || name == "" {
		return "", false
	}
	if strings.ContainsAny(name, " 0123456789") || strings.ContainsFunc(name, func(r rune) bool { return r > 0x7f }) {
		return "-" + name, true
	}
	return "", false
}

// flagFor returns the name of the flag of fs that an unknown one, which
// err names, most likely meant: its name in another generator (-baseURL,
// -D) or a misspelling (-ouput), or "".
func flagFor(fs *flag.FlagSet, err error) string {
	name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -")
	if !ok {
		return ""
	}
	if other, ok := otherFlags[name]; ok && fs.Lookup(other[1:]) != nil {
		return other[1:]
	}
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return nearest(name, names)
}

func runVersion(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("version", "", "Print brief's version.", stderr)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "brief version: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return exitUsage
	}
	fmt.Fprintf(stdout, "brief %s\n", version())
	return exitOK
}

// version returns the module version brief was built from.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

func runHelp(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" {
		usage(stdout) // what help explains: the list of commands
		return exitOK
	}
	if len(args) > 1 {
		fmt.Fprintf(stderr, "brief help: unexpected argument %q\nusage: brief help [command]\n", args[1])
		return exitUsage
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, []string{"-h"}, stdout, stdout)
		}
	}
	fmt.Fprintf(stderr, "brief help: unknown command %q\n", args[0])
	if other := commandFor(args[0]); other != "" {
		fmt.Fprintf(stderr, "brief help: did you mean brief help %s?\n", other)
	}
	return exitUsage
}
