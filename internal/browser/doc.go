// Package browser holds brief's real-browser tests. It has no code of its
// own: its tests build the shipped briefing, open it in headless Chromium
// through chromedp, over file:// and over HTTP under a sub-path, and check
// what a reader would notice: console errors, failed requests, links that
// do not lead where they should, search, horizontal scrolling on a phone,
// and accessibility with axe-core. They save screenshots for a person to
// look at.
//
// The tests skip, with a message that says why, when no Chromium is
// installed or under go test -short; with CI=true in the environment a
// missing browser (or a missing axe-core) fails them instead.
package browser
