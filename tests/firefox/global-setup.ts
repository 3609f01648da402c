import { buildFirefox } from '../../scripts/extension-builds.ts';
import { assertFirefox } from './support.ts';

// Builds dist-firefox/ once for the Firefox suite, the way `npm run build:firefox` does. It
// has its own output folder, so it never disturbs the dist/ the Chromium suite loads.
export default function setup(): void {
  assertFirefox();
  buildFirefox();
}
