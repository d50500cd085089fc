// Package serve is brief's live preview: it builds a site into memory,
// serves it over HTTP, watches the site's files and rebuilds on every
// change, and tells open browsers to reload through Server-Sent Events.
//
// The preview is built by the same build.Build as "brief build"; serve
// never writes the site to disk, so the user's public/ folder is left as it
// is. Each build becomes a snapshot, swapped in only when the build
// succeeds: a broken edit keeps the last good site served and shows its
// errors in an overlay on the page. A snapshot renders each file when it is
// first asked for and keeps it, so a rebuild costs no more than the build
// and memory holds only the pages someone looked at. A rebuild may change
// in place the site model the served snapshot renders from; when such a
// rebuild fails, the snapshot serves only the files it had rendered, and
// an error page for the others until a build succeeds, never a page mixing
// the two versions.
//
// Served HTML pages get a small script, injected before </body> at request
// time (never into "brief build" output), that listens on
// /_brief/events. After a successful rebuild it reloads the page and
// restores the scroll position, or swaps the stylesheets without a reload
// when only CSS changed; after a failed one it lists every error.
//
// Serve is not a production web server: it binds the loopback interface
// unless told otherwise and serves only the files of the built site.
package serve
