// The inspector's one static page. Its script is plain ES2017 with no build step; it reads the event stream at
// `events`, posts fault switches to `faults` and draws with uPlot (served at `uplot.js` from its npm package).
// No template literals inside: this file is one String.raw template.

/** The inspector page's HTML. @internal */
export const inspectorPage = String.raw`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Signet emulator inspector</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="uplot.css">
<script src="uplot.js"></script>
<style>
  :root { --bg: #fbfbfa; --fg: #1d1f21; --dim: #6b7075; --line: #dcdfe2; --ok: #1f7a3a; --bad: #b3261e; --warn: #9a6200; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 13px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
  header { display: flex; align-items: baseline; gap: 1em; padding: 8px 14px; border-bottom: 1px solid var(--line); background: #fff; }
  header h1 { font-size: 15px; margin: 0; }
  #conn { color: var(--dim); }
  main { display: grid; grid-template-columns: minmax(0, 1fr) 420px; gap: 12px; padding: 12px 14px; }
  h2 { font-size: 13px; margin: 0 0 6px; text-transform: uppercase; letter-spacing: .04em; color: var(--dim); }
  h3 { font-size: 14px; margin: 0 0 6px; }
  section.panel { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px; margin-bottom: 12px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid var(--line); white-space: nowrap; }
  th { color: var(--dim); font-weight: 600; }
  #requests tbody tr { cursor: pointer; }
  #requests tbody tr:hover { background: #f1f3f5; }
  #requests tbody tr.selected { background: #e6eefc; }
  .accepted { color: var(--ok); }
  .rejected { color: var(--bad); }
  .fault { color: var(--warn); }
  #list { max-height: 260px; overflow: auto; }
  nav button { font: inherit; margin: 0 4px 6px 0; padding: 2px 8px; border: 1px solid var(--line); background: #fff; border-radius: 4px; cursor: pointer; }
  nav button.on { background: #1d1f21; color: #fff; }
  pre { margin: 0 0 8px; padding: 6px 8px; background: #f4f5f6; border-radius: 4px; white-space: pre-wrap; word-break: break-all; font: 12px/1.4 ui-monospace, monospace; }
  .label { color: var(--dim); margin: 6px 0 2px; }
  del.diff { background: #ffd7d5; color: var(--bad); text-decoration: none; font-weight: 700; }
  ins.diff { background: #d3f5dc; color: var(--ok); text-decoration: none; font-weight: 700; }
  .switches label { display: inline-flex; align-items: center; gap: 4px; width: 49%; }
  meter { width: 60px; vertical-align: middle; }
  aside td { white-space: normal; }
  #active { margin-top: 6px; }
  select { font: inherit; }
  .none { color: var(--dim); }
</style>
</head>
<body>
<header><h1>Signet emulator inspector</h1><span id="conn" data-testid="connection">connecting…</span></header>
<main>
  <div>
    <section class="panel">
      <h2>Requests</h2>
      <nav id="filters"></nav>
      <div id="list">
        <table id="requests" data-testid="requests">
          <thead><tr><th>#</th><th>exchange</th><th>method</th><th>path</th><th>status</th><th>code</th><th>verdict</th></tr></thead>
          <tbody></tbody>
        </table>
      </div>
    </section>
    <section class="panel" id="detail" data-testid="detail"><span class="none">Select a request to see what was received, signed and decided.</span></section>
  </div>
  <aside>
    <section class="panel"><h2>Fault switches</h2>
      <label>for <select id="scope" data-testid="fault-scope"><option value="">every exchange</option></select></label>
      <div id="faults" class="switches" data-testid="faults"></div>
      <div id="active" class="none"></div>
    </section>
    <section class="panel"><h2>Clocks</h2><div id="clocks"></div><div id="clockChart"></div></section>
    <section class="panel"><h2>Rate limits</h2><div id="rates" data-testid="rates"></div><div id="rateChart"></div></section>
    <section class="panel"><h2>Bans in force</h2><div id="bans" data-testid="bans"></div></section>
  </aside>
</main>
<script>
(function () {
  'use strict';
  var requests = [];
  var selected = null;
  var filter = 'all';
  var exchanges = [];
  var faultKinds = [];
  var faults = [];
  var HISTORY = 240;
  var colors = ['#2f6fdb', '#d9480f', '#2b8a3e', '#862e9c', '#c92a2a', '#0b7285', '#e67700', '#495057'];

  function $(id) { return document.getElementById(id); }
  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
  function cls(r) { return r.verdict.accepted ? 'accepted' : (r.verdict.kind.indexOf('fault') === 0 ? 'fault' : 'rejected'); }

  function renderFilters() {
    var names = ['all'].concat(exchanges.map(function (e) { return e.id; }));
    $('filters').innerHTML = names.map(function (n) {
      var count = n === 'all' ? requests.length : requests.filter(function (r) { return r.exchange === n; }).length;
      return '<button data-filter="' + esc(n) + '" class="' + (n === filter ? 'on' : '') + '">' + esc(n) + ' (' + count + ')</button>';
    }).join('');
  }
  $('filters').addEventListener('click', function (e) {
    var f = e.target.getAttribute && e.target.getAttribute('data-filter');
    if (f) { filter = f; renderFilters(); renderRequests(); }
  });

  function renderRequests() {
    var rows = requests.filter(function (r) { return filter === 'all' || r.exchange === filter; }).slice().reverse();
    $('requests').tBodies[0].innerHTML = rows.map(function (r) {
      return '<tr data-seq="' + r.seq + '" data-testid="request-row" class="' + cls(r) + (selected === r.seq ? ' selected' : '') + '">' +
        '<td>' + r.seq + '</td><td>' + esc(r.exchange) + '</td><td>' + esc(r.method) + '</td><td>' + esc(r.path) + '</td>' +
        '<td>' + (r.status || 'none') + '</td><td data-testid="code">' + esc(r.code === null ? '' : r.code) + '</td><td>' + esc(r.verdict.kind) + '</td></tr>';
    }).join('');
  }
  $('requests').addEventListener('click', function (e) {
    var tr = e.target.closest('tr[data-seq]');
    if (!tr) return;
    selected = Number(tr.getAttribute('data-seq'));
    renderRequests();
    renderDetail();
  });

  function diffLine(parts, keep, tag) {
    return parts.filter(function (p) { return p.op === 'equal' || p.op === keep; }).map(function (p) {
      return p.op === 'equal' ? esc(p.text) : '<' + tag + ' class="diff">' + esc(p.text) + '</' + tag + '>';
    }).join('');
  }

  function renderDiagnosis(d) {
    if (!d) return '';
    var html = '<h3>Diagnosis</h3>';
    if (!d.ok) return html + '<p data-testid="no-diagnosis">No diagnosis for this exchange: ' + esc(d.reason) + '.</p>';
    if (d.outcome === 'correct') html += '<p>The signature is what the exchange computes for this request: the refusal has another cause.</p>';
    else if (d.outcome === 'unknown') html += '<p>No known way of signing gives the received signature (wrong secret, or a mistake Signet does not know).</p>';
    else html += '<p data-testid="diagnosis-match"><b>' + esc(d.match.id) + '</b>: ' + esc(d.match.description) + '</p>';
    if (d.diff) {
      html += '<div class="label">What the bot signed</div><pre data-testid="diff-yours">' + diffLine(d.diff, 'delete', 'del') + '</pre>' +
        '<div class="label">What the exchange signs (from the received bytes)</div><pre data-testid="diff-correct">' + diffLine(d.diff, 'insert', 'ins') + '</pre>';
      if (d.firstDifference !== undefined) html += '<div class="label">First difference at character ' + d.firstDifference + '</div>';
    }
    if (d.alsoMatches && d.alsoMatches.length) html += '<p>Indistinguishable from: ' + esc(d.alsoMatches.join(', ')) + '</p>';
    (d.notes || []).forEach(function (n) { html += '<p class="none">' + esc(n) + '</p>'; });
    return html;
  }

  function renderDetail() {
    var r = requests.filter(function (x) { return x.seq === selected; })[0];
    if (!r) return;
    var headers = Object.keys(r.headers).map(function (k) { return k + ': ' + r.headers[k]; }).join('\n');
    var html = '<h3>#' + r.seq + ' ' + esc(r.exchange) + ' ' + esc(r.method) + ' ' + esc(r.path) + '</h3>' +
      '<p data-testid="verdict" class="' + cls(r) + '">Verdict: <b>' + esc(r.verdict.kind) + '</b>' +
      (r.code !== null ? ' — code <b data-testid="verdict-code">' + esc(r.code) + '</b>' : '') +
      (r.verdict.message ? ' — ' + esc(r.verdict.message) : '') + (r.status ? ' (HTTP ' + r.status + ')' : ' (no answer)') + '</p>' +
      '<div class="label">Received</div><pre data-testid="received">' + esc(r.method + ' ' + r.url + '\n' + headers + (r.body ? '\n\n' + r.body : '')) + '</pre>' +
      '<div class="label">String the exchange signs</div><pre data-testid="string-to-sign">' +
      esc(r.stringToSign.ok ? r.stringToSign.text : 'cannot be computed: ' + r.stringToSign.error) + '</pre>' +
      renderDiagnosis(r.diagnosis) +
      (r.response ? '<div class="label">' + (r.verdict.kind.indexOf('fault') === 0 ? 'The exchange\'s answer, which the fault replaced' : 'Answer') +
        '</div><pre>' + esc(r.response.body) + '</pre>' : '');
    $('detail').innerHTML = html;
  }

  function scope() { return $('scope').value; }
  function inScope(f) { return (f.exchange || '') === scope(); }
  function describeFault(f) {
    var where = Object.keys(f).filter(function (k) { return k !== 'kind'; }).map(function (k) { return k + ' ' + f[k]; });
    return f.kind + (where.length ? ' (' + where.join(', ') + ')' : '');
  }
  function renderFaults() {
    $('active').textContent = faults.length ? 'In force: ' + faults.map(describeFault).join('; ') : 'No fault in force.';
    $('faults').innerHTML = faultKinds.map(function (k) {
      var on = faults.some(function (f) { return f.kind === k && inScope(f); });
      return '<label><input type="checkbox" data-fault="' + esc(k) + '"' + (on ? ' checked' : '') + '> ' + esc(k) + '</label>';
    }).join('');
  }
  $('scope').addEventListener('change', renderFaults);
  $('faults').addEventListener('change', function (e) {
    var kind = e.target.getAttribute('data-fault');
    var next = faults.filter(function (f) { return f.kind !== kind || !inScope(f); });
    if (e.target.checked) next.push(scope() ? { kind: kind, exchange: scope() } : { kind: kind });
    fetch('faults', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ faults: next }) })
      .then(function (res) { if (res.ok) { faults = next; $('faults').setAttribute('data-version', String(Date.now())); } });
  });

  function chart(holder, title, unit) {
    return { holder: holder, title: title, unit: unit, keys: '', plot: null, xs: [], ys: {} };
  }
  var clockChart = chart('clockChart', 'skew (ms)');
  var rateChart = chart('rateChart', 'usage (% of limit)');
  function feed(c, t, values) {
    c.xs.push(t);
    Object.keys(values).forEach(function (k) { if (!c.ys[k]) c.ys[k] = c.xs.slice(0, -1).map(function () { return null; }); });
    Object.keys(c.ys).forEach(function (k) { c.ys[k].push(k in values ? values[k] : null); });
    if (c.xs.length > HISTORY) { c.xs.shift(); Object.keys(c.ys).forEach(function (k) { c.ys[k].shift(); }); }
    var keys = Object.keys(c.ys);
    if (typeof uPlot === 'undefined' || keys.length === 0) return;
    var data = [c.xs].concat(keys.map(function (k) { return c.ys[k]; }));
    if (c.keys !== keys.join('|')) {
      if (c.plot) c.plot.destroy();
      c.keys = keys.join('|');
      c.plot = new uPlot({
        width: Math.max(240, $(c.holder).clientWidth), height: 150, title: c.title,
        legend: { show: keys.length <= 6 },
        scales: { x: { time: true } },
        series: [{}].concat(keys.map(function (k, i) { return { label: k, stroke: colors[i % colors.length], width: 1.5, spanGaps: true }; })),
      }, data, $(c.holder));
    } else {
      c.plot.setData(data);
    }
  }

  function renderState(s) {
    faults = s.faults;
    // A switch being clicked is not redrawn under the pointer.
    if (!document.activeElement || document.activeElement.getAttribute('data-fault') === null) renderFaults();
    $('clocks').innerHTML = '<table><tr><th>exchange</th><th>skew</th><th>jumps</th></tr>' + s.clocks.map(function (c) {
      var jumps = s.jumps.filter(function (j) { return j.exchange === c.exchange; });
      return '<tr><td>' + esc(c.exchange) + '</td><td>' + c.skewMs + ' ms</td><td>' +
        (jumps.length ? jumps.map(function (j) { return (j.ms > 0 ? '+' : '') + j.ms + ' ms at ' + new Date(j.at).toLocaleTimeString(); }).join(', ') : '<span class="none">none</span>') + '</td></tr>';
    }).join('') + '</table>';
    $('rates').innerHTML = s.rates.length === 0 ? '<span class="none">no requests counted yet</span>' :
      '<table><tr><th>bucket</th><th>who</th><th>used</th></tr>' + s.rates.map(function (r) {
        return '<tr><td>' + esc(r.exchange + ' ' + r.bucket) + (r.endpoint ? '<br><span class="none">' + esc(r.endpoint) + '</span>' : '') + '</td><td>' + esc(r.scope + ' ' + r.who) + '</td>' +
          '<td><meter min="0" max="' + r.limit + '" value="' + r.used + '"></meter> ' + r.used + ' / ' + r.limit + '</td></tr>';
      }).join('') + '</table>';
    $('bans').innerHTML = s.bans.length === 0 ? '<span class="none">none</span>' : s.bans.map(function (b) {
      return '<div class="rejected">' + esc(b.exchange + ': ' + b.scope + ' ' + b.who) + ' banned for ' + Math.ceil(b.remainingMs / 1000) + ' s more</div>';
    }).join('');
    var t = s.at / 1000;
    var skews = {};
    s.clocks.forEach(function (c) { skews[c.exchange] = c.skewMs; });
    feed(clockChart, t, skews);
    var usage = {};
    s.rates.forEach(function (r) { usage[r.exchange + ' ' + r.bucket + (r.endpoint ? ' ' + r.endpoint : '') + ' ' + r.who] = Math.round(1000 * r.used / r.limit) / 10; });
    feed(rateChart, t, usage);
  }

  var source = new EventSource('events');
  source.addEventListener('open', function () { $('conn').textContent = 'live'; });
  source.addEventListener('error', function () { $('conn').textContent = 'disconnected (retrying)'; });
  source.addEventListener('hello', function (e) {
    var hello = JSON.parse(e.data);
    exchanges = hello.exchanges;
    $('scope').innerHTML = '<option value="">every exchange</option>' + exchanges.map(function (x) {
      return '<option value="' + esc(x.id) + '">' + esc(x.name) + '</option>';
    }).join('');
    faultKinds = hello.faultKinds;
    requests = hello.requests;
    renderFilters(); renderRequests(); renderState(hello.state); renderDetail();
  });
  source.addEventListener('request', function (e) {
    requests.push(JSON.parse(e.data));
    if (requests.length > 2000) requests.shift();
    renderFilters(); renderRequests();
  });
  source.addEventListener('state', function (e) { renderState(JSON.parse(e.data)); });
})();
</script>
</body>
</html>
`
