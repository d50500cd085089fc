package render

import "testing"

// TestCapitalFirst checks that a generated profile's description starts
// with a capital as the site's language writes it, and that one a
// translation starts with the name keeps the name as written.
func TestCapitalFirst(t *testing.T) {
	for _, tc := range []struct{ s, name, lang, want string }{
		{"country profile: Brazil", "Brazil", "en", "Country profile: Brazil"},
		{"actor profile: de Gaulle", "de Gaulle", "en", "Actor profile: de Gaulle"},
		{"Fiche pays\u00a0: Brésil", "Brésil", "fr", "Fiche pays\u00a0: Brésil"},
		{"ülke profili: Brezilya", "Brezilya", "tr", "Ülke profili: Brezilya"},
		{"işte profil: X", "X", "tr", "İşte profil: X"},
		{"ijslands profiel: X", "X", "nl", "IJslands profiel: X"},
		{"προφίλ χώρας: Βραζιλία", "Βραζιλία", "el", "Προφίλ χώρας: Βραζιλία"},
		{"de Gaulle : fiche acteur", "de Gaulle", "fr", "de Gaulle : fiche acteur"},
		{"al-Shabaab: actor profile", "al-Shabaab", "", "al-Shabaab: actor profile"},
		{"国家档案：巴西", "巴西", "zh", "国家档案：巴西"},
		{"« pays » : X", "X", "fr", "« pays » : X"},
		{"", "", "en", ""},
	} {
		if got := capitalFirst(tc.s, tc.name, tc.lang); got != tc.want {
			t.Errorf("capitalFirst(%q, %q, %q) = %q, want %q", tc.s, tc.name, tc.lang, got, tc.want)
		}
	}
}
