package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// wordSite returns a site of briefs of the titles and slugs given, named
// as resolve names them, by the keys of their titles and slugs.
func wordSite(briefs ...*site.Brief) *site.Site {
	s := &site.Site{Names: map[string]site.Target{}, Briefs: briefs}
	for _, b := range briefs {
		b.TitleKey, b.SlugKey = slug.Key(b.Title), slug.Key(b.Slug)
		if b.File == "" {
			b.File = "content/briefs/" + b.Slug + ".md"
		}
		s.Names[b.TitleKey] = site.Target{Brief: b}
		s.Names[b.SlugKey] = site.Target{Brief: b}
	}
	return s
}

// TestWikiLinkSuggestionByWords checks that a wikilink naming nothing is
// told the brief whose title or slug holds most of its words, as after a
// rename or a retitling, with how to keep an old slug working; and that
// it is told none when two briefs are as close or none is close.
func TestWikiLinkSuggestionByWords(t *testing.T) {
	const none = "names no brief, actor, country or topic"
	strain := &site.Brief{Slug: "kenyan-police-strain", Title: "Kenyan officers report overtasking and equipment failures"}
	pledge := &site.Brief{Slug: "ruto-pledges-1000-troops", Title: "Ruto offers 1,000 police officers to lead a mission"}
	crisis := &site.Brief{Slug: "crise-haiti", Title: "La crise en Haïti depuis la mort de Jovenel Moïse"}
	aliased := &site.Brief{Slug: "oas-force", Title: "US weighs an OAS-led force", Aliases: []site.Alias{{Path: "briefs/oas/index.html"}}}
	vote1 := &site.Brief{Slug: "council-vote-2024", Title: "Security Council vote on the mandate"}
	vote2 := &site.Brief{Slug: "council-vote-2025", Title: "Security Council vote on a new mandate"}
	for _, tc := range []struct {
		name, link, want string
	}{
		{"a file renamed", "strain-in-kenyan-ranks",
			none + "; did you mean [[Kenyan officers report overtasking and equipment failures]]? (renamed? keep the old name as an alias: `aliases: [strain-in-kenyan-ranks]` in content/briefs/kenyan-police-strain.md)"},
		{"a renamed file's words reordered", "briefs/police-strain-kenyan#Vehicles",
			none + "; did you mean [[Kenyan officers report overtasking and equipment failures]]? (renamed? keep the old name as an alias: `aliases: [police-strain-kenyan]` in content/briefs/kenyan-police-strain.md)"},
		{"a brief with aliases renamed", "us-weighs-oas-led-force",
			none + "; did you mean [[US weighs an OAS-led force]]? (renamed? add us-weighs-oas-led-force to the aliases in content/briefs/oas-force.md)"},
		{"a word dropped from the title", "Ruto offers 1,000 police officers to lead a Haiti mission",
			none + "; did you mean [[Ruto offers 1,000 police officers to lead a mission]]?"},
		{"case, accents and small words", "Crise Haiti depuis mort Moise",
			none + "; did you mean [[La crise en Haïti depuis la mort de Jovenel Moïse]]?"},
		{"a number with its comma, plurals", "ruto-pledge-1,000-troop",
			none + "; did you mean [[Ruto offers 1,000 police officers to lead a mission]]?"}, // not a slug: no alias,
		{"two briefs as close", "security-council-vote", none},
		{"one closer than another", "council-vote-new-mandate",
			none + "; did you mean [[Security Council vote on a new mandate]]? (renamed? keep the old name as an alias: `aliases: [council-vote-new-mandate]` in content/briefs/council-vote-2025.md)"},
		{"one word of three", "kenyan-election-results", none},
		{"a single word", "strain", none},
		{"only small words in common", "la-crise-de-la-guerre", none},
		{"a profile's kind", "actors/strain-in-kenyan-ranks", "names no actor"},
		{"a file's name written with .md", "strain-in-kenyan-ranks.md",
			none + "; did you mean [[Kenyan officers report overtasking and equipment failures]]? (renamed? keep the old name as an alias: `aliases: [strain-in-kenyan-ranks]` in content/briefs/kenyan-police-strain.md)"},
		{"a letter or two away", "kenyan-police-strian", none + "; did you mean [[Kenyan officers report overtasking and equipment failures]]?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			self := &site.Brief{Slug: "self", Title: "Self", BodyLine: 5, Body: []byte("See [[" + tc.link + "]].\n")}
			s := wordSite(self, strain, pledge, crisis, aliased, vote1, vote2)
			var diags diag.List
			New(Options{}).ConvertSite(s, &diags)
			ds := diags.Sorted()
			want := fmt.Sprintf("wikilink [[%s]] %s", tc.link, tc.want)
			if len(ds) != 1 || ds[0].Msg != want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", warnings(ds), want)
			}
		})
	}
}

// BenchmarkWordSuggest indexes the names of 10,000 briefs, whose titles
// share a few words, as the first wikilink naming nothing of a build
// does, and suggests a brief for each of a few such links, as each does.
func BenchmarkWordSuggest(b *testing.B) {
	words := strings.Fields("kenya haiti police mission council vote mandate funding gangs port airport officers ruto landau " +
		"united states nations security support force deploy contingent report talks brazil jamaica belize trust fund oas un")
	var briefs []*site.Brief
	for i := range 10000 {
		title := fmt.Sprintf("%s %s %s and %s in %d", words[i%len(words)], words[i/7%len(words)], words[i/31%len(words)], words[i/113%len(words)], 2000+i%25)
		briefs = append(briefs, &site.Brief{Slug: slug.Make(title) + fmt.Sprint(i), Title: title})
	}
	s := wordSite(briefs...)
	links := []string{"kenya-haiti-police-and-mission", "haiti-mission", "Ruto offers 1,000 police officers to lead a Haiti mission", "strain-in-kenyan-ranks"}
	b.Run("index", func(b *testing.B) {
		for b.Loop() {
			newWordIndex(s)
		}
	})
	x := newWordIndex(s)
	for _, link := range links {
		key := slug.Key(link)
		b.Run(link, func(b *testing.B) {
			for b.Loop() {
				x.suggest(s, key)
			}
		})
	}
}

func TestBlockReferences(t *testing.T) {
	for _, tc := range []struct{ name, body, want, warn string }{
		{"another page", "See [[Funding gap#^vote-1]].", `<a href="../../briefs/funding-gap/index.html" class="wikilink">Funding gap</a>`,
			"b.md:5:5: warning: wikilink [[Funding gap#^vote-1]] names an Obsidian block, which brief does not link to; it leads to the page: link the heading above the block instead, [[Title#Heading]]"},
		{"same page", "See [[#^vote-1|the vote]].", `<p>See the vote.</p>`,
			"b.md:5:5: warning: wikilink [[#^vote-1]] names an Obsidian block, which brief does not link to; it shows as text: link the heading above the block instead, [[Title#Heading]]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			html, _, ds := convert(t, Options{}, tc.body)
			if !strings.Contains(html, tc.want) {
				t.Errorf("HTML lacks %s:\n%s", tc.want, html)
			}
			if got := warnings(ds); got != tc.warn {
				t.Errorf("warnings:\n%s\nwant:\n%s", got, tc.warn)
			}
		})
	}
}

// TestWikiLinkToFile checks that a wikilink to a note written by its
// file's name, with .md in any case, as Obsidian may write it, leads
// where the same link without .md does, by folder, to a heading and
// with a label too; that an embed of one links it as an embed of a note
// does; and that one naming nothing is told so as it is written.
func TestWikiLinkToFile(t *testing.T) {
	const talks = `<a href="../../briefs/talks/index.html" class="wikilink">Talks resume</a>`
	for _, tc := range []struct{ name, body, want, warn string }{
		{"a brief's file", "[[talks.md]]", talks, ""},
		{"in capitals", "[[talks.MD]] [[Talks.Md]]", talks + " " + talks, ""},
		{"in briefs/", "[[briefs/talks.md]]", talks, ""},
		{"by title", "[[Funding gap.md]]", `<a href="../../briefs/funding-gap/index.html" class="wikilink">Funding gap</a>`, ""},
		{"with spaces", "[[ talks.md #Outcome]]", `<a href="../../briefs/talks/index.html#outcome" class="wikilink">Talks resume › Outcome</a>`, ""},
		{"a heading", "[[talks.md#Outcome]]", `<a href="../../briefs/talks/index.html#outcome" class="wikilink">Talks resume › Outcome</a>`, ""},
		{"a label", "[[talks.md|the talks]]", `<a href="../../briefs/talks/index.html" class="wikilink">the talks</a>`, ""},
		{"an old slug", "[[old-gap.md]]", `<a href="../../briefs/funding-gap/index.html" class="wikilink">Funding gap</a>`, ""},
		{"a profile in its folder", "[[actors/PNH.md]] [[actor/haitian-national-police.md|p]]",
			`<a href="../../actors/haitian-national-police/index.html" class="wikilink">PNH</a> <a href="../../actors/haitian-national-police/index.html" class="wikilink">p</a>`, ""},
		{"an embed", "![[talks.md]]", talks,
			"b.md:5:1: warning: ![[talks.md]] embeds a note as Obsidian does, which brief does not: it links it; write [[talks.md]] to say so"},
		{"naming nothing", "[[nobody.md]]", "<p>nobody.md</p>",
			"b.md:5:1: warning: wikilink [[nobody.md]] names no brief, actor, country or topic"},
		{".md alone", "[[.md]] [[briefs/.md]]", "<p>.md briefs/.md</p>",
			"b.md:5:1: warning: wikilink [[.md]] names no brief, actor, country or topic\n" +
				"b.md:5:9: warning: wikilink [[briefs/.md]] names no brief, actor, country or topic"},
		{"another extension", "[[talks.txt]]", "<p>talks.txt</p>",
			"b.md:5:1: warning: wikilink [[talks.txt]] names no brief, actor, country or topic"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			html, _, ds := convert(t, Options{}, tc.body)
			if !strings.Contains(html, tc.want) {
				t.Errorf("HTML lacks %s:\n%s", tc.want, html)
			}
			if got := warnings(ds); got != tc.warn {
				t.Errorf("warnings:\n%s\nwant:\n%s", got, tc.warn)
			}
		})
	}
}
