import { lazy, useState, type ComponentType } from 'react';

/**
 * A component in its own chunk, like `React.lazy`, that renders at once when its chunk is already in.
 * `React.lazy` suspends on its first render even then (the module's promise is new to React), so a
 * page whose chunk was preloaded before the first render would show "Laden…" first and appear only
 * after React's Suspense throttle (300 ms; ADR 0151, third step). `preload` requests the chunk.
 */
export function preloadable<P extends object, M>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>): ComponentType<P> & { preload: () => Promise<M> } {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<M> | undefined;
  const preload = (): Promise<M> =>
    (pending ??= load().then(
      (m) => {
        loaded = pick(m);
        return m;
      },
      (error: unknown) => {
        // A later mount may try again (a new release, the network back).
        pending = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: pick(await preload()) }));
  function Preloadable(props: P) {
    // Chosen once per mount: switching from the lazy one later would mount the page anew and lose its state.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(Preloadable, { preload });
}
