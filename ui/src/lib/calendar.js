// Calendar arithmetic for the date field: days as `YYYY-MM-DD`, computed in UTC so no time
// zone or change of clock moves a day; the week starts on Sunday, as in Israel. Reading what a
// person typed is core's (`api.readDate`), never this module's.

const pad = (n) => String(n).padStart(2, '0');

function utc(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function iso(date) {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `YYYY-MM-DD` and nothing else: what core answers and what a stored date is. */
export function isIso(text) {
  return /^\d{4}-\d{2}-\d{2}$/.test(text ?? '');
}

export function addDays(day, n) {
  const d = utc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** The same day of the month `n` months on, or the month's last day when it has no such day. */
export function addMonths(day, n) {
  const d = utc(day);
  const want = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + n);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(want, last));
  return iso(d);
}

/** 0 for Sunday … 6 for Saturday. */
export function weekday(day) {
  return utc(day).getUTCDay();
}

/** The weeks shown for the month holding `day`: Sunday to Saturday, days of the months around
 * it filling the first and last week, each `{ day, inMonth }`. */
export function monthWeeks(day) {
  const first = `${day.slice(0, 7)}-01`;
  const month = day.slice(0, 7);
  let cursor = addDays(first, -weekday(first));
  const weeks = [];
  do {
    const week = [];
    for (let i = 0; i < 7; i++) {
      week.push({ day: cursor, inMonth: cursor.slice(0, 7) === month });
      cursor = addDays(cursor, 1);
    }
    weeks.push(week);
  } while (cursor.slice(0, 7) === month);
  return weeks;
}

/** A stored date as `Date` at noon UTC, for `Intl` formatters set to `timeZone: 'UTC'`. */
export function asDate(day) {
  const d = utc(day);
  d.setUTCHours(12);
  return d;
}

/** A number as Hebrew letters, as Hebrew dates are written: 5 ה׳, 15 ט״ו, 787 תשפ״ז. Under 1000
 * (a year is written without its thousands). */
export function gematria(n) {
  const letters = [];
  let rest = n % 1000;
  for (; rest >= 400; rest -= 400) letters.push('ת');
  const hundreds = ['', 'ק', 'ר', 'ש'];
  letters.push(hundreds[Math.floor(rest / 100)]);
  rest %= 100;
  // 15 and 16 are written 9+6 and 9+7, not as letters of the Name.
  if (rest === 15 || rest === 16) letters.push('ט', rest === 15 ? 'ו' : 'ז');
  else {
    letters.push('_יכלמנסעפצ'[Math.floor(rest / 10)].replace('_', ''));
    letters.push('_אבגדהוזחט'[rest % 10].replace('_', ''));
  }
  const word = letters.join('');
  return word.length === 1 ? `${word}׳` : `${word.slice(0, -1)}״${word.slice(-1)}`;
}

/** Intl's Hebrew-calendar date with its day and year in Hebrew letters, where the platform's
 * own formatter writes digits (WebKit does not know the `hebr` numbering). */
export function hebrewLetters(formatter, date) {
  return formatter
    .formatToParts(date)
    .map((part) => (part.type === 'day' || part.type === 'year') && /^\d+$/.test(part.value) ? gematria(Number(part.value)) : part.value)
    .join('');
}
