// Gemba's forms, in place. Every server-rendered form that posts is sent in the background and
// the page's header and <main> are replaced by the server's answer: the same HTML a browser
// without JavaScript gets after its redirect, so there is one behaviour to get right. The tapped
// form's section stays where it was on the screen; a refused form comes back with what was typed
// and each field's message (the server writes them: backend::web::kept_input) and its first
// refused field is focused; what was being typed in other forms meanwhile is carried over. Sends
// go one at a time, in the order tapped. Photos are scaled to at most 2,048 px and sent as JPEG,
// so a camera photo attaches in one tap. Islands (<leptos-island>) post their own forms; a page
// holding one is loaded as a whole. Each send carries an operation id and the time of the tap;
// without a connection the form is kept on the phone and sent later (offline.js).
//
// A form's own fields can hide its properties (an input named "action" is `form.action`): only
// attributes are read here.
import * as offline from './offline.js';

const MAX_SIDE = 2048;
const KEEP_BELOW = 2 * 1024 * 1024;
// the address of what <main> shows
let shown = location.pathname + location.search;
// forms sent and not yet answered, by key; their fields come from the server, not the old page
const pending = new Set();
let queue = Promise.resolve();

const attr = (form, name, fallback = '') => (form.getAttribute(name) || fallback).toLowerCase();

function formKey(form) {
  if (!form) return '';
  const hidden = [...form.querySelectorAll('input[type=hidden]')]
    .filter((i) => i.name && !i.name.startsWith('__'))
    .map((i) => `${i.name}=${i.value}`);
  return `${form.getAttribute('action')}|${hidden.join('&')}`;
}

function fieldKey(el) {
  const form = el.closest('form');
  if (!form || !el.name) return null;
  const same = [...form.querySelectorAll('input, textarea, select')].filter((e) => e.name === el.name);
  return `${formKey(form)}|${el.name}|${same.indexOf(el)}`;
}

function edited(el) {
  if (el.type === 'hidden' || el.type === 'submit' || el.type === 'button') return false;
  if (el.type === 'file') return el.files.length > 0;
  if (el.type === 'checkbox' || el.type === 'radio') return el.checked !== el.defaultChecked;
  if (el.tagName === 'SELECT') return [...el.options].some((o) => o.selected !== o.defaultSelected);
  return el.value !== el.defaultValue;
}

// What the person was typing in forms not being sent goes into the new page's same fields.
function carry(from, to) {
  const typed = new Map();
  for (const el of from.querySelectorAll('input, textarea, select')) {
    if (!edited(el) || pending.has(formKey(el.closest('form')))) continue;
    const key = fieldKey(el);
    if (key) typed.set(key, el);
  }
  for (const el of to.querySelectorAll('input, textarea, select')) {
    const old = typed.get(fieldKey(el));
    if (!old) continue;
    if (el.type === 'file') el.files = old.files;
    else if (el.type === 'checkbox' || el.type === 'radio') el.checked = old.checked;
    else if (el.tagName === 'SELECT') {
      const chosen = new Set([...old.selectedOptions].map((o) => o.value));
      for (const o of el.options) o.selected = chosen.has(o.value);
    } else el.value = old.value;
  }
}

async function scaled(file) {
  if (!file.type.startsWith('image/') || typeof createImageBitmap !== 'function') return file;
  let bitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return file; // not decodable here: the server decides
  }
  const ratio = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  if (ratio === 1 && file.size <= KEEP_BELOW) {
    bitmap.close();
    return file;
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * ratio);
  canvas.height = Math.round(bitmap.height * ratio);
  canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise((done) => canvas.toBlob(done, 'image/jpeg', 0.85));
  if (!blob) return file;
  return new File([blob], file.name.replace(/\.[^.]*$/, '') + '.jpg', { type: 'image/jpeg' });
}

async function payload(form, submitter) {
  const data = new FormData(form, submitter); // read now, before the page changes
  if (attr(form, 'enctype') !== 'multipart/form-data') return new URLSearchParams(data);
  const out = new FormData();
  for (const [name, value] of data.entries()) {
    out.append(name, value instanceof File && value.size > 0 ? await scaled(value) : value);
  }
  return out;
}

// The form on the page now (the one tapped may have been replaced by an earlier answer).
function current(form, key) {
  if (form.isConnected) return form;
  return [...document.querySelectorAll('form')].find((f) => formKey(f) === key) || null;
}

function say(form, key, text) {
  const here = current(form, key);
  if (!here) return;
  let p = here.querySelector(':scope > .sent-error');
  if (!p) {
    p = document.createElement('p');
    p.className = 'notice error sent-error';
    p.setAttribute('role', 'alert');
    here.prepend(p);
  }
  p.textContent = text;
}

// Only the parts of <main> that changed are replaced, when the new page has the same parts: a
// phone lays out one section instead of the whole page, and what is open or typed elsewhere stays
// as it is. A part holding a form that was sent always takes the server's answer.
function patch(here, next) {
  const [olds, fresh] = [[...here.childNodes], [...next.childNodes]];
  const same = (a, b) => a.nodeName === b.nodeName && (a.id || '') === (b.id || '');
  if (olds.length !== fresh.length || olds.some((n, i) => !same(n, fresh[i]))) return false;
  for (const name of new Set([...here.getAttributeNames(), ...next.getAttributeNames()])) {
    if (here.getAttribute(name) !== next.getAttribute(name)) return false;
  }
  olds.forEach((old, i) => {
    const sent = old.nodeType === Node.ELEMENT_NODE && [...old.querySelectorAll('form')].some((f) => pending.has(formKey(f)));
    if (!sent && old.isEqualNode(fresh[i])) return;
    if (old.nodeType === Node.ELEMENT_NODE) carry(old, fresh[i]);
    old.replaceWith(fresh[i]);
  });
  return true;
}

function show(html, url, was) {
  const target = new URL(url);
  // a refusal comes back to a page whose address names the error (leptos' __path and __err, which
  // the server reads to write the messages at the fields): the address shown stays the page's
  target.searchParams.delete('__path');
  target.searchParams.delete('__err');
  // another page (a new work order, sign-in): loaded as a page, with its own layout and islands
  if (target.pathname !== location.pathname) {
    location.assign(url);
    return;
  }
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const next = doc.querySelector('main');
  const here = document.querySelector('main');
  // a page in another language (a site switch to a plant with its own default language, a new
  // choice on the profile): loaded whole, so the bar, the words for scripts and <html lang> follow
  const relang = doc.documentElement.lang !== document.documentElement.lang;
  if (relang || !next || !here || next.querySelector('leptos-island') || here.querySelector('leptos-island')) {
    location.assign(url);
    return;
  }
  const active = document.activeElement;
  const activeKey = active && here.contains(active) ? fieldKey(active) : null;
  document.adoptNode(next);
  const main = patch(here, next) ? here : (carry(here, next), here.replaceWith(next), next);
  const [oldHeader, newHeader] = [document.querySelector('body > header'), doc.querySelector('body > header')];
  if (oldHeader && newHeader && !newHeader.querySelector('leptos-island')) oldHeader.replaceWith(document.adoptNode(newHeader));
  offline.shown();
  document.title = doc.title;
  const moved = target.pathname + target.search !== location.pathname + location.search;
  shown = target.pathname + target.search;
  history.replaceState(null, '', shown + location.hash);
  const anchor = was.id && document.getElementById(was.id);
  if (anchor) window.scrollBy(0, anchor.getBoundingClientRect().top - was.top);
  // the post moved on (the next inspection item): its top
  else if (moved) window.scrollTo(0, 0);
  else window.scrollTo(0, was.y);
  const refused = main.querySelector('[aria-invalid="true"]');
  if (refused) {
    refused.focus({ preventScroll: true });
    refused.scrollIntoView({ block: 'center' });
  } else if (activeKey) {
    const again = [...main.querySelectorAll('input, textarea, select')].find((el) => fieldKey(el) === activeKey);
    if (again) again.focus({ preventScroll: true });
  }
  document.dispatchEvent(new CustomEvent('gemba:shown'));
}

function done(form, key) {
  pending.delete(key);
  const here = current(form, key);
  if (here) here.removeAttribute('aria-busy');
}

// Kept on the phone: the form is emptied (what was typed is in the list of changes waiting).
async function keepForLater(form, key, action, body, op) {
  try {
    await offline.keep(form, key, action, await body, op);
    const here = current(form, key);
    if (here) {
      here.querySelector(':scope > .sent-error')?.remove();
      here.reset();
      offline.markForms();
    }
  } catch (error) {
    // the browser gives the site no more room (its storage quota): say so, the input stays
    say(form, key, offline.word(error?.name === 'QuotaExceededError' ? 'js-no-room' : 'js-not-sent-retry'));
  } finally {
    done(form, key);
  }
}

async function send(form, key, action, body, was, op) {
  const later = offline.keepable(action);
  if (later && (offline.backlog() > 0 || !navigator.onLine)) {
    // changes wait already (their order is the order tapped), or there is no network at all
    await keepForLater(form, key, action, body, op);
    offline.replay();
    return;
  }
  let res;
  let html = '';
  try {
    res = await fetch(action, {
      method: 'POST',
      body: await body,
      // Gemba-In-Place: the page it returns to comes with the answer, one round trip (web::in_place)
      headers: { Accept: 'text/html', 'Gemba-In-Place': '1', 'Gemba-Operation': op.id, 'Gemba-Tapped-At': op.tapped },
      credentials: 'same-origin',
    });
    offline.clock(res);
    if ((res.headers.get('content-type') || '').startsWith('text/html')) html = await res.text();
  } catch {
    if (later) {
      // the answer may have been lost after the server applied it: the replay carries the same id
      await keepForLater(form, key, action, body, op);
      return;
    }
    say(form, key, offline.word('js-no-connection'));
    done(form, key);
    return;
  }
  try {
    if (!html) {
      say(
        form,
        key,
        res.status === 413 ? offline.word('js-too-large') : offline.word('js-not-saved', { status: res.status }),
      );
      return;
    }
    // the page sent in place of the redirect, without its #section (as res.url would be)
    const page = res.headers.get('Gemba-Location');
    show(html, page ? new URL(page.split('#')[0], location.href).href : res.url, was);
  } finally {
    done(form, key);
  }
}

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
  if (attr(form, 'method', 'get') !== 'post' || form.getAttribute('target') || form.closest('leptos-island')) return;
  const action = new URL(form.getAttribute('action') || location.href, location.href);
  if (action.origin !== location.origin) return;
  if (action.pathname === '/sfn/logout' && !offline.mayLeave()) {
    event.preventDefault();
    return;
  }
  event.preventDefault();
  const key = formKey(form);
  if (pending.has(key)) return; // one send per tap
  const op = { id: crypto.randomUUID(), tapped: new Date().toISOString() };
  pending.add(key);
  form.setAttribute('aria-busy', 'true');
  const anchor = form.closest('[id]') || form;
  const was = { id: anchor.id, top: anchor.getBoundingClientRect().top, y: window.scrollY };
  const body = payload(form, event.submitter);
  queue = queue.then(() => send(form, key, action, body, was, op));
});

// The page as the server has it now (after queued changes were sent), in place.
async function again() {
  try {
    const res = await fetch(location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
    if (res.ok && (res.headers.get('content-type') || '').startsWith('text/html')) {
      show(await res.text(), res.url, { id: '', top: 0, y: window.scrollY });
    }
  } catch {
    // no connection again: the page stays as it is
  }
}

offline.start(again, new URL('.', import.meta.url).pathname.replace(/\/$/, ''), formKey);

// The address may have changed under the page shown in place: going back to another address
// loads it (a link to a field of the same page only scrolls).
window.addEventListener('popstate', () => {
  if (location.pathname + location.search !== shown) location.reload();
});

// The page's islands (#[island] components, WebAssembly) hydrate once the page has loaded and the
// browser is idle; nothing asks for the WebAssembly earlier, so on a slow network it never shares
// the bandwidth with the page's stylesheet and text (Lighthouse's LCP: scripts/bench-lighthouse.sh).
// This does what Leptos' HydrationScripts does in islands mode, without its preload links: load
// the bundle, start the reactive system (app::hydrate), then call each island's function on its
// element in document order. Gemba's islands take no children (no <leptos-children>).
async function hydrateIslands() {
  const found = document.querySelectorAll('leptos-island');
  if (!found.length) return;
  const mod = await import('./gemba.js');
  await mod.default({ module_or_path: new URL('gemba_bg.wasm', import.meta.url) });
  mod.hydrate();
  for (const el of found) {
    const island = mod[el.dataset.component];
    if (island) await island(el);
    else console.warn(`no WebAssembly function for the island ${el.dataset.component}`);
  }
}
const idle = (f) => ('requestIdleCallback' in window ? requestIdleCallback(f) : setTimeout(f, 0));
if (document.readyState === 'complete') idle(hydrateIslands);
else window.addEventListener('load', () => idle(hydrateIslands), { once: true });
