package corpus

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// writer writes Markdown prose for one file.
type writer struct {
	r *rand.Rand
	p *plan
	b *strings.Builder

	self      int   // index of the brief being written, or -1
	actors    []int // the brief's actors, linked more often than others
	countries []int
	footnotes int
}

// body writes sections until the body is at least size bytes long.
func (w *writer) body(size int) {
	start := w.b.Len()
	w.paragraph()
	w.paragraph()
	w.b.WriteString("The *full text* is in [" + pick(w.r, linkTexts) + "](https://www.example.org/docs/" + strconv.Itoa(w.r.IntN(100000)) + ").\n\n")
	used := map[string]bool{}
	for w.b.Len()-start < size {
		h := pick(w.r, headings)
		for used[h] && len(used) < len(headings) {
			h = pick(w.r, headings)
		}
		used[h] = true
		w.b.WriteString("## " + h + "\n\n")
		w.paragraph()
		switch w.r.IntN(6) {
		case 0, 1:
			w.list(false)
		case 2:
			w.list(true)
		case 3:
			w.b.WriteString("> ")
			w.sentence()
			w.b.WriteString("\n\n")
		case 4:
			w.b.WriteString("### " + pick(w.r, headings) + " in " + w.p.countries[w.country()].name + "\n\n")
		case 5:
			if w.r.IntN(3) == 0 {
				w.table()
			}
		}
		w.paragraph()
		if w.r.IntN(2) == 0 {
			w.paragraph()
		}
	}
	for i := 1; i <= w.footnotes; i++ {
		w.b.WriteString("[^" + strconv.Itoa(i) + "]: ")
		w.sentence()
		w.b.WriteByte('\n')
	}
}

// paragraphs writes n paragraphs, as profiles have.
func (w *writer) paragraphs(n int) {
	w.self = -1
	for range n {
		w.paragraph()
	}
}

func (w *writer) paragraph() {
	for i, n := 0, 3+w.r.IntN(4); i < n; i++ {
		if i > 0 {
			w.b.WriteByte(' ')
		}
		w.sentence()
	}
	w.b.WriteString("\n\n")
}

// sentence writes one sentence, with a name, sometimes linked, and now and
// then emphasis, a link, a wikilink to another brief or a footnote.
func (w *writer) sentence() {
	if o := pick(w.r, openers); o != "" {
		w.b.WriteString(o)
		w.b.WriteByte(' ')
	}
	w.subject()
	w.b.WriteByte(' ')
	pred := pick(w.r, predicates)
	switch w.r.IntN(12) {
	case 0:
		// Emphasise a word of the predicate.
		if i := strings.IndexByte(pred, ' '); i > 0 {
			w.b.WriteString(pred[:i] + " *" + pick(w.r, emphasised) + "*" + pred[i:])
			break
		}
		w.b.WriteString(pred)
	case 1:
		w.b.WriteString(pred + ", **" + pick(w.r, emphasised) + "** in writing")
	default:
		w.b.WriteString(pred)
	}
	w.b.WriteString(pick(w.r, tails))
	switch w.r.IntN(14) {
	case 0:
		w.b.WriteString(" (see [" + pick(w.r, linkTexts) + "](https://www.example.org/docs/" + strconv.Itoa(w.r.IntN(100000)) + "))")
	case 1, 2:
		if len(w.p.briefs) > 1 {
			o := w.r.IntN(len(w.p.briefs))
			if w.r.IntN(2) == 0 {
				w.b.WriteString(" (see [[" + w.p.briefs[o].slug + "]])")
			} else {
				w.b.WriteString(", as [[" + w.p.briefs[o].slug + "|an earlier brief]] noted")
			}
		}
	case 3:
		if w.self >= 0 && w.footnotes < 3 {
			w.footnotes++
			w.b.WriteString("[^" + strconv.Itoa(w.footnotes) + "]")
		}
	case 4:
		w.b.WriteString(" in `" + strconv.Itoa(2014+w.r.IntN(12)) + "/" + strconv.Itoa(1+w.r.IntN(999)) + "`")
	}
	w.b.WriteByte('.')
}

// subject writes who the sentence is about: one of the brief's actors or
// countries, often as a wikilink.
func (w *writer) subject() {
	var name string
	if w.r.IntN(4) == 0 {
		name = w.p.countries[w.country()].name
	} else {
		name = w.p.actors[w.actor()].name
	}
	if w.r.IntN(3) == 0 {
		w.b.WriteString("[[" + name + "]]")
		return
	}
	w.b.WriteString(name)
}

func (w *writer) actor() int {
	if len(w.actors) > 0 && w.r.IntN(4) > 0 {
		return w.actors[w.r.IntN(len(w.actors))]
	}
	return skewed(w.r, len(w.p.actors))
}

func (w *writer) country() int {
	if len(w.countries) > 0 && w.r.IntN(4) > 0 {
		return w.countries[w.r.IntN(len(w.countries))]
	}
	return skewed(w.r, len(w.p.countries))
}

func (w *writer) list(ordered bool) {
	for i, n := 0, 3+w.r.IntN(4); i < n; i++ {
		if ordered {
			w.b.WriteString(strconv.Itoa(i+1) + ". ")
		} else {
			w.b.WriteString("- ")
		}
		w.b.WriteString(pick(w.r, listItems))
		if w.r.IntN(3) == 0 {
			w.b.WriteString(" (" + w.p.countries[w.country()].name + ")")
		}
		w.b.WriteString(".\n")
	}
	w.b.WriteByte('\n')
}

func (w *writer) table() {
	w.b.WriteString("| Country | Personnel | Pledged (USD m) |\n|---|---:|---:|\n")
	for range 2 + w.r.IntN(4) {
		w.b.WriteString("| " + w.p.countries[w.country()].name + " | " + strconv.Itoa(50+w.r.IntN(2000)) +
			" | " + strconv.Itoa(1+w.r.IntN(400)) + " |\n")
	}
	w.b.WriteByte('\n')
}
