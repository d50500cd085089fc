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

// TestMisspellingsInCharacters checks that a name's length, for the
// misspelling warnings, is counted in characters, and that Chinese and
// Japanese names, a character of which may be a word, need more of them
// for an edit to make a misspelling.
func TestMisspellingsInCharacters(t *testing.T) {
	for _, tc := range []struct {
		language, kind string
		a, b           string
		warn           bool
	}{
		{"zh", "topics", "中俄关系", "中欧关系", false},
		{"zh", "actors", "李强", "李克强", false},
		{"zh", "actors", "习近平", "习近凭", false},
		{"zh-TW", "topics", "中國", "美國", false},
		{"zh", "topics", "中美贸易摩擦", "中美贸易磨擦", true},
		{"zh", "actors", "中华人民共和国外交部", "中华人民共和国外郊部", true},
		{"ja", "actors", "岸田文雄", "岸田文男", false},
		{"ja", "actors", "フランス外務省", "フランス外務相", true},
		{"ru", "actors", "Сидоров", "Сидорук", false}, // two edits in 7 letters, 14 bytes
		{"ru", "actors", "Владимир Путин", "Владимир Путен", true},
		{"uk", "actors", "Зеленський", "Зеленскій", true},
		{"en", "actors", "William Ruto", "Wiliam Ruto", true},
		{"en", "actors", "Sidorov", "Sidoruk", false},
		// A Korean syllable is two or three letters, one of which a typo
		// changes.
		{"ko", "actors", "윤석열", "윤석렬", true},
		{"ko", "actors", "김정은", "김 정은", true},
		{"ko", "actors", "문재인", "문제인", true},
	} {
		_, ds := resolveMap(t, map[string]string{
			"brief.yaml":          "language: " + tc.language + "\n",
			"content/briefs/a.md": "---\ntitle: A\ndate: 2024\n" + tc.kind + ": [" + tc.a + "]\nsources: [{title: S}]\n---\n",
			"content/briefs/b.md": "---\ntitle: B\ndate: 2024\n" + tc.kind + ": [" + tc.b + "]\nsources: [{title: S}]\n---\n",
		})
		warned := false
		for _, d := range ds {
			warned = warned || strings.Contains(d.Msg, "a letter or two away")
		}
		if warned != tc.warn {
			t.Errorf("%s: %q and %q: warned %v, want %v (%v)", tc.language, tc.a, tc.b, warned, tc.warn, ds)
		}
	}
}
