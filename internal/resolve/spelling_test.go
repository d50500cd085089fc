package resolve

import (
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/slug"
)

// TestSpellingVariants checks that names a desk writes two ways, which
// match keys treat as one, are one entity each, found by a wikilink
// either way, without a misspelling warning.
func TestSpellingVariants(t *testing.T) {
	for _, tc := range []struct {
		language    string
		a, b        string // one name, written two ways
		countryA    string // and a country's
		countryB    string
		wantActor   string // the entity's name: the first spelling met
		wantCountry string
	}{
		{"ru", "Пётр Иванов", "Петр Иванов", "Соединённые Штаты", "Соединенные Штаты", "Пётр Иванов", "Соединенные Штаты"},
		{"ja", "岸田 文雄", "岸田文雄", "アメリカ 合衆国", "アメリカ合衆国", "岸田 文雄", "アメリカ合衆国"},
		{"zh", "王　毅", "王毅", "中 国", "中国", "王 毅", "中国"}, // the ideographic space read as a space
	} {
		s, ds := resolveMap(t, map[string]string{
			"brief.yaml":          "language: " + tc.language + "\n",
			"content/briefs/a.md": "---\ntitle: A\ndate: 2024\nactors: [" + tc.a + "]\ncountries: [" + tc.countryA + "]\nsources: [{title: S}]\n---\n",
			"content/briefs/b.md": "---\ntitle: B\ndate: 2024\nactors: [" + tc.b + "]\ncountries: [" + tc.countryB + "]\nsources: [{title: S}]\n---\n",
		})
		if len(s.Actors) != 1 || s.Actors[0].Name != tc.wantActor || len(s.Actors[0].Briefs) != 2 {
			t.Errorf("%s: actors %v, want %q named by both briefs", tc.language, names(s.Actors), tc.wantActor)
		}
		if len(s.Countries) != 1 || s.Countries[0].Name != tc.wantCountry || len(s.Countries[0].Briefs) != 2 {
			t.Errorf("%s: countries %v, want %q named by both briefs", tc.language, names(s.Countries), tc.wantCountry)
		}
		for _, n := range []string{tc.a, tc.b, tc.countryA, tc.countryB} {
			if tg, ok := s.Names[slug.Key(n)]; !ok || tg.Entity == nil {
				t.Errorf("%s: [[%s]] names nothing", tc.language, n)
			}
		}
		for _, d := range ds {
			if strings.Contains(d.Msg, "misspelling") || strings.Contains(d.Msg, "a letter or two away") {
				t.Errorf("%s: %s", tc.language, d)
			}
		}
	}
}
