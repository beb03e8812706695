/** A few lines instead of a framework, for the plain join page. */
type Attributes = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** `h('p', { class: 'lead', 'data-testid': 'x' }, 'text', child)`; `true` sets an empty attribute. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * An ordinary link that moves inside the app on a plain left click (as `router/Link.tsx`);
 * a click with a modifier or another button opens it the browser's way.
 */
export function appLink(href: string, attributes: Attributes, go: (path: string) => void): HTMLAnchorElement {
  const link = h('a', { ...attributes, href });
  link.addEventListener('click', (event) => {
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified) return;
    event.preventDefault();
    go(href);
  });
  return link;
}
