package markdown

import (
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
)

// TestMentions checks that link_mentions finds names as a reader sees
// them: across the typographer's apostrophes and line breaks, whole words
// only, once each, and never inside links, headings or code.
func TestMentions(t *testing.T) {
	singoei := &site.Entity{Kind: site.Actor, Slug: "korir-singoei", Name: "Korir Sing'oei"}
	ann := &site.Entity{Kind: site.Actor, Slug: "ann-lee", Name: "Ann Lee", Aliases: []string{"Lee"}}
	att := &site.Entity{Kind: site.Actor, Slug: "att", Name: "AT&T"}
	haiti := &site.Entity{Kind: site.Country, Slug: "haiti", Name: "Haiti"}
	moise := &site.Entity{Kind: site.Actor, Slug: "jovenel-moise", Name: "Jovenel Moïse"}
	wang := &site.Entity{Kind: site.Actor, Slug: "wang-yi", Name: "王毅"}
	jose := &site.Entity{Kind: site.Actor, Slug: "jose", Name: "José"}
	linkH := `<a href="../../countries/haiti/index.html" class="mention">`
	linkM := `<a href="../../actors/jovenel-moise/index.html" class="mention">`
	linkW := `<a href="../../actors/wang-yi/index.html" class="mention">`
	const (
		linkS = `<a href="../../actors/korir-singoei/index.html" class="mention">`
		linkA = `<a href="../../actors/ann-lee/index.html" class="mention">`
	)
	for _, tc := range []struct {
		name, body string
		want       string // the paragraph's HTML
	}{
		{"apostrophe", "Korir Sing'oei spoke.", "<p>" + linkS + "Korir Sing&rsquo;oei</a> spoke.</p>"},
		{"curly apostrophe", "Then Korir Sing’oei spoke.", "<p>Then " + linkS + "Korir Sing’oei</a> spoke.</p>"},
		{"across a line break", "Met with Ann\nLee today.", "<p>Met with " + linkA + "Ann\nLee</a> today.</p>"},
		{"ends a line", "Met with Ann Lee\nthen left.", "<p>Met with " + linkA + "Ann Lee</a>\nthen left.</p>"},
		{"ends a line, then more", "Ann Lee\nand Korir Sing'oei", "<p>" + linkA + "Ann Lee</a>\nand " + linkS + "Korir Sing&rsquo;oei</a></p>"},
		{"possessive", "Ann Lee's view.", "<p>" + linkA + "Ann Lee</a>&rsquo;s view.</p>"},
		{"first only", "Lee, then Ann Lee.", "<p>" + linkA + "Lee</a>, then Ann Lee.</p>"},
		{"not part of a word", "Leeway for Ann Leeds.", "<p>Leeway for Ann Leeds.</p>"},
		{"quoted", `He said "Ann Lee" did.`, "<p>He said &ldquo;" + linkA + "Ann Lee</a>&rdquo; did.</p>"},
		{"in emphasis", "*Ann Lee* spoke.", "<p><em>" + linkA + "Ann Lee</a></em> spoke.</p>"},
		{"not in a link", "[Ann Lee](https://x.org) and Lee.", `<p><a href="https://x.org">Ann Lee</a> and ` + linkA + "Lee</a>.</p>"},
		{"not across a hard break", "Ann  \nLee", "<p>Ann<br />\n" + linkA + "Lee</a></p>"},
		{"accent in the text", "En Haïti, hier.", "<p>En " + linkH + "Haïti</a>, hier.</p>"},
		{"accent in the name, not the text", "President Jovenel Moise died.", "<p>President " + linkM + "Jovenel Moise</a> died.</p>"},
		{"capitals", "JOVENEL MOÏSE and HAITI.", "<p>" + linkM + "JOVENEL MOÏSE</a> and " + linkH + "HAITI</a>.</p>"},
		{"decomposed accents", "Jovenel Moi\u0308se in Hai\u0308ti.", "<p>" + linkM + "Jovenel Moi\u0308se</a> in " + linkH + "Hai\u0308ti</a>.</p>"},
		{"possessive after an accent", "Haïti's police.", "<p>" + linkH + "Haïti</a>&rsquo;s police.</p>"},
		{"decomposed accent last", "Jose\u0301 spoke.", "<p><a href=\"../../actors/jose/index.html\" class=\"mention\">Jose\u0301</a> spoke.</p>"},
		{"han without spaces", "王毅说，会谈。", "<p>" + linkW + "王毅</a>说，会谈。</p>"},
		{"ampersand", "AT&T and others.", `<p><a href="../../actors/att/index.html" class="mention">AT&amp;T</a> and others.</p>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var diags diag.List
			doc := &Doc{File: "b.md", BodyLine: 5, Source: []byte(tc.body), Site: &site.Site{}, Self: &site.Brief{Slug: "self"}, Diags: &diags,
				Entities: []*site.Entity{singoei, ann, att, haiti, moise, wang, jose}}
			got := strings.TrimSpace(string(New(Options{LinkMentions: true}).Convert(doc)))
			if got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}
