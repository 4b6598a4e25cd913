// Saving as the user types: each change is written a moment after typing pauses, and at once
// when the field loses focus or the window is hidden or closed. What was typed stays on screen
// whatever happens; a failed save shows its message and is tried again on the next change.
import { ApiError } from '../api.js';

export const AUTOSAVE_DELAY_MS = 400;

export class Autosave {
  /** idle, pending, saving, saved or failed. */
  status = $state('idle');
  error = $state(null);
  #timer = null;
  #pending = null;
  #save;

  /** `save(value)` writes one value; it is never called twice at once for the same field. */
  constructor(save) {
    this.#save = save;
  }

  schedule(value) {
    this.#pending = { value };
    this.status = 'pending';
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
      if (!this.#pending) this.status = 'saved';
    } catch (e) {
      this.error = e instanceof ApiError ? e : new ApiError('internal', String(e));
      this.status = 'failed';
    }
  }
}
