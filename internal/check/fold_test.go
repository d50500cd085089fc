package check

import (
	"bytes"
	"testing"
)

// FuzzIndexASCIIFold checks indexASCIIFold against bytes.Index over the
// data with its ASCII letters lowered byte for byte.
func FuzzIndexASCIIFold(f *testing.F) {
	for _, s := range []string{"", "<", "</SCRIPT>", "İ</ScRiPt", "<!-<!--", "x</scrip", "\xff<!--"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, pattern := range []string{"</script", "<!--"} {
			want := bytes.Index(asciiLower(nil, data), []byte(pattern))
			if got := indexASCIIFold(data, pattern); got != want {
				t.Errorf("indexASCIIFold(%q, %q) = %d, want %d", data, pattern, got, want)
			}
		}
	})
}
