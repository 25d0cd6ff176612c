// Capturing goldens: a scenario run on Debian's real kernel under QEMU (the same busybox, helper and
// files as the board; for a 32-bit ARM scenario, armhf's, on the -armmp kernel), normalised and
// written next to the scenario.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { linuxImage, pinFile, pinnedKernel, repoRoot, type Arch } from '../paths.ts';
import { QEMU } from '../reference/qemu.ts';
import { transcriptOnQemu } from './scenario-run.ts';
import { formatTranscript } from './transcript.ts';
import { normalise } from './normalise.ts';
import type { ScenarioFile } from './scenario-file.ts';

/**
 * Debian's real kernel image, fetched (with QEMU) the first time: scripts/reference-kernel.sh; for
 * arm, with everything else armhf captures need (scripts/setup-arm.sh capture).
 */
export function referenceKernel(arch: Arch = 'arm64'): string {
	return execFileSync(join(repoRoot, 'scripts/reference-kernel.sh'),
		{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, KOBOX_ARCH: arch } }).trim();
}

/** The kernel an image is: the pinned Debian package by name and version, another image by file name. */
export function kernelName(vmlinuz: string, arch: Arch = 'arm64'): string {
	if (resolve(vmlinuz) !== resolve(linuxImage(arch))) return basename(vmlinuz);
	const k = pinnedKernel(pinFile, arch);
	return `Debian's linux-image-${k.release} ${k.version} (${basename(vmlinuz)})`;
}

export const goldenHeader = (vmlinuz: string, regenerate: string, arch: Arch = 'arm64') =>
	`# Captured from ${kernelName(vmlinuz, arch)} under ${QEMU[arch].program} -M virt by: ${regenerate}\n`;

/** Run the scenario on the real kernel and write its golden; returns the golden's text. */
export async function captureGolden(s: ScenarioFile, vmlinuz: string, regenerate: string): Promise<string> {
	const run = await transcriptOnQemu(s, vmlinuz);
	if (!run.complete && !run.records.at(-1)?.unfinished)
		throw new Error(`${s.name}: the transcript did not complete on the reference kernel:\n${run.console.slice(-3000)}`);
	const text = goldenHeader(vmlinuz, regenerate, s.arch) + normalise(formatTranscript(run.records));
	writeFileSync(s.golden, text);
	return text;
}
