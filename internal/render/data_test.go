package render_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/render"
)

// decodeData decodes a data file into generic JSON and checks its version.
func decodeData(t *testing.T, files map[string][]byte, name string) map[string]any {
	t.Helper()
	data, ok := files[name]
	if !ok {
		t.Fatalf("%s not written", name)
	}
	var v map[string]any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if name != "data/timeline.json" && v["version"] != 1.0 {
		t.Errorf("%s: version = %v, want 1", name, v["version"])
	}
	return v
}

// records returns the list under key, each element as an object, and
// checks that each has every one of fields.
func records(t *testing.T, v map[string]any, key string, fields ...string) []map[string]any {
	t.Helper()
	list, ok := v[key].([]any)
	if !ok {
		t.Fatalf("%q is %T, want a list", key, v[key])
	}
	var out []map[string]any
	for i, x := range list {
		m, ok := x.(map[string]any)
		if !ok {
			t.Fatalf("%s[%d] is %T, want an object", key, i, x)
		}
		for _, f := range fields {
			if _, ok := m[f]; !ok {
				t.Errorf("%s[%d] has no field %q", key, i, f)
			}
		}
		out = append(out, m)
	}
	return out
}

func find(list []map[string]any, key, value string) map[string]any {
	for _, m := range list {
		if m[key] == value {
			return m
		}
	}
	return nil
}

var dateFields = []string{"value", "human", "iso", "start", "end", "precision", "interval", "approximate", "uncertain"}

func TestDataSchema(t *testing.T) {
	files := buildExport(t, "")
	briefs := records(t, decodeData(t, files, "data/briefs.json"), "briefs",
		"slug", "title", "url", "file", "date", "summary", "actors", "countries", "topics",
		"sources", "links_to", "mentioned_in", "text")
	entities := records(t, decodeData(t, files, "data/entities.json"), "entities",
		"id", "kind", "slug", "name", "url", "file", "aliases", "type", "summary", "code", "flag",
		"country", "members", "briefs", "related", "sources", "generated")
	events := records(t, decodeData(t, files, "data/events.json"), "events",
		"id", "date", "text", "brief", "url", "of_brief", "actors", "countries")
	sources := records(t, decodeData(t, files, "data/sources.json"), "sources",
		"id", "title", "publisher", "url", "note", "date", "briefs")

	if len(briefs) != 3 {
		t.Fatalf("%d briefs, want 3", len(briefs))
	}
	b := find(briefs, "slug", "month-brief")
	if b == nil {
		t.Fatal("no brief month-brief")
	}
	if b["url"] != "briefs/month-brief/index.html" {
		t.Errorf("url = %v", b["url"])
	}
	d := b["date"].(map[string]any)
	for _, f := range dateFields {
		if _, ok := d[f]; !ok {
			t.Errorf("date has no field %q", f)
		}
	}
	want := map[string]any{"value": "2023-07", "human": "July 2023", "iso": "2023-07",
		"start": "2023-07-01", "end": "2023-07-31", "precision": "month", "interval": false}
	for k, w := range want {
		if d[k] != w {
			t.Errorf("date.%s = %v, want %v", k, d[k], w)
		}
	}
	if text, _ := b["text"].(string); !strings.Contains(text, "William Ruto vowed") {
		t.Errorf("text lacks the wikilink's words: %q", text)
	}

	// Every reference names a record of the export.
	ids := map[string]bool{}
	for _, e := range entities {
		ids[e["id"].(string)] = true
	}
	slugs := map[string]bool{}
	for _, b := range briefs {
		slugs[b["slug"].(string)] = true
	}
	for _, b := range briefs {
		for _, key := range []string{"actors", "countries", "topics"} {
			for _, id := range b[key].([]any) {
				if !ids[id.(string)] {
					t.Errorf("brief %v: %s names unknown entity %v", b["slug"], key, id)
				}
			}
		}
	}
	for _, e := range entities {
		for _, s := range e["briefs"].([]any) {
			if !slugs[s.(string)] {
				t.Errorf("entity %v names unknown brief %v", e["id"], s)
			}
		}
	}
	moise := find(entities, "id", "actors/jovenel-moise")
	if moise == nil || moise["name"] != "Jovenel Moïse" || moise["country"] != "countries/haiti" || moise["generated"] != false {
		t.Errorf("actors/jovenel-moise = %v", moise)
	}
	if e := find(entities, "id", "topics/security"); e == nil || e["kind"] != "topic" || e["generated"] != true {
		t.Errorf("topics/security = %v", e)
	}
	if len(sources) != 1 || !slices.Contains(b["sources"].([]any), sources[0]["id"]) {
		t.Errorf("sources = %v, brief's = %v", sources, b["sources"])
	}

	var open map[string]any
	for _, ev := range events {
		if ev["brief"] == "open-start" {
			open = ev["date"].(map[string]any)
		}
	}
	if open == nil || open["start"] != nil || open["end"] != "2024-12-31" || open["interval"] != true {
		t.Errorf("open-start date = %v", open)
	}
}

func TestDataEscapesHTML(t *testing.T) {
	files := buildExport(t, "")
	for _, name := range []string{"data/briefs.json", "data/entities.json", "data/timeline.json", "data/events.json"} {
		for _, bad := range []string{"</script", "<!--", "<b>"} {
			if bytes.Contains(files[name], []byte(bad)) {
				t.Errorf("%s contains %q unescaped", name, bad)
			}
		}
	}
	if !bytes.Contains(files["data/briefs.json"], []byte(`\u003c/script\u003e`)) {
		t.Error("briefs.json does not hold the escaped </script>")
	}
}

func TestDataDeterministic(t *testing.T) {
	a, b := buildExport(t, ""), buildExport(t, "")
	for name, data := range a {
		if strings.HasPrefix(name, "data/") || strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, "search-index.js") {
			if !bytes.Equal(data, b[name]) {
				t.Errorf("%s differs between two builds", name)
			}
		}
	}
}

func TestEventsCSV(t *testing.T) {
	files := buildExport(t, "")
	data := files["data/events.csv"]
	if lines, crlf := bytes.Count(data, []byte("\n")), bytes.Count(data, []byte("\r\n")); lines == 0 || crlf != lines {
		t.Errorf("%d of %d lines end in CR LF, want all, as RFC 4180 has it", crlf, lines)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := []string{"date", "human", "start", "end", "precision", "text",
		"brief", "brief_title", "url", "of_brief", "actors", "countries", "id"}
	if len(rows) == 0 || !slices.Equal(rows[0], header) {
		t.Fatalf("header = %q, want %q", rows[0], header)
	}
	events := records(t, decodeData(t, files, "data/events.json"), "events")
	if len(rows)-1 != len(events) {
		t.Errorf("%d rows, %d events", len(rows)-1, len(events))
	}
	for i, r := range rows[1:min(len(rows), len(events)+1)] {
		if r[12] != events[i]["id"] {
			t.Errorf("row %d: id %q, want events.json's %v", i+1, r[12], events[i]["id"])
		}
	}
	found := false
	for _, r := range rows[1:] {
		if r[5] == "Talks run through the autumn." {
			found = true
			want := []string{"2024-09/2024-12", "September–December 2024", "2024-09-01", "2024-12-31", "month"}
			if !slices.Equal(r[:5], want) {
				t.Errorf("autumn row = %q, want %q", r[:5], want)
			}
			if r[6] != "month-brief" || r[9] != "false" {
				t.Errorf("autumn row = %q", r)
			}
		}
		if r[6] == "moise-dies" && r[9] == "true" && r[10] != "Jovenel Moïse" {
			t.Errorf("moise-dies actors = %q", r[10])
		}
	}
	if !found {
		t.Error("no row for the autumn event")
	}
}

func TestTimelineJS(t *testing.T) {
	files := buildExport(t, "https://example.org/repo/")
	var tl struct {
		Title struct {
			Text struct{ Headline, Text string }
		}
		Events []struct {
			StartDate map[string]string `json:"start_date"`
			EndDate   map[string]string `json:"end_date"`
			Text      struct{ Headline, Text string }
			Group     string
			UniqueID  string `json:"unique_id"`
		}
	}
	if err := json.Unmarshal(files["data/timeline.json"], &tl); err != nil {
		t.Fatal(err)
	}
	if tl.Title.Text.Text != "A fixture &lt;for&gt; exports &amp; feeds." {
		t.Errorf("title text = %q, want it HTML-escaped", tl.Title.Text.Text)
	}
	keys := func(m map[string]string) string {
		var k []string
		for _, f := range []string{"year", "month", "day", "hour", "minute"} {
			if m[f] != "" {
				k = append(k, f)
			}
		}
		return strings.Join(k, ",")
	}
	// unique_id is the brief's slug, or its slug and the event's first
	// words: an event keeps it when the brief gains an earlier one.
	type want struct{ start, end, startKeys, endKeys, id string }
	tests := map[string]want{
		"President Jovenel Moïse dies":  {"2021", "", "year,month,day", "", "brief-moise-dies"},
		"An interim government forms.":  {"2021", "", "year,month", "", "moise-dies--an-interim-government-forms"},
		"Ruto pledges troops":           {"2023", "", "year,month", "", "brief-month-brief"},
		"Talks run through the autumn.": {"2024", "2024", "year,month", "year,month", "month-brief--talks-run-through-the-autumn"},
		"A season passes.":              {"2024", "2024", "year,month", "year,month", "month-brief--a-season-passes"},
		"Until the end":                 {"2024", "", "year", "", "brief-open-start"},
	}
	seen := map[string]bool{}
	ids := map[string]bool{}
	for _, ev := range tl.Events {
		if ids[ev.UniqueID] {
			t.Errorf("unique_id %q repeats", ev.UniqueID)
		}
		ids[ev.UniqueID] = true
		w, ok := tests[ev.Text.Headline]
		if !ok {
			continue
		}
		seen[ev.Text.Headline] = true
		if w.id != "" && ev.UniqueID != w.id {
			t.Errorf("%s: unique_id = %q, want %q", ev.Text.Headline, ev.UniqueID, w.id)
		}
		if ev.StartDate["year"] != w.start || keys(ev.StartDate) != w.startKeys {
			t.Errorf("%s: start_date = %v, want year %s with %s", ev.Text.Headline, ev.StartDate, w.start, w.startKeys)
		}
		if (ev.EndDate["year"] != w.end) || keys(ev.EndDate) != w.endKeys {
			t.Errorf("%s: end_date = %v, want year %q with %q", ev.Text.Headline, ev.EndDate, w.end, w.endKeys)
		}
		if ev.Text.Headline == "Talks run through the autumn." && (ev.StartDate["month"] != "9" || ev.EndDate["month"] != "12") {
			t.Errorf("autumn: %v to %v, want months 9 to 12", ev.StartDate, ev.EndDate)
		}
		if ev.Text.Headline == "Ruto pledges troops" {
			if !strings.Contains(ev.Text.Text, `href="https://example.org/repo/briefs/month-brief/index.html"`) {
				t.Errorf("brief slide text has no absolute link: %q", ev.Text.Text)
			}
			if ev.Group != "Security" {
				t.Errorf("group = %q, want the first topic", ev.Group)
			}
		}
	}
	for h := range tests {
		if !seen[h] {
			t.Errorf("no slide %q", h)
		}
	}
}

// TestEventIDsExport checks that events.json gives each event its id, the
// unique_id of its slide in timeline.json: a brief's own date by the
// brief, and a line of its events by the brief and the line's first words.
func TestEventIDsExport(t *testing.T) {
	files := buildExport(t, "")
	events := records(t, decodeData(t, files, "data/events.json"), "events", "id")
	var tl struct {
		Events []struct {
			Text     struct{ Headline string }
			UniqueID string `json:"unique_id"`
		}
	}
	if err := json.Unmarshal(files["data/timeline.json"], &tl); err != nil {
		t.Fatal(err)
	}
	slides := map[string]string{}
	for _, s := range tl.Events {
		slides[s.Text.Headline] = s.UniqueID
	}
	for _, tc := range []struct{ text, id string }{
		{"President Jovenel Moïse dies", "brief-moise-dies"},
		{"An interim government forms.", "moise-dies--an-interim-government-forms"},
		{"Ruto pledges troops", "brief-month-brief"},
		{"Talks run through the autumn.", "month-brief--talks-run-through-the-autumn"},
		{"A season passes.", "month-brief--a-season-passes"},
	} {
		ev := find(events, "text", tc.text)
		if ev == nil {
			t.Errorf("no event %q", tc.text)
			continue
		}
		if ev["id"] != tc.id {
			t.Errorf("%s: id %v, want %q", tc.text, ev["id"], tc.id)
		}
		if slides[tc.text] != tc.id {
			t.Errorf("%s: unique_id %q, want the id %q", tc.text, slides[tc.text], tc.id)
		}
	}
	seen := map[any]bool{}
	for _, ev := range events {
		if seen[ev["id"]] {
			t.Errorf("id %v repeats", ev["id"])
		}
		seen[ev["id"]] = true
	}
}

// TestDataOldAddresses checks that the data export gives each brief's
// old addresses, its aliases, and each profile's, its old_urls, as the
// site writes their pages, and leaves out one whose page is not written.
func TestDataOldAddresses(t *testing.T) {
	for _, tc := range []struct {
		config             string
		briefs, profile    string
		noBrief, noProfile string
	}{
		{"title: T\n", `["briefs/old-talks/index.html","2024/talks.html"]`, `["people/a/index.html"]`, `[]`, `[]`},
		{"title: T\npretty_urls: true\n", `["briefs/old-talks/","2024/talks.html"]`, `["people/a/"]`, `[]`, `[]`},
	} {
		_, files := builtSite(t, fstest.MapFS{
			"brief.yaml":              {Data: []byte(tc.config)},
			"content/briefs/talks.md": {Data: []byte("---\ntitle: Talks\ndate: 2024\nactors: [A, B]\nsources: [S]\naliases: [old-talks, /2024/talks.html, other]\n---\nText.\n")},
			"content/briefs/other.md": {Data: []byte("---\ntitle: Other\ndate: 2023\nactors: [A, B]\nsources: [S]\n---\nText.\n")},
			"content/actors/a.md":     {Data: []byte("---\nname: A\naliases: [Ay, /people/a/]\n---\nText.\n")},
		})
		got := map[string]string{}
		for _, b := range records(t, decodeData(t, files, "data/briefs.json"), "briefs", "aliases") {
			j, _ := json.Marshal(b["aliases"])
			got[b["slug"].(string)] = string(j)
		}
		for _, e := range records(t, decodeData(t, files, "data/entities.json"), "entities", "aliases", "old_urls") {
			j, _ := json.Marshal(e["old_urls"])
			got[e["id"].(string)] = string(j)
		}
		want := map[string]string{"talks": tc.briefs, "other": tc.noBrief, "actors/a": tc.profile, "actors/b": tc.noProfile}
		if !maps.Equal(got, want) {
			t.Errorf("%q: old addresses %v, want %v", tc.config, got, want)
		}
	}
}

// TestEventIDsOnTimeline checks that each event's entry on the site's
// timeline has the id "event-" and its id in events.json, once, so that
// a link to #event-<id> leads to it there as in TimelineJS.
func TestEventIDsOnTimeline(t *testing.T) {
	fsys := exportSite("")
	res := build.Build(context.Background(), fsys, build.Options{})
	if res.Files == nil {
		t.Fatalf("build failed: %v", res.Diags.Sorted())
	}
	files, err := render.Files(res.Files, fsys)
	if err != nil {
		t.Fatal(err)
	}
	page := string(files["timeline/index.html"])
	events := records(t, decodeData(t, files, "data/events.json"), "events", "id")
	if len(events) == 0 {
		t.Fatal("no events")
	}
	for _, ev := range events {
		attr := fmt.Sprintf(` id="event-%s"`, ev["id"])
		if n := strings.Count(page, attr); n != 1 {
			t.Errorf("timeline/index.html has %s %d times, want once", attr, n)
		}
	}
}
