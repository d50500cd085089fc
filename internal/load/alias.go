package load

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// aliases decodes a brief's `aliases`: the other paths its page is found
// at, such as its slug before the file was renamed.
func (d *decoder) aliases(n *yaml.Node, field string) []site.Alias {
	var out []site.Alias
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		n = &yaml.Node{Kind: yaml.SequenceNode, Content: d.commaList(n, field, "paths")} // one alias, or a list written with commas
	}
	d.list(n, field, func(it *yaml.Node) {
		if it.Kind != yaml.ScalarNode || it.Tag == "!!null" {
			d.errorf(it, "`%s` must be a list of paths; this item is %s", field, describe(it))
			return
		}
		p, err := AliasPath(it.Value, "briefs")
		if err != nil {
			d.errorf(it, "`%s`: %v", field, err)
			return
		}
		d.aliasWarnings(d.pos(it), field, it.Value, "brief")
		out = append(out, site.Alias{Path: p, Pos: d.pos(it)})
	})
	return out
}

// ServeDir is the folder of the site's addresses that brief serve keeps
// for its live-reload script and event stream: no page of the site may
// be there, or the preview would not show it.
const ServeDir = "_brief"

// AliasPath returns the file an alias names, as a path from the site
// root. The alias leads to a brief when dir is "briefs", or else to a
// profile of content/dir/ ("actors"), as its errors say. A bare slug is
// a brief's old slug, "old-slug" standing for
// briefs/old-slug/index.html; anything with a slash is a path from the
// site root, a page ("old/page.html") or a directory ("old/dir/", its
// index.html); a leading slash makes one of a single name a path too
// ("/old-page" for old-page/index.html), as Hugo and Zola read aliases.
// A .. part goes back a part, as a browser reads it and as Hugo reads
// aliases: "/x/../y/" is "/y/". URLs, feeds' and data files' addresses,
// queries, fragments, escapes (%20: the path is the file's own name),
// backslashes and paths that climb above the root ("/../x/") are errors.
func AliasPath(s, dir string) (string, error) {
	what, example := "brief", "briefs/old-slug/"
	if dir != "briefs" {
		what, example = "profile", dir+"/old-name/"
	}
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return "", fmt.Errorf("an alias is empty")
	case len(s) > MaxNameLen:
		return "", fmt.Errorf("alias is %d bytes long; the limit is %d", len(s), MaxNameLen)
	case strings.Contains(s, ":") || strings.HasPrefix(s, "//"):
		return "", fmt.Errorf("alias %q is a URL; an alias is a path on this site, such as %s", s, example)
	case strings.ContainsAny(s, "?#%\\") || strings.ContainsFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f }):
		return "", fmt.Errorf("alias %q has a character a path here may not: ?, #, %%, \\ or a control character; write it as the file's own name", s)
	case strings.ContainsAny(s, `*|"<>`):
		return "", fmt.Errorf("alias %q has a character Windows keeps out of file names (*, |, \", < or >): a clone of the site there fails", s)
	}
	// One form of accented letters, as pages' own names have: two
	// aliases written with é and with e and a combining accent are one
	// address, and one file on a Mac.
	s = norm.NFC.String(s)
	depth := 0 // of the parts read, less those a .. took back
	for seg := range strings.SplitSeq(s, "/") {
		switch seg {
		case "", ".":
		case "..":
			if depth--; depth < 0 {
				return "", fmt.Errorf("alias %q climbs above the site root", s)
			}
			continue
		default:
			depth++
		}
		if seg != "." && (strings.HasSuffix(seg, ".") || strings.HasSuffix(seg, " ")) {
			return "", fmt.Errorf("alias %q has a part ending in a dot or a space, %q, which Windows drops from file names", s, seg)
		}
		if slug.WindowsReserved(seg) {
			return "", fmt.Errorf("alias %q has a part Windows keeps for a device, %q: a clone of the site there fails", s, seg)
		}
		if strings.HasPrefix(seg, ".") && seg != "." {
			// The output's hidden entries are the publisher's (a
			// worktree's .git): no page of the site goes there.
			return "", fmt.Errorf("alias %q has a hidden part, %q; no page of the site is hidden", s, seg)
		}
	}
	isDir := strings.HasSuffix(s, "/")
	p := strings.TrimPrefix(path.Clean("/"+s), "/")
	ext := strings.ToLower(path.Ext(p))
	switch {
	case p == "":
		return "", fmt.Errorf("alias %q is the home page", s)
	case p == ServeDir || strings.HasPrefix(p, ServeDir+"/"):
		return "", fmt.Errorf("alias %q is under %s/, where brief serve keeps its own files", s, ServeDir)
	case isDir:
	case ext == ".html" || ext == ".htm":
		return p, nil
	case ext == ".xml" || ext == ".rss" || ext == ".atom" || ext == ".json":
		return "", fmt.Errorf("alias %q is a feed's or a data file's address; an alias is a page that leads a browser on to the %s, which feed readers and programs do not follow", s, what)
	case !strings.Contains(s, "/"):
		if sl := slug.Make(strings.TrimSuffix(p, ".md")); sl != p {
			if ext != "" && ext != ".md" {
				return "", fmt.Errorf("alias %q is neither a slug nor a path; for the address /%s write %q, for a brief's old slug %q", s, p, "/"+p, sl)
			}
			if ext == ".md" {
				return "", fmt.Errorf("alias %q is neither a slug nor a path; a brief's old slug is written as its file was named, such as %q", s, sl)
			}
			// Capitals or spaces: another name for the brief, as
			// Obsidian's aliases are, or the name of its old file.
			return "", fmt.Errorf("alias %q is neither a slug nor a path: a brief's aliases are its old addresses, such as the slug of its file before it was renamed, written as the address had it (%q); a brief has no other names, as Obsidian's aliases are: links to it use its title or its file's name", s, sl)
		}
		return "briefs/" + p + "/index.html", nil
	}
	return p + "/index.html", nil
}

// profileAliases decodes a profile's `aliases` into e: its other names,
// and its old addresses, the entries written as paths, which start or
// end with a slash ("/actors/old-slug/", "actors/old-slug/"), as Hugo's
// aliases of a term's page are written. An old address is read as a
// brief's alias is (see AliasPath); one with a space, which no page
// brief makes has, is kept with a warning that shows the address of the
// page such a name would have.
func (d *decoder) profileAliases(n *yaml.Node, field string, e *site.Entity) {
	for _, r := range d.refs(n, field) {
		if !strings.HasPrefix(r.Name, "/") && !strings.HasSuffix(r.Name, "/") {
			if ext := strings.ToLower(path.Ext(r.Name)); strings.Contains(r.Name, "/") && (ext == ".html" || ext == ".htm") && !strings.Contains(r.Name, " ") {
				d.diags.Warnf(r.Pos, "`%s`: %q is taken as a name of the %s; if it is an old address of this profile's page, write it from the site's root, %q", field, r.Name, e.Kind.Singular(), "/"+r.Name)
			}
			e.Aliases = append(e.Aliases, r.Name)
			e.AliasRefs = append(e.AliasRefs, r)
			continue
		}
		p, err := AliasPath(r.Name, e.Kind.Dir())
		if err != nil {
			d.diags.Errorf(r.Pos, "`%s`: %v (an alias that starts or ends with / is an old address of the profile's page; a name is written without the slash)", field, err)
			continue
		}
		d.aliasWarnings(r.Pos, field, r.Name, "profile")
		e.OldPaths = append(e.OldPaths, site.Alias{Path: p, Pos: r.Pos})
	}
}

// aliasWarnings warns of the alias s of a brief's or a profile's page
// (whose), written at pos, that AliasPath takes but that is not written as
// brief's addresses are: with a .. part, which it tells the address
// without, or with a space, which no page brief makes has in its address,
// shown as the page such a name would have. A profile's alias without a
// slash is a name, which the warning of a space offers.
func (d *decoder) aliasWarnings(pos diag.Pos, field, s, whose string) {
	s = strings.TrimSpace(s)
	if slices.Contains(strings.Split(s, "/"), "..") {
		clean := path.Clean("/" + s)
		if strings.HasSuffix(s, "/") || strings.HasSuffix(s, "/..") {
			clean += "/"
		}
		d.diags.Warnf(pos, "`%s`: alias %q is the address %q, as a .. takes back the part before it: write it so", field, s, clean)
	}
	if strings.Contains(s, " ") {
		fix := "write it as the address bar showed it, with - for the spaces"
		if sl := slugPath(s); sl != s {
			fix = fmt.Sprintf("write it as the address bar showed it, such as %q", sl)
		}
		as, name := "", ""
		if whose == "profile" {
			as, name = ", as it starts or ends with /", "; if it is a name, leave out the slash"
		}
		d.diags.Warnf(pos, "`%s`: %q is taken as an old address of the %s's page%s, but brief's addresses have no spaces: if it is one, %s%s", field, s, whose, as, fix, name)
	}
}

// slugPath returns the path p with each of its parts made a slug, as
// brief makes the addresses of pages: "/actors/Chris Landau/" is
// "/actors/chris-landau/".
func slugPath(p string) string {
	parts := strings.Split(p, "/")
	for i, part := range parts {
		ext := path.Ext(part)
		if e := strings.ToLower(ext); i < len(parts)-1 || (e != ".html" && e != ".htm") {
			ext = ""
		}
		if part != "" {
			parts[i] = slug.Make(strings.TrimSuffix(part, ext)) + ext
		}
	}
	return strings.Join(parts, "/")
}
