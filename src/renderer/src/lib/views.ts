import type { Component } from 'svelte'

/** A view's module as `import()` gives it. */
type ViewModule = { default: Component<never> }

/**
 * Loaders of the views that another view fetches ahead of time. They live in the first
 * screen's code: a lazy view importing another lazy view directly would make the build list
 * the first screen's style sheet, which is written into index.html, as a file to load.
 */

/**
 * `load`, run once: the module itself once it is in, so a screen opened again is drawn in the
 * same update as the route's change rather than in one more after a promise settles.
 */
function loadOnce<M extends ViewModule>(load: () => Promise<M>): () => M | Promise<M> {
  let loaded: M | undefined
  let loading: Promise<M> | undefined
  return () => {
    if (loaded) return loaded
    loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // A failed load is tried again the next time the screen is opened.
        loading = undefined
        throw error
      },
    )
    return loading
  }
}

/** The compare screen: the saved list loads it before one of its links is followed. */
export const loadCompareView = loadOnce(() => import('../views/CompareView.svelte'))
