// Column widths for a long one-line-row table (`table-layout: fixed`, so drawing a window of rows
// never moves a column): each column asks for the width of what it holds, measured in the
// table's own font, and the room there is goes by priority. A column nobody filled keeps only
// its header's width; a column with more room than it needs gives it to the columns that grow.
// When even every column at its least does not fit, the columns marked `fold` leave the table,
// the least important first, and are shown under the row's name instead of crushing it.

/** Cell padding and border, as `th, td` in app.css draw them (0.6rem each side, at 15px),
 * and a pixel to spare for rounding. */
const PADDING = 22;
/** Enough rows, by length, to know what a column holds without measuring every one. */
const SAMPLE = 2000;

import { t } from '../i18n.svelte.js';

let canvas = null;

/** `fitColumns` for a table drawn in `scroller`, whose columns name their header by message
 * id; null until the table is there with rows. Reading a header follows the language. */
export function fitTable(columns, rows, scroller, width) {
  if (!scroller || !width || !rows?.length) return null;
  const named = columns.map((c) => ({ ...c, header: t(c.header) }));
  return fitColumns(named, rows, width, measurer(scroller));
}

/** A function that measures a text's width in the font of `element` (bold when asked). */
export function measurer(element) {
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  const style = getComputedStyle(element);
  const font = (weight) => `${weight} ${style.fontSize} ${style.fontFamily}`;
  return (text, bold = false) => {
    context.font = font(bold ? 600 : style.fontWeight);
    return context.measureText(text ?? '').width;
  };
}

/** The text of the row whose length is at the 90th percentile: wide enough for nearly all,
 * never held hostage by one overlong line. */
function typical(texts) {
  const step = Math.max(1, Math.floor(texts.length / SAMPLE));
  const sample = [];
  for (let i = 0; i < texts.length; i += step) sample.push(texts[i]);
  sample.sort((a, b) => a.length - b.length);
  return sample[Math.min(sample.length - 1, Math.floor(sample.length * 0.9))] ?? '';
}

/** The longest texts, by length, of a sample: among them is the widest one drawn, which a
 * column needs to show every row whole. */
function longest(texts, count = 8) {
  const step = Math.max(1, Math.floor(texts.length / SAMPLE));
  const best = [];
  for (let i = 0; i < texts.length; i += step) {
    best.push(texts[i]);
    if (best.length > count * 4) best.sort((a, b) => b.length - a.length).splice(count);
  }
  return best.sort((a, b) => b.length - a.length).slice(0, count);
}

/**
 * @param {Array<{ key: string, header: string, text: (row) => string, min: number, max?: number,
 *   priority: number, grow?: boolean, fold?: boolean, bold?: boolean, host?: boolean,
 *   fixed?: number }>} columns widths in px; priority 1 is kept widest longest; the `host` column
 *   shows the folded ones; a `fixed` column (a select) is always that wide
 * @param {any[]} rows
 * @param {number} available the table's width in px
 * @param {(text: string, bold?: boolean) => number} measure
 * @returns {{ widths: Record<string, number>, shown: string[], folded: string[] }}
 */
export function fitColumns(columns, rows, available, measure) {
  const need = {};
  for (const c of columns) {
    if (c.fixed) {
      need[c.key] = { want: c.fixed, full: c.fixed, least: c.fixed, texts: [] };
      continue;
    }
    const texts = rows.map((r) => c.text(r) ?? '').filter((s) => s !== '');
    const header = Math.ceil(measure(c.header, true)) + PADDING;
    const cap = (w) => Math.min(w, c.max ?? Infinity);
    if (texts.length === 0) {
      // Nobody filled it: the header is all it shows, and its room goes to the others.
      need[c.key] = { want: header, full: header, least: Math.min(header, c.min), texts };
      continue;
    }
    const want = cap(Math.max(Math.ceil(measure(typical(texts), c.bold)) + PADDING, header));
    const widest = Math.max(...longest(texts).map((text) => measure(text, c.bold)));
    const full = cap(Math.max(Math.ceil(widest) + PADDING, want));
    need[c.key] = { want, full, least: Math.min(c.min, want), texts };
  }
  const host = columns.find((c) => c.host);

  /** Widths for `cols`; below what they want only when `squeeze` (nothing left to fold). */
  const fit = (cols, folded, squeeze) => {
    const widths = Object.fromEntries(cols.map((c) => [c.key, need[c.key].want]));
    if (host && folded.length) {
      // The host shows the folded columns on a second, smaller line: room for that too.
      const line = folded.map((c) => typical(need[c.key].texts)).filter(Boolean).join(' · ');
      widths[host.key] = Math.max(widths[host.key], Math.ceil(measure(line) * 0.85) + PADDING);
    }
    let total = cols.reduce((sum, c) => sum + widths[c.key], 0);
    if (total <= available) {
      // Room to spare: first every column up to its longest text, the important first, then
      // what is left to the columns that grow.
      for (const c of [...cols].sort((a, b) => a.priority - b.priority)) {
        const take = Math.min(available - total, Math.max(0, need[c.key].full - widths[c.key]));
        widths[c.key] += take;
        total += take;
      }
      const growing = cols.filter((c) => c.grow);
      const spare = available - total;
      const base = growing.reduce((sum, c) => sum + widths[c.key], 0) || 1;
      for (const c of growing) widths[c.key] += Math.floor((spare * widths[c.key]) / base);
      return { widths, fits: true };
    }
    if (!squeeze) return { widths, fits: false };
    // Too wide: the least important give first, each down to its least.
    for (const c of [...cols].sort((a, b) => b.priority - a.priority)) {
      const least = c === host && folded.length ? Math.min(widths[c.key], need[c.key].least * 1.5) : need[c.key].least;
      const give = Math.max(0, Math.min(total - available, widths[c.key] - least));
      widths[c.key] -= give;
      total -= give;
      if (total <= available) break;
    }
    return { widths, fits: total <= available };
  };

  // Fold the least important foldable column first, one at a time, until the rest fit as they
  // are; only with all folded is anything cut.
  const foldable = columns.filter((c) => c.fold).sort((a, b) => b.priority - a.priority);
  let kept = columns;
  let folded = [];
  let result = fit(kept, folded, false);
  for (const c of foldable) {
    if (result.fits) break;
    kept = kept.filter((k) => k !== c);
    folded = columns.filter((k) => !kept.includes(k));
    result = fit(kept, folded, false);
  }
  if (!result.fits) result = fit(kept, folded, true);
  return { widths: result.widths, shown: kept.map((c) => c.key), folded: folded.map((c) => c.key) };
}
