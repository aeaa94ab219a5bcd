/*
 * The site index's search, filters, sort and paging, in the browser. The plans come from
 * search-data.js (window.PLANDOC_SEARCH, written by `plandoc build`); the full-text index is MiniSearch
 * (assets/vendor/minisearch.js). Works from file:// and behind the portal alike: nothing is fetched.
 * Text from the data is only ever set as textContent or attributes, never parsed as HTML.
 */
(function () {
  'use strict';
  var data = window.PLANDOC_SEARCH;
  var form = document.getElementById('portal-search');
  if (!data || !window.MiniSearch || !form) {
    return; // the printed first page stays as it is
  }
  var PAGE_SIZE = 50;
  var plans = data.plans;
  var byId = {};
  plans.forEach(function (plan) { byId[plan.id] = plan; });

  /* Vietnamese without its marks, lower case: "Chuyển đổi số" and "chuyen doi so" index alike. */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  }

  var index = new MiniSearch({
    idField: 'id',
    fields: ['n', 't', 'i', 'a', 'x'],
    extractField: function (plan, field) {
      return field === 'a' ? plan.a.join(' ') : plan[field];
    },
    processTerm: function (term) {
      var folded = fold(term);
      return folded.length > 0 ? folded : null;
    },
    searchOptions: {
      boost: { n: 6, t: 4, a: 2, i: 1.5, x: 1 },
      prefix: function (term, i, terms) { return i === terms.length - 1; },
      fuzzy: function (term) { return term.length > 4 ? 0.2 : false; },
      combineWith: 'AND'
    }
  });
  index.addAll(plans);

  var query = document.getElementById('search-query');
  var year = document.getElementById('filter-year');
  var kind = document.getElementById('filter-kind');
  var issuer = document.getElementById('filter-issuer');
  var agency = document.getElementById('filter-agency');
  var sort = document.getElementById('sort-order');
  var rows = document.getElementById('index-rows');
  var count = document.getElementById('result-count');
  var pager = document.getElementById('pager');
  var previous = document.getElementById('page-previous');
  var next = document.getElementById('page-next');
  var pageStatus = document.getElementById('page-status');
  var page = 0;

  var collator = new Intl.Collator('vi');
  function options(select, values) {
    values.forEach(function (value) {
      var option = document.createElement('option');
      option.value = String(value);
      option.textContent = String(value);
      select.appendChild(option);
    });
  }
  function distinct(pick) {
    var seen = {};
    plans.forEach(function (plan) {
      [].concat(pick(plan)).forEach(function (value) {
        if (value !== '' && value !== 0) { seen[value] = true; }
      });
    });
    return Object.keys(seen);
  }
  options(year, distinct(function (p) { return p.y; }).sort(function (a, b) { return b - a; }));
  options(kind, distinct(function (p) { return p.k; }).sort(collator.compare));
  options(issuer, distinct(function (p) { return p.i; }).sort(collator.compare));
  options(agency, distinct(function (p) { return p.a; }).sort(collator.compare));

  var numbers = new Intl.NumberFormat('vi-VN');

  function byDate(a, b) { return a.d < b.d ? -1 : a.d > b.d ? 1 : collator.compare(a.n, b.n); }
  function byTotal(a, b) {
    // Plans without a budget go last in both directions.
    if (a.v === null || b.v === null) { return (a.v === null) - (b.v === null); }
    return a.v - b.v;
  }

  function matching() {
    var text = query.value.trim();
    var found = text ? index.search(text).map(function (hit) { return byId[hit.id]; }) : plans.slice();
    var wanted = {
      y: year.value, k: kind.value, i: issuer.value, a: agency.value
    };
    found = found.filter(function (plan) {
      return (!wanted.y || String(plan.y) === wanted.y) && (!wanted.k || plan.k === wanted.k)
        && (!wanted.i || plan.i === wanted.i) && (!wanted.a || plan.a.indexOf(wanted.a) >= 0);
    });
    var order = sort.value === 'relevance' && !text ? 'date-desc' : sort.value;
    if (order === 'date-desc') { found.sort(function (a, b) { return byDate(b, a); }); }
    if (order === 'date-asc') { found.sort(byDate); }
    if (order === 'total-desc') {
      found.sort(function (a, b) { return a.v === null || b.v === null ? byTotal(a, b) : b.v - a.v; });
    }
    if (order === 'total-asc') { found.sort(byTotal); }
    return found;
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
  function row(plan) {
    var tr = document.createElement('tr');
    cell(tr, 'nowrap').appendChild(link(plan.u, plan.n));
    cell(tr, 'nowrap').textContent = plan.dt;
    var title = cell(tr, '');
    var kindLabel = document.createElement('span');
    kindLabel.className = 'index-kind';
    kindLabel.textContent = plan.k;
    title.appendChild(kindLabel);
    title.appendChild(document.createTextNode(' '));
    title.appendChild(link(plan.u, plan.t));
    cell(tr, '').textContent = plan.i;
    cell(tr, 'cell-money').textContent = plan.f;
    var downloads = cell(tr, 'downloads');
    downloads.appendChild(link(plan.p, 'PDF'));
    downloads.appendChild(document.createTextNode(' · '));
    downloads.appendChild(link(plan.j, 'JSON'));
    plan.c.forEach(function (file) {
      downloads.appendChild(document.createTextNode(' · '));
      downloads.appendChild(link(file[0], file[1]));
    });
    return tr;
  }

  function render() {
    var found = matching();
    var pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
    page = Math.min(page, pages - 1);
    var shown = found.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    var fragment = document.createDocumentFragment();
    shown.forEach(function (plan) { fragment.appendChild(row(plan)); });
    rows.replaceChildren(fragment);
    count.textContent = found.length === 0 ? 'Không tìm thấy văn bản nào.'
      : (found.length > PAGE_SIZE
        ? 'Văn bản ' + numbers.format(page * PAGE_SIZE + 1) + '–' + numbers.format(page * PAGE_SIZE + shown.length)
          + ' trong số ' + numbers.format(found.length)
        : numbers.format(found.length) + ' văn bản');
    pager.hidden = pages < 2;
    pageStatus.textContent = 'Trang ' + numbers.format(page + 1) + '/' + numbers.format(pages);
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
    remember();
  }

  /* The search lives in the address (#q=…&year=…&page=2), so a result can be bookmarked or sent. */
  var fields = { q: query, year: year, kind: kind, issuer: issuer, agency: agency, sort: sort };
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
  }

  var pending = 0;
  query.addEventListener('input', function () {
    // One search per animation frame however fast the typing.
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(function () { page = 0; render(); });
  });
  [year, kind, issuer, agency, sort].forEach(function (select) {
    select.addEventListener('change', function () { page = 0; render(); });
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  previous.addEventListener('click', function () { page -= 1; render(); });
  next.addEventListener('click', function () { page += 1; render(); });

  form.hidden = false;
  restore();
  // On a phone the filters fold away under their summary, unless the address already sets one.
  var filtered = [year, kind, issuer, agency].some(function (select) { return select.value; })
    || sort.value !== 'relevance';
  if (window.matchMedia('(max-width: 40rem)').matches && !filtered) {
    document.getElementById('search-more').open = false;
  }
  render();
}());
