// Saving as the user types: each change is written a moment after typing pauses, and at once
// when the field loses focus or the window is hidden or closed. What was typed stays on screen
// whatever happens; a failed save shows its message and is tried again on the next change.
// A full disk, or another program holding the database, is waited out: the save is tried
// again every few seconds until it goes in, and a view opened again on the same record takes
// over the text still waiting.
import { ApiError } from '../api.js';

export const AUTOSAVE_DELAY_MS = 400;
export const RETRY_MS = 3000;
/** Refusals that pass by themselves: nothing was written, and the same save goes in later. */
// Error codes are written in backticks: quoted, the locale test would take them for messages.
const PASSING = new Set([`disk-full`, `database-busy`]);

/** The saves still holding text not yet written, by the key of what they write. */
const holding = new Map();

export class Autosave {
  /** idle, pending, saving, saved, failed, or waiting (for room on the disk, or for another
   * program to let go of the database: `error.code` says which). */
  status = $state('idle');
  error = $state(null);
  #timer = null;
  #pending = null;
  #save;
  #key;

  /** `save(value)` writes one value; it is never called twice at once for the same field.
   * `key` names what it writes (`minutes:<id>`), so that text waiting for room is not lost
   * when its view closes and opens again. */
  constructor(save, key = null) {
    this.#save = save;
    this.#key = key;
    const before = key && holding.get(key);
    if (before) {
      // The earlier view's save stops; this one carries its text on.
      holding.set(key, this);
      clearTimeout(before.#timer);
      if (before.#pending) {
        this.#wait(before.#pending.value, before.error);
        before.#pending = null;
      }
    }
  }

  /** The text typed and not yet saved, if any: what a view opened again should show. */
  get unsaved() {
    return this.#pending?.value;
  }

  schedule(value) {
    this.#pending = { value };
    this.status = 'pending';
    this.#hold();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), AUTOSAVE_DELAY_MS);
  }

  async flush() {
    clearTimeout(this.#timer);
    if (!this.#pending) return;
    const { value } = this.#pending;
    this.#pending = null;
    this.status = 'saving';
    try {
      await this.#save(value);
      this.error = null;
      if (!this.#pending) {
        this.status = 'saved';
        if (this.#key && holding.get(this.#key) === this) holding.delete(this.#key);
      }
    } catch (e) {
      this.error = e instanceof ApiError ? e : new ApiError('internal', String(e));
      if (PASSING.has(this.error.code)) {
        // Nothing was written: keep the text and try again, here or in the view that took over.
        const heir = (this.#key && holding.get(this.#key)) || this;
        heir.#wait(value, this.error);
      } else {
        this.status = 'failed';
      }
    }
  }

  /** Keep `value` (unless newer was typed meanwhile) and try again in a few seconds. */
  #wait(value, error) {
    this.#pending ??= { value };
    this.error = error;
    this.status = 'waiting';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), RETRY_MS);
  }

  #hold() {
    if (this.#key) holding.set(this.#key, this);
  }
}
