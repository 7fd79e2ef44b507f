// Draws a docanalysis result over its article. One script serves both the
// file "docanalysis analyze --html" writes, where the result is embedded as
// JSON, and the page the server serves, where a form sends text to the JSON
// API. Offsets are UTF-16 code units, as JavaScript strings count.
(function () {
  'use strict';

  var API = '/v1/documents:analyze';
  var PALETTE = 12;
  var TYPES = {
    ACTOR_TYPE_PERSON: 'person', ACTOR_TYPE_ORGANIZATION: 'organisation',
    ACTOR_TYPE_COUNTRY: 'country', ACTOR_TYPE_GROUP: 'group', ACTOR_TYPE_LOCATION: 'place'
  };
  // Spans that start at one place nest outer kinds first, so that a
  // mention sits inside the key point or evidence sentence holding it,
  // and every span inside its paragraph.
  var PARAGRAPH = -1, KEY_POINT = 0, EVIDENCE = 1, MENTION = 2;
  // A paragraph ends after a run of blank lines.
  var PARAGRAPH_END = /\n[ \t\r]*\n\s*/g;

  // CR is written as a reference because the HTML parser turns a raw CR
  // LF into LF, and NUL as U+FFFD because it drops a raw NUL: either would
  // shift every offset after it.
  var SPECIAL = /[&<>"\r\0]/g;
  var ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;', '\0': '&#65533;' };
  function esc(s) { return String(s).replace(SPECIAL, function (c) { return ENTITY[c]; }); }
  // The JSON mapping leaves out zero values and may quote 64-bit numbers.
  function num(v) { return typeof v === 'number' ? v : (v ? Number(v) : 0); }
  function list(v) { return Array.isArray(v) ? v : []; }
  function count(n, noun) { return n + ' ' + noun + (n === 1 ? '' : 's'); }
  function pct(v) { return Math.round(num(v) * 100) + '%'; }
  function excerpt(s, n) { s = String(s).replace(/\s+/g, ' ').trim(); return s.length > n ? s.slice(0, n - 1) + '…' : s; }

  // current holds what the last draw drew, for the event handlers.
  var current = { actors: [] };

  var $ = function (id) { return document.getElementById(id); };

  // before orders spans: by start, paragraphs first, longer first, outer
  // kinds first.
  function before(x, y) {
    return x.b - y.b || (x.rank === PARAGRAPH ? -1 : 0) - (y.rank === PARAGRAPH ? -1 : 0) || y.e - x.e || x.rank - y.rank;
  }

  // paragraphs adds a block per paragraph, separators included, so that the
  // article's text is unchanged and the browser lays out only the
  // paragraphs on screen (content-visibility in the style).
  function paragraphs(text, spans) {
    var item = element('div', '', ' class="para"'), start = 0, m;
    PARAGRAPH_END.lastIndex = 0;
    while ((m = PARAGRAPH_END.exec(text)) !== null) {
      if (m.index + m[0].length >= text.length) break;
      spans.push({ b: start, e: m.index + m[0].length, rank: PARAGRAPH, item: item });
      start = m.index + m[0].length;
    }
    spans.push({ b: start, e: text.length, rank: PARAGRAPH, item: item });
  }

  // markup returns text as HTML with every span's element around its
  // text. Spans nest; one that crosses the span holding it is drawn in
  // pieces, the first carrying its id.
  function markup(text, spans) {
    spans.sort(before);
    var out = [], stack = [], pending = [], pos = 0, i = 0, s, t;
    function upto(to) {
      if (to > pos) { out.push(esc(text.slice(pos, to))); pos = to; }
    }
    while (i < spans.length || pending.length) {
      if (pending.length && (i >= spans.length || before(pending[0], spans[i]) <= 0)) {
        s = pending.shift();
      } else {
        s = spans[i++];
      }
      if (s.e <= s.b || s.b < 0 || s.e > text.length) continue;
      while (stack.length && stack[stack.length - 1].e <= s.b) {
        t = stack.pop(); upto(t.e); out.push(t.item.close);
      }
      upto(s.b);
      t = stack[stack.length - 1];
      if (t && s.e > t.e) {
        var rest = { b: t.e, e: s.e, rank: s.rank, item: s.item, piece: true };
        var k = 0;
        while (k < pending.length && before(pending[k], rest) <= 0) k++;
        pending.splice(k, 0, rest);
        s = { b: s.b, e: t.e, rank: s.rank, item: s.item, piece: s.piece };
      }
      out.push(s.piece ? s.item.piece : s.item.open);
      stack.push(s);
    }
    while (stack.length) { t = stack.pop(); upto(t.e); out.push(t.item.close); }
    upto(text.length);
    return out.join('');
  }

  // element returns the opening tags of a drawn span: whole, and as a
  // later piece (no id).
  function element(tag, id, attrs) {
    return {
      open: '<' + tag + (id ? ' id="' + id + '"' : '') + attrs + '>',
      piece: '<' + tag + attrs + '>',
      close: '</' + tag + '>'
    };
  }

  function actorType(a) { return TYPES[a.type] || 'actor'; }

  // chip is an actor's name in its colour and number, for legend and cards.
  function chip(actors, byId, id) {
    var k = byId[id];
    if (k === undefined) return '<span class="who">' + esc(id) + '</span>';
    return '<span class="who c' + (k % PALETTE) + '"><span class="num">' + (k + 1) + '</span>' + esc(actors[k].name || id) + '</span>';
  }

  function draw(text, analysis) {
    var started = performance.now();
    var a = analysis || {};
    var actors = current.actors = list(a.actors), disputes = list(a.disputedPoints), agreements = list(a.agreements);
    var keyPoints = list(a.summary && a.summary.keyPoints);
    var spans = [], byId = {};

    actors.forEach(function (ac, k) {
      byId[ac.id] = k;
      // No title here: a 1 MiB article has tens of thousands of mentions,
      // and the browser parses each attribute; showTitle adds it on demand.
      var item = element('span', '', ' class="m c' + (k % PALETTE) + '" data-actor="' + k + '" data-n="' + (k + 1) + '"');
      list(ac.mentions).forEach(function (m) {
        var sp = m.span || {};
        spans.push({ b: num(sp.begin), e: num(sp.end), rank: MENTION, item: item });
      });
    });

    keyPoints.forEach(function (kp, k) {
      var sp = kp.span || {};
      spans.push({ b: num(sp.begin), e: num(sp.end), rank: KEY_POINT,
        item: element('mark', 'kp-' + (k + 1), ' class="kp" title="Key point ' + (k + 1) + '"') });
    });

    // One element per distinct evidence span, however many points cite it.
    var evidence = {}, evidenceList = [];
    function cite(sp, card, label, topic) {
      sp = sp || {};
      var b = num(sp.begin), e = num(sp.end), key = b + ':' + e, ev = evidence[key];
      if (!ev) {
        ev = evidence[key] = { id: 'ev-' + (evidenceList.length + 1), b: b, e: e, content: sp.content || '', cards: [], labels: [], topics: [] };
        evidenceList.push(ev);
      }
      if (ev.cards.indexOf(card) < 0) { ev.cards.push(card); ev.labels.push(label); ev.topics.push(topic); }
      return ev;
    }
    var cards = [];
    disputes.forEach(function (d, k) {
      var card = 'card-d' + (k + 1), label = 'D' + (k + 1), topic = d.topic || 'disputed point';
      var c = { id: card, label: label, point: d, kind: 'dispute', evidence: [], positions: [] };
      list(d.evidence).forEach(function (sp) { c.evidence.push(cite(sp, card, label, topic)); });
      list(d.positions).forEach(function (p) {
        c.positions.push({ p: p, evidence: list(p.evidence).map(function (sp) { return cite(sp, card, label, topic); }) });
      });
      cards.push(c);
    });
    agreements.forEach(function (g, k) {
      var card = 'card-a' + (k + 1), label = 'A' + (k + 1), topic = g.topic || 'agreement';
      var c = { id: card, label: label, point: g, kind: 'agree', evidence: [] };
      list(g.evidence).forEach(function (sp) { c.evidence.push(cite(sp, card, label, topic)); });
      cards.push(c);
    });
    evidenceList.forEach(function (ev) {
      spans.push({ b: ev.b, e: ev.e, rank: EVIDENCE, item: element('span', ev.id,
        ' class="ev" tabindex="0" role="link" data-label="' + ev.labels.join(' ') + '" data-cards="' + ev.cards.join(' ') +
        '" title="' + esc('Evidence for ' + ev.topics.join('; ') + ' (Enter opens the card)') + '"') });
    });

    paragraphs(text, spans);
    var t1 = performance.now();
    var html = markup(text, spans);
    var t2 = performance.now();
    var article = $('article');
    article.classList.remove('focusing');
    article.innerHTML = html;
    var t3 = performance.now();

    drawLegend(actors);
    drawSummary(a.summary, keyPoints);
    drawCards(cards, actors, byId);
    // Where the time goes, for the benchmark: building the spans, the
    // markup, the article's DOM, and the panels beside it.
    window.docanalysis.phases = { spans: t1 - started, markup: t2 - t1, dom: t3 - t2, panels: performance.now() - t3 };

    var result = $('result');
    result.hidden = false;
    var ms = performance.now() - started;
    window.docanalysis.lastDrawMs = ms;
    result.setAttribute('data-drawn', String(++window.docanalysis.draws));
    return ms;
  }

  function drawLegend(actors) {
    var counts = actors.map(function (ac) { return list(ac.mentions).length; });
    $('legend').innerHTML = actors.length ? actors.map(function (ac, k) {
      var also = list(ac.aliases).filter(function (x) { return x !== ac.name; });
      return '<li><button type="button" class="c' + (k % PALETTE) + '" aria-pressed="false" data-actor="' + k + '">' +
        '<span class="num">' + (k + 1) + '</span>' + esc(ac.name || ac.id) + '</button>' +
        '<span class="sal">' + pct(ac.salience) + '</span>' +
        '<span class="meta">' + esc(actorType(ac)) + ' · ' + count(counts[k], 'mention') +
        (also.length ? ' · also ' + esc(excerpt(also.join(', '), 60)) : '') +
        '<meter min="0" max="1" value="' + num(ac.salience) + '" aria-label="salience ' + pct(ac.salience) + '"></meter></span></li>';
    }).join('') : '<li class="empty">No actors found.</li>';
  }

  function drawSummary(summary, keyPoints) {
    var s = summary || {}, html = '';
    if (s.gist) html += '<h3>Gist</h3><p>' + esc(s.gist) + '</p>';
    if (keyPoints.length) {
      html += '<h3>Key points</h3><ol>' + keyPoints.map(function (kp, k) {
        return '<li><a href="#kp-' + (k + 1) + '">' + esc(excerpt((kp.span || {}).content || '', 90)) + '</a></li>';
      }).join('') + '</ol>';
    }
    var words = list(s.keywords);
    if (words.length) html += '<p class="keywords">Keywords: ' + esc(words.join(', ')) + '</p>';
    $('summary').innerHTML = html ? '<div class="summary">' + html + '</div>' : '';
  }

  function evidenceLinks(evs) {
    return evs.map(function (ev) {
      return '<a href="#' + ev.id + '">“' + esc(excerpt(ev.content, 48)) + '”</a>';
    }).join(', ');
  }

  function drawCards(cards, actors, byId) {
    $('cards').innerHTML = cards.length ? cards.map(function (c) {
      var p = c.point, html = '<article class="card' + (c.kind === 'agree' ? ' agree' : '') + '" id="' + c.id +
        '" tabindex="-1" aria-labelledby="' + c.id + '-h">' +
        '<p class="kind">' + (c.kind === 'agree' ? 'Agreement ' : 'Disputed point ') + c.label + '</p>' +
        '<h3 id="' + c.id + '-h">' + esc(p.topic || '(no topic)') + '</h3>';
      if (p.description) html += '<p>' + esc(p.description) + '</p>';
      if (c.kind === 'dispute') {
        html += '<ul class="positions">' + c.positions.map(function (pos) {
          var q = pos.p;
          return '<li>' + chip(actors, byId, q.actorId) + ' holds: ' + esc(q.statement || '') +
            (pos.evidence.length ? ' <span class="cite">(' + evidenceLinks(pos.evidence) + ')</span>' : '') + '</li>';
        }).join('') + '</ul>';
      } else {
        html += '<p>Agreeing: ' + list(p.actorIds).map(function (id) { return chip(actors, byId, id); }).join(' ') + '</p>';
      }
      if (c.evidence.length) html += '<p>Read from: ' + evidenceLinks(c.evidence) + '</p>';
      html += '<p class="conf">Confidence ' + pct(p.confidence) + '</p></article>';
      return html;
    }).join('') : '<p class="empty">No disputed points or agreements found.</p>';
  }

  // open goes to an evidence element's cards: the first is scrolled to
  // and focused, all are lit.
  function openCards(ev) {
    var ids = (ev.getAttribute('data-cards') || '').split(' ').filter(Boolean);
    document.querySelectorAll('.card.lit').forEach(function (c) { c.classList.remove('lit'); });
    ids.forEach(function (id) { var c = $(id); if (c) c.classList.add('lit'); });
    var first = ids.length && $(ids[0]);
    if (first) { first.scrollIntoView({ block: 'nearest' }); first.focus({ preventScroll: true }); }
  }

  // showTitle names a mention's actor when the pointer reaches it.
  function showTitle(e) {
    var m = e.target.closest && e.target.closest('.m');
    if (!m || m.title) return;
    var ac = current.actors[Number(m.getAttribute('data-actor'))];
    if (ac) m.title = (ac.name || ac.id) + ' (' + actorType(ac) + ')';
  }

  function wire() {
    var article = $('article');
    article.addEventListener('mouseover', showTitle);
    article.addEventListener('click', function (e) {
      var ev = e.target.closest && e.target.closest('.ev');
      if (ev) openCards(ev);
    });
    article.addEventListener('keydown', function (e) {
      if ((e.key === 'Enter' || e.key === ' ') && e.target.classList && e.target.classList.contains('ev')) {
        e.preventDefault();
        openCards(e.target);
      }
    });
    $('legend').addEventListener('click', function (e) {
      var btn = e.target.closest && e.target.closest('button[data-actor]');
      if (!btn) return;
      var on = btn.getAttribute('aria-pressed') !== 'true';
      btn.setAttribute('aria-pressed', String(on));
      var k = btn.getAttribute('data-actor');
      article.querySelectorAll('.m[data-actor="' + k + '"]').forEach(function (m) { m.classList.toggle('on', on); });
      article.classList.toggle('focusing', !!document.querySelector('#legend button[aria-pressed="true"]'));
    });

    var form = $('ask');
    if (!form) return;
    var ta = $('text'), file = $('file'), key = $('key'), go = $('go'), status = $('status');
    function say(msg, bad) { status.textContent = msg; status.classList.toggle('error', !!bad); status.setAttribute('role', bad ? 'alert' : 'status'); }
    file.addEventListener('change', function () {
      var f = file.files && file.files[0];
      if (!f) return;
      f.text().then(function (t) { ta.value = t; say('Read ' + f.name + '; press Analyze.'); },
        function () { say('Could not read ' + f.name + '.', true); });
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var text = ta.value;
      if (!text.trim()) { say('Paste an article or choose a file first.', true); return; }
      go.disabled = true;
      say('Analysing…');
      var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
      // The key goes only to this origin's API, as the gRPC bearer token.
      if (key.value.trim()) headers.Authorization = 'Bearer ' + key.value.trim();
      fetch(API, {
        method: 'POST',
        headers: headers,
        body: JSON.stringify({ document: { text: text }, encodingType: 'ENCODING_TYPE_UTF16' })
      }).then(function (r) {
        return r.text().then(function (body) {
          var j = null;
          try { j = JSON.parse(body); } catch (err) { /* not JSON: reported below */ }
          if (!r.ok) throw new Error((j && j.message) || ('HTTP ' + r.status));
          if (!j || !j.analysis) throw new Error('the answer holds no analysis');
          return j.analysis;
        });
      }).then(function (analysis) {
        draw(text, analysis);
        say('Found ' + count(list(analysis.actors).length, 'actor') + ', ' +
          count(list(analysis.disputedPoints).length, 'disputed point') + ' and ' +
          count(list(analysis.agreements).length, 'agreement') + '.');
      }).catch(function (err) {
        say('Could not analyse the text: ' + err.message, true);
      }).then(function () { go.disabled = false; });
    });
  }

  window.docanalysis = { draw: draw, draws: 0, lastDrawMs: 0 };
  wire();
  var data = $('analysis-data');
  if (data) {
    var d = JSON.parse(data.textContent);
    draw(d.text, d.analysis);
  }
})();
