// What every record form shares: the error of the last save, and which field it points at.
// What the user typed stays in the form's own state whatever happens.
import { ApiError, api } from '../api.js';

export class FormState {
  error = $state(null);
  busy = $state(false);

  /** The message for `field`, if the last error is about it (or about it among others). */
  fieldError(field) {
    const among = this.error?.fields?.find((f) => f.field === field);
    if (among) return among.message;
    return this.error?.field === field ? this.error.message : null;
  }

  /** Run a save; resolve to its value, or to undefined with `error` set. */
  async run(action) {
    this.busy = true;
    this.error = null;
    try {
      return await action();
    } catch (e) {
      this.error = e instanceof ApiError ? e : new ApiError('internal', String(e));
      // Bring the field to fix into view and focus.
      // An input may stand for a field of another name (`data-field`), as a search box for an id.
      const field = this.error.field;
      queueMicrotask(() => document.querySelector(`[name="${field}"], [data-field="${field}"]`)?.focus());
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}

/** Empty strings from inputs become null for optional ids. (Numbers go as typed: `NumberField`.) */
export function orNull(value) {
  return value === '' || value === undefined ? null : value;
}

/** Archive a record that is not archived, or restore one that is; close its dialog when done. */
export async function toggleArchived(form, kind, id, archived, onclose) {
  const done = await form.run(async () => {
    await api.setArchived(kind, id, !archived);
    return true;
  });
  if (done) onclose(true);
}

/** Whether a dialog's draft changed since it was opened: Esc asks before throwing it away
 * (`Dialog`'s `dirty`). `mark()` once the record is loaded into the draft. */
export class Unsaved {
  #read;
  opened = $state('');

  constructor(read) {
    this.#read = read;
    this.opened = JSON.stringify(read());
  }

  mark() {
    this.opened = JSON.stringify(this.#read());
  }

  dirty = () => JSON.stringify(this.#read()) !== this.opened;
}
