package load

// This file holds what brief tells a site moved from another generator,
// Jekyll, Eleventy, Hugo or Zola: where brief has what the other's
// fields, settings, folders and files are for, and what it does not read.

import (
	"fmt"
	"html"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/country"
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

// published tells of the key k of a brief, Jekyll's `published` or
// Obsidian Publish's `publish`, when its value v is true or false:
// brief's field for `published: false` is `draft: true`, and it has
// none for `published: true`. It reports whether it told of k; a
// `published` of another value, a date, is told as any unknown field.
func (d *decoder) published(k, v *yaml.Node) bool {
	if strings.EqualFold(k.Value, "status") && v.Kind == yaml.ScalarNode {
		return d.status(k, v)
	}
	if !(strings.EqualFold(k.Value, "published") || strings.EqualFold(k.Value, "publish")) || v.Kind != yaml.ScalarNode {
		return false
	}
	published, ok := truth(v.Value)
	switch {
	case !ok:
		return false
	case published:
		d.errorf(k, "unknown field `%s` in brief: remove it: briefs are published unless `draft: true`", k.Value)
	default:
		d.errorf(k, "unknown field `%s` in brief, did you mean `draft: true`?", k.Value)
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

// status tells of the key k of a brief, WordPress's or Ghost's
// `status`, when its value v is one of theirs: a post kept off the site
// (draft, pending, private, future) is `draft: true` in brief, and a
// published one needs no field. It reports whether it told of k; a
// status of another value is told as any unknown field.
func (d *decoder) status(k, v *yaml.Node) bool {
	value := strings.ToLower(strings.TrimSpace(v.Value))
	if why, ok := unpublished[value]; ok {
		d.errorf(k, "unknown field `%s` in brief, did you mean `draft: true`? `%s: %s` is %s: write `draft: true` in its place, or the brief is published", k.Value, k.Value, v.Value, why)
		return true
	}
	switch value {
	case "publish", "published", "sent":
		d.errorf(k, "unknown field `%s` in brief: remove it: briefs are published unless `draft: true`", k.Value)
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

// ghostKeys are fields only Ghost's posts have, which tell a Ghost post
// from an Obsidian note: Ghost's tags that start with # are internal
// ones, where Obsidian writes every tag so.
var ghostKeys = []string{"feature_image", "feature_image_alt", "feature_image_caption", "date_published", "published_at", "primary_author", "primary_tag", "custom_excerpt", "codeinjection_head", "codeinjection_foot", "visibility"}

// topicsHint returns what to add to the error of a field of a brief's
// mapping m, another generator's name for `topics`, when renaming it
// alone would not do: when m has more than one such field
// (WordPress's `categories` and `tags`), it gives the one line they
// merge into; when the post is Ghost's, it leaves out its internal
// tags (#newsletter), which its readers never saw, and it leaves out
// WordPress's Uncategorized. The tags that name countries brief knows
// go in `countries`, merged with its own and told of beside `topics`
// too, and in the line for a field alone (tags: [Kenya, Mali], or
// Obsidian's ["#haiti", un]). It returns "" when there is nothing of the
// kind to say, which the other hints tell, or the fields hold other than
// names.
func (d *decoder) topicsHint(m *yaml.Node) string {
	ghost := false
	var keys []string
	var topics, countries, internal []string
	seen := map[string]bool{}
	add := func(list *[]string, name string) {
		if key := slug.Key(name); !seen[key] {
			seen[key] = true
			*list = append(*list, name)
		}
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if slices.Contains(ghostKeys, strings.ToLower(m.Content[i].Value)) {
			ghost = true
		}
	}
	var tags []string
	for _, field := range []string{"topics", "countries", ""} {
		for i := 0; i+1 < len(m.Content); i += 2 {
			key, v := m.Content[i].Value, m.Content[i+1]
			if field != "" && key != field || field == "" && otherNames[strings.ToLower(key)] != "topics" {
				continue
			}
			names, ok := tagNames(v)
			if field != "" {
				names, ok = d.names(v, field == "topics") // brief's own, as it reads them
			}
			if !ok {
				return ""
			}
			switch field {
			case "topics":
				for _, n := range names {
					add(&topics, n)
				}
			case "countries":
				for _, n := range names {
					add(&countries, n)
				}
			default:
				keys = append(keys, "`"+key+"`")
				tags = append(tags, names...)
			}
		}
	}
	hasTopics, hasCountries := len(topics) > 0 || mappingValue(m, "topics") != nil, mappingValue(m, "countries") != nil
	var added []string  // the tags that name countries
	obsidian := false   // whether a tag is written #tag
	uncategorized := "" // WordPress's category of a post filed under none
	for _, n := range tags {
		if strings.HasPrefix(n, "#") && ghost {
			if !slices.Contains(internal, n) {
				internal = append(internal, n)
			}
			continue
		}
		obsidian = obsidian || strings.HasPrefix(n, "#")
		if strings.EqualFold(n, "uncategorized") {
			uncategorized = n
			continue
		}
		for _, w := range strings.FieldsFunc(n, func(c rune) bool { return c == ' ' || c == ',' }) {
			if !strings.HasPrefix(n, "#") {
				w = n // a name of words, not Obsidian's tags
			}
			w = strings.TrimPrefix(w, "#")
			if c, ok := countryName(w); ok {
				if !seen[slug.Key(w)] && !seen[slug.Key(c)] {
					add(&countries, c)
					added = append(added, w)
				}
				seen[slug.Key(w)] = true
			} else if w != "" {
				add(&topics, w)
			}
			if !strings.HasPrefix(n, "#") {
				break
			}
		}
	}
	if len(internal) == 0 && len(keys) < 2 && len(added) == 0 && uncategorized == "" {
		return ""
	}
	var lines []string
	if len(topics) > 0 {
		lines = append(lines, "topics: "+flowList(topics))
	}
	if len(countries) > 0 && (len(added) > 0 || hasCountries) {
		lines = append(lines, "countries: "+flowList(countries))
	}
	line := strings.Join(lines, " and ")
	if len(line) > 200 {
		return ""
	}
	replaced := slices.Clone(keys)
	if hasTopics {
		replaced = append(replaced, "`topics`")
	}
	if hasCountries && len(added) > 0 {
		replaced = append(replaced, "`countries`")
	}
	var b strings.Builder
	switch {
	case hasTopics:
		b.WriteString(", and `topics` is given too: ")
	case len(keys) > 1:
		fmt.Fprintf(&b, ", did you mean `topics`? %s are both brief's `topics`, which a brief gives once: ", andList(keys))
	case obsidian && !ghost:
		b.WriteString(", did you mean `topics`? brief reads Obsidian's tags as topics: ")
	default:
		b.WriteString(", did you mean `topics`? ")
	}
	if line == "" {
		fmt.Fprintf(&b, "remove %s", andList(replaced))
	} else {
		fmt.Fprintf(&b, "write %s in place of %s", line, andList(replaced))
	}
	switch len(added) {
	case 0:
	case 1:
		fmt.Fprintf(&b, "; %s is a country, which goes in `countries`", added[0])
	default:
		fmt.Fprintf(&b, "; %s are countries, which go in `countries`", andList(added))
	}
	if uncategorized != "" {
		fmt.Fprintf(&b, "; %s, WordPress's category of a post filed under none, is left out", uncategorized)
	}
	switch len(internal) {
	case 0:
	case 1:
		fmt.Fprintf(&b, "; %s is left out, as a Ghost tag that starts with # is an internal one, never shown to readers", internal[0])
	default:
		fmt.Fprintf(&b, "; %s are left out, as Ghost's tags that start with # are internal ones, never shown to readers", andList(internal))
	}
	return b.String()
}

// sameFieldHint returns what to add to the error of a field of
// the mapping m, another generator's name for brief's field, when m has
// more than one such name for it and not field itself (Ghost's
// `date_updated` beside WordPress's `modified`): renaming each as it is
// told would give field twice, so both errors say the one line to write,
// or, when their values differ, which to keep. It returns "" otherwise.
func sameFieldHint(m *yaml.Node, field string) string {
	if mappingValue(m, field) != nil {
		return "" // told to keep one of the two
	}
	var keys []string
	var values []*yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		if k.Kind == yaml.ScalarNode && otherNames[strings.ToLower(k.Value)] == field {
			keys = append(keys, "`"+k.Value+"`")
			values = append(values, m.Content[i+1])
		}
	}
	if len(keys) < 2 {
		return ""
	}
	all, others := "all", "others"
	if len(keys) == 2 {
		all, others = "both", "other"
	}
	same := true
	for _, v := range values {
		same = same && v.Kind == yaml.ScalarNode && values[0].Kind == yaml.ScalarNode && v.Value == values[0].Value && v.Value != "" && len(v.Value) <= 100 && !strings.ContainsAny(v.Value, "\n#")
	}
	if same {
		value := values[0].Value
		if values[0].Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 || strings.Contains(value, ": ") {
			value = strconv.Quote(value)
		}
		return fmt.Sprintf(", did you mean `%s`? %s are %s brief's `%s`, which a brief gives once: write %s: %s in place of %s", field, andList(keys), all, field, field, value, andList(keys))
	}
	return fmt.Sprintf(", did you mean `%s`? %s are %s brief's `%s`, which a brief gives once: keep the one that is right, as `%s`, and remove the %s", field, andList(keys), all, field, field, others)
}

// tagNames returns the names a field of tags, v, holds: a list's
// items, or a value's, split at its commas when it is plain. It reports
// false when v holds other than names, or Obsidian's tags YAML takes
// for a comment, which tagsHint tells of.
func tagNames(v *yaml.Node) ([]string, bool) {
	switch {
	case v.Kind == yaml.ScalarNode && v.Tag == "!!null":
		return nil, false
	case v.Kind == yaml.ScalarNode && v.Style == 0 && strings.Contains(v.Value, ","):
		var names []string
		for _, p := range splitCommas(v.Value) {
			names = append(names, p.text)
		}
		return names, true
	case v.Kind == yaml.ScalarNode:
		return []string{strings.TrimSpace(v.Value)}, true
	case v.Kind != yaml.SequenceNode:
		return nil, false
	}
	var names []string
	for _, it := range v.Content {
		if it.Kind != yaml.ScalarNode || it.Tag == "!!null" {
			return nil, false
		}
		if s := strings.Join(strings.Fields(it.Value), " "); s != "" {
			names = append(names, s)
		}
	}
	return names, true
}

// countryName returns the name of the country brief knows as name, an
// English name or one it goes by ("chad", "UK"), not its code: a tag
// "it" or "and" is no country.
func countryName(name string) (string, bool) {
	c, ok := country.Lookup(name)
	if !ok {
		return "", false
	}
	k := slug.Key(name)
	if k == slug.Key(c.Name) || k == "the "+slug.Key(c.Name) || slices.ContainsFunc(c.Aliases, func(a string) bool { return slug.Key(a) == k }) {
		return c.Name, true
	}
	return "", false
}

// flowList writes names as a YAML list on one line, quoting a name that
// needs it.
func flowList(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		if !plainInFlow(n) {
			n = strconv.Quote(n)
		}
		out[i] = n
	}
	return "[" + strings.Join(out, ", ") + "]"
}

// plainInFlow reports whether name may stand unquoted in a YAML flow
// list and read back as itself: not "yes", "null", "12", "*featured" or
// "@home", which read as another value or do not parse.
func plainInFlow(name string) bool {
	if name == "" || strings.ContainsAny(name, "[]{}:#\"',") {
		return false
	}
	var got []any
	if err := yaml.Unmarshal([]byte("["+name+"]"), &got); err != nil || len(got) != 1 {
		return false
	}
	s, ok := got[0].(string)
	return ok && s == name
}

// andList joins words as a sentence lists them: "a", "a and b", "a, b
// and c".
func andList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// entity matches what may be an HTML character reference, named
// (&amp;), decimal (&#8217;) or hexadecimal (&#x2019;).
var entity = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// entities warns of the HTML character references in s, the text of
// the field of the scalar n, which a WordPress or Ghost export leaves
// in titles and excerpts ("Chad&#8217;s transition &amp; the AU"): a
// page shows text as written, the reference and all. A & alone, or
// followed by a name HTML does not know, is text, and not warned of.
func (d *decoder) entities(n *yaml.Node, field, s string) {
	var refs []string
	at := -1
	for _, loc := range entity.FindAllStringIndex(s, -1) {
		ref := s[loc[0]:loc[1]]
		if html.UnescapeString(ref) == ref {
			continue // not a name HTML knows
		}
		if at < 0 {
			at = loc[0]
		}
		if !slices.Contains(refs, ref) {
			refs = append(refs, ref)
		}
	}
	if len(refs) == 0 {
		return
	}
	p := d.pos(n)
	switch {
	case d.writtenAt(p, s):
		p.Col += at
	case d.quotedAsIs(p, s):
		p.Col += 1 + at
	}
	if len(refs) == 1 {
		c := html.UnescapeString(refs[0])
		if strings.TrimSpace(c) == "" {
			d.diags.Warnf(p, "`%s` holds the HTML entity %s, shown as written: write a space", field, refs[0])
			return
		}
		d.diags.Warnf(p, "`%s` holds the HTML entity %s, shown as written: write the character (%s)", field, refs[0], c)
		return
	}
	text := strings.Join(strings.Fields(html.UnescapeString(s)), " ") // a no-break space a space
	if len(text) > 200 {
		d.diags.Warnf(p, "`%s` holds the HTML entities %s, shown as written: write the characters", field, andList(refs))
		return
	}
	d.diags.Warnf(p, "`%s` holds the HTML entities %s, shown as written: write the characters, as %s", field, andList(refs), strconv.Quote(text))
}
