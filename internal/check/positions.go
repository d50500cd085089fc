package check

// Where a problem of a name or a field of the front matter is told.

import (
	"bytes"
	"io/fs"
	"strings"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// entityPos returns where e is named by name, as the front matter's
// parser placed it: at its profile's name or the alias that is name;
// for an entity without a profile, at the name in the front matter of
// the newest brief that names it, or else where it was first named.
func entityPos(s *site.Site, e *site.Entity, name string) diag.Pos {
	if e.File != "" {
		if name != e.Name {
			for _, r := range e.AliasRefs {
				if r.Name == name {
					return r.Pos
				}
			}
		}
		return e.Pos
	}
	key := slug.Key(name)
	for _, b := range e.Briefs {
		var at diag.Pos // of a name of b that leads to e, such as a country's code
		for _, r := range refsOf(b, e.Kind) {
			rk := slug.Key(r.Name)
			if rk == key {
				return r.Pos
			}
			if tg := s.Names[site.KindKey(e.Kind, rk)]; tg.Entity == e && at.Line == 0 {
				at = r.Pos
			}
		}
		if at.Line > 0 {
			return at
		}
	}
	return e.Pos
}

// refsOf returns the names of entities of kind k that brief b's front
// matter gives.
func refsOf(b *site.Brief, k site.Kind) []site.Ref {
	switch k {
	case site.Actor:
		return b.ActorRefs
	case site.Country:
		return b.CountryRefs
	}
	return b.TopicRefs
}

// fieldPos returns the position of the value of the top-level front-matter
// field key in file, or the file's first line when it cannot be found.
func fieldPos(src fs.FS, file, key string) diag.Pos {
	fallback := diag.Pos{File: file, Line: 1, Col: 1}
	if src == nil {
		return fallback
	}
	data, err := fs.ReadFile(src, file)
	if err != nil {
		return fallback
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	for i, line := range strings.Split(string(data), "\n") {
		if i > 0 && (strings.TrimSpace(line) == "---" || strings.TrimSpace(line) == "+++") {
			break
		}
		rest, ok := strings.CutPrefix(line, key)
		if !ok {
			continue
		}
		trimmed := strings.TrimLeft(rest, " \t")
		if !strings.HasPrefix(trimmed, ":") && !strings.HasPrefix(trimmed, "=") {
			continue
		}
		value := strings.TrimLeft(trimmed[1:], " \t")
		return diag.Pos{File: file, Line: i + 1, Col: len(line) - len(value) + 1}
	}
	return fallback
}
