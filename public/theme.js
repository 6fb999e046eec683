// Applies the reader's theme and projector choices before the page paints; without a theme choice the system
// setting rules (CSS). `?projector=1` or `?projector=0` in the address switches projector mode and is remembered.
(function () {
  var root = document.documentElement;
  var projectorKey = 's-curve:projector';
  var asked = /[?&]projector=([01])(?:&|$)/.exec(location.search);
  var projector = asked ? asked[1] : null;
  try {
    var theme = localStorage.getItem('s-curve:theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    if (projector === null) projector = localStorage.getItem(projectorKey);
    else localStorage.setItem(projectorKey, projector);
  } catch (error) {
    /* Storage can be blocked; the system theme and the address's projector switch still apply. */
  }
  if (projector === '1') root.setAttribute('data-projector', '');
})();
