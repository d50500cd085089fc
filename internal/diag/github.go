package diag

import (
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
)

// PrintGitHub writes each diagnostic as a GitHub Actions workflow
// command, "::error file=F,line=L,col=C::message" or "::warning …::…",
// which a workflow's run turns into an annotation on that line of the
// file, in a pull request's changes and the run's summary. Files are
// named from the working directory, the site root being dir, as PrintIn
// names them; columns count characters, as Print's do. A problem with a
// whole file (line 0) has no line or col, one without a file no file.
// The message and the properties are escaped as GitHub documents, so
// that a newline or a "::" in them ends nothing.
func PrintGitHub(w io.Writer, ds []Diagnostic, src fs.FS, dir string) {
	source := NewSource(src)
	for _, d := range ds {
		pos := source.Shown(d.Pos)
		var props []string
		if pos.File != "" {
			props = append(props, "file="+escapeProperty(filepath.ToSlash(FromDir(dir, pos.File))))
			if pos.Line > 0 {
				props = append(props, "line="+strconv.Itoa(pos.Line))
				if pos.Col > 0 {
					props = append(props, "col="+strconv.Itoa(pos.Col))
				}
			}
		}
		cmd := "::" + d.Severity.String()
		if len(props) > 0 {
			cmd += " " + strings.Join(props, ",")
		}
		fmt.Fprintf(w, "%s::%s\n", cmd, escapeData(d.Msg))
	}
}

// escapeData escapes a workflow command's message as GitHub's toolkit
// does: %, CR and LF, which would end it, as %25, %0D and %0A. Other
// control characters become U+FFFD, as Print shows them, for a file's
// escape sequences not to reach the log.
func escapeData(s string) string {
	return visible(strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s))
}

// escapeProperty escapes a workflow command's property value: as a
// message, and its : and , too, which end a property.
func escapeProperty(s string) string {
	return visible(strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s))
}
