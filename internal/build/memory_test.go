package build

import (
	"testing"
	"testing/fstest"
)

func TestContentSize(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml":                {Data: make([]byte, 1000)}, // not content
		"static/big.bin":            {Data: make([]byte, 5000)},
		"content/briefs/a.md":       {Data: make([]byte, 300)},
		"content/briefs/b/index.md": {Data: make([]byte, 20)},
		"content/actors/x.md":       {Data: make([]byte, 7)},
	}
	if got := ContentSize(fsys); got != 327 {
		t.Errorf("ContentSize = %d, want 327", got)
	}
	if got := ContentSize(fstest.MapFS{}); got != 0 {
		t.Errorf("ContentSize of a site without content/ = %d, want 0", got)
	}
}

func TestMemoryLimit(t *testing.T) {
	for _, tc := range []struct{ content, want int64 }{
		{0, minMemoryLimit},
		{50 << 10, minMemoryLimit},            // the shipped briefing
		{69 << 20, heapPerContent * 69 << 20}, // 10,000 generated briefs
		{minMemoryLimit/heapPerContent + 1, heapPerContent * (minMemoryLimit/heapPerContent + 1)},
	} {
		if got := memoryLimit(tc.content); got != tc.want {
			t.Errorf("memoryLimit(%d) = %d, want %d", tc.content, got, tc.want)
		}
	}
}
