#!/usr/bin/env node
// Node 20 runs no TypeScript: tsx compiles the CLI's sources as they load.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/run.ts');
