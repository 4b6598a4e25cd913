window.addEventListener('DOMContentLoaded', () =>
  requestAnimationFrame(() =>
    requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke('home_painted')),
  ),
);
