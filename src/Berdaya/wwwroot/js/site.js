// Berdaya: the only script, a few kilobytes. Pages work without it; it adds the region picker.
(function () {
  "use strict";
  function get(url) {
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : []; });
  }
  function fill(select, items, placeholder, selected) {
    select.innerHTML = "";
    var first = document.createElement("option");
    first.value = ""; first.textContent = placeholder;
    select.appendChild(first);
    items.forEach(function (it) {
      var o = document.createElement("option");
      o.value = it.code; o.textContent = it.name;
      if (it.code === selected) { o.selected = true; }
      select.appendChild(o);
    });
    select.disabled = items.length === 0;
  }
  function picker(root) {
    var input = root.querySelector("input[data-region-value]");
    var selects = Array.prototype.slice.call(root.querySelectorAll("select[data-level]"));
    var search = root.querySelector("input[data-region-search]");
    var list = root.querySelector("datalist");
    var label = root.querySelector("[data-region-label]");
    var ph = root.getAttribute("data-placeholder") || "—";
    root.classList.add("js");
    function load(level, parent, selected) {
      var url = "/api/v1/regions" + (parent ? "?parent=" + encodeURIComponent(parent) : "");
      return get(url).then(function (items) { fill(selects[level], items, ph, selected); });
    }
    function prefixes(code) {
      var parts = (code || "").split(".");
      var out = [];
      for (var i = 1; i <= parts.length; i++) { out.push(parts.slice(0, i).join(".")); }
      return out;
    }
    selects.forEach(function (sel, level) {
      sel.addEventListener("change", function () {
        for (var i = level + 1; i < selects.length; i++) { fill(selects[i], [], ph, null); }
        if (level === selects.length - 1) { input.value = sel.value; return; }
        input.value = "";
        if (sel.value) { load(level + 1, sel.value, null); }
      });
    });
    var current = prefixes(input.value);
    load(0, null, current[0]).then(function () {
      var chain = Promise.resolve();
      current.slice(0, 3).forEach(function (code, i) {
        chain = chain.then(function () { return load(i + 1, code, current[i + 1]); });
      });
    });
    if (search && list) {
      var timer = null;
      search.addEventListener("input", function () {
        clearTimeout(timer);
        var q = search.value.trim();
        var hit = Array.prototype.find.call(list.options, function (o) { return o.value === q; });
        if (hit) {
          input.value = hit.getAttribute("data-code");
          if (label) { label.textContent = input.value; }
          var c = prefixes(input.value);
          load(0, null, c[0]).then(function () { return load(1, c[0], c[1]); })
            .then(function () { return load(2, c[1], c[2]); }).then(function () { return load(3, c[2], c[3]); });
          return;
        }
        if (q.length < 3) { return; }
        timer = setTimeout(function () {
          get("/api/v1/regions/search?level=Village&q=" + encodeURIComponent(q)).then(function (items) {
            list.innerHTML = "";
            items.forEach(function (it) {
              var o = document.createElement("option");
              o.value = it.name + " — " + it.path;
              o.setAttribute("data-code", it.code);
              list.appendChild(o);
            });
          });
        }, 250);
      });
    }
  }
  document.querySelectorAll("[data-region-picker]").forEach(picker);
  document.querySelectorAll("[data-confirm]").forEach(function (el) {
    el.addEventListener("click", function (e) {
      if (!window.confirm(el.getAttribute("data-confirm"))) { e.preventDefault(); }
    });
  });
})();

// Collection sheet: ticking "paid in full" writes the member's amount due in the box (the server reads the tick
// the same way when this script does not run); unticking clears what the tick wrote.
(function () {
  "use strict";
  document.querySelectorAll("#sheet input[type=checkbox][data-due]").forEach(function (box) {
    var row = box.closest("tr");
    var amount = row && row.querySelector(".amount-box");
    if (!amount) { return; }
    box.addEventListener("change", function () {
      if (box.checked) { amount.value = box.getAttribute("data-due"); }
      else if (amount.value === box.getAttribute("data-due")) { amount.value = ""; }
    });
    amount.addEventListener("input", function () {
      if (box.checked && amount.value !== box.getAttribute("data-due")) { box.checked = false; }
    });
  });
})();
