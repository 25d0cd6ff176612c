#!/usr/bin/env node
// The installed `kobox` command: the TypeScript CLI, run through tsx. tsx is registered from here
// (not with `node --import tsx`, which looks for it from the current directory) so kobox runs
// from any directory.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../emulator/cli.ts');
await main(process.argv);
