package render

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// The search index is assets/search-index.js, a classic script that sets
// window.BRIEF_SEARCH, so that the search page works from file://, where
// browsers refuse fetch, modules and workers. templates/search.js reads it.
//
// Each document keeps the first searchBodyLen bytes of its text as written,
// for matching and for the snippets of results. The rest of its text is
// kept only in an inverted index: each distinct folded word maps to the
// documents whose remaining text has it (and whose start, title and summary
// do not), as ascending document numbers written as differences from the
// one before. A long brief stays findable by any of its words at a fraction
// of its size, and each word is stored once for the whole site. A brief's
// remaining text takes in the titles and publishers of its sources, so
// that a search for "Reuters" lists the briefs citing it, while results
// show an excerpt of the body still.
//
// A brief is found by the names of its actors, countries and topics too,
// which the index holds once, in their profiles' documents: each lists
// the briefs naming it (b), as the word index lists documents, and
// search.js gives each brief the names (and other names) of the profiles
// that list it. The words of those names are left out of the brief's
// remaining text, as its title's are.

const (
	searchIndexFile = "assets/search-index.js"
	searchIndexVar  = "window.BRIEF_SEARCH"
	searchBodyLen   = 280 // bytes of body text kept verbatim, for snippets
)

// searchDoc is one result the search page can show. Keys are short because
// there is one set per document.
type searchDoc struct {
	Title   string   `json:"t"`           // title or name
	Kind    string   `json:"k"`           // brief, actor, country or topic
	URL     string   `json:"u"`           // relative to the site root
	Meta    string   `json:"d,omitempty"` // date of a brief, type of an actor
	Dates   string   `json:"i,omitempty"` // a brief's date as searchDates writes it
	Aliases []string `json:"a,omitempty"`
	Summary string   `json:"s,omitempty"`
	Text    string   `json:"x,omitempty"` // start of the body text
	Briefs  []int32  `json:"b,omitempty"` // a profile's briefs: their numbers, as the words' documents
}

// search adds the search index script.
func (r *renderer) search() {
	r.files = append(r.files, r.bodies.reading(output.File{Path: searchIndexFile, Write: r.writeSearchIndex}, r.site.Briefs))
}

// writeSearchIndex writes the index of the site's briefs, then its actors,
// countries and topics, in site order, as a script, a document a line,
// so that a diff of a site's files shows the documents that changed:
//
//	window.BRIEF_SEARCH = {"v":1,"docs":[
//	{...},
//	{...}
//	],"words":{...}};
//
// Documents are written as they are made; only the inverted index is held
// until the end. encoding/json escapes <, > and &, so no string in the
// index can close the script or open a comment, and it writes the words
// sorted.
func (r *renderer) writeSearchIndex(w io.Writer) error {
	ew := &errWriter{w: w}
	ew.WriteString(searchIndexVar + ` = {"v":1,"docs":[`)
	var words wordIndex
	var split wordSplitter
	var text bodyText
	n := 0
	add := func(d searchDoc, known, cited string, body site.Markup) error {
		var rest []string
		d.Text, rest = split.split(text.of(body), known, cited)
		words.add(rest, int32(n))
		data, err := json.Marshal(d)
		if err != nil {
			return err
		}
		if n > 0 {
			ew.WriteString(",")
		}
		ew.WriteString("\n")
		ew.Write(data)
		n++
		return ew.err
	}
	s := r.site
	// The briefs naming each profile, ascending: the documents of briefs
	// come first, in site order.
	named := map[*site.Entity][]int32{}
	for i, b := range s.Briefs {
		for _, e := range b.Entities() {
			named[e] = append(named[e], int32(i))
		}
	}
	var cited, known strings.Builder
	for _, b := range s.Briefs {
		d := searchDoc{Title: b.Title, Kind: "brief", URL: r.link(b.Path()), Meta: b.Date.In(r.words.Date), Dates: searchDates(b.Date, r.words.Date), Summary: b.Summary}
		cited.Reset()
		for _, c := range b.Sources {
			cited.WriteString(c.Source.Title)
			cited.WriteByte(' ')
			cited.WriteString(c.Source.Publisher)
			cited.WriteByte(' ')
		}
		known.Reset()
		known.WriteString(b.Title)
		known.WriteByte(' ')
		known.WriteString(b.Summary)
		for _, e := range b.Entities() {
			known.WriteByte(' ')
			known.WriteString(e.Name)
			for _, a := range e.Aliases {
				known.WriteByte(' ')
				known.WriteString(a)
			}
		}
		if err := add(d, known.String(), cited.String(), b.BodyHTML); err != nil {
			return err
		}
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			d := searchDoc{Title: e.Name, Kind: k.Singular(), URL: r.link(e.Path()), Aliases: e.Aliases, Summary: e.Summary, Briefs: deltas(named[e])}
			switch {
			case e.Type != "":
				d.Meta = e.Type
			case e.Code != "":
				d.Meta = e.Code
			}
			if err := add(d, e.Name+" "+e.Summary+" "+strings.Join(e.Aliases, " "), "", e.BodyHTML); err != nil {
				return err
			}
		}
	}
	// The standalone pages last (About, Methodology), as a reader may
	// look for them by their words too.
	for _, p := range s.Pages {
		d := searchDoc{Title: p.Title, Kind: "page", URL: r.link(p.Path()), Summary: p.Summary}
		if err := add(d, p.Title+" "+p.Summary, "", p.BodyHTML); err != nil {
			return err
		}
	}
	ew.WriteString("\n" + `],"words":`)
	if err := writeWords(ew, &words); err != nil {
		return err
	}
	ew.WriteString("};\n")
	return ew.err
}

// deltas returns the ascending numbers ns as the differences between
// neighbours, the first as it is, in place.
func deltas(ns []int32) []int32 {
	for j := len(ns) - 1; j > 0; j-- {
		ns[j] -= ns[j-1]
	}
	return ns
}

// Spans of dates longer than these are found by their ends alone: a span
// of days by its first and last days, one of months by its ends' years,
// one of years by those two years.
const (
	searchMaxDays   = 31
	searchMaxMonths = 36
	searchMaxYears  = 50
)

// searchDates returns the words a brief dated d is found by besides the
// date its page shows (which search.js reads too, with the site's month
// names and phrases, "21 June 2015", "juin 2015", "late 2024"): the ISO
// date at its precision, "2015-06-21", "2015-06" or "2015", so that a
// reader finds it by "2015-06" and "2015"; and, for a season, a third of
// a year ("late 2024") or a span, each month it covers, as ISO and in the words w as the pages write a
// month, "2024-10 October 2024", so that "October 2024" finds a brief
// dated "September–December 2024" and "January 2025" one dated "winter
// 2024/25"; each day of a span of days, "2024-05-15" for "2024-W20"; or
// each year of a span given in years. A span open at one end gives the
// year of the other.
func searchDates(d date.Date, w *date.Words) string {
	if d.IsZero() {
		return ""
	}
	iso := d.ISO()
	if i := strings.IndexByte(iso, 'T'); i >= 0 {
		iso = iso[:i] // the day of a time
	}
	if !d.IsInterval() && d.Precision() >= date.Month {
		return iso
	}
	if iso == "" || d.EndYear() == 10000 {
		if iso == "" {
			return date.YearString(d.EndYear())
		}
		return iso
	}
	start, end := date.AsWritten(d.Start()), date.AsWritten(d.End()).Add(-time.Nanosecond)
	// A third of a year ("late 2024", "mid-2024/early 2025") covers
	// months, as a season does, where whole years cover years.
	byMonth := d.Precision() >= date.Season || start.Month() != time.January || end.Month() != time.December
	if !d.IsInterval() && !byMonth {
		return iso
	}
	var b strings.Builder
	months := (end.Year()-start.Year())*12 + int(end.Month()-start.Month()) + 1
	if byMonth && months <= searchMaxMonths {
		for i := range months {
			t := time.Date(start.Year(), start.Month()+time.Month(i), 1, 0, 0, 0, 0, time.UTC)
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%s-%02d %s", date.YearString(t.Year()), int(t.Month()), date.MonthYear(w, int(t.Month()), t.Year()))
		}
		if d.Precision() >= date.Day {
			first := time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, time.UTC)
			last := time.Date(end.Year(), end.Month(), end.Day(), 0, 0, 0, 0, time.UTC)
			if days := int(last.Sub(first).Hours()/24) + 1; days <= searchMaxDays {
				for i := range days {
					b.WriteString(" " + first.AddDate(0, 0, i).Format("2006-01-02"))
				}
			} else {
				b.WriteString(" " + first.Format("2006-01-02") + " " + last.Format("2006-01-02"))
			}
		}
		return b.String()
	}
	if end.Year()-start.Year() >= searchMaxYears {
		return date.YearString(start.Year()) + " " + date.YearString(end.Year())
	}
	for y := start.Year(); y <= end.Year(); y++ {
		if y > start.Year() {
			b.WriteByte(' ')
		}
		b.WriteString(date.YearString(y))
	}
	return b.String()
}

// wordIndex is the inverted index: the documents of each word, in the
// order they were added.
type wordIndex struct {
	list map[string]int // the index in docs of a word's list
	docs [][]int32
}

// add records that document n has words. The index keeps a copy of each
// new word, never the word itself, which is usually cut from the whole
// text of its document: assigning to a key a map has replaces the key
// with the string assigned, so that words[w] = append(words[w], n) would
// keep every document's text alive until the index is written.
func (x *wordIndex) add(words []string, n int32) {
	if x.list == nil {
		x.list = map[string]int{}
	}
	for _, w := range words {
		i, ok := x.list[w]
		if !ok {
			i = len(x.docs)
			x.list[strings.Clone(w)] = i
			x.docs = append(x.docs, nil)
		}
		x.docs[i] = append(x.docs[i], n)
	}
}

// writeWords writes the words of x as json.Marshal writes a map of each
// word to its documents, the words sorted, with each list of documents as
// the differences between neighbours (the first as it is), a piece at a
// time rather than as one buffer. It changes the lists.
func writeWords(ew *errWriter, x *wordIndex) error {
	buf := []byte{'{'}
	for i, w := range slices.Sorted(maps.Keys(x.list)) {
		if i > 0 {
			buf = append(buf, ',')
		}
		key, err := json.Marshal(w)
		if err != nil {
			return err
		}
		buf = append(append(buf, key...), ':', '[')
		for j, d := range deltas(x.docs[x.list[w]]) {
			if j > 0 {
				buf = append(buf, ',')
			}
			buf = strconv.AppendInt(buf, int64(d), 10)
		}
		buf = append(buf, ']')
		if len(buf) >= 32<<10 {
			ew.Write(buf)
			buf = buf[:0]
		}
	}
	ew.Write(append(buf, '}'))
	return ew.err
}

// wordSplitter splits documents' text into their start and the words of
// the rest (see split), reusing its memory from one document to the next:
// the words split returns are good until its next call.
type wordSplitter struct {
	seen  map[string]bool
	words []string // the words of a piece of text, in order
	rest  []string // what split returns
}

// split returns the start of text, at most searchBodyLen bytes cut where
// searchCut cuts it, and the distinct folded words of the rest and of
// cited, the titles and publishers of a brief's sources, that are neither
// in the start nor in known (a text of searchBodyLen bytes or less, which
// is all start, may have words then). text is words separated by single
// spaces, as appendHTMLText writes it.
func (w *wordSplitter) split(text, known, cited string) (start string, words []string) {
	if len(text) <= searchBodyLen && cited == "" {
		return text, nil
	}
	start, from := text, len(text)
	if len(text) > searchBodyLen {
		var cut int
		cut, from = searchCut(text)
		start = text[:cut] + " …"
	}
	if w.seen == nil {
		w.seen = map[string]bool{}
	}
	clear(w.seen)
	// The words before the rest, which are the start's but for the word it
	// cuts, if it cuts one, and known's: each word of the text is folded
	// once.
	w.words = appendSearchWords(appendSearchWords(w.words[:0], text[:from]), known)
	for _, s := range w.words {
		w.seen[s] = true
	}
	w.words = appendSearchWords(appendSearchWords(w.words[:0], text[from:]), cited)
	w.rest = w.rest[:0]
	for _, s := range w.words {
		if !w.seen[s] {
			w.seen[s] = true
			w.rest = append(w.rest, s)
		}
	}
	if len(w.rest) == 0 {
		return start, nil
	}
	return start, w.rest
}

// searchCut returns where the start of text, longer than searchBodyLen,
// ends and where the rest that the word index holds begins. The start ends
// at the last space of its searchBodyLen bytes, or, where there is none in
// their second half (Chinese and Japanese do not space their words; a link
// may be long), after the last punctuation there (separatesWords).
// Failing both, it ends at the last character that fits, inside a word,
// and the rest begins where that word does, so that the index has the
// word whole: a reader looking for it would find neither of its halves.
func searchCut(text string) (cut, from int) {
	if i := strings.LastIndexByte(text[:searchBodyLen], ' '); i >= searchBodyLen/2 {
		return i, i
	}
	cut = searchBodyLen
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	for from = cut; from > 0; {
		_, n := utf8.DecodeLastRuneInString(text[:from])
		if separatesWords(text[from-n : from]) {
			break
		}
		from -= n
	}
	if from >= searchBodyLen/2 {
		return from, from
	}
	return cut, from
}

// separatesWords reports whether the character c separates the words
// of any text it is in, as appendSearchWords has them: whatever comes before and
// after it, folding leaves neither a letter, a digit, a mark nor an
// apostrophe of it. That is so of space and punctuation other than
// apostrophes, and of a character that NFKD spells with those only, as
// the full-width "，" is ",".
func separatesWords(c string) bool {
	if d := norm.NFKD.PropertiesString(c).Decomposition(); d != nil {
		for len(d) > 0 {
			r, n := utf8.DecodeRune(d)
			if !isSeparator(r) {
				return false
			}
			d = d[n:]
		}
		return true
	}
	r, _ := utf8.DecodeRuneInString(c)
	return isSeparator(r)
}

// isSeparator reports whether the character r, which NFKD leaves as it
// is, separates words (see separatesWords).
func isSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		return !isASCIIWordByte(byte(r)) && !isSearchApostrophe(r)
	}
	return (unicode.IsSpace(r) || unicode.IsPunct(r)) && !isSearchApostrophe(r)
}

// appendSearchWords appends the folded words of s to words, in order,
// with repeats: the runs of letters, numbers and marks that foldSearch(s)
// has, as search.js cuts a term into the index's words (NOT_WORD), each
// followed by the word an elided form leaves of it ("lonu", "onu" for
// "l’ONU"; see appendFoldedWords). A number need not be a digit: 〇 is
// the zero of the year 二〇二四.
//
// Folding changes nothing across an ASCII byte that is neither a letter,
// a digit nor an apostrophe, so s is cut at those first and each piece is
// folded alone; a piece that is plain ASCII letters and digits is only
// lowered, which is what folding does to it.
func appendSearchWords(words []string, s string) []string {
	for len(s) > 0 {
		i := 0
		plain := true // ASCII letters and digits only
		for ; i < len(s); i++ {
			c := s[i]
			if c >= utf8.RuneSelf {
				plain = false
				continue
			}
			if !isASCIIWordByte(c) {
				if c != '\'' && c != '`' {
					break
				}
				plain = false
			}
		}
		switch piece := s[:i]; {
		case piece == "":
		case plain:
			words = append(words, strings.ToLower(piece))
		default:
			words = appendFoldedWords(words, piece)
		}
		if i < len(s) {
			i++
		}
		s = s[i:]
	}
	return words
}

func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// foldSearch folds s for matching the way templates/search.js folds a
// query: decomposed with compatibility forms folded (NFKD), lower case,
// without the combining marks of the ranges isStrippedMark lists and
// without apostrophes, with final sigma as sigma, and with the Latin
// letters slugs spell in ASCII so spelt (slug.LatinFold). "Moïse",
// "Sing’oei" and "Łukasz" become "moise", "singoei" and "lukasz"; the
// full-width "Ｇ７" becomes "g7", as "G7" does, and the half-width "ｶﾞｽ"
// what "ガス" does (カ, U+3099, ス). Lower case comes after NFKD, which
// spells "㎒" "MHz".
func foldSearch(s string) string {
	return foldSearchKeeping(s, false)
}

// foldSearchApostrophes returns foldSearch(s) with its apostrophes, each
// written ', which elidedRest reads.
func foldSearchApostrophes(s string) string {
	return foldSearchKeeping(s, true)
}

// foldSearchKeeping folds s as foldSearch does, writing each apostrophe
// as ' when apostrophes is set, else dropping it.
func foldSearchKeeping(s string, apostrophes bool) string {
	s = strings.ToLower(norm.NFKD.String(s))
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case isSearchApostrophe(r):
			if apostrophes {
				b = append(b, '\'')
			}
		case isStrippedMark(r):
		case r == 'ς':
			b = utf8.AppendRune(b, 'σ')
		case r >= 'ß' && slug.LatinFold(r) != "":
			b = append(b, slug.LatinFold(r)...)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// isStrippedMark reports whether r is a combining mark that search ignores:
// the combining diacritical marks blocks, Hebrew's points and cantillation
// marks (שָׁלוֹם is found by שלום; not the maqaf, paseq, sof pasuq and nun
// hafukha between them, which are punctuation), and Arabic's vowel signs
// and hamza (الأمن is found by الامن), the same ranges search.js strips.
func isStrippedMark(r rune) bool {
	return r >= 0x300 && r <= 0x36F || r >= 0x1AB0 && r <= 0x1AFF ||
		r >= 0x1DC0 && r <= 0x1DFF || r >= 0x20D0 && r <= 0x20FF || r >= 0xFE20 && r <= 0xFE2F ||
		r >= 0x591 && r <= 0x5BD || r == 0x5BF || r == 0x5C1 || r == 0x5C2 || r == 0x5C4 || r == 0x5C5 || r == 0x5C7 ||
		r >= 0x64B && r <= 0x65F || r == 0x670
}

func isSearchApostrophe(r rune) bool {
	switch r {
	case '\'', '‘', '’', 'ʼ', '`':
		return true
	}
	return false
}
