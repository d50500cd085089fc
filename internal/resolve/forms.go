package resolve

import (
	"cmp"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
)

// A source whose citations differ in form (mixed) shows, of each field,
// the form most of its citations give: its title and publisher spelt as
// most briefs spell them, its URL as most write it. A tie goes to the
// form that reads best, whatever the order of the briefs: a URL with the
// fewest blemishes (http:, "www.", a slash at the end, a fragment, utm_
// parameters), then the shortest; then, for any field, the first in byte
// order. So a brief added, or dated anew, changes the form shown only by
// changing which is most cited, never by coming first.

// showForms gives src, a mixed source, the form of each field its
// citations cite, as given (the form given by each citation in cits),
// most often give, and warns at each citation whose URL is another form
// of the one shown.
func (r *resolver) showForms(src *site.Source, cits []*site.Citation, given func(*site.Citation) *site.Source) {
	field := func(get func(*site.Source) string, better func(a, b string) int) string {
		n := map[string]int{}
		for _, c := range cits {
			n[get(given(c))]++
		}
		return slices.MinFunc(slices.Collect(maps.Keys(n)), func(a, b string) int {
			return cmp.Or(n[b]-n[a], better(a, b), strings.Compare(a, b))
		})
	}
	plain := func(a, b string) int { return 0 }
	src.Title = field(func(s *site.Source) string { return s.Title }, plain)
	src.Author = field(func(s *site.Source) string { return s.Author }, plain)
	src.Publisher = field(func(s *site.Source) string { return s.Publisher }, plain)
	src.URL = field(func(s *site.Source) string { return s.URL }, compareURLForms)
	// Dates alike in their canonical form, as citations of one source
	// have, read alike: the first citation's stays.

	var shownAt diag.Pos // the first citation giving the URL shown
	for _, c := range cits {
		if given(c).URL == src.URL && (shownAt.File == "" || c.Pos.Compare(shownAt) < 0) {
			shownAt = c.Pos
		}
	}
	for _, c := range cits {
		if u := given(c).URL; u != src.URL {
			r.diags.Warnf(c.Pos, "this citation's url, %q, is another form of %q, which the sources page shows for %s, as cited at %s:%d: it has %s; write it so",
				u, src.URL, describeSource(src), shownAt.File, shownAt.Line, urlDifference(u, src.URL))
		}
	}
}

// compareURLForms orders two forms of one article's URL, the one to show
// first: the one with fewer blemishes, then the shorter.
func compareURLForms(a, b string) int {
	return cmp.Or(blemishes(a)-blemishes(b), len(a)-len(b))
}

// blemishes counts what a URL's form has that its article's address
// need not: http: for https:, a scheme or host in capitals, a "www.", a
// slash at the end of its path, a fragment and each utm_ parameter.
func blemishes(raw string) int {
	u, err := url.Parse(raw)
	if err != nil {
		return 0
	}
	n := 0
	if scheme, _, ok := strings.Cut(raw, ":"); ok && scheme != strings.ToLower(scheme) {
		n++ // url.Parse gives the scheme in small letters
	}
	if u.Host != strings.ToLower(u.Host) {
		n++
	}
	if strings.EqualFold(u.Scheme, "http") {
		n++
	}
	if strings.HasPrefix(strings.ToLower(u.Host), "www.") {
		n++
	}
	if len(u.Path) > 1 && strings.HasSuffix(u.Path, "/") {
		n++
	}
	if u.Fragment != "" {
		n++
	}
	for k := range u.Query() {
		if isUTM(k) {
			n++
		}
	}
	return n
}

func isUTM(param string) bool { return strings.HasPrefix(strings.ToLower(param), "utm_") }

// urlDifference says how a, a form of the URL b, differs from it: `"http:"
// for "https:", "www." and a slash at the end`, and the like; only what
// does differ.
func urlDifference(a, b string) string {
	x, errX := url.Parse(a)
	y, errY := url.Parse(b)
	if errX != nil || errY != nil {
		return "another spelling"
	}
	var parts []string
	if !strings.EqualFold(x.Scheme, y.Scheme) {
		parts = append(parts, fmt.Sprintf("%q for %q", x.Scheme+":", y.Scheme+":"))
	}
	hx, hy := strings.ToLower(x.Host), strings.ToLower(y.Host)
	switch wx, wy := strings.HasPrefix(hx, "www."), strings.HasPrefix(hy, "www."); {
	case wx && !wy:
		parts = append(parts, `"www."`)
	case wy && !wx:
		parts = append(parts, `no "www."`)
	}
	if strings.TrimPrefix(x.Host, "www.") != strings.TrimPrefix(y.Host, "www.") && strings.TrimPrefix(hx, "www.") == strings.TrimPrefix(hy, "www.") {
		parts = append(parts, fmt.Sprintf("the host %q for %q", x.Host, y.Host))
	}
	if x.EscapedPath() != y.EscapedPath() {
		if strings.HasSuffix(x.EscapedPath(), "/") {
			parts = append(parts, "a slash at the end")
		} else {
			parts = append(parts, "no slash at the end")
		}
	}
	qx, qy := x.Query(), y.Query()
	for _, k := range slices.Sorted(maps.Keys(qx)) {
		if isUTM(k) && !slices.Equal(qx[k], qy[k]) {
			parts = append(parts, fmt.Sprintf("%q", k+"="+strings.Join(qx[k], ",")))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(qy)) {
		if isUTM(k) && qx[k] == nil {
			parts = append(parts, fmt.Sprintf("no %q", k+"="+strings.Join(qy[k], ",")))
		}
	}
	if plainQuery(x) != plainQuery(y) {
		parts = append(parts, "its parameters in another order")
	}
	switch {
	case x.Fragment == y.Fragment:
	case y.Fragment == "":
		parts = append(parts, fmt.Sprintf("%q", "#"+x.Fragment))
	case x.Fragment == "":
		parts = append(parts, fmt.Sprintf("no %q", "#"+y.Fragment))
	default:
		parts = append(parts, fmt.Sprintf("%q for %q", "#"+x.Fragment, "#"+y.Fragment))
	}
	if len(parts) == 0 {
		return "another spelling"
	}
	return andList(parts)
}

// plainQuery returns u's query without its utm_ parameters, in its order.
func plainQuery(u *url.URL) string {
	var kept []string
	for p := range strings.SplitSeq(u.RawQuery, "&") {
		k, _, _ := strings.Cut(p, "=")
		if p != "" && !isUTM(k) {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "&")
}

// andList joins parts as a sentence does: "a", "a and b", "a, b and c".
func andList(parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// countWord returns n in words for a message, as "two" or "three", up to
// ten, and in figures beyond.
func countWord(n int) string {
	if n >= 0 && n <= 10 {
		return []string{"none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}[n]
	}
	return fmt.Sprint(n)
}
