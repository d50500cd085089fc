package load

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestObsidianTags checks that a brief's topics written as Obsidian's
// tags are read as the topics they name, each at its column, and that a
// nested tag is one topic, with a warning that it is not nested.
func TestObsidianTags(t *testing.T) {
	for _, tc := range []struct {
		name, topics string
		want         []string // name@line:col
		diags        []string
	}{
		{"plain", `[Deployment, UN]`, []string{"Deployment@4:10", "UN@4:22"}, nil},
		{"a tag in quotes", `["#un"]`, []string{"un@4:10"}, nil},
		{"tags in a list", `["#haiti", "#un"]`, []string{"haiti@4:10", "un@4:20"}, nil},
		{"tags in one string", `"#haiti #un"`, []string{"haiti@4:10", "un@4:17"}, nil},
		{"tags in a list item, two spaces apart", `["#haiti  #un", Deployment]`, []string{"haiti@4:10", "un@4:10", "Deployment@4:25"}, nil},
		{"tags in a block", "\n  - \"#haiti\"\n  - un", []string{"haiti@5:5", "un@6:5"}, nil},
		{"a tag and words", `"#haiti talks"`, []string{"haiti talks@4:9"}, nil},
		{"words and a tag", `"Haiti #un"`, []string{"Haiti #un@4:9"}, nil},
		{"a tag with commas", `"#haiti, #un"`, []string{"haiti@4:10", "un@4:18"}, nil},
		{"a hash in a name", `["C#"]`, []string{"C#@4:10"}, nil},
		{"a double hash", `["##x #y"]`, []string{"#x #y@4:10"}, nil},
		{"a hash alone", `["#"]`, nil, []string{"4:10: error: empty name in `topics`: a # alone names no topic"}},
		{"a nested tag", `["#security/police"]`, []string{"security/police@4:10"}, []string{"4:10: warning: `topics`: #security/police is a nested tag, which brief reads as the one topic \"security/police\": brief's topics are not nested, so the brief is not listed under \"security\", as Obsidian and Quartz list it; to list it there too, add security to its topics"}},
		{"a name with a slash", `[Police/Military]`, []string{"Police/Military@4:10"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "---\ntitle: T\ndate: 2024\ntopics: " + tc.topics + "\nsources: [S]\n---\nBody.\n"
			s, ds := loadMap(t, map[string]string{"content/briefs/b.md": src}, Options{})
			var diags []string
			for _, d := range ds {
				diags = append(diags, fmt.Sprintf("%d:%d: %s: %s", d.Pos.Line, d.Pos.Col, d.Severity, d.Msg))
			}
			if !slices.Equal(diags, tc.diags) {
				t.Errorf("diagnostics %q, want %q", diags, tc.diags)
			}
			if len(s.Briefs) != 1 {
				t.Fatalf("%d briefs", len(s.Briefs))
			}
			var got []string
			for _, r := range s.Briefs[0].TopicRefs {
				got = append(got, fmt.Sprintf("%s@%d:%d", r.Name, r.Pos.Line, r.Pos.Col))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("topics %q, want %q", got, tc.want)
			}
		})
	}
}

// TestCommentedTags checks that tags YAML reads as a comment, leaving a
// list of names empty, are told of at their #, with what to write, and
// that a comment of words is not.
func TestCommentedTags(t *testing.T) {
	for _, tc := range []struct {
		name, lines string
		want        []string
	}{
		{"topics", "topics: #haiti", []string{"4:9: warning: `topics` is empty: # starts a comment in YAML, so #haiti is not read; write topics: [\"#haiti\"] or topics: [haiti]"}},
		{"topics, two", "topics:   #haiti #un", []string{"4:11: warning: `topics` is empty: # starts a comment in YAML, so #haiti #un is not read; write topics: [\"#haiti\", \"#un\"] or topics: [haiti, un]"}},
		{"topics with a comma", "topics: #haiti, #un", []string{"4:9: warning: `topics` is empty: # starts a comment in YAML, so #haiti, #un is not read; write topics: [\"#haiti\", \"#un\"] or topics: [haiti, un]"}},
		{"actors", "actors: #ruto", []string{"4:9: warning: `actors` is empty: # starts a comment in YAML, so #ruto is not read; write actors: [ruto]"}},
		{"countries", "countries: #Haiti", []string{"4:12: warning: `countries` is empty: # starts a comment in YAML, so #Haiti is not read; write countries: [Haiti]"}},
		{"an item", "topics:\n  - #haiti\n  - un", []string{"5:5: error: `topics` must be a list of names; this item is empty: # starts a comment in YAML, so #haiti is not read; write - \"#haiti\" or - haiti"}},
		{"an item of actors", "actors:\n  -   #ruto", []string{"5:7: error: `actors` must be a list of names; this item is empty: # starts a comment in YAML, so #ruto is not read; write - ruto"}},
		{"an event's actors", "events:\n  - date: 2024\n    text: E\n    actors: #ruto", []string{"7:13: warning: `actors` is empty: # starts a comment in YAML, so #ruto is not read; write actors: [ruto]"}},
		{"a comment", "topics: # none yet", nil},
		{"a comment of words", "topics: #TODO add some", nil},
		{"a comment alone", "topics: #", nil},
		{"empty", "topics:", nil},
		{"an empty item", "topics:\n  -\n  - un", []string{"5:4: error: `topics` must be a list of names; this item is empty"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "---\ntitle: T\ndate: 2024\n" + tc.lines + "\nsources: [S]\n---\nBody.\n"
			_, ds := loadMap(t, map[string]string{"content/briefs/b.md": src}, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, fmt.Sprintf("%d:%d: %s: %s", d.Pos.Line, d.Pos.Col, d.Severity, d.Msg))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("diagnostics %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTagsField checks that a brief's `tags`, an error, says, when they
// are Obsidian's, that brief reads them as topics, and how to write them,
// the tags that name countries in `countries`.
func TestTagsField(t *testing.T) {
	const unknown = "3:1: error: unknown field `tags` in brief, did you mean `topics`?"
	for _, tc := range []struct{ name, line, want string }{
		{"plain", "tags: [gangs, un]", unknown},
		{"hashed", "tags: [\"#gangs\", un]", unknown + " brief reads Obsidian's tags as topics: write topics: [gangs, un]"},
		{"in one string", "tags: \"#gangs #security/police\"", unknown + " brief reads Obsidian's tags as topics: write topics: [gangs, security/police]"},
		{"names YAML reads otherwise", "tags: [\"#2024\", \"#null\", \"#@home\"]", unknown + " brief reads Obsidian's tags as topics: write topics: [\"2024\", \"null\", \"@home\"]"},
		{"a country", "tags: [\"#haiti\", un]", unknown + " brief reads Obsidian's tags as topics: write topics: [un] and countries: [Haiti] in place of `tags`; haiti is a country, which goes in `countries`"},
		{"a comment", "tags: #haiti #un", unknown + " # starts a comment in YAML, so #haiti #un is not read: write topics: [\"#haiti\", \"#un\"] or topics: [haiti, un]"},
		{"a comment of words", "tags: # none yet", unknown},
		{"categories", "categories: [\"#gangs\"]", "3:1: error: unknown field `categories` in brief, did you mean `topics`? brief reads Obsidian's tags as topics: write topics: [gangs]"},
		{"many", "tags: [\"#" + strings.Repeat("x", 200) + "\"]", unknown + " brief reads Obsidian's tags as topics: write `topics:` in place of `tags:`"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "---\ntitle: T\n" + tc.line + "\ndate: 2024\nsources: [S]\n---\nBody.\n"
			_, ds := loadMap(t, map[string]string{"content/briefs/b.md": src}, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, fmt.Sprintf("%d:%d: %s: %s", d.Pos.Line, d.Pos.Col, d.Severity, d.Msg))
			}
			if want := []string{tc.want}; !slices.Equal(got, want) {
				t.Errorf("diagnostics %q, want %q", got, want)
			}
		})
	}
}

// TestTagsWithTopics checks that a brief's `tags` beside its `topics`
// says to merge them into `topics`, with the merged line, where renaming
// the tags would give `topics` twice.
func TestTagsWithTopics(t *testing.T) {
	const unknown = "error: unknown field `tags` in brief, and `topics` is given too: merge the tags into `topics`"
	for _, tc := range []struct{ name, lines, want string }{
		{"lists", "topics: [Haiti, UN]\ntags: [\"#haiti\", \"#security/police\"]", "4:1: " + unknown + ", as topics: [Haiti, UN, security/police], and remove `tags`"},
		{"tags first", "tags: un\ntopics: Haiti", "3:1: " + unknown + ", as topics: [Haiti, un], and remove `tags`"},
		{"one string", "topics:\n  - Haiti\ntags: \"#un #haiti\"", "5:1: " + unknown + ", as topics: [Haiti, un], and remove `tags`"},
		{"a comment", "topics: [Haiti]\ntags: #un #gangs", "4:1: " + unknown + ", as topics: [Haiti, un, gangs], and remove `tags`"},
		{"a mapping", "topics: [Haiti]\ntags: {a: b}", "4:1: " + unknown + ", and remove `tags`"},
		{"summary", "summary: S\ndescription: D", "4:1: error: unknown field `description` in brief, and `summary` is given too: keep one of the two, as `summary`, and remove `description`"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "---\ntitle: T\n" + tc.lines + "\ndate: 2024\nsources: [S]\n---\nBody.\n"
			_, ds := loadMap(t, map[string]string{"content/briefs/b.md": src}, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, fmt.Sprintf("%d:%d: %s: %s", d.Pos.Line, d.Pos.Col, d.Severity, d.Msg))
			}
			if want := []string{tc.want}; !slices.Equal(got, want) {
				t.Errorf("diagnostics %q, want %q", got, want)
			}
		})
	}
}
