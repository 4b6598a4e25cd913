// Messages from the same Fluent files Rust reads (locales/<lang>/*.ftl), bundled at build time.
import { FluentBundle, FluentResource } from '@fluent/bundle';

const sources = import.meta.glob('../../locales/*/*.ftl', { query: '?raw', import: 'default', eager: true });

/** Numbers in Western digits in every language, as dates and phone numbers are: Arabic as
 * written in Israel, and one kind of digit on a screen (`nu-latn`). */
const NUMBERS = { ar: `ar-u-nu-latn` }; // a locale, not a message id

const bundles = {};
for (const [path, text] of Object.entries(sources)) {
  const lang = path.split('/').at(-2);
  bundles[lang] ??= new FluentBundle(NUMBERS[lang] ?? lang);
  bundles[lang].addResource(new FluentResource(text));
}

export const LOCALES = ['he', 'ar', 'en'];

let current = $state('he');

/** The current language code; reading it inside a component makes the component follow it. */
export function locale() {
  return current;
}

/** Switch the language and the document's direction. */
export function applyLocale(code, dir) {
  if (!bundles[code]) return;
  current = code;
  document.documentElement.lang = code;
  document.documentElement.dir = dir;
  document.title = t('app-title');
}

/** Render message `id` in the current language. */
export function t(id, args) {
  const bundle = bundles[current];
  const message = bundle.getMessage(id);
  if (!message?.value) return id;
  return bundle.formatPattern(message.value, args);
}

/** `t` without Fluent's direction-isolation marks: for text that goes into an input, where
 * the user edits it and Eshkol stores it (core refuses invisible direction marks). */
export function plain(id, args) {
  return t(id, args).replace(/[\u2068\u2069]/g, '');
}
