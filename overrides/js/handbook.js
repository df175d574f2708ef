/* Regions that scroll sideways (wide code and tables on a phone) must take keyboard focus.
   (Material's missing accessible names are fixed at build time: overrides/hooks/material_fixes.py.) */
(function () {
  "use strict";
  function focusableScrollers() {
    document.querySelectorAll(".md-typeset pre > code, .md-typeset__scrollwrap").forEach(function (el) {
      if (el.scrollWidth > el.clientWidth && !el.hasAttribute("tabindex")) el.setAttribute("tabindex", "0");
    });
  }
  function onPage() {
    // measuring widths forces a layout: wait until the browser has done one anyway
    requestAnimationFrame(function () { setTimeout(focusableScrollers, 0); });
  }
  window.addEventListener("resize", focusableScrollers);
  window.hbOnPage(onPage);
})();

/* Compare page: pick two or three roles. The picker is in the page (hidden without JavaScript,
   when the full table shows); the first three roles show from the first paint, so nothing jumps. */
(function () {
  "use strict";
  var MAX = 3;

  function setUp() {
    var box = document.querySelector(".hb-compare[data-picker='roles']:not([data-ready])");
    var fieldset = document.querySelector(".hb-picker");
    var table = box && box.querySelector("table");
    if (!box || !fieldset || !table || !table.tHead) return;
    var status = fieldset.querySelector(".hb-picker__status");
    var inputs = Array.prototype.slice.call(fieldset.querySelectorAll("input[type=checkbox]"));
    var columns = Object.create(null); // role id -> column; no inherited keys like "constructor"
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, index) {
      var link = cell.querySelector("a[data-role]");
      if (link) columns[link.getAttribute("data-role")] = { index: index, name: link.textContent.trim() };
    });
    var wanted = new URLSearchParams(location.search).get("roles");
    if (wanted) {
      var ids = wanted.split(",").filter(function (id) {
        return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && id in columns;
      }).slice(0, MAX);
      if (ids.length) inputs.forEach(function (input) { input.checked = ids.indexOf(input.value) !== -1; });
    }
    inputs.forEach(function (input) { input.addEventListener("change", update); });
    labelCells(table, columns);

    function update(event) {
      var picked = inputs.filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
      inputs.forEach(function (i) { i.disabled = !i.checked && picked.length >= MAX; });
      var shown = {};
      picked.forEach(function (id) { if (columns[id]) shown[columns[id].index] = true; });
      Array.prototype.forEach.call(table.rows, function (row) {
        Array.prototype.forEach.call(row.cells, function (cell, index) { if (index > 0) cell.hidden = !shown[index]; });
      });
      var names = picked.map(function (id) { return columns[id].name; });
      status.textContent = names.length
        ? "Showing " + names.join(", ") + (picked.length >= MAX ? ". Untick one to choose another." : ".")
        : "Tick at least one role.";
      if (event) {
        history.replaceState(history.state, "", location.pathname + "?roles=" + picked.join(",") + location.hash);
      }
    }
    update();
    box.setAttribute("data-ready", "true");
  }

  // On a phone the stylesheet stacks each row's cells; give every cell its role's name (hidden
  // from screen readers, which announce the column header) and state the table roles
  // explicitly, because some browsers drop table semantics once cells stop being table-cells.
  function labelCells(table, columns) {
    var names = {};
    Object.keys(columns).forEach(function (id) { names[columns[id].index] = columns[id].name; });
    table.setAttribute("role", "table");
    Array.prototype.forEach.call(table.rows, function (row) {
      row.setAttribute("role", "row");
      Array.prototype.forEach.call(row.cells, function (cell, index) {
        var header = row.parentNode === table.tHead;
        cell.setAttribute("role", header ? "columnheader" : index === 0 ? "rowheader" : "cell");
        if (header || index === 0 || !names[index]) return;
        var label = document.createElement("span");
        label.className = "hb-compare__label";
        label.setAttribute("aria-hidden", "true");
        label.textContent = names[index];
        cell.insertBefore(label, cell.firstChild);
      });
    });
  }

  window.hbOnPage(setUp);
})();

/* Roadmap checklists: ticks live in this browser only (the shared store, store.js), keyed by
   skill id, so they survive reloads, instant navigation and edits to the pages. */
(function () {
  "use strict";
  var store = window.hbStore;

  function button(text, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "md-button hb-checklist__button";
    b.textContent = text;
    b.addEventListener("click", onClick);
    return b;
  }

  // Build the checklists once the browser is idle, keeping the work out of the page's first
  // moments; not on scroll, so keyboard and screen-reader users find every checkbox at once
  function setUp() {
    var lists = document.querySelectorAll(".hb-checklist:not([data-ready])");
    var later = window.requestIdleCallback || function (fn) { return window.setTimeout(fn, 1); };
    later(function () { lists.forEach(build); }, { timeout: 500 });
  }

  function build(list) {
    if (list.hasAttribute("data-ready") || !store) return;
    var items = [];
    list.querySelectorAll("li").forEach(function (li) {
      var link = li.querySelector("a[data-skill]");
      if (!link) return;
      var box = document.createElement("input");
      box.type = "checkbox";
      box.className = "hb-checklist__box";
      box.value = link.getAttribute("data-skill");
      box.setAttribute("aria-label", "Done: " + link.textContent.trim());
      box.addEventListener("change", function () {
        store.update(function (data) {
          if (box.checked) data.skills[box.value] = true;
          else delete data.skills[box.value];
        });
      });
      li.insertBefore(box, li.firstChild);
      items.push(box);
    });

    var status = document.createElement("p");
    status.className = "hb-checklist__status";
    status.setAttribute("role", "status");
    var file = document.createElement("input");
    file.type = "file";
    file.accept = "application/json,.json";
    file.hidden = true;
    file.addEventListener("change", function () {
      var chosen = file.files && file.files[0];
      if (!chosen) return;
      store.importFile(chosen).then(refresh, function (error) { refresh(error.message); })
        .then(function () { file.value = ""; });
    });

    var tools = document.createElement("div");
    tools.className = "hb-checklist__tools";
    tools.appendChild(button("Export progress", function () { store.exportFile(); }));
    tools.appendChild(button("Import progress", function () { file.click(); }));
    tools.appendChild(button("Reset", function () {
      if (window.confirm("Clear everything this handbook keeps in this browser: ticks, projects, plans and answers? This cannot be undone.")) {
        store.clear();
        refresh("Everything cleared.");
      }
    }));
    tools.appendChild(file);
    list.appendChild(status);
    list.appendChild(tools);

    var lastMessage = "";
    function refresh(message) {
      var data = store.get();
      var done = 0;
      items.forEach(function (box) { box.checked = data.skills[box.value] === true; if (box.checked) done += 1; });
      if (typeof message === "string") lastMessage = message;
      var parts = [lastMessage, done + " of " + items.length + " skills on this roadmap ticked.", store.problem()];
      status.textContent = parts.filter(Boolean).join(" ");
    }
    list.hbRefresh = refresh;
    list.setAttribute("data-ready", "true");
    refresh();
  }

  // another tab, or another part of this page, changed what is saved: show it here too
  if (store) store.subscribe(function () {
    document.querySelectorAll(".hb-checklist[data-ready]").forEach(function (list) { if (list.hbRefresh) list.hbRefresh(); });
  });
  window.hbOnPage(setUp);
})();

/* "Search the handbook" buttons (the 404 page) open the search and put the cursor in it. */
document.addEventListener("click", function (event) {
  "use strict";
  if (!event.target.closest || !event.target.closest("[data-hb-search]")) return;
  setTimeout(function () {
    var input = document.querySelector(".md-search__input");
    if (input) input.focus();
  }, 50);
});

