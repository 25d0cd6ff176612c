// `kobox build DIR`: an out-of-tree module built the normal way, with kbuild against the pinned
// Debian headers (scripts/kbuild.sh runs the make line: arm64's, or with --arch arm the -armmp
// headers and armhf's cross compiler); kbuild's own lines are the progress.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot, type Arch } from './paths.ts';

export interface KbuildResult {
	/** make's exit status. */
	status: number;
	/** The modules kbuild built (its modules.order), as absolute paths. */
	modules: string[];
}

export async function buildModule(dir: string, makeArgs: string[] = [], progress: NodeJS.WritableStream = process.stderr, arch: Arch = 'arm64'): Promise<KbuildResult> {
	const abs = resolve(dir);
	const child = spawn('bash', [join(repoRoot, 'scripts/kbuild.sh'), abs, ...makeArgs],
		{ stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KOBOX_ARCH: arch } });
	child.stdout.pipe(progress, { end: false });
	child.stderr.pipe(progress, { end: false });
	const status = await new Promise<number>((done, fail) => {
		child.on('error', fail);
		child.on('close', code => done(code ?? 1));
	});
	const order = join(abs, 'modules.order');
	const modules = status === 0 && existsSync(order)
		? readFileSync(order, 'utf8').split('\n').filter(Boolean).map(l => resolve(abs, l.replace(/\.o$/, '.ko'))).filter(existsSync)
		: [];
	return { status, modules };
}
