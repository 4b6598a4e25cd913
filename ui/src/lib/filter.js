// Type-to-filter: every word typed must appear somewhere in the record, as part of a word.
// Digits typed are also looked for in phone numbers with their dashes and spaces ignored.

const fold = (text) => (text ?? '').toLocaleLowerCase().normalize('NFC');
const digits = (text) => (text ?? '').replace(/\D/g, '');

export function matches(query, texts, phones = []) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.map(fold).join('\n');
  const numbers = phones.map(digits).join('\n');
  return words.every((word) => {
    if (haystack.includes(word)) return true;
    const d = digits(word);
    return d.length >= 3 && d.length === word.replace(/[\s\-+().]/g, '').length && numbers.includes(d);
  });
}
