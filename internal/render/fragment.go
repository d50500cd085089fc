package render

import (
	"bytes"
	"html/template"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/briefsite/brief/internal/date"
)

// Fragments are partial templates rendered once and reused.
//
// The partials that show one item in a list ("event", "brief-item",
// "brief-link", "tag", "source-item", "source-link", and the parts they
// share, "entity-links", "entity-link" and "source") read nothing of the
// page but its climb to the root, through Page.URL (and Page.SourceURL,
// which calls it), and the site's pretty-URL setting and the pages of its
// sources, which are the same for every page of a build. Every
// brief and profile page is at the same depth, and an event is shown on
// the profile of each entity it names and on its brief's page, a source
// on the page of each brief citing it, so the same HTML would otherwise
// be produced again and again.
//
// A template writes
//
//	{{fragment "event" $ .}}
//
// where it used to write {{template "event" (list $ .)}}, and gets the
// same bytes: the partial executed with (list page item) in HTML text
// context. In a template set whose memo is on, the result is kept, keyed
// by the partial's name, the page's root and URL style and the item,
// which must be a pointer or a string; other items, and every call in a
// set whose memo is off, are executed each time.
//
// The item partials are kept only for pages at the depth of brief and
// profile pages (itemRoot). The pages at other depths that list items,
// the timeline, the list of briefs and the home page, show each item
// once; they take the fragment kept for itemRoot with the climb to the
// root in its links replaced, and are written after the brief and
// profile pages so that the fragments are there (see rebased).
//
// The page's header and footer are fragments too, with the page's
// section as the item: {{fragment "site-header" . .Section}}.
//
// Partials that read nothing but their data, such as "date", are shown
// with
//
//	{{memo "date" .Date}}
//
// in place of {{template "date" .Date}}, and kept by name and value, a
// date.Date or a pointer, in every template set (what such a partial
// shows depends on nothing else), for each set alone but those that share
// their fragments.

// fragments is the memo of one Render call. Its fragments are shared by
// the template sets whose memo is on: they define the partials
// identically. It is safe for concurrent use.
type fragments struct {
	frags   memoMap[fragmentKey]
	memos   memoMap[memoKey]
	n       atomic.Int64
	bytes   atomic.Int64
	rebases atomic.Int64 // fragments shown rebased (see rebased)
	buffers sync.Pool    // of *bytes.Buffer, for execute
}

// memoMap holds partials' output by key. It is safe for concurrent use.
type memoMap[K comparable] struct {
	mu sync.RWMutex
	m  map[K]template.HTML
}

func (m *memoMap[K]) load(k K) (template.HTML, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	h, ok := m.m[k]
	return h, ok
}

// store keeps h under k unless the map has k, and reports whether it did.
func (m *memoMap[K]) store(k K, h template.HTML) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.m[k]; ok {
		return false
	}
	if m.m == nil {
		m.m = map[K]template.HTML{}
	}
	m.m[k] = h
	return true
}

// memoKey identifies the output of a partial that reads only its data.
type memoKey struct {
	set  *template.Template // nil in the sets that share fragments
	name string
	data any // a pointer or a date.Date
}

// fragmentKey identifies a fragment: the partials read nothing of the
// page but its root and pretty-URL setting, which Page.URL uses.
type fragmentKey struct {
	set    *template.Template // the set, for a partial its page template defines; else nil
	name   string
	root   string
	pretty bool
	item   any // a pointer or a string
}

// fragmentFunc returns the "fragment" template function of the template
// set t, memoised in f when memo is true. The sets share the fragments of
// the partials named in shared, those of base.html and partials.html;
// t keeps the others for itself.
func (f *fragments) fragmentFunc(t *template.Template, memo bool, shared map[string]bool) func(string, *Page, any) (template.HTML, error) {
	return func(name string, p *Page, item any) (template.HTML, error) {
		data := []any{p, item}
		if !memo || !fragmentItem(item) {
			return f.execute(t, name, data)
		}
		k := fragmentKey{name: name, root: p.root, pretty: p.pretty, item: item}
		if !shared[name] {
			k.set = t
		}
		if k.set == nil && itemPartials[name] && p.root != itemRoot {
			return f.rebased(k, t, name, data)
		}
		return cached(f, &f.frags, k, t, name, data)
	}
}

// memoFunc returns the "memo" template function of the template set t,
// memoised in f. The sets whose memo is on (memo is true) share what it
// keeps, as they share fragments; the others keep it for themselves.
func (f *fragments) memoFunc(t *template.Template, memo bool) func(string, any) (template.HTML, error) {
	set := t
	if memo {
		set = nil
	}
	return func(name string, data any) (template.HTML, error) {
		if !memoizable(data) {
			return f.execute(t, name, data)
		}
		return cached(f, &f.memos, memoKey{set: set, name: name, data: data}, t, name, data)
	}
}

// cached returns what m holds under k, or executes the partial name of t
// with data and keeps the result in m under k.
func cached[K comparable](f *fragments, m *memoMap[K], k K, t *template.Template, name string, data any) (template.HTML, error) {
	if h, ok := m.load(k); ok {
		return h, nil
	}
	h, err := f.execute(t, name, data)
	if err != nil {
		return "", err
	}
	if m.store(k, h) {
		f.n.Add(1)
		f.bytes.Add(int64(len(h)))
	}
	return h, nil
}

// fragmentItem reports whether item can key a fragment in the memo: a
// pointer or a string.
func fragmentItem(item any) bool {
	if _, ok := item.(string); ok {
		return true
	}
	return item != nil && reflect.TypeOf(item).Kind() == reflect.Pointer
}

// memoizable reports whether data can key the memo: it must be
// comparable without panicking, and equal data must render alike.
func memoizable(data any) bool {
	if _, ok := data.(date.Date); ok {
		return true
	}
	return data != nil && reflect.TypeOf(data).Kind() == reflect.Pointer
}

// size returns the number of fragments kept and their total length.
func (f *fragments) size() (n, bytes int64) { return f.n.Load(), f.bytes.Load() }

// execute executes the partial name of t with data, as {{template name
// data}} would in HTML text context.
func (f *fragments) execute(t *template.Template, name string, data any) (template.HTML, error) {
	buf, _ := f.buffers.Get().(*bytes.Buffer)
	if buf == nil {
		buf = new(bytes.Buffer)
	}
	defer f.buffers.Put(buf)
	buf.Reset()
	if err := t.ExecuteTemplate(buf, name, data); err != nil {
		return "", err
	}
	// A copy of exactly the fragment's length: memoised fragments live
	// until the site is written.
	return template.HTML(buf.String()), nil
}

// itemRoot is the root of the brief and profile pages, which show most
// items: the fragments of itemPartials are kept for pages at this depth.
const itemRoot = "../../"

// itemPartials are the partials that show one item in a list. They write
// every link to a page of the site with Page.URL (SourceURL calls it), and
// to a file of the site, a source's copy, with Page.Asset: in a fragment
// kept for pages at itemRoot, `href="` followed by itemRoot is the start
// of such a link and nothing else, since text is escaped and sources'
// other URLs are absolute.
var itemPartials = map[string]bool{"event": true, "brief-item": true, "brief-link": true, "tag": true, "source-item": true, "source-link": true, "entity-links": true, "entity-link": true, "source": true}

// rebased returns the fragment k for a page whose root is not itemRoot:
// the one kept for pages at itemRoot with its links' climb to the root
// replaced, or, when that is not kept yet, the partial executed. Nothing
// is kept for other roots: the pages there show each item once.
func (f *fragments) rebased(k fragmentKey, t *template.Template, name string, data any) (template.HTML, error) {
	root := k.root
	if strings.ReplaceAll(root, "../", "") != "" || root == "" && k.pretty {
		// Only a climb of "../" passes the URL escapers unchanged (the
		// 404 page's root is the site's URL). And Page.URL links the
		// home page as "./" from the root, not as itemRoot with the
		// climb dropped; no item partial links it, but the rebasing
		// would not hold.
		return f.execute(t, name, data)
	}
	k.root = itemRoot
	h, ok := f.frags.load(k)
	if !ok {
		return f.execute(t, name, data)
	}
	f.rebases.Add(1)
	return template.HTML(strings.ReplaceAll(string(h), `href="`+itemRoot, `href="`+root)), nil
}
