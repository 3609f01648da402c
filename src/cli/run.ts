import { main } from './main.ts';

// The bin's entry: real stdout and stderr, and the exit code main decides.
const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
