/* The role-fit guide: an answer scale on each statement, the three closest roles with the answers
   that pointed there, and an optional save in the shared store (store.js). Nothing leaves the browser. */
(function () {
  "use strict";

  /* The scores, as a pure function (tests/test_role_fit.py runs it in Node).
     questions: [{id, text, points: [{role, weight, because}]}]; answers: {questionId: -2..2}; roles: ids in order.
     A role's score is the sum of answer x weight; its fit is that score divided by the most the answered
     statements could give it, so a role linked to more statements does not win by default. */
  function score(questions, answers, roles) {
    var totals = {};
    roles.forEach(function (role) { totals[role] = { role: role, score: 0, max: 0, reasons: [] }; });
    questions.forEach(function (question) {
      if (!Object.prototype.hasOwnProperty.call(answers, question.id)) return;
      var answer = answers[question.id];
      question.points.forEach(function (point) {
        var total = totals[point.role];
        if (!total) return;
        total.max += 2 * Math.abs(point.weight);
        total.score += answer * point.weight;
        if (answer * point.weight > 0) total.reasons.push({ question: question.id, answer: answer, because: point.because });
      });
    });
    var ranked = roles.map(function (role) { return totals[role]; })
      .filter(function (t) { return t.max > 0 && t.score > 0; })
      .map(function (t) { t.fit = t.score / t.max; return t; });
    ranked.sort(function (a, b) { return b.fit - a.fit || b.score - a.score || roles.indexOf(a.role) - roles.indexOf(b.role); });
    return ranked;
  }

  if (typeof module === "object" && module.exports) { module.exports = { score: score }; return; }

  var store = window.hbStore;

  function read(form) {
    return Array.prototype.map.call(form.querySelectorAll(".hb-fit__question[data-question]"), function (fieldset) {
      return {
        id: fieldset.getAttribute("data-question"),
        text: fieldset.querySelector("legend").textContent.replace(/^\d+\.\s*/, ""),
        element: fieldset,
        points: Array.prototype.map.call(fieldset.querySelectorAll(".hb-fit__points [data-role]"), function (span) {
          var role = span.getAttribute("data-role");
          var because = fieldset.querySelector(".hb-fit__because[data-role='" + role + "']");
          return { role: role, weight: Number(span.getAttribute("data-weight")), because: because ? because.textContent : "" };
        })
      };
    });
  }

  function answersOf(questions) {
    var answers = {};
    questions.forEach(function (q) {
      var checked = q.element.querySelector("input[type=radio]:checked");
      if (checked) answers[q.id] = Number(checked.value);
    });
    return answers;
  }

  function labelOf(question, value) {
    var input = question.element.querySelector("input[type=radio][value='" + value + "']");
    return input ? input.parentNode.textContent.trim() : String(value);
  }

  function setUp() {
    var form = document.querySelector("form.hb-fit:not([data-ready])");
    var results = document.querySelector(".hb-fit__results");
    if (!form || !results) return;
    var questions = read(form);
    var roles = Array.prototype.map.call(results.querySelectorAll(".hb-fit__result[data-role]"), function (el) {
      return el.getAttribute("data-role");
    });
    var status = form.querySelector(".hb-fit__status");
    var names = {};
    results.querySelectorAll(".hb-fit__result[data-role]").forEach(function (el) {
      names[el.getAttribute("data-role")] = el.querySelector(".hb-fit__role").textContent.trim();
    });
    var compare = results.querySelector("a.hb-fit__compare");
    var compareBase = compare ? compare.getAttribute("href") : "";
    form.querySelectorAll(".hb-fit__scale, .hb-fit__actions").forEach(function (el) { el.hidden = false; });

    var saved = store ? store.get().fit.answers : null;
    if (saved && Object.keys(saved).length) {
      questions.forEach(function (q) {
        var input = q.element.querySelector("input[type=radio][value='" + saved[q.id] + "']");
        if (Object.prototype.hasOwnProperty.call(saved, q.id) && input) input.checked = true;
      });
      status.textContent = "Your saved answers are filled in.";
    }

    function show() {
      var answers = answersOf(questions);
      var count = Object.keys(answers).length;
      var ranked = score(questions, answers, roles).slice(0, 3);
      results.hidden = false;
      results.querySelectorAll(".hb-fit__result").forEach(function (el) { el.hidden = true; });
      var summary = results.querySelector(".hb-fit__summary");
      if (!ranked.length) {
        summary.textContent = count
          ? "Your answers do not point towards any role yet. Answer more of the statements, or start with the role pages."
          : "Answer some of the statements first: pick the answer that fits you best for each.";
        compare.parentNode.hidden = true;
      } else {
        summary.textContent = "From your answers to " + count + " of " + questions.length + " statements, these " +
          (ranked.length === 1 ? "role comes" : ranked.length + " roles come") + " closest. Read their pages before you decide anything.";
        ranked.slice().reverse().forEach(function (total) {  // the closest first, in rank order
          var el = results.querySelector(".hb-fit__result[data-role='" + total.role + "']");
          results.insertBefore(el, results.querySelector(".hb-fit__result"));
        });
        ranked.forEach(function (total, index) {
          var el = results.querySelector(".hb-fit__result[data-role='" + total.role + "']");
          el.hidden = false;
          el.querySelector(".hb-fit__role").textContent = (index + 1) + ". " + names[total.role];
          el.querySelector(".hb-fit__score").textContent = "Your answers gave it " + total.score + " of the " + total.max +
            " points the statements you answered could give it (" + Math.round(total.fit * 100) + "%).";
          var list = el.querySelector(".hb-fit__reasons");
          list.textContent = "";
          total.reasons.forEach(function (reason) {
            var q = questions.filter(function (x) { return x.id === reason.question; })[0];
            var li = document.createElement("li");
            li.textContent = "\u201c" + q.text + "\u201d: you answered " + labelOf(q, reason.answer).toLowerCase() + ". " + reason.because;
            list.appendChild(li);
          });
        });
        compare.href = compareBase + "?roles=" + ranked.map(function (t) { return t.role; }).join(",");
        compare.parentNode.hidden = false;
      }
      status.textContent = ranked.length
        ? "Your closest roles: " + ranked.map(function (t) { return names[t.role]; }).join(", ") + ". The results follow the statements."
        : summary.textContent;
      var heading = results.querySelector(".hb-fit__title");
      heading.focus();
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); show(); });
    form.querySelector(".hb-fit__save").addEventListener("click", function () {
      var answers = answersOf(questions);
      if (!store) return;
      var kept = store.update(function (data) { data.fit = { answers: answers }; });
      status.textContent = kept ? "Your " + Object.keys(answers).length + " answers are saved in this browser only." : store.problem();
    });
    form.querySelector(".hb-fit__clear").addEventListener("click", function () {
      form.querySelectorAll("input[type=radio]:checked").forEach(function (input) { input.checked = false; });
      if (store) store.update(function (data) { data.fit = {}; });
      results.hidden = true;
      status.textContent = "Your answers are cleared, here and in this browser's saved progress.";
    });
    form.setAttribute("data-ready", "true");
  }

  window.hbOnPage(setUp);
})();
