// Type-to-filter: every word typed must appear somewhere in the record, as part of a word.
// Digits typed are also looked for in phone numbers with their dashes and spaces ignored.

const fold = (text) => (text ?? '').toLocaleLowerCase().normalize('NFC');
const digits = (text) => (text ?? '').replace(/\D/g, '');

export function matches(query, texts, phones = []) {
  return matcher(query)(prepare(texts, phones));
}

/** A record's texts and phone numbers folded once, for lists filtered on every key press. */
export function prepare(texts, phones = []) {
  return { haystack: texts.map(fold).join('\n'), numbers: phones.map(digits).join('\n') };
}

/** The query's test, to run over many `prepare`d records. */
export function matcher(query) {
  const words = fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const d = digits(word);
      return { word, digits: d.length >= 3 && d.length === word.replace(/[\s\-+().]/g, '').length ? d : null };
    });
  if (words.length === 0) return () => true;
  return ({ haystack, numbers }) =>
    words.every(({ word, digits: d }) => haystack.includes(word) || (d !== null && numbers.includes(d)));
}
