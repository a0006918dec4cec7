// Work without a connection: the queue of what was done offline, and the pages kept for it.
//
// A form sent while there is no connection (or while earlier changes still wait, so the order
// stays the order tapped) is kept in IndexedDB with its operation id, the time of the tap and its
// fields, photos included, under the signed-in person. A bar shows how many changes wait; its
// list shows each one's state (waiting, refused and why, needs a sign-in) with what can be done;
// the page /changes lists them all, with those sent in the last 24 hours (and when).
// When the connection is back, and every 30 s while changes wait, they are sent in order, each
// with its id: the server applies an id once and answers a replay with the first answer
// (backend::web::operations), so a lost answer, a double send or two tabs never apply twice.
// Another person signing in on the phone never sees them; signing out with changes waiting asks
// first and keeps them for the same person.
//
// A form that signs (a password: completing a work order) is kept without its password, as
// "completed, awaiting signature": back online, the person enters the password once to sign
// everything waiting. The password never stays on the phone; the completion keeps the time of
// the tap, each signature the time it is given.
// The page's words in its reader's language (ui::words: a JSON block in every page).
const WORDS = (() => {
  try {
    return JSON.parse(document.getElementById('gemba-words')?.textContent || '{}');
  } catch {
    return {};
  }
})();

// Intl formatters made once per page language: making one costs a phone 10–30 ms of a tap (and
// `toLocaleString` with options makes a new one on every call)
const formatters = new Map();
function formatter(kind, make) {
  const lang = document.documentElement.lang || 'en';
  const key = `${kind} ${lang}`;
  if (!formatters.has(key)) formatters.set(key, make(lang));
  return formatters.get(key);
}

/** A moment as the page's language writes it (short date and time), not the browser's. */
function stamp(at) {
  const f = formatter('stamp', (lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'short' }));
  return f.format(new Date(at));
}

/** The text `key` in the page's language, its `{placeholders}` filled from `vars`. */
export function word(key, vars = {}) {
  let text = WORDS[key] ?? key;
  for (const [name, value] of Object.entries(vars)) text = text.split(`{${name}}`).join(String(value));
  return text;
}

/** The text for the count `n`: `key-one` or `key-other`, by the page language's plural rules. */
export function counted(key, n, vars = {}) {
  const rule = formatter('plural', (lang) => new Intl.PluralRules(lang)).select(n);
  return word(`${key}-${rule === 'one' ? 'one' : 'other'}`, { n, ...vars });
}

const DB = 'gemba-offline';
const STORE = 'ops';
const RETRY_MS = 30_000;
// a sent change stays listed (without its fields and photos) this long, at most this many
const SENT_KEPT_MS = 24 * 3600_000;
const SENT_KEPT = 50;
// never kept for later: signing in and out, a password, a token's secret (shown once, now)
const NOT_KEPT = new Set(['/sfn/login', '/sfn/logout', '/sfn/switch_site', '/sfn/change_password', '/sfn/create_api_token']);

let mine = []; // this person's kept changes, in order
let sending = false;
let refresh = async () => {};
let keyOf = () => '';

export const person = () => document.querySelector('[data-user]')?.dataset.user || null;

function open() {
  return new Promise((done, fail) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'op' }).createIndex('user', 'user');
    req.onsuccess = () => done(req.result);
    req.onerror = () => fail(req.error);
  });
}

async function store(mode, work) {
  const db = await open();
  try {
    return await new Promise((done, fail) => {
      const tx = db.transaction(STORE, mode);
      const out = work(tx.objectStore(STORE));
      tx.oncomplete = () => done(out && 'result' in out ? out.result : undefined);
      tx.onerror = () => fail(tx.error);
      tx.onabort = () => fail(tx.error);
    });
  } finally {
    db.close();
  }
}

async function load() {
  const user = person();
  mine = user ? ((await store('readonly', (s) => s.index('user').getAll(user))) || []).sort((a, b) => a.seq - b.seq) : [];
  // sent changes are shown for a day, the latest 50
  const sent = mine.filter((m) => m.state === 'sent');
  const old = sent.filter((m, i) => Date.now() - Date.parse(m.sentAt) > SENT_KEPT_MS || i < sent.length - SENT_KEPT);
  if (old.length) {
    await store('readwrite', (s) => old.forEach((m) => s.delete(m.op)));
    mine = mine.filter((m) => !old.includes(m));
  }
  render();
  return mine;
}

/** Changes not sent yet: waiting, refused, to sign or needing a sign-in. */
const pending = () => mine.filter((m) => m.state !== 'sent');

/** Changes of this person waiting to be sent (refused ones wait for a decision, signatures for the password). */
export const backlog = () => mine.filter((m) => m.state === 'waiting' || m.state === 'signin').length;
const unsigned = () => mine.filter((m) => m.state === 'signature');

/** May a post to `action` be kept for later? Not sign-in, sign-out, site switch or a password change. */
export function keepable(action) {
  return !!person() && !NOT_KEPT.has(action.pathname);
}

function describe(form, fields) {
  const heading = form.closest('section, article, main')?.querySelector('h1, h2, h3');
  const what = form.getAttribute('aria-label') || heading?.textContent?.trim() || word('js-change');
  const shown = fields
    .filter(([name]) => !name.startsWith('__') && !name.endsWith('_id') && name !== 'id')
    .map(([, value]) => (value instanceof Blob ? word('js-photo') : String(value)))
    .filter((v) => v && v.length < 60)
    .slice(0, 3);
  const where = document.querySelector('main h1')?.textContent?.trim() || document.title;
  return `${what}${shown.length ? `: ${shown.join(', ')}` : ''} (${where})`;
}

/** Keeps a form's answer for later; `body` is what would have been sent. */
export async function keep(form, formKey, action, body, op) {
  const secret = form.querySelector('input[type=password]')?.name;
  // the password is never kept: the signature waits for it
  const fields = [...body.entries()].filter(([name]) => name !== secret);
  const item = {
    op: op.id,
    tapped: op.tapped,
    seq: Date.now() + Math.random(),
    user: person(),
    action: action.pathname + action.search,
    page: location.pathname + location.search,
    formKey,
    multipart: body instanceof FormData,
    fields,
    label: describe(form, fields),
    secret: secret || null,
    state: secret ? 'signature' : 'waiting',
    reason: '',
  };
  await store('readwrite', (s) => s.put(item));
  await load();
  return item;
}

function rebuild(item, password) {
  const fields = item.secret ? [...item.fields, [item.secret, password || '']] : item.fields;
  if (!item.multipart) return new URLSearchParams(fields);
  const data = new FormData();
  for (const [name, value] of fields) {
    if (value instanceof Blob) data.append(name, value, value.name || 'photo.jpg');
    else data.append(name, value);
  }
  return data;
}

async function put(item) {
  await store('readwrite', (s) => s.put(item));
}

async function drop(op) {
  await store('readwrite', (s) => s.delete(op));
}

/** Why the server refused: its error (JSON, as `contract::error::AppError`) or the page's summary. */
function refusal(text, status) {
  try {
    const err = JSON.parse(text);
    if (typeof err === 'string') return err;
    const [kind, detail] = Object.entries(err)[0] || [];
    if (typeof detail === 'string') return detail;
    if (detail && typeof detail === 'object') return Object.values(detail).join(' ');
    if (kind) return word('js-refused-kind', { kind });
  } catch {
    // not JSON: a page
  }
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const summary = doc.querySelector('.error-summary, .field-error, [role=alert]');
  return summary?.textContent?.replace(/\s+/g, ' ').trim() || word('js-refused-status', { status });
}

/**
 * Sends one kept change under its own id: 'sent', 'refused' (kept, with the server's reason),
 * 'signin' (the session ended) or 'later' (no connection, or the server is not well).
 */
async function sendOne(item, password) {
  // server functions answer a replay in JSON: a refusal says why even when the record changed
  // so much that its form is gone from the page (a cancelled work order has no time form)
  const json = item.action.startsWith('/sfn/');
  let res;
  try {
    res = await fetch(item.action, {
      method: 'POST',
      body: rebuild(item, password),
      credentials: 'same-origin',
      headers: {
        Accept: json ? 'application/json' : 'text/html',
        'Gemba-Operation': item.op,
        'Gemba-Tapped-At': item.tapped,
        'Gemba-Queued': '1',
      },
    });
  } catch {
    return 'later';
  }
  clock(res);
  const landed = new URL(res.url);
  if (res.status === 401 || landed.pathname === '/login') {
    item.state = 'signin';
    item.reason = word('js-session-ended');
    await put(item);
    return 'signin';
  }
  if (res.status >= 500 && res.status !== 501) return 'later';
  if (!res.ok || landed.searchParams.has('__err')) {
    const reason = refusal(await res.text(), res.status);
    // a wrong password leaves the signature waiting, with the reason
    item.state = item.secret && /password/i.test(reason) ? 'signature' : 'refused';
    item.reason = reason;
    await put(item);
    return 'refused';
  }
  // listed as sent (for a day), without its fields: photos and typed text leave the phone
  item.state = 'sent';
  item.sentAt = new Date().toISOString();
  item.fields = [];
  item.reason = '';
  await put(item);
  return 'sent';
}

/**
 * The server says when this phone's clock is more than 5 minutes off its own: shown in the bar
 * (each tap keeps the phone's time, and the server keeps its own beside it).
 */
export function clock(res) {
  const cookie = /(?:^|; )gemba_clock_skew=(-?\d+)/.exec(document.cookie);
  const off = res.headers.get('gemba-clock-skew') ?? cookie?.[1] ?? null;
  if (cookie) document.cookie = 'gemba_clock_skew=; Path=/; Max-Age=0; SameSite=Strict';
  if (off === null) return;
  localStorage.setItem('gemba-clock-skew', JSON.stringify({ seconds: Number(off), at: Date.now() }));
  render();
}

function skewNote() {
  const skew = JSON.parse(localStorage.getItem('gemba-clock-skew') || 'null');
  // an old reading says little about the clock now
  if (!skew || Date.now() - skew.at > 24 * 3600_000 || !Number.isFinite(skew.seconds)) return '';
  const minutes = Math.round(Math.abs(skew.seconds) / 60);
  return word(skew.seconds > 0 ? 'js-clock-ahead' : 'js-clock-behind', { minutes });
}

/** Sends the waiting changes in order; stops at the first that cannot get through. */
export async function replay() {
  if (!person() || !navigator.onLine) return;
  await sendAll(() => mine.filter((m) => m.state === 'waiting' || m.state === 'signin'));
}

/** Signs every completion waiting for a signature with one password (held only for this). */
function signAll(password) {
  return sendAll(unsigned, password);
}

/** Sends `which()` of the kept changes in order, one at a time; the page is shown anew after. */
async function sendAll(which, password) {
  if (sending) return;
  sending = true;
  let sent = 0;
  try {
    await load();
    for (const item of which()) {
      const outcome = await sendOne(item, password);
      if (outcome === 'later' || outcome === 'signin') break;
      if (outcome === 'sent') sent += 1;
    }
  } finally {
    sending = false;
    await load();
  }
  if (sent) await refresh();
}

function bar() {
  let el = document.getElementById('offline-bar');
  if (!el) {
    el = document.createElement('section');
    el.id = 'offline-bar';
    el.className = 'offline-bar';
    el.setAttribute('aria-live', 'polite');
    el.innerHTML =
      '<details><summary><span class="offline-count"></span></summary><ol class="offline-list"></ol>' +
      '<p><a class="offline-all" href="/changes"></a></p></details>' +
      '<p class="notice error clock-skew" hidden></p>' +
      '<form class="offline-sign" hidden><p class="offline-sign-what"></p>' +
      '<label for="offline-password"></label>' +
      '<input id="offline-password" type="password" autocomplete="current-password" required>' +
      '<button type="submit"></button></form>';
    el.querySelector('label[for=offline-password]').textContent = word('js-password');
    el.querySelector('.offline-all').textContent = word('js-all-changes');
    el.querySelector('.offline-sign').addEventListener('submit', (event) => {
      event.preventDefault();
      event.stopPropagation();
      const input = el.querySelector('#offline-password');
      const password = input.value;
      input.value = '';
      signAll(password);
    });
    const main = document.querySelector('main');
    if (main) main.before(el);
    else document.body.prepend(el);
    el.addEventListener('click', onAction);
  }
  return el;
}

const STATES = ['waiting', 'signin', 'refused', 'signature', 'sent'];
const stateName = (state) => (STATES.includes(state) ? word(`js-state-${state}`) : state);
const stateNote = (state) => (STATES.includes(state) ? word(`js-note-${state}`) : state);

function render() {
  renderPage();
  const skew = skewNote();
  const unsent = pending();
  const el = document.getElementById('offline-bar') || (unsent.length || skew ? bar() : null);
  if (!el) return;
  el.hidden = unsent.length === 0 && !skew;
  const skewed = el.querySelector('.clock-skew');
  skewed.hidden = !skew;
  skewed.textContent = skew;
  el.querySelector('details').hidden = unsent.length === 0;
  const waiting = backlog();
  const toSign = unsigned().length;
  const refused = mine.filter((m) => m.state === 'refused').length;
  const parts = [];
  if (waiting) parts.push(counted('js-waiting', waiting));
  if (toSign) parts.push(counted('js-to-sign', toSign));
  if (refused) parts.push(counted('js-decide', refused));
  const sign = el.querySelector('.offline-sign');
  sign.hidden = toSign === 0 || waiting > 0 || !navigator.onLine;
  sign.querySelector('.offline-sign-what').textContent = counted('js-sign-what', toSign);
  sign.querySelector('button').textContent = counted('js-sign', toSign);
  el.querySelector('.offline-count').textContent = parts.join(', ');
  el.classList.toggle('has-refused', refused > 0);
  el.querySelector('.offline-list').replaceChildren(...unsent.map(item));
  markForms();
}

/** The page /changes: every change of this person on this phone, the sent ones with their time. */
function renderPage() {
  const list = document.getElementById('changes-list');
  if (!list) return;
  if (!list.dataset.wired) {
    list.dataset.wired = 'true';
    list.addEventListener('click', onAction);
  }
  list.replaceChildren(...[...mine].reverse().map(item));
  const empty = document.getElementById('changes-empty');
  if (empty) empty.hidden = mine.length > 0;
}

/** One change as a list item: its state, when it was tapped (and sent), what it was, its choices. */
function item(m) {
  const li = document.createElement('li');
  li.dataset.op = m.op;
  li.className = `offline-item ${m.state}`;
  const when = stamp(m.tapped);
  const title = document.createElement('p');
  title.innerHTML = '<strong></strong> <span class="muted"></span>';
  title.querySelector('strong').textContent = stateName(m.state);
  title.querySelector('span').textContent = m.sentAt
    ? word('js-sent-at', {
        when,
        sent: stamp(m.sentAt),
      })
    : word('js-tapped', { when });
  const label = document.createElement('p');
  label.textContent = m.label;
  li.append(title, label);
  if (m.reason) {
    const why = document.createElement('p');
    why.className = 'notice error';
    why.textContent = m.reason;
    li.append(why);
  }
  const actions = document.createElement('p');
  actions.className = 'offline-actions';
  if (m.state === 'refused') {
    if (workOrderOf(m)) actions.append(button('note', word('js-keep-note')), button('follow-up', word('js-follow-up')));
    actions.append(button('retry', word('js-send-again')));
  }
  if (m.state === 'signin') {
    const a = document.createElement('a');
    a.className = 'button';
    a.href = `/login?next=${encodeURIComponent(location.pathname + location.search)}`;
    a.textContent = word('js-sign-in');
    actions.append(a);
  }
  if (m.state !== 'sent') actions.append(button('discard', word('js-discard'), 'danger'));
  li.append(actions);
  return li;
}

function button(action, text, kind = '') {
  const b = document.createElement('button');
  b.type = 'button';
  b.dataset.action = action;
  b.className = kind;
  b.textContent = text;
  return b;
}

const workOrderOf = (item) => item.fields.find(([name]) => name === 'work_order_id')?.[1] || null;

/** What a refused change was, for a note or a follow-up: what was done, what changed, when. */
function record(item) {
  const when = stamp(item.tapped);
  return `${item.label}\n${word('js-done-offline', { when, reason: item.reason })}`;
}

/** Settles a refused change as a note or a follow-up, once (its own operation id, kept). */
async function settle(item, endpoint) {
  item.settleOp = item.settleOp || crypto.randomUUID();
  await put(item);
  const res = await fetch(endpoint, {
    method: 'POST',
    body: new URLSearchParams([
      ['work_order_id', workOrderOf(item)],
      ['note', record(item)],
    ]),
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Gemba-Operation': item.settleOp, 'Gemba-Tapped-At': new Date().toISOString() },
  }).catch(() => null);
  if (!res || !res.ok) {
    const why = res ? refusal(await res.text(), res.status) : word('js-no-connection-short');
    item.reason = `${item.reason} ${word('js-not-kept-now', { why })}`;
    await put(item);
    await load();
    return null;
  }
  await drop(item.op);
  await load();
  const made = await res.json().catch(() => null);
  return made?.summary?.id ? `/work-orders/${made.summary.id}` : location.href;
}

async function onAction(event) {
  const b = event.target.closest('button[data-action]');
  const li = b?.closest('[data-op]');
  if (!b || !li) return;
  const item = mine.find((m) => m.op === li.dataset.op);
  if (!item) return;
  if (b.dataset.action === 'discard') {
    if (!confirm(`${word('js-discard-confirm')}\n\n${item.label}`)) return;
    await drop(item.op);
    await load();
  } else if (b.dataset.action === 'note') {
    if (await settle(item, '/sfn/add_work_order_note')) await refresh();
  } else if (b.dataset.action === 'follow-up') {
    const opened = await settle(item, '/sfn/follow_up_for_change');
    if (opened) location.assign(opened);
  } else if (b.dataset.action === 'retry') {
    item.state = 'waiting';
    item.reason = '';
    await put(item);
    await load();
    replay();
  }
}

/**
 * Was this page's work order started (or resumed) on this phone, the Start still waiting to be
 * sent? Its last kept status change says so.
 */
function startedHere(here) {
  const changes = pending().filter((m) => m.page === here && m.action.startsWith('/sfn/change_work_order_status'));
  const last = changes[changes.length - 1];
  return !!last && last.fields.some(([name, value]) => name === 'status' && value === 'in_progress');
}

/** A work order started on this phone shows its forms of work at once, before the Start is sent. */
function showStarted(here) {
  const main = document.querySelector('main');
  if (!main) return;
  const started = startedHere(here);
  main.classList.toggle('started-here', started);
  for (const input of document.querySelectorAll('[data-enable-when-started]')) input.disabled = !started;
  document.getElementById('started-here-note')?.remove();
  if (!started) return;
  const note = document.createElement('p');
  note.id = 'started-here-note';
  note.className = 'notice';
  note.setAttribute('role', 'status');
  note.textContent = word('js-started-here');
  document.getElementById('status-actions')?.before(note);
}

// Forms of this page with a change waiting say so (after a reload without a connection too).
export function markForms() {
  for (const form of document.querySelectorAll('form[data-kept]')) form.removeAttribute('data-kept');
  for (const old of document.querySelectorAll('.queued-note')) old.remove();
  const here = location.pathname + location.search;
  showStarted(here);
  for (const m of pending()) {
    if (m.page !== here) continue;
    const form = [...document.querySelectorAll('form')].find((f) => keyOf(f) === m.formKey);
    if (!form) continue;
    const p = document.createElement('p');
    p.className = 'notice queued-note';
    p.setAttribute('role', 'status');
    p.textContent = `${stateNote(m.state)}: ${m.label}`;
    form.prepend(p);
    form.setAttribute('data-kept', 'true');
  }
}

async function keepPages() {
  const worker = navigator.serviceWorker?.controller;
  if (!worker || !navigator.onLine || !person()) return null;
  const res = await fetch('/sfn/offline_pages', { headers: { Accept: 'application/json' } });
  if (!res.ok) return null;
  const urls = await res.json();
  const answer = await new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => done(e.data);
    worker.postMessage({ type: 'keep', urls }, [channel.port2]);
  });
  localStorage.setItem(`gemba-kept-${person()}`, JSON.stringify({ at: Date.now(), ...answer }));
  showKept();
  return answer;
}

// the status's writing while the menu is closed (replaced by a newer one)
let keptWrite = null;
function showKept() {
  const kept = JSON.parse(localStorage.getItem(`gemba-kept-${person()}`) || 'null');
  const out = document.getElementById('keep-offline-status');
  document.getElementById('keep-offline')?.removeAttribute('aria-busy');
  if (!out || !kept) return;
  const write = () => {
    out.textContent = counted('js-kept', kept.kept, { kb: Math.round(kept.bytes / 1024), when: stamp(kept.at) });
  };
  // The status sits in the closed "more" menu: it is written when the menu opens. The first date
  // a page formats sets up the browser's date formatting, 60–120 ms of a throttled phone's CPU
  // (a Chrome profile at 4x), which would otherwise be a long task on every page load.
  const menu = out.closest('details');
  if (keptWrite) keptWrite.menu.removeEventListener('toggle', keptWrite.write);
  keptWrite = null;
  if (menu && !menu.open) {
    keptWrite = { menu, write };
    menu.addEventListener('toggle', write, { once: true });
  } else write();
}

/** After the page (or its header and main) was replaced: the offline controls and marks again. */
export function shown() {
  const keepButton = document.getElementById('keep-offline');
  if (keepButton && 'serviceWorker' in navigator) {
    keepButton.hidden = false;
    showKept();
  }
  markForms();
}

/**
 * Starts the queue: bar, replays, the kept pages. `again` shows the page as the server has it now;
 * `formKey` names a form the same way on every load of its page.
 */
export function start(again, bundle, formKey) {
  refresh = again;
  keyOf = formKey;
  load().then(() => replay());
  // kept changes must not be evicted when the phone runs short of space (granted silently to an
  // installed app; elsewhere the browser decides)
  navigator.storage?.persist?.().catch(() => {});
  window.addEventListener('online', () => replay().then(render));
  window.addEventListener('offline', render);
  setInterval(() => {
    if (backlog() && navigator.onLine) replay();
  }, RETRY_MS);
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(`/sw.js?bundle=${encodeURIComponent(bundle)}`, { scope: '/' }).catch(() => {});
  }
  if ('serviceWorker' in navigator) {
    document.addEventListener('click', async (event) => {
      const keepButton = event.target.closest('#keep-offline');
      if (!keepButton) return;
      keepButton.setAttribute('aria-busy', 'true');
      await navigator.serviceWorker.ready;
      await keepPages();
    });
  }
  shown();
  // the worker says "needs a connection" in the language of the pages seen last
  navigator.serviceWorker?.ready.then((reg) =>
    reg.active?.postMessage({ type: 'words', lang: document.documentElement.lang || 'en', words: WORDS }),
  );
  // kept fresh: again at most every 15 minutes while online
  navigator.serviceWorker?.ready.then(() => {
    const kept = JSON.parse(localStorage.getItem(`gemba-kept-${person()}`) || 'null');
    if (person() && (!kept || Date.now() - kept.at > 15 * 60_000)) setTimeout(() => keepPages(), 2_000);
  });
}

/** Asked before signing out: changes waiting stay on the phone for this person. */
export function mayLeave() {
  const n = backlog() + unsigned().length;
  if (!n) return true;
  return confirm(counted('js-leave', n));
}
