/* Roadmaps: how many of each stage's skills the reader has ticked, and the time planner, which
   turns each stage's hours (written into the page by the build) into a date range at the hours
   a week the reader gives. Everything stays in this browser (the shared store, store.js). */
(function () {
  "use strict";
  var MIN_HOURS = 1;
  var MAX_HOURS = 100;

  /* The plan, as a pure function (tests/test_planner.py runs it in Node).
     stages: [{id, low, high, skills: [ids]}], in order; hours: hours a week; ticked: {skillId: true};
     skip: leave out each stage's share of ticked skills; today: a Date.
     Returns {error} or {stages: [{id, low, high, from: [early, late]...}], low, high, end: [early, late]}. */
  function plan(stages, hours, ticked, skip, today) {
    if (typeof hours !== "number" || !isFinite(hours) || hours < MIN_HOURS || hours > MAX_HOURS || Math.floor(hours) !== hours) {
      return { error: "Enter a whole number of hours a week, from " + MIN_HOURS + " to " + MAX_HOURS + "." };
    }
    var doneLow = 0;
    var doneHigh = 0;
    var out = [];
    stages.forEach(function (stage) {
      var share = 1;
      if (skip && stage.skills.length) {
        var left = stage.skills.filter(function (id) { return !ticked[id]; }).length;
        share = left / stage.skills.length;
      }
      var low = stage.low * share;
      var high = stage.high * share;
      doneLow += low;
      doneHigh += high;
      out.push({ id: stage.id, low: low, high: high, skipped: share === 0, end: [after(today, doneLow, hours), after(today, doneHigh, hours)] });
    });
    return { stages: out, low: doneLow, high: doneHigh, end: [after(today, doneLow, hours), after(today, doneHigh, hours)] };
  }

  // the day the given hours of study are done, at `hours` a week from `today` (whole days, rounded up)
  function after(today, studyHours, hours) {
    var days = Math.ceil((studyHours / hours) * 7);
    return new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  }

  function weeks(studyHours, hours) { return Math.ceil(studyHours / hours); }

  // "between 3 and 17 January 2027", "between 28 December 2026 and 11 January 2027", "on 5 March 2027"
  function range(early, late) {
    var full = function (d) { return d.getDate() + " " + MONTHS[d.getMonth()] + " " + d.getFullYear(); };
    if (early.getTime() === late.getTime()) return "on " + full(early);
    if (early.getFullYear() === late.getFullYear()) {
      if (early.getMonth() === late.getMonth()) return "between " + early.getDate() + " and " + full(late);
      return "between " + early.getDate() + " " + MONTHS[early.getMonth()] + " and " + full(late);
    }
    return "between " + full(early) + " and " + full(late);
  }
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];

  function round(value) { return Math.round(value); }

  var api = { plan: plan, range: range, weeks: weeks };
  if (typeof module === "object" && module.exports) { module.exports = api; return; }

  var store = window.hbStore;

  function stagesOf(roadmap) {
    return Array.prototype.map.call(roadmap.querySelectorAll("li.hb-stage[data-stage]"), function (li) {
      return {
        id: li.getAttribute("data-stage"),
        low: Number(li.getAttribute("data-low")),
        high: Number(li.getAttribute("data-high")),
        skills: (li.getAttribute("data-skills") || "").split(" ").filter(Boolean),
        element: li
      };
    });
  }

  function showTicks(roadmap, ticked) {
    stagesOf(roadmap).forEach(function (stage) {
      var done = stage.skills.filter(function (id) { return ticked[id]; }).length;
      var span = stage.element.querySelector(".hb-stage__ticked");
      if (span) span.textContent = " Ticked in your checklist: " + done + " of " + stage.skills.length + ".";
    });
  }

  function render(roadmap) {
    var form = roadmap.querySelector("form.hb-planner");
    var input = form.querySelector(".hb-planner__hours");
    var skip = form.querySelector(".hb-planner__skip");
    var status = form.querySelector(".hb-planner__result");
    var stages = stagesOf(roadmap);
    var ticked = store ? store.get().skills : {};
    showTicks(roadmap, ticked);
    stages.forEach(function (s) { var d = s.element.querySelector(".hb-stage__dates"); if (d) d.textContent = ""; });
    if (input.value.trim() === "") {
      status.textContent = "Enter the hours you can study in a typical week to see dates.";
      return;
    }
    var result = plan(stages, Number(input.value), ticked, skip.checked, new Date());
    if (result.error) {
      status.textContent = result.error;
      return;
    }
    var hours = Number(input.value);
    result.stages.forEach(function (planned, index) {
      var span = stages[index].element.querySelector(".hb-stage__dates");
      if (!span) return;
      span.textContent = planned.skipped
        ? " Planner: skipped, every skill ticked."
        : " Planner, at " + hours + " hours a week: done " + range(planned.end[0], planned.end[1]) + ".";
    });
    if (result.high === 0) {
      status.textContent = "You have ticked every skill on this roadmap: there is nothing left to plan.";
      return;
    }
    status.textContent = "At " + hours + " hours a week, " + (skip.checked ? "what is left of " : "") +
      "the " + stages.length + " stages (" + round(result.low) + " to " + round(result.high) + " hours) take " +
      weeks(result.low, hours) + " to " + weeks(result.high, hours) + " weeks: done " +
      range(result.end[0], result.end[1]) + " if you start today.";
  }

  function setUp() {
    document.querySelectorAll(".hb-roadmap:not([data-ready])").forEach(function (roadmap) {
      var form = roadmap.querySelector("form.hb-planner");
      if (!form) return;
      var input = form.querySelector(".hb-planner__hours");
      var skip = form.querySelector(".hb-planner__skip");
      var saved = store ? store.get().plan : {};
      if (saved.hours) input.value = String(saved.hours);
      skip.checked = saved.skipTicked === true;
      form.hidden = false;
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      var save = function () {
        var value = Number(input.value);
        if (store) store.update(function (data) {
          if (input.value.trim() !== "" && isFinite(value) && value >= MIN_HOURS && value <= MAX_HOURS) data.plan.hours = value;
          data.plan.skipTicked = skip.checked;
        });
        render(roadmap);
      };
      input.addEventListener("input", save);
      skip.addEventListener("change", save);
      roadmap.hbRefresh = function () { render(roadmap); };
      roadmap.setAttribute("data-ready", "true");
      render(roadmap);
    });
  }

  // ticks change on this page (the checklist) or in another tab: count them again
  if (store) store.subscribe(function () {
    document.querySelectorAll(".hb-roadmap[data-ready]").forEach(function (roadmap) { if (roadmap.hbRefresh) roadmap.hbRefresh(); });
  });
  window.hbOnPage(setUp);
})();
