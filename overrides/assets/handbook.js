/* Accessible names Material leaves out. Runs on every page, including after instant navigation. */
(function () {
  "use strict";
  function nameLandmarks() {
    var search = document.querySelector(".md-search[role='dialog']");
    if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", "Search");
    // Breadcrumbs and the main navigation are both called "Navigation" by default.
    var path = document.querySelector("nav.md-path");
    if (path) path.setAttribute("aria-label", "Breadcrumb");
    // Section navs are labelled by an icon-only toggle: name them after their section.
    document.querySelectorAll("nav.md-nav[aria-labelledby]").forEach(function (nav) {
      var label = document.getElementById(nav.getAttribute("aria-labelledby"));
      if (label && !label.textContent.trim()) {
        var link = label.parentElement && label.parentElement.querySelector(".md-ellipsis");
        var name = link ? link.textContent.trim() : "";
        if (name) nav.setAttribute("aria-label", name);
      }
    });
  }
  // Regions that scroll sideways (wide code and tables on a phone) must take keyboard focus.
  function focusableScrollers() {
    document.querySelectorAll(".md-typeset pre > code, .md-typeset__scrollwrap").forEach(function (el) {
      if (el.scrollWidth > el.clientWidth && !el.hasAttribute("tabindex")) el.setAttribute("tabindex", "0");
    });
  }
  function onPage() {
    nameLandmarks();
    focusableScrollers();
  }
  window.addEventListener("resize", focusableScrollers);
  if (window.document$) window.document$.subscribe(onPage);
  else document.addEventListener("DOMContentLoaded", onPage);
})();

/* Compare page: pick two or three roles; without JavaScript the full table stays. */
(function () {
  "use strict";
  var MAX = 3;

  function setUp() {
    var box = document.querySelector(".hb-compare[data-picker='roles']");
    if (!box || box.dataset.ready) return;
    var table = box.querySelector("table");
    if (!table || !table.tHead) return;
    box.dataset.ready = "true";
    var columns = [];
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, index) {
      var link = cell.querySelector("a[data-role]");
      if (link) columns.push({ id: link.getAttribute("data-role"), name: link.textContent.trim(), index: index });
    });
    var wanted = new URLSearchParams(location.search).get("roles");
    var chosen = (wanted ? wanted.split(",") : ["frontend", "backend", "full-stack"]).filter(function (id) {
      return columns.some(function (c) { return c.id === id; });
    }).slice(0, MAX);
    if (chosen.length < 2) chosen = columns.slice(0, 2).map(function (c) { return c.id; });

    var fieldset = document.createElement("fieldset");
    fieldset.className = "hb-picker";
    var legend = document.createElement("legend");
    legend.textContent = "Choose two or three roles";
    fieldset.appendChild(legend);
    var status = document.createElement("p");
    status.className = "hb-picker__status";
    status.setAttribute("role", "status");

    columns.forEach(function (column) {
      var label = document.createElement("label");
      var box = document.createElement("input");
      box.type = "checkbox";
      box.value = column.id;
      box.checked = chosen.indexOf(column.id) !== -1;
      box.addEventListener("change", update);
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + column.name));
      fieldset.appendChild(label);
    });
    fieldset.appendChild(status);
    box.parentNode.insertBefore(fieldset, box);

    function update() {
      var inputs = fieldset.querySelectorAll("input");
      var picked = Array.prototype.filter.call(inputs, function (i) { return i.checked; }).map(function (i) { return i.value; });
      Array.prototype.forEach.call(inputs, function (i) { i.disabled = !i.checked && picked.length >= MAX; });
      var visible = {};
      columns.forEach(function (c) { visible[c.index] = picked.indexOf(c.id) !== -1; });
      Array.prototype.forEach.call(table.rows, function (row) {
        Array.prototype.forEach.call(row.cells, function (cell, index) {
          if (index in visible) cell.hidden = !visible[index];
        });
      });
      var names = columns.filter(function (c) { return visible[c.index]; }).map(function (c) { return c.name; });
      status.textContent = names.length
        ? "Showing " + names.join(", ") + (picked.length >= MAX ? ". Untick one to choose another." : ".")
        : "Tick at least one role.";
      var url = new URL(location.href);
      url.searchParams.set("roles", picked.join(","));
      history.replaceState(history.state, "", url);
    }
    update();
  }

  if (window.document$) window.document$.subscribe(setUp);
  else document.addEventListener("DOMContentLoaded", setUp);
})();
