import { relative } from 'node:path';
import {
  build,
  buildFirefox,
  formatLint,
  lintFirefox,
  packageTarget,
  ROOT,
  TARGETS,
  type Target,
} from './extension-builds.ts';

// npm run build:firefox | package[:chrome|:firefox] | lint:firefox
//   tsx scripts/release.ts build <chrome|firefox>
//   tsx scripts/release.ts package [chrome|firefox]   (both when none is named)
//   tsx scripts/release.ts lint firefox

const USAGE = 'usage: release.ts build <chrome|firefox> | package [chrome|firefox] | lint firefox';

function targetsOf(name: string | undefined, all: boolean): Target[] {
  if (name === undefined && all) return [...TARGETS];
  if (name === 'chrome' || name === 'firefox') return [name];
  throw new Error(USAGE);
}

async function main(args: string[]): Promise<number> {
  const [command, name] = args;
  switch (command) {
    case 'build':
      for (const target of targetsOf(name, false)) {
        console.log(`built ${target}: ${relative(ROOT, build(target))}/`);
      }
      return 0;
    case 'package':
      for (const target of targetsOf(name, true)) {
        console.log(`packaged ${target}: ${relative(ROOT, await packageTarget(target))}`);
      }
      return 0;
    case 'lint': {
      if (name !== 'firefox') throw new Error(USAGE);
      const report = await lintFirefox(buildFirefox());
      console.log(formatLint(report));
      return report.summary.errors === 0 ? 0 : 1;
    }
    default:
      throw new Error(USAGE);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
