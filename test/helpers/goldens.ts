// Golden transcripts: each test/golden/NAME.scenario (see emulator/transcript/scenario-file.ts) was
// run on Debian's real kernel under QEMU, and NAME.golden holds the normalised transcript
// (`npm run capture -- NAME` regenerates it).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../emulator/paths.ts';
import { readGolden, readScenario, type ScenarioFile } from '../../emulator/transcript/scenario-file.ts';

export const goldenDir = join(repoRoot, 'test/golden');

const scenariosIn = (dir: string) => readdirSync(dir).filter(f => f.endsWith('.scenario')).map(f => f.slice(0, -9));

/** NAME for test/golden/NAME.scenario, DIR/NAME for one a directory down (test/golden/fuzz/). */
export const goldenNames = () => [
	...scenariosIn(goldenDir),
	...readdirSync(goldenDir, { withFileTypes: true }).filter(d => d.isDirectory())
		.flatMap(d => scenariosIn(join(goldenDir, d.name)).map(n => `${d.name}/${n}`)),
].sort();

export const goldenScenario = (name: string): ScenarioFile => readScenario(join(goldenDir, `${name}.scenario`));

export const golden = (name: string): string | undefined => readGolden(join(goldenDir, `${name}.golden`));
