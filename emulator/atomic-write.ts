// Files in the cache are written whole or not at all: a temporary file of this process, renamed
// over the target, so that a kobox command running at the same time never reads half a file.
import { renameSync, writeFileSync } from 'node:fs';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
	const tmp = `${path}.tmp${process.pid}`;
	writeFileSync(tmp, data);
	renameSync(tmp, path);
}
