package browser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// axePath is where `make axe` installs axe-core from the npm registry,
// relative to the repository root.
const axePath = ".cache/axe/node_modules/axe-core/axe.min.js"

// violation is an axe-core rule violation, as axeRunJS reports it.
type violation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// axeRunJS runs axe-core on the page, with the options %s, and returns
// its violations with up to five offending elements each.
const axeRunJS = `axe.run(document, %s).then(r => r.violations.map(v => ({
  id: v.id, impact: v.impact || '', help: v.help,
  nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\s+/g, ' ') : '')),
})))`

// testAxe runs axe-core in every page in the given colour scheme, and
// fails on serious or critical violations; others are logged. Only the
// light scheme runs every rule on every page: what the dark scheme changes
// is colour, so it runs the contrast rules alone, on the main pages.
func testAxe(t *testing.T, tb *tab, o origin, pages []page, scheme string) {
	src, err := os.ReadFile(filepath.Join(repoRoot(t), filepath.FromSlash(axePath)))
	if err != nil {
		skipOrFail(t, "axe-core is not installed: run `make axe` (npm install --prefix .cache/axe axe-core@4) to check accessibility")
	}
	opts := `{resultTypes: ['violations']}`
	if scheme == "dark" {
		opts = `{resultTypes: ['violations'], runOnly: ['color-contrast', 'link-in-text-block']}`
	}
	run := fmt.Sprintf(axeRunJS, opts)
	tb.setViewport(t, 1280, scheme, "")
	for _, p := range pages {
		if scheme == "dark" && !p.Shot {
			continue // the other pages use the same colours
		}
		tb.open(t, o, p)
		eval[chromedp.Void](t, tb, string(src))
		vs := eval[[]violation](t, tb, run, chromedp.EvalAwaitPromise)
		for _, v := range vs {
			msg := p.Name + " (" + scheme + "): " + v.Impact + " " + v.ID + ": " + v.Help + "\n\t" + strings.Join(v.Nodes, "\n\t")
			if v.Impact == "serious" || v.Impact == "critical" {
				t.Error(msg)
			} else {
				t.Log(msg)
			}
		}
		tb.checkClean(t, p.Name+" (axe)")
	}
}
