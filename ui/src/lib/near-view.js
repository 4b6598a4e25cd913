// Drawing what is about to be seen: an attachment that calls back once, when its element
// comes within a screen or so of the view, then stops watching. Lists of cards too long to draw
// at once (a district's clusters) draw each card's contents the first time it comes near.

/** @param {() => void} callback */
export function whenNear(callback) {
  return (node) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          callback();
        }
      },
      // The document scrolls (the frame grows with its content), so the view is the viewport.
      { rootMargin: '800px 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  };
}
