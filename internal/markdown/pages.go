package markdown

import (
	"net/url"
	"path"
	"strings"

	"github.com/briefsite/brief/internal/site"
)

// PageLink returns the standalone page of s that a link dest in the body
// of the file from (a path from the site root, content/briefs/talks.md)
// leads to when it names the page's Markdown file, relative to from
// ([About](../about.md)) or, as Zola writes it, to content/
// ([About](@/about.md)), and the link's #fragment.
func PageLink(s *site.Site, from, dest string) (p *site.Page, frag string, ok bool) {
	if len(s.Pages) == 0 {
		return nil, "", false
	}
	file, frag, _ := strings.Cut(dest, "#")
	if len(file) < 3 || !strings.EqualFold(file[len(file)-3:], ".md") {
		return nil, "", false
	}
	if u, err := url.PathUnescape(file); err == nil {
		file = u
	}
	if rest, ok := strings.CutPrefix(file, "@/"); ok {
		file = path.Join("content", rest)
	} else if _, scheme := Scheme(file); scheme || strings.HasPrefix(file, "/") {
		return nil, "", false
	} else {
		file = path.Join(path.Dir(from), file)
	}
	for _, p := range s.Pages {
		if p.File == file {
			return p, fragmentID(frag), true
		}
	}
	return nil, "", false
}

// pageHref returns the link from doc's page to the standalone page that
// dest names (see PageLink), and whether it names one.
func (t transformer) pageHref(doc *Doc, dest string) (string, bool) {
	p, frag, ok := PageLink(doc.Site, doc.File, dest)
	if !ok {
		return "", false
	}
	href := doc.href(p.Path(), t.opts.PrettyURLs)
	if frag != "" {
		href += "#" + frag
	}
	return href, true
}
