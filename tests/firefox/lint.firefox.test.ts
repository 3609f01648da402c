import { describe, expect, it } from 'vitest';
import { formatLint, lintFirefox } from '../../scripts/extension-builds.ts';
import { firefoxDist } from './support.ts';

// Mozilla's linter (addons-linter through web-ext, as addons.mozilla.org runs it on upload)
// on the Firefox build that global-setup made: no errors. Warnings are printed, not failed:
// they name library code (zod's eval probe, Preact's innerHTML) that the CSP keeps inert.
describe('web-ext lint on the Firefox build', () => {
  it('reports no errors', async () => {
    const report = await lintFirefox(firefoxDist);
    console.log(formatLint(report));
    expect(report.errors).toEqual([]);
  }, 120_000);
});
