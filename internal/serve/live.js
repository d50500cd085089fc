// brief serve: live reload for the page being previewed. It listens for
// rebuilds on /_brief/events, reloads the page keeping its scroll position,
// swaps stylesheets when only CSS changed, and lists the errors of a failed
// build in an overlay. It is added to pages by "brief serve" only.
(function () {
  "use strict";
  var script = document.currentScript;
  var version = script ? Number(script.getAttribute("data-version")) || 0 : 0;
  var key = "brief-scroll:" + location.pathname;
  var overlayID = "brief-errors";

  // Restore the scroll position saved before a reload.
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    var xy = saved.split(",");
    var restore = function () { window.scrollTo(Number(xy[0]) || 0, Number(xy[1]) || 0); };
    restore();
    if (document.readyState !== "complete") window.addEventListener("load", restore);
  }

  function reload() {
    try { sessionStorage.setItem(key, window.scrollX + "," + window.scrollY); } catch (e) {}
    location.reload();
  }

  function swapCSS(v) {
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    Array.prototype.forEach.call(links, function (old) {
      var url = new URL(old.href, location.href);
      if (url.origin !== location.origin) return;
      url.searchParams.set("brief", String(v));
      var link = old.cloneNode(false);
      link.href = url.href;
      link.onload = link.onerror = function () { old.remove(); };
      old.parentNode.insertBefore(link, old.nextSibling);
    });
  }

  function hide() {
    var box = document.getElementById(overlayID);
    if (box) box.remove();
  }

  function el(tag, css, text) {
    var e = document.createElement(tag);
    if (css) e.style.cssText = css;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function show(report) {
    hide();
    var box = el("div", "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
      "background:rgba(24,24,27,.96);color:#f4f4f5;padding:2rem;" +
      "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left");
    box.id = overlayID;
    box.setAttribute("role", "alert");
    var close = el("button", "float:right;font:inherit;background:none;color:inherit;" +
      "border:1px solid #71717a;border-radius:4px;padding:0 .6em;cursor:pointer", "×");
    close.title = "Hide until the next build";
    close.onclick = hide;
    box.appendChild(close);
    box.appendChild(el("p", "margin:0 0 1rem;font-weight:bold;color:#fca5a5",
      "brief: the site does not build (" + report.summary + "); " +
      (report.current ? "showing this version; the pages that fail show the error." :
        report.stale ? "still showing the pages already built; the others wait until it is fixed." :
        report.version ? "still showing the last good version." : "nothing to show until it is fixed.")));
    (report.errors || []).forEach(function (e) {
      var item = el("div", "margin:0 0 1rem");
      item.appendChild(el("div", "color:#fecaca", e.pos + ": " + e.message));
      if (e.line) {
        var text = e.line;
        if (e.col > 0) text += "\n" + new Array(e.col).join(" ") + "^";
        item.appendChild(el("pre", "margin:.25rem 0 0 1.5rem;padding:0;border:0;background:none;box-shadow:none;font:inherit;white-space:pre;color:#d4d4d8", text));
      }
      box.appendChild(item);
    });
    (document.body || document.documentElement).appendChild(box);
  }

  function data(ev) {
    try { return JSON.parse(ev.data); } catch (e) { return {}; }
  }

  var handlers = {
    // hello: a rebuild happened while this page was loading or
    // disconnected, or the stream came back (again), as after a restart
    // of brief serve, whose versions start anew.
    hello: function (d) { if (d.again || d.version && d.version !== version) reload(); },
    reload: function () { reload(); },
    css: function (d) { hide(); version = d.version; swapCSS(version); },
    errors: function (d) { show(d); }
  };
  function dispatch(name, d) {
    if (handlers.hasOwnProperty(name)) handlers[name](d || {});
  }

  // listen opens the event stream and hands each event to onEvent; it
  // opens it again a second after the server closes it for good (a stream
  // cut short reconnects by itself). It returns a function telling
  // whether the stream is open.
  function listen(onEvent) {
    var source, connected = false;
    function open() {
      source = new EventSource("/_brief/events");
      Object.keys(handlers).forEach(function (name) {
        source.addEventListener(name, function (ev) {
          var d = data(ev);
          if (name === "hello") {
            d.again = connected;
            connected = true;
          }
          onEvent(name, d);
        });
      });
      source.onerror = function () {
        if (source.readyState === EventSource.CLOSED) setTimeout(open, 1000);
      };
    }
    open();
    return function () { return source.readyState === EventSource.OPEN; };
  }

  // One event stream serves every tab of the preview: a browser keeps six
  // connections to a host over HTTP/1.1, and each stream holds one, so a
  // seventh tab would never load. The tab holding the lock listens and
  // tells the others on a channel; when it goes, another takes over and
  // its hello tells every tab the version served. A tab opened since asks
  // the leader for the state, which answers that tab alone, and only
  // while its stream is open, so that what it tells is current.
  if (!window.BroadcastChannel || !navigator.locks) {
    listen(dispatch);
    return;
  }
  var channel = new BroadcastChannel("brief-live");
  var me = Math.random().toString(36).slice(2);
  var live = null; // the leader's: whether its stream is open
  var last = {}; // the leader's last hello and errors
  channel.onmessage = function (m) {
    var msg = m.data || {};
    if (msg.ask) {
      if (live && live()) {
        if (last.hello) channel.postMessage({ name: "hello", data: last.hello.data, to: msg.ask });
        if (last.errors) channel.postMessage({ name: "errors", data: last.errors.data, to: msg.ask });
      }
      return;
    }
    if (!msg.to || msg.to === me) dispatch(msg.name, msg.data);
  };
  navigator.locks.request("brief-live", function () {
    live = listen(function (name, d) {
      var msg = { name: name, data: d };
      if (name === "errors") {
        last.errors = msg;
      } else {
        last = { hello: { name: "hello", data: { version: d.version } } };
      }
      channel.postMessage(msg);
      dispatch(name, d);
    });
    return new Promise(function () {}); // held as long as the tab is open
  });
  channel.postMessage({ ask: me });
})();
