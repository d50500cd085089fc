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
	"errors"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
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
	if opts.Cache != nil {
		opts.Cache.setLocation(loc)
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
	var changed changeSet
	if opts.Cache != nil {
		changed = newChangeSet(opts.Changed)
	}
	run(jobs, opts.Workers, fsys, loc, opts.Cache, changed, diags)
	if opts.Cache != nil {
		opts.Cache.prune(jobs, found)
	}

	seen := map[string]string{} // slug → file, per kind
	for _, j := range jobs {
		switch {
		case j.brief != nil:
			b := j.brief
			if !j.ok && b.Title == "" {
				if b.BodyLine == 0 {
					continue // its front matter was not read
				}
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
				diags.Errorf(diag.Pos{File: b.File, Line: 1, Col: 1}, "brief slug %q is already used by %s; rename one of the files", b.Slug, prev)
				continue
			}
			seen["brief/"+b.Slug] = b.File
			s.Briefs = append(s.Briefs, b)
		case j.entity != nil && (j.ok || j.entity.Name != ""):
			e := j.entity
			key := e.Kind.Dir() + "/" + e.Slug
			if prev, dup := seen[key]; dup {
				diags.Errorf(diag.Pos{File: e.File, Line: 1, Col: 1}, "%s slug %q is already used by %s", e.Kind.Singular(), e.Slug, prev)
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
	ok     bool
}

func run(jobs []job, workers int, fsys fs.FS, loc *time.Location, cache *Cache, changed changeSet, diags *diag.List) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(workers, max(len(jobs), 1)) {
		wg.Go(func() {
			for i := range next {
				jobs[i].ok = parseCached(fsys, &jobs[i], loc, cache, changed, diags)
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
func parseCached(fsys fs.FS, j *job, loc *time.Location, cache *Cache, changed changeSet, diags *diag.List) bool {
	var fi fs.FileInfo
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
	src, ok := parse(fsys, j, loc, &local)
	ds := local.Sorted()
	diags.Append(ds...)
	if cache != nil {
		cache.store(j.file, fi, src, j, ok, ds)
	}
	return ok
}

// parse reads and decodes one content file into j, taking times written
// without an offset to be in loc. It returns the file's
// text, if it could be read, and whether the file has no errors. The body
// is copied out of the text, so that the front matter's bytes are not
// kept in memory with it.
func parse(fsys fs.FS, j *job, loc *time.Location, diags *diag.List) ([]byte, bool) {
	src, ok := readText(fsys, j.file, diags)
	if !ok {
		return nil, false
	}
	doc, err := parseDocument(j.file, src)
	if err != nil {
		pos, msg := errorAt(j.file, err)
		diags.Errorf(pos, "%s", msg)
		return src, false
	}
	d := &decoder{file: j.file, src: src[:len(src)-len(doc.body)], diags: diags, loc: loc} // the front matter's lines
	before, _ := diags.Count()
	if b := j.brief; b != nil {
		b.Body, b.BodyLine = bytes.Clone(doc.body), doc.bodyLine
		if doc.meta == nil {
			hint := "start the file with a line \"---\", the fields, and another \"---\""
			if bytes.HasPrefix(bytes.TrimSpace(src), []byte("{")) {
				hint = "JSON front matter (Hugo's) is read between \"---\" lines, as the YAML it also is: put a line \"---\" before the { and another after the }"
			}
			diags.Errorf(diag.Pos{File: j.file, Line: 1, Col: 1}, "brief has no front matter; %s", hint)
			return src, false
		}
		d.brief(doc.meta, b)
		if b.Title == "" && !wrongKind(doc.meta, "title") { // else the field's own error says what is wrong
			diags.Errorf(diag.Pos{File: j.file, Line: doc.meta.Line, Col: 1}, "brief has no `title`")
		}
		if b.Date.IsZero() && b.DatePos.Line == 0 {
			diags.Warnf(diag.Pos{File: j.file, Line: doc.meta.Line, Col: 1}, "brief has no `date`; it is listed last and left off the timeline")
		}
		if i := bytes.Index(doc.body, []byte(BriefPlaceholder)); i >= 0 && !b.Draft { // a draft is the place for it
			line := doc.bodyLine + bytes.Count(doc.body[:i], []byte("\n"))
			diags.Warnf(diag.Pos{File: j.file, Line: line, Col: 1}, "the brief still has `brief new`'s placeholder text; write the brief in its place")
		}
		if !b.Updated.IsZero() && !b.Date.IsZero() && updatedBefore(b.Updated, b.Date) {
			diags.Warnf(b.UpdatedPos, "`updated` (%s) is before the brief's `date` (%s)", b.Updated.Human(), b.Date.Human())
		}
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
	return src, after == before
}

// updatedBefore reports whether the date updated ends before the date d
// starts: as instants when both are times, whatever their offsets, and
// otherwise by the days written, so that a brief updated on the day of
// its event is not told of it.
func updatedBefore(updated, d date.Date) bool {
	if updated.Precision() == date.Minute && d.Precision() == date.Minute {
		return !updated.End().After(d.Start())
	}
	return !date.AsWritten(updated.End()).After(date.AsWritten(d.Start()))
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
	if m.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			v := m.Content[i+1]
			return v.Kind != yaml.ScalarNode || len(v.Value) > maxLen(key) // too long: told as such
		}
	}
	return false
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

// listing holds every path the listing of a site's folders found, those
// it skipped with a warning too, for a Cache; nil when there is none.
type listing map[string]bool

// add notes p, when l is not nil.
func (l listing) add(p string) {
	if l != nil {
		l[p] = true
	}
}

// briefJobs lists the briefs under content/briefs: its .md files and its
// folders with an index.md, and those of the folders without one, which
// group briefs: content/briefs/2024/talks.md is the brief briefs/talks/.
func briefJobs(fsys fs.FS, cache *Cache, found listing, diags *diag.List) []job {
	return briefJobsIn(fsys, "content/briefs", cache, found, diags)
}

func briefJobsIn(fsys fs.FS, dir string, cache *Cache, found listing, diags *diag.List) []job {
	entries := readDir(fsys, dir, diags)
	var jobs []job
	for _, ent := range entries {
		name := ent.Name()
		file := path.Join(dir, name)
		if !Ignored(name) {
			found.add(file)
		}
		switch {
		case Ignored(name):
		case ent.Type()&fs.ModeSymlink != 0:
			diags.Errorf(diag.Pos{File: file}, linkedEntry)
		case !regular(ent) && !ent.IsDir():
			diags.Warnf(diag.Pos{File: file}, "skipped: not a regular file or directory")
		case isSectionFile(name):
			diags.Warnf(diag.Pos{File: file}, "skipped: %s", sectionFile)
		case ent.IsDir():
			index := path.Join(file, "index.md")
			if fi, err := fs.Lstat(fsys, index); err != nil || !fi.Mode().IsRegular() {
				// A folder of briefs; its own problems are told only
				// if it has some, else a folder of images would give
				// a warning for each.
				var local diag.List
				group := briefJobsIn(fsys, file, cache, found, &local)
				if len(group) == 0 && !local.HasErrors() {
					diags.Warnf(diag.Pos{File: file}, "skipped: holds no brief (a .md file, or a folder with an index.md)")
					continue
				}
				diags.Append(local.Sorted()...)
				jobs = append(jobs, group...)
				continue
			}
			b := newBrief(name, index, cache, diags)
			b.Bundle = true
			for _, a := range walkAssets(fsys, file, "briefs/"+b.Slug, found, diags) {
				switch {
				case a.Src == index:
				case strings.EqualFold(path.Ext(a.Src), ".md"):
					// Hugo publishes no page file of a bundle as it is:
					// a draft's text would go out.
					diags.Warnf(diag.Pos{File: a.Src}, "not published: a Markdown file beside a brief's index.md is neither a brief nor a file of it; a brief of its own goes in content/briefs/")
				default:
					b.Assets = append(b.Assets, a)
				}
			}
			jobs = append(jobs, job{file: index, brief: b})
		case strings.HasSuffix(name, ".md"):
			jobs = append(jobs, job{file: file, brief: newBrief(strings.TrimSuffix(name, ".md"), file, cache, diags)})
		default:
			diags.Warnf(diag.Pos{File: file}, "skipped: briefs are .md files or folders with an index.md")
		}
	}
	return jobs
}

func newBrief(name, file string, cache *Cache, diags *diag.List) *site.Brief {
	s := cache.slug(name)
	if s == "" {
		s = "brief"
	}
	if s == site.ByYear {
		s = slug.Unique(s, func(s string) bool { return s == site.ByYear })
		diags.Warnf(diag.Pos{File: file}, "briefs/%s/ holds the list of briefs by year; this brief is briefs/%s/", site.ByYear, s)
	} else if s != name {
		diags.Warnf(diag.Pos{File: file}, "file name is not a clean slug; the page is briefs/%s/", s)
	}
	return &site.Brief{Slug: s, File: file}
}

// entityJobs lists content/<kind>/*.md.
func entityJobs(fsys fs.FS, k site.Kind, cache *Cache, found listing, diags *diag.List) []job {
	dir := "content/" + k.Dir()
	var jobs []job
	for _, ent := range readDir(fsys, dir, diags) {
		name, file := ent.Name(), path.Join(dir, ent.Name())
		if !Ignored(name) {
			found.add(file)
		}
		switch {
		case Ignored(name):
		case isSectionFile(name):
			diags.Warnf(diag.Pos{File: file}, "skipped: %s", sectionFile)
		case ent.Type()&fs.ModeSymlink != 0 && strings.HasSuffix(name, ".md"):
			diags.Errorf(diag.Pos{File: file}, linkedEntry)
		case !regular(ent) || !strings.HasSuffix(name, ".md"):
			diags.Warnf(diag.Pos{File: file}, "skipped: %s profiles are .md files", k.Singular())
		default:
			s := cache.slug(strings.TrimSuffix(name, ".md"))
			if s == "" {
				s = k.Singular()
			}
			if k.Reserved(s) {
				taken := s
				s = slug.Unique(s, k.Reserved)
				diags.Warnf(diag.Pos{File: file}, "%s/%s/ lists the %s by number of briefs; this profile is %s/%s/", k.Dir(), taken, k.Plural(), k.Dir(), s)
			}
			jobs = append(jobs, job{file: file, entity: &site.Entity{Kind: k, Slug: s, File: file}})
		}
	}
	return jobs
}

func readDir(fsys fs.FS, dir string, diags *diag.List) []fs.DirEntry {
	if link := linkIn(fsys, dir); link != "" {
		if link == dir { // a link above it is told of where it is read
			diags.Errorf(diag.Pos{File: link}, linkedFolder)
		}
		return nil
	}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil && !isNotExist(err) {
		diags.Errorf(diag.Pos{File: dir}, "cannot read directory: %v", err)
	}
	return slices.DeleteFunc(entries, func(ent fs.DirEntry) bool { return badName(dir, ent.Name(), diags) }) // sorted by name
}

// badName reports whether the name of an entry of dir is one brief cannot
// publish, one not UTF-8 or with a line break or another control
// character, and says so at dir, where the name can be shown quoted.
// Nothing under it is read: the error stops the build before it is lost.
func badName(dir, name string, diags *diag.List) bool {
	why := ""
	switch {
	case !utf8.ValidString(name):
		why = "is not UTF-8"
	case strings.ContainsFunc(name, unicode.IsControl):
		why = "has a line break or another control character"
	default:
		return false
	}
	diags.Errorf(diag.Pos{File: dir}, "%+q: the name %s, which a web address cannot hold; rename it", name, why)
	return true
}

// linkedFolder is the error of a folder of the site that is a link: the
// site built without it would lose its files. linkedEntry is that of a
// brief, a profile or a folder of briefs that is one.
const (
	linkedFolder = "a link, which brief does not follow, so the site would be built without what it holds; put the folder itself in the site"
	linkedEntry  = "a link, which brief does not follow, so the site would be built without it; put the file or folder itself in the site"
)

// linkIn returns the first element of the slash-separated path p, from
// the root of fsys, that is a symbolic link, or "" if none is: a site's
// folders are read only where they are, never through a link out of it.
func linkIn(fsys fs.FS, p string) string {
	at := ""
	for elem := range strings.SplitSeq(p, "/") {
		at = path.Join(at, elem)
		fi, err := fs.Lstat(fsys, at)
		if err != nil {
			return "" // missing: the read says so, or there is nothing
		}
		if fi.Mode()&fs.ModeSymlink != 0 {
			return at
		}
	}
	return ""
}

func isNotExist(err error) bool {
	return err != nil && (strings.Contains(err.Error(), "not a directory") || errors.Is(err, fs.ErrNotExist))
}

// publishable reports whether the hidden name, in static/, may be a file
// meant for the web rather than an editor's or a system's own.
func publishable(name string) bool {
	return strings.HasPrefix(name, ".") && name != ".DS_Store" && !strings.HasPrefix(name, ".#") &&
		!strings.HasSuffix(name, ".swp") && !strings.HasSuffix(name, ".swx") && !strings.HasSuffix(name, ".swo") &&
		name != ".git" && name != ".gitkeep" && name != ".keep"
}

// Ignored reports whether the file or folder name is one that brief
// neither reads, copies nor rebuilds for: a hidden name (.git, Emacs's
// .#lock files) or the leftover of an editor or a merge tool, never a
// site's content. Those are vim's 4913 probe and its .swp, .swx and .swo
// swap files, backups ending in "~", Emacs's #autosave# files,
// JetBrains' ___jb_tmp___ and ___jb_old___ files, *.tmp files and the
// *.orig files merge tools leave. Load skips them without a word (but
// for a hidden file at the top of static/ that may be meant for the
// web), and brief serve does not rebuild when they change.
func Ignored(name string) bool {
	return strings.HasPrefix(name, ".") ||
		name == "4913" ||
		strings.HasSuffix(name, "~") ||
		strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".swx") || strings.HasSuffix(name, ".swo") ||
		strings.HasSuffix(name, ".tmp") || strings.HasSuffix(name, ".orig") ||
		len(name) > 1 && name[0] == '#' && name[len(name)-1] == '#' || // Emacs's autosave
		strings.Contains(name, "___jb_")
}

func regular(ent fs.DirEntry) bool { return ent.Type().IsRegular() }

// walkAssets lists the regular files under dir, skipping links and hidden
// files, as assets copied to prefix in the output. It notes in found
// every path it does not skip by name.
func walkAssets(fsys fs.FS, dir, prefix string, found listing, diags *diag.List) []site.Asset {
	var out []site.Asset
	if link := linkIn(fsys, dir); link != "" {
		diags.Errorf(diag.Pos{File: link}, linkedFolder)
		return nil
	}
	fs.WalkDir(fsys, dir, func(p string, ent fs.DirEntry, err error) error {
		if err != nil {
			if !isNotExist(err) {
				diags.Errorf(diag.Pos{File: p}, "cannot read: %v", err) // the site would lack its files
			}
			return nil
		}
		if p != dir && badName(path.Dir(p), ent.Name(), diags) {
			if ent.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != dir && Ignored(ent.Name()) {
			if name := ent.Name(); dir == "static" && path.Dir(p) == dir && publishable(name) {
				// A file a publisher may mean for the web: .well-known/,
				// .htaccess. The output's hidden entries are the
				// publisher's own (see output), so none is copied.
				found.add(p)
				diags.Warnf(diag.Pos{File: p}, "skipped: brief copies no hidden file or folder to the site")
			}
			if ent.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		found.add(p)
		if ent.IsDir() {
			return nil
		}
		if ent.Type()&fs.ModeSymlink != 0 {
			diags.Errorf(diag.Pos{File: p}, linkedEntry)
			return nil
		}
		if !ent.Type().IsRegular() {
			diags.Warnf(diag.Pos{File: p}, "skipped: not a regular file")
			return nil
		}
		out = append(out, site.Asset{Src: p, Dest: path.Join(prefix, strings.TrimPrefix(p, dir+"/"))})
		return nil
	})
	slices.SortFunc(out, func(a, b site.Asset) int { return strings.Compare(a.Dest, b.Dest) })
	return out
}

// isSectionFile reports whether name is a Hugo section file: _index.md,
// or _index.fr.md and the like of a multilingual site.
func isSectionFile(name string) bool {
	return strings.HasPrefix(name, "_index.") && strings.HasSuffix(name, ".md")
}

// sectionFile says why Load skips a file named _index.md.
const sectionFile = "brief has no section files (Hugo's _index.md); it makes its list pages itself"

// contentDirs are the folders of content/ that Load reads.
var contentDirs = []string{"briefs", "actors", "countries", "topics"}

// warnStrayContent warns of what content/ holds beside the folders Load
// reads, such as a Hugo site's content/posts/ or content/_index.md,
// which would otherwise be left out without a word.
func warnStrayContent(fsys fs.FS, found listing, diags *diag.List) {
	if linkIn(fsys, "content") != "" {
		diags.Errorf(diag.Pos{File: "content"}, linkedFolder)
		return
	}
	entries, _ := fs.ReadDir(fsys, "content") // unreadable: the folders' own reads say
	for _, ent := range entries {
		name := ent.Name()
		if Ignored(name) || slices.Contains(contentDirs, name) { // read, or warned of, as a folder
			continue
		}
		file := path.Join("content", name)
		found.add(file)
		hint := "brief reads content/briefs/, content/actors/, content/countries/ and content/topics/"
		if isSectionFile(name) {
			hint = sectionFile
		} else if ent.IsDir() {
			if other := suggest(name, contentDirs); other != "" {
				hint = "did you mean content/" + other + "/?"
			} else {
				hint += "; move its briefs to content/briefs/ (their pages are then briefs/<file name>/: keep an old address in a brief's `aliases`, as /" + name + "/<file name>/)"
			}
		} else if strings.HasSuffix(name, ".md") {
			hint += "; a brief goes in content/briefs/"
		}
		diags.Warnf(diag.Pos{File: file}, "skipped: %s", hint)
	}
}

// otherFolders are folders other generators read at a site's root, with
// where brief has what they hold.
var otherFolders = []struct{ name, instead string }{
	{"layouts", "brief's templates are in templates/ (docs/templates.md)"},
	{"i18n", "the theme's texts are translated in brief.yaml, under `translations` (docs/templates.md)"},
	{"_data", "brief has no data files; a brief's facts go in its front matter"},
}

// warnOtherFolders warns of the folders of otherFolders the site has,
// which brief does not read.
func warnOtherFolders(fsys fs.FS, diags *diag.List) {
	for _, f := range otherFolders {
		if fi, err := fs.Lstat(fsys, f.name); err == nil && fi.IsDir() {
			diags.Warnf(diag.Pos{File: f.name}, "not read: %s", f.instead)
		}
	}
}
