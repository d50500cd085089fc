package serve

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/briefsite/brief/internal/diag"
)

// message is one Server-Sent Event. Its data is a single line of JSON.
//
// The events are:
//
//	hello   {"version":N}           sent first on every connection
//	reload  {"version":N}           a new version is served: reload the page
//	css     {"version":N}           only stylesheets changed: swap them
//	errors  {"version":N,"summary":"…","errors":[…]}  the last build failed
//	        ("current":true when the version served is its own, some pages failing;
//	        "stale":true when the version served shows only the pages it had built)
type message struct {
	event string
	data  []byte
}

func (m message) write(w http.ResponseWriter) error {
	_, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", m.event, m.data)
	return err
}

func versionJSON(v int64) []byte {
	return []byte(`{"version":` + strconv.FormatInt(v, 10) + `}`)
}

// errorJSON is one error as the overlay shows it.
type errorJSON struct {
	Pos     string `json:"pos"` // file:line:col
	Message string `json:"message"`
	Line    string `json:"line,omitempty"` // the offending source line
	Col     int    `json:"col,omitempty"`  // in characters, as in Pos
}

// errorsMessage returns the event that reports a failed build: every error
// with its position and source line. Warnings are left to the terminal.
func errorsMessage(rep Report, fsys fs.FS) message {
	var list []errorJSON
	src := diag.NewSource(fsys)
	for _, d := range rep.Diags {
		if d.Severity != diag.Error {
			continue
		}
		shown := src.Shown(d.Pos)
		e := errorJSON{Pos: shown.String(), Message: d.Msg}
		if l, ok := src.Line(d.Pos); ok && len(l) <= 500 && utf8.ValidString(l) {
			e.Line = l
			if d.Pos.Col > 0 && d.Pos.Col <= len(l)+1 {
				e.Col = shown.Col
			}
		}
		list = append(list, e)
	}
	errs, warns := diag.Count(rep.Diags)
	data, _ := json.Marshal(struct {
		Version int64       `json:"version"`
		Current bool        `json:"current,omitempty"` // the version served is the build's (Report.PagesFail)
		Stale   bool        `json:"stale,omitempty"`   // the version served shows only the pages it had built (Report.Stale)
		Summary string      `json:"summary"`
		Errors  []errorJSON `json:"errors"`
	}{rep.Version, rep.PagesFail, rep.Stale, diag.Summary(errs, warns), list})
	return message{event: "errors", data: data}
}

// broker fans events out to the open event streams. It remembers the last
// failed build's errors so that a page opened while the site is broken
// shows them at once.
type broker struct {
	mu      sync.Mutex
	clients map[chan message]struct{}
	failed  *message // the current errors, nil after a good build
	done    chan struct{}
	closed  bool
}

func newBroker() *broker {
	return &broker{clients: map[chan message]struct{}{}, done: make(chan struct{})}
}

// publish sends m to every open stream. A stream too slow to keep up
// misses the event; the next one tells it the current state.
func (b *broker) publish(m message) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if m.event == "errors" {
		b.failed = &m
	} else {
		b.failed = nil
	}
	for ch := range b.clients {
		select {
		case ch <- m:
		default:
		}
	}
}

// close ends every open stream and refuses new ones, so that the HTTP
// server can shut down.
func (b *broker) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.closed {
		b.closed = true
		close(b.done)
	}
}

func (b *broker) subscribe() (chan message, *message, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, nil, false
	}
	ch := make(chan message, 16)
	b.clients[ch] = struct{}{}
	return ch, b.failed, true
}

func (b *broker) unsubscribe(ch chan message) {
	b.mu.Lock()
	delete(b.clients, ch)
	b.mu.Unlock()
}

// heartbeat is how often an idle stream gets a comment line, so that
// proxies and browsers keep it open.
const heartbeat = 20 * time.Second

// serveEvents streams events to one page until it goes away or the server
// shuts down.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	ch, failed, ok := s.events.subscribe()
	if !ok {
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	defer s.events.unsubscribe(ch)
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)

	var version int64
	if snap := s.site.Load(); snap != nil {
		version = snap.version
	}
	fmt.Fprint(w, "retry: 1000\n\n")
	message{event: "hello", data: versionJSON(version)}.write(w)
	if failed != nil {
		failed.write(w)
	}
	if rc.Flush() != nil {
		return
	}
	tick := time.NewTicker(heartbeat)
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.events.done:
			return
		case m := <-ch:
			if m.write(w) != nil || rc.Flush() != nil {
				return
			}
		case <-tick.C:
			if _, err := fmt.Fprint(w, ": ping\n\n"); err != nil || rc.Flush() != nil {
				return
			}
		}
	}
}
