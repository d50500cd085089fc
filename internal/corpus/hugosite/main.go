// Hugosite converts a brief site into an equivalent Hugo site, so that
// scripts/bench-compare.sh can build the same corpus with both:
//
//	go run ./internal/corpus/hugosite -src /tmp/corpus-10k -o /tmp/hugo-10k
//
// Briefs become pages of the section "briefs" with the taxonomies actors,
// countries and topics; profiles become the taxonomy terms' own pages;
// fuzzy dates become the first day they can mean, with the original kept
// as a parameter; wikilinks become Markdown links; sources and events stay
// in the front matter as parameters, and the templates show them. The
// templates are small but do the same kind of work as brief's: a page per
// brief with its terms, sources and events, a page per term listing its
// briefs, the lists of terms, the home page and the section list.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/slug"
)

func main() {
	src := flag.String("src", "", "brief site root `dir`ectory (required)")
	out := flag.String("o", "", "Hugo site `dir`ectory to write (required)")
	flag.Parse()
	if *src == "" || *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := convert(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "hugosite:", err)
		os.Exit(1)
	}
}

func convert(src, out string) error {
	if err := output.Claim(out, src); err != nil {
		return err
	}
	for name, text := range layouts {
		if err := write(filepath.Join(out, name), []byte(text)); err != nil {
			return err
		}
	}
	if err := write(filepath.Join(out, "hugo.toml"), []byte(config)); err != nil {
		return err
	}
	briefs, err := filepath.Glob(filepath.Join(src, "content", "briefs", "*.md"))
	if err != nil {
		return err
	}
	for _, f := range briefs {
		meta, body, err := split(f)
		if err != nil {
			return err
		}
		if s, ok := meta["date"].(string); ok {
			d, err := date.Parse(s)
			if err != nil {
				return fmt.Errorf("%s: %v", f, err)
			}
			meta["brief_date"] = s
			meta["date"] = d.Start().Format("2006-01-02")
		}
		if err := page(filepath.Join(out, "content", "briefs", filepath.Base(f)), meta, wikilinks(body)); err != nil {
			return err
		}
	}
	for _, kind := range []string{"actors", "countries", "topics"} {
		files, err := filepath.Glob(filepath.Join(src, "content", kind, "*.md"))
		if err != nil {
			return err
		}
		for _, f := range files {
			meta, body, err := split(f)
			if err != nil {
				return err
			}
			name, _ := meta["name"].(string)
			meta["title"] = name
			delete(meta, "name")
			if k, ok := meta["kind"]; ok {
				// Hugo's kind is the page kind; brief's is the actor's type.
				meta["actor_kind"] = k
				delete(meta, "kind")
			}
			if a, ok := meta["aliases"]; ok {
				// Hugo's aliases are redirects; brief's are other names.
				meta["also_known_as"] = a
				delete(meta, "aliases")
			}
			// Hugo's term folders are the urlized term names.
			dir := filepath.Join(out, "content", kind, urlize(name))
			if err := page(filepath.Join(dir, "_index.md"), meta, wikilinks(body)); err != nil {
				return err
			}
		}
	}
	return nil
}

func split(file string) (map[string]any, []byte, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	rest, ok := bytes.CutPrefix(data, []byte("---\n"))
	if !ok {
		return nil, nil, fmt.Errorf("%s: no front matter", file)
	}
	fm, body, ok := bytes.Cut(rest, []byte("\n---\n"))
	if !ok {
		return nil, nil, fmt.Errorf("%s: front matter not closed", file)
	}
	meta := map[string]any{}
	if err := yaml.Unmarshal(fm, &meta); err != nil {
		return nil, nil, fmt.Errorf("%s: %v", file, err)
	}
	return meta, body, nil
}

func page(file string, meta map[string]any, body []byte) error {
	fm, err := yaml.Marshal(meta)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	b.Write(fm)
	b.WriteString("---\n")
	b.Write(body)
	return write(file, b.Bytes())
}

func write(file string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	return os.WriteFile(file, data, fs.FileMode(0o644))
}

var wikilink = regexp.MustCompile(`\[\[([^\]|]+)(?:\|([^\]]+))?\]\]`)

// wikilinks turns [[target]] and [[target|label]] into Markdown links to
// the brief of that slug or the actor or country of that name.
func wikilinks(body []byte) []byte {
	return wikilink.ReplaceAllFunc(body, func(m []byte) []byte {
		sub := wikilink.FindSubmatch(m)
		target, label := string(sub[1]), string(sub[2])
		if label == "" {
			label = target
		}
		var href string
		if slug.Make(target) == target {
			href = "/briefs/" + target + "/"
		} else {
			href = "/actors/" + urlize(target) + "/"
		}
		return []byte("[" + label + "](" + href + ")")
	})
}

// urlize approximates Hugo's urlize for the generated names: lower case,
// spaces to hyphens, other punctuation dropped.
func urlize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r == ' ' || r == '-':
			b.WriteByte('-')
		case r == '.' || r == '\'' || r == ',' || r == '(' || r == ')':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

const config = `baseURL = "https://briefs.example.org/"
title = "Synthetic briefing"
languageCode = "en"
disableKinds = []
[taxonomies]
  actor = "actors"
  country = "countries"
  topic = "topics"
[markup.goldmark.renderer]
  unsafe = false
`

var layouts = map[string]string{
	"layouts/baseof.html": `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
<body><nav><a href="{{ "/" | relURL }}">Home</a> <a href="{{ "/briefs/" | relURL }}">Briefs</a>
<a href="{{ "/actors/" | relURL }}">Actors</a> <a href="{{ "/countries/" | relURL }}">Countries</a> <a href="{{ "/topics/" | relURL }}">Topics</a></nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>
`,
	"layouts/page.html": `{{ define "main" }}<article>
<p class="meta">{{ with .Params.brief_date }}{{ . }}{{ else }}{{ .Date.Format "2 January 2006" }}{{ end }}</p>
<h1>{{ .Title }}</h1>{{ with .Params.summary }}<p class="lede">{{ . }}</p>{{ end }}
<div class="prose">{{ .Content }}</div>
<aside>{{ range $tax, $label := dict "actors" "Actors" "countries" "Countries" "topics" "Topics" }}
{{ with $.GetTerms $tax }}<h2>{{ $label }}</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}{{ end }}
{{ with .Params.events }}<h2>Timeline</h2><ol>{{ range . }}<li>{{ .date }}: {{ .text }}</li>{{ end }}</ol>{{ end }}</aside>
<footer><h2>Sources</h2><ol>{{ range .Params.sources }}<li><a href="{{ .url }}">{{ .title }}</a>, {{ .publisher }}, {{ .date }}</li>{{ end }}</ol>
{{ with .Site.RegularPages.Related . | first 5 }}<h2>Related briefs</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}</footer>
</article>{{ end }}
`,
	"layouts/section.html": `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}{{ with .Params.summary }}<br>{{ . }}{{ end }}</li>{{ end }}</ul>{{ end }}
`,
	"layouts/taxonomy.html": `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
`,
	"layouts/term.html": `{{ define "main" }}<h1>{{ .Title }}</h1>{{ with .Params.summary }}<p class="lede">{{ . }}</p>{{ end }}{{ .Content }}
<h2>Timeline</h2><ol>{{ range .Pages.ByDate }}<li>{{ .Date.Format "January 2006" }}: <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Params.events }} ({{ len . }} events){{ end }}</li>{{ end }}</ol>
<h2>Briefs</h2><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Params.summary }}<br>{{ . }}{{ end }}</li>{{ end }}</ul>{{ end }}
`,
	"layouts/home.html": `{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul>{{ range first 10 (where .Site.RegularPages "Section" "briefs") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`,
	"static/style.css": "body{font-family:sans-serif;max-width:60rem;margin:auto}\n",
}
