// Capture what Debian's real arm64 kernel prints for each userspace scenario: the same busybox,
// the same /init and the same files, booted under QEMU. Writes test/userspace/expected/.
// usage: npm run capture:userspace [-- NAME...]
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildInitrd, MarkerFilter } from '../emulator/run.ts';
import { bootOnQemu } from '../emulator/reference/qemu.ts';
import { repoRoot } from '../emulator/paths.ts';
import { buildTestGuests } from '../test/helpers/build-guests.ts';
import { scenario, scenarioNames, expectedDir, normalise, SCENARIO_CMDLINE } from '../test/helpers/scenarios.ts';

const vmlinuz = execFileSync(join(repoRoot, 'scripts/reference-kernel.sh'), { encoding: 'utf8' }).trim();
buildTestGuests();
mkdirSync(expectedDir, { recursive: true });
const names = process.argv.length > 2 ? process.argv.slice(2) : scenarioNames();
for (const [i, name] of names.entries()) {
	process.stderr.write(`[${i + 1}/${names.length}] ${name} on ${vmlinuz}\n`);
	const s = scenario(name);
	const raw = bootOnQemu(vmlinuz, await buildInitrd({ command: s.command, add: s.files }), SCENARIO_CMDLINE);
	const filter = new MarkerFilter();
	filter.push(Buffer.from(raw, 'latin1'));
	filter.end();
	const { status, output } = filter.result();
	if (output === undefined) throw new Error(`${name}: the scenario never started on the reference kernel:\n${raw}`);
	writeFileSync(join(expectedDir, `${name}.out`), normalise(output));
	writeFileSync(join(expectedDir, `${name}.status`), `${status ?? 'none'}\n`);
}
