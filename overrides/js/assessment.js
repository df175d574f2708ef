/* The skill matrix as a self-assessment: for each core skill the reader picks the description that
   fits them (the form is built from the table's own cells), then sees a band, the reasoning, and the
   skills that hold them back, each with a next step: the skill's page and a project from this page's
   roadmap that practises it. Saving is optional, in the shared store. */
(function () {
  "use strict";
  var LEVELS = ["none", "junior", "mid", "senior"];
  var NAMES = { none: "not yet junior", junior: "junior", mid: "mid", senior: "senior" };
  var PROJECT_LEVEL = { junior: "beginner", mid: "intermediate", senior: "advanced" };

  /* The band, as a pure function (tests/test_role_fit.py runs it in Node). A band is the level that
     every core skill has reached: one weak skill is what a skill matrix would point at first.
     levels: {skillId: "none" | "junior" | "mid" | "senior"}; skills: the role's core skill ids. */
  function band(levels, skills) {
    var missing = skills.filter(function (id) { return LEVELS.indexOf(levels[id]) === -1; });
    if (missing.length) return { missing: missing };
    var ranks = skills.map(function (id) { return LEVELS.indexOf(levels[id]); });
    var lowest = Math.min.apply(null, ranks);
    var counts = { none: 0, junior: 0, mid: 0, senior: 0 };
    skills.forEach(function (id) { counts[levels[id]] += 1; });
    var next = lowest < 3 ? LEVELS[lowest + 1] : null;
    return {
      band: LEVELS[lowest],
      next: next,
      counts: counts,
      holding: next ? skills.filter(function (id) { return LEVELS.indexOf(levels[id]) === lowest; }) : []
    };
  }

  if (typeof module === "object" && module.exports) { module.exports = { band: band }; return; }

  var store = window.hbStore;
  var made = 0;

  function element(tag, attributes, text) {
    var el = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) { el.setAttribute(key, attributes[key]); });
    if (text) el.textContent = text;
    return el;
  }

  function build(matrix) {
    var role = matrix.getAttribute("data-role");
    var table = matrix.querySelector("table");
    if (!table) return;
    made += 1;
    var prefix = "hb-assess-" + made + "-";  // radio names unique on the page, whatever was built before
    var rows = Array.prototype.filter.call(table.tBodies[0].rows, function (row) { return row.querySelector("a[data-skill]"); });
    var skills = rows.map(function (row) {
      var link = row.querySelector("a[data-skill]");
      return {
        id: link.getAttribute("data-skill"), name: link.textContent.trim(), href: link.getAttribute("href"),
        text: { junior: row.cells[1].textContent.trim(), mid: row.cells[2].textContent.trim(), senior: row.cells[3].textContent.trim() }
      };
    });

    var details = element("details", { "class": "hb-assess" });
    details.appendChild(element("summary", {}, "Use this table as a self-assessment"));
    var form = element("form", { "class": "hb-assess__form" });
    form.appendChild(element("p", {}, "For each core skill, choose the description that fits you best today. " +
      "You will see a band, the reasoning, and what would move you to the next level. Nothing leaves this browser."));
    var saved = store ? store.get().levels[role] || {} : {};
    skills.forEach(function (skill) {
      var group = element("fieldset", { "class": "hb-assess__skill" });
      group.appendChild(element("legend", {}, skill.name));
      LEVELS.forEach(function (level) {
        var label = element("label");
        var input = element("input", { type: "radio", name: prefix + skill.id, value: level });
        if (saved[skill.id] === level) input.checked = true;
        label.appendChild(input);
        label.appendChild(document.createTextNode(level === "none" ? " Not yet" : " " + NAMES[level].charAt(0).toUpperCase() + NAMES[level].slice(1) + ": " + skill.text[level]));
        group.appendChild(label);
      });
      form.appendChild(group);
    });
    var actions = element("p", { "class": "hb-assess__actions" });
    actions.appendChild(element("button", { type: "submit", "class": "md-button" }, "Show where I stand"));
    var save = element("button", { type: "button", "class": "md-button" }, "Save in this browser");
    actions.appendChild(save);
    form.appendChild(actions);
    var status = element("p", { "class": "hb-assess__status", role: "status" });
    form.appendChild(status);
    details.appendChild(form);
    var result = element("section", { "class": "hb-assess__result", hidden: "" });
    var heading = element("h3", { tabindex: "-1" }, "Where you stand");
    result.appendChild(heading);
    details.appendChild(result);
    matrix.appendChild(details);

    function chosen() {
      var levels = {};
      skills.forEach(function (skill) {
        var input = form.querySelector("input[name='" + prefix + skill.id + "']:checked");
        if (input) levels[skill.id] = input.value;
      });
      return levels;
    }

    // a project from this page's roadmap that practises the skill: at the level the step asks for if
    // a stage has one, else the one nearest to it
    function projectFor(skill, level) {
      var links = [];
      document.querySelectorAll("li.hb-stage[data-skills]").forEach(function (stage) {
        if (stage.getAttribute("data-skills").split(" ").indexOf(skill.id) === -1) return;
        stage.querySelectorAll("a[data-level]").forEach(function (a) { links.push(a); });
      });
      var order = ["beginner", "intermediate", "advanced"];
      var want = order.indexOf(PROJECT_LEVEL[level]);
      links.sort(function (a, b) {
        return Math.abs(order.indexOf(a.getAttribute("data-level")) - want) - Math.abs(order.indexOf(b.getAttribute("data-level")) - want);
      });
      return links[0] || null;
    }

    function show() {
      var levels = chosen();
      var outcome = band(levels, skills.map(function (s) { return s.id; }));
      while (result.childNodes.length > 1) result.removeChild(result.lastChild);
      result.hidden = false;
      if (outcome.missing) {
        status.textContent = "Choose a description for every core skill: " + outcome.missing.length + " still to do.";
        result.hidden = true;
        return;
      }
      var counts = LEVELS.filter(function (l) { return outcome.counts[l]; })
        .map(function (l) { return outcome.counts[l] + " at " + (l === "none" ? "not yet" : l); }).join(", ");
      result.appendChild(element("p", {}, "Your band: " + NAMES[outcome.band] + ". A band is the level every core skill " +
        "has reached, so your least developed skill sets it. Your " + skills.length + " core skills: " + counts + "."));
      if (!outcome.next) {
        result.appendChild(element("p", {}, "Every core skill is at senior level. The career ladder describes what comes next."));
      } else {
        result.appendChild(element("p", {}, outcome.holding.length === 1
          ? "One skill holds you back from " + NAMES[outcome.next] + ". Your next step:"
          : outcome.holding.length + " skills hold you back from " + NAMES[outcome.next] + ". For each, a next step:"));
        var list = element("ul");
        outcome.holding.forEach(function (id) {
          var skill = skills.filter(function (s) { return s.id === id; })[0];
          var li = element("li");
          li.appendChild(element("strong", {}, skill.name + ": "));
          li.appendChild(document.createTextNode("at " + NAMES[outcome.next] + " level, " + skill.text[outcome.next].charAt(0).toLowerCase() + skill.text[outcome.next].slice(1) + " Read "));
          li.appendChild(element("a", { href: skill.href }, "what it covers and where to learn it"));
          var project = projectFor(skill, outcome.next);
          if (project) {
            li.appendChild(document.createTextNode(", then build "));
            li.appendChild(element("a", { href: project.getAttribute("href") }, project.textContent));
          }
          li.appendChild(document.createTextNode("."));
          list.appendChild(li);
        });
        result.appendChild(list);
      }
      status.textContent = "Your band: " + NAMES[outcome.band] + ". The reasoning and next steps follow.";
      heading.focus();
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); show(); });
    save.addEventListener("click", function () {
      if (!store) return;
      var levels = chosen();
      var kept = store.update(function (data) { data.levels[role] = levels; });
      status.textContent = kept ? "Your choices for " + Object.keys(levels).length + " skills are saved in this browser only." : store.problem();
    });
    matrix.setAttribute("data-ready", "true");
  }

  function setUp() { document.querySelectorAll(".hb-matrix:not([data-ready])").forEach(build); }
  window.hbOnPage(setUp);
})();
