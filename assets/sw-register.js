// Registers the service worker (sitegen writes it for release builds only) and offers « Recharger » when a new
// version is waiting, instead of switching in the middle of a visit.
if ('serviceWorker' in navigator) {
  const base = document.baseURI;
  const offer = (worker) => {
    if (document.getElementById('mise-a-jour')) return;
    const banner = document.createElement('div');
    banner.id = 'mise-a-jour';
    banner.className = 'mise-a-jour';
    banner.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = 'Une nouvelle version est disponible — ';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'bouton';
    button.textContent = 'Recharger';
    button.addEventListener('click', () => {
      accepted = true;
      worker.postMessage('skipWaiting');
    });
    banner.append(text, button);
    document.body.append(banner);
  };
  // Reload only when the visitor asked for the new version: the first install also changes the
  // controller (clients.claim) and must not reload the page under the visitor.
  let accepted = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) { accepted = false; location.reload(); }
  });
  // Precaching downloads the whole site: wait until the page has loaded and settled, so that it
  // never competes with what the visitor is waiting for.
  const register = () => navigator.serviceWorker.register(new URL('sw.js', base).href, { scope: new URL('./', base).pathname }).then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
      });
    });
  }).catch(() => {
    // Development builds have no service worker (see sitegen): nothing to do.
  });
  const later = () => setTimeout(register, 3000);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
