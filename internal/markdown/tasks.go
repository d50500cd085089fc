package markdown

import (
	"html/template"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"github.com/briefsite/brief/internal/lang"
)

// The box of an item of a task list, - [x] done, is a checkbox a reader
// cannot tick: goldmark writes it with no name, a form element without a
// label to a screen reader (axe's "label"). taskBoxes writes it named
// for its state, "done" or "not done" (Options.TaskLabels), keeping it
// disabled and, when ticked, checked.

// TaskLabels returns the names, in w's words, of the box of a task
// done and of one not done, for Options.TaskLabels.
func TaskLabels(w *lang.Words) [2]string {
	return [2]string{w.T("done"), w.T("not done")}
}

// taskBoxes renders the boxes of task lists.
type taskBoxes struct {
	done, notDone string // attribute values, escaped
}

// newTaskBoxes returns the renderer of task boxes named done and notDone.
func newTaskBoxes(done, notDone string) *taskBoxes {
	return &taskBoxes{done: template.HTMLEscapeString(done), notDone: template.HTMLEscapeString(notDone)}
}

// RegisterFuncs implements renderer.NodeRenderer.
func (b *taskBoxes) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(extast.KindTaskCheckBox, b.render)
}

// render writes a task box followed by a space, as goldmark does.
func (b *taskBoxes) render(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	if n.(*extast.TaskCheckBox).IsChecked {
		_, _ = w.WriteString(`<input checked="" disabled="" type="checkbox" aria-label="` + b.done + `" /> `)
	} else {
		_, _ = w.WriteString(`<input disabled="" type="checkbox" aria-label="` + b.notDone + `" /> `)
	}
	return ast.WalkContinue, nil
}
