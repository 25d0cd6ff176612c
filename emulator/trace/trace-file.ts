// The trace's destination: stderr, as strace's, or a file (--trace-file). Lines come from hooks
// while the board runs; they are gathered and written a chunk at a time.
import { closeSync, openSync, writeSync } from 'node:fs';

const CHUNK = 1 << 16;

export class TraceFile {
	private readonly fd?: number;
	private pending: string[] = [];
	private size = 0;
	private scheduled = false;

	/** `path`: the file to (over)write; none: stderr. */
	constructor(path?: string) {
		if (path !== undefined) this.fd = openSync(path, 'w');
	}

	readonly write = (text: string): void => {
		this.pending.push(text);
		this.size += text.length;
		if (this.size >= CHUNK) this.flush();
		else if (!this.scheduled) {
			// Out as soon as the board lets the event loop run (an interactive shell shows it then).
			this.scheduled = true;
			setImmediate(() => { this.scheduled = false; this.flush(); });
		}
	};

	flush(): void {
		if (!this.pending.length) return;
		const text = this.pending.join('');
		this.pending = [];
		this.size = 0;
		if (this.fd === undefined) process.stderr.write(text);
		else writeSync(this.fd, text);
	}

	close(): void {
		this.flush();
		if (this.fd !== undefined) closeSync(this.fd);
	}
}
