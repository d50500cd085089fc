package load

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// CheckBaseURL reports whether u can be the address a site is published
// at, which feeds, the sitemap, canonical links and the 404 page put
// before the site's paths: an absolute http or https URL with a host,
// and no query, fragment or blanks.
func CheckBaseURL(u string) error {
	const example = "as in https://owner.github.io/repo/"
	if u == "" {
		return errors.New("empty; give the site's address, " + example)
	}
	if strings.ContainsFunc(u, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return fmt.Errorf("%q has a blank or control character; write a space as %%20", u)
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
	}
	return nil
}
