// Served at https://mail.google.com/_demo/nav.js, the one script the demo page's CSP allows.
// It stands in for Gmail's own code: another conversation is drawn into the main region
// without loading a page, then the hash says which. Under Trusted Types it builds no HTML
// strings: it clones the inert <template> the server rendered for that conversation.

const THREAD_IN_HASH = /\/([0-9a-zA-Z]{16,})$/;

function templateFor(hash) {
  const id = THREAD_IN_HASH.exec(hash)?.[1];
  const found = id ? document.getElementById(`demo-thread-${id}`) : null;

  return found instanceof HTMLTemplateElement ? found : document.getElementById('demo-empty');
}

function showConversation() {
  const main = document.querySelector('[role="main"]');
  const template = templateFor(location.hash);
  if (!main || !(template instanceof HTMLTemplateElement)) return;

  const shown = template.dataset.threadId ?? '';
  if (main.dataset.openThread !== shown) {
    main.replaceChildren(template.content.cloneNode(true));
    main.dataset.openThread = shown;
  }

  document.title = template.dataset.title ?? document.title;
  for (const row of document.querySelectorAll('[gh="tl"] [data-thread-id]')) {
    row.setAttribute('aria-selected', String(row.dataset.threadId === shown));
  }
}

addEventListener('hashchange', showConversation);
showConversation();
