// Where the focus goes when a view replaces another inside an area (a meeting opened from its
// forum, the contact sheet from the list): to the new view's heading, not lost with the button
// that opened it. Used as `<h1 tabindex="-1" use:focusOnMount>`.
export function focusOnMount(node) {
  queueMicrotask(() => node.focus({ preventScroll: false }));
}
