// Applies the stored theme and language before first paint (no flash of the wrong theme).
// A file, not an inline script, so a strict Content-Security-Policy (script-src 'self') allows it.
(function () {
  try {
    var root = document.documentElement;
    var theme = localStorage.getItem('layerlab:theme');
    if (theme !== 'light' && theme !== 'dark') {
      theme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    }
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
    var lang = localStorage.getItem('layerlab:lang');
    if (lang === 'en' || lang === 'ko') root.lang = lang;
  } catch (e) {
    /* storage unavailable: CSS falls back to the system preference */
  }
})();
