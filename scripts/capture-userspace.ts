// Capture what Debian's real arm64 kernel prints for each userspace scenario: the same busybox,
// the same /init and the same files, booted under QEMU. Writes test/userspace/expected/.
// usage: npm run capture:userspace [-- NAME...]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInitrd, MarkerFilter } from '../emulator/run.ts';
import { repoRoot } from '../emulator/paths.ts';
import { buildTestGuests } from '../test/helpers/build-guests.ts';
import { scenario, scenarioNames, expectedDir, normalise, SCENARIO_CMDLINE } from '../test/helpers/scenarios.ts';

const vmlinuz = execFileSync(join(repoRoot, 'scripts/reference-kernel.sh'), { encoding: 'utf8' }).trim();
buildTestGuests();
mkdirSync(expectedDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'kobox-capture-'));
const names = process.argv.length > 2 ? process.argv.slice(2) : scenarioNames();
try {
	for (const [i, name] of names.entries()) {
		process.stderr.write(`[${i + 1}/${names.length}] ${name} on ${vmlinuz}\n`);
		const s = scenario(name);
		const cpio = join(work, `${name}.cpio`);
		writeFileSync(cpio, await buildInitrd({ command: s.command, add: s.files }));
		const qemu = spawnSync('qemu-system-aarch64', ['-M', 'virt', '-cpu', 'cortex-a57', '-m', '512', '-nographic', '-no-reboot',
			'-kernel', vmlinuz, '-initrd', cpio, '-append', SCENARIO_CMDLINE], { timeout: 120_000, maxBuffer: 64 << 20 });
		const filter = new MarkerFilter();
		filter.push(qemu.stdout);
		filter.end();
		const { status, output } = filter.result();
		if (output === undefined) throw new Error(`${name}: the scenario never started on the reference kernel:\n${filter.text}`);
		writeFileSync(join(expectedDir, `${name}.out`), normalise(output));
		writeFileSync(join(expectedDir, `${name}.status`), `${status ?? 'none'}\n`);
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
