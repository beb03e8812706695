import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * `React.lazy` for a module's named export: `lazyNamed(() => import('./X'), 'X')`. Each call
 * site keeps its own `import()`, so the bundler still makes one chunk per part; shown inside a
 * `<Suspense>` with `<PartLoading />` (client/CONTEXT.md "Chunks").
 */
// biome-ignore lint/suspicious/noExplicitAny: the props type is whatever the component's is, as in React.lazy's own signature
export function lazyNamed<K extends string, C extends ComponentType<any>>(load: () => Promise<Record<K, C>>, name: K): LazyExoticComponent<C> {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
