// Gemba's service worker: the app keeps working in a dead zone.
//
// - The bundle (wasm, JS, CSS, icons) of this release is kept at install and served from the
//   cache; a new release is a new bundle path, so a new worker and a fresh cache.
// - Pages are fetched from the network first; a page a signed-in person was sent is kept in that
//   person's own cache ("pages-<id>", from the `Gemba-User` header the server sets) and shown
//   from it when the network is gone. Pages the server marks `no-store` (OSHA, medical) are never
//   kept. When someone else, or nobody, is signed in on the device, the kept pages are deleted:
//   one person's pages are never shown to another.
// - Without a network, a page that was not kept answers "needs a connection" (never the
//   browser's offline page).
// - "Make available offline" (enhance.js) sends the list of the person's pages to keep.
// Writes are not handled here: enhance.js queues them (IndexedDB) and replays them, each with its
// operation id, which the server applies once.
const BUNDLE = new URL(self.location.href).searchParams.get('bundle') || '';
const SHELL = `shell-${BUNDLE}`;
const META = 'gemba-meta';
const WHO = '/__gemba/user';
const SHELL_FILES = ['gemba.js', 'gemba_bg.wasm', 'gemba.css', 'enhance.js', 'offline.js', 'favicon.svg', 'icon-192.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      if (BUNDLE) {
        const cache = await caches.open(SHELL);
        await cache.addAll(SHELL_FILES.map((f) => `${BUNDLE}/${f}`));
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('shell-') && name !== SHELL) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

async function whoIsSignedIn() {
  const hit = await (await caches.open(META)).match(WHO);
  return hit ? (await hit.text()) || null : null;
}

// `user` (a person's id, or null for nobody) is the one signed in on this device now.
async function signedIn(user) {
  if ((await whoIsSignedIn()) === user) return;
  for (const name of await caches.keys()) {
    if (name.startsWith('pages-') && name !== `pages-${user}`) await caches.delete(name);
  }
  await (await caches.open(META)).put(WHO, new Response(user || ''));
}

function keepable(res) {
  const cc = res.headers.get('cache-control') || '';
  return res.ok && !cc.includes('no-store') && (res.headers.get('content-type') || '').startsWith('text/html');
}

function key(url) {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

// A page answer from the network: kept for its person, or the sign of a sign-out.
async function learn(url, res) {
  if (res.type === 'opaqueredirect' || !(res.headers.get('content-type') || '').startsWith('text/html')) return;
  const user = res.headers.get('gemba-user');
  if (!user) {
    if (res.ok) await signedIn(null);
    return;
  }
  await signedIn(user);
  const u = new URL(url);
  if (keepable(res) && !u.searchParams.has('__err')) {
    await (await caches.open(`pages-${user}`)).put(key(url), res);
  }
}

// The words of the last page seen (its language's, sent by offline.js); English before any.
const WORDS = '/__gemba/words';
const ENGLISH = {
  'js-offline-title': 'Gemba: needs a connection',
  'js-offline-heading': 'This page needs a connection',
  'js-offline-missing': 'There is no network here, and {path} was not made available offline on this phone.',
  'js-offline-kept': 'What you do on pages kept on this phone is saved and sent when the connection is back.',
  'js-my-work': 'My work',
  'js-rounds': 'Rounds',
  'js-home': 'Home',
};

async function pageWords() {
  const hit = await (await caches.open(META)).match(WORDS);
  const known = hit ? await hit.json().catch(() => null) : null;
  return { lang: known?.lang || 'en', words: { ...ENGLISH, ...(known?.words || {}) } };
}

const escape = (text) => String(text).replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function offlinePage(url) {
  const { lang, words } = await pageWords();
  const w = (key) => escape(words[key]);
  const path = `<strong>${escape(new URL(url).pathname)}</strong>`;
  const css = BUNDLE ? `<link rel="stylesheet" href="${BUNDLE}/gemba.css">` : '';
  const html = `<!DOCTYPE html><html lang="${escape(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${css}<title>${w('js-offline-title')}</title></head>
<body><main class="page" id="offline-page"><h1>${w('js-offline-heading')}</h1>
<p>${w('js-offline-missing').split('{path}').join(path)}</p>
<p>${w('js-offline-kept')}</p>
<p><a class="button" href="/work">${w('js-my-work')}</a> <a class="button" href="/rounds">${w('js-rounds')}</a> <a class="button" href="/">${w('js-home')}</a></p>
</main></body></html>`;
  return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}

async function page(request) {
  try {
    const res = await fetch(request);
    await learn(request.url, res.clone());
    return res;
  } catch {
    const user = await whoIsSignedIn();
    if (user) {
      const hit = await (await caches.open(`pages-${user}`)).match(key(request.url), { ignoreVary: true });
      if (hit) return hit;
    }
    return await offlinePage(request.url);
  }
}

// A thumbnail of a kept page: from the network, else from the person's cache.
async function thumbnail(request) {
  const user = await whoIsSignedIn();
  try {
    const res = await fetch(request);
    if (user && res.ok) await (await caches.open(`pages-${user}`)).put(key(request.url), res.clone());
    return res;
  } catch {
    const hit = user && (await (await caches.open(`pages-${user}`)).match(key(request.url)));
    return hit || new Response('', { status: 503 });
  }
}

async function bundleFile(request) {
  const hit = await caches.match(request, { cacheName: SHELL });
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) await (await caches.open(SHELL)).put(request, res.clone());
  return res;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (BUNDLE && url.pathname.startsWith(`${BUNDLE}/`)) event.respondWith(bundleFile(request));
  else if (request.mode === 'navigate') event.respondWith(page(request));
  else if (/^\/files\/\d+\/thumb$/.test(url.pathname)) event.respondWith(thumbnail(request));
});

// Keeps the person's pages (and their thumbnails) for offline use; answers with what was kept.
async function keep(urls) {
  let kept = 0;
  let bytes = 0;
  let user = null;
  for (const path of urls) {
    const url = new URL(path, self.location.origin).href;
    try {
      const res = await fetch(url, { credentials: 'same-origin' });
      const who = res.headers.get('gemba-user');
      if (!who || !keepable(res)) continue;
      user = who;
      await signedIn(who);
      const body = await res.clone().arrayBuffer();
      bytes += body.byteLength;
      await (await caches.open(`pages-${who}`)).put(key(url), res);
      kept += 1;
      const html = new TextDecoder().decode(body);
      for (const [, thumb] of html.matchAll(/src="(\/files\/\d+\/thumb)"/g)) {
        const t = await fetch(thumb, { credentials: 'same-origin' });
        if (t.ok) {
          bytes += (await t.clone().arrayBuffer()).byteLength;
          await (await caches.open(`pages-${who}`)).put(new URL(thumb, self.location.origin).href, t);
        }
      }
    } catch {
      // the network went while keeping: what was kept stays
    }
  }
  return { kept, total: urls.length, bytes, user };
}

self.addEventListener('message', (event) => {
  const msg = event.data || {};
  const reply = (answer) => event.ports[0] && event.ports[0].postMessage(answer);
  if (msg.type === 'keep' && Array.isArray(msg.urls)) event.waitUntil(keep(msg.urls).then(reply));
  else if (msg.type === 'forget') event.waitUntil(signedIn(null).then(() => reply({ forgotten: true })));
  else if (msg.type === 'words' && msg.words && typeof msg.words === 'object') {
    const known = JSON.stringify({ lang: String(msg.lang || 'en'), words: msg.words });
    event.waitUntil(caches.open(META).then((c) => c.put(WORDS, new Response(known))));
  }
});
