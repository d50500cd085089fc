package render

import (
	"strconv"
	"strings"
	"time"

	"github.com/briefsite/brief/internal/site"
)

// Page is what a page template receives.
type Page struct {
	Site        *site.Site
	Path        string // output path, e.g. "briefs/x/index.html"
	Section     string // the navigation entry the page belongs to
	Title       string // "" on the home page
	Description string
	Canonical   string // absolute URL, when the site has a base URL
	Intro       string

	Brief    *site.Brief
	Entity   *site.Entity
	Kind     site.Kind
	ByCount  bool
	Briefs   []*site.Brief
	Related  []*site.Brief
	Entities []*site.Entity
	Events   []*site.Event
	Years    []Year

	root   string // climbs from the page to the site root: "", "../", "../../"
	pretty bool
}

// NavItem is an entry of the navigation bar.
type NavItem struct{ Path, Label, Section string }

var nav = []NavItem{
	{"briefs/", "Briefs", "briefs"},
	{"timeline/", "Timeline", "timeline"},
	{"actors/", "Actors", "actors"},
	{"countries/", "Countries", "countries"},
	{"topics/", "Topics", "topics"},
	{"sources/", "Sources", "sources"},
	{"search/", "Search", "search"},
}

// Nav returns the navigation bar's entries.
func (p *Page) Nav() []NavItem { return nav }

// URL returns the link from this page to the page whose directory is dir
// ("" for the home page, "briefs/x/" for a brief), relative so that the
// site works at a domain root, under a sub-path and from file://.
func (p *Page) URL(dir string) string {
	if dir != "" && !strings.HasSuffix(dir, "/") {
		dir += "/"
	}
	if p.pretty {
		if p.root+dir == "" {
			return "./"
		}
		return p.root + dir
	}
	return p.root + dir + "index.html"
}

// Asset returns the relative link from this page to a file of the site.
func (p *Page) Asset(file string) string { return p.root + file }

// BriefEvents returns the brief's own event lines in date order.
func (p *Page) BriefEvents() []*site.Event {
	var out []*site.Event
	for _, e := range p.Site.Timeline {
		if e.Brief == p.Brief && !e.OfBrief {
			out = append(out, e)
		}
	}
	return out
}

// rootOf returns the relative climb from an output path to the root.
func rootOf(path string) string {
	return strings.Repeat("../", strings.Count(path, "/"))
}

// Year is a year of a timeline.
type Year struct {
	Year   int
	Months []Month
}

// Month is a month of a timeline; Month 0 holds events known only to the
// year (or a season or part of it).
type Month struct {
	Month  time.Month
	Label  string
	Events []*site.Event
}

// groupYears groups events, already in date order, by year and month.
// Events known only to a coarser span than a month (a year, a season,
// "late 2024") get a group of their own, labelled with that span.
func groupYears(events []*site.Event) []Year {
	var years []Year
	for _, e := range events {
		y, m := e.Date.Year(), e.Date.Month()
		label := m.String() + " " + strconv.Itoa(y)
		if m == 0 {
			label = e.Date.Human()
		}
		if len(years) == 0 || years[len(years)-1].Year != y {
			years = append(years, Year{Year: y})
		}
		yr := &years[len(years)-1]
		if n := len(yr.Months); n == 0 || yr.Months[n-1].Label != label {
			yr.Months = append(yr.Months, Month{Month: m, Label: label})
		}
		mo := &yr.Months[len(yr.Months)-1]
		mo.Events = append(mo.Events, e)
	}
	return years
}
