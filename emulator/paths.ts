// Where kobox finds what setup downloaded and what the builds produced: one cache, outside the
// sources. The same rules as scripts/lib.sh (a test holds the two together):
// - the cache is $KOBOX_CACHE; else a checkout's own .cache (git-ignored); else, for kobox installed
//   as a package (inside node_modules), the per-user ${XDG_CACHE_HOME:-~/.cache}/kobox;
// - builds of this tree's sources go to <cache>/build, or <cache>/build-<hash of the tree's path>
//   when the cache is not the tree's own (downloads are shared, builds are not).
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The tree's root, written into the code when it is compiled into the cache (scripts/build-js.mjs). */
declare const KOBOX_ROOT: string | undefined;

/** The nearest directory above this code that holds debian-kernel.pin (emulator/.., or dist/chunks/../..). */
function treeAbove(dir: string): string {
	for (let d = dir; ; d = dirname(d)) {
		if (existsSync(join(d, 'debian-kernel.pin'))) return d;
		if (dirname(d) === d) throw new Error(`kobox: no debian-kernel.pin above ${dir}`);
	}
}

const thisFile = fileURLToPath(import.meta.url);

export const repoRoot = typeof KOBOX_ROOT === 'string' ? KOBOX_ROOT : treeAbove(dirname(thisFile));

/** kobox's code runs as TypeScript (through tsx, from emulator/) rather than compiled. */
export const runsFromSource = thisFile.endsWith('.ts');
/**
 * The directory of kobox's running code: emulator/ for the TypeScript, or the compiled code's (its
 * entry points, with the shared code in chunks/ below).
 */
export const codeDir = basename(dirname(thisFile)) === 'chunks' ? dirname(dirname(thisFile)) : dirname(thisFile);

/** kobox runs from an installed package rather than from a checkout. */
export const installed = repoRoot.split(sep).includes('node_modules');

function cacheLocation(): string {
	if (process.env.KOBOX_CACHE) return resolve(process.env.KOBOX_CACHE);
	if (!installed) return join(repoRoot, '.cache');
	return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kobox');
}

export const cacheDir = cacheLocation();

export const buildDir = cacheDir === join(repoRoot, '.cache') ? join(cacheDir, 'build')
	: join(cacheDir, `build-${createHash('sha256').update(repoRoot).digest('hex').slice(0, 12)}`);

export function libunicornPath(): string {
	if (process.env.KOBOX_LIBUNICORN) return process.env.KOBOX_LIBUNICORN;
	return join(cacheDir, 'unicorn/usr/lib/x86_64-linux-gnu/libunicorn.so.2');
}

/** The native part of the instruction counter (emulator/cpu/insn-counter.c), built by setup. */
export const insnCounterPath = join(buildDir, 'native/insn-counter.so');

export const guestKernelBuildDir = join(buildDir, 'guest-kernel');
export const defaultKernelPath = join(guestKernelBuildDir, 'vmlinux');

/** The architectures kobox knows: arm64, and 32-bit ARM (Debian's armhf, and its -armmp kernel). */
export type Arch = 'arm64' | 'arm';
export const ARCHES: readonly Arch[] = ['arm64', 'arm'];

/** Debian's names for an architecture: its dpkg architecture and its kernel's flavour. */
export const debianArch = (arch: Arch) => (arch === 'arm' ? { dpkg: 'armhf', flavour: 'armmp' } : { dpkg: 'arm64', flavour: 'arm64' });

/** armhf's downloads and builds live apart from arm64's (scripts/lib.sh, KOBOX_ARCH). */
const archCacheDir = (arch: Arch) => (arch === 'arm' ? join(cacheDir, 'armhf') : cacheDir);
export const archBuildDir = (arch: Arch) => (arch === 'arm' ? join(buildDir, 'armhf') : buildDir);

/** Where the build puts the guest kernel for an architecture (armhf's under its own build directory). */
export const guestKernelPath = (arch: Arch = 'arm64') =>
	arch === 'arm' ? join(archBuildDir('arm'), 'guest-kernel/vmlinux') : defaultKernelPath;

/** The modules in modules/, built with kbuild for an architecture (scripts/build-modules.sh). */
export const modulesBuildDir = (arch: Arch) => join(archBuildDir(arch), 'modules');
export const builtModulesDir = modulesBuildDir('arm64');

export function requireFile(path: string, what: string, hint?: string): string {
	if (!existsSync(path)) throw new Error(`${what} not found at ${path}` + (hint ? `; ${hint}` : ''));
	return path;
}

/** Debian 12's busybox-static for an architecture (armhf's: scripts/setup-arm.sh). */
export const busyboxFor = (arch: Arch) => join(archCacheDir(arch), 'busybox/bin/busybox');
export const busyboxPath = busyboxFor('arm64');

/** The command that sets an architecture up: its busybox, transcript helper and guest kernel. */
export const setupCommand = (arch: Arch) => (arch === 'arm' ? 'scripts/setup-arm.sh' : "'npm run setup'");

export interface PinnedKernel {
	/** Debian's kernel ABI, e.g. 6.1.0-56. */
	abi: string;
	/** The version of its packages, e.g. 6.1.192-2. */
	version: string;
	/** The kernel release, e.g. 6.1.0-56-arm64 (6.1.0-56-armmp for arm). */
	release: string;
}

export const pinFile = join(repoRoot, 'debian-kernel.pin');

/** The Debian kernel kobox impersonates, as debian-kernel.pin names it: arm64's, or armhf's -armmp. */
export function pinnedKernel(file = pinFile, arch: Arch = 'arm64'): PinnedKernel {
	const text = readFileSync(file, 'utf8');
	const value = (name: string) => {
		const m = new RegExp(`^${name}=(\\S+)$`, 'm').exec(text);
		if (!m) throw new Error(`${file}: no ${name}=`);
		return m[1];
	};
	const abi = value('DEBIAN_KERNEL_ABI');
	return { abi, version: value('DEBIAN_KERNEL_VERSION'), release: `${abi}-${debianArch(arch).flavour}` };
}

/** The pinned kernel's headers, ready for kbuild (scripts/debian-kernel.sh headers). */
export const headersDir = (arch: Arch = 'arm64') => {
	const { abi, release } = pinnedKernel(pinFile, arch);
	return join(archCacheDir(arch), 'headers', abi, 'usr/src', `linux-headers-${release}`);
};

/** The modules of Debian's own kernel package (scripts/debian-kernel.sh image): lib/modules/<release>/kernel. */
export const distModulesDir = (arch: Arch = 'arm64') =>
	join(archCacheDir(arch), 'linux-image/lib/modules', pinnedKernel(pinFile, arch).release, 'kernel');

/** That package's kernel image: what reference captures boot, and where the kernel's certificates come from. */
export const linuxImage = (arch: Arch = 'arm64') =>
	join(archCacheDir(arch), 'linux-image/boot', `vmlinuz-${pinnedKernel(pinFile, arch).release}`);

/** What keeps PATH from being read as a file, in a few words; undefined when it can be. */
export function fileProblem(path: string): string | undefined {
	const st = statSync(path, { throwIfNoEntry: false });
	if (!st) return 'no such file';
	if (st.isDirectory()) return 'is a directory, not a file';
	if (!st.isFile()) return 'is not a regular file';
	try { accessSync(path, constants.R_OK); } catch { return 'cannot be read (permission denied)'; }
	return undefined;
}
