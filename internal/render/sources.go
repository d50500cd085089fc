package render

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefsite/brief/internal/site"
)

// SourceLetter is the sources whose IDs start with one letter, on a page
// of their own when the list of sources is split by letter.
type SourceLetter struct {
	Label   string // "A"; "0–9" for IDs that start with a digit
	Dir     string // the page's directory, such as "sources/a/"
	Entries int    // the number of sources on the page
	Current bool   // the page is this one
}

// sourceLetter returns the label of the page of a source's ID and its
// directory name: "A" and "a", or "0–9" and "0-9". IDs are slugs, which
// start with a lower-case letter or a digit.
func sourceLetter(id string) (label, slug string) {
	r, n := utf8.DecodeRuneInString(id)
	if r == utf8.RuneError || !unicode.IsLetter(r) {
		return "0–9", "0-9"
	}
	return strings.ToUpper(id[:n]), id[:n]
}

// sourcesPages adds the list of sources or, when the site has more than
// r.perYearAbove sources, an index of the letters their IDs start with
// and a page per letter. It returns the directory of each source's page
// then, for Page.SourceURL, or nil.
func (r *renderer) sourcesPages() map[*site.Source]string {
	s := r.site
	desc, title := r.words.T("The sources the briefs rest on."), r.words.T("Sources")
	// The sources most cited first, in bibliography order among equals,
	// each linked to its entry: the list in another order, as the
	// entities' by-briefs pages are.
	byCount := slices.Clone(s.Sources)
	slices.SortStableFunc(byCount, func(a, b *site.Source) int { return len(b.Briefs) - len(a.Briefs) })
	r.page("sources.html", "sources/"+site.ByBriefs+"/index.html", func() *Page {
		return &Page{Section: "sources", Title: r.words.T("%s by number of briefs", title), Sources: byCount, ByCount: true,
			Description: r.words.T("Every source the briefs rest on, the most cited first, with the number of briefs that cite it.")}
	})
	if len(s.Sources) <= r.perYearAbove {
		r.page("sources.html", "sources/index.html", func() *Page {
			return &Page{Section: "sources", Title: title, Description: desc, Sources: s.Sources}
		})
		return nil
	}
	r.split("sources.html", "SourceLetters", "the site has %d sources, more than %d, and a page for the sources of each letter", len(s.Sources), r.perYearAbove)
	dirs := make(map[*site.Source]string, len(s.Sources))
	byDir := map[string][]*site.Source{} // in bibliography order
	var letters []SourceLetter
	for _, src := range s.Sources {
		label, slug := sourceLetter(src.ID)
		dir := "sources/" + slug + "/"
		if byDir[dir] == nil {
			letters = append(letters, SourceLetter{Label: label, Dir: dir})
		}
		byDir[dir] = append(byDir[dir], src)
		dirs[src] = dir
	}
	slices.SortFunc(letters, func(a, b SourceLetter) int { return strings.Compare(a.Dir, b.Dir) })
	for i := range letters {
		letters[i].Entries = len(byDir[letters[i].Dir])
	}
	marked := func(current int) []SourceLetter {
		out := slices.Clone(letters)
		if current >= 0 {
			out[current].Current = true
		}
		return out
	}
	r.page("sources.html", "sources/index.html", func() *Page {
		return &Page{Section: "sources", Title: title, Description: desc, SourceLetters: marked(-1)}
	})
	for i, l := range letters {
		r.page("sources.html", l.Dir+"index.html", func() *Page {
			return &Page{Section: "sources", Title: r.words.T("%s: %s", title, l.Label), Description: desc, Sources: byDir[l.Dir], SourceLetters: marked(i)}
		})
	}
	return dirs
}

// SourceURL returns the link from the page to the entry of src in the
// list of sources.
func (p *Page) SourceURL(src *site.Source) string {
	dir := "sources/"
	if d, ok := p.sourceDirs[src]; ok {
		dir = d
	}
	return p.URL(dir) + "#" + src.ID
}

// citedShown is how many of the briefs citing a source the list of
// sources shows of a source cited by more than citedFolded: the rest are
// folded away under a count of them.
const (
	citedShown  = 10
	citedFolded = 15
)

// CitedFirst returns the briefs citing src that the list of sources
// shows of it: all of them, or the newest citedShown of a source cited by
// more than citedFolded (CitedMore has the rest).
func (p *Page) CitedFirst(src *site.Source) []*site.Brief {
	if len(src.Briefs) > citedFolded {
		return src.Briefs[:citedShown]
	}
	return src.Briefs
}

// CitedMore returns the briefs citing src that CitedFirst leaves out,
// older ones, or nil.
func (p *Page) CitedMore(src *site.Source) []*site.Brief {
	if len(src.Briefs) > citedFolded {
		return src.Briefs[citedShown:]
	}
	return nil
}

// SourceLetter returns the letter the page shows of a list of sources
// split by letter, or nil.
func (p *Page) SourceLetter() *SourceLetter {
	for i := range p.SourceLetters {
		if p.SourceLetters[i].Current {
			return &p.SourceLetters[i]
		}
	}
	return nil
}
