// A prerendered page can be read before the app runs, but its buttons and fields only work once the app
// has replaced the static page (html[data-app] is then set). What a visitor does in between is kept:
// the button they pressed shows that it is busy and is pressed again in the app, the text they typed
// and the boxes they ticked are carried over, and focus stays where it was. Links need nothing: they are
// real links. If the app does not come, the visitor is told how to get going again.
const html = document.documentElement;
if (!html.hasAttribute('data-app')) {
  const app = document.getElementById('app');
  const fields = 'input, select, textarea';
  let pressed = null;
  let focused = null;
  const typed = new Map();

  // The same control in the app's page: same id, else same name, else same text and rank.
  const describe = (element) => {
    const text = element.textContent.trim();
    const same = [...app.querySelectorAll(element.tagName)].filter((other) => other.textContent.trim() === text);
    return { tag: element.tagName, id: element.id, name: element.getAttribute('name'), text, rank: same.indexOf(element) };
  };
  const find = (control) => {
    if (control.id) return document.getElementById(control.id);
    if (control.name) return app.querySelector(`${control.tag}[name="${CSS.escape(control.name)}"]`);
    return [...app.querySelectorAll(control.tag)].filter((other) => other.textContent.trim() === control.text)[control.rank];
  };

  const onClick = (event) => {
    const button = event.target.closest?.('button');
    if (!button || !app.contains(button) || button.disabled) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (pressed) return;
    pressed = describe(button);
    button.setAttribute('aria-busy', 'true');
    button.classList.add('en-attente');
  };
  const onInput = (event) => {
    const field = event.target;
    if (!field.matches?.(fields) || !app.contains(field)) return;
    typed.set(field, describe(field));
  };
  const onFocus = (event) => {
    focused = app.contains(event.target) && event.target !== app ? describe(event.target) : null;
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('input', onInput, true);
  document.addEventListener('change', onInput, true);
  document.addEventListener('focusin', onFocus, true);

  const late = setTimeout(() => {
    if (html.hasAttribute('data-app') || document.getElementById('attente-du-guide')) return;
    const notice = document.createElement('p');
    notice.id = 'attente-du-guide';
    notice.className = 'attente-du-guide';
    notice.setAttribute('role', 'status');
    notice.textContent = 'Le guide met du temps à démarrer. Vérifiez la connexion, puis rechargez la page. ';
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'bouton';
    reload.textContent = 'Recharger la page';
    reload.addEventListener('click', () => location.reload());
    notice.append(reload);
    document.body.append(notice);
  }, 15000);

  // The app may still be drawing its page when it says it is ready: look for its controls for a while.
  const carryOver = (triesLeft) => {
    const targets = [...typed.values(), ...(pressed ? [pressed] : []), ...(focused ? [focused] : [])];
    if (targets.some((control) => !find(control)) && triesLeft > 0) {
      setTimeout(() => carryOver(triesLeft - 1), 50);
      return;
    }
    for (const [field, control] of typed) {
      const twin = find(control);
      if (!twin) continue;
      if (field.type === 'checkbox' || field.type === 'radio') twin.checked = field.checked;
      else twin.value = field.value;
      twin.dispatchEvent(new Event('input', { bubbles: true }));
      twin.dispatchEvent(new Event('change', { bubbles: true }));
    }
    if (focused && document.activeElement === document.body) find(focused)?.focus();
    const button = pressed && find(pressed);
    if (button) {
      button.focus();
      button.click();
    }
  };

  new MutationObserver((_, observer) => {
    if (!html.hasAttribute('data-app')) return;
    observer.disconnect();
    clearTimeout(late);
    document.getElementById('attente-du-guide')?.remove();
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('input', onInput, true);
    document.removeEventListener('change', onInput, true);
    document.removeEventListener('focusin', onFocus, true);
    carryOver(60);
  }).observe(html, { attributes: true, attributeFilter: ['data-app'] });
}
