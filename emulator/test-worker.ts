// One board of `kobox test -j N` (test-workers.ts): judges the scenarios its parent names.
import { testWorker } from './cli-scenarios.ts';

testWorker();
