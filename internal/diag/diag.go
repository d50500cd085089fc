// Package diag collects the problems a build finds in a site's files.
//
// A Diagnostic is a message with a position and a severity, printed the way
// a compiler prints them: "path:line:col: error: message". Phases append to a
// List and keep going; the caller sorts the list, prints every entry and
// decides from HasErrors whether the build failed. Warnings never hide errors.
package diag

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Severity says whether a problem fails the build.
type Severity uint8

const (
	// Error is a problem that fails the build.
	Error Severity = iota
	// Warning is a problem worth telling that the build accepts.
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// MarshalText makes a Severity print as "error" or "warning" in JSON.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Pos is a position in a file of the site: the slash-separated path relative
// to the site root and a 1-based line and column. The column counts bytes
// of the line; Print and Shown turn it into characters for users and their
// editors. Line 0 means the position names the whole file.
type Pos struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
}

func (p Pos) String() string {
	switch {
	case p.File == "":
		return "-"
	case p.Line <= 0:
		return p.File
	case p.Col <= 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Compare orders positions by file, line and column.
func (p Pos) Compare(q Pos) int {
	return cmp.Or(strings.Compare(p.File, q.File), cmp.Compare(p.Line, q.Line), cmp.Compare(p.Col, q.Col))
}

// Diagnostic is one problem found in the site. In JSON it is an object
// of file, line, col, severity and message, as brief check -format json
// prints it.
type Diagnostic struct {
	Pos               // embedded only to flatten its fields in JSON
	Severity Severity `json:"severity"`
	Msg      string   `json:"message"`
}

func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s", d.Pos, d.Severity, d.Msg)
}

// List is a list of diagnostics. It is safe for concurrent use through its
// methods; the zero value is ready to use.
type List struct {
	mu    sync.Mutex
	items []Diagnostic
}

// Add appends a diagnostic.
func (l *List) Add(pos Pos, sev Severity, format string, args ...any) {
	d := Diagnostic{Pos: pos, Severity: sev, Msg: fmt.Sprintf(format, args...)}
	l.mu.Lock()
	l.items = append(l.items, d)
	l.mu.Unlock()
}

// Errorf appends an error.
func (l *List) Errorf(pos Pos, format string, args ...any) { l.Add(pos, Error, format, args...) }

// Warnf appends a warning.
func (l *List) Warnf(pos Pos, format string, args ...any) { l.Add(pos, Warning, format, args...) }

// Append appends every diagnostic of ds.
func (l *List) Append(ds ...Diagnostic) {
	l.mu.Lock()
	l.items = append(l.items, ds...)
	l.mu.Unlock()
}

// Sorted returns the diagnostics ordered by position, then severity and
// message, with exact duplicates removed.
func (l *List) Sorted() []Diagnostic {
	l.mu.Lock()
	out := slices.Clone(l.items)
	l.mu.Unlock()
	return Sort(out)
}

// Sort sorts ds by position, then severity and message, and returns it
// with exact duplicates removed.
func Sort(ds []Diagnostic) []Diagnostic {
	slices.SortFunc(ds, func(a, b Diagnostic) int {
		return cmp.Or(a.Pos.Compare(b.Pos), cmp.Compare(a.Severity, b.Severity), strings.Compare(a.Msg, b.Msg))
	})
	return slices.Compact(ds)
}

// Len reports how many diagnostics the list holds.
func (l *List) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.items)
}

// Count reports the number of errors and warnings.
func (l *List) Count() (errors, warnings int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return Count(l.items)
}

// Count reports the number of errors and warnings in ds.
func Count(ds []Diagnostic) (errors, warnings int) {
	for _, d := range ds {
		if d.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}

// HasErrors reports whether any diagnostic is an error.
func (l *List) HasErrors() bool {
	n, _ := l.Count()
	return n > 0
}

// Summary returns a closing line such as "2 errors, 1 warning".
func Summary(errors, warnings int) string {
	return plural(errors, "error") + ", " + plural(warnings, "warning")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
