package load

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

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
		case ent.IsDir() && pageless(name) != "":
			diags.Warnf(diag.Pos{File: file}, "skipped: %s", pageless(name))
		case ent.IsDir():
			if isDrafts(name) && name != draftsFolder {
				diags.Warnf(diag.Pos{File: file}, "brief's folder of drafts is named %s, in lower case; this one's briefs are drafts all the same, left out without -drafts: rename it %s", draftsFolder, draftsFolder)
			} else if typo := draftsTypo(name); typo != "" && !inDrafts(file) { // in _drafts/, its briefs are drafts
				diags.Warnf(diag.Pos{File: file}, "%s", typo)
			}
			index := path.Join(file, "index.md")
			if fi, err := fs.Lstat(fsys, index); err != nil || !fi.Mode().IsRegular() {
				index = indexInCase(fsys, file) // Index.md, where case counts, as on Linux
			}
			if index == "" {
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
			assets := walkAssets(fsys, file, "briefs/"+b.Slug, found, diags)
			if other := otherCase(index, assets); other != "" {
				index, b.File = other, other // a disk that ignores case, as a Mac's, found it as index.md
			}
			if path.Base(index) != "index.md" {
				diags.Errorf(diag.Pos{File: index}, "a folder's brief is named index.md, in lower case; rename %s to index.md", path.Base(index))
			}
			for _, a := range assets {
				switch {
				case a.Src == index:
				case strings.EqualFold(path.Ext(a.Src), ".md") || otherMarkdown(a.Src):
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
		case strings.EqualFold(path.Ext(name), ".md"):
			diags.Warnf(diag.Pos{File: file}, "skipped: briefs are .md files, the extension in lower case; rename it %s.md", strings.TrimSuffix(name, path.Ext(name)))
		case otherMarkdown(name):
			diags.Errorf(diag.Pos{File: file}, "briefs are .md files, and brief reads no %s file, so the site would be built without this one; rename it %s.md", path.Ext(name), strings.TrimSuffix(name, path.Ext(name)))
		default:
			diags.Warnf(diag.Pos{File: file}, "skipped: briefs are .md files or folders with an index.md")
		}
	}
	return jobs
}

// draftsFolder is the name of a folder, anywhere under content/briefs/,
// whose briefs are drafts, as if each said `draft: true`: Jekyll's
// _drafts/, left out of a build without -drafts. A folder so named in
// another case (_Drafts/) is one too, with a warning to rename it: an
// embargoed brief must not go out for a capital letter.
const draftsFolder = "_drafts"

// inDrafts reports whether the brief at file, a path from the site root,
// is in a folder named draftsFolder, in any case, under content/briefs/.
func inDrafts(file string) bool {
	rest, ok := strings.CutPrefix(file, "content/briefs/")
	return ok && slices.ContainsFunc(strings.Split(path.Dir(rest), "/"), isDrafts)
}

// isDrafts reports whether a folder's name is draftsFolder, in any case.
func isDrafts(name string) bool { return strings.EqualFold(name, draftsFolder) }

// indexInCase returns the path of the file of dir named index.md but for
// case, as Index.md, or "" if it has none.
func indexInCase(fsys fs.FS, dir string) string {
	entries, _ := fs.ReadDir(fsys, dir) // unreadable: its listing says
	for _, ent := range entries {
		if strings.EqualFold(ent.Name(), "index.md") && regular(ent) {
			return path.Join(dir, ent.Name())
		}
	}
	return ""
}

// otherCase returns the source of the asset whose path is index but for
// case, when none is index itself: a disk that ignores case, as a Mac's,
// finds index.md by the name Index.md.
func otherCase(index string, assets []site.Asset) string {
	other := ""
	for _, a := range assets {
		switch {
		case a.Src == index:
			return ""
		case strings.EqualFold(a.Src, index):
			other = a.Src
		}
	}
	return other
}

func newBrief(name, file string, cache *Cache, diags *diag.List) *site.Brief {
	s := cache.slug(name)
	if s == "" {
		s = "brief"
	}
	if s == site.ByYear {
		s = slug.Unique(s, func(s string) bool { return s == site.ByYear })
		diags.Warnf(diag.Pos{File: file}, "briefs/%s/ holds the list of briefs by year; this brief is briefs/%s/", site.ByYear, s)
	} else if s != plainSlug(name) {
		diags.Warnf(diag.Pos{File: file}, "file name is not a clean slug; the page is briefs/%s/", s)
	}
	return &site.Brief{Slug: s, File: file}
}

// plainSlug returns name in lower case, with each run of spaces,
// underscores and hyphens one hyphen, and none at its ends: the slug of
// a name whose address loses nothing a reader would miss ("Kenya Police
// Deployment" is kenya-police-deployment, as an Obsidian note is
// named). A name whose slug is another, where accents, apostrophes or
// other punctuation are left out or changed ("Réunion à Nairobi" is
// reunion-a-nairobi), or that is cut to slug.MaxLen, is warned of: its
// page's address is not what its name leads one to type.
func plainSlug(name string) string {
	words := strings.FieldsFunc(strings.ToLower(norm.NFC.String(name)), func(r rune) bool { return r == ' ' || r == '_' || r == '-' })
	return strings.Join(words, "-")
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
		case regular(ent) && !strings.HasSuffix(name, ".md") && strings.EqualFold(path.Ext(name), ".md"):
			diags.Warnf(diag.Pos{File: file}, "skipped: %s profiles are .md files, the extension in lower case; rename it %s.md", k.Singular(), strings.TrimSuffix(name, path.Ext(name)))
		case regular(ent) && otherMarkdown(name):
			diags.Errorf(diag.Pos{File: file}, "%s profiles are .md files, and brief reads no %s file, so the site would be built without this one; rename it %s.md", k.Singular(), path.Ext(name), strings.TrimSuffix(name, path.Ext(name)))
		case ent.IsDir() && (isDrafts(name) || draftsTypo(name) != "" || strings.EqualFold(name, "drafts")):
			diags.Warnf(diag.Pos{File: file}, "skipped, with the profiles in it: a profile has no drafts, and cannot be kept out of the site, as every brief that names the %[1]s makes the %[1]s's page; to publish a profile, move it into %[2]s/; to keep their text private, move the folder out of content/", k.Singular(), dir)
		case ent.IsDir():
			diags.Warnf(diag.Pos{File: file}, "skipped, with the files in it: a folder; %s profiles are .md files directly in %s/", k.Singular(), dir)
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
	case Ignored(name) && !strings.HasPrefix(name, "."):
		// Never published, nor named: a Mac's "Icon\r". (A hidden
		// file of static/ may be published: see publishable.)
		return false
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

// Skips reports whether load skips the file or folder at rel, a
// slash-separated path from the site root: one of its elements is a name
// Ignored gives, but under static/ a hidden one publishable gives.
func Skips(rel string) bool {
	static := strings.HasPrefix(rel, "static/")
	for elem := range strings.SplitSeq(rel, "/") {
		if elem != "." && elem != "" && Ignored(elem) && !(static && publishable(elem)) {
			return true
		}
	}
	return false
}

// webNames are the hidden names of static/ that brief publishes, at any
// depth, each meant for the web: the folder of well-known addresses
// (security.txt, ACME's challenges), Apache's .htaccess, GitHub Pages'
// .nojekyll and Codeberg Pages' .domains. Any other hidden file may be a
// secret (.env, .npmrc, .htpasswd) or an editor's settings (.vscode/,
// .idea/, .obsidian/), which a site must not serve.
var webNames = []string{".well-known", ".htaccess", ".nojekyll", ".domains"}

// publishable reports whether the hidden name, in static/, is one of
// webNames, which brief copies to the site.
func publishable(name string) bool { return slices.Contains(webNames, name) }

// hiddenSkipped is the warning of a hidden file or folder of static/ that
// is not copied, but for those quietSkipped gives; it names webNames.
const hiddenSkipped = "skipped: of the hidden files and folders of static/, brief copies to the site only .well-known/, .htaccess, .nojekyll and .domains (a hidden file may be a secret, as .env, or an editor's, as .vscode/)"

// quietSkipped reports whether the hidden name, in static/, is skipped
// without a word: version control's (.git, .hg, .svn, .gitignore,
// .gitkeep), a system's (.DS_Store, a Mac's ._ AppleDouble files) or an
// editor's leftover, a hidden name that is Ignored but for its dot, as
// .htaccess~ or vim's .htaccess.swp, or Emacs's .# lock files.
func quietSkipped(name string) bool {
	return Ignored(name[1:]) || slices.Contains(notPublished, name) ||
		strings.HasPrefix(name, ".#") || strings.HasPrefix(name, "._")
}

// notPublished are the hidden names of static/ that are skipped without
// a word, being version control's or a system's.
var notPublished = []string{
	".", "..",
	".git", ".hg", ".svn", ".bzr", ".jj",
	".gitignore", ".gitkeep", ".gitattributes", ".gitmodules", ".hgignore", ".keep",
	".DS_Store", ".Spotlight-V100", ".Trashes", ".fseventsd", ".TemporaryItems",
}

// Ignored reports whether the file or folder name is one that brief
// neither reads, copies nor rebuilds for: a hidden name (.git, Emacs's
// .#lock files, a Mac's .DS_Store) or the leftover of an editor, a merge
// tool or the system, never a site's content. Those are vim's 4913 probe
// and its .swp, .swx and .swo swap files, backups ending in "~", Emacs's
// #autosave# files, JetBrains' ___jb_tmp___ and ___jb_old___ files,
// *.tmp files, the *.orig files merge tools leave, Office's ~$ lock files
// (which hold the editor's name), Windows' Thumbs.db and ehthumbs.db
// (which keep thumbnails of images since deleted), desktop.ini,
// $RECYCLE.BIN and System Volume Information, and a Mac's "Icon\r", a
// folder's own icon. Load skips them without a word (but for the hidden
// files and folders of static/: it copies those meant for the web, see
// publishable, and warns of the others, see quietSkipped), and brief
// serve does not rebuild when they change.
func Ignored(name string) bool {
	return strings.HasPrefix(name, ".") ||
		name == "4913" ||
		strings.HasSuffix(name, "~") ||
		strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".swx") || strings.HasSuffix(name, ".swo") ||
		strings.HasSuffix(name, ".tmp") || strings.HasSuffix(name, ".orig") ||
		len(name) > 1 && name[0] == '#' && name[len(name)-1] == '#' || // Emacs's autosave
		strings.Contains(name, "___jb_") ||
		strings.HasPrefix(name, "~$") ||
		name == "Icon\r" ||
		slices.ContainsFunc(systemFiles, func(s string) bool { return strings.EqualFold(name, s) })
}

// systemFiles are the files and folders Windows leaves in folders, named
// in any case, as its disks ignore it.
var systemFiles = []string{"Thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini", "$RECYCLE.BIN", "System Volume Information"}

func regular(ent fs.DirEntry) bool { return ent.Type().IsRegular() }

// walkAssets lists the regular files under dir, skipping links and the
// names Ignored gives, but in static/ the hidden ones publishable gives
// (it warns of the others, but for those quietSkipped gives),
// as assets copied to prefix in the output. It notes in found every path
// it does not skip by name.
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
		// In static/, a hidden file or folder meant for the web,
		// .well-known/ or .htaccess, is copied; any other hidden one is
		// told of, once for a folder, but for version control's, a
		// system's and an editor's. The rest of Ignored's names, here
		// and in a brief's folder, are skipped without a word.
		if name := ent.Name(); p != dir && Ignored(name) && !(dir == "static" && publishable(name)) {
			if dir == "static" && strings.HasPrefix(name, ".") && !quietSkipped(name) {
				found.add(p)
				diags.Warnf(diag.Pos{File: p}, "%s", hiddenSkipped)
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
		if Ignored(name) || slices.Contains(contentDirs, name) || isPageFile(ent) || isPageFolder(fsys, ent) { // read, or warned of, as a folder
			continue
		}
		file := path.Join("content", name)
		found.add(file)
		if want := inCase(name, contentDirs); want != "" && ent.IsDir() {
			wrongCase(diags, entries, "content", name, want)
			continue
		}
		hint := "brief reads content/briefs/, content/actors/, content/countries/, content/topics/ and the pages' .md files at the top of content/"
		if isSectionFile(name) {
			hint = sectionFile
		} else if ent.IsDir() {
			if isDrafts(name) {
				hint += "; drafts go in content/briefs/" + draftsFolder + "/, which a build leaves out without -drafts, or anywhere in content/briefs/ with `draft: true`"
			} else if why := pageless(name); why != "" {
				hint = why
			} else if other := suggest(name, contentDirs); other != "" {
				hint = "did you mean content/" + other + "/?"
			} else {
				hint += "; move its briefs to content/briefs/ (their pages are then briefs/<file name>/: keep an old address in a brief's `aliases`, as /" + name + "/<file name>/)"
			}
		} else if page := themePage(name); page != "" {
			hint = page
		} else if repoFile(name) {
			diags.Warnf(diag.Pos{File: file}, "%s", repoFileSkipped)
			continue
		} else if otherMarkdown(name) && !ent.IsDir() {
			// A warning, not a brief's error: a site that built before
			// pages were read keeps building.
			hint = fmt.Sprintf("pages are .md files, and brief reads no %s file, so the site is built without this one; rename it %s.md to publish it as a page (a brief goes in content/briefs/)", path.Ext(name), strings.TrimSuffix(name, path.Ext(name)))
		} else if strings.EqualFold(path.Ext(name), ".md") {
			hint = fmt.Sprintf("pages are .md files, the extension in lower case; rename it %s.md (a brief goes in content/briefs/)", strings.TrimSuffix(name, path.Ext(name)))
		}
		diags.Warnf(diag.Pos{File: file}, "skipped: %s", hint)
	}
}

// rootNames returns the files and folders at a site's root that Load,
// or the templates, read.
func rootNames() []string { return append([]string{"content", "static", "templates"}, SiteFiles()...) }

// checkRootCase reports the entries at the site's root named as one of
// rootNames but for case, such as Static/.
func checkRootCase(fsys fs.FS, diags *diag.List) {
	entries, _ := fs.ReadDir(fsys, ".")
	for _, ent := range entries {
		if want := inCase(ent.Name(), rootNames()); want != "" && ent.IsDir() == !strings.HasPrefix(want, "brief.") {
			wrongCase(diags, entries, ".", ent.Name(), want)
		}
	}
}

// inCase returns the name of names that name is but for case, or "" when
// it is none of them, or one of them as it is.
func inCase(name string, names []string) string {
	for _, n := range names {
		if name != n && strings.EqualFold(name, n) {
			return n
		}
	}
	return ""
}

// wrongCase reports name, an entry of dir, named as brief's want but for
// case. Where names' case counts, as on Linux and in GitHub's workflows,
// brief does not read it, and builds the site without what it holds; on a
// Mac's disk, which ignores case, it is read: an error either way, so
// that the site a workflow publishes is the one its editors see.
func wrongCase(diags *diag.List, entries []fs.DirEntry, dir, name, want string) {
	file, right := path.Join(dir, name), path.Join(dir, want)
	kind, what, fix := "folder", "what it holds", "move what it holds into "+right+"/"
	if strings.HasPrefix(want, "brief.") {
		kind, what, fix = "site file", "its settings", "keep one"
	} else {
		right += "/"
	}
	if slices.ContainsFunc(entries, func(ent fs.DirEntry) bool { return ent.Name() == want }) {
		// Only where case counts; a Mac or Windows clone of the
		// repository cannot hold both.
		diags.Errorf(diag.Pos{File: file}, "brief's %s is %s, in lower case, and this one beside it is not read; %s", kind, right, fix)
		return
	}
	diags.Errorf(diag.Pos{File: file}, "brief's %s is %s, in lower case: where names' case counts, as on Linux and in GitHub's workflows, this one is not read and the site is built without %s; rename it %s", kind, right, what, strings.TrimSuffix(right, "/"))
}
