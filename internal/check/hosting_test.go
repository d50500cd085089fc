package check_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/briefsite/brief/internal/build"
)

// TestSameTreeEverywhere builds the shipped briefing once and follows every
// relative link of every page in three places: served at a domain root,
// served under a sub-path as GitHub Pages serves a project site, and read
// from disk as file:// does, where a link to a folder shows a listing
// rather than its index.html.
func TestSameTreeEverywhere(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and crawls the whole shipped site")
	}
	root, _ := filepath.Abs("../..")
	dir := filepath.Join(t.TempDir(), "public")
	res, _, err := build.Write(context.Background(), os.DirFS(root), root, dir, build.Options{BaseURL: "https://example.org/repo/"})
	if err != nil || res.Diags.HasErrors() {
		t.Fatalf("build: %v %v", err, res.Diags.Sorted())
	}
	var pages []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".html") && filepath.Base(p) != "404.html" {
			rel, _ := filepath.Rel(dir, p)
			pages = append(pages, filepath.ToSlash(rel))
		}
		return nil
	})
	atRoot := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer atRoot.Close()
	mux := http.NewServeMux()
	mux.Handle("/repo/", http.StripPrefix("/repo", http.FileServer(http.Dir(dir))))
	underRepo := httptest.NewServer(mux) // everything outside /repo/ is a 404
	defer underRepo.Close()

	checked := map[string]bool{}
	for _, page := range pages {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(page)))
		if err != nil {
			t.Fatal(err)
		}
		for _, ref := range localRefs(t, data) {
			if strings.HasPrefix(ref, "/") {
				t.Errorf("%s: link %q starts at the server root", page, ref)
				continue
			}
			// file://: the target must be a file, not a folder.
			target, _ := url.Parse(ref)
			p := filepath.Join(filepath.Dir(filepath.Join(dir, filepath.FromSlash(page))), filepath.FromSlash(target.Path))
			if fi, err := os.Stat(p); err != nil || fi.IsDir() {
				t.Errorf("%s: link %q does not open a file from disk", page, ref)
			}
			for _, base := range []string{atRoot.URL + "/", underRepo.URL + "/repo/"} {
				pageURL, _ := url.Parse(base + page)
				abs := pageURL.ResolveReference(target)
				abs.Fragment = ""
				if checked[abs.String()] {
					continue
				}
				checked[abs.String()] = true
				resp, err := http.Get(abs.String())
				if err != nil {
					t.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					t.Errorf("%s: link %q gives %d at %s", page, ref, resp.StatusCode, abs)
				}
			}
		}
	}
	if len(checked) < 100 {
		t.Errorf("only %d links followed; the crawl did not run", len(checked))
	}
}

// localRefs returns the href and src values of a page that are neither
// absolute URLs nor bare fragments.
func localRefs(t *testing.T, page []byte) []string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(string(page)))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key != "href" && a.Key != "src" {
					continue
				}
				v := a.Val
				if v == "" || strings.HasPrefix(v, "#") || strings.Contains(v, ":") {
					continue
				}
				out = append(out, v)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}
