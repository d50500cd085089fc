package load

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"strings"
)

// CheckBaseURL reports whether u can be the address a site is published
// at, which feeds, the sitemap, canonical links and the 404 page put
// before the site's paths: an absolute http or https URL with a host,
// and no query, fragment or blanks, naming a folder, not a page
// (https://example.org/x/index.html would put every page under
// index.html/).
func CheckBaseURL(u string) error {
	const example = "as in https://owner.github.io/repo/"
	if u == "" {
		return errors.New("empty; give the site's address, " + example)
	}
	if strings.ContainsFunc(u, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return fmt.Errorf("%q has a blank or control character; write a space as %%20", u)
	}
	if i := strings.IndexAny(u, "\"<>\\^`{|}"); i >= 0 {
		return fmt.Errorf("%q has %q, which a URL writes percent-encoded (%%%02X)", u, u[i], u[i])
	}
	p, err := url.Parse(u)
	if err != nil {
		return fmt.Errorf("%q is not a URL (%v)", u, errors.Unwrap(err))
	}
	switch {
	case p.Scheme == "":
		return fmt.Errorf("%q has no scheme; give an absolute URL, %s", u, example)
	case p.Scheme != "http" && p.Scheme != "https":
		return fmt.Errorf("%q is not an http or https URL", u)
	case p.Host == "" || p.Opaque != "":
		return fmt.Errorf("%q has no host; give an absolute URL, %s", u, example)
	case p.RawQuery != "" || p.ForceQuery:
		return fmt.Errorf("%q has a query (?); the site's pages are added after it", u)
	case p.Fragment != "" || strings.Contains(u, "#"):
		return fmt.Errorf("%q has a fragment (#); the site's pages are added after it", u)
	case strings.Contains(p.Path, "//"):
		clean := strings.TrimSuffix(path.Clean(p.Path), "/") + "/"
		return fmt.Errorf("%q has an empty step (//) in its path; write %s://%s%s", u, p.Scheme, p.Host, clean)
	case pageName(p.Path) != "":
		name := pageName(p.Path)
		return fmt.Errorf("%q ends in a page's name, %s, and the site's pages would be added after it (%s/briefs/…); write its folder, %s://%s%s", u, name, name, p.Scheme, p.Host, strings.TrimSuffix(p.Path, name))
	}
	return nil
}

// pageName returns the last step of the URL path p when it names a web
// page, as index.html, default.aspx or index.php do, or "". A folder's
// name with a dot in it (/v1.2/, /brief.v2) is not one.
func pageName(p string) string {
	name := p[strings.LastIndexByte(p, '/')+1:]
	ext := strings.ToLower(path.Ext(name))
	switch ext {
	case ".htm", ".html", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp", ".cfm", ".cgi":
		return name
	}
	return ""
}
