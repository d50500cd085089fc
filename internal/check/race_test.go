//go:build race

package check_test

// bigLine is the length of the generated long lines. The race detector
// makes large copies slow, so under -race the lines are shorter; the full
// 10 MB runs without it.
const bigLine = 2 << 20
