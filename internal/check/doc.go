// Package check finds problems in a built site that the build itself does
// not report: broken internal links (style sheets' url()s included),
// links to missing fragments, links that climb out of the site or start
// at the server root, unsafe URL schemes and script in the output, and
// lint rules over the site model (briefs without body text, duplicate
// titles, Markdown links to files the site does not have).
//
// The package reads plain data (the model, the site's files and the
// rendered output, through Output, one file at a time) and returns
// diagnostics; it writes nothing. brief check, the build's tests and the
// publishing checks share it. Links and Unsafe work on any map of output
// files, so a test can check any built site with them.
package check
