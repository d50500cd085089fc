package render

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/site"
)

// DefaultPerYearAbove is the number of entries above which the timeline,
// and likewise the list of briefs, is split into a page per year (see
// Options.PerYearAbove). At 10,000 briefs the timeline was one page of
// 25,000 entries, 20 MB, that a browser took over ten seconds to show; a
// year of it is a few thousand entries.
const DefaultPerYearAbove = 1000

// latestOnList is the number of briefs the list of briefs shows when it
// is split by year (or the split's threshold, if lower).
const latestOnList = 100

// YearPage is one year of a list split by year: the timeline or the list
// of briefs.
type YearPage struct {
	Label   string // "2024"; "Earlier" for dates whose start is not known; "Undated"
	Dir     string // the page's directory, such as "timeline/2024/"
	Entries int    // the number of entries on the page
	Current bool   // the page is this one

	// Earlier and Undated say which the page is of the two that are not
	// a year, for texts that cannot name them as they name a year.
	Earlier, Undated bool
}

// yearGroup is the entries of one year of a list split by year:
// list[start:end].
type yearGroup struct {
	label      string
	start, end int
}

// groupByYear returns the runs of n entries that share a year, in order,
// with their labels; year returns the year of entry i, as yearOf gives
// it. Entries must be in date order, so that the entries of a year are
// together: each run's end is then found by binary search, which looks
// at a few dozen entries of a timeline of thousands, on every rebuild in
// brief serve.
func groupByYear(n int, year func(i int) int) []yearGroup {
	var groups []yearGroup
	for start := 0; start < n; {
		y := year(start)
		end := start + 1 + sort.Search(n-start-1, func(k int) bool { return year(start+1+k) != y })
		groups = append(groups, yearGroup{label: yearLabel(y), start: start, end: end})
		start = end
	}
	return groups
}

// yearPages returns the pages of groups under dir, with the one at
// current (-1 for none) marked.
func (r *renderer) yearPages(dir string, groups []yearGroup, current int) []YearPage {
	out := make([]YearPage, len(groups))
	for i, g := range groups {
		out[i] = YearPage{Earlier: g.label == earlier, Undated: g.label == undatedLabel, Label: r.words.T(g.label), Dir: dir + yearSlug(g.label) + "/", Entries: g.end - g.start, Current: i == current}
	}
	return out
}

// undated is the year of no date in a list split by year.
const undated = -1

// earlier and undatedLabel are the labels of the parts of a list split by
// year that hold the dates whose start is not known and the undated
// entries, in English: pages show them translated.
const (
	earlier      = "Earlier"
	undatedLabel = "Undated"
)

// yearOf returns the year of d in a list split by year: its year, 0 when
// its start is not known ("until 2024"), or undated.
func yearOf(d date.Date) int {
	if d.IsZero() {
		return undated
	}
	return d.Year()
}

// yearLabel returns the label of a year as yearOf gives it: "2024",
// "Earlier" or "Undated".
func yearLabel(year int) string {
	if year == undated {
		return undatedLabel
	}
	if year == 0 {
		return earlier
	}
	return date.YearString(year)
}

// yearSlug returns the directory name of a year's page: "2024",
// "earlier" or "undated".
func yearSlug(label string) string { return strings.ToLower(label) }

// timeline adds the timeline page or, when the timeline has more than
// r.perYearAbove entries, an index of its years and a page per year.
func (r *renderer) timeline() {
	s := r.site
	w := r.words
	desc, title := w.T("Every dated brief and event in order."), w.T("Timeline")
	if len(s.Timeline) <= r.perYearAbove {
		r.page("timeline.html", "timeline/index.html", func() *Page {
			return &Page{Section: "timeline", Title: title, Description: desc, Timeline: s.Timeline}
		})
		return
	}
	r.split("timeline.html", "YearPages", "the timeline has %d entries, more than %d, and a page per year", len(s.Timeline), r.perYearAbove)
	groups := groupByYear(len(s.Timeline), func(i int) int { return yearOf(s.Timeline[i].Date) })
	r.page("timeline.html", "timeline/index.html", func() *Page {
		return &Page{Section: "timeline", Title: title, Description: desc, YearPages: r.yearPages("timeline/", groups, -1)}
	})
	for i, g := range groups {
		desc := w.T("Every dated brief and event of %s in order.", g.label)
		if g.label == earlier {
			desc = w.T("The dated briefs and events whose start is not known.")
		}
		r.page("timeline.html", "timeline/"+yearSlug(g.label)+"/index.html", func() *Page {
			return &Page{Section: "timeline", Title: w.T("%s: %s", title, w.T(g.label)), Description: desc,
				Timeline: s.Timeline[g.start:g.end], YearPages: r.yearPages("timeline/", groups, i)}
		})
	}
}

// briefList adds the list of briefs or, when the site has more than
// r.perYearAbove briefs, a list of the latest with an index of the
// years, and a page per year under briefs/by-year/.
func (r *renderer) briefList() {
	s := r.site
	w := r.words
	desc, all := w.T("Every brief, newest first."), w.T("All briefs")
	if len(s.Briefs) <= r.perYearAbove {
		r.page("briefs.html", "briefs/index.html", func() *Page {
			return &Page{Section: "briefs", Title: all, Description: desc, Briefs: s.Briefs}
		})
		return
	}
	r.split("briefs.html", "YearPages", "the site has %d briefs, more than %d, and the list of briefs a page per year", len(s.Briefs), r.perYearAbove)
	dir := "briefs/" + site.ByYear + "/"
	groups := groupByYear(len(s.Briefs), func(i int) int { return yearOf(s.Briefs[i].Date) })
	r.page("briefs.html", "briefs/index.html", func() *Page {
		latest := s.Briefs[:min(latestOnList, r.perYearAbove)]
		return &Page{Section: "briefs", Title: all, Description: desc, Briefs: latest, YearPages: r.yearPages(dir, groups, -1)}
	})
	for i, g := range groups {
		title := w.T("Briefs of %s", g.label)
		switch g.label {
		case earlier:
			title = w.T("Briefs whose start is not known")
		case undatedLabel:
			title = w.T("Undated briefs")
		}
		r.page("briefs.html", dir+yearSlug(g.label)+"/index.html", func() *Page {
			return &Page{Section: "briefs", Title: title, Description: title + ".", Briefs: s.Briefs[g.start:g.end], YearPages: r.yearPages(dir, groups, i)}
		})
	}
}

// profile adds the profile page of e or, when e has more than
// r.perYearAbove timeline entries and briefs together, a profile showing
// its latest briefs and the years, and a page per year (actors/x/2024/)
// with its timeline entries and briefs of the year. The two lists are
// counted together since the page shows both: a country of 655 briefs
// and 976 entries, each list under the split, made a page of 1.9 MB.
func (r *renderer) profile(e *site.Entity, desc string) {
	base := Page{Section: e.Kind.Dir(), Title: e.Name, Description: desc, Entity: e, Kind: e.Kind}
	if len(e.Events)+len(e.Briefs) <= r.perYearAbove {
		r.page("entity.html", e.Path()+"index.html", func() *Page {
			p := base
			p.Timeline, p.Briefs = e.Events, e.Briefs
			return &p
		})
		return
	}
	r.split("entity.html", "YearPages", "profiles with more than %d timeline entries and briefs together, such as %s's, have a page per year", r.perYearAbove, e.Name)
	events := groupByYear(len(e.Events), func(i int) int { return yearOf(e.Events[i].Date) })
	briefs := groupByYear(len(e.Briefs), func(i int) int { return yearOf(e.Briefs[i].Date) })
	years := mergeYears(events, briefs)
	r.page("entity.html", e.Path()+"index.html", func() *Page {
		p := base
		p.Briefs = e.Briefs[:min(latestOnList, r.perYearAbove, len(e.Briefs))]
		p.YearPages = r.yearPages(e.Path(), years, -1)
		return &p
	})
	for i, y := range years {
		r.page("entity.html", e.Path()+yearSlug(y.label)+"/index.html", func() *Page {
			p := base
			p.Title = r.words.T("%s: %s", e.Name, r.words.T(y.label))
			p.Timeline = spanOf(e.Events, events, y.label)
			p.Briefs = spanOf(e.Briefs, briefs, y.label)
			p.YearPages = r.yearPages(e.Path(), years, i)
			return &p
		})
	}
}

// oldestFirst returns briefs, which are newest first with undated ones
// last (see site.Site.Briefs), oldest first, undated still last, and
// briefs of the same date still by title.
func oldestFirst(briefs []*site.Brief) []*site.Brief {
	dated := slices.IndexFunc(briefs, func(b *site.Brief) bool { return b.Date.IsZero() })
	if dated < 0 {
		dated = len(briefs)
	}
	out := slices.Clone(briefs)
	slices.Reverse(out[:dated])
	for i := 0; i < dated; { // each run of one date back in title order
		j := i + 1
		for j < dated && out[j].Date == out[i].Date { // as date.Compare's 0
			j++
		}
		slices.Reverse(out[i:j])
		i = j
	}
	return out
}

// printPages adds the printable briefing: every brief, oldest first, on
// one page or, when the site has more than r.perYearAbove briefs, an
// index of the years and a page per year, print/2024/: the pages show the
// bodies' HTML, whose relative links are made for the brief pages, so
// they are at the same depth.
func (r *renderer) printPages() {
	chrono := oldestFirst(r.site.Briefs)
	title := r.words.T("The whole briefing")
	if len(chrono) <= r.perYearAbove {
		r.page("print.html", "print/briefing/index.html", func() *Page { return &Page{Section: "print", Title: title, Briefs: chrono} }, chrono...)
		return
	}
	r.split("print.html", "YearPages", "the site has %d briefs, more than %d, and the printable briefing a page per year", len(chrono), r.perYearAbove)
	const dir = "print/"
	groups := groupByYear(len(chrono), func(i int) int { return yearOf(chrono[i].Date) })
	years := mergeYears(groups, nil) // Earlier first, Undated last
	r.page("print.html", "print/briefing/index.html", func() *Page { return &Page{Section: "print", Title: title, YearPages: r.yearPages(dir, years, -1)} })
	for i, y := range years {
		briefs := spanOf(chrono, groups, y.label)
		r.page("print.html", dir+yearSlug(y.label)+"/index.html", func() *Page {
			return &Page{Section: "print", Title: r.words.T("%s: %s", title, r.words.T(y.label)), Briefs: briefs, YearPages: r.yearPages(dir, years, i)}
		}, briefs...)
	}
}

// mergeYears returns the years of a and b, each once, "Earlier" first and
// "Undated" last, with as entries the sum of the two groups' entries (as
// the difference of end and start).
func mergeYears(a, b []yearGroup) []yearGroup {
	entries := map[string]int{}
	var labels []string
	for _, g := range slices.Concat(a, b) {
		if _, ok := entries[g.label]; !ok {
			labels = append(labels, g.label)
		}
		entries[g.label] += g.end - g.start
	}
	order := func(label string) int {
		switch label {
		case earlier:
			return -1 << 30
		case undatedLabel:
			return 1 << 30
		}
		y, _ := strconv.Atoi(label)
		return y
	}
	slices.SortFunc(labels, func(x, y string) int { return cmp.Compare(order(x), order(y)) })
	out := make([]yearGroup, len(labels))
	for i, l := range labels {
		out[i] = yearGroup{label: l, end: entries[l]}
	}
	return out
}

// spanOf returns the entries of list that groups puts in the year
// labelled label, or nil.
func spanOf[T any](list []T, groups []yearGroup, label string) []T {
	for _, g := range groups {
		if g.label == label {
			return list[g.start:g.end]
		}
	}
	return nil
}

// TimelineURL returns the link from the page to the year of d on the
// site's timeline: its section of the timeline page, or of its year's
// page when the timeline is split by year.
func (p *Page) TimelineURL(d date.Date) string {
	dir := "timeline/"
	if p.splitTimeline {
		dir += yearSlug(yearLabel(d.Year())) + "/"
	}
	return p.URL(dir) + "#" + p.YearID(d)
}

// BriefTimelineURL returns the link from the brief's page to its year on
// the timeline: the year of its date or, for an undated brief, which the
// timeline leaves out, of its first event line.
func (p *Page) BriefTimelineURL() string {
	d := p.Brief.Date
	if d.IsZero() && len(p.Brief.Events) > 0 {
		d = p.Brief.Events[0].Date
	}
	return p.TimelineURL(d)
}

// BriefYear is the briefs of one year of a list of briefs, under the
// year's heading.
type BriefYear struct {
	Year   int    // the year; 0 when the start of the briefs' dates is not known, -1 undated
	Label  string // "2024", "Earlier" or "Undated", in the site's words
	Briefs []*site.Brief
}

// ID returns the anchor of the year's heading: "y2024", "y-earlier" or
// "y-undated".
func (y BriefYear) ID() string {
	if y.Year == undated {
		return "y-undated"
	}
	return Year{Year: y.Year}.ID()
}

// BriefYears returns the page's briefs grouped by year, in their order,
// for a list of briefs with a heading per year.
func (p *Page) BriefYears() []BriefYear {
	groups := groupByYear(len(p.Briefs), func(i int) int { return yearOf(p.Briefs[i].Date) })
	out := make([]BriefYear, len(groups))
	for i, g := range groups {
		out[i] = BriefYear{Year: yearOf(p.Briefs[g.start].Date), Label: p.Words().T(g.label), Briefs: p.Briefs[g.start:g.end]}
	}
	return out
}

// ListYear returns the heading of the year of d in a list of briefs:
// "2024", "Earlier" when its start is not known, or "Undated", in the
// site's words.
func (p *Page) ListYear(d date.Date) string { return p.Words().T(yearLabel(yearOf(d))) }

// YearPage returns the year the page shows of a list split by year, or
// nil.
func (p *Page) YearPage() *YearPage { return p.yearAt(0) }

// PreviousYear returns the page before the one the page shows of a list
// split by year, or nil.
func (p *Page) PreviousYear() *YearPage { return p.yearAt(-1) }

// NextYear returns the page after the one the page shows of a list split
// by year, or nil.
func (p *Page) NextYear() *YearPage { return p.yearAt(+1) }

// MoreBriefs returns the year's page that goes on from the latest briefs
// that the list of briefs, or a profile, shows when it is split by year,
// or nil on other pages.
func (p *Page) MoreBriefs() *YearPage {
	all := p.Site.Briefs
	if p.Entity != nil {
		all = p.Entity.Briefs
	}
	if p.YearPages == nil || p.YearPage() != nil || len(p.Briefs) >= len(all) {
		return nil
	}
	label := yearLabel(yearOf(all[len(p.Briefs)].Date))
	for i := range p.YearPages {
		if p.YearPages[i].Label == label {
			return &p.YearPages[i]
		}
	}
	return nil
}

// yearAt returns the year step places from the current one, or nil.
func (p *Page) yearAt(step int) *YearPage {
	for i := range p.YearPages {
		if p.YearPages[i].Current {
			if j := i + step; j >= 0 && j < len(p.YearPages) {
				return &p.YearPages[j]
			}
			return nil
		}
	}
	return nil
}
