package resolve

import (
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/site"
)

// TestCollatedOrder checks that entities are listed in the order of the
// site's language, not of their letters' code points.
func TestCollatedOrder(t *testing.T) {
	for _, tc := range []struct {
		language, kind string
		names          []string
		want           string
	}{
		{"uk", "countries", []string{"Японія", "Єгипет", "Індія", "Італія", "Австрія", "Україна", "Бразилія"},
			"Австрія Бразилія Єгипет Індія Італія Україна Японія"},
		{"uk", "topics", []string{"ґрунт", "газ", "дах", "їжа", "йод", "ірис", "ива"}, "газ ґрунт дах ива ірис їжа йод"},
		{"ru", "topics", []string{"Ёлки", "Ель", "Жук", "Яблоко", "Еда"}, "Еда Ёлки Ель Жук Яблоко"},
		{"zh", "topics", []string{"上海", "北京", "广州", "阿富汗"}, "阿富汗 北京 广州 上海"}, // by pinyin
		{"en", "topics", []string{"Zeta", "Äbc", "abd", "Ab c", "Ωmega"}, "Ab c Äbc abd Zeta Ωmega"},
		// Letters of their own, which accents make in some languages.
		{"sv", "topics", []string{"Zeta", "Örebro", "Åland", "Ostrava", "Alfa", "Ärla"}, "Alfa Ostrava Zeta Åland Ärla Örebro"},
		{"es", "topics", []string{"Ñandú", "Nube", "Nadia"}, "Nadia Nube Ñandú"},
		{"pl", "topics", []string{"Łódź", "Lwów", "Ściana", "Sopot"}, "Lwów Łódź Sopot Ściana"},
		{"da", "topics", []string{"Æbelø", "Ålborg", "Zealand", "Øster"}, "Zealand Æbelø Øster Ålborg"},
	} {
		s, _ := resolveMap(t, map[string]string{
			"brief.yaml":          "language: " + tc.language + "\n",
			"content/briefs/a.md": "---\ntitle: A\ndate: 2024\n" + tc.kind + ": [" + strings.Join(tc.names, ", ") + "]\nsources: [{title: S}]\n---\n",
		})
		list := s.Topics
		if tc.kind == "countries" {
			list = s.Countries
		}
		var got []string
		for _, e := range list {
			got = append(got, e.Name)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s: %s in the order %q, want %q", tc.language, tc.kind, strings.Join(got, " "), tc.want)
		}
	}
}

// TestCollatedOrderASCII checks that, in English, names whose match keys
// are ASCII sort as the keys' bytes do, as they did before entities were
// sorted by collation keys: an English site's lists stay as they were.
func TestCollatedOrderASCII(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	word := func() string {
		b := make([]byte, 1+rng.IntN(10))
		for i := range b {
			b[i] = "abcdefghijklmnopqrstuvwxyz0123456789 "[rng.IntN(37)]
		}
		return strings.Join(strings.Fields(string(b)), " ")
	}
	r := &resolver{site: &site.Site{Config: site.Config{Language: "en"}}, keys: map[string]string{}}
	for range 20000 {
		a, b := &site.Entity{Name: word()}, &site.Entity{Name: word()}
		if a.Name == "" || b.Name == "" {
			continue
		}
		if got, want := sign(r.sortKey(a).compare(r.sortKey(b))), sign(strings.Compare(a.Name, b.Name)); got != want {
			t.Fatalf("%q and %q compare %d, want %d", a.Name, b.Name, got, want)
		}
	}
}

func sign(n int) int { return max(-1, min(n, 1)) }

// TestCollatedOrderMemo checks that a memo's collation keys are those of
// the language of the site resolved: one whose language changes sorts
// in its new language's order.
func TestCollatedOrderMemo(t *testing.T) {
	m := NewMemo()
	for _, tc := range []struct{ language, want string }{
		{"zh", "阿富汗 北京 广州 上海"},
		{"en", "上海 北京 广州 阿富汗"}, // the Unicode collation algorithm's
		{"zh", "阿富汗 北京 广州 上海"},
	} {
		fsys := fstest.MapFS{
			"brief.yaml":          {Data: []byte("language: " + tc.language + "\n")},
			"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\ntopics: [上海, 北京, 广州, 阿富汗]\nsources: [{title: S}]\n---\n")},
		}
		var diags diag.List
		s := load.Load(fsys, load.Options{}, &diags)
		ResolveWith(s, &diags, m)
		var got []string
		for _, e := range s.Topics {
			got = append(got, e.Name)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s: topics in the order %q, want %q", tc.language, strings.Join(got, " "), tc.want)
		}
	}
}
