// The one module that talks to the Rust side. Screens call these functions and never see IPC.
import { invoke } from '@tauri-apps/api/core';

/** A failed command: `code` is stable, `message` is already in the user's language. */
export class ApiError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

async function call(command, args) {
  try {
    return await invoke(command, args);
  } catch (e) {
    if (e && typeof e === 'object' && 'code' in e && 'message' in e) throw new ApiError(e.code, e.message);
    throw new ApiError('internal', String(e));
  }
}

export const api = {
  /** Language, first-run state and record counts: what the first screen needs. */
  bootstrap: () => call('bootstrap'),
  setLocale: (locale) => call('set_locale', { locale }),
  startEmpty: () => call('start_empty'),
  loadSample: () => call('load_sample'),
  listPeople: () => call('list_people'),
  listClusters: () => call('list_clusters'),
};
