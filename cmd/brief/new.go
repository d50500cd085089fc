package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefsite/brief/internal/country"
	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

func runNew(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", "[-src DIR] [-date DATE] [-kind actor|country|topic|page] \"Title or name\"\n       brief new [actor|country|topic|page] \"Title or name\"",
		"Write content/briefs/<slug>.md, a draft, with the front matter filled in and today's date\n"+
			"(or -date's), or, with -kind, a profile in content/actors/, content/countries/ or content/topics/,\n"+
			"or a standalone page, content/<slug>.md (About, Methodology).", stderr)
	src := fs.String("src", ".", "site root `dir`ectory")
	kind := fs.String("kind", "brief", "what to write: brief, actor, country, topic or page")
	when := fs.String("date", "", "the brief's `date`, as a brief gives it (2025-05-21, \"July 2023\", 2025-05-21T14:30); now: today's, with the time (default today's)")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	positional := fs.Args()
	if k, rest, ok := kindWord(fs, positional); ok {
		*kind, positional = k, rest
	}
	dirName, ok := newKinds[*kind]
	if *kind == "page" {
		ok = true // content/ itself
	}
	if !ok {
		fmt.Fprintf(stderr, "brief new: -kind %q: want brief, actor, country, topic or page\n", *kind)
		return exitUsage
	}
	if *when != "" && *kind != "brief" {
		what := "a profile"
		if *kind == "page" {
			what = "a page"
		}
		fmt.Fprintf(stderr, "brief new: -date is a brief's; %s has none\n", what)
		return exitUsage
	}
	if args := positional; len(args) > 0 && *kind == "brief" {
		switch {
		case len(args) == 2 && args[0] == "site": // hugo new site DIR
			fmt.Fprintf(stderr, "brief new: a new site is brief init %s; for a brief of that title, quote it: brief new %q\n", args[1], strings.Join(args, " "))
			return exitUsage
		case len(args) == 2 && args[0] == "theme": // hugo new theme NAME
			fmt.Fprintf(stderr, "brief new: brief's theme is built in, and brief templates copies its files into templates/ to change them; for a brief of that title, quote it: brief new %q\n", strings.Join(args, " "))
			return exitUsage
		case len(args) == 1 && !strings.Contains(args[0], " ") && (strings.HasSuffix(args[0], ".md") || strings.HasPrefix(args[0], "content/")): // hugo new posts/x.md
			fmt.Fprintf(stderr, "brief new: give the brief's title, not a path, as in: brief new \"Ceasefire talks resume\"; it writes content/briefs/<slug>.md\n")
			return exitUsage
		}
	}
	title := strings.Join(strings.Fields(strings.Join(positional, " ")), " ")
	if title == "" {
		if *kind == "brief" {
			fmt.Fprintln(stderr, "brief new: give the brief's title, as in: brief new \"Ceasefire talks resume\"")
		} else if *kind == "page" {
			fmt.Fprintf(stderr, "brief new: give the page's title, as in: brief new -kind page %q\n", newExamples[*kind])
		} else {
			fmt.Fprintf(stderr, "brief new: give the %s's name, as in: brief new -kind %s %q\n", *kind, *kind, newExamples[*kind])
		}
		return exitUsage
	}
	if len(title) > load.MaxNameLen {
		fmt.Fprintf(stderr, "brief new: the title is %d bytes long; the limit is %d\n", len(title), load.MaxNameLen)
		return exitUsage
	}
	name := slug.Make(title)
	if name == "" {
		fmt.Fprintf(stderr, "brief new: cannot make a file name from %q\n", title)
		return exitUsage
	}
	if device, ok := strings.CutSuffix(name, "_"); ok && slug.WindowsReserved(device) && (*kind == "brief" || *kind == "page") {
		// Make names the file con_.md, whose page the build warns is
		// con_/, not the con/ its name reads as: a brief's or page's
		// address is its file name's, and Windows holds no file con.md.
		fmt.Fprintf(stderr, "brief new: %q would be the file %s.md, a name Windows keeps for a device (%s): a copy of the site there could not hold it; give brief new a longer title, then write %q on the new file's title: line\n",
			title, device, strings.ToUpper(device), title)
		return exitUsage
	}
	// A slug that is one of the site's lists would be moved by the build,
	// with a warning: the file is named as the build names its page.
	list := ""
	if *kind == "brief" && name == site.ByYear {
		list = "briefs/" + site.ByYear + "/ holds the list of briefs by year"
		name = slug.Unique(name, func(s string) bool { return s == site.ByYear })
	} else if k, ok := profileKinds[*kind]; ok && k.Reserved(name) {
		list = fmt.Sprintf("%s/%s/ lists the %s by number of briefs", k.Dir(), name, k.Plural())
		name = slug.Unique(name, k.Reserved)
	} else if *kind == "page" && site.ReservedPage(name) {
		// Unlike a brief's, a page's slug is not moved by the build: it
		// is an error there.
		fmt.Fprintf(stderr, "brief new: the page would be %s/, which the site keeps for its own %s; give another title\n", name, load.OwnedBy(name))
		return exitUsage
	}
	if err := checkSiteRoot(*src); err != nil && (!hasSiteFile(*src) || caseVariant(*src, "content") != "") { // a site file's folder gets content/ with the brief
		fmt.Fprintf(stderr, "brief new: %v\n", err)
		return exitContent
	}
	file := filepath.Join(*src, "content", dirName, name+".md")
	var diags diag.List // the build tells of the site's problems
	s := load.Load(os.DirFS(*src), load.Options{Drafts: true}, &diags)
	if other := taken(s, diag.NewSource(os.DirFS(*src)), *kind, title, name); other != "" {
		fmt.Fprintf(stderr, "brief new: %s%s\n", other, cutNote(title, name, *kind))
		return exitContent
	}
	if bad := zoneErrors(diags.Sorted()); len(bad) > 0 {
		// A brief is dated by the desk's day: without the zone the site
		// names, the date written could be a day off.
		diag.PrintIn(stderr, bad, os.DirFS(*src), *src)
		fmt.Fprintln(stderr, "brief new: mend the site file's time_zone first; the new brief is dated by it")
		return exitContent
	}
	now := time.Now()
	if s.Zone != nil {
		now = now.In(s.Zone) // the desk's day
	}
	dated := now.Format("2006-01-02")
	updated := "" // today's, of a brief dated after today
	switch *when {
	case "":
	case "now":
		dated = strconv.Quote(now.Format("2006-01-02T15:04"))
	default:
		// The date is read as the build will read it, in the site's
		// language and zone, so that a slip is told now, not at the
		// next build.
		words := lang.For(s.Config.Language, s.Config.Translations).Date
		d, warnings, err := date.NewReader(words, s.Zone).ParseWithWarnings(*when)
		if err != nil {
			fmt.Fprintf(stderr, "brief new: -date %q: %v\n", *when, err)
			return exitUsage
		}
		for _, w := range warnings {
			fmt.Fprintf(stderr, "brief new: warning: -date %q: %s\n", *when, w.Msg)
		}
		dated = strconv.Quote(strings.TrimSpace(*when))
		if load.AfterToday(d, now, s.Zone) {
			// Feeds would give it as news of its date, at the top of
			// readers' lists until then, which check warns of. A date
			// with a time gets an updated time: a bare day may be the
			// date's own day as written, which check warns of too.
			updated = now.Format("2006-01-02")
			if d.Precision() == date.Minute {
				updated = strconv.Quote(now.Format("2006-01-02T15:04"))
			}
		}
	}
	text := newBrief(title, dated, updated)
	if *kind == "page" {
		text = newPage(title)
	} else if *kind != "brief" {
		text = newProfile(title, *kind)
	}
	if err := output.CreateNew(file, []byte(text)); err != nil {
		note := ""
		if errors.Is(err, os.ErrExist) {
			note = cutNote(title, name, *kind)
		}
		fmt.Fprintf(stderr, "brief new: %v%s\n", err, note)
		return exitContent
	}
	if list != "" {
		fmt.Fprintf(stdout, "brief: %s; the new %s is %s/%s/\n", list, *kind, dirName, name)
	}
	if *kind == "brief" {
		fmt.Fprintf(stdout, "brief: wrote %s, a draft: brief serve -drafts shows it; delete its draft: true line to publish it\n", file)
	} else if *kind == "page" {
		fmt.Fprintf(stdout, "brief: wrote %s, the page at %s/, linked from every page's footer\n", file, name)
	} else {
		fmt.Fprintf(stdout, "brief: wrote %s, the profile at %s/%s/\n", file, dirName, name)
	}
	return exitOK
}

// cutNote returns what brief new adds to its refusal of a title whose
// file name another file has, when the name is cut from a title too long
// for it: that it was cut, and how to choose another name; or "" when
// the name is the whole title's.
func cutNote(title, name, kind string) string {
	if !slug.Cut(title) {
		return ""
	}
	field := "title"
	if kind != "brief" && kind != "page" {
		field = "name"
	}
	return fmt.Sprintf(". A file name keeps only the first %d characters of a %s this long: to choose another, give brief new a shorter %s, then write the whole one on the new file's %s: line",
		utf8.RuneCountInString(name), field, field, field)
}

// zoneErrors returns the errors among ds that refuse the site file's
// time_zone.
func zoneErrors(ds []diag.Diagnostic) []diag.Diagnostic {
	var bad []diag.Diagnostic
	for _, d := range ds {
		if d.Severity == diag.Error && strings.HasPrefix(d.File, "brief.") && strings.Contains(d.Msg, "time_zone") {
			bad = append(bad, d)
		}
	}
	return bad
}

// kindWord returns the kind that args, brief new's words after its
// flags, start with, as in brief new actor "William Ruto", and the words
// after it, unless -kind is given or no word follows the kind: a brief
// of one word, "topic", is a brief, and brief new -kind brief "topic
// notes" a brief titled so.
func kindWord(fs *flag.FlagSet, args []string) (kind string, rest []string, ok bool) {
	if len(args) < 2 {
		return "", args, false
	}
	if _, known := newKinds[args[0]]; !known && args[0] != "page" {
		return "", args, false
	}
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == "kind" })
	if given {
		return "", args, false
	}
	return args[0], args[1:], true
}

// newKinds maps brief new's -kind to the folder of content/ it writes
// to; -kind page, not among them, writes to content/ itself.
var newKinds = map[string]string{"brief": "briefs", "actor": "actors", "country": "countries", "topic": "topics"}

// profileKinds maps brief new's -kind to the kind of profile it writes.
var profileKinds = map[string]site.Kind{"actor": site.Actor, "country": site.Country, "topic": site.Topic}

// newExamples are names brief new's usage messages show for each -kind.
var newExamples = map[string]string{"actor": "William Ruto", "country": "Kenya", "topic": "Deployment", "page": "About this briefing"}

// taken says which brief, profile or standalone page of the site s,
// drafts included, already has the page or the name a new one of the
// given kind would, as the build reads them, or returns "": one at the
// slug, a brief or page of the same title, a profile going by the name
// (or an alias of it), a brief or profile keeping the new page's
// address among its aliases (its old address, which links still use),
// with the position source shows of that alias, or, for a country, a
// profile of the country that name or code is (sameCountry, as the
// build tells two profiles of one country), or else the country the
// table knows by that name or code, when its name makes another file.
// The file the new one would be is left to output.CreateNew, which says
// it exists.
func taken(s *site.Site, source *diag.Source, kind, title, slugName string) string {
	if kind == "country" {
		if e, c, ok := sameCountry(s, title); ok {
			named := ""
			if slug.Key(e.Name) != slug.Key(c.Name) {
				named = fmt.Sprintf(", named %q there", e.Name)
			}
			return fmt.Sprintf("%s already is the profile of %s%s; edit that file", e.File, c.Name, named)
		}
		if c, ok := country.Lookup(title); ok && slug.Make(c.Name) != slugName {
			return fmt.Sprintf("%q is %s; write its profile as brief new -kind country %q", title, c.Name, c.Name)
		}
	}
	dir := newKinds[kind]
	path := "content/" + dir + "/" + slugName + ".md"
	page := dir + "/" + slugName + "/index.html"
	if kind == "page" {
		path, page = "content/"+slugName+".md", slugName+"/index.html"
	}
	key := slug.Key(title)
	if kind == "page" {
		// A page of that address first: the build writes it rather than
		// a brief's alias to it.
		for _, p := range s.Pages {
			switch {
			case p.File == path, p.Slug == slugName:
				return fmt.Sprintf("%s is already the page at %s/; give another title, or edit that file", p.File, slugName)
			case slug.Key(p.Title) == key:
				return fmt.Sprintf("%s is already a page titled %q, at %s/; give another title, or edit that file", p.File, p.Title, p.Slug)
			}
		}
		// A brief of that title or file name would take [[title]]
		// links and links to the file's name from the page.
		for _, b := range s.Briefs {
			if b.Slug == slugName || slug.Key(b.Title) == key {
				return fmt.Sprintf("%s is the brief %q, which [[%s]] and links to %s.md lead to, not a page of that name; give another title", b.File, b.Title, title, slugName)
			}
		}
		// The site is loaded, not resolved: the names of actors,
		// countries and topics are the briefs' and the profiles'.
		named := func(k site.Kind, name string) string {
			return fmt.Sprintf("%q is a name of the %s %s, which [[%s]] leads to, not a page of that name; give another title", title, k.Singular(), name, title)
		}
		for _, b := range s.Briefs {
			for k, refs := range [][]site.Ref{b.ActorRefs, b.CountryRefs, b.TopicRefs} {
				for _, r := range refs {
					if slug.Key(r.Name) == key {
						return named([]site.Kind{site.Actor, site.Country, site.Topic}[k], r.Name)
					}
				}
			}
		}
		for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
			for _, e := range s.EntitiesOf(k) {
				if slices.ContainsFunc(append([]string{e.Name}, e.Aliases...), func(n string) bool { return slug.Key(n) == key }) {
					return named(k, e.Name)
				}
			}
		}
	}
	if other := aliasOf(s, source, page, kind); other != "" {
		return other
	}
	if kind == "page" {
		return ""
	}
	if kind == "brief" {
		for _, b := range s.Briefs {
			switch {
			case b.File == path:
			case b.Slug == slugName:
				return fmt.Sprintf("%s is already the brief at briefs/%s/; give another title, or edit that file", b.File, slugName)
			case slug.Key(b.Title) == key:
				return fmt.Sprintf("%s is already a brief titled %q, at briefs/%s/; give another title, or edit that file", b.File, b.Title, b.Slug)
			}
		}
		return ""
	}
	for _, e := range s.EntitiesOf(profileKinds[kind]) {
		if e.File == path {
			continue
		}
		if e.Slug == slugName {
			return fmt.Sprintf("%s is already the %s at %s/%s/; give another name, or edit that file", e.File, kind, dir, slugName)
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if slug.Key(n) == key {
				return fmt.Sprintf("%q is already a name of the %s %s, in %s; edit that file", title, kind, e.Name, e.File)
			}
		}
	}
	return ""
}

// sameCountry returns the country profile of the site s, drafts
// included, that is of the country name names, and that country, as the
// build reads both (country.ProfileOf). The build warns of a second
// profile of one country, which a new one of name would be.
func sameCountry(s *site.Site, name string) (*site.Entity, country.Country, bool) {
	lang := s.Config.Language
	c, ok := country.LookupIn(name, lang)
	if !ok {
		return nil, country.Country{}, false
	}
	for _, e := range s.EntitiesOf(site.Country) {
		if e.File == "" {
			continue // a name of briefs', not a profile
		}
		if other, ok := country.ProfileOf(e.Name, e.Aliases, lang); ok && other.Alpha2 == c.Alpha2 {
			return e, c, true
		}
	}
	return nil, country.Country{}, false
}

// aliasOf says which brief or profile of the site s keeps page, the path
// from the site root a new brief or profile of the given kind would
// have, among its aliases, at the position source shows, or returns "".
// The new page would take that address, and with a brief's old slug its
// wikilinks, from the brief or profile that keeps it: the build writes no
// alias where a page is (on a disk that ignores case either).
func aliasOf(s *site.Site, source *diag.Source, page, kind string) string {
	field := "title"
	if kind != "brief" && kind != "page" {
		field = "name"
	}
	for _, b := range s.Briefs {
		for _, a := range b.Aliases {
			if !strings.EqualFold(a.Path, page) {
				continue
			}
			addr := strings.TrimSuffix(a.Path, "index.html")
			links := "links to /" + addr
			if old, ok := a.OldSlug(); ok {
				links += " and [[" + old + "]]"
			}
			return fmt.Sprintf("%s is an alias of the brief in %s: %s lead to that brief, and would lead to the new %s instead; give another %s",
				addr, source.Shown(a.Pos), links, kind, field)
		}
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			for _, a := range e.OldPaths {
				if !strings.EqualFold(a.Path, page) {
					continue
				}
				addr := strings.TrimSuffix(a.Path, "index.html")
				return fmt.Sprintf("%s is an old address of the profile in %s: links to /%s lead to that profile, and would lead to the new %s instead; give another %s",
					addr, source.Shown(a.Pos), addr, kind, field)
			}
		}
	}
	return ""
}

// newProfile returns the text of a new profile of the given kind.
func newProfile(name, kind string) string {
	text := "---\n" +
		"name: " + strconv.Quote(name) + "\n" +
		"aliases: []        # other names briefs use for it, such as an abbreviation\n"
	if kind == "actor" {
		text += "kind: \"\"           # person, organisation, force, ...\n" +
			"country: \"\"        # the country it belongs to, if any\n"
	}
	return text + "summary: \"\"        # one sentence, shown in lists\n" +
		"---\n\n" +
		load.ProfilePlaceholder + " Link to briefs and\n" +
		"other profiles by name in double brackets.\n"
}

// newPage returns the text of a new standalone page.
func newPage(title string) string {
	return "---\n" +
		"title: " + strconv.Quote(title) + "\n" +
		"summary: \"\"  # one sentence: the page's description for search engines\n" +
		"# weight: 1  # its place among the footer's links, lowest first; pages without one come after them, by title\n" +
		"---\n\n" +
		load.PagePlaceholder + " Link to briefs and to profiles by name\n" +
		"in double brackets, as in `[[Kenya]]` (here in backquotes, so that it shows as typed).\n"
}

// newBrief returns the text of a new brief whose date is dated, as its
// front matter writes it, with an `updated` line of the day updated,
// written as YYYY-MM-DD (or a quoted time), when not "".
func newBrief(title, dated, updated string) string {
	if updated != "" {
		updated = "updated: " + updated + "  # the day it was written, which feeds give: its date is after today\n"
	}
	return "---\n" +
		"title: " + strconv.Quote(title) + "\n" +
		"summary: \"\"\n" +
		"date: " + dated + "\n" +
		updated +
		"actors: []\n" +
		"countries: []\n" +
		"topics: []\n" +
		"sources: []  # each: {title: \"...\", publisher: \"...\", date: 2025-05-21, url: \"https://...\"}\n" +
		"draft: true  # delete this line to publish the brief\n" +
		"---\n\n" +
		load.BriefPlaceholder + " Link to other briefs and to profiles by name in double\n" +
		"brackets, as in `[[Kenya]]` (here in backquotes, so that it shows as typed).\n"
}
