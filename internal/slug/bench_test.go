package slug

import "testing"

// benchNames are names as a site's front matter gives them: most in
// ASCII, some with Latin accents, some in other scripts.
var benchNames = []string{
	"William Ruto", "Haitian National Police", "Multinational Security Support mission",
	"U.S.", "Kenya", "Sing'oei", "Jovenel Moïse", "Côte d'Ivoire",
	"Владимир Путин", "Соединённые Штаты", "岸田 文雄", "中华人民共和国外交部", "İstanbul'da durum",
}

// benchASCII are the ASCII names of benchNames.
var benchASCII = benchNames[:6]

func benchmark(b *testing.B, f func(string) string, names []string) {
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			f(n)
		}
	}
}

func BenchmarkKey(b *testing.B) {
	b.Run("ascii", func(b *testing.B) { benchmark(b, Key, benchASCII) })
	b.Run("mixed", func(b *testing.B) { benchmark(b, Key, benchNames) })
}

func BenchmarkMake(b *testing.B) {
	b.Run("ascii", func(b *testing.B) { benchmark(b, Make, benchASCII) })
	b.Run("mixed", func(b *testing.B) { benchmark(b, Make, benchNames) })
}

func BenchmarkAnchor(b *testing.B) {
	b.Run("ascii", func(b *testing.B) { benchmark(b, Anchor, benchASCII) })
	b.Run("mixed", func(b *testing.B) { benchmark(b, Anchor, benchNames) })
}
