// Berdaya: the only script, a few kilobytes. Pages work without it; it adds the region picker's search and lists.
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
    function chosenPath() {
      return selects.slice().reverse().map(function (sel) {
        return sel.selectedIndex > 0 ? sel.options[sel.selectedIndex].textContent : "";
      }).filter(function (t) { return t; }).join(", ");
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
        if (level === selects.length - 1) {
          input.value = sel.value;
          if (label) { label.textContent = sel.value ? chosenPath() : ""; }
          return;
        }
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
          if (label) { label.textContent = q; }
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

/* Forms: a form being sent says so and is not sent twice; a refused form's summary takes the focus. */
(function () {
  "use strict";
  var sending = document.body.getAttribute("data-sending") || "…";
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form.getAttribute("data-sending") === "1") { e.preventDefault(); return; }
    form.setAttribute("data-sending", "1");
    form.setAttribute("aria-busy", "true");
    var button = e.submitter || form.querySelector("button[type=submit], button:not([type])");
    if (button && button.tagName === "BUTTON") {
      button.setAttribute("data-label", button.textContent);
      button.textContent = sending;
      button.setAttribute("aria-disabled", "true");
      button.classList.add("busy");
    }
  });
  // A page shown again from the back-forward cache is ready to be sent again.
  window.addEventListener("pageshow", function () {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-sending]"), function (form) {
      form.removeAttribute("data-sending");
      form.removeAttribute("aria-busy");
      Array.prototype.forEach.call(form.querySelectorAll("button.busy"), function (b) {
        b.textContent = b.getAttribute("data-label");
        b.removeAttribute("aria-disabled");
        b.classList.remove("busy");
      });
    });
  });
  var summary = document.getElementById("form-errors");
  if (summary) {
    summary.focus();
    summary.addEventListener("click", function (e) {
      var link = e.target.closest("a[href^='#']");
      var field = link && document.getElementById(link.getAttribute("href").slice(1));
      if (field) { e.preventDefault(); field.scrollIntoView({ block: "center" }); field.focus(); }
    });
  }
})();

// Loan card and proposal draft: a link to a closed section opens it; the draft's total and cap warnings follow what is typed.
(function () {
  "use strict";
  document.querySelectorAll("a[href^='#']").forEach(function (a) {
    a.addEventListener("click", function () {
      var target = document.getElementById(a.getAttribute("href").slice(1));
      if (target && target.tagName === "DETAILS") { target.open = true; }
    });
  });
  var rows = document.getElementById("draft-rows");
  if (!rows) { return; }
  var cap = parseInt(rows.getAttribute("data-cap"), 10) || 0;
  var total = document.getElementById("draft-total");
  var members = document.getElementById("draft-count");
  var inputs = Array.prototype.slice.call(rows.querySelectorAll("input[data-draft-amount]"));
  function amount(input) {
    var digits = input.value.replace(/[^0-9]/g, "");
    return digits ? parseInt(digits, 10) : 0;
  }
  function update() {
    var sum = 0, count = 0;
    inputs.forEach(function (input) {
      var value = amount(input);
      sum += value;
      if (input.value.trim()) { count += 1; }
      var warning = input.closest("td").querySelector("[data-cap-warning]");
      if (warning) { warning.hidden = !(cap > 0 && value > cap); }
    });
    if (total) { total.textContent = "Rp " + sum.toLocaleString("id-ID"); }
    if (members) { members.textContent = members.getAttribute("data-template").replace("{0}", count); }
  }
  inputs.forEach(function (input) { input.addEventListener("input", update); });
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

// Monitoring visit: "Get location" fills latitude and longitude from the phone's position (decision 0016). Without
// the script, or when the phone refuses, the two boxes are typed; the consent tick is always the user's own.
(function () {
  "use strict";
  document.querySelectorAll("[data-geolocate]").forEach(function (button) {
    if (!navigator.geolocation) { return; }
    var lat = document.getElementById(button.getAttribute("data-lat"));
    var lon = document.getElementById(button.getAttribute("data-lon"));
    var status = document.getElementById(button.getAttribute("data-status"));
    if (!lat || !lon) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        lat.value = position.coords.latitude.toFixed(6);
        lon.value = position.coords.longitude.toFixed(6);
        if (status) { status.hidden = true; }
      }, function () {
        if (status) { status.hidden = false; }
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  });
})();
