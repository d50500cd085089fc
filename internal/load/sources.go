package load

import (
	"net/url"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// sourceKeys are the keys of a source's title and publisher, made only
// for a citation whose URL and date another's share.
type sourceKeys struct {
	made             bool
	title, publisher string
}

func (k *sourceKeys) of(src *site.Source) *sourceKeys {
	if !k.made {
		*k = sourceKeys{true, slug.Key(src.Title), slug.Key(src.Publisher)}
	}
	return k
}

// sameSource returns the citation of cits that names the source c does,
// as the resolve phase makes citations one source: the same URL and
// date, and titles and publishers with the same keys. keys holds those
// of cits, made as they are needed.
func sameSource(cits []*site.Citation, keys *[]sourceKeys, c *site.Citation) *site.Citation {
	for len(*keys) < len(cits) {
		*keys = append(*keys, sourceKeys{})
	}
	var own sourceKeys
	for i, prev := range cits {
		p, s := prev.Source, c.Source
		if p.URL != s.URL || p.Date != s.Date {
			continue
		}
		k, o := (*keys)[i].of(p), own.of(s)
		if k.title == o.title && k.publisher == o.publisher {
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
	src, note := &site.Source{}, ""
	d.fields(n, "source", sourceFields, func(key string, v *yaml.Node) {
		switch key {
		case "title":
			src.Title = d.str(v, key)
		case "publisher":
			src.Publisher = d.str(v, key)
		case "date":
			src.Date = d.date(v, key)
		case "url":
			src.URL = d.str(v, key)
			if src.URL != "" && !safeURL(src.URL) {
				hint := ""
				if strings.ContainsFunc(strings.TrimSpace(src.URL), unicode.IsSpace) {
					hint = "; a space in one is written %20"
				}
				d.errorf(v, "source url %q must be an absolute http, https or mailto URL%s", src.URL, hint)
				src.URL = ""
			}
		case "note":
			note = d.str(v, key)
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
	return &site.Citation{Source: src, Note: note, Pos: d.pos(n)}
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
