// A long table drawn only where it is seen: the rows in view and a margin either side are in
// the page, and spacer rows above and below keep the scroll bar true to the whole list. Every
// row is one line high (tables using this carry the `one-line-rows` class), so the height of
// one drawn row tells where any row is. Used by the people list and the action items, which
// reach tens of thousands of rows at a district's size.

const OVERSCAN = 30;

export class VisibleRows {
  /** The scrolling element (bound with `bind:this`). */
  scroller = $state(null);
  scrollTop = $state(0);
  /** The scroller's height (bound with `bind:clientHeight`). */
  viewHeight = $state(600);
  /** Measured from a drawn row. */
  rowHeight = $state(40);

  #all;
  #selector;
  #startsAnew;

  /**
   * @param {() => any[]} all the whole list, read reactively
   * @param {string} selector a drawn row, for measuring its height
   * @param {() => any} startsAnew what, when it changes, scrolls back to the top (another
   *   filter); by default any change of the list
   */
  constructor(all, selector, startsAnew = all) {
    this.#all = all;
    this.#selector = selector;
    this.#startsAnew = startsAnew;
  }

  get total() {
    return this.#all().length;
  }

  first = $derived(Math.max(0, Math.floor(this.scrollTop / this.rowHeight) - OVERSCAN));
  last = $derived(Math.min(this.total, Math.ceil((this.scrollTop + this.viewHeight) / this.rowHeight) + OVERSCAN));
  /** The rows to draw: `first` to `last` of the whole list. */
  shown = $derived(this.#all().slice(this.first, this.last));
  /** Heights of the spacers before and after the drawn rows, in pixels. */
  before = $derived(this.first * this.rowHeight);
  after = $derived((this.total - this.last) * this.rowHeight);

  onscroll = (event) => {
    this.scrollTop = event.currentTarget.scrollTop;
  };

  /** Call once while the component is set up: keeps the row height measured, and shows a new
   * list from its top. */
  track() {
    $effect(() => {
      this.#startsAnew();
      if (this.scroller) this.scroller.scrollTop = 0;
      this.scrollTop = 0;
    });
    $effect(() => {
      this.shown;
      const height = this.scroller?.querySelector(this.#selector)?.getBoundingClientRect().height;
      if (height && Math.abs(height - this.rowHeight) > 0.5) this.rowHeight = height;
    });
  }
}
