package load

// A list written as one string with commas, "Kenya, Haiti", where a
// YAML list was meant, and where its parts are in the file.

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/diag"
)

// commaList returns the items of the one value n of a list field: the
// value itself, or, for a plain value with commas ("actors: Ruto, Landau",
// as Hugo and Eleventy users write tags), each item between them, with a
// warning that shows the list as YAML writes it. A value in quotes is one
// item, commas and all, and so is a part of a plain value in quotes
// (`PP, "Peter, the boy"`), without its quotes. TOML, whose strings all
// have quotes, writes one item as a list of one, ["Ruto, William"], so
// its string with commas is split too.
func (d *decoder) commaList(n *yaml.Node, field, noun string) []*yaml.Node {
	if n.Style != 0 && !d.toml || !strings.Contains(n.Value, ",") {
		return []*yaml.Node{n}
	}
	var items []*yaml.Node
	var names []string
	oneLine := d.writtenAt(d.pos(n), n.Value) // an item's column is then the value's and its offset
	for _, part := range splitCommas(n.Value) {
		it := *n
		it.Value = part.text
		if oneLine {
			it.Column = n.Column + utf8.RuneCountInString(n.Value[:part.at])
		}
		items = append(items, &it)
		if d.toml || strings.ContainsAny(part.text, ",[]{}:#\"'") {
			names = append(names, strconv.Quote(part.text))
		} else {
			names = append(names, part.text)
		}
	}
	if len(items) < 2 {
		return []*yaml.Node{n}
	}
	list := "[" + strings.Join(names, ", ") + "]"
	if len(list) > 200 {
		list = "in brackets"
	}
	if d.toml {
		d.diags.Warnf(d.pos(n), "`%s` is read as a list of %d %s; write it so, %s, or as a list of one, [%s], if it is one", field, len(items), noun, list, strconv.Quote(n.Value))
		return items
	}
	d.diags.Warnf(d.pos(n), "`%s` is read as a list of %d %s; write it so, %s, or quote the value if it is one", field, len(items), noun, list)
	return items
}

// commaPart is an item of a value split at its commas, and its offset.
type commaPart struct {
	text string
	at   int
}

// splitCommas splits s at the commas outside quotes, trimming spaces and
// the quotes around an item, and leaving out empty items. A quote opens
// only where an item starts: "Côte d'Ivoire, Ghana" is two.
func splitCommas(s string) []commaPart {
	var parts []commaPart
	start := 0
	var quote byte
	for i := 0; i <= len(s); i++ {
		if i < len(s) {
			switch c := s[i]; {
			case quote != 0:
				if c == quote {
					quote = 0
				}
				continue
			case (c == '"' || c == '\'') && strings.TrimSpace(s[start:i]) == "":
				quote = c
				continue
			case c != ',':
				continue
			}
		}
		part := s[start:i]
		text := strings.TrimSpace(part)
		at := start + strings.Index(part, text)
		if len(text) >= 2 && (text[0] == '"' || text[0] == '\'') && text[len(text)-1] == text[0] {
			text, at = text[1:len(text)-1], at+1
		}
		if text != "" {
			parts = append(parts, commaPart{text, at})
		}
		start = i + 1
	}
	return parts
}

// quotedAsIs reports whether the file has s at p just after a quote, as
// a quoted value without escapes or spaces around it is written, so that
// a column in s is one in the file.
func (d *decoder) quotedAsIs(p diag.Pos, s string) bool {
	at := d.offset(p)
	if at < 0 || at+1+len(s) > len(d.src) {
		return false
	}
	return (d.src[at] == '"' || d.src[at] == '\'') && string(d.src[at+1:at+1+len(s)]) == s
}

// writtenAt reports whether the file has s at p, as a plain value on one
// line is written.
func (d *decoder) writtenAt(p diag.Pos, s string) bool {
	at := d.offset(p)
	return at >= 0 && at+len(s) <= len(d.src) && string(d.src[at:at+len(s)]) == s
}

// offset returns the offset in the file of p, or -1 if p has no column.
func (d *decoder) offset(p diag.Pos) int {
	if p.Col < 1 {
		return -1
	}
	line := p.Line
	i := 0
	for ; line > 1 && i < len(d.src); i++ {
		if d.src[i] == '\n' {
			line--
		}
	}
	return i + p.Col - 1
}
