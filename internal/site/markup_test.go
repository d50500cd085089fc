package site

import (
	"html/template"
	"strings"
	"testing"
)

func TestMarkup(t *testing.T) {
	long := strings.Repeat("<p>Kenya’s police lead the mission in Haiti. </p>\n", 500)
	var p Packer
	for _, html := range []string{"", "<p>x</p>\n", "<h2 id=\"réunion\">Réunion</h2>\n", long} {
		plain := PlainMarkup(template.HTML(html))
		packed := p.Pack([]byte(html))
		if got := plain.HTML(); got != template.HTML(html) {
			t.Errorf("PlainMarkup(%.20q).HTML() = %.20q", html, got)
		}
		if got := packed.HTML(); got != template.HTML(html) {
			t.Errorf("Pack(%.20q).HTML() = %.20q", html, got)
		}
		if plain.Packed() {
			t.Errorf("PlainMarkup(%.20q) is packed", html)
		}
		if packed.Packed() != (html != "") {
			t.Errorf("Pack(%.20q).Packed() = %v", html, packed.Packed())
		}
		if plain.IsZero() != (html == "") || packed.IsZero() != (html == "") {
			t.Errorf("%.20q: IsZero plain %v, packed %v", html, plain.IsZero(), packed.IsZero())
		}
	}
	// HTMLInto gives the same HTML, from one scratch slice for all.
	var scratch []byte
	for _, html := range []string{long, "<p>x</p>\n", "", long + long, "<p>y</p>\n"} {
		m := p.Pack([]byte(html))
		if got := m.HTMLInto(&scratch); got != template.HTML(html) {
			t.Errorf("Pack(%.20q).HTMLInto = %.20q", html, got)
		}
		if got := PlainMarkup(template.HTML(html)).HTMLInto(&scratch); got != template.HTML(html) {
			t.Errorf("PlainMarkup(%.20q).HTMLInto = %.20q", html, got)
		}
	}
	if cap(scratch) != 2*len(long) {
		t.Errorf("HTMLInto grew its scratch to %d bytes, want %d, the largest body", cap(scratch), 2*len(long))
	}
	if got := (Markup{}).HTML(); got != "" {
		t.Errorf("zero Markup HTML = %q", got)
	}
	// Packing keeps an exact copy, not the scratch memory, and the copy
	// outlives the next Pack.
	first := p.Pack([]byte(long))
	if n := len(first.packed); cap(first.packed) >= len(long)/2 {
		t.Errorf("packed %d bytes into len %d, cap %d", len(long), n, cap(first.packed))
	}
	p.Pack([]byte("<p>other</p>"))
	if first.HTML() != template.HTML(long) {
		t.Error("a later Pack changed an earlier one")
	}
}

// FuzzMarkup packs two inputs with one Packer, as a worker packs one body
// after another, and checks that each comes back unpacked as it went in:
// the second Pack, which reuses the Packer's scratch memory, must not
// change the first, nor may changing the bytes packed afterwards.
func FuzzMarkup(f *testing.F) {
	f.Add([]byte("<p>Some <em>text</em>.</p>\n"), []byte(""))
	f.Add([]byte(strings.Repeat("abc", 100)), []byte("<p>other</p>"))
	f.Add([]byte("<p>x</p>"), []byte(strings.Repeat("<p>Kenya’s police lead the mission in Haiti. </p>\n", 50)))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		want := []string{string(a), string(b)}
		var p Packer
		m := []Markup{p.Pack(a), p.Pack(b)}
		clear(a) // the caller's buffer, reused for the next body
		clear(b)
		var scratch []byte
		for i, m := range m {
			if got := m.HTML(); string(got) != want[i] {
				t.Fatalf("Pack(%q).HTML() = %q after packing %q", want[i], got, want[1-i])
			}
			if got := m.HTMLInto(&scratch); string(got) != want[i] {
				t.Fatalf("Pack(%q).HTMLInto = %q", want[i], got)
			}
			if m.Packed() != (want[i] != "") || m.IsZero() != (want[i] == "") {
				t.Errorf("Pack(%q): Packed %v, IsZero %v", want[i], m.Packed(), m.IsZero())
			}
		}
	})
}
