/* The handbook's search worker: Material's own search worker, loaded unchanged, with each query
   reworded before Material's worker reads it. overrides/hooks/search.py names this file as the
   worker in every page's config, followed by Material's worker file after a "?".

   Material turns every word of a query into a prefix query ("do" into "do*"), which skips lunr's
   stop-word filter and never forgives a typo. So, before Material sees a query:
   - Question words and filler are dropped: exactly the words lunr's stop-word filter left out of
     the index, so no word the index could match is lost ("how do I" no longer matches "however",
     "docker" and every word that starts with "i").
   - A plural also finds its singular ("careers" finds "Career change"), as a singular already
     finds its plurals.
   - A word of five or more letters that no indexed word starts with is taken for a typo and
     replaced by the indexed words one edit away (a letter wrong, missing, extra, or two swapped:
     lunr's own fuzzy matching), so "graphgl" searches for "graphql" and Material's highlighting and
     suggestions see real words. A word the index has is never replaced, so exact matches always
     rank above fuzzy ones.
   A query written in lunr's syntax (quotes, +, -, *, ~, ^ or a field: prefix) is left as typed.

   And when the reader asks a question, the results whose heading asks it (a section the build
   marked as a question, whose heading has every word of the query) come first. */
"use strict";
(() => {
  const SETUP = 0, QUERY = 2, RESULT = 3; // Material's search message types

  // in the offline copy this runs in the iframe-worker shim's frame, where the address is the script's
  const here = self.document ? document.currentScript.src : location.href;
  const material = new URL(here).search.slice(1).split("?")[0];
  let separator = /\s+/;
  let index; // the lunr index Material's worker builds, kept to look words up
  const asked = []; // for each query in flight: its words (each with its alternatives) if a question

  const syntax = word => /^[+-]|[*~^"]|^(?:title|text|tags):/.test(word);
  const indexed = tokens => index.tokenSet.intersect(tokens).toArray();

  function singular(word) {
    if (!/^\p{L}{4,}[^s]s$/u.test(word)) return [word];
    return word.endsWith("ies") ? [word, word.slice(0, -3) + "y"] : [word.slice(0, -1)];
  }

  function spelled(word) {
    if (!index || !/^\p{L}{5,}$/u.test(word) || indexed(lunr.TokenSet.fromString(word + "*")).length)
      return [word];
    const near = indexed(lunr.TokenSet.fromFuzzyString(word, 1));
    return near.length ? near : [word];
  }

  function reword(query) {
    if (query.split(/\s+/).some(syntax)) return [query, null];
    const all = query.toLowerCase().split(separator).filter(Boolean);
    const words = all.filter(word => lunr.stopWordFilter(word)).map(word => singular(word).flatMap(spelled));
    if (!words.length) return [query, null];
    const question = words.length < all.length || query.trim().endsWith("?");
    return [words.flat().join(" "), question ? words : null];
  }

  function questionsFirst(groups, words) {
    const asks = doc => {
      const heading = doc.title.replace(/<[^>]+>/g, "").toLowerCase().split(separator);
      return doc.question && words.every(alternatives => alternatives.some(a => heading.some(w => w.startsWith(a))));
    };
    const first = groups.filter(group => group.some(asks));
    if (!first.length) return groups;
    const lift = Math.max(...groups.flat().map(doc => doc.score)); // Enter still opens the first result
    for (const doc of first.flat()) doc.score += lift;
    return [...first, ...groups.filter(group => !first.includes(group))];
  }

  addEventListener("message", ({ data: message }) => {
    if (message.type === SETUP) {
      separator = new RegExp(message.data.config.separator);
      const build = lunr.Builder.prototype.build;
      lunr.Builder.prototype.build = function () {
        lunr.Builder.prototype.build = build;
        return (index = build.call(this));
      };
    } else if (message.type === QUERY && typeof message.data === "string") {
      const [query, words] = reword(message.data);
      message.data = query;
      asked.push(words);
    }
  });

  const post = self.postMessage.bind(self);
  self.postMessage = (message, ...rest) => {
    if (message && message.type === RESULT) {
      const words = asked.shift();
      if (words) message.data.items = questionsFirst(message.data.items, words);
    }
    post(message, ...rest);
  };

  if (!/^[\w.-]+\.js$/.test(material)) throw new Error(`no Material search worker named in ${here}`);
  importScripts(new URL(material, here).href);
})();
