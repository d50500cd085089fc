package resolve

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
)

// TestReviseEvents checks which changes to a brief's event lines
// ReviseEvents takes in place, and that what it takes is what a new
// Resolve makes.
func TestReviseEvents(t *testing.T) {
	fsys := reviseFixture()
	day := func(s string) date.Date {
		d, err := date.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	// down returns lines moved n lines down the file.
	down := func(lines []*site.Event, n int) []*site.Event {
		for _, l := range lines {
			l.Pos.Line += n
			for _, refs := range [][]site.Ref{l.ActorRefs, l.CountryRefs} {
				for i := range refs {
					refs[i].Pos.Line += n
				}
			}
		}
		return lines
	}
	s0, _, _, _ := resolvedFixture(fsys, "zz-events")
	profiled := s0.Actors[slices.IndexFunc(s0.Actors, func(e *site.Entity) bool { return e.File != "" })].Name
	line := func(d, text string, pos int, actors ...string) *site.Event {
		l := &site.Event{Date: day(d), Text: text, Pos: diag.Pos{File: "content/briefs/zz-events.md", Line: pos, Col: 5}}
		for _, a := range actors {
			l.ActorRefs = append(l.ActorRefs, site.Ref{Name: a, Pos: diag.Pos{File: l.Pos.File, Line: pos + 2, Col: 14}})
		}
		return l
	}
	for _, tc := range []struct {
		name, slug string
		edit       func(lines []*site.Event, b *site.Brief) []*site.Event
		ok         bool
	}{
		{"text", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event { l[0].Text = "Zeroth"; return l }, true},
		{"past the other line", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event { l[0].Date = day("2021-04-01"); return l }, true},
		{"before the brief's date", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event { l[0].Date = day("2020-12-31"); return l }, true},
		{"two lines", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event {
			l[0].Date, l[1].Text = day("2021-05-01"), "Second, revised"
			return l
		}, true},
		{"equal to the other line", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event {
			l[0].Date, l[0].Text = l[1].Date, l[1].Text
			return l
		}, false},
		{"a known actor", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event {
			l[1].ActorRefs = []site.Ref{{Name: profiled, Pos: l[1].Pos}}
			return l
		}, true},
		{"a new actor", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event {
			l[1].ActorRefs = []site.Ref{{Name: "Nobody Known", Pos: l[1].Pos}}
			return l
		}, true},
		{"a new actor a letter from another", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event {
			l[1].ActorRefs = []site.Ref{{Name: "Free Agents", Pos: l[1].Pos}}
			return l
		}, true},
		{"a new country by its code, and by its name", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event {
			l[1].CountryRefs = []site.Ref{{Name: "BT", Pos: l[1].Pos}, {Name: "Bhutan", Pos: diag.Pos{File: l[1].Pos.File, Line: l[1].Pos.Line, Col: 20}}}
			return l
		}, true},
		{"a known name, spelt otherwise", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event {
			l[1].ActorRefs = []site.Ref{{Name: "Free-Agent!", Pos: l[1].Pos}}
			return l
		}, true},
		{"the line that alone named an actor taken away", "zz-free-3", func(l []*site.Event, _ *site.Brief) []*site.Event { return nil }, true},
		{"a line taken away whose name a later brief uses", "zz-a-early", func(l []*site.Event, _ *site.Brief) []*site.Event { return l[1:] }, false},
		{"a line taken away whose name a later brief's line uses", "zz-a-early", func(l []*site.Event, _ *site.Brief) []*site.Event { return l[:1] }, false},
		{"the actor a line alone named dropped", "zz-free-3", func(l []*site.Event, _ *site.Brief) []*site.Event { l[0].ActorRefs = nil; return l }, true},
		{"an actor a later brief names first", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event {
			l[1].ActorRefs = []site.Ref{{Name: "Solo Agent", Pos: l[1].Pos}}
			return l
		}, false},
		{"drop the name the line made", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event { l[0].ActorRefs = nil; return l }, false},
		{"the lines moved down", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event { return down(l, 1) }, false},
		{"a line added at the end", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event {
			return append(l, line("2021-06-01", "Third", 12, profiled))
		}, true},
		{"a line added first", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event {
			return append([]*site.Event{line("2021-06-01", "Zeroth", 6)}, down(l, 2)...)
		}, false}, // moves the name that made Free Agent
		{"the last line taken away", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event { return l[:1] }, true},
		{"the first line taken away", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event { return l[1:] }, false},
		{"a line equal to another brief's", "zz-events", func(l []*site.Event, _ *site.Brief) []*site.Event {
			return append(l, line("2021-01-01", "Events", 12)) // its own date's entry
		}, true},
		{"one of two lines alike taken away", "zz-alike", func(l []*site.Event, _ *site.Brief) []*site.Event { return l[:1] }, false},
		{"moved down", "zz-span", func(l []*site.Event, _ *site.Brief) []*site.Event { return down(l, 3) }, true},
		{"moved down, with the name it made", "zz-free-3", func(l []*site.Event, _ *site.Brief) []*site.Event { return down(l, 1) }, false},
		{"all taken away", "zz-span", func(l []*site.Event, _ *site.Brief) []*site.Event { return nil }, true},
		{"out of the span", "zz-span", func(l []*site.Event, _ *site.Brief) []*site.Event { l[0].Date = day("2024-08-01"); return l }, false},
		{"within the span", "zz-span", func(l []*site.Event, _ *site.Brief) []*site.Event { l[0].Date = day("2024-05-01"); return l }, true},
		{"one added out of the span", "zz-span", func(l []*site.Event, _ *site.Brief) []*site.Event {
			out := line("2024-09-01", "Late", 20)
			out.Pos.File = l[0].Pos.File
			return append(l, out)
		}, false},
		{"lines where none were", "zz-solo", func(_ []*site.Event, b *site.Brief) []*site.Event {
			l := line("2022-09-02", "Solo met", 9, "Solo Agent", profiled)
			l.Pos.File = b.File
			return []*site.Event{l}
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, m, b, want := resolvedFixture(fsys, tc.slug)
			lines := tc.edit(EventLines(b), b)
			checkRevised(t, fsys, tc.slug, s, m, want, tc.ok, func() bool { return ReviseEvents(s, m, b, lines) }, func(fb *site.Brief) {
				fb.Events = nil
				for _, l := range lines {
					e := *l
					e.Brief = fb
					fb.Events = append(fb.Events, &e)
				}
			})
		})
	}
}

// editLines returns lines, a brief's event lines in file order, edited
// at random as an editor might, and what it did: one line's date or text
// changed, a line added (naming, perhaps, one of names or a name no
// file uses) or taken away,
// moving the lines below, or every line moved down.
func editLines(rng *rand.Rand, lines []*site.Event, titles, dates []string, names [3][]string, t *testing.T) ([]*site.Event, string) {
	day := func() date.Date {
		d, err := date.Parse(dates[rng.IntN(len(dates))])
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	// move moves the lines from index k on n lines down the file.
	move := func(k, n int) {
		for _, l := range lines[k:] {
			l.Pos.Line += n
			for _, refs := range [][]site.Ref{l.ActorRefs, l.CountryRefs} {
				for i := range refs {
					refs[i].Pos.Line += n
				}
			}
		}
	}
	switch op := rng.IntN(5); {
	case op == 0 && len(lines) > 0:
		k := rng.IntN(len(lines))
		lines = slices.Delete(lines, k, k+1)
		move(k, -3)
		return lines, "one taken away"
	case op == 1:
		k := rng.IntN(len(lines) + 1)
		at := diag.Pos{Line: 40, Col: 5} // below the others, when last
		if k < len(lines) {
			at = lines[k].Pos
		} else if len(lines) > 0 {
			at.File = lines[0].Pos.File
		}
		move(k, 3)
		l := &site.Event{Date: day(), Text: titles[rng.IntN(len(titles))], Pos: at}
		if rng.IntN(2) == 0 {
			kind := rng.IntN(2)
			pool := names[kind]
			if rng.IntN(3) == 0 { // a name no file uses, perhaps a letter from one
				pool = [][]string{newNames, {"Bhutan", "BT", "Atlantis II", "Freedonias"}}[kind]
			}
			ref := site.Ref{Name: pool[rng.IntN(len(pool))], Pos: diag.Pos{File: at.File, Line: at.Line + 2, Col: 14}}
			if kind == 0 {
				l.ActorRefs = []site.Ref{ref}
			} else {
				l.CountryRefs = []site.Ref{ref}
			}
		}
		return slices.Insert(lines, k, l), "one added"
	case op == 2 && len(lines) > 0:
		move(0, 1+rng.IntN(3))
		return lines, "all moved"
	case len(lines) > 0:
		l := lines[rng.IntN(len(lines))]
		if rng.IntN(2) == 0 {
			l.Text = titles[rng.IntN(len(titles))]
		}
		if rng.IntN(3) > 0 {
			l.Date = day()
		}
		return lines, "one changed"
	}
	return lines, "none"
}
