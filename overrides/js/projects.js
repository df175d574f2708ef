/* Project briefs: filters by role and level (without JavaScript the page is the complete list), and
   a "Done" box on each brief, kept in the shared store (store.js) with the reader's other progress. */
(function () {
  "use strict";
  var store = window.hbStore;

  function setUp() {
    var form = document.querySelector("form.hb-filters:not([data-ready])");
    var projects = Array.prototype.slice.call(document.querySelectorAll(".hb-project[data-project]"));
    if (!form || !projects.length) return;
    var role = form.querySelector(".hb-filters__role");
    var levels = Array.prototype.slice.call(form.querySelectorAll(".hb-filters__level"));
    var status = form.querySelector(".hb-filters__status");
    var groups = Array.prototype.slice.call(document.querySelectorAll(".hb-project-group"));

    projects.forEach(function (project) {
      var id = project.getAttribute("data-project");
      var title = project.querySelector("h3");
      var label = document.createElement("label");
      label.className = "hb-project__done";
      var box = document.createElement("input");
      box.type = "checkbox";
      box.value = id;
      box.addEventListener("change", function () {
        if (!store) return;
        store.update(function (data) { if (box.checked) data.projects[id] = true; else delete data.projects[id]; });
        describeDone();
      });
      box.setAttribute("aria-label", "Done: " + (title ? title.textContent.replace("¶", "").trim() : id));
      label.appendChild(box);
      label.appendChild(document.createTextNode(" Done"));
      var meta = project.querySelector(".hb-project__meta");
      if (meta) meta.appendChild(label);
      else project.appendChild(label);
    });

    function describeDone() {
      var data = store ? store.get() : { projects: {} };
      var done = 0;
      projects.forEach(function (project) {
        var box = project.querySelector(".hb-project__done input");
        box.checked = data.projects[box.value] === true;
        if (box.checked) done += 1;
      });
      return done;
    }

    function filter() {
      var wantedRole = role.value;
      var wantedLevels = levels.filter(function (l) { return l.checked; }).map(function (l) { return l.value; });
      var shown = 0;
      projects.forEach(function (project) {
        var roles = project.getAttribute("data-roles").split(" ");
        var visible = (!wantedRole || roles.indexOf(wantedRole) !== -1) &&
          wantedLevels.indexOf(project.getAttribute("data-level")) !== -1;
        project.hidden = !visible;
        if (visible) shown += 1;
      });
      groups.forEach(function (group) { group.hidden = !group.querySelector(".hb-project:not([hidden])"); });
      var done = describeDone();
      var text = shown === projects.length ? "Showing all " + shown + " projects." :
        shown === 0 ? "No project matches: choose another role or tick a level." :
        "Showing " + shown + " of " + projects.length + " projects.";
      status.textContent = text + " You have marked " + done + " as done." + (store && store.problem() ? " " + store.problem() : "");
    }

    role.addEventListener("change", filter);
    levels.forEach(function (level) { level.addEventListener("change", filter); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hbRefresh = filter;
    form.hidden = false;
    form.setAttribute("data-ready", "true");
    filter();
  }

  if (store) store.subscribe(function () {
    var form = document.querySelector("form.hb-filters[data-ready]");
    if (form && form.hbRefresh) form.hbRefresh();
  });
  window.hbOnPage(setUp);
})();
