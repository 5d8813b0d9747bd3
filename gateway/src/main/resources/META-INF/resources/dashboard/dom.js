// The page's DOM helpers, shared by the views: text only through text nodes (nothing the API sends
// becomes markup), charts drawn once their box is in the page, and the page's state for tests.

export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function card(title, ...content) {
  return h('section', { class: 'card' }, h('h2', {}, title), ...content);
}

export function table(headers, rows, attrs = {}) {
  // focusable: a table wider than its card scrolls sideways, and a keyboard must be able to scroll it
  return h('div', { class: 'table-wrap', tabindex: 0 }, h('table', attrs,
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows)));
}

export function figure(name, text, attrs = {}) {
  return h('span', { 'data-figure': name, ...attrs }, text);
}

let pendingCharts = [];

/** A chart drawn once the view is in the page; `name` is what a screen reader says of it (role img). */
export function chartBox(draw, size = '', name, attrs = {}) {
  const box = h('div', { class: `chart ${size}`, role: 'img', 'aria-label': name, ...attrs });
  pendingCharts.push(() => draw(box));
  return box;
}

/** Draws the charts of the boxes just put in the page. */
export function drawCharts() {
  const draws = pendingCharts;
  pendingCharts = [];
  draws.forEach((draw) => draw());
}

/** Forgets the charts of boxes that never reached the page. */
export function dropCharts() {
  pendingCharts = [];
}

/** What the page is doing (starting, loading, ready, error) and which view it shows: tests wait on these. */
export function setState(state, view) {
  document.body.dataset.state = state;
  if (view !== undefined) document.body.dataset.view = view;
}
