import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A known shortcoming is marked `TODO [YYYY-MM-DD]: …` or links its issue. A mark is a
// reminder, not a fix: this test fails once a date has passed, so the reminder is acted on.
// It reads today's date on purpose; it is the one test about the calendar.

const root = new URL('../..', import.meta.url).pathname;
const FOLDERS = ['src', 'tests', 'bench', 'demo'];
const MARK = /\b(?:TODO|FIXME)\b(.*)$/;
const DATED = /^\s*\[(\d{4}-\d{2}-\d{2})\]/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

const marks = FOLDERS.flatMap((folder) => sourceFiles(join(root, folder)))
  .filter((file) => !file.endsWith('tests/meta/todos.test.ts'))
  .flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => {
        const found = MARK.exec(line);
        return found
          ? [{ where: `${file.slice(root.length)}:${index + 1}`, rest: found[1] ?? '' }]
          : [];
      }),
  );

describe('known shortcomings', () => {
  it('are dated or linked', () => {
    const bare = marks.filter((mark) => !DATED.test(mark.rest) && !/https?:\/\//.test(mark.rest));
    expect(bare.map((mark) => mark.where)).toEqual([]);
  });

  it('have not outlived their date', () => {
    const today = new Date().toISOString().slice(0, 10);
    const overdue = marks.filter((mark) => (DATED.exec(mark.rest)?.[1] ?? '9999-12-31') < today);
    expect(overdue.map((mark) => `${mark.where} ${mark.rest.trim()}`)).toEqual([]);
  });
});
