package lang

import (
	"bytes"
	"flag"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/date"
)

var update = flag.Bool("update", false, "rewrite docs/translations.yaml")

// translationsFile is the list of every text the theme shows, for a site
// to copy.
const translationsFile = "../../docs/translations.yaml"

// TestTranslationsFile checks that docs/translations.yaml lists every
// text the theme shows, as the site file's translations: run `go test
// ./internal/lang -update` to write it anew, and read the diff.
func TestTranslationsFile(t *testing.T) {
	got, err := translationsYAML()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(translationsFile, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(translationsFile)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("%s does not list the theme's texts as they are (%v): run go test ./internal/lang -update and read the diff", translationsFile, err)
	}
	// Every text it lists is one a site may translate.
	var file struct{ Translations map[string]string }
	if err := yaml.Unmarshal(got, &file); err != nil {
		t.Fatal(err)
	}
	for k, v := range file.Translations {
		if !Known(k) || v != "" {
			t.Errorf("%q: %q", k, v)
		}
	}
	if n := len(file.Translations); n != len(Keys())+12*len(MonthForms)+4 {
		t.Errorf("%d texts listed", n)
	}
}

// isDateForm reports whether k is a form of a month or season, whose
// English is the month's.
func isDateForm(k string) bool {
	word, _, _ := strings.Cut(k, "|")
	return slices.Contains(date.English.Months[:], word) || slices.Contains(date.English.Seasons[:], word)
}

// dateTexts are the texts of the words of dates, in the order the file
// lists them, after the months and seasons.
var dateTexts = []string{
	"early", "mid-", "late", "about", "perhaps", "perhaps about", "about|day", "perhaps|day", "perhaps about|day",
	"since", "until", "since|day", "until|day", "since|part", "until|part", "1", DayFormat, MonthFormat,
}

// notes say where a text shows, when its English does not.
var notes = map[string]string{
	"Search|button":     `the search form's button; "Search" is the navigation's`,
	"about|day":         `before a day: about 21 May 2025 (French "vers le")`,
	"perhaps|day":       `before a day (French "peut‑être le")`,
	"perhaps about|day": `before a day`,
	"since|day":         `before a day: since 21 May 2025 (French "depuis le")`,
	"until|day":         `before a day (French "jusqu’au")`,
	"since|part":        `before early, mid- or late: since late 2024`,
	"until|part":        `before early, mid- or late (French "jusqu’à")`,
	"mid-":              `a word ending in a hyphen or apostrophe is joined to what follows, another by a space`,
	"1":                 `the first of a month: 1 May 2025 (French "1ᵉʳ")`,
	DayFormat:           `the order of a day's parts: "{day}. {month} {year}" in German`,
	MonthFormat:         `the order of a month's: "{month} de {year}" in Spanish`,
	QuoteText:           `the marks straight double quotes in bodies become: "„%s“" in German`,
	"to":                `between the two dates of a span`,
	"briefs":            `counted: 2 briefs; more forms after a bar, "briefs|few", where a language has them`,
	"actors":            `counted, as briefs`,
	"countries":         `counted, as briefs`,
	"topics":            `counted, as briefs`,
	"sources":           `counted, as briefs`,
	"entries":           `counted, as briefs`,
	"briefs in common":  `counted, as briefs`,
	"%d results":        `counted, as briefs, "|one" too (Russian 21)`,
	"January|day":       `the month beside a day: 21 January 2025, where a language inflects it`,
	"January|part":      `after early, mid- or late; not given, the |day form`,
	"January|after":     `after since, until or about; not given, the |day form`,
	"spring|after":      `after since, until or about`,
	"Note":              `a callout's title in a body, > [!NOTE]`,
	"Tip":               `a callout's title in a body, > [!TIP]`,
	"Important":         `a callout's title in a body, > [!IMPORTANT]`,
	"Warning":           `a callout's title in a body, > [!WARNING]`,
	"Caution":           `a callout's title in a body, > [!CAUTION]`,
	"Info":              `a callout's title in a body, > [!info]`,
	"To do":             `a callout's title in a body, > [!todo]`,
	"Summary":           `a list's column, and a callout's title, [!summary]`,
	"Quote":             `a callout's title in a body, > [!quote]`,
	"Success":           `a callout's title in a body, > [!success]`,
	"Question":          `a callout's title in a body, > [!faq]`,
	"Example":           `a callout's title in a body, > [!example]`,
	"Failure":           `a callout's title in a body, > [!failure]`,
	"Danger":            `a callout's title in a body, > [!danger]`,
	"Bug":               `a callout's title in a body, > [!bug]`,
	"Correction":        `a callout's title in a body, > [!correction]`,
}

// translationsYAML returns docs/translations.yaml: every text the theme
// shows, as a site file's translations block, each with an empty value,
// which the site's loader takes as not given, so that a site may copy
// the block whole and fill in what it translates. A text with a bar has
// its English, the part before the bar, in its comment.
func translationsYAML() ([]byte, error) {
	block := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key, head string) {
		k := &yaml.Node{Kind: yaml.ScalarNode, Style: yaml.DoubleQuotedStyle, Value: key, HeadComment: head}
		v := &yaml.Node{Kind: yaml.ScalarNode, Style: yaml.DoubleQuotedStyle, Value: "", LineComment: notes[key]}
		if english := Untranslated(key); english != key {
			v.LineComment = strings.TrimSuffix(strconv.Quote(english)+" in English, "+v.LineComment, ", ")
		}
		if v.LineComment != "" {
			v.LineComment = "# " + v.LineComment
		}
		block.Content = append(block.Content, k, v)
	}
	head := "The theme's texts."
	for _, k := range Keys() {
		if !slices.Contains(dateTexts, k) && !isDateForm(k) {
			add(k, head)
			head = ""
		}
	}
	head = "The words of dates."
	for _, m := range date.English.Months {
		add(m, head)
		head = ""
		for _, f := range MonthForms {
			add(m+"|"+f, "")
		}
	}
	for _, s := range date.English.Seasons {
		add(s, "")
		add(s+"|after", "")
	}
	for _, k := range dateTexts {
		add(k, "")
	}
	doc := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		{Kind: yaml.ScalarNode, Value: "translations", HeadComment: strings.TrimSpace(`
Every text brief's theme shows, as the site file's translations, by its
English: copy the block into brief.yaml and write your words between the
quotes of those you translate. A text left "" is not given: it stays in
English, or in brief's own words for the language (French, Spanish).
docs/templates.md ("Languages") says how they are used. A text with a
bar shows in one place of two English writes alike; not given, it is
the text before the bar, as you translate it.
Made by go test ./internal/lang -update; do not edit.`)},
		block,
	}}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// TestTranslationsNotes checks that each text with a bar has a note.
func TestTranslationsNotes(t *testing.T) {
	for _, k := range Keys() {
		if strings.Contains(k, "|") && notes[k] == "" {
			t.Errorf("%q has no note in docs/translations.yaml", k)
		}
	}
}
