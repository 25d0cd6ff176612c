// Record the full boot log of Debian's real arm64 kernel, for reference: booted under QEMU exactly
// as the goldens are (console=ttyAMA0 quiet, the same busybox initramfs), the kernel log read with
// `dmesg -r` (every record, with its level), then the console as QEMU saw it.
// Writes test/golden/real-kernel-boot.log. usage: npm run capture:boot-log
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kernelName, referenceKernel } from '../emulator/transcript/capture.ts';
import { buildInitrd, stripMarkers } from '../emulator/guest/run.ts';
import { bootOnQemu } from '../emulator/reference/qemu.ts';
import { TRANSCRIPT_CMDLINE } from '../emulator/guest/session.ts';
import { goldenDir } from '../test/helpers/goldens.ts';

const vmlinuz = referenceKernel();
const raw = await bootOnQemu(vmlinuz, await buildInitrd({ command: ['dmesg', '-r'] }), TRANSCRIPT_CMDLINE);
const unix = raw.replace(/\r\n/g, '\n');
const start = unix.indexOf('\x1b]kobox;start\x07');
const text = stripMarkers(start < 0 ? unix : unix.slice(0, start));
const log = /\x1b\]kobox;start\x07([\s\S]*?)\x1b\]kobox;exit=/.exec(unix)?.[1];
if (!log) throw new Error(`the boot did not get to /init:\n${text}`);
writeFileSync(join(goldenDir, 'real-kernel-boot.log'), [
	`# The full boot log of ${kernelName(vmlinuz)} under qemu-system-aarch64 -M virt -cpu cortex-a57 -m 512,`,
	`# kernel command line '${TRANSCRIPT_CMDLINE}', as \`dmesg -r\` prints it from kobox's /init. Not normalised.`,
	'# Regenerate with: npm run capture:boot-log',
	'',
	log.trimEnd(),
	'',
	'# The console of that boot up to /init (quiet: only warnings and worse reach it):',
	'',
	text.trim() || '(nothing: no record at warning level or worse)',
	'',
].join('\n'));
process.stderr.write(`wrote ${join(goldenDir, 'real-kernel-boot.log')}\n`);
