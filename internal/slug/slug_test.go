package slug

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestMake(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jovenel Moïse", "jovenel-moise"},
		{"Sing’oei", "singoei"},
		{"Sing'oei", "singoei"},
		{"Singʼoei", "singoei"},
		{"Sing`oei", "singoei"},
		{"Sing´oei", "singoei"},
		{"Владимир Путин", "владимир-путин"},
		{"Йошкар-Ола", "йошкар-ола"},
		{"北京", "北京"},
		{"नरेन्द्र मोदी", "नरेन्द्र-मोदी"},
		{"서울", "서울"},
		{"Trinidad & Tobago", "trinidad-and-tobago"},
		{"AT&T", "at-and-t"},
		{"&", "and"},
		{"U.S.", "us"},
		{"U.S.A.", "usa"},
		{"U.S.-backed forces", "us-backed-forces"},
		{"J.R.R. Tolkien", "jrr-tolkien"},
		{"Washington, D.C.", "washington-dc"},
		{"J. Smith", "j-smith"},
		{"St. Louis", "st-louis"},
		{"version 1.2", "version-1-2"},
		{"example.com", "example-com"},
		{"  Haitian   National Police  ", "haitian-national-police"},
		{"--a--b--", "a-b"},
		{"Straße", "strasse"},
		{"Łódź", "lodz"},
		{"Øresund", "oresund"},
		{"Æsir", "aesir"},
		{"Þórr", "thorr"},
		{"İstanbul", "istanbul"},
		{"Ｆｕｌｌｗｉｄｔｈ", "fullwidth"},
		{"ﬁnance", "finance"},
		{"CO₂ emissions", "co2-emissions"},
		{"Ğ̃x", "gx"},
		{"a/b\\c:d", "a-b-c-d"},
		{"tab\tnew\nline\x00nul", "tab-new-line-nul"},
		{"zero\u200bwidth", "zerowidth"},
		{"soft\u00adhyphen", "softhyphen"},
		{".", ""},
		{"..", ""},
		{"", ""},
		{"!!!", ""},
		{"'", ""},
		{"CON", "con_"},
		{"Nul", "nul_"},
		{"com1", "com1_"},
		{"console", "console"},
		{"LPT1", "lpt1_"},
		// Latin letters of West African alphabets are spelt in ASCII too.
		{"Ɔkɔmfo Anɔkye", "okomfo-anokye"},
		// Only a dot between single letters is an abbreviation's.
		{"Ph.D. thesis", "ph-d-thesis"},
		// A noncharacter written in the name separates as punctuation
		// does; it is not taken for a dropped abbreviation dot.
		{"a\uFDD0b", "a-b"},
		{"Ὀδυσσεύς", "ὀδυσσεύς"},
		{"ΣΊΣΥΦΟΣ", "σίσυφοσ"},
		{"2024 Haiti crisis", "2024-haiti-crisis"},
	}
	for _, tt := range tests {
		if got := Make(tt.in); got != tt.want {
			t.Errorf("Make(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMakeLength(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{strings.Repeat("a", 100), strings.Repeat("a", 80)},
		// The cut falls right after a word: no trailing "-".
		{strings.Repeat("a", 80) + " tail", strings.Repeat("a", 80)},
		{strings.Repeat("a", 79) + " tail", strings.Repeat("a", 79)},
		// "ж" is two bytes; 41 of them are 82 bytes, cut to 40.
		{strings.Repeat("ж", 41), strings.Repeat("ж", 40)},
		// An odd offset: the cut must not split a rune.
		{"x" + strings.Repeat("ж", 45), "x" + strings.Repeat("ж", 39)},
	}
	for _, tt := range tests {
		got := Make(tt.in)
		if got != tt.want {
			t.Errorf("Make(%q) = %q (%d bytes), want %q", tt.in, got, len(got), tt.want)
		}
		if len(got) > MaxLen || !utf8.ValidString(got) {
			t.Errorf("Make(%q) = %q: %d bytes, valid UTF-8 %v", tt.in, got, len(got), utf8.ValidString(got))
		}
	}
}

func TestKey(t *testing.T) {
	same := [][]string{
		{"Sing'oei", "Singoei", "SING’OEI", "singʼoei"},
		{"U.S.", "US", "u.s", "us"},
		{"Haitian National Police", "haitian  national police", "Haitian-National-Police", " HAITIAN national, police."},
		{"Haiti", "Haïti", "HAITI"},
		{"Côte d'Ivoire", "Cote d’Ivoire", "COTE DIVOIRE"},
		{"Trinidad & Tobago", "Trinidad and Tobago"},
		{"Straße", "STRASSE", "strasse"},
		{"Владимир", "владимир", "ВЛАДИМИР"},
		{"ΣΊΣΥΦΟΣ", "σίσυφος"},
	}
	for _, group := range same {
		want := Key(group[0])
		if want == "" {
			t.Errorf("Key(%q) is empty", group[0])
		}
		for _, s := range group[1:] {
			if got := Key(s); got != want {
				t.Errorf("Key(%q) = %q, want %q as for %q", s, got, want, group[0])
			}
		}
	}
	different := [][2]string{
		{"US", "USA"},
		{"Niger", "Nigeria"},
		{"Guinea", "Guinea-Bissau"},
		{"the rapist", "therapist"},
		{"Владимир", "Vladimir"},
	}
	for _, p := range different {
		if Key(p[0]) == Key(p[1]) {
			t.Errorf("Key(%q) == Key(%q) == %q, want different", p[0], p[1], Key(p[0]))
		}
	}
	if got, want := Key("Haitian National Police"), "haitian national police"; got != want {
		t.Errorf("Key = %q, want %q", got, want)
	}
}

func TestAnchor(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Résumé du conflit", "résumé-du-conflit"},
		{"Overview", "overview"},
		{"Sing’oei's role", "singoeis-role"},
		{"Q&A", "q-and-a"},
		{"U.S. involvement", "us-involvement"},
		{"Хронология", "хронология"},
		{"Straße", "straße"},
		{"1. Background", "1-background"},
		// Marks after a digit, a keycap's, are not part of the id.
		{"1\uFE0F\u20E3 Background", "1-background"},
		{"", "section"},
		{"???", "section"},
		{"  Trailing  ", "trailing"},
	}
	for _, tt := range tests {
		if got := Anchor(tt.in); got != tt.want {
			t.Errorf("Anchor(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWindowsReserved(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"CON", true},
		{"aux.html", true},
		{"Nul.txt", true},
		{"com1", true},
		{"LPT9.tar.gz", true},
		{"con .txt", true},
		{"console", false},
		{"com10", false},
		{"lpt", false},
		{"index.html", false},
	}
	for _, tt := range tests {
		if got := WindowsReserved(tt.in); got != tt.want {
			t.Errorf("WindowsReserved(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestUnique(t *testing.T) {
	tests := []struct {
		base  string
		taken []string
		want  string
	}{
		{"haiti", nil, "haiti"},
		{"haiti", []string{"haiti"}, "haiti-2"},
		{"haiti", []string{"haiti", "haiti-2", "haiti-3"}, "haiti-4"},
		{"haiti", []string{"haiti-2"}, "haiti"},
	}
	for _, tt := range tests {
		set := map[string]bool{}
		for _, s := range tt.taken {
			set[s] = true
		}
		got := Unique(tt.base, func(s string) bool { return set[s] })
		if got != tt.want {
			t.Errorf("Unique(%q, %v) = %q, want %q", tt.base, tt.taken, got, tt.want)
		}
	}
}

// checkSlug reports what is wrong with s as a result of Make, or "".
func checkSlug(s string) string {
	switch {
	case s == "." || s == "..":
		return "is a dot name"
	case strings.ContainsAny(s, "/\\:.*?\"<>|"):
		return "contains a reserved character"
	case strings.HasPrefix(s, "-") || strings.HasSuffix(s, "-"):
		return "has a leading or trailing hyphen"
	case strings.Contains(s, "--"):
		return "has a double hyphen"
	case len(s) > MaxLen:
		return "is too long"
	case !utf8.ValidString(s):
		return "is not valid UTF-8"
	case isWindowsReserved(s):
		return "is a Windows device name"
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.IsSpace(r) {
			return "contains a control, format or space character"
		}
		if unicode.IsUpper(r) {
			return "contains an upper-case letter"
		}
	}
	return ""
}

func FuzzMake(f *testing.F) {
	for _, s := range []string{
		"Jovenel Moïse", "Sing’oei", "Владимир Путин", "北京", "U.S.A.", "AT&T",
		"..", "a/b\\c:d", "CON", strings.Repeat("ж", 60), "x\u0301\u0327", "ΣΊΣΥΦΟΣ",
		"İ", "ﬁ", "\u00b4", "a.b.c", "q&a", "नरेन्द्र",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		s := Make(in)
		if msg := checkSlug(s); msg != "" {
			t.Fatalf("Make(%q) = %q %s", in, s, msg)
		}
		if s != "" {
			if again := Make(s); again != s {
				t.Fatalf("Make(%q) = %q, but Make(%q) = %q", in, s, s, again)
			}
		}
		if a := Anchor(in); a == "" || strings.ContainsAny(a, "/\\ \t\n") {
			t.Fatalf("Anchor(%q) = %q", in, a)
		}
		if k := Key(in); k != Key(k) {
			t.Fatalf("Key(%q) = %q, but Key(%q) = %q", in, k, k, Key(k))
		}
	})
}

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"actor", "actors", 1}, {"titel", "title", 1}, {"moïse", "moise", 1}, {"", "abc", 3}, {"kitten", "sitting", 3},
		{"keyna", "kenya", 1}, {"ab", "ba", 1}, {"abc", "ca", 3}, {"haïti", "hiati", 2}, {"ëa", "aë", 1},
	} {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

// FuzzDistance checks the properties of an edit distance: it is symmetric,
// zero only for equal strings, at least the difference of their lengths
// and at most the longer length, in runes.
func FuzzDistance(f *testing.F) {
	for _, s := range [][2]string{{"keyna", "kenya"}, {"titel", "title"}, {"", "abc"}, {"ca", "abc"}, {"moïse", "moise"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		d := Distance(a, b)
		if back := Distance(b, a); back != d {
			t.Fatalf("Distance(%q, %q) = %d but Distance(%q, %q) = %d", a, b, d, b, a, back)
		}
		for limit := range 4 {
			if got, ok := Within(a, b, limit); ok != (d <= limit) || ok && got != d {
				t.Fatalf("Within(%q, %q, %d) = %d, %v; Distance is %d", a, b, limit, got, ok, d)
			}
		}
		na, nb := len([]rune(a)), len([]rune(b))
		if (d == 0) != (string([]rune(a)) == string([]rune(b))) || d < max(na-nb, nb-na) || d > max(na, nb) {
			t.Fatalf("Distance(%q, %q) = %d for lengths %d and %d", a, b, d, na, nb)
		}
	})
}

func TestWithin(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		limit int
		d     int
		ok    bool
	}{
		{"kenya", "keyna", 2, 1, true},
		{"kenya", "kenya", 0, 0, true},
		{"williamruto", "wiliamruto", 2, 1, true},
		{"williamruto", "wiliamrut", 2, 2, true},
		{"williamruto", "wiliamru", 2, 0, false},
		{"abcdefgh", "uvwxyzab", 2, 0, false},
		{"actornumber1234", "actornumber1325", 2, 2, true},
		{"moïse", "moise", 1, 1, true},
		{"moïse", "mo", 2, 0, false},
		{"", "ab", 2, 2, true},
		{strings.Repeat("a", 70), strings.Repeat("a", 69) + "b", 2, 1, true},
	} {
		if d, ok := Within(tc.a, tc.b, tc.limit); d != tc.d || ok != tc.ok {
			t.Errorf("Within(%q, %q, %d) = %d, %v; want %d, %v", tc.a, tc.b, tc.limit, d, ok, tc.d, tc.ok)
		}
	}
	if n := testing.AllocsPerRun(100, func() { Within("nationalpoliceofhaiti", "haitiannationalpolice", 2) }); n != 0 {
		t.Errorf("Within allocates %v times for ASCII names", n)
	}
}

// TestAnchorDottedI checks that a heading with Turkish İ gets the id a
// link typed with a plain i makes, not one with a combining dot (i̇).
func TestAnchorDottedI(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"İstanbul'da durum", "istanbulda-durum"},
		{"İSTANBUL'DA DURUM", "istanbulda-durum"},
		{"istanbulda durum", "istanbulda-durum"},
		{"I\u0307zmir", "izmir"},     // İ written as I and its dot
		{"İ\u0301", "í"},             // another accent on İ stays
		{"Ki\u0307lo", "ki\u0307lo"}, // a dot written on a small i stays
		{"IŞIK", "işik"},             // Turkish dotless ı is not made of I
		{"Ἰ", "ἰ"},                   // nor is a Greek capital with a mark
	} {
		if got := Anchor(tc.in); got != tc.want {
			t.Errorf("Anchor(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if a, b := Key("İstanbul'da durum"), Key("istanbulda durum"); a != b {
		t.Errorf("Key gives %q and %q, want them equal", a, b)
	}
}

// TestKeyYo checks that Key folds Cyrillic ё into е, as Russian writes
// it at will, and no other Cyrillic letter with a mark into another.
func TestKeyYo(t *testing.T) {
	same := [][]string{
		{"Соединённые Штаты", "Соединенные Штаты", "СОЕДИНЁННЫЕ ШТАТЫ", "Соедин\u0435\u0308нные Штаты"},
		{"Ёлкин", "Елкин", "ёлкин"},
	}
	for _, group := range same {
		for _, s := range group[1:] {
			if Key(s) != Key(group[0]) {
				t.Errorf("Key(%q) = %q, want %q as for %q", s, Key(s), Key(group[0]), group[0])
			}
		}
	}
	for _, p := range [][2]string{{"Йошкар-Ола", "Иошкар-Ола"}, {"їжак", "іжак"}, {"Ёлкин", "Олкин"}} {
		if Key(p[0]) == Key(p[1]) {
			t.Errorf("Key(%q) == Key(%q) == %q, want different", p[0], p[1], Key(p[0]))
		}
	}
	// Slugs and ids keep ё: they are what a reader sees.
	if got := Make("Соединённые Штаты"); got != "соединённые-штаты" {
		t.Errorf("Make = %q", got)
	}
	if got := Anchor("Ёлки"); got != "ёлки" {
		t.Errorf("Anchor = %q", got)
	}
}

// TestKeyUnspaced checks that Key drops the spaces between Chinese or
// Japanese characters, which those languages write without, and keeps
// those between other words.
func TestKeyUnspaced(t *testing.T) {
	same := [][]string{
		{"岸田文雄", "岸田 文雄", "岸田　文雄", "岸田・文雄"},
		{"王毅", "王　毅", "王 毅"},
		{"ひらがな カタカナ", "ひらがなカタカナ"},
		{"ラーメン", "ラー メン"},
		{"G20 峰会", "G20, 峰会"},
	}
	for _, group := range same {
		for _, s := range group[1:] {
			if Key(s) != Key(group[0]) {
				t.Errorf("Key(%q) = %q, want %q as for %q", s, Key(s), Key(group[0]), group[0])
			}
		}
	}
	for _, p := range [][2]string{
		{"the rapist", "therapist"},
		{"서울 시청", "서울시청"}, // Korean spaces its words
		{"G20 峰会", "G20峰会"},
		{"中 ß 文", "中ss文"},
		{"第 2 次", "第2次"},
	} {
		if Key(p[0]) == Key(p[1]) {
			t.Errorf("Key(%q) == Key(%q) == %q, want different", p[0], p[1], Key(p[0]))
		}
	}
	// Slugs keep the words apart: they are what a reader sees.
	if got := Make("岸田 文雄"); got != "岸田-文雄" {
		t.Errorf("Make = %q", got)
	}
}

// TestCut checks that Cut tells when Make cuts a name's slug.
func TestCut(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{strings.Repeat("a", 80), false},
		{strings.Repeat("a", 81), true},
		{strings.Repeat("a", 80) + "!!!", false},
		{strings.Repeat("中", 26), false},
		{strings.Repeat("中", 27), true},
		{"Ceasefire talks", false},
	} {
		if got := Cut(tc.in); got != tc.want {
			t.Errorf("Cut(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
