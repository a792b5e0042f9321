/**
 * Loaders of the views that another view fetches ahead of time. They live in the first
 * screen's code: a lazy view importing another lazy view directly would make the build list
 * the first screen's style sheet, which is written into index.html, as a file to load.
 */
export const loadCompareView = () => import('../views/CompareView.svelte')
