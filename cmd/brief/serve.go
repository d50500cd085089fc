package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os/exec"
	"runtime"
	"strconv"
	"strings"

	"github.com/briefsite/brief/internal/serve"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "[flags]", "Build the site in the current directory (or -src) in memory, serve it at -addr and\n"+
		"rebuild it on every change; open pages reload by themselves. Nothing is written to public/.", stderr)
	src := fs.String("src", ".", "site root `dir`ectory holding content/")
	addr := fs.String("addr", serve.DefaultAddr, "`host:port` to listen on, or a host alone at port 1313 (0.0.0.0: every interface);\n"+
		"another host than 127.0.0.1 exposes the preview to the network.\n"+
		"Unless -addr names a port or -port is given, a free port is used when 1313 is taken")
	port := fs.Int("port", 0, "`port` to listen on, at the host of -addr; 0 picks a free one")
	drafts := fs.Bool("drafts", false, "include briefs marked draft")
	open := fs.Bool("open", false, "open the site in the default browser")
	workers := fs.Int("j", 0, "parallel `workers` (default: one per CPU)")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "brief serve: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return exitUsage
	}
	if flagSet(fs, "j") && *workers < 1 { // left out, it is one per CPU
		fmt.Fprintln(stderr, "brief serve: -j must be at least 1")
		return exitUsage
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		h, ok := hostAlone(*addr) // as Hugo's --bind 0.0.0.0
		if !ok {
			fmt.Fprintf(stderr, "brief serve: -addr %q: %v\n", *addr, err)
			return exitUsage
		}
		host = h
	}
	if *port < 0 || *port > 65535 {
		fmt.Fprintf(stderr, "brief serve: -port %d: not a port number\n", *port)
		return exitUsage
	}
	listenAt := "" // serve.DefaultAddr, or a free port if it is taken
	if flagSet(fs, "addr") || flagSet(fs, "port") {
		listenAt = *addr
		if flagSet(fs, "port") {
			listenAt = net.JoinHostPort(host, strconv.Itoa(*port))
		}
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		where := host
		switch {
		case host == "":
			where = "every interface of this machine"
		case ip.IsUnspecified():
			where = "every interface of this machine (" + host + ")"
		}
		fmt.Fprintf(stderr, "brief serve: warning: listening on %s: other machines can read the preview\n", where)
	}
	if err := checkSiteRoot(*src); err != nil {
		fmt.Fprintf(stderr, "brief serve: %v\n", err)
		return exitContent
	}
	err = serve.Run(ctx, serve.Options{
		Dir:     *src,
		Addr:    listenAt,
		Drafts:  *drafts,
		Workers: *workers,
		Stdout:  stdout,
		Stderr:  stderr,

		BoundMemory: true,
		Ready: func(url string) {
			if *open {
				openBrowser(url)
			}
		},
	})
	if err != nil {
		fmt.Fprintf(stderr, "brief serve: %v\n", err)
		return exitContent
	}
	return exitOK
}

// hostAlone returns the host s names when it is one without a port: an
// IP address, in brackets or not ("::", "[::]"), or a host name.
func hostAlone(s string) (string, bool) {
	host := strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	if net.ParseIP(host) != nil {
		return host, true
	}
	if host == "" || strings.Trim(host, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.") != "" {
		return "", false
	}
	return host, true
}

// openBrowser asks the system to show url, ignoring any failure: the URL
// is printed in the terminal anyway.
func openBrowser(url string) {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if cmd.Start() == nil {
		go cmd.Wait()
	}
}
