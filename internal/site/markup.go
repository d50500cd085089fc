package site

import (
	"bytes"
	"html/template"
	"unsafe"

	"github.com/klauspost/compress/s2"
)

// Markup is a body converted to HTML, held as it is or packed.
//
// A build that writes every page once holds each body's HTML from its
// conversion until the last file showing it is written: the bodies are
// converted first because each brief's page lists the briefs linking to
// it, which only the others' bodies tell. That is the largest part of
// the model, so such a build packs it with S2, a compression fast enough
// that unpacking a body for each page showing it costs little: a third
// of the memory for a few percent of the time.
//
// The zero Markup is the empty body.
type Markup struct {
	plain  template.HTML
	packed []byte // S2 block; plain is "" when set
}

// PlainMarkup returns html held as it is.
func PlainMarkup(html template.HTML) Markup { return Markup{plain: html} }

// HTML returns the HTML, unpacked into a new string if it is packed.
func (m Markup) HTML() template.HTML {
	if m.packed == nil {
		return m.plain
	}
	html, err := s2.Decode(nil, m.packed)
	if err != nil {
		// Only Packer.Pack makes packed blocks, so this is a bug.
		panic("site: packed markup does not unpack: " + err.Error())
	}
	// html is new and nothing else refers to it: the string can be
	// its bytes, as strings.Builder does, rather than a second copy.
	return template.HTML(unsafe.String(unsafe.SliceData(html), len(html)))
}

// HTMLInto returns the HTML as HTML does, but unpacks it into *scratch,
// grown as needed, rather than into new memory: what it returns is good
// only until scratch is used again.
func (m Markup) HTMLInto(scratch *[]byte) template.HTML {
	if m.packed == nil {
		return m.plain
	}
	n, err := s2.DecodedLen(m.packed)
	if err == nil && n > cap(*scratch) {
		*scratch = make([]byte, n)
	}
	html, err := s2.Decode((*scratch)[:cap(*scratch)], m.packed)
	if err != nil {
		panic("site: packed markup does not unpack: " + err.Error())
	}
	*scratch = html[:0]
	return template.HTML(unsafe.String(unsafe.SliceData(html), len(html)))
}

// Packed reports whether m is held packed.
func (m Markup) Packed() bool { return m.packed != nil }

// IsZero reports whether m is the empty body.
func (m Markup) IsZero() bool { return m.packed == nil && m.plain == "" }

// Packer packs Markup. It reuses its scratch memory from one call to the
// next, so each goroutine packing needs its own.
type Packer struct {
	scratch []byte
}

// Pack returns html packed, in memory of its own.
func (p *Packer) Pack(html []byte) Markup {
	if len(html) == 0 {
		return Markup{}
	}
	// Encode writes into scratch when it has room for the worst case,
	// which is larger than the input: keep only an exact copy.
	p.scratch = s2.Encode(p.scratch[:cap(p.scratch)], html)
	return Markup{packed: bytes.Clone(p.scratch)}
}
