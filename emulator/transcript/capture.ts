// Capturing goldens: a scenario run on Debian's real arm64 kernel under QEMU (the same busybox,
// helper and files as the board), normalised and written next to the scenario.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { linuxImage, pinnedKernel, repoRoot } from '../paths.ts';
import { transcriptOnQemu } from './scenario-run.ts';
import { formatTranscript } from './transcript.ts';
import { normalise } from './normalise.ts';
import type { ScenarioFile } from './scenario-file.ts';

/** Debian's real kernel image, fetched (with QEMU) the first time: scripts/reference-kernel.sh. */
export function referenceKernel(): string {
	return execFileSync(join(repoRoot, 'scripts/reference-kernel.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

/** The kernel an image is: the pinned Debian package by name and version, another image by file name. */
export function kernelName(vmlinuz: string): string {
	if (resolve(vmlinuz) !== resolve(linuxImage())) return basename(vmlinuz);
	const k = pinnedKernel();
	return `Debian's linux-image-${k.release} ${k.version} (${basename(vmlinuz)})`;
}

export const goldenHeader = (vmlinuz: string, regenerate: string) =>
	`# Captured from ${kernelName(vmlinuz)} under qemu-system-aarch64 -M virt by: ${regenerate}\n`;

/** Run the scenario on the real kernel and write its golden; returns the golden's text. */
export async function captureGolden(s: ScenarioFile, vmlinuz: string, regenerate: string): Promise<string> {
	const run = await transcriptOnQemu(s, vmlinuz);
	if (!run.complete && !run.records.at(-1)?.unfinished)
		throw new Error(`${s.name}: the transcript did not complete on the reference kernel:\n${run.console.slice(-3000)}`);
	const text = goldenHeader(vmlinuz, regenerate) + normalise(formatTranscript(run.records));
	writeFileSync(s.golden, text);
	return text;
}
