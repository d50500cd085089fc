// Package load reads a site's files from an fs.FS into the site model: the
// site file, briefs, entity profiles and static files.
//
// Load parses front matter (YAML between "---" lines, or TOML between
// "+++"), validates it against brief's schema and reports every problem with
// its position. It resolves nothing: names stay names until the resolve
// phase. Load never follows symbolic links and never opens anything but
// regular files.
package load

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// MaxFileSize is the largest content file Load reads.
const MaxFileSize = diag.MaxFileSize

// Options control Load.
type Options struct {
	Drafts  bool   // include briefs marked draft
	Workers int    // parallel parsers; 0 means one per CPU
	Cache   *Cache // if set, files unchanged since the last Load with it are not parsed again

	// Changed, if not nil, lists the paths, relative to the site root,
	// that may have changed since the last Load with Cache, as a file
	// watcher reports them; a folder stands for everything under it. A
	// file Cache holds that Changed does not list is taken as it was,
	// without a look at it. With a nil Changed, or without a Cache, every
	// file is checked.
	Changed []string

	// Now, if not nil, returns the time it is, in place of time.Now: a
	// brief dated after today in the site's time zone is warned of, as
	// feeds would give it as news of that day.
	Now func() time.Time
}

// reading is how Load reads the values of the files: their dates in the
// site's words and time zone, and the day it is there, which they are
// checked against.
type reading struct {
	dates *date.Reader
	zone  *time.Location // the site's time zone; nil for UTC
	today int            // date.DayNumber of the day it is in zone
}

// Load reads the site rooted at fsys. Problems go to diags; the returned site
// holds everything that could be read. A brief or profile whose front matter
// has errors in some fields is kept, those fields left empty (a brief's
// title its slug), as long as its front matter could be read and, for a
// profile, has its name: the later phases then report its other problems
// in the same run, and links to it resolve, while the errors keep the site
// from being written.
func Load(fsys fs.FS, opts Options, diags *diag.List) *site.Site {
	s := &site.Site{Config: loadConfig(fsys, diags)}
	loc, _ := Location(s.Config.TimeZone) // "" when loadConfig refused it
	s.Zone = loc
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	rd := reading{
		dates: date.NewReader(lang.For(s.Config.Language, s.Config.Translations).Date, loc), // "Ende 2024" on a German site
		zone:  loc,
		today: date.DayNumber(now().In(cmp.Or(loc, time.UTC))),
	}
	if opts.Cache != nil {
		opts.Cache.setReader(rd)
	}
	var found listing
	if opts.Cache != nil {
		found = listing{}
	}
	var jobs []job
	jobs = append(jobs, briefJobs(fsys, opts.Cache, found, diags)...)
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		jobs = append(jobs, entityJobs(fsys, k, opts.Cache, found, diags)...)
	}
	jobs = append(jobs, pageJobs(fsys, opts.Cache, found, diags)...)
	s.Static = walkAssets(fsys, "static", "", found, diags)
	for _, a := range s.Static {
		if strings.HasPrefix(a.Dest, ServeDir+"/") {
			diags.Warnf(diag.Pos{File: a.Src}, "brief serve keeps %s/ for its own files, so its preview may not show this one; put it in another folder", ServeDir)
		}
	}
	switch linkIn(fsys, "templates") {
	case "templates":
		diags.Errorf(diag.Pos{File: "templates"}, linkedFolder) // the site would be built with the theme's
	case "":
		entries, _ := fs.ReadDir(fsys, "templates")
		for _, ent := range entries {
			if ent.Type()&fs.ModeSymlink != 0 && !Ignored(ent.Name()) {
				diags.Errorf(diag.Pos{File: "templates/" + ent.Name()}, linkedEntry)
			}
		}
	}
	warnStrayContent(fsys, found, diags)
	warnOtherFolders(fsys, diags)
	checkRootCase(fsys, diags)
	var changed changeSet
	if opts.Cache != nil {
		changed = newChangeSet(opts.Changed)
	}
	run(jobs, opts.Workers, fsys, rd, opts.Cache, changed, diags)
	if opts.Cache != nil {
		opts.Cache.prune(jobs, found)
	}

	addPages(s, jobs, opts.Drafts, diags)
	seen := map[string]string{} // slug → file, per kind
	for _, j := range jobs {
		switch {
		case j.brief != nil:
			b := j.brief
			if !j.ok && b.BodyLine == 0 {
				// Its front matter was not read: a link by its name is
				// not warned of, as its own error says what is wrong.
				noteFailed(s, b.File, slug.Key(b.Slug), slug.Key(fileName(b.File, b.Bundle)), slug.Key(b.Title))
				continue
			}
			if !j.ok && b.Title == "" {
				b.Title = b.Slug // its title in error: links by its slug still lead to it
			}
			b.Invalid = !j.ok
			if b.Draft && !opts.Drafts {
				s.Drafts++
				if s.DraftNames == nil {
					s.DraftNames = map[string]string{}
				}
				for _, name := range []string{b.Title, b.Slug} {
					if k := slug.Key(name); k != "" {
						s.DraftNames[k] = b.File
					}
				}
			}
			if b.Draft && !opts.Drafts {
				continue
			}
			if prev, dup := seen["brief/"+b.Slug]; dup {
				diags.Errorf(diag.Pos{File: b.File, Line: 1, Col: 1}, "brief slug %q is already used by %s%s; rename one of the files", b.Slug, prev, sameName(b.File, prev))
				continue
			}
			seen["brief/"+b.Slug] = b.File
			s.Briefs = append(s.Briefs, b)
		case j.entity != nil && !j.ok && j.entity.Name == "":
			e := j.entity
			for _, name := range []string{e.Slug, fileName(e.File, false)} {
				noteFailed(s, e.File, slug.Key(name), site.KindKey(e.Kind, slug.Key(name)))
			}
		case j.entity != nil:
			e := j.entity
			key := e.Kind.Dir() + "/" + e.Slug
			if prev, dup := seen[key]; dup {
				diags.Errorf(diag.Pos{File: e.File, Line: 1, Col: 1}, "%s slug %q is already used by %s%s", e.Kind.Singular(), e.Slug, prev, sameName(e.File, prev))
				continue
			}
			seen[key] = e.File
			switch e.Kind {
			case site.Actor:
				s.Actors = append(s.Actors, e)
			case site.Country:
				s.Countries = append(s.Countries, e)
			default:
				s.Topics = append(s.Topics, e)
			}
		}
	}
	return s
}

// job is one content file to parse.
type job struct {
	file   string
	brief  *site.Brief
	entity *site.Entity
	page   *site.Page // a standalone page, never cached: few, and a change to one is built in full
	ok     bool
}

func run(jobs []job, workers int, fsys fs.FS, rd reading, cache *Cache, changed changeSet, diags *diag.List) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(workers, max(len(jobs), 1)) {
		wg.Go(func() {
			for i := range next {
				jobs[i].ok = parseCached(fsys, &jobs[i], rd, cache, changed, diags)
			}
		})
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
}

// parseCached parses one content file, or takes it from cache when the
// file has not changed, and adds its problems to diags. It reports
// whether the file has no errors.
func parseCached(fsys fs.FS, j *job, rd reading, cache *Cache, changed changeSet, diags *diag.List) bool {
	var fi fs.FileInfo
	if j.page != nil {
		cache = nil
	}
	if cache != nil {
		var hit *cached
		if hit, fi = cache.lookup(fsys, j.file, changed); hit != nil {
			hit.restore(j)
			diags.Append(hit.diags...)
			return hit.ok
		}
	}
	// Each file's problems are collected apart, so that whether it has
	// errors does not depend on other files parsed at the same time.
	var local diag.List
	src, ok := parse(fsys, j, rd, &local)
	ds := local.Sorted()
	diags.Append(ds...)
	if cache != nil {
		cache.store(j.file, fi, src, j, ok, ds)
	}
	return ok
}

// parse reads and decodes one content file into j, reading its values
// as rd says. It returns the file's
// text, if it could be read, and whether the file has no errors. The body
// is copied out of the text, so that the front matter's bytes are not
// kept in memory with it.
func parse(fsys fs.FS, j *job, rd reading, diags *diag.List) ([]byte, bool) {
	src, ok := readText(fsys, j.file, diags)
	if !ok {
		return nil, false
	}
	conflict := reportConflicts(j.file, src, diags)
	if conflict > 0 && conflictInFrontMatter(src, conflict) {
		failedTitle(j, src)
		return src, false // the front matter's errors would be the markers'
	}
	doc, err := parseDocument(j.file, src)
	if err != nil {
		pos, msg := errorAt(j.file, err)
		diags.Errorf(pos, "%s", msg)
		failedTitle(j, src)
		return src, false
	}
	d := &decoder{file: j.file, src: src[:len(src)-len(doc.body)], diags: diags, dates: rd.dates, toml: doc.toml} // the front matter's lines
	before, _ := diags.Count()
	if j.page != nil {
		parsePage(d, j, doc, diags)
	} else if b := j.brief; b != nil {
		b.Body, b.BodyLine = bytes.Clone(doc.body), doc.bodyLine
		if doc.meta == nil {
			line, from := titleLine(b, doc.body, nil)
			hint := fmt.Sprintf("start the file with a line \"---\", then %s, %s, and another \"---\"", line, from)
			if bytes.HasPrefix(bytes.TrimSpace(src), []byte("{")) {
				hint = "JSON front matter (Hugo's) is read between \"---\" lines, as the YAML it also is: put a line \"---\" before the { and another after the }"
			}
			diags.Errorf(diag.Pos{File: j.file, Line: 1, Col: 1}, "brief has no front matter; %s", hint)
			b.SourcesInError = true // none were read
			return src, false
		}
		d.brief(doc.meta, b)
		if inDrafts(j.file) {
			if v := valueOf(doc.meta, "draft"); v != nil && v.Kind == yaml.ScalarNode {
				if draft, ok := truth(v.Value); ok && !draft {
					diags.Warnf(d.pos(v), "`draft: %s` does nothing in a folder named %s, whose briefs are drafts; to publish the brief, move it out of %s/", v.Value, draftsFolder, draftsFolder)
				}
			}
			b.Draft = true
		}
		if b.Title == "" && !wrongKind(doc.meta, "title") { // else the field's own error says what is wrong
			line, from := titleLine(b, doc.body, src)
			do := "add the line"
			if valueOf(doc.meta, "title") != nil {
				do = "write it as"
			}
			diags.Errorf(diag.Pos{File: j.file, Line: doc.meta.Line, Col: 1}, "brief has no `title`; %s %s, %s", do, line, from)
		}
		if b.Date.IsZero() && b.DatePos.Line == 0 {
			diags.Warnf(diag.Pos{File: j.file, Line: doc.meta.Line, Col: 1}, "brief has no `date`; %s", undated(b))
		}
		if i := bytes.Index(doc.body, []byte(BriefPlaceholder)); i >= 0 && !b.Draft { // a draft is the place for it
			line := doc.bodyLine + bytes.Count(doc.body[:i], []byte("\n"))
			diags.Warnf(diag.Pos{File: j.file, Line: line, Col: 1}, "the brief still has `brief new`'s placeholder text; write the brief in its place")
		}
		if u := b.Updated; !u.IsZero() && (u.Precision() < date.Day || u.IsInterval() || u.Approximate() || u.Uncertain()) {
			as := "the day it was, as YYYY-MM-DD"
			if b.Date.Precision() == date.Minute {
				as = "the day and time it was, as YYYY-MM-DDTHH:MM (the brief's date has a time)"
			}
			diags.Warnf(b.UpdatedPos, "`updated` (%s) is not a day: it tells readers, feeds and the sitemap when the brief was revised; write %s", u.Human(), as)
		} else {
			warnUpdatedThatDay(b, rd.zone, diags)
		}
		warnAfterToday(b, rd.today, rd.zone, diags)
	} else {
		e := j.entity
		e.Body, e.BodyLine = bytes.Clone(doc.body), doc.bodyLine
		e.Pos = diag.Pos{File: j.file, Line: 1, Col: 1}
		if doc.meta != nil {
			d.entity(doc.meta, e)
		}
		if e.Name == "" && (doc.meta == nil || !wrongKind(doc.meta, "name")) {
			diags.Errorf(e.Pos, "%s profile has no `name`", e.Kind.Singular())
		}
		if i := bytes.Index(doc.body, []byte(ProfilePlaceholder)); i >= 0 {
			line := doc.bodyLine + bytes.Count(doc.body[:i], []byte("\n"))
			diags.Warnf(diag.Pos{File: j.file, Line: line, Col: 1}, "the profile still has `brief new`'s placeholder text; write who or what this is in its place")
		}
	}
	after, _ := diags.Count()
	return src, after == before && conflict == 0
}

// undated says what becomes of brief b, which has no date, and, when
// its name begins with a day, which date to give it (see datedName).
func undated(b *site.Brief) string {
	msg := "it is listed last and left off the timeline"
	if b.Updated.IsZero() { // else its `updated` puts it in the feeds
		msg += " and the feeds"
	}
	if hint := datedName(b); hint != "" {
		msg += "; " + hint
	}
	return msg
}

// warnAfterToday warns of a brief, not a draft, that enters the feeds
// after today, the date.DayNumber of the day it is in loc, the site's
// time zone (nil for UTC): by its `updated`, when it has one, or else by
// its date. A feed gives it as news of that day, at the top of readers'
// lists until then; a brief about a day to come is still built, and its
// `updated`, the day it was written, is what feeds give instead. The
// messages leave the dates out, so that an edit from one day to come to
// another leaves them as they were, and brief serve's rebuild quick.
func warnAfterToday(b *site.Brief, today int, loc *time.Location, diags *diag.List) {
	if b.Draft || today == 0 {
		return
	}
	when := fmt.Sprintf("%04d-%02d-%02d", today/10000, today/100%100, today%100)
	switch {
	case !b.Updated.IsZero():
		if firstDay(b.Updated, loc) > today {
			diags.Warnf(b.UpdatedPos, "`updated` is after today (%s): feeds give the brief as revised on that day, at the top of readers' lists until then; write the day it was last revised", when)
		}
	case !b.Date.IsZero():
		if firstDay(b.Date, loc) > today {
			diags.Warnf(b.DatePos, "the brief is dated after today (%s): feeds give it as news of its date, at the top of readers' lists until then; add `updated:` with the day it was written, as YYYY-MM-DD%s, which feeds give instead", when, withTime(b.Date))
		}
	}
}

// warnUpdatedThatDay warns of brief b's `updated` when it is a day
// without a time, not before the day of b's date, which has one, as
// written (in its own offset), and starts, at midnight in loc, the site's
// time zone (nil for UTC), before the date's instant: feeds give a brief
// so updated as updated at its date's time, the later of the two, so
// they cannot show the revision (see render's feedTimes). An `updated`
// of a day before is a brief written ahead of its date, and not warned of.
func warnUpdatedThatDay(b *site.Brief, loc *time.Location, diags *diag.List) {
	u := b.Updated
	if u.IsZero() || u.Precision() != date.Day || b.Date.Precision() != date.Minute {
		return
	}
	// The date's time, as written, with its offset; of an interval open
	// at its start, its end's.
	at := b.Date.Start()
	if at.IsZero() {
		_, end, _ := strings.Cut(b.Date.String(), "/")
		e, _ := date.Parse(end)
		at = e.Start()
	}
	loc = cmp.Or(loc, time.UTC)
	y, m, d := u.Start().Date()
	midnight := time.Date(y, m, d, 0, 0, 0, 0, loc)
	day := date.DayNumber(u.Start())
	if day < date.DayNumber(at) || !at.After(midnight) {
		return
	}
	if day == date.DayNumber(at) {
		// The example's time is after the date's, on its day, as written.
		hour, minute := max(16, at.Hour()+1), 0
		if hour > 23 {
			hour, minute = 23, 59
		}
		diags.Warnf(b.UpdatedPos, "`updated` (%s) names the brief's own day without a time, so feeds cannot show the revision: they give the brief as updated at its date's %02d:%02d; give it the time it was revised, e.g. \"%s\"",
			u.Human(), at.Hour(), at.Minute(), writtenAt(y, m, d, hour, minute, at.Location(), loc))
		return
	}
	// A day after the date's as written, which starts in the site's time
	// zone before the date's instant (23:30 UTC−4 is 05:30 in Paris).
	hour := max(16, at.In(loc).Hour()+1)
	diags.Warnf(b.UpdatedPos, "`updated` (%s) has no time, and the day starts, in the site's time zone (%s), before the brief's date, so feeds cannot show the revision: they give the brief as updated at its date's time; give it the time it was revised, e.g. \"%s\"",
		u.Human(), loc, writtenAt(y, m, d, min(hour, 23), 0, loc, loc))
}

// writtenAt returns the time hour:minute of the day y-m-d in zone as
// `updated` is written, YYYY-MM-DDTHH:MM, with zone's offset when a time
// without one, read in loc, the site's time zone, would be another instant.
func writtenAt(y int, m time.Month, d, hour, minute int, zone, loc *time.Location) string {
	t := time.Date(y, m, d, hour, minute, 0, 0, zone)
	s := t.Format("2006-01-02T15:04")
	if !time.Date(y, m, d, hour, minute, 0, 0, loc).Equal(t) {
		s += t.Format("-07:00")
	}
	return s
}

// withTime returns ", or YYYY-MM-DDTHH:MM with the time" for a date
// with a time, for the hints that say how to write `updated`, and ""
// otherwise: of a brief with a time, a revision on the day of its date
// needs one.
func withTime(d date.Date) string {
	if d.Precision() == date.Minute {
		return ", or YYYY-MM-DDTHH:MM with the time"
	}
	return ""
}

// AfterToday reports whether a brief dated d, without `updated`, enters
// the feeds after the day it is at now in loc, the site's time zone (nil
// for UTC): the brief the build warns of, which brief new gives an
// `updated` of today.
func AfterToday(d date.Date, now time.Time, loc *time.Location) bool {
	return !d.IsZero() && firstDay(d, loc) > date.DayNumber(now.In(cmp.Or(loc, time.UTC)))
}

// firstDay returns the date.DayNumber of the day a feed gives d (see
// render's briefTime): the day its span starts on, as written, or its
// end's for an interval open at its start ("until 2027"); for a time, the
// day it falls on in loc, the site's time zone (nil for UTC).
func firstDay(d date.Date, loc *time.Location) int {
	if d.IsInterval() && d.Start().IsZero() {
		_, end, _ := strings.Cut(d.String(), "/")
		e, err := date.Parse(end)
		if err != nil {
			return 0
		}
		d = e
	}
	start := d.Start()
	if d.Precision() == date.Minute {
		start = start.In(cmp.Or(loc, time.UTC))
	}
	return date.DayNumber(start)
}

// BriefPlaceholder begins the text `brief new` writes in a new brief's
// body, for the editor to replace: a brief still holding it is warned of.
const BriefPlaceholder = "Write the brief here."

// ProfilePlaceholder begins the text `brief new -kind` writes in a new
// profile's body, for the editor to replace: a profile still holding it
// is warned of.
const ProfilePlaceholder = "Who or what this is and the part it plays, in Markdown."

// wrongKind reports whether the mapping m gives key a value that is not
// text, such as a list, or is text too long, which the decoder reports
// as such.
func wrongKind(m *yaml.Node, key string) bool {
	v := valueOf(m, key)
	return v != nil && (v.Kind != yaml.ScalarNode || len(v.Value) > maxLen(key)) // too long: told as such
}

// valueOf returns the value the mapping m gives key, or nil.
func valueOf(m *yaml.Node, key string) *yaml.Node {
	if m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// readText reads a content file, rejecting what is not UTF-8 text.
func readText(fsys fs.FS, file string, diags *diag.List) ([]byte, bool) {
	at := diag.Pos{File: file}
	if fi, err := fs.Stat(fsys, file); err == nil && fi.Size() > MaxFileSize {
		diags.Errorf(at, "file is larger than %d MiB", MaxFileSize>>20)
		return nil, false
	}
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		diags.Errorf(at, "cannot read: %v", err)
		return nil, false
	}
	if len(src) > MaxFileSize {
		diags.Errorf(at, "file is larger than %d MiB", MaxFileSize>>20)
		return nil, false
	}
	if bytes.HasPrefix(src, []byte("\xff\xfe")) || bytes.HasPrefix(src, []byte("\xfe\xff")) {
		// The byte-order mark of UTF-16, which Windows' Notepad writes
		// as "Unicode": its NUL bytes would be told of as a binary
		// file's.
		diags.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "file is UTF-16 (what Windows' Notepad calls \"Unicode\"), not UTF-8; save it again as UTF-8")
		return nil, false
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if i := bytes.IndexByte(src, 0); i >= 0 {
		diags.Errorf(offsetPos(file, src, i), "file contains a NUL byte; is it a binary file?")
		return nil, false
	}
	if !utf8.Valid(src) {
		i := 0
		for i < len(src) {
			r, n := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		diags.Errorf(offsetPos(file, src, i), "file is not valid UTF-8")
		return nil, false
	}
	if bytes.Contains(src, []byte("\r")) {
		// Windows and old Mac line endings: YAML counts a lone CR as a
		// line break, so the Markdown and positions must too.
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
		src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	}
	return src, true
}

// offsetPos returns the position of byte i of src.
func offsetPos(file string, src []byte, i int) diag.Pos {
	line := bytes.Count(src[:i], []byte("\n")) + 1
	col := i - bytes.LastIndexByte(src[:i], '\n')
	return diag.Pos{File: file, Line: line, Col: col}
}

// sameName says, for a message of two files whose slugs clash, when their
// names differ only in how their accents are written: "é" as one
// character, or as "e" and a combining accent, as macOS names files.
// They look alike; a Mac's disk cannot hold both.
func sameName(a, b string) string {
	if a != b && norm.NFC.String(a) == norm.NFC.String(b) {
		return " (a file of the same name, its accents written in another Unicode form, as a Mac writes them; a Mac cannot hold both)"
	}
	return ""
}

// titleLine returns the line of front matter that gives brief b, whose
// body is body, a title, in YAML or, when src opens with TOML's +++, in
// TOML, and says where the title comes from: the body's first line when
// it is a heading of level 1 (Obsidian's notes open with one), which the
// page would then show twice, or else the file's name.
func titleLine(b *site.Brief, body []byte, src []byte) (line, from string) {
	title, from := "", "from the body's first heading, and remove that heading, which the page shows as its title"
	if first, _, _ := bytes.Cut(bytes.TrimLeft(body, " \t\r\n"), []byte("\n")); bytes.HasPrefix(first, []byte("# ")) {
		title = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(string(first[2:])), "#"))
	}
	if title == "" {
		name := path.Base(b.File)
		if b.Bundle {
			name = path.Base(path.Dir(b.File))
		}
		name = strings.TrimSuffix(name, path.Ext(name))
		if len(name) > 11 && name[10] == '-' {
			if _, err := time.Parse(time.DateOnly, name[:10]); err == nil {
				name = name[11:] // Jekyll's day, which goes in `date`
			}
		}
		title = strings.Join(strings.FieldsFunc(name, func(c rune) bool { return c == '-' || c == '_' || c == ' ' }), " ")
		if r, n := utf8.DecodeRuneInString(title); n > 0 {
			title = string(unicode.ToUpper(r)) + title[n:]
		}
		from = "from the file's name, or a title of your own"
	}
	if bytes.HasPrefix(bytes.TrimPrefix(src, []byte("\ufeff")), []byte("+++")) {
		return "title = " + strconv.Quote(title), from
	}
	return "title: " + strconv.Quote(title), from
}
