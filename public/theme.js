// Applies a theme the reader chose before the page paints; without a choice the system setting rules (CSS).
try {
  var theme = localStorage.getItem('s-curve:theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (error) {
  /* Storage can be blocked; the system theme still applies. */
}
