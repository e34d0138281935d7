// Northwind Partner Hub: the event log beside the widgets. The widgets' events bubble out of their
// shadow roots (`composed`), so one listener on the document hears every widget on the page. Each
// entry is written with textContent only: event details may carry text from the API. A file of its
// own, because the page's CSP allows no inline scripts (and Trusted Types forbid innerHTML).
const EVENTS = [
  'fw-deal-submitted',
  'fw-deal-conflict',
  'fw-deal-draft-save',
  'fw-deal-withdrawn',
  'fw-session-expired',
  'fw-error',
];
const MAX_ENTRIES = 30;

const list = document.getElementById('event-log');
const empty = document.getElementById('event-log-empty');

function describe(detail) {
  if (detail === undefined || detail === null) return '';
  try {
    return JSON.stringify(detail);
  } catch {
    return String(detail);
  }
}

function log(event) {
  if (!list) return;
  const time = new Date().toLocaleTimeString('en-GB');
  const detail = describe(event.detail);
  // A draft is saved on every pause in typing: one line that updates, not a flood.
  const newest = list.firstElementChild;
  if (event.type === 'fw-deal-draft-save' && newest?.getAttribute('data-type') === event.type) {
    const count = Number(newest.getAttribute('data-count') ?? '1') + 1;
    newest.setAttribute('data-count', String(count));
    newest.querySelector('.event-time').textContent = time;
    newest.querySelector('.event-detail').textContent = detail;
    newest.querySelector('.event-count').textContent = `×${count}`;
    return;
  }

  const item = document.createElement('li');
  item.setAttribute('data-type', event.type);
  if (event.type === 'fw-error' || (event.type === 'fw-session-expired' && !event.detail?.recovered)) {
    item.className = 'event-problem';
  }
  const head = document.createElement('div');
  head.className = 'event-head';
  const name = document.createElement('code');
  name.className = 'event-type';
  name.textContent = event.type;
  const count = document.createElement('span');
  count.className = 'event-count';
  const stamp = document.createElement('time');
  stamp.className = 'event-time';
  stamp.textContent = time;
  head.append(name, count, stamp);
  const body = document.createElement('code');
  body.className = 'event-detail';
  body.textContent = detail;
  item.append(head, body);
  list.prepend(item);
  while (list.childElementCount > MAX_ENTRIES) list.lastElementChild?.remove();
  if (empty) empty.hidden = true;
}

for (const type of EVENTS) document.addEventListener(type, log);
