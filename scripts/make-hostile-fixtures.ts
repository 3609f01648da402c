import { relative } from 'node:path';
import { HOSTILE_DIR, staleHostileFixtures, writeHostileFixtures } from './hostile/fixtures.ts';

// npx tsx scripts/make-hostile-fixtures.ts          writes tests/fixtures/hostile/ anew
// npx tsx scripts/make-hostile-fixtures.ts --check  exits 1 when a file differs from the generator

const folder = relative(process.cwd(), HOSTILE_DIR);

if (process.argv.includes('--check')) {
  const stale = staleHostileFixtures();
  if (stale.length > 0) {
    console.error(`${folder}: out of date: ${stale.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log(`${folder}: up to date`);
  }
} else {
  const written = writeHostileFixtures();
  console.log(`${folder}: wrote ${written.length} files`);
}
