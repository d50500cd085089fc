package load

import (
	"bytes"
	"unicode/utf8"

	"github.com/briefsite/brief/internal/diag"
)

// conflict is a merge conflict git left in a file: the lines from its
// "<<<<<<<" marker to its ">>>>>>>" one.
type conflict struct {
	start, end  int    // lines of the first and last markers, from 1
	ours, their string // those markers' lines, as written
}

// conflicts finds the merge conflicts in src, text with "\n" line
// breaks. A conflict is a line "<<<<<<<", then one "=======" and then one
// ">>>>>>>", each at the start of its line: "<<<<<<<" and ">>>>>>>" alone
// or followed by a space and a label (git's "HEAD", "origin/main"), and
// "=======" alone, so that a Markdown heading's underline of seven "="
// is none. A diff3 conflict's "|||||||" line, between the first two, is
// passed over with the text of the common ancestor. Lines in a fenced
// code block are not looked at: a brief may show a conflict as code.
func conflicts(src []byte) []conflict {
	if !bytes.Contains(src, []byte("<<<<<<<")) { // most files: no look at their lines
		return nil
	}
	var found []conflict
	var open conflict // open.start is 0 outside a conflict
	split := false    // "=======" seen in the open conflict
	var fence []byte  // the opening fence of the code block the line is in
	for n := 1; len(src) > 0; n++ {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		if f := codeFence(line); f != nil && open.start == 0 {
			switch {
			case fence == nil:
				fence = f
			case f[0] == fence[0] && len(f) >= len(fence) && len(bytes.TrimSpace(line)) == len(f):
				fence = nil // its closing fence
			}
			continue
		}
		if fence != nil {
			continue // a conflict shown as code, as in a brief about git
		}
		switch {
		case marker(line, '<'):
			open, split = conflict{start: n, ours: string(line)}, false
		case open.start == 0:
		case !split && string(line) == "=======":
			split = true
		case marker(line, '>'):
			if split {
				open.end, open.their = n, string(line)
				found = append(found, open)
			}
			open = conflict{}
		}
	}
	return found
}

// codeFence returns the fence that line opens or closes a Markdown code
// block with, "```" or "~~~" or longer, indented by three spaces at the
// most, or nil when it is none.
func codeFence(line []byte) []byte {
	rest := bytes.TrimLeft(line, " ")
	if len(line)-len(rest) > 3 || len(rest) < 3 || rest[0] != '`' && rest[0] != '~' {
		return nil
	}
	n := 0
	for n < len(rest) && rest[n] == rest[0] {
		n++
	}
	if n < 3 || rest[0] == '`' && bytes.IndexByte(rest[n:], '`') >= 0 {
		return nil // a backtick fence's info string has no backtick
	}
	return rest[:n]
}

// marker reports whether line is a conflict marker of seven c: alone, or
// followed by a space and a label.
func marker(line []byte, c byte) bool {
	if len(line) < 7 || len(line) > 7 && line[7] != ' ' {
		return false
	}
	for _, b := range line[:7] {
		if b != c {
			return false
		}
	}
	return true
}

// reportConflicts tells, as an error at its first line, of each merge
// conflict left in file, whose text is src, and returns the line of the
// first, or 0 when there is none. The file would otherwise be published
// with both sides and the markers in it, or its front matter be told of
// with a YAML error the markers cause.
func reportConflicts(file string, src []byte, diags *diag.List) int {
	found := conflicts(src)
	for _, c := range found {
		diags.Errorf(diag.Pos{File: file, Line: c.start, Col: 1},
			"merge conflict left in the file, from here to line %d (%s ... %s): keep one side and delete the marker lines",
			c.end, shorten(c.ours), shorten(c.their))
	}
	if len(found) == 0 {
		return 0
	}
	return found[0].start
}

// shorten returns a marker's line cut to 60 bytes, with its label's
// start: a label is a branch's name, or a commit's subject.
func shorten(line string) string {
	const most = 60
	if len(line) <= most {
		return line
	}
	cut := most
	for cut > 0 && !utf8.RuneStart(line[cut]) {
		cut--
	}
	return line[:cut] + "…"
}

// conflictInFrontMatter reports whether a merge conflict starting at
// line of src is in its front matter, or before it, where it hides the
// opening fence: the front matter's own errors are then the markers'.
func conflictInFrontMatter(src []byte, line int) bool {
	format, _, body := splitFrontMatter(src)
	if format == "" { // none, or never closed
		first := firstLine(src)
		if line == first+1 {
			return true
		}
		fence := string(bytes.TrimSpace([]byte(lineAt(src, first))))
		for _, d := range delimiters {
			if fence == d.open {
				return true // never closed: all of the file is taken for front matter
			}
		}
		return false
	}
	return line < bytes.Count(src[:len(src)-len(body)], []byte("\n"))+1
}
