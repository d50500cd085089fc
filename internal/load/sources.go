package load

import (
	"fmt"
	"net/url"
	"path"
	"regexp"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// sourceKeys are the keys of a source's title, author and publisher,
// made only for a citation whose URL and date another's share.
type sourceKeys struct {
	made                     bool
	title, author, publisher string
}

func (k *sourceKeys) of(src *site.Source) *sourceKeys {
	if !k.made {
		*k = sourceKeys{true, slug.Key(src.Title), slug.Key(src.Author), slug.Key(src.Publisher)}
	}
	return k
}

// sameSource returns the citation of cits that names the source c does,
// as the resolve phase makes citations one source: the same article (by
// site.ArticleKey) and date, and titles, authors and publishers with the same keys. keys holds those
// of cits, made as they are needed.
func sameSource(cits []*site.Citation, keys *[]sourceKeys, c *site.Citation) *site.Citation {
	for len(*keys) < len(cits) {
		*keys = append(*keys, sourceKeys{})
	}
	var own sourceKeys
	for i, prev := range cits {
		p, s := prev.Source, c.Source
		if p.Date != s.Date || p.URL != s.URL && site.ArticleKey(p.URL) != site.ArticleKey(s.URL) {
			continue
		}
		k, o := (*keys)[i].of(p), own.of(s)
		if k.title == o.title && k.author == o.author && k.publisher == o.publisher {
			return prev
		}
	}
	return nil
}

// joinNotes returns the notes a and b of two citations of one source in
// one brief as one: "p. 3; p. 9", or, after a sentence, "Paywalled.
// Read in print."
func joinNotes(a, b string) string {
	if strings.HasSuffix(a, ".") || strings.HasSuffix(a, "!") || strings.HasSuffix(a, "?") {
		return a + " " + b
	}
	return a + "; " + b
}

// mergeCitation gives prev, a brief's citation, what c, a later citation
// of the same source in the brief, adds: a note beside prev's (both
// kept), an access date or archived copy prev lacks. It returns the
// warning of c, which the brief's list leaves out.
func mergeCitation(prev, c *site.Citation) string {
	msg := fmt.Sprintf("the brief cites this source already, at line %d", prev.Pos.Line)
	if prev.Source.URL != c.Source.URL {
		msg += fmt.Sprintf(", its url as %q", prev.Source.URL)
	}
	switch note := c.Note; {
	case note == "" || note == prev.Note:
		msg += "; it is listed once"
	case prev.Note == "":
		prev.Note = note // the one note there is
		msg += "; it is listed once"
	default:
		// Two pages of one source, most often: both kept.
		prev.Note = joinNotes(prev.Note, note)
		msg += fmt.Sprintf(", with another note; it is listed once, with both notes: %q", prev.Note)
	}
	var lost []string // what of c's is left out
	switch {
	case c.Accessed.IsZero() || c.Accessed == prev.Accessed:
	case prev.Accessed.IsZero():
		prev.Accessed = c.Accessed
	default:
		lost = append(lost, fmt.Sprintf("the day it was accessed (%s)", prev.Accessed.Human()))
	}
	switch {
	case c.Archive == "" || c.Archive == prev.Archive:
	case prev.Archive == "":
		prev.Archive = c.Archive
	default:
		lost = append(lost, fmt.Sprintf("its archived copy (%s)", prev.Archive))
	}
	if len(lost) > 0 {
		msg += ", with " + strings.Join(lost, " and ") + " as given there"
	}
	return msg
}

func (d *decoder) citation(n *yaml.Node) *site.Citation {
	if n.Kind == yaml.ScalarNode {
		// A bare string is a source with only a title.
		title := d.str(n, "title")
		if title == "" {
			if len(n.Value) <= maxLen("title") {
				d.errorf(n, "source has no `title`; an empty item names no source")
			}
			return nil
		}
		return &site.Citation{Source: &site.Source{Title: title}, Pos: d.pos(n)}
	}
	src, c := &site.Source{}, &site.Citation{}
	d.fields(n, "source", sourceFields, func(key string, v *yaml.Node) {
		switch key {
		case "title":
			src.Title = d.str(v, key)
		case "author":
			src.Author, c.AuthorPos = d.str(v, key), d.pos(v)
		case "publisher":
			src.Publisher = d.str(v, key)
		case "date":
			src.Date = d.date(v, key)
		case "url":
			src.URL, c.URLPos = d.str(v, key), d.pos(v)
			if doi, ok := doiURL(src.URL); ok {
				src.URL = doi
			}
			if prefix, at, ok := cutDOI(src.URL); ok {
				what := "an incomplete DOI"
				if at {
					what = "the address of an incomplete DOI"
				}
				msg := fmt.Sprintf("source url %q is %s: it ends with the prefix %s, and the item's name after the slash is missing (as in %sxyz)", src.URL, what, prefix, prefix)
				if at {
					// A link, if to no document: the build goes on.
					d.diags.Warnf(d.pos(v), "%s, so it leads to no document; copy the whole DOI from the source", msg)
				} else {
					d.errorf(v, "%s; copy the whole DOI from the source", msg)
					src.URL = ""
				}
			} else if src.URL != "" && !safeURL(src.URL) && !rootPath(src.URL) {
				hint := ""
				switch u := strings.TrimSpace(src.URL); {
				case strings.ContainsFunc(u, unicode.IsSpace):
					hint = "; a space in one is written %20"
				case !strings.Contains(u, ":") && !strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "."):
					if p := path.Clean("/" + u); strings.Contains(path.Base(p), ".") {
						hint = fmt.Sprintf("; a file of the site is written from its root, %s for static%s", p, p)
					}
				}
				d.errorf(v, "source url %q must be an absolute http, https or mailto URL, or a file of the site from its root (/files/report.pdf)%s", src.URL, hint)
				src.URL = ""
			}
		case "note":
			c.Note = d.str(v, key)
		case "accessed":
			c.Accessed = d.date(v, key)
			if c.Accessed.IsInterval() {
				d.errorf(v, "`accessed` must be one date, not a span: the day the source was read")
				c.Accessed = date.Date{}
			}
		case "archive_url":
			c.Archive = d.str(v, key)
			if c.Archive != "" && (!safeURL(c.Archive) || strings.HasPrefix(strings.ToLower(strings.TrimSpace(c.Archive)), "mailto:")) {
				d.errorf(v, "source archive_url %q must be an absolute http or https URL, the address of an archived copy (https://web.archive.org/web/…)", c.Archive)
				c.Archive = ""
			}
		}
	})
	if n.Kind == yaml.MappingNode && src.Title == "" {
		if !wrongKind(n, "title") { // else its own error says what is wrong
			d.errorf(n, "source has no `title`")
		}
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return nil
	}
	c.Source, c.Pos = src, d.pos(n)
	return c
}

func (d *decoder) event(n *yaml.Node) *site.Event {
	e := &site.Event{Pos: d.pos(n)}
	var hasDate bool
	d.fields(n, "event", eventFields, func(key string, v *yaml.Node) {
		switch key {
		case "date":
			hasDate = true
			e.Date = d.date(v, key)
		case "text":
			e.Text = d.eventText(v, key)
		case "actors":
			e.ActorRefs = d.refs(v, key)
		case "countries":
			e.CountryRefs = d.refs(v, key)
		}
	})
	if n.Kind != yaml.MappingNode {
		return nil
	}
	if !hasDate {
		d.errorf(n, "event has no `date`")
	}
	if e.Text == "" && !wrongKind(n, "text") {
		d.errorf(n, "event has no `text`")
	}
	if e.Date.IsZero() || e.Text == "" {
		return nil
	}
	return e
}

// doiPattern matches a DOI: "10.", a registrant's number, a slash and
// the item's name.
var doiPattern = regexp.MustCompile(`^10\.\d{4,9}(\.\d+)*/\S+$`)

// doiURL returns the address at doi.org of the DOI u gives, as
// "doi:10.1000/xyz" or bare, "10.1000/xyz", and whether it gives one.
func doiURL(u string) (string, bool) {
	doi := strings.TrimSpace(u)
	if len(doi) >= 4 && strings.EqualFold(doi[:4], "doi:") {
		doi = strings.TrimSpace(doi[4:])
	}
	if !doiPattern.MatchString(doi) {
		return "", false
	}
	return "https://doi.org" + (&url.URL{Path: "/" + doi}).EscapedPath(), true
}

// doiPrefix matches the prefix of a DOI alone, "10.1000" or "10.1000/":
// "10.", a registrant's number and no item's name after the slash.
var doiPrefix = regexp.MustCompile(`^10\.\d{4,9}(\.\d+)*/?$`)

// cutDOI reports whether u gives a DOI cut short, its prefix alone:
// bare, after "doi:" or, when at, in an address at doi.org. It returns
// the prefix with its slash, "10.1000/".
func cutDOI(u string) (prefix string, at, ok bool) {
	doi := strings.TrimSpace(u)
	if len(doi) >= 4 && strings.EqualFold(doi[:4], "doi:") {
		doi = strings.TrimSpace(doi[4:])
	} else if p, err := url.Parse(doi); err == nil && p.Host != "" && (p.Scheme == "https" || p.Scheme == "http") {
		switch strings.ToLower(p.Host) {
		case "doi.org", "dx.doi.org", "www.doi.org":
		default:
			return "", false, false
		}
		if p.RawQuery != "" || p.Fragment != "" {
			return "", false, false
		}
		doi, at = strings.TrimPrefix(p.Path, "/"), true
	}
	if !doiPrefix.MatchString(doi) {
		return "", false, false
	}
	return strings.TrimSuffix(doi, "/") + "/", at, true
}

// rootPath reports whether u is a path from the site's root, as
// "/files/report.pdf" is: a file of the site, which resolve looks for.
func rootPath(u string) bool {
	if !strings.HasPrefix(u, "/") || strings.HasPrefix(u, "//") || strings.ContainsAny(u, "\\") || strings.ContainsFunc(u, unicode.IsSpace) {
		return false
	}
	p, err := url.Parse(u)
	return err == nil && p.Scheme == "" && p.Host == "" && strings.Trim(path.Clean(p.Path), "/") != ""
}

// safeURL reports whether u is an absolute URL with a scheme safe to link
// to from a page: http, https or mailto.
func safeURL(u string) bool {
	l := strings.ToLower(strings.TrimSpace(u))
	if strings.ContainsFunc(l, unicode.IsSpace) {
		return false
	}
	if strings.HasPrefix(l, "mailto:") {
		return len(l) > 7
	}
	p, err := url.Parse(l)
	return err == nil && (p.Scheme == "https" || p.Scheme == "http") && p.Host != ""
}
