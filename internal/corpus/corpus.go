// Package corpus generates synthetic briefing sites for benchmarks: a site
// file, n briefs with realistic front matter and Markdown bodies, and the
// actor, country and topic profiles they name.
//
// The output depends only on n and the seed, so two runs with the same
// arguments produce byte-identical sites, on any machine. Briefs average
// about 6.7 KB (a 10,000-brief site is about 67 MB of Markdown) and name
// 3 to 8 entities drawn from about n/10 actors, 65 countries and n/50
// topics, cite 2 to 4 sources from a shared pool and carry 0 to 3 events.
// Dates mix every precision brief accepts, from "2024-07-15" to "late 2023",
// "2024~" and intervals. Bodies have headings, lists, links, emphasis and
// [[wikilinks]] to other briefs and to entities.
//
// The text is invented; it is meant to exercise brief, not to be read.
// Package corpus is for tests, benchmarks and the tools under it; brief
// itself does not use it.
//
// Corpus and its tools (gen, hugosite, peak) are the one exception to
// brief's rule that only package output writes to disk: they write the
// sites they generate (WriteDir), Floor's pages, and peak's CPU and memory
// profiles themselves, as benchmark tooling that no command of brief runs.
// Where they replace a folder, they first have output.Claim check and
// empty it.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing/fstest"

	"github.com/briefsite/brief/internal/slug"
)

// Version changes whenever the files Generate makes for a given n and seed
// change, so that corpora written to disk by an older generator can be
// told apart.
const Version = 1

// Counts describes the size of a generated site.
type Counts struct {
	Briefs, Actors, Countries, Topics, Sources int
}

// CountsFor returns the size of the site Generate(n, seed) makes.
func CountsFor(n int) Counts {
	n = max(n, 0)
	return Counts{
		Briefs:    n,
		Actors:    max(n/10, 12),
		Countries: len(countryNames),
		Topics:    max(n/50, 6),
		Sources:   max(n/4, 16),
	}
}

// Generate returns a site of n briefs, generated from seed, as an in-memory
// file system rooted at the site root.
func Generate(n int, seed int64) fstest.MapFS {
	fsys := fstest.MapFS{}
	var mu sync.Mutex
	// Generation cannot fail when the callback does not.
	_ = newPlan(n, seed).each(runtime.GOMAXPROCS(0), func(name string, data []byte) error {
		mu.Lock()
		fsys[name] = &fstest.MapFile{Data: data, Mode: 0o644}
		mu.Unlock()
		return nil
	})
	return fsys
}

// WriteDir writes the site Generate(n, seed) returns into dir, creating it
// if needed. Files already in dir with the same names are replaced; others
// are left alone.
func WriteDir(dir string, n int, seed int64) error {
	p := newPlan(n, seed)
	for _, d := range []string{"content/briefs", "content/actors", "content/countries", "content/topics"} {
		if err := os.MkdirAll(filepath.Join(dir, filepath.FromSlash(d)), 0o755); err != nil {
			return err
		}
	}
	return p.each(runtime.GOMAXPROCS(0), func(name string, data []byte) error {
		return os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), data, 0o644)
	})
}

// BriefFiles returns the paths of the briefs Generate(n, seed) makes, in
// generation order.
func BriefFiles(n int, seed int64) []string {
	p := newPlan(n, seed)
	out := make([]string, len(p.briefs))
	for i, b := range p.briefs {
		out[i] = briefPath(b.slug)
	}
	return out
}

func briefPath(s string) string { return "content/briefs/" + s + ".md" }

// plan is everything about the site that must be known before any brief
// is written: the entities, the sources, and each brief's slug and title,
// so that bodies can link to one another.
type plan struct {
	seed      int64
	actors    []actor
	countries []named
	topics    []named
	sources   []source
	briefs    []named
}

type named struct{ name, slug string }

type actor struct {
	named
	aliases []string
	kind    string
	country int // index into countries
}

type source struct {
	title, publisher, date, url string
}

// rng returns the random stream number stream of the seed. Each brief has
// its own stream, so briefs can be generated in any order and in parallel.
func rng(seed int64, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), stream*0x9e3779b97f4a7c15+0x2545f4914f6cdd1d))
}

func newPlan(n int, seed int64) *plan {
	c := CountsFor(n)
	r := rng(seed, 0)
	p := &plan{seed: seed}
	for _, name := range countryNames {
		p.countries = append(p.countries, named{name, slug.Make(name)})
	}

	// Actor names and aliases share one set of keys so that no alias is
	// claimed by two actors.
	taken := map[string]bool{}
	free := func(s string) bool { return s != "" && !taken[slug.Key(s)] }
	for i := 0; i < c.Actors; i++ {
		var a actor
		for try := 0; ; try++ {
			if r.IntN(10) < 6 {
				a.name = pick(r, firstNames) + " " + pick(r, lastNames)
				if try > 8 {
					a.name = pick(r, firstNames) + " " + string(rune('A'+r.IntN(26))) + ". " + pick(r, lastNames)
				}
				a.kind = pick(r, personKinds)
			} else {
				typ := pick(r, orgTypes)
				a.name = pick(r, orgPrefixes) + " " + pick(r, orgCores) + " " + typ
				if r.IntN(3) == 0 {
					a.name += " of " + pick(r, countryNames)
				}
				a.kind = orgKinds[typ]
				if a.kind == "" {
					a.kind = "organisation"
				}
			}
			if try > 40 {
				a.name += " " + roman(try-39)
			}
			if free(a.name) {
				break
			}
		}
		taken[slug.Key(a.name)] = true
		if a.kind == "organisation" || r.IntN(4) == 0 {
			if al := aliasOf(a.name); len(al) > 1 && free(al) {
				a.aliases = append(a.aliases, al)
				taken[slug.Key(al)] = true
			}
		}
		if strings.Contains(a.kind, "person") || a.kind == "official" || a.kind == "diplomat" || a.kind == "commander" {
			if t := pick(r, titles) + " " + a.name; free(t) && r.IntN(3) == 0 {
				a.aliases = append(a.aliases, t)
				taken[slug.Key(t)] = true
			}
		}
		a.country = skewed(r, len(p.countries))
		p.actors = append(p.actors, a)
	}
	uniqueSlugs(len(p.actors), func(i int) *named { return &p.actors[i].named })

	seenTopic := map[string]bool{}
	for i := 0; i < c.Topics; i++ {
		var name string
		for try := 0; ; try++ {
			name = pick(r, topicBases)
			if i >= len(topicBases) || try > 0 {
				name += " in " + pick(r, regions)
			}
			if try > 20 {
				name += " " + roman(try-19)
			}
			if !seenTopic[slug.Key(name)] {
				break
			}
		}
		seenTopic[slug.Key(name)] = true
		p.topics = append(p.topics, named{name: name})
	}
	uniqueSlugs(len(p.topics), func(i int) *named { return &p.topics[i] })

	for i := 0; i < c.Sources; i++ {
		pub := publishers[r.IntN(len(publishers))]
		y, m, d := 2014+r.IntN(12), 1+r.IntN(12), 1+r.IntN(28)
		title := headline(r, p)
		p.sources = append(p.sources, source{
			title:     title,
			publisher: pub.name,
			date:      fmt.Sprintf("%04d-%02d-%02d", y, m, d),
			url:       fmt.Sprintf("https://www.%s/%04d/%02d/%s-%d", pub.domain, y, m, slug.Make(title), i+1),
		})
	}

	seenTitle := map[string]bool{}
	for i := 0; i < n; i++ {
		var title string
		for try := 0; ; try++ {
			title = headline(r, p)
			if try > 10 {
				title += " (" + strconv.Itoa(try) + ")"
			}
			if !seenTitle[slug.Key(title)] {
				break
			}
		}
		seenTitle[slug.Key(title)] = true
		p.briefs = append(p.briefs, named{name: title})
	}
	uniqueSlugs(len(p.briefs), func(i int) *named { return &p.briefs[i] })
	return p
}

// uniqueSlugs gives each of n names a distinct slug.
func uniqueSlugs(n int, at func(int) *named) {
	taken := map[string]bool{}
	for i := range n {
		e := at(i)
		base := slug.Make(e.name)
		if len(base) > slug.MaxLen-6 {
			// Leave room for "-2" and the like, so the slug stays clean.
			base = slug.Make(base[:slug.MaxLen-6])
		}
		e.slug = slug.Unique(base, func(s string) bool { return taken[s] })
		taken[e.slug] = true
	}
}

// headline returns a news-style title: who did what, where.
func headline(r *rand.Rand, p *plan) string {
	who := p.actors[skewed(r, len(p.actors))].name
	return who + " " + pick(r, verbs) + " " + pick(r, objects) + " " + p.countries[skewed(r, len(p.countries))].name
}

// aliasOf returns the initials of a multi-word name: "National Electoral
// Commission" → "NEC".
func aliasOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if w == "of" || w == "the" || strings.HasSuffix(w, ".") {
			continue
		}
		r := []rune(w)
		if r[0] >= 'A' && r[0] <= 'Z' {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}

func roman(n int) string {
	vals := []int{10, 9, 5, 4, 1}
	syms := []string{"X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// skewed returns an index in [0, n) with low indexes much more likely, so
// that some entities appear in many briefs and most in few, as in real
// briefings.
func skewed(r *rand.Rand, n int) int {
	u := r.Float64()
	return min(int(float64(n)*u*u), n-1)
}

// each generates every file of the site and passes it to fn, from up to
// workers goroutines at once. It stops at fn's first error.
func (p *plan) each(workers int, fn func(name string, data []byte) error) error {
	if err := fn("brief.yaml", []byte(siteFile(len(p.briefs), p.seed))); err != nil {
		return err
	}
	for i, a := range p.actors {
		if err := fn("content/actors/"+a.slug+".md", p.actorFile(i)); err != nil {
			return err
		}
	}
	for i, c := range p.countries {
		if err := fn("content/countries/"+c.slug+".md", p.countryFile(i)); err != nil {
			return err
		}
	}
	for i, t := range p.topics {
		if err := fn("content/topics/"+t.slug+".md", p.topicFile(i)); err != nil {
			return err
		}
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	next := make(chan int)
	for range max(min(workers, len(p.briefs)), 1) {
		wg.Go(func() {
			for i := range next {
				if err := fn(briefPath(p.briefs[i].slug), p.briefFile(i)); err != nil {
					mu.Lock()
					first = cmpErr(first, err)
					mu.Unlock()
				}
			}
		})
	}
	for i := range p.briefs {
		mu.Lock()
		stop := first != nil
		mu.Unlock()
		if stop {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return first
}

func cmpErr(first, err error) error {
	if first != nil {
		return first
	}
	return err
}

func siteFile(n int, seed int64) string {
	return fmt.Sprintf(`title: "Synthetic briefing (%d briefs)"
description: "A generated site of %d briefs from seed %d, for benchmarks."
language: en
base_url: "https://briefs.example.org/"
`, n, n, seed)
}

// yq quotes s as a YAML double-quoted string.
func yq(s string) string { return strconv.Quote(s) }

func yamlList(b *strings.Builder, key string, names []string) {
	b.WriteString(key)
	b.WriteString(": [")
	for i, n := range names {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(yq(n))
	}
	b.WriteString("]\n")
}

func (p *plan) actorFile(i int) []byte {
	a := p.actors[i]
	r := rng(p.seed, 1<<40+uint64(i))
	var b strings.Builder
	b.WriteString("---\nname: " + yq(a.name) + "\n")
	if len(a.aliases) > 0 {
		yamlList(&b, "aliases", a.aliases)
	}
	b.WriteString("kind: " + a.kind + "\n")
	b.WriteString("country: " + yq(p.countries[a.country].name) + "\n")
	if r.IntN(3) > 0 {
		b.WriteString("summary: " + yq(a.name+" "+pick(r, predicates)+".") + "\n")
	}
	b.WriteString("---\n")
	w := &writer{r: r, p: p, b: &b}
	w.paragraphs(1 + r.IntN(3))
	return []byte(b.String())
}

func (p *plan) countryFile(i int) []byte {
	c := p.countries[i]
	r := rng(p.seed, 2<<40+uint64(i))
	var b strings.Builder
	b.WriteString("---\nname: " + yq(c.name) + "\n")
	b.WriteString("summary: " + yq("Country profile of "+c.name+", as the briefs describe it.") + "\n---\n")
	w := &writer{r: r, p: p, b: &b}
	w.paragraphs(2 + r.IntN(3))
	return []byte(b.String())
}

func (p *plan) topicFile(i int) []byte {
	t := p.topics[i]
	r := rng(p.seed, 3<<40+uint64(i))
	var b strings.Builder
	b.WriteString("---\nname: " + yq(t.name) + "\n")
	b.WriteString("summary: " + yq("Briefs on "+strings.ToLower(t.name[:1])+t.name[1:]+".") + "\n---\n")
	w := &writer{r: r, p: p, b: &b}
	w.paragraphs(1 + r.IntN(2))
	return []byte(b.String())
}

// briefFile writes brief i: front matter, then a body of about 6 KB.
func (p *plan) briefFile(i int) []byte {
	br := p.briefs[i]
	r := rng(p.seed, 4<<40+uint64(i))
	var b strings.Builder
	b.Grow(8 << 10)

	// 3–8 entities: 1–2 countries, 1–2 topics, the rest actors.
	total := 3 + r.IntN(6)
	nc := 1 + r.IntN(2)
	nt := 1 + r.IntN(2)
	na := max(total-nc-nt, 1)
	actors := distinct(r, na, len(p.actors))
	countries := distinct(r, nc, len(p.countries))
	topics := distinct(r, nt, len(p.topics))

	d := briefDate(r)
	b.WriteString("---\ntitle: " + yq(br.name) + "\n")
	if r.IntN(4) > 0 {
		b.WriteString("summary: " + yq(p.actors[actors[0]].name+" "+pick(r, predicates)+pick(r, tails)+".") + "\n")
	}
	b.WriteString("date: " + yq(d.text) + "\n")
	yamlList(&b, "actors", names(actors, func(i int) string { return p.actors[i].name }))
	yamlList(&b, "countries", names(countries, func(i int) string { return p.countries[i].name }))
	yamlList(&b, "topics", names(topics, func(i int) string { return p.topics[i].name }))
	b.WriteString("sources:\n")
	for _, s := range distinct(r, 2+r.IntN(3), len(p.sources)) {
		src := p.sources[s]
		b.WriteString("  - title: " + yq(src.title) + "\n")
		b.WriteString("    publisher: " + yq(src.publisher) + "\n")
		b.WriteString("    date: " + yq(src.date) + "\n")
		b.WriteString("    url: " + yq(src.url) + "\n")
	}
	if ne := r.IntN(4); ne > 0 {
		b.WriteString("events:\n")
		for range ne {
			b.WriteString("  - date: " + yq(d.event(r)) + "\n")
			a := p.actors[actors[r.IntN(len(actors))]]
			b.WriteString("    text: " + yq(a.name+" "+pick(r, predicates)+".") + "\n")
			yamlList(&b, "    actors", []string{a.name})
			if r.IntN(2) == 0 {
				yamlList(&b, "    countries", []string{p.countries[countries[0]].name})
			}
		}
	}
	b.WriteString("---\n")
	w := &writer{r: r, p: p, b: &b, self: i, actors: actors, countries: countries}
	w.body(2700 + r.IntN(3000))
	return []byte(b.String())
}

func names(idx []int, name func(int) string) []string {
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = name(j)
	}
	return out
}

// distinct returns k different skewed indexes in [0, n), fewer if n < k.
func distinct(r *rand.Rand, k, n int) []int {
	k = min(k, n)
	out := make([]int, 0, k)
	for len(out) < k {
		i := skewed(r, n)
		if r.IntN(4) == 0 {
			i = r.IntN(n) // a long tail as well as a head
		}
		dup := false
		for _, j := range out {
			dup = dup || i == j
		}
		if !dup {
			out = append(out, i)
		}
	}
	return out
}

// aDate is a brief's date as written, and the year and month its events
// fall in.
type aDate struct {
	text        string
	year, month int
	interval    bool
}

// briefDate returns a date in one of the forms editors write, weighted
// towards full dates.
func briefDate(r *rand.Rand) aDate {
	y, m, d := 2014+r.IntN(12), 1+r.IntN(12), 1+r.IntN(28)
	out := aDate{year: y, month: m}
	switch k := r.IntN(100); {
	case k < 40:
		out.text = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case k < 55:
		out.text = fmt.Sprintf("%04d-%02d", y, m)
	case k < 62:
		out.text = fmt.Sprintf("%d %s %d", d, months[m-1], y)
	case k < 66:
		out.text = fmt.Sprintf("%s %d", months[m-1], y)
	case k < 71:
		out.text = strconv.Itoa(y)
		out.month = 0
	case k < 76:
		out.text = pick(r, []string{"early ", "mid-", "late "}) + strconv.Itoa(y)
		out.month = 0
	case k < 80:
		out.text = strconv.Itoa(y) + "~"
		out.month = 0
	case k < 84:
		out.text = fmt.Sprintf("%04d-%02d?", y, m)
	case k < 88:
		out.text = pick(r, seasons) + " " + strconv.Itoa(y)
		out.month = 0
	case k < 95:
		m2 := min(m+1+r.IntN(5), 12)
		out.text = fmt.Sprintf("%04d-%02d/%04d-%02d", y, m, y, m2)
		out.interval = true
	default:
		out.text = fmt.Sprintf("%d/%d", y, y+1)
		out.month = 0
		out.interval = true
	}
	return out
}

// event returns a day inside the brief's date when it is an interval, or
// near it otherwise.
func (d aDate) event(r *rand.Rand) string {
	m := d.month
	if m == 0 {
		m = 1 + r.IntN(12)
		if d.interval {
			m = 1 + r.IntN(12) // inside the first year of "2024/2025"
		}
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.year, m, 1+r.IntN(28))
}
