package lang

import (
	"fmt"
	"io"
	"slices"
	"strconv"

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
// no-break space) in French, "12.345" in Spanish.
func (w *Words) Number(n int) string {
	if -1000 < n && n < 1000 {
		return strconv.Itoa(n) // no language groups fewer than four digits
	}
	return w.numbers.Sprint(number.Decimal(n))
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
