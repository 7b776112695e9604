// Field visits without signal (decision 0025). The page and this script are kept by the service worker; the
// questionnaires and partners ("bundle") and the filled forms ("outbox") are kept in IndexedDB. A filled form carries
// its own id, so sending it twice keeps it once; a form the server refuses stays on the phone with the reason.
(function () {
  "use strict";
  var app = document.getElementById("field-app");
  if (!app) { return; }
  var T = JSON.parse(app.getAttribute("data-texts") || "{}");
  var lang = app.getAttribute("data-lang") === "en" ? "en" : "id";
  var BATCH = 20;
  var db = null;
  var bundle = null;
  var sending = false;

  function t(key, arg) {
    var s = T[key] || key;
    return arg === undefined ? s : s.replace("{0}", arg);
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { e.textContent = attrs[k]; }
      else if (attrs[k] === true) { e.setAttribute(k, ""); }
      else if (attrs[k] !== false && attrs[k] !== null && attrs[k] !== undefined) { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
    return e;
  }

  function label(x) { return lang === "en" ? (x.labelEn || x.labelId) : x.labelId; }
  function hint(x) { return lang === "en" ? (x.hintEn || x.hintId) : x.hintId; }

  // ---- storage ----
  function openDb() {
    return new Promise(function (resolve, reject) {
      var r = indexedDB.open("berdaya-field", 1);
      r.onupgradeneeded = function () {
        var d = r.result;
        if (!d.objectStoreNames.contains("bundle")) { d.createObjectStore("bundle"); }
        if (!d.objectStoreNames.contains("outbox")) { d.createObjectStore("outbox", { keyPath: "id" }); }
      };
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
    });
  }

  function tx(store, mode, work) {
    return new Promise(function (resolve, reject) {
      var x = db.transaction(store, mode);
      var result;
      x.oncomplete = function () { resolve(result); };
      x.onerror = function () { reject(x.error); };
      x.onabort = function () { reject(x.error); };
      result = work(x.objectStore(store));
    });
  }

  function get(store, key) {
    return new Promise(function (resolve, reject) {
      var r = db.transaction(store, "readonly").objectStore(store).get(key);
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
    });
  }

  function all(store) {
    return new Promise(function (resolve, reject) {
      var r = db.transaction(store, "readonly").objectStore(store).getAll();
      r.onsuccess = function () { resolve(r.result || []); };
      r.onerror = function () { reject(r.error); };
    });
  }

  function put(store, value, key) { return tx(store, "readwrite", function (s) { if (key === undefined) { s.put(value); } else { s.put(value, key); } }); }
  function del(store, key) { return tx(store, "readwrite", function (s) { s.delete(key); }); }

  function newId() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }

  // ---- the bundle ----
  function loadBundle() {
    if (!navigator.onLine) { return Promise.resolve(); }
    return fetch("/api/v1/field/bundle", { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (b) { if (b) { bundle = b; return put("bundle", b, "current"); } })
      .catch(function () { /* no signal: the kept bundle serves */ });
  }

  function status() {
    var s = document.getElementById("field-status");
    var parts = [navigator.onLine ? t("fieldvisit.status.online") : t("fieldvisit.status.offline")];
    parts.push(bundle ? t("fieldvisit.status.ready", new Date(bundle.at).toLocaleString(lang === "en" ? "en-GB" : "id-ID")) : t("fieldvisit.status.nodata"));
    s.textContent = parts.join(" · ");
  }

  function renderPicker() {
    var box = document.getElementById("field-picker");
    box.textContent = "";
    if (!bundle || bundle.forms.length === 0) {
      box.appendChild(el("p", { "class": "muted", text: bundle ? t("fieldvisit.forms.none") : t("fieldvisit.status.nodata") }));
      return;
    }
    var qs = el("select", { id: "field-pick-form", name: "form" }, bundle.forms.map(function (f) {
      return el("option", { value: f.versionId, text: f.title + " (v" + f.number + ")" });
    }));
    var ps = el("select", { id: "field-pick-partner", name: "partner" }, [el("option", { value: "", text: t("fieldvisit.partner.pick") })]
      .concat(bundle.partners.map(function (p) { return el("option", { value: p.id, text: p.name + " · " + p.business + " · " + p.village }); })));
    var date = el("input", { id: "field-pick-date", type: "date", value: today(), max: today() });
    var go = el("button", { type: "button", id: "field-start-form", text: t("fieldvisit.start") });
    go.addEventListener("click", function () {
      if (!ps.value) { ps.focus(); return; }
      openForm({ id: newId(), versionId: qs.value, partnerId: ps.value, visitDate: date.value || today(), answers: {}, photos: {}, errors: [] });
    });
    box.appendChild(el("label", { "for": "field-pick-form", text: t("fieldvisit.questionnaire") }));
    box.appendChild(qs);
    box.appendChild(el("label", { "for": "field-pick-partner", text: t("fieldvisit.partner") }));
    box.appendChild(ps);
    box.appendChild(el("label", { "for": "field-pick-date", text: t("fieldvisit.visitdate") }));
    box.appendChild(date);
    box.appendChild(el("div", { "class": "actions" }, [go]));
  }

  // ---- conditions, as the server reads them ----
  function holds(alternatives, answers) {
    return alternatives.some(function (tests) {
      return tests.every(function (c) {
        var a = answers[c.question];
        if (c.op === "selected") { return !!a && a.split(" ").indexOf(c.value) >= 0; }
        var text = a === undefined || a === null ? "" : String(a);
        var n = parseFloat(text), v = parseFloat(c.value);
        var numeric = text !== "" && !isNaN(n) && /^-?[0-9.]+$/.test(text) && !isNaN(v) && /^-?[0-9.]+$/.test(c.value);
        if (c.op === "=" || c.op === "!=") {
          var eq = numeric ? n === v : text === c.value;
          return c.op === "=" ? eq : !eq;
        }
        if (text === "") { return false; }
        var cmp = numeric ? (n < v ? -1 : n > v ? 1 : 0) : (text < c.value ? -1 : text > c.value ? 1 : 0);
        return c.op === ">" ? cmp > 0 : c.op === ">=" ? cmp >= 0 : c.op === "<" ? cmp < 0 : cmp <= 0;
      });
    });
  }

  // ---- the form ----
  var current = null;

  function findForm(versionId) {
    return bundle && bundle.forms.filter(function (f) { return f.versionId === versionId; })[0];
  }

  function inputFor(q, value, record) {
    var id = "fq-" + q.name;
    switch (q.type) {
      case "Number": return el("input", { id: id, name: q.name, type: "text", inputmode: "decimal", value: value || "" });
      case "Rupiah": return el("input", { id: id, name: q.name, type: "text", inputmode: "numeric", value: value || "" });
      case "Date": return el("input", { id: id, name: q.name, type: "date", value: value || "", max: today() });
      case "Text": var ta = el("textarea", { id: id, name: q.name, rows: "3", maxlength: "2000" }); ta.value = value || ""; return ta;
      case "Scale":
        return el("div", { id: id, "class": "choices" }, [1, 2, 3, 4, 5].map(function (n) {
          return el("label", { "class": "check" }, [el("input", { type: "radio", name: q.name, value: String(n), checked: value === String(n) }), document.createTextNode(" " + n)]);
        }));
      case "YesNo":
        return el("div", { id: id, "class": "choices" }, [["yes", t("questionnaire.yes")], ["no", t("questionnaire.no")]].map(function (c) {
          return el("label", { "class": "check" }, [el("input", { type: "radio", name: q.name, value: c[0], checked: value === c[0] }), document.createTextNode(" " + c[1])]);
        }));
      case "SingleChoice":
        return el("select", { id: id, name: q.name }, [el("option", { value: "", text: t("fieldvisit.choose") })].concat(q.choices.map(function (c) {
          return el("option", { value: c.name, text: label(c), selected: value === c.name });
        })));
      case "MultipleChoice":
        var picked = (value || "").split(" ");
        return el("div", { id: id, "class": "choices" }, q.choices.map(function (c) {
          return el("label", { "class": "check" }, [el("input", { type: "checkbox", name: q.name, value: c.name, checked: picked.indexOf(c.name) >= 0 }), document.createTextNode(" " + label(c))]);
        }));
      default: // Photo
        var wrap = el("div", { id: id });
        var file = el("input", { type: "file", accept: "image/*", capture: "environment", name: q.name, "aria-label": t("fieldvisit.photo.take") });
        var img = el("img", { "class": "photo-preview", alt: "", hidden: !value });
        if (value && record.photos[value]) { img.src = record.photos[value]; }
        file.addEventListener("change", function () {
          var f = file.files && file.files[0];
          if (!f) { return; }
          shrink(f).then(function (data) {
            var name = q.name + ".jpg";
            record.photos[name] = data;
            record.answers[q.name] = name;
            img.src = data;
            img.hidden = false;
          });
        });
        wrap.appendChild(file);
        wrap.appendChild(img);
        return wrap;
    }
  }

  // A photo made small enough for a slow link: at most 1280 px, JPEG.
  function shrink(file) {
    return new Promise(function (resolve) {
      var reader = new FileReader();
      reader.onload = function () {
        var img = new Image();
        img.onload = function () {
          var scale = Math.min(1, 1280 / Math.max(img.width, img.height));
          var c = document.createElement("canvas");
          c.width = Math.max(1, Math.round(img.width * scale));
          c.height = Math.max(1, Math.round(img.height * scale));
          c.getContext("2d").drawImage(img, 0, 0, c.width, c.height);
          resolve(c.toDataURL("image/jpeg", 0.7));
        };
        img.onerror = function () { resolve(reader.result); };
        img.src = reader.result;
      };
      reader.readAsDataURL(file);
    });
  }

  function read(q, form) {
    if (q.type === "Photo") { return current.answers[q.name] || ""; }
    if (q.type === "MultipleChoice") {
      return Array.prototype.filter.call(form.querySelectorAll("input[name='" + q.name + "']"), function (i) { return i.checked; })
        .map(function (i) { return i.value; }).join(" ");
    }
    if (q.type === "Scale" || q.type === "YesNo") {
      var on = form.querySelector("input[name='" + q.name + "']:checked");
      return on ? on.value : "";
    }
    var e = form.querySelector("[name='" + q.name + "']");
    return e ? e.value.trim() : "";
  }

  function refreshVisibility(def, form) {
    var answers = {};
    def.form.sections.forEach(function (s) {
      s.questions.forEach(function (q) {
        var box = document.getElementById("fb-" + q.name);
        var cond = def.conditions[q.name];
        var shown = !cond || holds(cond, answers);
        box.hidden = !shown;
        if (shown) { var v = read(q, form); if (v !== "") { answers[q.name] = v; } }
      });
    });
  }

  function openForm(record) {
    var def = findForm(record.versionId);
    var form = document.getElementById("field-form");
    form.textContent = "";
    if (!def) { return; }
    current = record;
    var partner = bundle.partners.filter(function (p) { return p.id === record.partnerId; })[0];
    form.appendChild(el("h2", { text: def.title + " · " + (partner ? partner.name : (record.partnerName || "")) }));
    var problems = {};
    (record.errors || []).forEach(function (e) { problems[e.field] = (problems[e.field] ? problems[e.field] + " " : "") + e.message; });
    var general = (record.errors || []).filter(function (e) { return e.field.indexOf("Answers.") !== 0; });
    if (general.length) {
      form.appendChild(el("div", { "class": "validation-summary-errors", role: "alert" }, [el("ul", {}, general.map(function (e) { return el("li", { text: e.message }); }))]));
    }
    def.form.sections.forEach(function (s) {
      var fs = el("fieldset", {}, [el("legend", { text: label(s) })]);
      s.questions.forEach(function (q) {
        var box = el("div", { id: "fb-" + q.name, "class": "field", "data-question": q.name });
        box.appendChild(el("label", { "for": "fq-" + q.name, text: label(q) + (q.required ? " *" : "") }));
        if (hint(q)) { box.appendChild(el("span", { "class": "muted", text: hint(q) })); }
        box.appendChild(inputFor(q, record.answers[q.name], record));
        var err = problems["Answers." + q.name];
        box.appendChild(el("span", { "class": "field-error", id: "fe-" + q.name, text: err || "", hidden: !err }));
        fs.appendChild(box);
      });
      form.appendChild(fs);
    });
    var save = el("button", { type: "submit", id: "field-save", text: t("fieldvisit.save") });
    var cancel = el("button", { type: "button", "class": "secondary", text: t("fieldvisit.cancel") });
    cancel.addEventListener("click", closeForm);
    form.appendChild(el("div", { "class": "actions" }, [save, cancel]));
    form.oninput = form.onchange = function () { refreshVisibility(def, form); };
    form.onsubmit = function (ev) {
      ev.preventDefault();
      submit(def, form);
    };
    refreshVisibility(def, form);
    form.hidden = false;
    document.getElementById("field-start").hidden = true;
    form.scrollIntoView();
  }

  function closeForm() {
    var form = document.getElementById("field-form");
    form.hidden = true;
    form.textContent = "";
    current = null;
    document.getElementById("field-start").hidden = false;
  }

  function submit(def, form) {
    var answers = {};
    var missing = false;
    def.form.sections.forEach(function (s) {
      s.questions.forEach(function (q) {
        var box = document.getElementById("fb-" + q.name);
        var err = document.getElementById("fe-" + q.name);
        err.hidden = true;
        if (box.hidden) { return; }
        var v = read(q, form);
        if (v !== "") { answers[q.name] = v; }
        else if (q.required) { err.textContent = t("fieldvisit.required"); err.hidden = false; missing = true; }
      });
    });
    if (missing) { return; }
    var photos = {};
    Object.keys(answers).forEach(function (k) { if (current.photos[answers[k]]) { photos[answers[k]] = current.photos[answers[k]]; } });
    var partner = bundle.partners.filter(function (p) { return p.id === current.partnerId; })[0];
    var record = {
      id: current.id, versionId: current.versionId, partnerId: current.partnerId, visitDate: current.visitDate,
      answers: answers, photos: photos, state: "waiting", errors: [], title: def.title,
      partnerName: partner ? partner.name : (current.partnerName || ""), savedAt: new Date().toISOString()
    };
    put("outbox", record).then(function () {
      closeForm();
      document.getElementById("field-status").textContent = t("fieldvisit.saved");
      renderOutbox();
      send();
    });
  }

  // ---- the outbox ----
  function renderOutbox() {
    return all("outbox").then(function (items) {
      var list = document.getElementById("field-outbox-list");
      list.textContent = "";
      items.sort(function (a, b) { return a.savedAt < b.savedAt ? -1 : 1; });
      if (items.length === 0) { list.appendChild(el("li", { "class": "muted", text: t("fieldvisit.outbox.none") })); }
      items.forEach(function (r) {
        var state = r.state === "sent" ? t("fieldvisit.outbox.sent") : r.state === "refused" ? t("fieldvisit.outbox.refused") : t("fieldvisit.outbox.waiting");
        var li = el("li", { "data-outbox": r.id, "data-state": r.state }, [
          el("strong", { text: r.partnerName }), document.createTextNode(" · " + r.title + " · " + r.visitDate + " · "),
          el("span", { "class": r.state === "refused" ? "badge bad" : r.state === "sent" ? "badge" : "badge warn", text: state })
        ]);
        if (r.state === "refused") {
          li.appendChild(el("ul", {}, (r.errors || []).map(function (e) { return el("li", { "class": "field-error", text: e.message }); })));
          var fix = el("button", { type: "button", "class": "secondary", text: t("fieldvisit.fix") });
          fix.addEventListener("click", function () { openForm(r); });
          var remove = el("button", { type: "button", "class": "link", text: t("fieldvisit.remove") });
          remove.addEventListener("click", function () {
            if (window.confirm(t("fieldvisit.remove.confirm"))) { del("outbox", r.id).then(renderOutbox); }
          });
          li.appendChild(el("div", { "class": "actions" }, [fix, remove]));
        }
        list.appendChild(li);
      });
    });
  }

  function token() {
    return fetch("/field?handler=Token", { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error("token " + r.status); } return r.json(); })
      .then(function (j) { return j.token; });
  }

  function send() {
    if (sending || !navigator.onLine || !db) { return Promise.resolve(); }
    sending = true;
    var sent = 0;
    return all("outbox").then(function (items) {
      var waiting = items.filter(function (r) { return r.state === "waiting"; });
      if (waiting.length === 0) { return; }
      return token().then(function (tok) {
        var batches = [];
        for (var i = 0; i < waiting.length; i += BATCH) { batches.push(waiting.slice(i, i + BATCH)); }
        return batches.reduce(function (p, batch) {
          return p.then(function () {
            return fetch("/api/v1/field/sync", {
              method: "POST", credentials: "same-origin",
              headers: { "Content-Type": "application/json", "Accept": "application/json", "RequestVerificationToken": tok },
              body: JSON.stringify({ forms: batch.map(function (r) {
                return { id: r.id, versionId: r.versionId, partnerId: r.partnerId, visitDate: r.visitDate, answers: r.answers, photos: r.photos };
              }) })
            }).then(function (res) {
              if (!res.ok) { throw new Error("sync " + res.status); }
              return res.json();
            }).then(function (body) {
              return Promise.all(body.results.map(function (o, k) {
                var r = batch[k];
                if (o.status === "kept" || o.status === "repeat") {
                  sent++;
                  // Sent and kept by the server: the phone keeps a line without the photos, so the list shows it went.
                  r.state = "sent"; r.photos = {}; r.errors = []; r.sentAt = new Date().toISOString();
                } else {
                  r.state = "refused"; r.errors = o.errors || [];
                }
                return put("outbox", r);
              }));
            });
          });
        }, Promise.resolve());
      });
    }).catch(function () { /* no signal or logged out: the forms wait on the phone */ })
      .then(function () {
        sending = false;
        if (sent > 0) { document.getElementById("field-status").textContent = t("fieldvisit.sent.count", sent); }
        return prune().then(renderOutbox);
      });
  }

  // Lines of forms sent more than a week ago leave the phone.
  function prune() {
    var week = Date.now() - 7 * 24 * 3600 * 1000;
    return all("outbox").then(function (items) {
      return Promise.all(items.filter(function (r) { return r.state === "sent" && r.sentAt && Date.parse(r.sentAt) < week; })
        .map(function (r) { return del("outbox", r.id); }));
    });
  }

  // ---- start ----
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/field-sw.js", { scope: "/field" }).catch(function () { /* works online without it */ });
  }
  openDb().then(function (d) {
    db = d;
    return get("bundle", "current");
  }).then(function (kept) {
    bundle = kept || null;
    app.hidden = false;
    status();
    renderPicker();
    return renderOutbox();
  }).then(loadBundle).then(function () {
    status();
    if (!current) { renderPicker(); }
    return send();
  });
  window.addEventListener("online", function () { status(); loadBundle().then(send); });
  window.addEventListener("offline", status);
  document.getElementById("field-send").addEventListener("click", send);
  document.getElementById("field-refresh").addEventListener("click", function () { loadBundle().then(function () { status(); if (!current) { renderPicker(); } }); });
  setInterval(send, 30000);
})();
