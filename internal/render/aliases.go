package render

import (
	"fmt"
	"path"
	"strings"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
)

// aliases adds a page at each alias of each brief, and at each old
// address of each profile, that leads on to the brief's or profile's
// page, after every other file, so that an alias never takes the place
// of a page or a copied file: an alias whose path another file has, or
// needs as a folder, or that is a file's folder, is left out, with a
// warning when warnings is not nil. Of two briefs or profiles with one
// alias, the first has it: briefs in the site's order, then actors,
// countries and topics by name.
func (r *renderer) aliases(warnings *diag.List) {
	type alias struct {
		site.Alias
		to site.Target
	}
	var all []alias
	for _, b := range r.site.Briefs {
		for _, a := range b.Aliases {
			all = append(all, alias{a, site.Target{Brief: b}})
		}
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range r.site.EntitiesOf(k) {
			for _, a := range e.OldPaths {
				all = append(all, alias{a, site.Target{Entity: e}})
			}
		}
	}
	if len(all) == 0 {
		return
	}
	// By path in lower case: on a disk that ignores case (macOS,
	// Windows), Briefs/Main/ is briefs/main/.
	type held struct{ path, what string }
	files := map[string]held{}  // path → what is there, for warnings
	dirs := map[string]string{} // folder → a file in it
	add := func(p, what string) {
		files[strings.ToLower(p)] = held{p, what}
		for d := path.Dir(p); d != "."; d = path.Dir(d) {
			if _, ok := dirs[strings.ToLower(d)]; ok {
				break
			}
			dirs[strings.ToLower(d)] = p
		}
	}
	pages := r.pageOwners()
	for _, f := range r.files {
		what := "the site generates it"
		switch {
		case f.Src != "":
			what = "it is copied from " + f.Src
		case pages[f.Path] != "":
			what = "it is the page of " + pages[f.Path]
		}
		add(f.Path, what)
	}
	warn := func(at diag.Pos, p, why string) {
		if warnings != nil {
			warnings.Warnf(at, "alias /%s is not written: %s", strings.TrimSuffix(p, "index.html"), why)
		}
	}
	for _, a := range all {
		lower := strings.ToLower(a.Path)
		if h, ok := files[lower]; ok {
			if h.path != a.Path {
				h.what = "it is " + h.path + " on a disk that ignores case, and " + h.what
			}
			warn(a.Pos, a.Path, h.what)
			continue
		}
		if f, ok := dirs[lower]; ok {
			warn(a.Pos, a.Path, "the site has "+f+" in a folder of that name")
			continue
		}
		blocked := ""
		for d := path.Dir(a.Path); d != "." && blocked == ""; d = path.Dir(d) {
			if h, ok := files[strings.ToLower(d)]; ok {
				blocked = h.path
			}
		}
		if blocked != "" {
			warn(a.Pos, a.Path, "the site has a file "+blocked+" where it needs a folder")
			continue
		}
		to := a.to
		if r.oldURLs == nil {
			r.oldURLs = map[site.Target][]string{}
		}
		u := a.Path
		if r.pretty {
			u = strings.TrimSuffix(u, "index.html")
		}
		r.oldURLs[to] = append(r.oldURLs[to], u)
		if to.Brief != nil {
			add(a.Path, "it is an alias of "+to.Brief.File)
		} else {
			add(a.Path, "it is an old address of "+to.Entity.File)
		}
		r.page("alias.html", a.Path, func() *Page {
			p := &Page{Section: "alias", Title: to.Title(), Brief: to.Brief, Entity: to.Entity, Target: to}
			if to.Entity != nil {
				p.Kind = to.Entity.Kind
			}
			return p
		})
	}
}

// aliasHint returns err with a word on what an alias's page has, when
// err is an alias.html of a site's own, written for briefs' aliases,
// failing on a profile's old address for the want of .Brief; or nil.
func aliasHint(tmpl string, err error) error {
	if tmpl != "alias.html" || !strings.Contains(err.Error(), "<.Brief") || !strings.Contains(err.Error(), "nil pointer") {
		return nil
	}
	return fmt.Errorf("%w (the page of a profile's old address, an alias of it written as a path, has .Entity and no .Brief: .Title and .URL .Target.Path are the brief's or the profile's on either; docs/templates.md)", err)
}

// pageOwners returns what each brief's, profile's and standalone page's
// page is the page of, by its path: the file of the brief, profile or
// page, or, for a profile made from briefs' mentions alone, the entity,
// so that a warning says what holds an address an alias names.
func (r *renderer) pageOwners() map[string]string {
	owners := make(map[string]string, len(r.site.Briefs)+len(r.site.Pages))
	for _, b := range r.site.Briefs {
		owners[b.PagePath()] = b.File
	}
	for _, p := range r.site.Pages {
		owners[p.PagePath()] = p.File
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range r.site.EntitiesOf(k) {
			what := e.File
			if what == "" {
				what = fmt.Sprintf("the %s %s, which has no profile file", k.Singular(), e.Name)
			}
			owners[e.Path()+"index.html"] = what
		}
	}
	return owners
}
