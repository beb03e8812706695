#!/usr/bin/env node
// Runs the TypeScript CLI (server/cli/mufakat.ts) through tsx, so `npx mufakat` works in a
// checkout after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/mufakat.ts');
