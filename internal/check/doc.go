// Package check finds problems in a built site that the build itself does
// not report: broken internal links (style sheets' url()s included),
// links to missing fragments, links that climb out of the site or start
// at the server root, unsafe URL schemes and script in the output, values
// html/template blocked (ZgotmplZ), what a page for readers lacks (one
// h1, a main landmark, a lang, its charset, a viewport, the field a label
// names, the elements search.js finds), and lint rules over the site
// model (briefs without body text, duplicate titles, Markdown links to
// files the site does not have). A problem a template puts on many pages
// is told once, at the site's template that writes it when it is found.
//
// The package reads plain data (the model, the site's files and the
// rendered output, through Output, one file at a time) and returns
// diagnostics; it writes nothing. brief check, the build's tests and the
// publishing checks share it. Links and Unsafe work on any map of output
// files, so a test can check any built site with them.
package check
