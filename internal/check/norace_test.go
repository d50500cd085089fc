//go:build !race

package check_test

// bigLine is the length of the generated long lines.
const bigLine = 10 << 20
