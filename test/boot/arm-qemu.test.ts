// The guest kernel built for 32-bit ARM (ARCH=arm, scripts/setup-arm.sh) boots under the real QEMU
// (qemu-system-arm -M virt, a Cortex-A15): the banner and the generic timer through the GICv2,
// Debian's armhf busybox from the initramfs, an armhf module from modules/ in and out, Debian's own
// signed armmp modules verified, and power off through PSCI. Runs where setup-arm.sh has run.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archBuildDir, busyboxFor, distModulesDir, modulesBuildDir } from '../../emulator/paths.ts';
import { buildRootfs } from '../../emulator/guest/rootfs.ts';

const image = join(archBuildDir('arm'), 'guest-kernel/Image');
const busybox = busyboxFor('arm');
const hello = join(modulesBuildDir('arm'), 'hello/hello.ko');
const crc7 = join(distModulesDir('arm'), 'lib/crc7.ko');
const haveAll = spawnSync('qemu-system-arm', ['--version']).status === 0 &&
	[image, busybox, hello, crc7].every(f => existsSync(f));

const init = `#!/bin/sh
mount -t proc proc /proc
mount -t sysfs sysfs /sys
sh -c true && echo "sh -c true: $?"
insmod /hello.ko mystr=armhf && cat /proc/modules && cat /sys/module/hello/parameters/myint
rmmod hello && echo "rmmod: $?"
insmod /crc7.ko && cat /proc/sys/kernel/tainted
uname -m
poweroff -f
`;

/** Boots the arm kernel with the init above; the console, and QEMU's exit status. */
function bootOnQemu(): { console: string; status: number | null } {
	const dir = mkdtempSync(join(tmpdir(), 'kobox-arm-qemu-'));
	const initrd = join(dir, 'initrd.cpio');
	const applets = ['bin/sh', 'bin/cat', 'bin/echo', 'bin/mount', 'bin/uname', 'sbin/insmod', 'sbin/rmmod', 'sbin/poweroff'];
	writeFileSync(initrd, buildRootfs({
		busybox, applets, init,
		add: [{ host: hello, guest: '/hello.ko' }, { host: crc7, guest: '/crc7.ko' }],
	}));
	const r = spawnSync('qemu-system-arm', ['-M', 'virt', '-cpu', 'cortex-a15', '-m', '128', '-nographic',
		'-no-reboot', '-kernel', image, '-initrd', initrd, '-append', 'console=ttyAMA0'],
	{ encoding: 'utf8', timeout: 60_000 });
	return { console: r.stdout.replaceAll('\r\n', '\n'), status: r.status };
}

describe.runIf(haveAll)('the 32-bit ARM guest kernel under qemu-system-arm', () => {
	it('boots, runs armhf busybox, loads armhf modules and powers off', () => {
		const { console, status } = bootOnQemu();
		expect(console).toMatch(/\] Linux version 6\.1\.0-\d+-armmp \(kobox@kobox\)/);
		expect(console).toMatch(/\] arch_timer: cp15 timer\(s\) running at 62\.50MHz \(virt\)\.\n/);
		expect(console).toContain('] printk: console [ttyAMA0] enabled\n');
		expect(console).toContain('\nsh -c true: 0\n');
		expect(console).toMatch(/\] hello: hello armhf, myint=1\n/);
		expect(console).toMatch(/\nhello 16384 0 - Live 0xbf[0-9a-f]{6} \(OE\)\n1\n/);
		expect(console).toMatch(/\] hello: goodbye armhf\nrmmod: 0\n/);
		// Debian's crc7.ko is signed with the armmp image's key: verified, so nothing new is tainted
		expect(console).not.toContain('crc7: module verification failed');
		expect(console).toContain('\narmv7l\n');
		expect(console).toMatch(/\] reboot: Power down\n$/);
		expect(status).toBe(0);
	}, 90_000);
});
