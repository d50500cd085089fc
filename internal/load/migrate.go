package load

// This file holds what brief tells a site moved from another generator,
// Jekyll, Eleventy, Hugo or Zola: where brief has what the other's
// fields, settings, folders and files are for, and what it does not read.

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// fieldHints say, for fields of other generators' front matter that brief
// has no field for, what brief does instead.
var fieldHints = map[string]string{
	"slug":           "a brief's slug is its file's name; rename the file, and keep the old address in `aliases`",
	"url":            "a brief's address comes from its file's name; rename the file, and keep the old address in `aliases`",
	"permalink":      "a brief's address comes from its file's name; rename the file, and keep the old address in `aliases`",
	"layout":         "every brief's page is made with templates/brief.html (docs/templates.md)",
	"type":           "every brief's page is made with templates/brief.html (docs/templates.md)",
	"weight":         "briefs are listed by date, newest first",
	"extra":          "fields of your own go under `params` (Zola's `extra`)",
	"author":         "brief has no byline field; keep it under `params` (params: {author: ...}) for your templates, or name the people a brief is about in `actors`",
	"authors":        "brief has no byline field; keep them under `params` (params: {authors: [...]}) for your templates, or name the people a brief is about in `actors`",
	"primary_author": "brief has no byline field; keep it under `params` (params: {author: ...}) for your templates, or name the people a brief is about in `actors`",
	"resources":      "a brief's images and files go beside it: make the brief a folder, content/briefs/<slug>/index.md, and put them in it",
	"expirydate":     "brief does not unpublish by date; mark the brief `draft: true`, or delete it",
	"publishdate":    "brief publishes every brief not marked `draft: true`, future-dated ones too: a brief's `date` is its event's",
	"cssclasses":     cssHint,
	"cssclass":       cssHint,
	"created":        createdHint,
	"created_at":     createdHint,
}

// cssHint and createdHint say what brief does instead of Obsidian's
// `cssclasses` and the `created` of its templates.
const (
	cssHint     = "Obsidian's classes for a note's look, which brief does not read: every brief's page is drawn by the theme's templates/brief.html and style.css (docs/templates.md); remove it, or keep it under `params` (params: {cssclasses: [wide]}) for templates of your own"
	createdHint = "brief has no field for the day a note was made; if it is the day of what the brief reports, write it as `date`, and the day the brief was last revised as `updated`"
)

// hintFor returns what brief does instead of another generator's field
// key (lower case) in a brief, a profile or the site file (what), or "".
func hintFor(what, key string, known []string) string {
	if h, ok := siteHints[key]; ok && what == "site file" {
		return h
	}
	if (what == "brief" || key == "extra") && contains(known, "params") {
		return fieldHints[key]
	}
	return ""
}

// otherNames are fields of other generators' front matter, and words
// for a site's settings, with brief's field of the same meaning.
var otherNames = map[string]string{
	"tags": "topics", "categories": "topics", "keywords": "topics", "taxonomies": "topics",
	"description": "summary", "lead": "summary", "excerpt": "summary", "abstract": "summary",
	"lastmod": "updated", "modified": "updated", "last_modified": "updated", "updated_at": "updated",
	"date_updated": "updated", "date_modified": "updated", "modified_gmt": "updated", "post_modified": "updated",
	"publishdate": "date", "pubdate": "date", "published": "date",
	"date_published": "date", "published_at": "date", "date_gmt": "date", "post_date": "date", "post_date_gmt": "date",
	"primary_tag": "topics",
	"people":      "actors", "organisations": "actors", "organizations": "actors",
	"refs": "sources", "references": "sources", "citations": "sources",
	"authors": "author", "by": "author", "byline": "author", "creator": "author",
	"access_date": "accessed", "access-date": "accessed", "accessdate": "accessed", "retrieved": "accessed", "visited": "accessed",
	"archive": "archive_url", "archived": "archive_url", "archiveurl": "archive_url", "archive-url": "archive_url", "archive_link": "archive_url", "wayback": "archive_url",
	"doi": "url", "link": "url", "href": "url",
	"baseurl": "base_url", "timezone": "time_zone", "url": "base_url", "lang": "language", "languagecode": "language",
}

// siteHints say, for settings of other generators that brief has no
// setting for, what brief does instead.
var siteHints = map[string]string{
	"permalinks":  "a brief's page is briefs/<file name>/; keep old addresses in a brief's `aliases`",
	"theme":       "brief has one theme, which templates/ in the site changes file by file (docs/templates.md)",
	"paginate":    "lists of more than 1,000 entries are split by year (README, Large briefings)",
	"pagination":  "lists of more than 1,000 entries are split by year (README, Large briefings)",
	"buildfuture": "briefs dated in the future are published, as a brief's date is its event's; hold one back with `draft: true`",
	"builddrafts": "drafts are built with -drafts (brief build -drafts, brief serve -drafts)",
}

// published tells of the key k of a what, "brief" or "page", Jekyll's
// `published`, Obsidian Publish's `publish` or WordPress's `status`
// (see status), when its value v is true or false:
// brief's field for `published: false` is `draft: true`, and it has
// none for `published: true`. It reports whether it told of k; a
// `published` of another value, a date, is told as any unknown field.
func (d *decoder) published(k, v *yaml.Node, what string) bool {
	if strings.EqualFold(k.Value, "status") && v.Kind == yaml.ScalarNode {
		return d.status(k, v, what)
	}
	if !(strings.EqualFold(k.Value, "published") || strings.EqualFold(k.Value, "publish")) || v.Kind != yaml.ScalarNode {
		return false
	}
	published, ok := truth(v.Value)
	switch {
	case !ok:
		return false
	case published:
		d.errorf(k, "unknown field `%s` in %s: remove it: %ss are published unless `draft: true`", k.Value, what, what)
	default:
		d.errorf(k, "unknown field `%s` in %s, did you mean `draft: true`?", k.Value, what)
	}
	return true
}

// unpublished says, for the values of WordPress's and Ghost's `status`
// that keep a post off the site, why it is kept off, as a brief not
// marked `draft: true` would not be.
var unpublished = map[string]string{
	"draft":      "a draft",
	"auto-draft": "a draft",
	"pending":    "a draft awaiting review",
	"private":    "a post only its site's editors could read; brief has no private briefs",
	"future":     "a post scheduled for later; brief publishes a brief at the next build, whatever its date",
	"scheduled":  "a post scheduled for later; brief publishes a brief at the next build, whatever its date",
	"trash":      "a post in the trash",
}

// status tells of the key k of a what, "brief" or "page", WordPress's or Ghost's
// `status`, when its value v is one of theirs: a post kept off the site
// (draft, pending, private, future) is `draft: true` in brief, and a
// published one needs no field. It reports whether it told of k; a
// status of another value is told as any unknown field.
func (d *decoder) status(k, v *yaml.Node, what string) bool {
	value := strings.ToLower(strings.TrimSpace(v.Value))
	if why, ok := unpublished[value]; ok {
		d.errorf(k, "unknown field `%s` in %s, did you mean `draft: true`? `%s: %s` is %s: write `draft: true` in its place, or the %s is published", k.Value, what, k.Value, v.Value, why, what)
		return true
	}
	switch value {
	case "publish", "published", "sent":
		d.errorf(k, "unknown field `%s` in %s: remove it: %ss are published unless `draft: true`", k.Value, what, what)
		return true
	}
	return false
}

// coverImages are the fields for a post's cover image of WordPress
// (featured_image), Ghost (feature_image), Hugo's and Eleventy's themes
// and exporters, in lower case.
var coverImages = []string{"coverimage", "cover_image", "cover", "feature_image", "featureimage", "featured_image", "featuredimage", "image", "thumbnail", "banner", "og_image", "twitter_image"}

// coverImage tells of the key k of a brief, with its value v, when it
// is one of coverImages: brief shows no cover image, and under `params`
// the image would be dropped without a word, so the hint says how to
// show it in the body. It reports whether it told of k.
func (d *decoder) coverImage(k, v *yaml.Node) bool {
	if !slices.Contains(coverImages, strings.ToLower(k.Value)) {
		return false
	}
	file, where := "file", ""
	if v.Kind == yaml.ScalarNode && v.Tag != "!!null" && v.Value != "" && !strings.ContainsAny(v.Value, " ()\n") && len(v.Value) <= 200 {
		file = v.Value
		if rest, ok := strings.CutPrefix(file, ghostURL); ok && strings.HasPrefix(rest, "/") && len(rest) > 1 {
			// Ghost's placeholder for its own address: the path after
			// it works from static/, as Ghost's /content/images/ does.
			file = rest
			dir := path.Dir(rest)
			if dir == "/" {
				where = fmt.Sprintf(", with the file in static/ (%s is Ghost's placeholder for its site's address)", ghostURL)
			} else {
				where = fmt.Sprintf(", with the file in static%s/ (%s is Ghost's placeholder for its site's address), or ![what it shows](%s) with the file beside the brief, made a folder with index.md", dir, ghostURL, path.Base(rest))
			}
		}
	}
	d.errorf(k, "unknown field `%s` in brief: brief shows no cover image, and one under `params` is shown nowhere; to show the image, put it in the body, as ![what it shows](%s)%s", k.Value, file, where)
	return true
}

// ghostURL is what Ghost's exports write in place of the site's address,
// in the links and images of a post and its feature_image.
const ghostURL = "__GHOST_URL__"

// profileDraft tells of the key k of a profile (what, "actor profile"),
// `draft`, `publish` or `published`, with its value v, that a profile
// cannot be kept out of the site: a brief that names its entity makes
// the entity's page, with the profile's text. A field of one's own
// under `params` would publish the text a note meant to keep private,
// so it is never suggested. A `published` that is no true or false, a
// date, is told as any unknown field. It reports whether it told of k.
func (d *decoder) profileDraft(k, v *yaml.Node, what string) bool {
	key := strings.ToLower(k.Value)
	if key != "draft" && key != "publish" && key != "published" {
		return false
	}
	value, ok := false, false
	if v.Kind == yaml.ScalarNode {
		value, ok = truth(v.Value)
	}
	if key == "published" && !ok {
		return false
	}
	entity := strings.TrimSuffix(what, " profile")
	if ok && value == (key != "draft") { // publish: true, draft: false
		d.errorf(k, "unknown field `%s` in %s: remove it: a profile is always published, its text on the %s's page, which every brief that names the %s makes", k.Value, what, entity, entity)
		return true
	}
	d.errorf(k, "unknown field `%s` in %s: a profile cannot be kept out of the site, as every brief that names the %s makes the %s's page, with this file's text; to keep the text private, move the file out of content/, or remove the private text from it", k.Value, what, entity, entity)
	return true
}

// eleventyDate returns what s, one of the words Eleventy reads in a
// `date` as a date of the file ("Last Modified", "Created", "git Last
// Modified", "git Created"), stands for, and whether it is the date of a
// change, or "" when s is none of them.
func eleventyDate(s string) (what string, lastChange bool) {
	switch strings.ToLower(strings.Join(strings.Fields(s), " ")) {
	case "last modified":
		return "the day the file was last changed", true
	case "git last modified":
		return "the day of the file's last commit", true
	case "created":
		return "the day the file was made", false
	case "git created":
		return "the day of the file's first commit", false
	}
	return "", false
}

// datedName says, when the name of brief b's file, or its folder's for
// a bundle, begins with a day, as Jekyll's posts are named
// (2024-05-01-talks.md), which date to give it: brief does not take it
// from the name without a word. It returns "" for any other name.
func datedName(b *site.Brief) string {
	name, what := path.Base(b.File), "file"
	if b.Bundle {
		name, what = path.Base(path.Dir(b.File)), "folder"
	}
	if len(name) >= 10 && (len(name) == 10 || name[10] < '0' || name[10] > '9') {
		if _, err := time.Parse(time.DateOnly, name[:10]); err == nil {
			return fmt.Sprintf("its %s name begins with %s: add `date: %s`", what, name[:10], name[:10])
		}
	}
	return ""
}

// pagelessFolders are the folders of a Jekyll or Eleventy site that hold
// its templates or data, never pages, with where brief has what they
// hold. Any other folder of content/briefs/ whose name begins with _,
// Jekyll's _posts/ or a collection's, is a folder of briefs, as Jekyll
// publishes them too.
var pagelessFolders = []struct{ name, instead string }{
	{"_layouts", "brief's templates are in templates/ (docs/templates.md)"},
	{"_includes", "brief's templates are in templates/, a partial as a {{define}} in templates/partials.html (docs/templates.md)"},
	{"_data", "brief has no data files; a brief's facts go in its front matter"},
	{"_sass", "brief has no Sass; templates/style.css replaces the theme's style sheet (docs/templates.md)"},
}

// pageless returns why a folder of content/ named name, one of
// pagelessFolders, is not read, or "".
func pageless(name string) string {
	for _, f := range pagelessFolders {
		if f.name == name {
			return "a Jekyll or Eleventy folder of templates or data, not of pages; " + f.instead
		}
	}
	return ""
}

// draftsTypo says, of a folder of content/briefs/ whose name is
// draftsFolder's misspelt, with its _ (_draft, _Draft, _drafs), that its
// briefs are published, where a _drafts/ folder's would be left out: or
// "" for any other name. A drafts/ folder, without the _, is a folder of
// briefs a site may mean as one.
func draftsTypo(name string) string {
	if isDrafts(name) || !strings.HasPrefix(name, "_") || slug.Distance(strings.ToLower(name), draftsFolder) > 1 {
		return ""
	}
	return fmt.Sprintf("did you mean %s? this folder's briefs are published, as any folder's, where those of a folder named %s are drafts, left out without -drafts", draftsFolder, draftsFolder)
}

// markdownExts are the extensions but .md that Jekyll, Hugo and other
// tools read as Markdown. brief reads only .md: a brief or profile with
// one of these is an error, not a warning, since the site would go out
// without it.
var markdownExts = []string{".markdown", ".mdown", ".mkdown", ".mkd", ".mkdn", ".markdn", ".mdwn"}

// otherMarkdown reports whether the file name ends in one of
// markdownExts, in any case.
func otherMarkdown(name string) bool {
	return slices.ContainsFunc(markdownExts, func(ext string) bool { return strings.EqualFold(path.Ext(name), ext) })
}

// themePage says, of a file of content/ named as the home page or the
// 404 page of a Jekyll, Eleventy or Hugo site (index.md, 404.md, or
// .html), which template makes that page in brief, or "" for any other
// name: such a file is no brief, and a hint to move it into
// content/briefs/ would make it one.
func themePage(name string) string {
	ext := path.Ext(name)
	if !strings.EqualFold(ext, ".md") && !otherMarkdown(name) && !strings.EqualFold(ext, ".html") {
		return ""
	}
	switch strings.ToLower(strings.TrimSuffix(name, ext)) {
	case "index":
		return "the home page is made by the theme's templates/home.html, its text the `description` in brief.yaml; a site's own templates/home.html takes its place (docs/templates.md)"
	case "404":
		return "the 404 page is made by the theme's templates/404.html; a site's own templates/404.html takes its place (docs/templates.md)"
	}
	return ""
}

// otherFolders are folders other generators read at a site's root, with
// where brief has what they hold.
var otherFolders = []struct{ name, instead string }{
	{"layouts", "brief's templates are in templates/ (docs/templates.md)"},
	{"i18n", "the theme's texts are translated in brief.yaml, under `translations` (docs/templates.md)"},
	{"_posts", "briefs go in content/briefs/, where Jekyll's _posts/ may go as it is"},
	{draftsFolder, "drafts go in content/briefs/" + draftsFolder + "/, which a build leaves out without -drafts"},
}

// warnOtherFolders warns of the folders of otherFolders and
// pagelessFolders the site has at its root, which brief does not read.
func warnOtherFolders(fsys fs.FS, diags *diag.List) {
	for _, f := range slices.Concat(otherFolders, pagelessFolders) {
		if fi, err := fs.Lstat(fsys, f.name); err == nil && fi.IsDir() {
			diags.Warnf(diag.Pos{File: f.name}, "not read: %s", f.instead)
		}
	}
}
