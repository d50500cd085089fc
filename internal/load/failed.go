package load

import (
	"path"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/briefsite/brief/internal/site"
	"gopkg.in/yaml.v3"
)

// This file notes the files Load leaves out for their errors by the
// names a link gives them (site.Failed), so that a link to one is not
// warned of as naming nothing: the file's own error is the one to fix.

// noteFailed notes in s.Failed that file, left out of s for its errors,
// goes by the names of keys (match keys, as in s.Names; "" is none). A
// name another such file has noted stays that file's.
func noteFailed(s *site.Site, file string, keys ...string) {
	for _, k := range keys {
		if k == "" || strings.HasSuffix(k, "/") {
			continue
		}
		if s.Failed == nil {
			s.Failed = map[string]string{}
		}
		if _, ok := s.Failed[k]; !ok {
			s.Failed[k] = file
		}
	}
}

// fileName returns the name of file without its extension, or of its
// folder for a folder's index.md (bundle): the name a link to it gives.
func fileName(file string, bundle bool) string {
	if bundle {
		file = path.Dir(file)
	}
	name := path.Base(file)
	return strings.TrimSuffix(name, path.Ext(name))
}

// failedTitle gives the brief or page of j, whose front matter could not
// be read, the title a line of it gives alone (see writtenTitle), which
// Load notes in the site's Failed with its other names.
func failedTitle(j *job, src []byte) {
	switch {
	case j.brief != nil:
		j.brief.Title = writtenTitle(src)
	case j.page != nil:
		j.page.Title = writtenTitle(src)
	}
}

// writtenTitle returns the title that a line `title: …` (TOML's
// `title = …`) of the front matter of src gives, read alone, for a file
// whose front matter as a whole could not be read: a link by the title
// is then not warned of as naming nothing (see site.Failed). Of a merge
// conflict's two sides, it is the first side's; "" when no such line
// reads.
func writtenTitle(src []byte) string {
	open := firstLine(src)
	if open < 0 {
		return ""
	}
	lines := strings.Split(string(src), "\n")[open:]
	var close string
	for _, d := range delimiters {
		if strings.TrimSpace(lines[0]) == d.open {
			close = d.close
		}
	}
	if close == "" {
		return ""
	}
	for _, line := range lines[1:] {
		if strings.TrimSpace(line) == close {
			break
		}
		var v struct {
			Title string `yaml:"title" toml:"title"`
		}
		switch {
		case strings.HasPrefix(line, "title:"):
			if yaml.Unmarshal([]byte(line), &v) != nil {
				continue
			}
		case strings.HasPrefix(line, "title") && strings.HasPrefix(strings.TrimLeft(line[len("title"):], " \t"), "="):
			if _, err := toml.Decode(line, &v); err != nil {
				continue
			}
		}
		if v.Title != "" {
			return v.Title
		}
	}
	return ""
}
