// Gemba's forms, in place. Every server-rendered form that posts is sent in the background and
// the page's <main> is replaced by the server's answer: the same HTML a browser without
// JavaScript gets after its redirect, so there is one behaviour to get right. The tapped form's
// section stays where it was on the screen; a refused form comes back with what was typed and
// each field's message (the server writes them: backend::web::kept_input) and its first refused
// field is focused. Photos are scaled to at most 2,048 px and sent as JPEG, so a camera photo
// attaches in one tap. Islands (<leptos-island>) post their own forms; a page holding one is
// loaded as a whole.
const MAX_SIDE = 2048;
const KEEP_BELOW = 2 * 1024 * 1024;
// the address of what <main> shows
let shown = location.pathname + location.search;

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
  const data = new FormData(form, submitter);
  if (form.enctype !== 'multipart/form-data') return new URLSearchParams(data);
  const out = new FormData();
  for (const [name, value] of data.entries()) {
    out.append(name, value instanceof File && value.size > 0 ? await scaled(value) : value);
  }
  return out;
}

function say(form, text) {
  let p = form.querySelector(':scope > .sent-error');
  if (!p) {
    p = document.createElement('p');
    p.className = 'notice error sent-error';
    p.setAttribute('role', 'alert');
    form.prepend(p);
  }
  p.textContent = text;
}

// Where the tapped form is on the screen: its nearest element with an id, and how far from the
// top of the viewport it is.
function place(form) {
  const anchor = form.closest('[id]') || form;
  return { id: anchor.id, top: anchor.getBoundingClientRect().top, y: window.scrollY };
}

function show(html, url, was) {
  const target = new URL(url);
  // another page (a new work order, sign-in): loaded as a page, with its own layout and islands
  if (target.pathname !== location.pathname) {
    location.assign(url);
    return;
  }
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const next = doc.querySelector('main');
  const here = document.querySelector('main');
  if (!next || !here || next.querySelector('leptos-island') || here.querySelector('leptos-island')) {
    location.assign(url);
    return;
  }
  here.replaceWith(document.adoptNode(next));
  document.title = doc.title;
  shown = target.pathname + target.search;
  history.replaceState(null, '', shown + location.hash);
  const anchor = was.id && document.getElementById(was.id);
  if (anchor) window.scrollBy(0, anchor.getBoundingClientRect().top - was.top);
  else window.scrollTo(0, was.y);
  const refused = next.querySelector('[aria-invalid="true"]');
  if (refused) {
    refused.focus({ preventScroll: true });
    refused.scrollIntoView({ block: 'center' });
  }
}

document.addEventListener('submit', async (event) => {
  const form = event.target;
  if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
  if (form.method !== 'post' || form.target || form.closest('leptos-island')) return;
  const action = new URL(form.action, location.href);
  if (action.origin !== location.origin) return;
  event.preventDefault();
  if (form.getAttribute('aria-busy') === 'true') return; // one send per tap
  form.setAttribute('aria-busy', 'true');
  const was = place(form);
  try {
    const res = await fetch(action, {
      method: 'POST',
      body: await payload(form, event.submitter),
      headers: { Accept: 'text/html' },
      credentials: 'same-origin',
    });
    const type = res.headers.get('content-type') || '';
    if (!type.startsWith('text/html')) {
      say(
        form,
        res.status === 413
          ? 'This is too large to send. For a photo, choose a smaller one.'
          : `Not saved (error ${res.status}). Your input is still here; try again.`,
      );
      return;
    }
    show(await res.text(), res.url, was);
  } catch {
    say(form, 'Not sent: there is no connection. Your input is still here; send it again when connected.');
  } finally {
    form.removeAttribute('aria-busy');
  }
});

// The address may have changed under the page shown in place: going back to another address
// loads it (a link to a field of the same page only scrolls).
window.addEventListener('popstate', () => {
  if (location.pathname + location.search !== shown) location.reload();
});
