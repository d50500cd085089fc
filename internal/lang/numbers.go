package lang

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// numberPrinter returns the printer of numbers in the language of tag,
// with Latin digits, as dates and the search page write theirs.
func numberPrinter(tag language.Tag) *message.Printer {
	if latin, err := tag.SetTypeForKey("nu", "latn"); err == nil {
		tag = latin
	}
	return message.NewPrinter(tag)
}

// Number returns n written as the language writes numbers, its digits
// grouped by Unicode CLDR's rules: "12,345" in English, "12 345" (with a
// narrow no-break space, as browsers write it) in French, "12.345" in
// Spanish, which leaves four digits alone ("1200").
func (w *Words) Number(n int) string {
	if -w.groupFrom < n && n < w.groupFrom {
		return strconv.Itoa(n)
	}
	s := w.numbers.Sprint(number.Decimal(n))
	if w.narrowSpace {
		s = strings.ReplaceAll(s, "\u00a0", "\u202f") // CLDR's since version 34; x/text's is older
	}
	return s
}

// groupFrom returns the smallest number the language of base groups the
// digits of: 10,000 where CLDR's minimum grouping digits are two.
func groupFrom(base string) int {
	switch base {
	case "es", "pl":
		return 10000
	}
	return 1000
}

// quantity is an argument of T that is a number of things: %d writes it
// as Number does, other verbs as fmt does.
type quantity struct {
	n int
	w *Words
}

// Format implements fmt.Formatter.
func (q quantity) Format(f fmt.State, verb rune) {
	_, width := f.Width()
	_, prec := f.Precision()
	if verb != 'd' || width || prec || f.Flag('+') || f.Flag('-') || f.Flag('0') || f.Flag(' ') || f.Flag('#') {
		fmt.Fprintf(f, fmt.FormatString(f, verb), q.n)
		return
	}
	io.WriteString(f, q.w.Number(q.n))
}

// quantities returns args with each int made a quantity, or args itself
// when it has none.
func (w *Words) quantities(args []any) []any {
	out, copied := args, false
	for i, a := range args {
		if n, ok := a.(int); ok {
			if !copied {
				out, copied = slices.Clone(args), true // the caller's stays as it was
			}
			out[i] = quantity{n, w}
		}
	}
	return out
}
