// Capture golden transcripts from Debian's real arm64 kernel under QEMU: the same busybox, the
// same transcript helper and the same modules the board gets. Writes test/golden/NAME.golden.
// usage: npm run capture [-- NAME...]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../emulator/paths.ts';
import { transcriptOnQemu } from '../emulator/transcript/scenario-run.ts';
import { formatTranscript } from '../emulator/transcript/transcript.ts';
import { normalise } from '../emulator/transcript/normalise.ts';
import { goldenDir, goldenNames, goldenScenario } from '../test/helpers/goldens.ts';
import { buildTestGuests } from '../test/helpers/build-guests.ts';

const vmlinuz = execFileSync(join(repoRoot, 'scripts/reference-kernel.sh'), { encoding: 'utf8' }).trim();
execFileSync(join(repoRoot, 'scripts/build-modules.sh'), { stdio: 'inherit' });
execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/derive-modules.ts')], { stdio: 'inherit' });
buildTestGuests();
const names = process.argv.length > 2 ? process.argv.slice(2) : goldenNames();
for (const [i, name] of names.entries()) {
	process.stderr.write(`[${i + 1}/${names.length}] ${name}\n`);
	const run = await transcriptOnQemu(goldenScenario(name), vmlinuz);
	if (!run.complete) throw new Error(`${name}: the transcript did not complete on the reference kernel:\n${run.console}`);
	const header = `# Captured from ${vmlinuz.split('/').pop()} under qemu-system-aarch64 -M virt by: npm run capture -- ${name}\n`;
	writeFileSync(join(goldenDir, `${name}.golden`), header + normalise(formatTranscript(run.records)));
}
