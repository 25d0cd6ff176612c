// Capture golden transcripts from Debian's real arm64 kernel under QEMU: the same busybox, the
// same transcript helper and the same files the board gets. Writes test/golden/NAME.golden, each
// with the command that regenerates it, and test/golden/real-kernel-boot.log (the full boot log).
// usage: npm run capture [-- NAME...]
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../emulator/paths.ts';
import { captureGolden, referenceKernel } from '../emulator/transcript/capture.ts';
import { readScenario } from '../emulator/transcript/scenario-file.ts';
import { goldenDir, goldenNames } from '../test/helpers/goldens.ts';

const vmlinuz = referenceKernel();
execFileSync(join(repoRoot, 'scripts/build-tests.sh'), { stdio: 'inherit' });
const names = process.argv.length > 2 ? process.argv.slice(2) : goldenNames();
for (const [i, name] of names.entries()) {
	const t0 = performance.now();
	process.stderr.write(`[${i + 1}/${names.length}] ${name} ...`);
	await captureGolden(readScenario(join(goldenDir, `${name}.scenario`)), vmlinuz, `npm run capture -- ${name}`);
	process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
if (process.argv.length <= 2)
	execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/capture-boot-log.ts')], { stdio: 'inherit' });
