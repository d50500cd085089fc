// Gen writes a generated briefing site to a directory, for benchmarks and
// for trying brief on a large site:
//
//	go run ./internal/corpus/gen -n 10000 -seed 1 -o /tmp/corpus-10k
//	go run ./cmd/brief build -src /tmp/corpus-10k
//
// The same -n and -seed always produce the same files.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/briefsite/brief/internal/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of `briefs`")
	seed := flag.Int64("seed", 1, "random `seed`")
	out := flag.String("o", "", "output `dir`ectory (required)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 || *n < 0 {
		flag.Usage()
		os.Exit(2)
	}
	start := time.Now()
	if err := corpus.WriteDir(*out, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	c := corpus.CountsFor(*n)
	fmt.Printf("gen: wrote %d briefs, %d actors, %d countries, %d topics to %s in %v\n",
		c.Briefs, c.Actors, c.Countries, c.Topics, *out, time.Since(start).Round(time.Millisecond))
}
