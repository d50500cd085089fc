// Package site is brief's model of a briefing: briefs, entities (actors,
// countries, topics), sources and timeline events, and the links between
// them.
//
// The package holds data only. The load phase fills in what the files say,
// the resolve phase fills in the links (entities, backlinks, timelines), the
// markdown phase fills in the bodies' HTML (see Markup), and the render
// phase reads the finished model. Nothing here does I/O.
package site

import (
	"html/template"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
)

// Site is a whole briefing, from its site root.
type Site struct {
	Config    Config
	Zone      *time.Location // of Config.TimeZone; nil for UTC
	Briefs    []*Brief       // newest first (by date, then title)
	Actors    []*Entity      // by name
	Countries []*Entity      // by name
	Topics    []*Entity      // by name
	Sources   []*Source      // bibliography, by title
	Timeline  []*Event       // every brief date and event line, in date order
	Static    []Asset        // files copied as they are
	Pages     []*Page        // standalone pages (About, Methodology), by weight, then title
	Drafts    int            // briefs marked draft and left out

	// DraftNames maps the match key of the title and of the slug of each
	// draft left out, a brief or a standalone page, to its file, so that
	// a link to one says so.
	DraftNames map[string]string

	// Failed maps the match key of each name a link gives a content
	// file that is there but was left out as it could not be read (its
	// front matter in error, a merge conflict in it, not UTF-8) to the
	// file: a brief's or a page's slug, its file's name and its title,
	// when its line reads on its own; a profile's slug and file's name,
	// alone and under its kind (KindKey).
	// A link that names one, and nothing of the site, is not warned of:
	// the file's own error says what is wrong, and keeps the site from
	// being written.
	Failed map[string]string

	// Names maps the match key (slug.Key) of every brief title and slug and
	// every entity name, alias and slug to what it names, for wikilinks;
	// and each entity's keys under its kind (KindKey), which a wikilink
	// names as [[topics/Sudan]] where another kind has the name too.
	Names map[string]Target

	// NamesMade counts the times Names was made anew, and NamesRevised
	// lists, in order, the keys whose entries were changed in place
	// since it was last made (a brief retitled), so that a cache of what
	// the keys lead to need look again only at these.
	NamesMade    int
	NamesRevised []string
}

// Config holds the site file's settings.
type Config struct {
	Title        string `yaml:"title" toml:"title" json:"title"`
	Description  string `yaml:"description" toml:"description" json:"description"`
	Language     string `yaml:"language" toml:"language" json:"language"`
	BaseURL      string `yaml:"base_url" toml:"base_url" json:"base_url"`
	Minify       bool   `yaml:"minify" toml:"minify" json:"-"`
	PrettyURLs   bool   `yaml:"pretty_urls" toml:"pretty_urls" json:"-"`
	UnsafeHTML   bool   `yaml:"unsafe_html" toml:"unsafe_html" json:"-"`
	LinkMentions bool   `yaml:"link_mentions" toml:"link_mentions" json:"-"`

	// TimeZone is the IANA name of the location of times written without
	// an offset, such as "America/Port-au-Prince"; "" stands for UTC.
	TimeZone string `yaml:"time_zone" toml:"time_zone" json:"-"`

	// Translations are the site's words for the theme's texts, by their
	// English (see package lang), over those brief has for Language.
	Translations map[string]string `yaml:"translations" toml:"translations" json:"-"`

	// Params are the site's own settings, which brief keeps for templates
	// (.Site.Config.Params.x): see Brief.Params.
	Params map[string]any `yaml:"params" toml:"params" json:"params,omitempty"`
}

// Direction returns "rtl" when the site's language is written from right
// to left (Arabic, Hebrew, Persian, Urdu and the like), for the pages' dir
// attribute, and "" otherwise.
func (c Config) Direction() string {
	lang, _, _ := strings.Cut(strings.ToLower(c.Language), "-")
	switch lang {
	case "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "syr", "ug", "ur", "yi":
		return "rtl"
	}
	return ""
}

// Kind is the kind of an entity.
type Kind uint8

const (
	// Actor is a person or an organisation, profiled in content/actors/.
	Actor Kind = iota
	// Country is a country or territory, profiled in content/countries/.
	Country
	// Topic is a subject briefs share, profiled in content/topics/.
	Topic
)

// Dir returns the content and output directory of entities of kind k.
func (k Kind) Dir() string { return [...]string{"actors", "countries", "topics"}[k] }

// KindOf returns the kind whose Dir is dir.
func KindOf(dir string) (Kind, bool) {
	for _, k := range []Kind{Actor, Country, Topic} {
		if k.Dir() == dir {
			return k, true
		}
	}
	return 0, false
}

// KindKey returns the key in Site.Names of an entity of kind k by its
// match key: "topics/sudan". No match key has a slash.
func KindKey(k Kind, key string) string { return k.Dir() + "/" + key }

// BriefKey returns the key in Site.Names of a brief by the match key of
// its slug, "briefs/talks", where something else has the slug's key: a
// link to its file leads to it whatever else goes by the name. Where
// nothing else has it, the slug's key leads to the brief.
func BriefKey(key string) string { return "briefs/" + key }

// Singular returns the English name of the kind.
func (k Kind) Singular() string { return [...]string{"actor", "country", "topic"}[k] }

// Plural returns the English plural of the kind.
func (k Kind) Plural() string { return [...]string{"actors", "countries", "topics"}[k] }

// ByBriefs is the slug of the page under each kind's directory that lists
// its entities by number of briefs, such as actors/by-briefs/.
const ByBriefs = "by-briefs"

// ByYear is the directory of the pages of the list of briefs split by
// year, briefs/by-year/, which no brief can have as its slug.
const ByYear = "by-year"

// Reserved reports whether slug names a page of the kind's directory
// that is not a profile, and so cannot be a profile's slug.
func (k Kind) Reserved(slug string) bool { return slug == ByBriefs }

// Ref is a name as written in front matter, with its position.
type Ref struct {
	Name string
	Pos  diag.Pos
}

// Brief is one brief: a Markdown file with front matter.
type Brief struct {
	Slug    string
	File    string // path of the Markdown file, relative to the site root
	Bundle  bool   // the brief is a folder: content/briefs/<slug>/index.md
	Title   string
	Summary string // from front matter, or the first paragraph of the body
	Date    date.Date
	DatePos diag.Pos
	Draft   bool

	// Invalid reports that the front matter has errors: the brief is
	// kept, those fields empty, for its other problems to be found, and
	// is not warned of again for what the errors left out.
	Invalid bool

	// SourcesInError reports that the brief's `sources`, or its front
	// matter as a whole, has errors: the brief is not warned of as
	// citing no sources, which the errors may have left out. An error
	// in another field leaves the warning.
	SourcesInError bool

	// Updated is when the brief was last revised, if its front matter
	// says (Zola's `updated`, Hugo's `lastmod`); zero otherwise.
	Updated    date.Date
	UpdatedPos diag.Pos

	ActorRefs, CountryRefs, TopicRefs []Ref

	// Aliases are other paths the brief's page is found at, such as its
	// slug before its file was renamed: each gets a page that leads on
	// to the brief's.
	Aliases []Alias

	// Params are the brief's own fields, under `params` in its front
	// matter, which brief does not read: text, numbers (int64, float64),
	// booleans, nil, and lists ([]any) and mappings (map[string]any) of
	// them. Templates show them (.Brief.Params.author); the data files
	// carry them. Nil when there are none.
	Params map[string]any

	Sources []*Citation
	Events  []*Event

	Body     []byte // Markdown body
	BodyLine int    // line of the file on which the body starts

	// Filled in by resolve.
	Actors, Countries, Topics []*Entity
	Assets                    []Asset // bundle files copied beside the page
	// TitleKey and SlugKey are slug.Key of Title and of Slug: the keys
	// of the name table (Site.Names) that lead wikilinks to the brief.
	TitleKey, SlugKey string

	// Filled in by the markdown phase.
	BodyHTML        Markup // the body converted; see HTML
	LinksTo         []*Brief
	LinksToEntities []*Entity // the profiles its body's wikilinks lead to
	MentionedIn     []*Brief
	SummaryFromBody bool // Summary is the body's first paragraph
}

// HTML returns the brief's body converted to HTML.
func (b *Brief) HTML() template.HTML { return b.BodyHTML.HTML() }

// Lede returns the summary to show above the brief's body: the one its
// front matter gives, or "" when the summary is the body's own first
// paragraph, which the page shows anyway.
func (b *Brief) Lede() string { return lede(b.Summary, b.SummaryFromBody) }

// Names reports whether the brief names e among its actors, countries or
// topics.
func (b *Brief) Names(e *Entity) bool {
	switch e.Kind {
	case Actor:
		return slices.Contains(b.Actors, e)
	case Country:
		return slices.Contains(b.Countries, e)
	}
	return slices.Contains(b.Topics, e)
}

// Entities returns the brief's actors, countries and topics.
func (b *Brief) Entities() []*Entity {
	out := make([]*Entity, 0, len(b.Actors)+len(b.Countries)+len(b.Topics))
	out = append(out, b.Actors...)
	out = append(out, b.Countries...)
	return append(out, b.Topics...)
}

// Alias is a path from the site root, such as "briefs/old-slug/index.html",
// whose page leads on to a brief's or a profile's, with the place in the
// front matter that names it.
type Alias struct {
	Path string
	Pos  diag.Pos
}

// OldSlug returns the slug the alias gives the brief's page, when it is
// a brief's page, briefs/<slug>/index.html, as a brief's slug before its
// file was renamed is.
func (a Alias) OldSlug() (string, bool) {
	rest, ok := strings.CutPrefix(a.Path, "briefs/")
	slug, ok2 := strings.CutSuffix(rest, "/index.html")
	return slug, ok && ok2 && slug != "" && !strings.Contains(slug, "/")
}

// Citation is a source as one brief cites it: the source, and what the
// brief adds of its own: the page it read (its note), the day it read it
// and the address of the copy it kept.
type Citation struct {
	Source   *Source
	Note     string    // the brief's: "p. 3, para. 10", or a remark on the source
	Accessed date.Date // the day the brief's author read the source, or zero
	Archive  string    // an archived copy's http(s) URL (web.archive.org, archive.today), or ""
	Pos      diag.Pos
	// AuthorPos and URLPos are where the source's author and url
	// values are written, for the problems told of them, or the zero
	// Pos when it gives none.
	AuthorPos, URLPos diag.Pos
	// Written is the source's title as the brief writes it, where its
	// Source, cited by other briefs too, shows another spelling ("Соединенные
	// Штаты" for "Соединённые Штаты"), or "": the brief's citations name the
	// source by the slug of either.
	Written string
}

// WrittenTitle returns the source's title as the brief writes it.
func (c *Citation) WrittenTitle() string {
	if c.Written != "" {
		return c.Written
	}
	return c.Source.Title
}

// Same reports whether c and o give the same source (see
// Source.SameCitation) and the same note, access date and archived copy.
// Written, resolve's, is not compared: a source whose citations differ
// in form is the same source to each.
func (c *Citation) Same(o *Citation) bool {
	return c.Note == o.Note && c.Accessed == o.Accessed && c.Archive == o.Archive && c.Source.SameCitation(o.Source)
}

// Bare returns a copy of c citing a bare copy of its source (see
// Source.Bare): the citation as the brief gives it.
func (c *Citation) Bare() *Citation {
	b := *c
	b.Source = c.Source.Bare()
	if c.Written != "" {
		b.Source.Title, b.Written = c.Written, ""
	}
	return &b
}

// Source is an article, report or document briefs rest on. Citations with
// the same title, author, publisher, date and URL are one source; what a
// brief adds of its own, its note and the like, is its Citation's.
type Source struct {
	ID        string // stable anchor on the sources page
	Title     string
	Author    string // as written: "A. Name" or "A. Name; B. Name"
	Publisher string
	URL       string // empty, an http(s)/mailto URL, or a file of the site from its root (see Local)
	Date      date.Date
	Briefs    []*Brief // the briefs that cite it, in site order
}

// ArticleKey returns a URL as it names an article, whatever its form:
// without its scheme, a "www.", a slash at the end, a fragment and the
// utm_ parameters that count clicks, its other parameters in order, and
// with its host in lower case. Citations whose URLs have one key cite one
// article. A URL without a host (mailto:, a file of the site) is its own
// key.
func ArticleKey(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	q := u.Query()
	for k := range q {
		if strings.HasPrefix(strings.ToLower(k), "utm_") {
			q.Del(k)
		}
	}
	key := strings.TrimPrefix(strings.ToLower(u.Host), "www.") + strings.TrimSuffix(u.EscapedPath(), "/")
	if enc := q.Encode(); enc != "" {
		key += "?" + enc
	}
	return key
}

// Local reports whether s's URL names a file of the site from its root,
// "/files/report.pdf" for static/files/report.pdf, which pages link to
// relative to themselves, as bodies' links from the root are.
func (s *Source) Local() bool { return strings.HasPrefix(s.URL, "/") }

// File returns the file of the site s's URL names, "files/report.pdf"
// for "/files/report.pdf#page=3", or "" when it names none (see Local).
func (s *Source) File() string {
	if !s.Local() {
		return ""
	}
	u, err := url.Parse(s.URL)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(path.Clean(u.Path), "/")
}

// SiteLink returns the link to the file of the site s's URL names, from
// the site's root: its path cleaned, without the leading slash, and its
// query and fragment as written, "files/report.pdf#page=3" for
// "/files/report.pdf/#page=3"; or "" when it names none (see Local).
func (s *Source) SiteLink() string {
	if !s.Local() {
		return ""
	}
	u, err := url.Parse(s.URL)
	if err != nil {
		return ""
	}
	u.Path = strings.TrimPrefix(path.Clean(u.Path), "/")
	u.RawPath = ""
	return u.String()
}

// SameCitation reports whether s and o, two citations' sources, give the
// same title, author, publisher, URL and date: all but what resolve adds.
func (s *Source) SameCitation(o *Source) bool {
	return s.Title == o.Title && s.Author == o.Author && s.Publisher == o.Publisher && s.URL == o.URL && s.Date == o.Date
}

// Bare returns a copy of s without what resolve adds, its ID and briefs:
// what a citation gives.
func (s *Source) Bare() *Source {
	return &Source{Title: s.Title, Author: s.Author, Publisher: s.Publisher, URL: s.URL, Date: s.Date}
}

// CitationIn returns the citation of s in brief b, one of its Briefs,
// or nil when b does not cite it.
func (s *Source) CitationIn(b *Brief) *Citation {
	for _, c := range b.Sources {
		if c.Source == s {
			return c
		}
	}
	return nil
}

// Note returns the note every brief citing s gives it, when they all give
// the same one, as a source cited once does: a remark on the source
// itself, shown with it. It returns "" when the briefs' notes differ, or
// some give none: each is then its brief's, shown beside it.
func (s *Source) Note() string {
	note, first := "", true
	for _, b := range s.Briefs {
		c := s.CitationIn(b)
		switch {
		case c == nil:
		case first:
			if c.Note == "" {
				return "" // some give none: a source cited by thousands of briefs is not read through for each
			}
			note, first = c.Note, false
		case c.Note != note:
			return ""
		}
	}
	return note
}

// Entity is an actor, a country or a topic.
type Entity struct {
	Kind       Kind
	Slug       string
	Name       string
	Aliases    []string
	AliasRefs  []Ref  // aliases with their positions in the file
	Type       string // actors: person, organisation, force ...
	Summary    string
	File       string // "" for a profile generated from mentions alone
	Body       []byte
	BodyLine   int
	Code       string // countries: ISO 3166-1 alpha-2
	Flag       string // countries: flag emoji
	CountryRef Ref    // actors: the country named in the file
	Pos        diag.Pos
	Params     map[string]any // the profile's own fields: see Brief.Params

	// OldPaths are the profile's old addresses, written among its
	// aliases as paths ("/actors/old-slug/"), such as its address before
	// its file was renamed or merged into another: each gets a page that
	// leads on to the profile's, as a brief's Aliases do. They are not
	// names: Aliases are.
	OldPaths []Alias

	// Filled in by resolve.
	Country     *Entity   // actors: the country it belongs to
	Members     []*Entity // countries: actors that belong to it
	Briefs      []*Brief  // briefs naming it, newest first
	MentionedIn []*Brief  // briefs whose body links to it but do not name it, newest first
	Events      []*Event  // its own timeline, in date order
	Related     []Weighted
	Sources     []*Source

	// Filled in by the markdown phase.
	BodyHTML        Markup // the body converted; see HTML
	SummaryFromBody bool   // Summary is the body's first paragraph
}

// HTML returns the profile's body converted to HTML.
func (e *Entity) HTML() template.HTML { return e.BodyHTML.HTML() }

// String returns the entity's name, as a template shows an entity,
// {{.Entity.Country}}; "" for none.
func (e *Entity) String() string {
	if e == nil {
		return ""
	}
	return e.Name
}

// Lede returns the summary to show above the profile's body, as
// Brief.Lede does.
func (e *Entity) Lede() string { return lede(e.Summary, e.SummaryFromBody) }

func lede(summary string, fromBody bool) string {
	if fromBody {
		return ""
	}
	return summary
}

// Weighted is an entity with a count, such as how many briefs two entities
// share.
type Weighted struct {
	Entity *Entity
	Count  int
}

// Event is a dated line on a timeline: a brief's own date or one of its
// events.
type Event struct {
	Date    date.Date
	Text    string
	Brief   *Brief
	OfBrief bool // the brief's own date rather than an events line
	Pos     diag.Pos

	ActorRefs, CountryRefs []Ref
	Actors, Countries      []*Entity
}

// Asset is a file copied to the output as it is.
type Asset struct {
	Src  string // path in the site's file system
	Dest string // slash-separated path in the output
}

// EntitiesOf returns the site's entities of kind k.
func (s *Site) EntitiesOf(k Kind) []*Entity {
	switch k {
	case Actor:
		return s.Actors
	case Country:
		return s.Countries
	}
	return s.Topics
}

// Target is what a wikilink or a mention names: a brief or an entity.
type Target struct {
	Brief  *Brief
	Entity *Entity
}

// Path returns the target's page directory, relative to the site root.
func (t Target) Path() string {
	if t.Brief != nil {
		return t.Brief.Path()
	}
	return t.Entity.Path()
}

// Slug returns the target's slug.
func (t Target) Slug() string {
	if t.Brief != nil {
		return t.Brief.Slug
	}
	return t.Entity.Slug
}

// Title returns the target's title or name.
func (t Target) Title() string {
	if t.Brief != nil {
		return t.Brief.Title
	}
	return t.Entity.Name
}

// Path returns the brief's page directory relative to the site root, with
// a trailing slash: "briefs/<slug>/".
func (b *Brief) Path() string { return "briefs/" + b.Slug + "/" }

// PagePath returns the path of the brief's page relative to the site
// root, "briefs/<slug>/index.html": Path and the file, made at once.
func (b *Brief) PagePath() string { return "briefs/" + b.Slug + "/index.html" }

// Path returns the entity's page directory relative to the site root, with
// a trailing slash: "actors/<slug>/".
func (e *Entity) Path() string { return e.Kind.Dir() + "/" + e.Slug + "/" }
