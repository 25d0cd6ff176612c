// Where kobox finds what setup downloaded and what the builds produced: one git-ignored cache.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = process.env.KOBOX_CACHE ? resolve(process.env.KOBOX_CACHE) : join(repoRoot, '.cache');

export function libunicornPath(): string {
	if (process.env.KOBOX_LIBUNICORN) return process.env.KOBOX_LIBUNICORN;
	return join(cacheDir, 'unicorn/usr/lib/x86_64-linux-gnu/libunicorn.so.2');
}

export const guestKernelBuildDir = join(cacheDir, 'build/guest-kernel');
export const defaultKernelPath = join(guestKernelBuildDir, 'vmlinux');

export function requireFile(path: string, what: string, hint?: string): string {
	if (!existsSync(path)) throw new Error(`${what} not found at ${path}` + (hint ? `; ${hint}` : ''));
	return path;
}

export const busyboxPath = join(cacheDir, 'busybox/bin/busybox');

const kernelAbi = () => readFileSync(join(cacheDir, 'kernel-abi'), 'utf8').trim();

/** The modules of Debian's own kernel package (scripts/linux-image.sh): lib/modules/<release>/kernel. */
export const distModulesDir = () => join(cacheDir, 'linux-image/lib/modules', `${kernelAbi()}-arm64`, 'kernel');

/** That package's kernel image: what reference captures boot, and where the kernel's certificates come from. */
export const linuxImage = () => join(cacheDir, 'linux-image/boot', `vmlinuz-${kernelAbi()}-arm64`);
