package render_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// TestPrintSourceNumbers checks that the printable briefing's briefs give
// each source's number in its bibliography and its publisher after its
// title, linked to its entry there: two sources of one title, the same
// wire copy from two publishers, are told apart on paper.
func TestPrintSourceNumbers(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml": {Data: []byte("title: Print test\n")},
		"content/briefs/ap.md": {Data: []byte("---\ntitle: From AP\ndate: 2025-05-20\nsources:\n" +
			"  - {title: Gangs seize port, publisher: AP, date: 2025-05-19}\n" +
			"  - {title: A report without publisher}\n---\nText.\n")},
		"content/briefs/herald.md": {Data: []byte("---\ntitle: From the Herald\ndate: 2025-05-21\nsources:\n" +
			"  - {title: Gangs seize port, publisher: Miami Herald & Co, date: 2025-05-19}\n---\nText.\n")},
	}
	page := string(buildFiles(t, fsys)["print/briefing/index.html"])
	_, biblio, ok := strings.Cut(page, `class="print-bibliography"`)
	if !ok {
		t.Fatalf("no bibliography:\n%s", page)
	}
	number := map[string]int{} // by id, in the bibliography's order
	for i, m := range regexp.MustCompile(`<li id="source:([^"]+)">`).FindAllStringSubmatch(biblio, -1) {
		number[m[1]] = i + 1
	}
	if len(number) != 3 {
		t.Fatalf("bibliography has %d sources, want 3:\n%s", len(number), biblio)
	}
	id := func(publisher string) string {
		for key := range number {
			if strings.HasPrefix(key, "gangs-seize-port") && strings.Contains(key, publisher) {
				return key
			}
		}
		t.Fatalf("no source of %s among %v", publisher, number)
		return ""
	}
	report := "a-report-without-publisher"
	for _, want := range []string{
		fmt.Sprintf(`<li><a href="#source:%s">Gangs seize port</a> [%d], <span class="publisher">AP</span></li>`, id("ap"), number[id("ap")]),
		fmt.Sprintf(`<li><a href="#source:%s">Gangs seize port</a> [%d], <span class="publisher">Miami Herald &amp; Co</span></li>`, id("miami"), number[id("miami")]),
		fmt.Sprintf(`<li><a href="#source:%s">A report without publisher</a> [%d]</li>`, report, number[report]),
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the printable briefing lacks %s:\n%s", want, page)
		}
	}
}

// TestPrintRegionNames checks that on the printable briefing a table's
// scrolling box is named with its brief's title, so that two briefs'
// sections of one name are told apart, and on the brief's page not.
func TestPrintRegionNames(t *testing.T) {
	body := "## Context\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
	files := buildFiles(t, fstest.MapFS{
		"content/briefs/a.md": {Data: []byte("---\ntitle: Talks resume\ndate: 2024-05-01\nsources: [S]\n---\n" + body)},
		"content/briefs/b.md": {Data: []byte("---\ntitle: Talks stall\ndate: 2024-06-01\nsources: [S]\n---\n" + body)},
	})
	print := string(files["print/briefing/index.html"])
	for _, want := range []string{`aria-label="Talks resume: Context"`, `aria-label="Talks stall: Context"`} {
		if !strings.Contains(print, want) {
			t.Errorf("the printable briefing has no %s", want)
		}
	}
	if page := string(files["briefs/a/index.html"]); !strings.Contains(page, `aria-label="Context"`) {
		t.Errorf("the brief's page does not name its box after its heading alone")
	}
}
