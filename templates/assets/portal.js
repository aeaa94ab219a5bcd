/*
 * The site index's search, filters, sort and paging, in the browser. Written by `plandoc build`:
 * search/first-page.js (loaded with the page: plan count, filter values, first page of the list),
 * search/plans.js (every plan's row, loaded on the first search, filter or page turn), and the full-text
 * index in MiniSearch's serialised form (search/index.js and, per first letters, search/terms/*.js,
 * loaded only when a search needs them). The index is built by plandoc, searched by MiniSearch
 * (assets/vendor/minisearch.js, also loaded on the first search). Everything is a script, never a
 * fetch(), so it works from file:// and behind the portal alike. Text from the data is only ever set
 * as textContent or attributes, never parsed as HTML.
 */
(function () {
  'use strict';
  var first = window.PLANDOC_FIRST;
  var form = document.getElementById('portal-search');
  var script = document.currentScript;
  if (!first || !form || !script || !window.Promise) {
    return; // the printed first page stays as it is
  }
  var PAGE_SIZE = first.pageSize;
  var LIBRARY = script.getAttribute('data-minisearch');
  /* The page's words in the site's language (templates place them from site_*.properties on this script's
     data- attributes); "{total}" and the like are filled in here. */
  function say(name, values) {
    return (script.getAttribute('data-' + name) || '').replace(/\{(\w+)\}/g, function (all, key) {
      return values && key in values ? values[key] : all;
    });
  }
  var plans = null; // the catalogue, once loaded
  var byId = {};
  var index = null; // MiniSearch over the chunks loaded so far
  var chunks = {}; // chunk key -> true once its terms are in `index`

  /* Vietnamese without its marks, lower case: "Chuyển đổi số" and "chuyen doi so" index alike (SearchText.java). */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  }
  var SEPARATORS = /[\n\r\p{Z}\p{P}]+/u; // MiniSearch's own tokenizer, as the index was built
  function terms(text) {
    return text.split(SEPARATORS).map(fold).filter(function (term) { return term.length > 0; });
  }
  /* The last word is a prefix while it is typed, from two letters on; longer words forgive one typo. */
  function isPrefix(term, i, all) { return i === all.length - 1 && term.length >= 2; }
  var OPTIONS = {
    idField: 'id',
    fields: ['n', 't', 'i', 'a', 'x'],
    processTerm: function (term) {
      var folded = fold(term);
      return folded.length > 0 ? folded : null;
    },
    searchOptions: {
      boost: { n: 6, t: 4, a: 2, i: 1.5, x: 1 },
      prefix: isPrefix,
      fuzzy: function (term) { return term.length > 4 ? 0.2 : false; },
      combineWith: 'AND'
    }
  };

  var loading = {};
  function load(src) {
    if (!loading[src]) {
      loading[src] = new Promise(function (resolve, reject) {
        var element = document.createElement('script');
        element.src = src;
        element.onload = resolve;
        element.onerror = function () { delete loading[src]; reject(new Error(src)); };
        document.head.appendChild(element);
      });
    }
    return loading[src];
  }

  function catalogue() {
    return load('search/plans.js').then(function () {
      if (!plans) {
        plans = window.PLANDOC_PLANS.plans;
        plans.forEach(function (plan, i) {
          plan.order = i;
          byId[plan.id] = plan;
        });
      }
    });
  }

  /* The chunks a query needs: its words' first letters, and for a prefix every chunk under it. */
  function needed(manifest, words) {
    return Object.keys(manifest).filter(function (key) {
      return words.some(function (term, i) {
        return term.indexOf(key) === 0 || (isPrefix(term, i, words) && key.indexOf(term) === 0);
      });
    });
  }

  /* Turns a chunk's compact entries into MiniSearch's serialised ones: [term, {field: {plan: count}}]. */
  function expand(entries, into) {
    entries.forEach(function (entry) {
      var data = {};
      for (var k = 1; k < entry.length; k += 3) {
        var docs = {};
        var gaps = entry[k + 1];
        var counts = entry[k + 2];
        var id = 0;
        for (var j = 0; j < gaps.length; j++) {
          id += gaps[j];
          docs[id] = counts ? counts[j] : 1;
        }
        data[entry[k]] = docs;
      }
      into.push([entry[0], data]);
    });
  }

  var entries = [];
  function searchIndex(words) {
    return Promise.all([load(LIBRARY), load('search/index.js'), catalogue()]).then(function () {
      var meta = window.PLANDOC_INDEX;
      var missing = needed(meta.chunks, words).filter(function (key) { return !chunks[key]; });
      return Promise.all(missing.map(function (key) { return load(meta.chunks[key]); })).then(function () {
        // A search typed meanwhile may have taken in the same chunks: each is added once.
        var fresh = missing.filter(function (key) { return !chunks[key]; });
        if (index && fresh.length === 0) {
          return index;
        }
        fresh.forEach(function (key) {
          expand(window.PLANDOC_TERMS[key], entries);
          chunks[key] = true;
        });
        var ids = {};
        var lengths = {};
        plans.forEach(function (plan, i) {
          ids[i] = plan.id;
          lengths[i] = meta.fieldLength[i];
        });
        var fieldIds = {};
        meta.fields.forEach(function (field, i) { fieldIds[field] = i; });
        index = MiniSearch.loadJS({
          documentCount: meta.documentCount, nextId: meta.documentCount, documentIds: ids, fieldIds: fieldIds,
          fieldLength: lengths, averageFieldLength: meta.averageFieldLength, storedFields: {}, dirtCount: 0,
          index: entries, serializationVersion: 2
        }, OPTIONS);
        return index;
      });
    });
  }

  var query = document.getElementById('search-query');
  var year = document.getElementById('filter-year');
  var kind = document.getElementById('filter-kind');
  var issuer = document.getElementById('filter-issuer');
  var agency = document.getElementById('filter-agency');
  // Only on a site where some document is replaced or no longer in force (index.ftlh): else nothing to choose.
  var status = document.getElementById('filter-status') || { value: '', addEventListener: function () {} };
  var sort = document.getElementById('sort-order');
  // A phone's select shows the chosen agency on one line, cut: its full name (with its province) is written below it.
  var agencyChosen = document.getElementById('filter-agency-chosen');
  var rows = document.getElementById('index-rows');
  var listing = rows.closest('.table-scroll') || rows.closest('table');
  var count = document.getElementById('result-count');
  var pager = document.getElementById('pager');
  var previous = document.getElementById('page-previous');
  var next = document.getElementById('page-next');
  var pageStatus = document.getElementById('page-status');
  var page = 0;

  var collator = new Intl.Collator('vi');
  /* Kinds, issuers and agencies are the documents' words: marked Vietnamese on a page in another language. */
  function options(select, values, documentWords, into) {
    var lang = documentWords ? script.getAttribute('data-content-lang') : '';
    values.forEach(function (value) {
      var option = document.createElement('option');
      option.value = String(value);
      option.textContent = String(value);
      if (lang) { option.lang = lang; }
      (into || select).appendChild(option);
    });
  }
  options(year, first.facets.y.slice().sort(function (a, b) { return b - a; }), false);
  options(kind, first.facets.k.slice().sort(collator.compare), true);
  options(issuer, first.facets.i.slice().sort(collator.compare), true);
  /* The register's collective entries ("Các cơ quan liên quan") after the agencies, in a group of their own. Both in
     plandoc's order, the agency view's (a browser's collation may differ from it on commas and spaces). */
  var collectives = first.facets.ag || [];
  options(agency, first.facets.a.filter(function (name) { return collectives.indexOf(name) < 0; }), true);
  if (collectives.length) {
    var collectiveGroup = document.createElement('optgroup');
    collectiveGroup.label = say('collectives');
    options(agency, collectives, true, collectiveGroup);
    agency.appendChild(collectiveGroup);
  }

  var numbers = new Intl.NumberFormat(say('locale') || 'vi-VN');
  // "1 document", "2 documents": the language's plural rule (English; Vietnamese has one form, no data-count-one).
  var plurals = new Intl.PluralRules(say('locale') || 'vi-VN');

  /* Ties keep the catalogue's order (newest first, then by number, as plandoc wrote it). */
  function byDate(a, b) { return a.d < b.d ? -1 : a.d > b.d ? 1 : b.order - a.order; }
  function byTotal(a, b) {
    // Plans without a budget go last in both directions.
    if (a.v === null || b.v === null) { return (a.v === null) - (b.v === null); }
    return a.v - b.v;
  }

  /* A document holding every word comes first; then, for a query of two words or more, those holding at least half
     of them, best score first (s30 review F11: "ke hoach chuyen doi so" missed the plan titled "Chuyển đổi số" that
     is a Quyết định). MiniSearch scores an OR search by the words found, boosted by field. */
  function searched(text, words) {
    var all = index.search(text);
    var seen = {};
    all.forEach(function (hit) { seen[hit.id] = true; });
    var some = words.length < 2 ? [] : index.search(text, { combineWith: 'OR' }).filter(function (hit) {
      return !seen[hit.id] && hit.queryTerms.length * 2 >= words.length;
    });
    return { all: all.map(function (hit) { return byId[hit.id]; }), some: some.map(function (hit) { return byId[hit.id]; }) };
  }

  function chosen(found) {
    var wanted = {
      y: year.value, k: kind.value, i: issuer.value, a: agency.value, s: status.value
    };
    return found.filter(function (plan) {
      return (!wanted.y || String(plan.y) === wanted.y) && (!wanted.k || plan.k === wanted.k)
        && (!wanted.i || plan.i === wanted.i) && (!wanted.a || plan.a.indexOf(wanted.a) >= 0)
        && (!wanted.s || (plan.ss || 'in-force') === wanted.s);
    });
  }

  function sorted(found, order) {
    if (order === 'date-desc') { found.sort(function (a, b) { return byDate(b, a); }); }
    if (order === 'date-asc') { found.sort(byDate); }
    if (order === 'total-desc') {
      found.sort(function (a, b) { return a.v === null || b.v === null ? byTotal(a, b) : b.v - a.v; });
    }
    if (order === 'total-asc') { found.sort(byTotal); }
    return found;
  }

  /* The plans to list, and how many of them (at the start) hold every word of the query. */
  function matching(text, words) {
    var order = sort.value === 'relevance' && !text ? 'date-desc' : sort.value;
    if (!text) {
      var every = sorted(chosen(plans.slice()), order);
      return { plans: every, full: every.length };
    }
    var hits = searched(text, words);
    var all = sorted(chosen(hits.all), order);
    return { plans: all.concat(sorted(chosen(hits.some), order)), full: all.length };
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }
  function cell(row, className) {
    var td = document.createElement('td');
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }
  /* On a phone the column headers are hidden (one card per row): the figure says what it is and its unit. */
  function cardLabel(text) {
    var span = document.createElement('span');
    span.className = 'card-label';
    span.textContent = text;
    return span;
  }
  /* The documents' own words (number, title, issuer, a table's name) are Vietnamese: marked so when the page is
     in another language. */
  var CONTENT_LANG = script.getAttribute('data-content-lang');
  function vietnamese(element) {
    if (CONTENT_LANG) { element.lang = CONTENT_LANG; }
    return element;
  }
  function row(plan) {
    var tr = document.createElement('tr');
    vietnamese(cell(tr, 'nowrap')).appendChild(link(plan.u, plan.n));
    cell(tr, 'nowrap').textContent = plan.dt;
    var title = vietnamese(cell(tr, ''));
    var kindLabel = document.createElement('span');
    kindLabel.className = 'index-kind';
    kindLabel.textContent = plan.k;
    title.appendChild(kindLabel);
    title.appendChild(document.createTextNode(' '));
    title.appendChild(link(plan.u, plan.t));
    if (plan.st) {
      /* A replaced or expired document stays listed, marked as index.ftlh marks it (class index-standing). */
      var standing = document.createElement('span');
      standing.className = 'index-standing';
      standing.lang = document.documentElement.lang;
      standing.textContent = plan.st;
      title.appendChild(document.createTextNode(' '));
      title.appendChild(standing);
    }
    if (plan.xf) {
      /* In force till a later expiry: from which day it is not, as index.ftlh says it (class index-to-expire). */
      var toExpire = document.createElement('span');
      toExpire.className = 'index-to-expire';
      toExpire.lang = document.documentElement.lang;
      toExpire.textContent = say('to-expire') + ' ' + plan.xf;
      title.appendChild(document.createTextNode(' '));
      title.appendChild(toExpire);
    }
    /* The document replacing it, those it replaces, those it amends or corrects and those amending or correcting it,
       each linked, as index.ftlh lists them. */
    (plan.rl || []).forEach(function (related) {
      var line = document.createElement('span');
      line.className = 'index-related index-related-' + related[0];
      line.lang = document.documentElement.lang;
      line.appendChild(document.createTextNode(say(related[0]) + ' '));
      /* A replaced document not on this site (no page): its citation unlinked, as index.ftlh prints it. */
      var other = related[1] ? link(related[1], related[2]) : document.createElement('span');
      if (!related[1]) { other.textContent = related[2]; }
      line.appendChild(vietnamese(other));
      /* A replacement to come, on either side: from which day (fourth), as index.ftlh prints it. */
      if (related[3]) { line.appendChild(document.createTextNode(' ' + say('from') + ' ' + related[3])); }
      title.appendChild(document.createTextNode(' '));
      title.appendChild(line);
    });
    vietnamese(cell(tr, '')).textContent = plan.i;
    var funding = cell(tr, 'cell-money');
    if (plan.f) { // a document without a budget: no "Tổng kinh phí: triệu đồng" with nothing between on a phone card
      funding.appendChild(cardLabel(say('total') + ': '));
      funding.appendChild(document.createTextNode(plan.f));
      funding.appendChild(cardLabel(' ' + say('unit')));
    }
    downloadLinks(cell(tr, 'downloads'), plan);
    return tr;
  }

  /* The downloads as the page prints them (partials/document.ftlh, macro downloads; the words are
     the script's data- attributes, from site_*.properties): the document, the data, then the tables' CSVs folded by table. */
  function group(parent, className) {
    var span = document.createElement('span');
    span.className = 'download-group ' + className;
    parent.appendChild(span);
    return span;
  }
  /* The "·" between two links, in a span a phone hides when it stacks the links (partials/document.ftlh: class sep). */
  function separator(parent) {
    var sep = document.createElement('span');
    sep.className = 'sep';
    sep.textContent = '\u00a0·';
    parent.appendChild(sep);
  }
  /* A link and the "·" after it as one unbreakable span, then a space (partials/document.ftlh: class dl). */
  function linkThenSeparator(parent, a, plan) {
    var span = document.createElement('span');
    span.className = 'dl';
    span.appendChild(a);
    sizeAfter(span, a, plan);
    separator(span);
    parent.appendChild(span);
    parent.appendChild(document.createTextNode(' '));
  }
  /* The file's size after its link, as the page prints it (partials/document.ftlh, macro size; the data's "z"). */
  function sizeAfter(parent, a, plan) {
    var size = plan.z && plan.z[a.getAttribute('href')];
    if (!size) { return; }
    var span = document.createElement('span');
    span.className = 'file-size';
    span.textContent = size;
    parent.appendChild(document.createTextNode('\u00a0'));
    parent.appendChild(span);
  }
  function downloadLinks(td, plan) {
    var documents = group(td, 'download-document');
    var data = group(td, 'download-data');
    var tables = [];
    var byName = {};
    var pdf = link(plan.p, plan.sp || say('pdf'));
    if (plan.sp) {
      pdf.className = 'signed-pdf';
      documents.appendChild(pdf);
      sizeAfter(documents, pdf, plan);
      var note = document.createElement('span');
      note.className = 'signed-note';
      note.textContent = '(' + plan.sn + ')';
      documents.appendChild(document.createTextNode(' '));
      documents.appendChild(note);
      separator(documents);
      documents.appendChild(document.createTextNode(' '));
    } else {
      linkThenSeparator(documents, pdf, plan);
    }
    plan.c.forEach(function (file) {
      if (file[2]) {
        if (!byName[file[2]]) { byName[file[2]] = []; tables.push(file[2]); }
        byName[file[2]].push(file);
      } else if (/\.(xlsx|xml)$/.test(file[0])) {
        linkThenSeparator(data, link(file[0], file[1]), plan);
      } else {
        linkThenSeparator(documents, link(file[0], file[1]), plan);
      }
    });
    var json = document.createElement('span');
    json.className = 'dl';
    json.appendChild(link(plan.j, say('json')));
    sizeAfter(json, json.firstChild, plan);
    data.appendChild(json);
    if (tables.length === 0) { return; }
    var details = document.createElement('details');
    details.className = 'download-tables';
    var summary = document.createElement('summary');
    var count = tables.reduce(function (n, name) { return n + byName[name].length; }, 0);
    summary.textContent = say('tables', { count: count });
    details.appendChild(summary);
    var list = document.createElement('ul');
    tables.forEach(function (name) {
      var item = document.createElement('li');
      var title = vietnamese(document.createElement('span'));
      title.className = 'download-table-name';
      title.textContent = name;
      item.appendChild(title);
      item.appendChild(document.createTextNode(' '));
      byName[name].forEach(function (file, i) {
        if (i > 0) { item.appendChild(document.createTextNode('\u00a0· ')); }
        var a = link(file[0], /\.data\.csv$/.test(file[0]) ? say('tidy-csv') : say('printed-csv'));
        a.setAttribute('aria-label', file[1]);
        item.appendChild(a);
      });
      list.appendChild(item);
    });
    details.appendChild(list);
    td.appendChild(details);
  }

  /* The line above the documents holding only some of the query's words (from index.ftlh version 12 on). */
  function partialHeading(count) {
    var tr = document.createElement('tr');
    tr.className = 'index-partial-heading';
    var th = document.createElement('th');
    th.colSpan = 6;
    th.scope = 'colgroup';
    th.textContent = say('partial', { total: numbers.format(count) });
    tr.appendChild(th);
    return tr;
  }

  /* Nothing found: what to try, after the words searched and after the filters chosen (index.ftlh 13 on: an older
     copy's index says "No documents found." alone). */
  function nothingFound() {
    var tries = [say('none')];
    if (query.value.trim() && script.hasAttribute('data-none-words')) {
      // The examples are the site's own newest document's (index.ftlh 16 on); a site without one gives none.
      tries.push(script.hasAttribute('data-example-number') ? say('none-words-example', {
        number: script.getAttribute('data-example-number'),
        unmarked: script.getAttribute('data-example-unmarked'),
        marked: script.getAttribute('data-example-marked')
      }) : say('none-words'));
    }
    if ([year, kind, issuer, agency, status].some(function (select) { return select.value; })
        && script.hasAttribute('data-none-filters')) {
      tries.push(say('none-filters'));
    }
    return tries.join(' ');
  }

  /* One page of `total` plans, `shown` being its rows; the page's first `full` rows hold every word searched, the
     `partial` plans of the whole list some of them. */
  function show(shown, total, full, partial) {
    var pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    var fragment = document.createDocumentFragment();
    shown.forEach(function (plan, i) {
      if (partial && i === Math.max(0, full) && script.hasAttribute('data-partial')) {
        fragment.appendChild(partialHeading(partial));
      }
      fragment.appendChild(row(plan));
    });
    rows.replaceChildren(fragment);
    listing.hidden = total === 0; // no column headers over no rows under the "nothing found" line
    count.textContent = total === 0 ? nothingFound()
      : (total > PAGE_SIZE
        ? say('range', { from: numbers.format(page * PAGE_SIZE + 1),
          to: numbers.format(page * PAGE_SIZE + shown.length), total: numbers.format(total) })
        : say(plurals.select(total) === 'one' && script.hasAttribute('data-count-one') ? 'count-one' : 'count',
          { total: numbers.format(total) }));
    if (agencyChosen) { // a province's index.ftlh older than version 9 has no such line
      agencyChosen.textContent = agency.value;
      agencyChosen.hidden = !agency.value;
    }
    pager.hidden = pages < 2;
    pageStatus.textContent = say('page', { page: numbers.format(page + 1), pages: numbers.format(pages) });
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
    remember();
  }

  var latest = 0;
  var timedFirst = false;
  /* Loads what the current state needs (catalogue, index chunks), then shows it; a newer state wins. */
  function render() {
    var ticket = ++latest;
    var text = query.value.trim();
    var words = terms(text);
    var ready = words.length > 0 ? searchIndex(words) : catalogue();
    return ready.then(function () {
      if (ticket !== latest) {
        return;
      }
      // User Timing marks, read by plandoc.bench: from the first keystroke to its results, and each search.
      if (words.length > 0 && !timedFirst && performance.getEntriesByName('plandoc-first-input').length > 0) {
        timedFirst = true;
        performance.measure('plandoc-first-results', 'plandoc-first-input');
      }
      performance.mark('plandoc-search-start');
      var found = matching(words.length > 0 ? text : '', words);
      var pages = Math.max(1, Math.ceil(found.plans.length / PAGE_SIZE));
      page = Math.min(page, pages - 1);
      show(found.plans.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE), found.plans.length,
        found.full - page * PAGE_SIZE, found.plans.length - found.full);
      performance.measure('plandoc-search', 'plandoc-search-start');
    }, function (error) {
      count.textContent = say('failed', { error: error.message });
    });
  }

  /* The search lives in the address (#q=…&year=…&page=2), so a result can be bookmarked or sent. */
  var fields = { q: query, year: year, kind: kind, issuer: issuer, agency: agency, status: status, sort: sort };
  function remember() {
    var state = new URLSearchParams();
    Object.keys(fields).forEach(function (key) {
      var value = fields[key].value;
      if (value && !(key === 'sort' && value === 'relevance')) { state.set(key, value); }
    });
    if (page > 0) { state.set('page', String(page + 1)); }
    var hash = state.toString();
    if (hash !== location.hash.replace(/^#/, '')) {
      history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
    }
  }
  function restore() {
    var state = new URLSearchParams(location.hash.replace(/^#/, ''));
    Object.keys(fields).forEach(function (key) {
      if (state.has(key)) { fields[key].value = state.get(key); }
    });
    page = Math.max(0, (parseInt(state.get('page'), 10) || 1) - 1);
    return Array.from(state.keys()).length > 0;
  }

  var pending = 0;
  query.addEventListener('input', function () {
    if (performance.getEntriesByName('plandoc-first-input').length === 0) {
      performance.mark('plandoc-first-input');
    }
    // One search per animation frame however fast the typing.
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(function () { page = 0; render(); });
  });
  [year, kind, issuer, agency, status, sort].forEach(function (select) {
    select.addEventListener('change', function () { page = 0; render(); });
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  previous.addEventListener('click', function () { page -= 1; render(); });
  next.addEventListener('click', function () { page += 1; render(); });

  form.hidden = false;
  var restored = restore();
  // On a phone the filters fold away under their summary, unless the address already sets one.
  var filtered = [year, kind, issuer, agency, status].some(function (select) { return select.value; })
    || sort.value !== 'relevance';
  if (window.matchMedia('(max-width: 40rem)').matches && !filtered) {
    document.getElementById('search-more').open = false;
  }
  // A phone's box is too narrow for the whole example: the number alone, not an agency's name cut mid-word (s36 L2).
  if (window.matchMedia('(max-width: 40rem)').matches && query.dataset.narrowPlaceholder) {
    query.placeholder = query.dataset.narrowPlaceholder;
  }
  if (restored) {
    render();
  } else {
    // The first page as plandoc wrote it; the rest of the catalogue waits for the first search or page turn.
    show(first.plans, first.count);
  }
}());
