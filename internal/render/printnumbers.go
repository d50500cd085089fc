package render

import "github.com/briefsite/brief/internal/site"

// PrintSourceNumbers returns the number of each source in the printable
// briefing's bibliography, from 1, as PrintSources orders it: the
// briefs there give each source's number after its title, so that a
// reader of the paper can tell two sources of one title apart.
func (p *Page) PrintSourceNumbers() map[*site.Source]int {
	sources := p.PrintSources()
	out := make(map[*site.Source]int, len(sources))
	for i, src := range sources {
		out[src] = i + 1
	}
	return out
}
