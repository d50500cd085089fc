// Package templates holds brief's default theme: the HTML templates, the
// stylesheet and the scripts, embedded in the binary. A site overrides any
// of them by putting a file of the same name in its own templates/ folder.
package templates

import "embed"

// FS holds the default templates and assets.
//
//go:embed *.html *.css *.js
var FS embed.FS
