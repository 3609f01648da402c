import { defineManifest } from '@crxjs/vite-plugin';
import manifest from '../manifest.json' with { type: 'json' };
import packageJson from '../package.json' with { type: 'json' };

// manifest.json at the top level is the source; the version is package.json's, so a
// release bumps one number. Chrome 116 is the first with sidePanel.setPanelBehavior.
export default defineManifest({
  ...manifest,
  version: packageJson.version,
});
