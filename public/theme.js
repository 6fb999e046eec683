// Applies a theme the reader chose before the page paints; without a choice the system setting rules (CSS).
// Anything else under the key (another app's data, garbage) is moved to the set-aside key and ignored.
try {
  var themeKey = 's-curve:theme';
  var theme = localStorage.getItem(themeKey);
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  else if (theme !== null) {
    localStorage.setItem(themeKey + ':set-aside', theme);
    localStorage.removeItem(themeKey);
  }
} catch (error) {
  /* Storage can be blocked or full; the system theme still applies. */
}
