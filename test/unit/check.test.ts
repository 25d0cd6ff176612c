// `kobox check`: a module read without booting, against the board's exports (vmlinux) and Debian's
// headers. Modules of ours, their broken copies (scripts/derive-modules.ts) and Debian's own.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDirectory, checkModule, debianHeaders, declaringHeaders, formatDirectoryCheck, readBoardExports } from '../../emulator/check.ts';
import { builtModulesDir, distModulesDir, guestKernelPath, modulesBuildDir, repoRoot } from '../../emulator/paths.ts';

const built = (path: string) => join(builtModulesDir, path);
const dist = (path: string) => join(distModulesDir(), path);

describe('kobox check', () => {
	it("reads the board's exports, CRCs and GPL-ness from vmlinux", () => {
		const b = readBoardExports();
		expect(b.vermagic).toBe('6.1.0-56-arm64 SMP mod_unload modversions aarch64');
		expect(b.symbols.get('kobject_put')).toEqual({ crc: 0x49bbf37b, gpl: false });
		expect(b.symbols.get('sysfs_emit')).toEqual({ crc: 0xe783e261, gpl: true });
		expect(b.symbols.has('kobject_init_internal')).toBe(false);
	});

	it('says a module whose imports the board exports can load', () => {
		const r = checkModule(built('kobj/kobj.ko'));
		expect(r).toMatchObject({ module: 'kobj', license: 'GPL', canLoad: true, missing: [], crcMismatch: [] });
		expect(r.vermagic.ok).toBe(true);
		expect(r.imports).toBeGreaterThan(20);
	});

	it('groups an import from another module under the modules it depends on', () => {
		const r = checkModule(built('hello_user/hello_user.ko'));
		expect(r.canLoad).toBe(false);
		expect(r.missing).toEqual([expect.objectContaining({ what: 'module hello (depends=)', symbols: ['hello_add'] })]);
	});

	it('finds what insmod would refuse: a CRC, module_layout, vermagic; and what it only taints for', () => {
		expect(checkModule(built('derived/bad_crc.ko')).crcMismatch).toEqual(['_printk']);
		expect(checkModule(built('derived/bad_layout_crc.ko')).crcMismatch).toEqual(['module_layout']);
		const flags = checkModule(built('derived/vermagic_flags.ko'));
		expect(flags.vermagic.ok).toBe(false);
		expect(flags.canLoad).toBe(false);
		expect(checkModule(built('derived/vermagic_release.ko')).canLoad).toBe(true);
		const noVersions = checkModule(built('derived/no_versions.ko'));
		expect(noVersions).toMatchObject({ versions: false, canLoad: true });
	});

	it("groups a Debian driver's missing imports by the Debian module or header they come from", () => {
		const r = checkModule(dist('drivers/usb/serial/ftdi_sio.ko'));
		expect(r.canLoad).toBe(false);
		const group = (what: string) => r.missing.find(g => g.what === what)?.symbols ?? [];
		expect(group("Debian's module drivers/usb/core/usbcore.ko")).toContain('usb_control_msg');
		expect(group("Debian's module drivers/usb/serial/usbserial.ko")).toContain('usb_serial_register_drivers');
		expect(group('<linux/gpio/driver.h> (GPIO)')).toContain('gpiochip_add_data_with_key');
	});

	it('names the header that declares a symbol, not one that mentions or calls it', () => {
		const h = debianHeaders();
		expect(h).toBeDefined();
		const found = declaringHeaders(['misc_register', 'kernel_kobj', 'debugfs_create_dir', 'no_such_symbol_here'], h!.common);
		expect(Object.fromEntries(found)).toEqual({
			misc_register: 'linux/miscdevice.h', kernel_kobj: 'linux/kobject.h', debugfs_create_dir: 'linux/debugfs.h',
		});
	});

	it('checks every module below a directory, one line each, and counts those that can load', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kobox-check-'));
		mkdirSync(join(dir, 'sub'));
		copyFileSync(built('kobj/kobj.ko'), join(dir, 'sub/kobj.ko'));
		copyFileSync(built('hello_user/hello_user.ko'), join(dir, 'hello_user.ko'));
		const rs = checkDirectory(dir);
		expect(formatDirectoryCheck(dir, rs)).toBe(
			'hello_user.ko: cannot: 1 missing (hello_add)\nsub/kobj.ko: can load\n1 of 2 modules can load on the board\n');
		// What another module of the directory exports counts, CRC and all, as modprobe loads it first.
		copyFileSync(built('hello/hello.ko'), join(dir, 'sub/hello.ko'));
		expect(formatDirectoryCheck(dir, checkDirectory(dir))).toBe(
			'hello_user.ko: can load (after hello)\nsub/hello.ko: can load\nsub/kobj.ko: can load\n3 of 3 modules can load on the board\n');
	});

	it("counts Debian's modules that can load once the package's modules they need are loaded", () => {
		const rs = checkDirectory(dist('lib'));
		expect(rs.find(r => r.module === 'test_static_keys')).toMatchObject({ canLoad: true, after: ['test_static_key_base'] });
	});

	it('exits 0 or 1 for can or cannot load, prints JSON on request, and refuses what is not a module', () => {
		const kobox = (...args: string[]) => spawnSync(join(repoRoot, 'bin/kobox.js'), args, { encoding: 'utf8', timeout: 60_000 });
		const ok = kobox('check', built('kobj/kobj.ko'));
		expect(ok.status).toBe(0);
		expect(ok.stdout).toMatch(/imports: \d+, all exported by the board\ncan load on the board\n$/);
		const json = kobox('check', '--json', built('hello_user/hello_user.ko'));
		expect(json.status).toBe(1);
		expect(JSON.parse(json.stdout)).toMatchObject({ module: 'hello_user', canLoad: false });
		const bad = kobox('check', join(repoRoot, 'package.json'));
		expect(bad.status).toBe(64);
		expect(bad.stderr).toBe(`kobox: ${join(repoRoot, 'package.json')}: not an ELF file\n`);
		expect(kobox('check', '/nonexistent.ko').status).toBe(64);
	});
});

describe('kobox check on 32-bit ARM modules', () => {
	const armBuilt = (path: string) => join(modulesBuildDir('arm'), path);
	const ready = existsSync(guestKernelPath('arm')) && existsSync(armBuilt('kobj/kobj.ko'));

	it.skipIf(!ready)('checks an armhf module against the arm kernel\'s exports and Debian\'s -armmp headers', () => {
		const r = checkModule(armBuilt('kobj/kobj.ko'));
		expect(r).toMatchObject({ module: 'kobj', canLoad: true, missing: [], crcMismatch: [] });
		expect(r.vermagic).toMatchObject({ module: '6.1.0-56-armmp SMP mod_unload modversions ARMv7 p2v8 ', ok: true });
		expect(checkModule(armBuilt('hello_user/hello_user.ko')).missing)
			.toEqual([expect.objectContaining({ what: 'module hello (depends=)', symbols: ['hello_add'] })]);
		// A Debian armmp module: what the board lacks, by the armmp package's module or the header that declares it.
		const usb = checkModule(join(distModulesDir('arm'), 'drivers/usb/serial/ftdi_sio.ko'));
		expect(usb.vermagic.ok).toBe(true);
		expect(usb.missing.find(g => g.what === "Debian's module drivers/usb/serial/usbserial.ko")?.symbols).toContain('usb_serial_register_drivers');
	});

	it.skipIf(!ready)('says a truncated module is truncated', () => {
		expect(() => checkModule(armBuilt('derived/truncated.ko'))).toThrow(/truncated ELF file: its section headers end past its \d+ bytes/);
	});
});

