// A node:test reporter that adds up each test file's tests and prints the files slowest first,
// so the suite's time can be read off every run (scripts/test uses it beside `spec`).
export default async function* durations(source) {
  const files = new Map();
  for await (const event of source) {
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0 && event.data.file) {
      const name = event.data.file.split('/').pop();
      const entry = files.get(name) ?? { tests: 0, ms: 0 };
      entry.tests += 1;
      entry.ms += event.data.details?.duration_ms ?? 0;
      files.set(name, entry);
    }
  }
  const rows = [...files].sort((a, b) => b[1].ms - a[1].ms);
  const total = rows.reduce((sum, [, e]) => sum + e.ms, 0);
  yield '\nEnd-to-end time by file, slowest first:\n';
  for (const [name, e] of rows) {
    yield `${(e.ms / 1000).toFixed(1).padStart(7)} s  ${String(e.tests).padStart(3)} tests  ${name}\n`;
  }
  yield `${(total / 1000).toFixed(1).padStart(7)} s  in all\n`;
}
