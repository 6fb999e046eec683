// The localStorage key of readers' code-cell edits, on its own so the page's up-front script can check for
// edits without loading the store's code.
export const STORE_KEY = 's-curve:code-cells';
