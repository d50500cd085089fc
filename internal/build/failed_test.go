package build_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
)

// TestLinksToFailedFile checks that a brief, profile or page that is there
// but could not be read is told of once, by its error: the links to it,
// by wikilink, by its file or by its address (from the site's root or
// from the linking page, ../strain/), are not warned of as
// naming nothing, nor checked as broken, and a profile whose name its
// text holds is not warned of as named by no brief. A link to a name no
// file has still is, and a profile no file names.
func TestLinksToFailedFile(t *testing.T) {
	const (
		a = "---\ntitle: A\ndate: 2024\nsources: [S]\n---\n"
		b = "---\ntitle: B\ndate: 2024\nsources: [S]\n---\n"
		c = "---\ntitle: C\ndate: 2024\nsources: [S]\n---\n"
	)
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{{
		name: "front matter in error",
		files: map[string]string{
			"content/briefs/strain.md": "---\ntitle: [Strain\ndate: 2024\n---\nBody.\n",
			"content/briefs/a.md":      a + "See [[strain]] and [[briefs/strain#Background]].\n",
			"content/briefs/b.md":      b + "See [it](strain.md), [again](../briefs/strain.md) and [its page](/briefs/strain/).\n",
			"content/briefs/c.md":      c + "See [its page](../strain/), [again](../strain/index.html) and [once more](../../briefs/strain/).\n",
		},
		want: []string{"content/briefs/strain.md:2:8: error: invalid front matter: did not find expected ',' or ']'; a list or mapping opened here is not closed"},
	}, {
		name: "front matter not closed",
		files: map[string]string{
			"content/briefs/strain.md": "---\ntitle: Strain\ndate: 2024\n\nBody.\n",
			"content/briefs/a.md":      a + "See [[strain]].\n",
			"content/briefs/b.md":      b + "See [it](strain.md).\n",
		},
		want: []string{`content/briefs/strain.md:1:1: error: front matter opened with "---" is never closed`},
	}, {
		name: "merge conflict",
		files: map[string]string{
			"content/briefs/strain.md": "---\n<<<<<<< HEAD\ntitle: Strain\n=======\ntitle: Strains\n>>>>>>> other\ndate: 2024\n---\nBody.\n",
			"content/briefs/a.md":      a + "See [[strain]].\n",
			"content/briefs/b.md":      b + "See [it](strain.md).\n",
		},
		want: []string{"content/briefs/strain.md:2:1: error: merge conflict left in the file, from here to line 6 (<<<<<<< HEAD ... >>>>>>> other): keep one side and delete the marker lines"},
	}, {
		name: "by its title",
		files: map[string]string{
			"content/briefs/strain.md": "---\ntitle: Kenyan officers report overtasking\ndate: 2024\nactors: [Kenyan police\n---\nBody.\n",
			"content/briefs/a.md":      a + "See [[Kenyan officers report overtasking]].\n",
			"content/briefs/b.md":      b + "See [[kenyan officers report overtasking#Background|the report]].\n",
		},
		want: []string{"content/briefs/strain.md:4:9: error: invalid front matter: did not find expected ',' or ']'; a list or mapping opened here is not closed"},
	}, {
		name: "not UTF-8",
		files: map[string]string{
			"content/briefs/strain.md": "---\ntitle: Strain \xff\n---\n",
			"content/briefs/a.md":      a + "See [[strain]].\n",
			"content/briefs/b.md":      b + "See [it](strain.md).\n",
		},
		want: []string{"content/briefs/strain.md:2:15: error: file is not valid UTF-8"},
	}, {
		name: "folder brief",
		files: map[string]string{
			"content/briefs/Strain/index.md": "---\ntitle: [Strain\n---\nBody.\n",
			"content/briefs/a.md":            a + "See [[strain]].\n",
			"content/briefs/b.md":            b + "See [it](Strain/index.md) and [again](../briefs/strain/index.md).\n",
		},
		want: []string{"content/briefs/Strain/index.md:2:8: error: invalid front matter: did not find expected ',' or ']'; a list or mapping opened here is not closed"},
	}, {
		name: "profile",
		files: map[string]string{
			"content/actors/ruto.md": "---\nname: [Ruto\n---\nBody.\n",
			"content/briefs/a.md":    a + "See [[ruto]] and [[actors/ruto]].\n",
			"content/briefs/b.md":    b + "See [him](../actors/ruto.md) and [his page](/actors/ruto/).\n",
			"content/briefs/c.md":    c + "See [his page](../../actors/ruto/).\n",
		},
		want: []string{"content/actors/ruto.md:2:7: error: invalid front matter: did not find expected ',' or ']'; a list or mapping opened here is not closed"},
	}, {
		name: "page",
		files: map[string]string{
			"content/about.md":    "---\ntitle: About\nweight: [1\n---\nBody.\n",
			"content/briefs/a.md": a + "See [[about]].\n",
			"content/briefs/b.md": b + "See [it](about.md) and [again](/about/).\n",
			"content/briefs/c.md": c + "See [it](../../about/).\n",
		},
		want: []string{"content/about.md:3:9: error: invalid front matter: did not find expected ',' or ']'; a list or mapping opened here is not closed"},
	}, {
		name: "a profile it names",
		files: map[string]string{
			"content/briefs/strain.md": "---\ntitle: Strain\nactors: [Kip Lagat, [Other\n---\nSee [[KL]].\n",
			"content/actors/kip.md":    "---\nname: Kip Lagat\n---\nBody.\n",
			"content/actors/kl.md":     "---\nname: Kenneth Lungu\naliases: [KL]\n---\nBody.\n",
			"content/actors/lone.md":   "---\nname: Lone\n---\nBody.\n",
			"content/briefs/a.md":      a + "Text.\n",
		},
		want: []string{
			`content/actors/lone.md:2:7: warning: no brief names the actor "Lone" or links to it`,
			"content/briefs/strain.md:3:9: error: invalid front matter: did not find expected ',' or ']'; a list or mapping opened here is not closed",
		},
	}, {
		name: "a name no file has",
		files: map[string]string{
			"content/briefs/strain.md": "---\ntitle: [Strain\ndate: 2024\n---\nBody.\n",
			"content/briefs/a.md":      a + "See [[stress]].\n",
			"content/briefs/b.md":      b + "See [it](stress.md).\n",
			"content/briefs/c.md":      c + "See [its page](../stress/).\n",
		},
		want: []string{
			"content/briefs/a.md:6:5: warning: wikilink [[stress]] names no brief, actor, country or topic",
			`content/briefs/b.md:6:5: error: broken link "stress.md": the built site has no briefs/b/stress.md; no brief, profile or page goes by "stress": link one by its file's name or as [[title]]`,
			`content/briefs/c.md:6:5: error: broken link "../stress/": the built site has no briefs/stress/index.html`,
			"content/briefs/strain.md:2:8: error: invalid front matter: did not find expected ',' or ']'; a list or mapping opened here is not closed",
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, data := range tc.files {
				fsys[name] = &fstest.MapFile{Data: []byte(data)}
			}
			res, err := build.Check(context.Background(), fsys, build.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range res.Diags {
				got = append(got, d.String())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Check reported\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestCacheFailedFile checks that a rebuild with the cache warns of a
// link to a file that could not be read, and was not warned of, once the
// file is gone, and leads it to the file once it reads, as a build
// without the cache does.
func TestCacheFailedFile(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/strain.md": {Data: []byte("---\ntitle: [Strain\ndate: 2024\n---\nBody.\n")},
		"content/briefs/a.md":      {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\n---\nSee [[strain]] and [it](strain.md).\n")},
	}
	cache := build.NewCache()
	built(t, fsys, build.Options{Cache: cache})
	steps := []struct {
		name string
		do   func()
	}{
		{"removed", func() { delete(fsys, "content/briefs/strain.md") }},
		{"broken again", func() {
			fsys["content/briefs/strain.md"] = &fstest.MapFile{Data: []byte("---\ntitle: [Strain\ndate: 2024\n---\nBody.\n")}
		}},
		{"mended", func() {
			fsys["content/briefs/strain.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Strain\ndate: 2024\nsources: [S]\n---\nBody.\n")}
		}},
	}
	for _, st := range steps {
		st.do()
		got := built(t, fsys, build.Options{Cache: cache, Changed: []string{"content/briefs/strain.md"}})
		sameSnapshot(t, st.name, got, built(t, fsys, build.Options{}))
	}
}
