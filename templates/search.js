// brief's offline search. It reads the index that assets/search-index.js
// puts in window.BRIEF_SEARCH, so it works from file:// with no requests:
// no fetch, modules or workers. It writes results with DOM nodes and
// textContent only, never HTML from the index.
//
// Each index document has t (title or name), k (kind), u (URL from the
// site root), d (date or type), i (a brief's date in ISO and, for a span,
// each month it covers), a (aliases), s (summary), x (the start of the
// body text) and, for an actor, country or topic, b (the briefs naming
// it). The index's words map each folded word of the rest of the bodies,
// and of a brief's sources' titles and publishers, to the documents that
// have it. Both b and the words' lists are ascending document numbers
// written as differences from the one before.
(function () {
  "use strict";

  var MAX_RESULTS = 50;
  var DEBOUNCE_MS = 120;
  var SNIPPET_BEFORE = 60;
  var SNIPPET_LEN = 200;

  // Combining marks that matching ignores; internal/render/search.go strips
  // the same ranges when it folds the index's words.
  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670]/g;
  var APOSTROPHES = /['\u2018\u2019\u02bc`]/g;
  var APOSTROPHE = /^['\u2018\u2019\u02bc`\uff07\uff40\u1fef]$/;
  var MARK = /^[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670]$/;
  // LATIN spells the Latin letters without a decomposition as slugs do
  // (latinFold in internal/slug/slug.go).
  var LATIN = {
    "\u00df": "ss", "\u00e6": "ae", "\u0153": "oe", "\u00f8": "o", "\u0111": "d", "\u00f0": "d",
    "\u00fe": "th", "\u0142": "l", "\u0131": "i", "\u0127": "h", "\u0167": "t", "\u0192": "f",
    "\u0138": "k", "\u0237": "j", "\u014b": "ng", "\u0256": "d", "\u0257": "d", "\u01b4": "y",
    "\u0253": "b", "\u0199": "k", "\u025b": "e", "\u0254": "o"
  };
  var LATIN_LETTERS = /[\u00df\u00e6\u0153\u00f8\u0111\u00f0\u00fe\u0142\u0131\u0127\u0167\u0192\u0138\u0237\u014b\u0256\u0257\u01b4\u0253\u0199\u025b\u0254]/g;
  var ASCII = /^[\x00-\x7f]*$/;

  // fold returns s with compatibility forms folded (NFKD), in lower case,
  // without accents, Hebrew points or apostrophes, with final sigma as
  // sigma and Latin letters such as ß and ł spelt in ASCII, so that
  // "Moïse" matches "moise", "Sing’oei" "singoei", "Łukasz" "lukasz",
  // "שָׁלוֹם" "שלום", and the full-width "Ｇ７" and half-width "ｶﾞｽ" "G7" and
  // "ガス". foldSearch in internal/render/search.go is its twin.
  function fold(s) {
    return foldKeeping(s, "");
  }

  // foldKeeping folds s as fold does, but writes each apostrophe as
  // apostrophe: "'" keeps them for elidedRest, as foldSearchApostrophes in
  // internal/render/searchelide.go does.
  function foldKeeping(s, apostrophe) {
    s = String(s);
    if (ASCII.test(s)) {
      return s.toLowerCase().replace(APOSTROPHES, apostrophe);
    }
    if (s.normalize) {
      s = s.normalize("NFKD");
    }
    return s.toLowerCase().replace(MARKS, "").replace(APOSTROPHES, apostrophe).replace(/\u03c2/g, "\u03c3")
      .replace(LATIN_LETTERS, function (c) { return LATIN[c]; });
  }

  // ELIDED is an elided article, pronoun, preposition or conjunction of
  // French, Italian or Catalan, folded, written before an apostrophe: l',
  // d', qu', jusqu', dell', nell', un'... isElided in
  // internal/render/searchelide.go lists the same. The O of O'Brien is
  // not one.
  var ELIDED = /^(?:[cdjlmnstv]|qu|jusqu|lorsqu|puisqu|quoiqu|quelqu|presqu|all|dall|dell|nell|sull|coll|pell|gl|quell|quest|bell|buon|sant|tutt|un|nessun)$/;

  // elidedRest returns what follows the elided forms that open w, a
  // folded word with its apostrophes written ', without apostrophes:
  // "onu" of "l'onu" and "dell'onu", "aujourdhui" of "d'aujourd'hui"; or
  // "" if w opens with none, or what follows is less than two characters
  // ("a" of "l'a"). The index has it as a word too, so that "ONU" finds
  // l’ONU, as elidedRest in internal/render/searchelide.go has it.
  function elidedRest(w) {
    var rest = w, i;
    while ((i = rest.indexOf("'")) >= 0 && ELIDED.test(rest.slice(0, i))) {
      rest = rest.slice(i + 1);
    }
    if (rest.length === w.length) {
      return "";
    }
    rest = rest.replace(/'/g, "");
    return rest.replace(/[\udc00-\udfff]/g, "").length < 2 ? "" : rest;
  }

  // foldField folds s, a document's field, and adds after " | " the
  // words elided forms leave of its words (elidedRest), which a term
  // matches as it matches the index's words: "le coeur de letat | etat"
  // for "Le cœur de l’État".
  function foldField(s) {
    var k = foldKeeping(s, "'");
    if (k.indexOf("'") < 0) {
      return k;
    }
    var ws = k.split(NOT_WORD_NOR_APOSTROPHE), extra = [];
    for (var i = 0; i < ws.length; i++) {
      var rest = ws[i].indexOf("'") >= 0 ? elidedRest(ws[i]) : "";
      if (rest) {
        extra.push(rest);
      }
    }
    k = k.replace(/'/g, "");
    return extra.length ? k + " | " + extra.join(" ") : k;
  }

  // foldMap folds s and returns, for each UTF-16 unit of the folded text,
  // where in s the character it came from starts and ends, so that a match
  // in the folded text can be highlighted in s. A combining mark belongs to
  // the letter before it; an apostrophe belongs to nothing. elided holds
  // the places in the folded text where what follows a word's elided
  // forms starts (see elidedRest), as a word does.
  function foldMap(s) {
    var text = "", starts = [], ends = [], i = 0, cuts = [];
    while (i < s.length) {
      var n = 1, c = s.charCodeAt(i), f;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        n = 2;
      }
      if (c < 0x80) {
        f = c === 0x27 || c === 0x60 ? "" : s.charAt(i).toLowerCase();
      } else {
        f = fold(s.substr(i, n));
      }
      if (!f && APOSTROPHE.test(s.substr(i, n))) {
        cuts.push(text.length);
      }
      for (var j = 0; j < f.length; j++) {
        starts.push(i);
        ends.push(i + n);
      }
      if (!f && ends.length && ends[ends.length - 1] === i && MARK.test(s.charAt(i))) {
        ends[ends.length - 1] = i + n;
      }
      text += f;
      i += n;
    }
    return { text: text, starts: starts, ends: ends, elided: elisions(text, cuts) };
  }

  // elisions returns, for folded text whose apostrophes were at cuts
  // (ascending), the places where what follows a word's elided forms
  // starts.
  function elisions(text, cuts) {
    var out = {};
    for (var k = 0; k < cuts.length; k++) {
      var from = cuts[k], to = from;
      while (from > 0 && !NOT_WORD.test(text.charAt(from - 1))) {
        from--;
      }
      while (to < text.length && !NOT_WORD.test(text.charAt(to))) {
        to++;
      }
      // The word as foldKeeping writes it, and where its rest starts.
      var w = "", at = from;
      for (var j = 0; j < cuts.length; j++) {
        if (cuts[j] >= at && cuts[j] <= to) {
          w += text.slice(at, cuts[j]) + "'";
          at = cuts[j];
        }
      }
      w += text.slice(at, to);
      var rest = elidedRest(w);
      if (rest) {
        out[to - rest.length] = true;
      }
    }
    return out;
  }

  // NOT_WORD splits text into the words the index has: runs of letters,
  // digits and marks (ASCII and Latin where a browser lacks \p{...}).
  // NOT_WORD_NOR_APOSTROPHE splits text folded with its apostrophes
  // (foldKeeping) into words with them, and WORD_OR_APOSTROPHE finds
  // those words.
  var NOT_WORD = (function () {
    try {
      return new RegExp("[^\\p{L}\\p{N}\\p{M}]+", "u");
    } catch (e) {
      return /[^0-9a-z\u00c0-\uffff]+/;
    }
  })();
  var NOT_WORD_NOR_APOSTROPHE = (function () {
    try {
      return new RegExp("[^\\p{L}\\p{N}\\p{M}']+", "u");
    } catch (e) {
      return /[^0-9a-z\u00c0-\uffff']+/;
    }
  })();
  var WORD_OR_APOSTROPHE = (function () {
    try {
      return new RegExp("[\\p{L}\\p{N}\\p{M}']+", "gu");
    } catch (e) {
      return /[0-9a-z\u00c0-\uffff']+/g;
    }
  })();

  // terms splits a query into distinct folded words. A word that
  // punctuation leaves one piece of is that piece: "ruto," and "(mss)" are
  // "ruto" and "mss", found, ranked and marked as those are. A word that
  // opens with elided forms is what follows them (elidedRest), "l'onu"
  // "onu", which finds l’ONU, as the index has "onu" of it, and ONU.
  function terms(query) {
    return queryWords(query, true);
  }

  // queryWords returns terms(query), with elided forms dropped if elide.
  function queryWords(query, elide) {
    var parts = foldKeeping(query, "'").split(/\s+/), out = [], seen = {};
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i];
      if (elide && p.indexOf("'") >= 0) {
        p = p.replace(WORD_OR_APOSTROPHE, function (w) { return elidedRest(w) || w; });
      }
      p = p.replace(/'/g, "");
      var pieces = p.split(NOT_WORD).filter(function (w) { return w; });
      if (pieces.length === 1) {
        p = pieces[0];
      }
      if (p && !seen.hasOwnProperty(p)) {
        seen[p] = true;
        out.push(p);
      }
    }
    return out;
  }

  // phrases returns a pattern for each run of words query holds in
  // quotes ("June 2025", “June 2025”): the folded words one after the
  // other, with nothing but spaces and punctuation between them, from the
  // start of a word (anywhere in a script INSIDE). A quoted single word is
  // a term as any other.
  function phrases(query) {
    var out = [], re = /["\u201c\u201d\u201e\u00ab\u00bb]([^"\u201c\u201d\u201e\u00ab\u00bb]+)["\u201c\u201d\u201e\u00ab\u00bb]/g, m;
    while ((m = re.exec(query)) !== null) {
      var ws = fold(m[1]).split(NOT_WORD).filter(function (w) { return w; });
      if (ws.length < 2) {
        continue;
      }
      var between = "(?:" + NOT_WORD.source + ")", source = ws.map(function (w) {
        return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      }).join(between);
      if (!INSIDE.test(m[1])) {
        // The first word may follow an elided form: "ONU a voté" is
        // found in "l’ONU a voté", folded "lonu a vote".
        source = "(?:^|" + between + ")(?:" + ELIDED.source.slice(1, -1) + ")?" + source;
      }
      out.push(new RegExp(source, NOT_WORD.flags));
    }
    return out;
  }

  function isWordChar(c) {
    return /[0-9a-z]/.test(c) || c > "\u007f" && c.toLowerCase() !== c.toUpperCase();
  }

  // INSIDE is a character of a script whose words a term is found inside
  // of, not only at their start. Chinese, Japanese, Thai, Lao, Khmer and
  // Burmese put no spaces between words, so that the index's words are
  // runs of several; Hebrew and Arabic join "and", "the" and some
  // prepositions to the word after them (ושלום, "and peace"; الامن, "the
  // security"). A term without such a character matches at the start of
  // a word only, as lunr's and Pagefind's do: "un" finds "UN", "UNSC" and
  // "United", not "fund" or "Council".
  var INSIDE = (function () {
    try {
      return new RegExp("[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}\\p{sc=Hebrew}\\p{sc=Arabic}]", "u");
    } catch (e) {
      return /[\u0590-\u06ff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3005-\u3007\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
    }
  })();

  // matchScore returns how term matches a word of field: 3 if it is one,
  // 2 if it starts one, and 0 if neither. A term of a script INSIDE
  // scores 2 if it starts a word or a run of such characters and 1 if it
  // is inside one.
  function matchScore(field, term) {
    if (!INSIDE.test(term)) {
      return wordScore(field, term, true);
    }
    var at = field.indexOf(term), best = 0;
    while (at >= 0) {
      if (at === 0 || !isWordChar(field.charAt(at - 1))) {
        return 2;
      }
      best = 1;
      at = field.indexOf(term, at + 1);
    }
    return best;
  }

  // findTerm returns where term, at or after from, matches the folded
  // text of fm, what foldMap returns, as matchScore matches it (at a
  // word's start, or after its elided forms, "onu" in "lonu" of "l’ONU";
  // or anywhere for a term INSIDE), or -1.
  function findTerm(fm, term, from) {
    var text = fm.text, inside = INSIDE.test(term);
    for (var at = text.indexOf(term, from); at >= 0; at = text.indexOf(term, at + 1)) {
      if (inside || at === 0 || NOT_WORD.test(text.charAt(at - 1)) || fm.elided[at]) {
        return at;
      }
    }
    return -1;
  }

  // prepare folds every document's fields once and decodes the words.
  function prepare(index) {
    var docs = (index && index.docs) || [];
    var words = (index && index.words) || {};
    // rest: the documents with words in the index's words, whose text
    // goes on past their start (or who cite sources).
    var out = { docs: [], words: [], rest: {} };
    for (var w in words) {
      if (words.hasOwnProperty(w)) {
        var list = words[w], n = 0, abs = [];
        for (var k = 0; k < list.length; k++) {
          n += list[k];
          abs.push(n);
          out.rest[n] = true;
        }
        out.words.push({ word: w, docs: abs });
      }
    }
    for (var i = 0; i < docs.length; i++) {
      var d = docs[i];
      // name and aliasList are folded as a query is, to compare with it
      // whole; the fields a term matches have the words elided forms
      // leave too (foldField).
      out.docs.push({
        doc: d,
        order: i,
        name: fold(d.t || ""),
        title: foldField(d.t || ""),
        aliases: foldField((d.a || []).join(" | ")),
        aliasList: (d.a || []).map(fold),
        summary: foldField(d.s || ""),
        body: foldField(d.x || ""),
        // A brief's date as its page shows it ("21 June 2015", "late 2024")
        // and as i has it ("2015-06-21"; each month of a span).
        date: d.k === "brief" ? fold((d.d || "") + " " + (d.i || "")) : "",
        entities: ""
      });
    }
    // A brief's entities: the names and other names of the actors,
    // countries and topics whose b lists it, which the index leaves out
    // of its words.
    for (i = 0; i < out.docs.length; i++) {
      var e = out.docs[i], b = e.doc.b || [], at = 0;
      for (k = 0; k < b.length; k++) {
        at += b[k];
        var named = out.docs[at];
        if (named) {
          named.entities += (named.entities ? " | " : "") + e.title + (e.aliases ? " | " + e.aliases : "");
        }
      }
    }
    return out;
  }

  // How a piece of a term matches a word: inside it, at its start only,
  // or only the whole word.
  var IN_WORD = 0, WORD_START = 1, WHOLE_WORD = 2;

  // SHORT is a piece of one letter or digit of a script that spaces its
  // words, "u" of "u.s.", which as part of a word is in nearly every
  // document: in a term of several pieces, it matches only a word of its
  // own. A Chinese or Japanese character may be a word, and matches inside
  // the runs of characters the index has as words. LETTER is a letter.
  var SHORT = (function () {
    try {
      return new RegExp("^(?![\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}])[\\p{L}\\p{N}]$", "u");
    } catch (e) {
      return /^[0-9a-z]$/;
    }
  })();
  var LETTER = (function () {
    try {
      return new RegExp("^\\p{L}$", "u");
    } catch (e) {
      return /^[a-z]$/;
    }
  })();

  // termMatches returns how term matches: its pieces, the words the index
  // has of it, "port-au-prince" as "port", "au" and "prince" (the term
  // itself if it has one piece or none); how each matches a word (inside
  // it if INSIDE, else at its start; a SHORT one whole, or by its start if
  // it ends the term, "u.s" as a reader types it); and for each, by
  // document number, the score wordMatches gives it. A term of one-letter pieces, "u.s.", is also its letters
  // written together, joined, "us", as a word.
  function termMatches(words, term) {
    var pieces = term.split(NOT_WORD).filter(function (p) { return p; });
    if (pieces.length < 2) {
      pieces = [pieces.length ? pieces[0] : term];
    }
    var m = { term: term, pieces: pieces, how: [], docs: [], wordStart: false, joined: "", joinedDocs: null };
    var letters = pieces.length > 1;
    for (var k = 0; k < pieces.length; k++) {
      var p = pieces[k], how = INSIDE.test(p) ? IN_WORD : WORD_START;
      if (pieces.length > 1 && SHORT.test(p)) {
        how = k === pieces.length - 1 && term.slice(-p.length) === p ? WORD_START : WHOLE_WORD;
      }
      letters = letters && how !== IN_WORD && LETTER.test(p);
      m.how.push(how);
      m.docs.push(wordMatches(words, p, how));
    }
    // A term that starts with a SHORT piece matches a field at a word's
    // start only.
    m.wordStart = m.how[0] !== IN_WORD && term.indexOf(pieces[0]) === 0;
    if (letters) {
      m.joined = pieces.join("");
      m.joinedDocs = wordMatches(words, m.joined, WHOLE_WORD);
    }
    return m;
  }

  // wordScore returns 3 if w is a word of field, as the index cuts words
  // (NOT_WORD), 2 if, with prefix, it starts one, and 0 if neither.
  function wordScore(field, w, prefix) {
    var best = 0;
    for (var at = field.indexOf(w); at >= 0; at = field.indexOf(w, at + 1)) {
      if (at === 0 || NOT_WORD.test(field.charAt(at - 1))) {
        var end = at + w.length;
        if (end === field.length || NOT_WORD.test(field.charAt(end))) {
          return 3;
        }
        if (prefix) {
          best = 2;
        }
      }
    }
    return best;
  }

  // fieldScore returns the score of the term of m, what termMatches
  // returns, against a folded field: as matchScore's, but that a term that
  // starts with a piece not INSIDE must start a word, and a joined term's
  // letters may be a word of the field instead.
  function fieldScore(field, m) {
    var s = m.wordStart ? wordScore(field, m.term, true) : matchScore(field, m.term);
    return m.joined ? Math.max(s, wordScore(field, m.joined, false)) : s;
  }

  // pieceScore returns the score of piece k of m against a folded field.
  function pieceScore(field, m, k) {
    var how = m.how[k];
    return how === IN_WORD ? matchScore(field, m.pieces[k]) : wordScore(field, m.pieces[k], how === WORD_START);
  }

  // restScore returns the score of a term against the rest of document
  // p's body, its number i, from what termMatches returns for it, m. A
  // term of several pieces must match each of them and scores as its
  // weakest piece. A piece may match in the document's title, aliases,
  // entities, summary or start of body instead of the words of the rest:
  // the index leaves out of the rest's words those they have, "port" of a
  // brief that starts "The port…" and later names Port-au-Prince.
  function restScore(p, i, m) {
    if (m.pieces.length === 1) {
      return m.docs[0][i] || 0;
    }
    var score = 3;
    for (var k = 0; k < m.pieces.length && score; k++) {
      score = Math.min(score, Math.max(m.docs[k][i] || 0, pieceScore(p.title, m, k),
        pieceScore(p.aliases, m, k), pieceScore(p.entities, m, k), pieceScore(p.date, m, k), pieceScore(p.summary, m, k), pieceScore(p.body, m, k)));
    }
    return m.joined ? Math.max(score, m.joinedDocs[i] || 0) : score;
  }

  // wordMatches returns, by document number, the score matchScore gives
  // the best word of the rest of its body for term: 3 for the documents
  // with term as a word, 2 for those with a word that starts with it, and,
  // how being IN_WORD, 1 for those with one that contains it; how being
  // WHOLE_WORD, only those whose word is term.
  function wordMatches(words, term, how) {
    var out = {};
    for (var i = 0; i < words.length; i++) {
      var word = words[i].word, at = how === IN_WORD ? word.indexOf(term) : word.lastIndexOf(term, 0);
      if (at < 0 || how !== IN_WORD && at > 0 || how === WHOLE_WORD && word.length !== term.length) {
        continue;
      }
      var s = how === IN_WORD ? (at === 0 ? 2 : 1) : word.length === term.length ? 3 : 2, docs = words[i].docs;
      for (var k = 0; k < docs.length; k++) {
        if (!(out[docs[k]] >= s)) {
          out[docs[k]] = s;
        }
      }
    }
    return out;
  }

  // Weights of where a term matches. A document ranks by what of it the
  // query names, then by how much of the query its text has:
  //
  //   - a title or name, then an alias (the entity's other names), which
  //     outrank everything else: a brief or profile the query names ranks
  //     first. A brief whose title has another name of an entity the
  //     query names whole counts as naming it by an alias: "PNH" is the
  //     Haitian National Police's alias, so a brief titled "... the
  //     Haitian National Police" scores as an alias the query's terms
  //     start would, above any text;
  //   - the names of a brief's actors, countries and topics (and their
  //     other names): a brief filed under the topic "Human rights" above
  //     one whose text has those words;
  //   - a brief's date, "June 2015" above a brief whose text has 2015;
  //   - the text, all of it alike: summary, start of the body, the rest of
  //     it and the sources. A profile's summary is text as a brief's body
  //     is: "Italy: contributor to the MSS mission." is no more about the
  //     MSS than a brief that reports on it.
  //
  // Each term scores the best place it matches, 3 for a whole word and 2
  // for a word's start (see matchScore), times its weight; a document's
  // score is its terms' sum. Equal scores keep the index's order: briefs
  // newest first, then actors, countries and topics.
  var TITLE = 50, ALIAS = 40, ENTITY = 20, DATE = 10, TEXT = 1;

  // search returns the documents that contain every term of query, best
  // first: a title or alias equal to the query first, then by where each
  // term matches, as the weights above say.
  function search(prepared, query) {
    var ts = terms(query), results = [], inWords = [];
    if (!ts.length) {
      return results;
    }
    for (var j = 0; j < ts.length; j++) {
      inWords.push(termMatches(prepared.words, ts[j]));
    }
    // whole is the query as a name is folded, elided forms and all.
    var together = phrases(query), whole = queryWords(query, false).join(" "), names = [];
    for (var i = 0; i < prepared.docs.length; i++) {
      var e = prepared.docs[i];
      if (e.doc.k !== "brief" && (e.name === whole || e.aliasList.indexOf(whole) >= 0)) {
        names = names.concat([e.name], e.aliasList);
      }
    }
    names = names.filter(function (n) { return n && n !== whole; });
    for (i = 0; i < prepared.docs.length; i++) {
      var p = prepared.docs[i], score = 0, ok = true;
      for (j = 0; j < ts.length && ok; j++) {
        var m = inWords[j];
        var s = Math.max(
          TITLE * fieldScore(p.title, m),
          ALIAS * fieldScore(p.aliases, m),
          ENTITY * fieldScore(p.entities, m),
          DATE * fieldScore(p.date, m),
          TEXT * Math.max(fieldScore(p.summary, m), fieldScore(p.body, m), restScore(p, i, m)));
        if (s === 0) {
          ok = false;
        }
        score += s;
      }
      if (p.doc.k === "brief") {
        for (var k = 0; k < names.length; k++) {
          if (wordScore(p.title, names[k], false)) {
            score = ok ? Math.max(score, ALIAS * 2 * ts.length) : ALIAS * 2 * ts.length;
            ok = true;
            break;
          }
        }
      }
      // Quoted words must stand together in the title, aliases, entities,
      // date, summary or start of the body; the index keeps the rest of a body
      // as its words alone, where a document whose start does not have
      // them together may have them, so such a one is kept, after those
      // that have them together.
      var apart = 0;
      for (k = 0; k < together.length && ok; k++) {
        var re = together[k];
        if (!re.test(p.title) && !re.test(p.aliases) && !re.test(p.entities) && !re.test(p.date) && !re.test(p.summary) && !re.test(p.body)) {
          apart = 1;
          ok = prepared.rest[i] === true;
        }
      }
      if (ok) {
        if (p.name === whole) {
          score += 1000;
        } else if (p.aliasList.indexOf(whole) >= 0) {
          score += 500;
        }
        results.push({ doc: p.doc, score: score, order: p.order, apart: apart });
      }
    }
    results.sort(function (a, b) {
      return a.apart - b.apart || b.score - a.score || a.order - b.order;
    });
    return results;
  }

  // snippet returns the part of the document's text to show under the
  // result and the ranges of it that match: [{text, mark}].
  function snippet(doc, ts) {
    var fields = [doc.s || "", doc.x || ""];
    var text = fields[0], start = -1;
    for (var f = 0; f < fields.length && start < 0; f++) {
      var fm = foldMap(fields[f]);
      for (var j = 0; j < ts.length; j++) {
        var at = findTerm(fm, ts[j], 0);
        if (at >= 0 && (start < 0 || fm.starts[at] < start)) {
          text = fields[f];
          start = fm.starts[at];
        }
      }
    }
    if (!text) {
      text = doc.x || "";
    }
    var from = 0;
    if (start > SNIPPET_BEFORE) {
      from = text.lastIndexOf(" ", start - SNIPPET_BEFORE);
      from = from < 0 ? 0 : from + 1;
    }
    var to = Math.min(text.length, from + SNIPPET_LEN);
    if (to < text.length) {
      var space = text.lastIndexOf(" ", to);
      if (space > start) {
        to = space;
      }
    }
    var part = text.slice(from, to);
    return {
      before: from > 0,
      after: to < text.length,
      pieces: highlight(part, ts)
    };
  }

  // highlight splits text into pieces, marking those that match a term.
  function highlight(text, ts) {
    var fm = foldMap(text), marks = [];
    for (var j = 0; j < ts.length; j++) {
      var at = findTerm(fm, ts[j], 0);
      while (at >= 0) {
        marks.push([fm.starts[at], fm.ends[at + ts[j].length - 1]]);
        at = findTerm(fm, ts[j], at + ts[j].length);
      }
    }
    marks.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var pieces = [], pos = 0;
    for (var i = 0; i < marks.length; i++) {
      var m = marks[i];
      if (m[1] <= pos) {
        continue;
      }
      var s = Math.max(m[0], pos);
      if (s > pos) {
        pieces.push({ text: text.slice(pos, s), mark: false });
      }
      pieces.push({ text: text.slice(s, m[1]), mark: true });
      pos = m[1];
    }
    if (pos < text.length) {
      pieces.push({ text: text.slice(pos), mark: false });
    }
    return pieces;
  }

  // translator returns a function that gives a text shown here in the
  // page's words: its translation in words (the search page's data-words,
  // by the English text) with args put in for its %d and %s, numbered
  // ones (%[2]s) too, as Go's fmt puts them in the theme's pages, and a
  // number for %d grouped as the page's language, lang, writes numbers
  // ("12,345"; "12 345" in French), in Latin digits, as the pages have.
  function translator(words, lang) {
    var numbers = null;
    try {
      numbers = new Intl.NumberFormat(lang || "en", { numberingSystem: "latn" });
    } catch (e) {
      numbers = null;
    }
    function number(n) {
      return numbers && typeof n === "number" && Math.abs(n) >= 1000 ? numbers.format(n) : String(n);
    }
    return function (text) {
      var s = Object.prototype.hasOwnProperty.call(words, text) ? String(words[text]) : text;
      var args = Array.prototype.slice.call(arguments, 1);
      if (!args.length) {
        return s; // a text without arguments is shown as written, % and all
      }
      var next = 0;
      return s.replace(/%(?:\[(\d+)\])?([ds%])/g, function (all, n, verb) {
        if (verb === "%") {
          return "%";
        }
        var i = n ? Number(n) - 1 : next;
        next = i + 1;
        if (i >= args.length) {
          return all;
        }
        return verb === "d" ? number(args[i]) : String(args[i]);
      });
    };
  }

  // counter returns a function that gives the text to say n things
  // with in the page's language: text, or the translation of its form for
  // n by the language's plural rules ("%d results|few" in Russian), when
  // words has one.
  function counter(words, lang) {
    var rules = null;
    try {
      rules = new Intl.PluralRules(lang || "en");
    } catch (e) {
      rules = null;
    }
    return function (text, n) {
      var form = rules ? rules.select(n) : n === 1 ? "one" : "other";
      var key = text + "|" + form;
      return Object.prototype.hasOwnProperty.call(words, key) ? key : text;
    };
  }

  var api = { fold: fold, foldField: foldField, terms: terms, prepare: prepare, search: search, snippet: snippet, highlight: highlight, translator: translator, counter: counter };
  if (typeof window !== "undefined") {
    window.BriefSearch = api;
  }
  if (typeof module !== "undefined" && module.exports) {
    module.exports = api;
  }
  if (typeof document === "undefined") {
    return;
  }

  var KIND_NAMES = { brief: "Brief", actor: "Actor", country: "Country", topic: "Topic", page: "Page" };

  function queryParam() {
    var m = /[?&]q=([^&#]*)/.exec(window.location.search);
    if (!m) {
      return "";
    }
    try {
      return decodeURIComponent(m[1].replace(/\+/g, " "));
    } catch (e) {
      return "";
    }
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  function start() {
    var input = document.getElementById("q");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!input || !list || !status) {
      return;
    }
    var root = list.getAttribute("data-root");
    if (root === null) {
      root = "../";
    }
    var words = {};
    try {
      words = JSON.parse(list.getAttribute("data-words") || "{}") || {};
    } catch (e) {
      words = {};
    }
    var t = translator(words, document.documentElement.lang);
    var counted = counter(words, document.documentElement.lang);
    // prepared is null until the index has loaded: the page loads it
    // async, as it takes seconds on a slow phone (see whenLoaded).
    var prepared = null, submitted = false;
    var form = input.form;
    var timer = null;
    var last = null;
    var title = document.title;

    // more shows the next MAX_RESULTS results; the page's own button of
    // id search-more, or one made here after the list.
    var more = document.getElementById("search-more");
    if (!more) {
      more = el("button", "search-more", t("Show more"));
      more.id = "search-more";
      list.parentNode.insertBefore(more, list.nextSibling);
    }
    more.type = "button";
    more.hidden = true;
    var results = [], ts = [], query = "";

    function render(q) {
      if (!prepared || q === last) {
        return;
      }
      last = query = q;
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      ts = terms(query);
      document.title = ts.length ? t("Results for \u201c%s\u201d", query.trim()) + " \u00b7 " + title : title;
      results = ts.length ? search(prepared, query) : [];
      showMore();
    }

    // showMore adds the next MAX_RESULTS results to the list, says how
    // many are shown in the status line, which a screen reader reads out,
    // and returns the first result it added.
    function showMore() {
      var from = list.children.length, first = null;
      var shown = results.slice(from, from + MAX_RESULTS);
      for (var i = 0; i < shown.length; i++) {
        var d = shown[i].doc;
        var li = el("li", "search-result search-result-" + d.k);
        // The kind and date first, as a brief's are in lists, then the
        // title as a heading, for moving from result to result.
        var meta = KIND_NAMES[d.k] ? t(KIND_NAMES[d.k]) : d.k;
        if (d.d) {
          meta += " · " + d.d;
        }
        li.appendChild(el("p", "search-result-meta", meta));
        var a = el("a", "search-result-title", d.t);
        a.href = root + d.u;
        var heading = el("h2", "search-result-heading");
        heading.appendChild(a);
        li.appendChild(heading);
        var sn = snippet(d, ts);
        if (sn.pieces.length) {
          var p = el("p", "search-result-snippet");
          if (sn.before) {
            p.appendChild(document.createTextNode("… "));
          }
          for (var j = 0; j < sn.pieces.length; j++) {
            var piece = sn.pieces[j];
            p.appendChild(piece.mark ? el("mark", "", piece.text) : document.createTextNode(piece.text));
          }
          if (sn.after) {
            p.appendChild(document.createTextNode(" …"));
          }
          li.appendChild(p);
        }
        list.appendChild(li);
        first = first || a;
      }
      var n = list.children.length;
      if (!ts.length) {
        status.textContent = "";
      } else if (!results.length) {
        status.textContent = t("No results for \u201c%s\u201d", query);
      } else if (results.length > n) {
        status.textContent = t(counted("%d results, showing the first %d", results.length), results.length, n);
      } else {
        status.textContent = results.length === 1 ? t("1 result") : t(counted("%d results", results.length), results.length);
      }
      more.hidden = results.length <= n;
      return first;
    }

    // The button shows the next results and takes the reader to the first
    // of them (the button may go, with the last of them), while the status
    // line says how many are shown now.
    more.addEventListener("click", function () {
      var first = showMore();
      if (first) {
        first.focus();
      }
    });

    function update() {
      timer = null;
      render(input.value);
      if (window.history && window.history.replaceState) {
        try {
          var q = input.value ? "?q=" + encodeURIComponent(input.value) : "";
          window.history.replaceState(null, "", window.location.pathname + q);
        } catch (e) {
          // Some browsers refuse replaceState on file://; the URL just stays.
        }
      }
    }

    input.addEventListener("input", function () {
      if (timer !== null) {
        clearTimeout(timer);
      }
      timer = setTimeout(update, DEBOUNCE_MS);
    });
    // toResults moves focus to the status line, which a screen reader
    // then reads (the number of results), and from which the results
    // follow: the reader stays on the page, rather than be taken to the
    // first result unheard.
    function toResults() {
      if (status.textContent) {
        status.setAttribute("tabindex", "-1");
        status.focus();
      }
    }

    if (form) {
      // Enter searches now, without waiting for typing to pause; while
      // the index loads, once it has, rather than send the form, which
      // would load the page and the index again.
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        if (timer !== null) {
          clearTimeout(timer);
        }
        if (!prepared) {
          submitted = true;
          return;
        }
        update();
        toResults();
      });
    }
    var q = queryParam();
    if (q) {
      input.value = q;
    }
    // Until the index has loaded, the status line says so, and the list
    // is busy; what is typed meanwhile is searched for once it has.
    status.textContent = t("Loading search\u2026");
    list.setAttribute("aria-busy", "true");
    whenLoaded(function () {
      prepared = prepare(window.BRIEF_SEARCH);
      list.removeAttribute("aria-busy");
      status.textContent = "";
      if (submitted) {
        update();
      } else {
        render(input.value);
      }
      // A search sent from another page's form arrives here with ?q=: the
      // status line, filled as the page loads, would go unannounced.
      if (q || submitted) {
        toResults();
      }
    });
  }

  // whenLoaded calls done once the index script has run: at once if it
  // has, else when the script of search-index.js, which the search page
  // loads async, has loaded or failed to, or when the page has (a page of
  // a site's own may load it otherwise). A missing index searches as an
  // empty one.
  function whenLoaded(done) {
    if (window.BRIEF_SEARCH || document.readyState === "complete") {
      done();
      return;
    }
    var once = function () {
      if (done) {
        var d = done;
        done = null;
        d();
      }
    };
    var script = document.querySelector('script[src*="search-index.js"]');
    if (script) {
      script.addEventListener("load", once);
      script.addEventListener("error", once);
    }
    window.addEventListener("load", once);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
