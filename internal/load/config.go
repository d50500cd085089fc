package load

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/site"
)

// SiteFiles returns the names a site file may have, at the site's root,
// in the order Load looks for them.
func SiteFiles() []string { return []string{"brief.yaml", "brief.yml", "brief.toml"} }

// loadConfig reads brief.yaml or brief.toml, if present.
func loadConfig(fsys fs.FS, diags *diag.List) site.Config {
	var c site.Config
	var found []string
	for _, name := range SiteFiles() {
		fi, err := fs.Lstat(fsys, name)
		switch {
		case err != nil:
		case fi.Mode().IsRegular():
			found = append(found, name)
		case fi.Mode()&fs.ModeSymlink != 0:
			diags.Errorf(diag.Pos{File: name}, "a link, which brief does not follow, so the site's settings would be lost; put the file itself in the site")
		}
	}
	if len(found) == 0 {
		// Hugo's, Eleventy's and Jekyll's site files.
		for _, name := range []string{"hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml", "config/_default", "eleventy.config.js", ".eleventy.js", "_config.yml", "_config.yaml", "_config.toml"} {
			if fi, err := fs.Lstat(fsys, name); err == nil && (fi.Mode().IsRegular() || fi.IsDir()) {
				diags.Warnf(diag.Pos{File: name}, "not read: brief's site file is brief.yaml (or brief.toml), with the fields the README lists")
				break
			}
		}
		return c
	}
	if len(found) > 1 {
		diags.Errorf(diag.Pos{File: found[1]}, "two site files: %s and %s; keep one", found[0], found[1])
	}
	file := found[0]
	src, ok := readText(fsys, file, diags)
	if !ok || reportConflicts(file, src, diags) > 0 { // its errors would be the markers'
		return c
	}
	var node *yaml.Node
	var err error
	if strings.HasSuffix(file, ".toml") {
		node, err = parseTOML(file, src, 0)
	} else if len(bytes.TrimSpace(src)) > 0 {
		node, err = parseYAML(file, src, 0)
	}
	if err != nil {
		pos, msg := errorAt(file, err)
		diags.Errorf(pos, "%s", strings.Replace(msg, "front matter", "site file", 1))
		return c
	}
	if node != nil {
		// Templates of its own, which may show texts the theme does not
		// (a style sheet alone shows none), read only when a warning
		// depends on them: not on every rebuild of brief serve.
		own := sync.OnceValue(func() []string {
			var texts []string
			names, _ := fs.Glob(fsys, "templates/*.html")
			for _, name := range names {
				if data, err := fs.ReadFile(fsys, name); err == nil {
					texts = append(texts, string(data))
				}
			}
			return texts
		})
		(&decoder{file: file, src: src, diags: diags, toml: path.Ext(file) == ".toml"}).config(node, &c, own)
	}
	return c
}

// config decodes the site file; ownTemplates returns the texts of the
// site's own templates (see translations).
func (d *decoder) config(m *yaml.Node, c *site.Config, ownTemplates func() []string) {
	var langValue *yaml.Node // language's, when brief may have no words for it
	defer func() {
		if langValue == nil || c.Language == "" || lang.Has(c.Language) || len(ownTemplates()) > 0 {
			return
		}
		keys, missing := lang.Keys(), lang.InEnglish(c.Translations)
		which := "(headings, labels, the words of dates)"
		if len(missing) <= 5 {
			which = `("` + strings.Join(missing, `", "`) + `")`
		}
		if len(missing) > 0 {
			d.diags.Warnf(d.pos(langValue), "brief has no words for `language` %q: %d of the theme's %d texts %s stay in English; give yours under `translations` (docs/translations.yaml, in brief's repository, lists every text)", c.Language, len(missing), len(keys)-1, which)
		}
	}()
	d.fields(m, "site file", configFields, func(key string, v *yaml.Node) {
		switch key {
		case "title":
			c.Title = d.str(v, key)
		case "description":
			c.Description = d.str(v, key)
		case "language":
			c.Language = d.str(v, key)
			if c.Language != "" && !languageTag.MatchString(c.Language) {
				d.errorf(v, "`language` %q is not a language tag; write one such as en, fr or pt-BR", c.Language)
				c.Language = ""
			} else if msg := unknownLanguage(c.Language); msg != "" {
				// The tag is wrong before brief lacks words for it.
				d.diags.Warnf(d.pos(v), "%s", msg)
			} else if short, msg := longLanguage(c.Language); msg != "" {
				// Read as written the short way everywhere: words,
				// dates, country names, the order of lists, lang.
				d.diags.Warnf(d.pos(v), "%s", msg)
				c.Language, langValue = short, v
			} else {
				langValue = v
			}
		case "base_url":
			c.BaseURL = d.str(v, key)
			if err := CheckBaseURL(c.BaseURL); c.BaseURL != "" && err != nil {
				d.errorf(v, "`base_url`: %v", err)
				c.BaseURL = ""
			}
		case "minify":
			c.Minify = d.boolean(v, key)
		case "pretty_urls":
			c.PrettyURLs = d.boolean(v, key)
		case "unsafe_html":
			c.UnsafeHTML = d.boolean(v, key)
		case "link_mentions":
			c.LinkMentions = d.boolean(v, key)
		case "time_zone":
			c.TimeZone = d.str(v, key)
			if _, err := Location(c.TimeZone); err != nil {
				d.errorf(v, "`time_zone`: %v", err)
				c.TimeZone = ""
			} else if w := zoneCaveat(c.TimeZone); w != "" {
				d.diags.Warnf(d.pos(v), "`time_zone`: %s", w)
			}
		case "translations":
			d.translations(v, c, ownTemplates)
		case "params":
			c.Params = d.params(v)
		}
	})
}

// languageTag matches the shape of a BCP 47 language tag, which the
// pages' lang attribute takes: a language of two or three letters, then
// subtags such as a script or a region.
var languageTag = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$`)

// longLanguage returns tag written with the two-letter code of its
// language, and a warning that says to write it so, when tag starts with
// a three-letter code of a language that has one ("fra" is "fr", "deu-AT"
// "de-AT"), as BCP 47, which the pages' lang attribute takes, wants it;
// tag and "" otherwise.
func longLanguage(tag string) (string, string) {
	code, rest, _ := strings.Cut(tag, "-")
	short := lang.Base(code)
	if len(code) != 3 || len(short) != 2 {
		return tag, ""
	}
	name := display.English.Languages().Name(language.Make(short))
	why := fmt.Sprintf("BCP 47, which the pages' lang attribute takes, writes %s with its two-letter code", name)
	if rest == "" {
		return short, fmt.Sprintf("`language` %q is written %q: %s; the site is built as %q", tag, short, why, short)
	}
	return short + "-" + rest, fmt.Sprintf("`language` %q: %q is written %q, so write %q: %s; the site is built as %q", tag, code, short, short+"-"+rest, why, short+"-"+rest)
}

// unknownLanguage says what is wrong with tag, of languageTag's shape,
// when no language has the code it starts with, and what to write: most
// often it is a country's code, "jp" for Japanese, "ua" for Ukrainian. It
// returns "" for a language's code, Sinhala's "si" and Belarusian's "be"
// too.
func unknownLanguage(tag string) string {
	code, rest, _ := strings.Cut(tag, "-")
	if _, err := language.ParseBase(code); err == nil || code == "" {
		return ""
	}
	what := fmt.Sprintf("`language` %q", tag) // what is not a language code
	if rest != "" {
		what = fmt.Sprintf("`language` %q: %q", tag, code)
	}
	region, err := language.ParseRegion(code)
	if len(code) != 2 || err != nil || !region.IsCountry() {
		return what + " is not a language code (ISO 639); write one such as en, fr or pt-BR"
	}
	msg := fmt.Sprintf("%s is a country code (%s), not a language code", what, display.English.Regions().Name(region))
	likeliest, _ := language.Compose(language.Und, region)
	base, conf := likeliest.Base()
	switch {
	case conf == language.No:
		return msg + "; write a language's, such as en, fr or pt-BR"
	case rest != "":
		return fmt.Sprintf("%s; the language code for %s is %q, so write %q", msg, display.English.Languages().Name(base), base, base.String()+"-"+rest)
	}
	return fmt.Sprintf("%s; the language code for %s is %q", msg, display.English.Languages().Name(base), base)
}
