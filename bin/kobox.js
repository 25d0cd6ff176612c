#!/usr/bin/env -S node --import tsx
// The installed `kobox` command: the TypeScript CLI, run through tsx.
import { main } from '../emulator/cli.ts';

await main(process.argv);
