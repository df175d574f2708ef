/* The handbook's one local store: what a reader keeps in this browser (ticked skills, projects
   done, planner hours, role-fit answers, self-assessments), one export file, and one way of
   saying that this browser cannot keep it. Nothing here ever leaves the browser.

   Every part of the saved data is checked on the way in, from storage or from a file: a part
   of an unexpected shape starts clean, ids the handbook does not have are dropped and counted,
   and a file larger than any real export is refused, so storage stays a few kilobytes. */

/* Run `fn` for every page a reader sees: once the first page is parsed, and again on each instant
   navigation through Material's document$. Not through document$ alone: in the offline copy it
   never gives a page (instant navigation cannot work on file://). Every `fn` skips what it has
   already built (data-ready), so the first page running it twice changes nothing. */
window.hbOnPage = function (fn) {
  "use strict";
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { fn(); });
  else fn();
  if (window.document$) window.document$.subscribe({ next: function () { fn(); }, error: function () { /* see above */ } });
};

(function () {
  "use strict";
  var KEY = "webdev-career-handbook:progress";
  var FORMAT = "webdev-career-handbook-progress";
  var VERSION = 2; // version 1 files (ticked skills only) still import
  var MAX_FILE_BYTES = 64 * 1024; // a real export is a few kilobytes
  var ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  var LEVELS = ["none", "junior", "mid", "senior"];
  var listeners = [];
  var memory = null; // this visit's data when storage cannot be used
  var problem = ""; // why storage cannot be used, in words for the reader

  function has(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }
  function isObject(value) { return value !== null && typeof value === "object" && !Array.isArray(value); }

  // The ids the build put into this script (window.hbKnownIds, see scripts_bundle.py), so imports keep only real ones.
  function knownIds() {
    var lists = window.hbKnownIds;
    var known = { skills: {}, projects: {}, roles: {}, questions: {} };
    if (!lists) return null;
    Object.keys(known).forEach(function (kind) {
      (Array.isArray(lists[kind]) ? lists[kind] : []).forEach(function (id) { known[kind][id] = true; });
    });
    return known;
  }

  function idSet(value, kind, known, counts) {
    var out = {};
    var ids = Array.isArray(value) ? value : isObject(value) ? Object.keys(value).filter(function (k) { return value[k] === true; }) : [];
    ids.forEach(function (id) {
      var ok = typeof id === "string" && ID.test(id) && (!known || has(known[kind], id));
      if (ok) { if (!has(out, id)) counts.kept += 1; out[id] = true; } else counts.ignored += 1;
    });
    return out;
  }

  // Whatever arrives (storage or file), keep only what the handbook understands.
  function clean(raw, known) {
    var counts = { kept: 0, ignored: 0 };
    var data = { version: VERSION, skills: {}, projects: {}, plan: {}, fit: {}, levels: {} };
    if (!isObject(raw)) return { data: data, counts: counts };
    data.skills = idSet(raw.skills, "skills", known, counts);
    data.projects = idSet(raw.projects, "projects", known, counts);
    if (isObject(raw.plan)) {
      var hours = Number(raw.plan.hours);
      if (isFinite(hours) && hours > 0 && hours <= 168) data.plan.hours = hours;
      if (typeof raw.plan.skipTicked === "boolean") data.plan.skipTicked = raw.plan.skipTicked;
    }
    if (isObject(raw.fit) && isObject(raw.fit.answers)) {
      data.fit.answers = {};
      Object.keys(raw.fit.answers).forEach(function (id) {
        var value = raw.fit.answers[id];
        var ok = ID.test(id) && (!known || has(known.questions, id)) && [-2, -1, 0, 1, 2].indexOf(value) !== -1;
        if (ok) { data.fit.answers[id] = value; counts.kept += 1; } else counts.ignored += 1;
      });
    }
    if (isObject(raw.levels)) {
      Object.keys(raw.levels).forEach(function (role) {
        var chosen = raw.levels[role];
        if (!ID.test(role) || (known && !has(known.roles, role)) || !isObject(chosen)) { counts.ignored += 1; return; }
        data.levels[role] = {};
        Object.keys(chosen).forEach(function (skill) {
          var ok = ID.test(skill) && (!known || has(known.skills, skill)) && LEVELS.indexOf(chosen[skill]) !== -1;
          if (ok) { data.levels[role][skill] = chosen[skill]; counts.kept += 1; } else counts.ignored += 1;
        });
      });
    }
    return { data: data, counts: counts };
  }

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  function read() {
    if (memory) return memory;
    var store = storage();
    var text = null;
    try { text = store ? store.getItem(KEY) : null; } catch (e) { text = null; }
    var raw = null;
    try { raw = JSON.parse(text || "null"); } catch (e) { raw = null; } // unreadable: start again
    return clean(raw, null).data;
  }

  function write(data) {
    data.updated = new Date().toISOString();
    var store = storage();
    try {
      if (!store) throw new Error("no storage");
      store.setItem(KEY, JSON.stringify(data));
      memory = null;
      problem = "";
      return true;
    } catch (e) {
      memory = data; // keep it for this visit, and say so
      problem = "This browser is not letting the handbook save (storage is blocked, private or full), " +
        "so your choices last only until you leave this page. Export them to keep a copy.";
      return false;
    }
  }

  function notify() { listeners.forEach(function (fn) { try { fn(); } catch (e) { /* one feature's fault stays its own */ } }); }

  // Try storage once at start: a browser that refuses is told to the reader before they tick anything.
  (function probe() {
    var store = storage();
    try {
      if (!store) throw new Error("no storage");
      var probeKey = KEY + ":probe";
      store.setItem(probeKey, "1");
      store.removeItem(probeKey);
    } catch (e) {
      memory = read();
      problem = "This browser is not letting the handbook save (storage is blocked, private or full), " +
        "so your choices last only until you leave this page. Export them to keep a copy.";
    }
  })();

  window.addEventListener("storage", function (event) { if (event.key === KEY) notify(); });

  function download(name, text) {
    var blob = new Blob([text], { type: "application/json" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  }

  window.hbStore = {
    /** The saved data, cleaned: {skills, projects, plan, fit, levels}. */
    get: read,
    /** Change the data with fn(data); returns true when it was saved, false when kept for this visit only. */
    update: function (fn) {
      var data = read();
      fn(data);
      var saved = write(data);
      notify();
      return saved;
    },
    /** Why nothing can be saved in this browser, or "" when saving works. */
    problem: function () { return problem; },
    subscribe: function (fn) { listeners.push(fn); },
    exportFile: function () {
      var data = read();
      var out = {
        format: FORMAT, version: VERSION, exported: new Date().toISOString(),
        skills: Object.keys(data.skills).sort(), projects: Object.keys(data.projects).sort(),
        plan: data.plan, fit: data.fit, levels: data.levels
      };
      download("webdev-career-handbook-progress.json", JSON.stringify(out, null, 2));
    },
    /** Read an exported file; resolves to a sentence for the reader, rejects with one. */
    importFile: function (file) {
      if (file.size > MAX_FILE_BYTES) {
        return Promise.reject(new Error("That file is larger than 64 KB, so it is not a progress file from " +
          "this handbook (those are a few kilobytes). Nothing was imported."));
      }
      return file.text().then(function (text) {
        var incoming;
        try { incoming = JSON.parse(text); } catch (e) { incoming = null; }
        if (!isObject(incoming) || incoming.format !== FORMAT || !(incoming.version === 1 || incoming.version === VERSION)) {
          throw new Error("That file is not a progress file exported from this handbook. Nothing was imported.");
        }
        var result = clean(incoming, knownIds());
        window.hbStore.update(function (data) {
          Object.keys(result.data.skills).forEach(function (id) { data.skills[id] = true; });
          Object.keys(result.data.projects).forEach(function (id) { data.projects[id] = true; });
          if (result.data.plan.hours) data.plan.hours = result.data.plan.hours;
          if (has(result.data.plan, "skipTicked")) data.plan.skipTicked = result.data.plan.skipTicked;
          if (result.data.fit.answers) data.fit = result.data.fit;
          Object.keys(result.data.levels).forEach(function (role) { data.levels[role] = result.data.levels[role]; });
        });
        var c = result.counts;
        var items = function (n) { return n + (n === 1 ? " item" : " items"); };
        return "Imported " + items(c.kept) + (c.ignored ? ", ignored " + c.ignored + " that this handbook does not have." : ".");
      });
    },
    clear: function () {
      var store = storage();
      memory = memory ? clean(null, null).data : null;
      try { if (store) store.removeItem(KEY); } catch (e) { /* nothing saved to remove */ }
      notify();
    },
    isId: function (value) { return typeof value === "string" && ID.test(value); }
  };
})();
