import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The CLI's contract (issue 2): fields, exit codes, a bad file skipped, files recognised by
// their content. Run through the real bin, as a user would.

const run = promisify(execFile);
const repo = new URL('../..', import.meta.url).pathname;
const bin = join(repo, 'bin/inquiry-triage.js');
const corpus = join(repo, '../shared/corpus');
const demo = join(repo, 'demo/mailbox');

type Result = { code: number; stdout: string; stderr: string };

async function cli(...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { maxBuffer: 32 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
const FIELDS = ['class', 'factors', 'feedbackKinds', 'id', 'kind', 'redFlags', 'total'];

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'inquiry-triage-cli-'));
}

describe('classify --json', { timeout: 60_000 }, () => {
  it('prints exactly one object per corpus case with the contract fields', async () => {
    const result = await cli('classify', '--json', join(corpus, 'inquiries.dev.jsonl'));
    const cases = readFileSync(join(corpus, 'inquiries.dev.jsonl'), 'utf8').trim().split('\n');
    const lines = jsonLines(result.stdout);

    expect(result.code).toBe(0);
    expect(lines).toHaveLength(cases.length);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(FIELDS);
      expect(['inquiry', 'reply', 'other']).toContain(line.kind);
    }
  });

  it('gives class, total and factors in range for inquiries and null otherwise', async () => {
    const lines = jsonLines((await cli('classify', '--json', demo)).stdout);
    const inquiries = lines.filter((line) => line.kind === 'inquiry');

    expect(inquiries.length).toBeGreaterThan(5);
    for (const line of inquiries) {
      expect(line.class).toMatch(/^[A-E]$/);
      expect(line.total).toBeGreaterThanOrEqual(0);
      expect(line.total).toBeLessThanOrEqual(1000);
      for (const key of ['source', 'product', 'terms', 'identity', 'fit']) {
        expect(line.factors[key]).toBeGreaterThanOrEqual(0);
        expect(line.factors[key]).toBeLessThanOrEqual(20);
      }
      expect(line.factors.intent).toBeGreaterThanOrEqual(1);
      expect(line.factors.intent).toBeLessThanOrEqual(10);
    }
    for (const line of lines.filter((l) => l.kind !== 'inquiry')) {
      expect([line.class, line.total, line.factors]).toEqual([null, null, null]);
    }
  });

  it('lists reply kinds for buyer replies only, primary first', async () => {
    const lines = jsonLines(
      (await cli('classify', '--json', join(corpus, 'replies.dev.jsonl'))).stdout,
    );
    const fb001 = lines.find((line) => line.id === 'fb-001');

    expect(fb001.kind).toBe('reply');
    expect(fb001.feedbackKinds[0]).toBe('bargaining');
    expect(lines.every((line) => line.kind !== 'reply' || line.feedbackKinds.length > 0)).toBe(
      true,
    );
  });

  it('reads an mbox by its content whatever its name, and numbers its messages', async () => {
    const dir = scratch();
    const mbox = join(dir, 'archive.data');
    const message = (name: string) =>
      readFileSync(join(demo, name), 'utf8').replace(/^From /gm, '>From ');
    writeFileSync(
      mbox,
      `From lily@example Mon Mar  2 09:00:00 2026\n${message('01-repeat-order-kestrel.eml')}\n` +
        `From lily@example Mon Mar  2 10:00:00 2026\n${message('11-fee-western-union-yahoo.eml')}\n`,
    );

    const lines = jsonLines((await cli('classify', '--json', mbox)).stdout);
    expect(lines.map((line) => line.id)).toEqual(['archive.data#1', 'archive.data#2']);
    expect(lines[1].class).toBe('E');
  });

  it('reads a raw message with no extension and names the file as its id', async () => {
    const dir = scratch();
    copyFileSync(join(demo, '12-fake-alibaba-notice.eml'), join(dir, 'message'));

    const [line] = jsonLines((await cli('classify', '--json', join(dir, 'message'))).stdout);
    expect(line.id).toBe('message');
    expect(line.redFlags.map((flag: { id: string }) => flag.id)).toContain(
      'platform-impersonation',
    );
  });
});

describe('exit codes and bad input', { timeout: 60_000 }, () => {
  it('names an unreadable file on stderr, skips it and goes on', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notes.txt'), 'shopping list: eggs, milk\n');
    copyFileSync(join(demo, '02-new-buyer-drawing-larchmere.eml'), join(dir, 'inquiry.eml'));

    const result = await cli('classify', '--json', dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('notes.txt');
    expect(jsonLines(result.stdout).map((line) => line.id)).toEqual(['inquiry.eml']);
  });

  it('refuses a broken case line but grades the good ones', async () => {
    const dir = scratch();
    const good = readFileSync(join(corpus, 'inquiries.dev.jsonl'), 'utf8').split('\n')[0];
    writeFileSync(join(dir, 'cases.jsonl'), `${good}\n{"id": "broken", "message": {}}\n`);

    const result = await cli('classify', '--json', join(dir, 'cases.jsonl'));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('cases.jsonl:2');
    expect(jsonLines(result.stdout)).toHaveLength(1);
  });

  it('exits 1 when nothing could be graded', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'empty.txt'), 'nothing here\n');
    const result = await cli('classify', '--json', join(dir, 'empty.txt'));

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });

  it('exits 2 on wrong usage', async () => {
    expect((await cli('classify')).code).toBe(2);
    expect((await cli('classify', '--no-such-flag', demo)).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
  });

  it('prints a readable table without --json', async () => {
    const result = await cli('classify', demo);
    expect(result.stdout.split('\n')[0]).toMatch(/^id\s+kind\s+class\s+total/);
    expect(result.stdout).toMatch(/01-repeat-order-kestrel\.eml\s+inquiry\s+A/);
  });
});
