// The one module that talks to the Rust side. Screens call these functions and never see IPC.
import { invoke } from '@tauri-apps/api/core';
import { bind } from './commands.js';

/** A failed command: `code` is stable, `message` is already in the user's language. */
export class ApiError extends Error {
  constructor(code, message, field = null, fields = []) {
    super(message);
    this.code = code;
    /** The input field to fix (`full_name`, `mobile`, …), when the error is about one. */
    this.field = field;
    /** Every field to fix with its own message, when a form has several problems. */
    this.fields = fields;
  }
}

async function call(command, args) {
  try {
    return await invoke(command, args);
  } catch (e) {
    if (e && typeof e === 'object' && 'code' in e && 'message' in e) throw new ApiError(e.code, e.message, e.field ?? null, e.fields ?? []);
    throw new ApiError('internal', String(e));
  }
}

/**
 * Every command of the shell, as `api.listForums(includeArchived)` and so on: the functions,
 * their parameters and their documentation are generated from the commands themselves
 * (`commands.js`, made by src-tauri/build.rs), so a new command needs no line here.
 */
export const api = bind(call);
