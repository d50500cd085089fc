package render

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/site"
)

// extras adds robots.txt, unless static/ has the site's own, and, when
// the site has a base URL, sitemap.xml. The data exports, search index
// and feeds are added by their own files.
func (r *renderer) extras() {
	base := r.site.Config.BaseURL
	robots := "User-agent: *\nAllow: /\n"
	if base != "" {
		robots += "Sitemap: " + asciiURL(base+"sitemap.xml") + "\n"
	}
	if !slices.ContainsFunc(r.site.Static, func(a site.Asset) bool { return a.Dest == "robots.txt" }) {
		r.files = append(r.files, bytesFile("robots.txt", []byte(robots)))
	}
	if base == "" {
		return
	}
	pages := make([]string, 0, len(r.files))
	for _, f := range r.files {
		if dir, ok := strings.CutSuffix(f.Path, "index.html"); ok && !repeats(dir) {
			pages = append(pages, dir)
		}
	}
	briefs := r.site.Briefs
	r.files = append(r.files, output.File{Path: "sitemap.xml", Write: func(w io.Writer) error {
		// The briefs' dates are written out when the sitemap is, not at
		// each rebuild of brief serve, which writes it only when asked.
		lastmod := make(map[string]string, len(briefs))
		for _, b := range briefs {
			if iso := briefLastmod(b); iso != "" {
				lastmod[b.Slug] = iso
			}
		}
		fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`+"\n")
		for _, p := range pages {
			slug, isBrief := strings.CutPrefix(p, "briefs/")
			if m, ok := lastmod[strings.TrimSuffix(slug, "/")]; isBrief && ok {
				fmt.Fprintf(w, "<url><loc>%s</loc><lastmod>%s</lastmod></url>\n", xmlEscape(asciiURL(base+p)), m)
				continue
			}
			fmt.Fprintf(w, "<url><loc>%s</loc></url>\n", xmlEscape(asciiURL(base+p)))
		}
		_, err := fmt.Fprint(w, "</urlset>\n")
		return err
	}})
}

// briefLastmod returns the <lastmod> of brief b's page in the sitemap,
// a W3C datetime, or "": its `updated`, else its date, as Hugo's sitemap
// gives a page's, when that is a day or a time, its start's for an
// interval ("2025-05-21", "2025-05-21T14:00Z"). A month, a year or a fuzzy
// date ("July 2023", "late 2024", "2024-05-21~") gives none: a day or a
// year the page was not written on would be a claim the brief does not
// make; nor, for a fuzzy `updated`, would the date's day, before the
// brief says it changed.
func briefLastmod(b *site.Brief) string {
	if !b.Updated.IsZero() {
		return dayISO(b.Updated)
	}
	return dayISO(b.Date)
}

// dayISO returns the ISO form of d when d is a day or a time, neither
// approximate nor uncertain, and "" otherwise.
func dayISO(d date.Date) string {
	if d.Precision() >= date.Day && !d.Approximate() && !d.Uncertain() {
		return d.ISO()
	}
	return ""
}

// repeats reports whether the page in directory dir repeats other pages
// of the site, and so is left out of the sitemap, as templates/base.html
// tells search engines not to index it ("noindex, follow"): the printable
// briefing (print/briefing/, and print/<year>/ on a large site), the full
// text of every brief, and the lists of actors, countries, topics and
// sources by number of briefs (actors/by-briefs/), their index in another
// order.
func repeats(dir string) bool {
	if strings.HasPrefix(dir, "print/") {
		return true
	}
	kind, rest, _ := strings.Cut(dir, "/")
	return rest == site.ByBriefs+"/" && (kind == "sources" || slices.ContainsFunc([]site.Kind{site.Actor, site.Country, site.Topic}, func(k site.Kind) bool { return k.Dir() == kind }))
}

// asciiURL returns the URL u with the bytes of non-ASCII characters in
// its path percent-encoded, as sitemaps and robots.txt need: a page such
// as actors/北京市/ has an address of ASCII only. The host, if any, is
// left as written.
func asciiURL(u string) string {
	start := 0
	if i := strings.Index(u, "://"); i >= 0 {
		start = i + 3
		if j := strings.IndexByte(u[start:], '/'); j >= 0 {
			start += j
		} else {
			return u
		}
	}
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		if c := u[i]; i >= start && c >= utf8.RuneSelf {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func xmlEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
