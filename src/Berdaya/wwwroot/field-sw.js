// The field visit's service worker (decision 0025): it keeps the field page and the files it needs, so the page opens
// with no signal at all. The page asks the network first and falls back to the kept copy; its files are kept once
// fetched. Nothing else of the app passes through it.
"use strict";
var CACHE = "berdaya-field-1";
var PAGE = "/field";

function keepPage(response) {
  if (!response || !response.ok || response.redirected) { return Promise.resolve(response); }
  var copy = response.clone();
  return caches.open(CACHE).then(function (c) { return c.put(PAGE, copy); }).then(function () { return response; });
}

// The page's own styles and scripts, as it names them (with their version), so they are there the first time offline.
function keepAssets(html) {
  var urls = [];
  var re = /(?:href|src)="(\/(?:css|js)\/[^"]+|\/favicon\.svg)"/g;
  var m;
  while ((m = re.exec(html)) !== null) { urls.push(m[1].replace(/&amp;/g, "&")); }
  return caches.open(CACHE).then(function (c) {
    return Promise.all(urls.map(function (u) {
      return fetch(u).then(function (r) { if (r.ok) { return c.put(u, r); } }).catch(function () { });
    }));
  });
}

self.addEventListener("install", function (event) {
  event.waitUntil(
    fetch(PAGE, { credentials: "same-origin" })
      .then(keepPage)
      .then(function (r) { return r && r.ok && !r.redirected ? r.clone().text().then(keepAssets) : null; })
      .catch(function () { })
      .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf("berdaya-field-") === 0 && k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

function timeout(ms) {
  return new Promise(function (_, reject) { setTimeout(function () { reject(new Error("timeout")); }, ms); });
}

self.addEventListener("fetch", function (event) {
  var req = event.request;
  if (req.method !== "GET") { return; }
  var url = new URL(req.url);
  if (url.origin !== self.location.origin) { return; }
  if (req.mode === "navigate" && url.pathname === PAGE) {
    event.respondWith(
      Promise.race([fetch(req), timeout(8000)])
        .then(function (r) {
          // A page that is not the field page (the login form after a long absence) never replaces the kept one.
          return r.ok && !r.redirected ? keepPage(r) : caches.match(PAGE).then(function (kept) { return kept || r; });
        })
        .catch(function () {
          return caches.match(PAGE).then(function (kept) { return kept || Response.error(); });
        }));
    return;
  }
  if (/^\/(css|js)\//.test(url.pathname) || url.pathname === "/favicon.svg") {
    event.respondWith(caches.match(req).then(function (kept) {
      return kept || fetch(req).then(function (r) {
        if (r.ok) { var copy = r.clone(); caches.open(CACHE).then(function (c) { c.put(req, copy); }); }
        return r;
      });
    }));
  }
});
