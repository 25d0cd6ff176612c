// `--gdb PORT`: GDB's remote protocol on a TCP port of localhost, for one GDB (gdb-multiarch
// with the guest kernel's vmlinux: `target remote :PORT`); `--gdb stdio`: on kobox's standard
// input and output, for a GDB that starts kobox itself (`target remote | kobox run --gdb stdio
// ...`). The board waits before its first instruction until GDB lets it go; when GDB detaches
// (or goes away) the board runs on by itself.
import { createServer, type AddressInfo, type Server } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import type { Board } from '../board/board.ts';
import { BoardTarget, type BoardTargetOptions } from './board-target.ts';
import { GdbCommands } from './commands.ts';
import { PacketReader, encodePacket } from './packets.ts';

export interface GdbOptions extends BoardTargetOptions {
	/** The TCP port (0: any free one, see GdbServer.port), or 'stdio'. */
	port: number | 'stdio';
}

/** One GDB's connection: where its packets come from, and where the replies go. */
interface Connection { input: Readable; output: Writable; end(): void }

export class GdbServer {
	private connection?: Connection;
	/** GDB has gone, or the board's run is over: the target is GDB's no more. */
	private over = false;

	private constructor(readonly target: BoardTarget, private readonly server?: Server) {
		server?.on('connection', socket => {
			if (this.connection) {
				socket.destroy();
				return;
			}
			server.close();
			this.serve({ input: socket, output: socket, end: () => {
				socket.end();
				setTimeout(() => socket.destroy(), 1000).unref();
			} });
		});
	}

	/** Attach to `board` and wait for GDB. */
	static async listen(board: Board, opts: GdbOptions): Promise<GdbServer> {
		const port = opts.port;
		if (port === 'stdio') {
			const gdb = new GdbServer(new BoardTarget(board, opts));
			gdb.serve({ input: process.stdin, output: process.stdout, end: () => process.stdin.destroy() });
			return gdb;
		}
		const server = createServer();
		await new Promise<void>((resolve, reject) => {
			server.once('error', e => reject(new Error(`--gdb ${port}: ${e.message}`)));
			server.listen(port, '127.0.0.1', () => {
				server.removeAllListeners('error');
				resolve();
			});
		});
		const gdb = new GdbServer(new BoardTarget(board, opts), server);
		opts.log(`kobox: waiting for GDB on port ${gdb.port} (target remote :${gdb.port})`);
		return gdb;
	}

	/** The TCP port GDB is awaited on. */
	get port(): number { return (this.server?.address() as AddressInfo).port; }

	private serve(c: Connection): void {
		this.connection = c;
		const reader = new PacketReader(), commands = new GdbCommands(this.target);
		let running = false, last: Buffer | undefined;
		const send = (data: Buffer | string) => {
			last = encodePacket(data);
			c.output.write(last);
		};
		const end = (kill: boolean) => {
			if (this.over) return;
			this.over = true;
			this.target.release(kill);
		};
		c.input.on('data', (chunk: Buffer) => {
			for (const event of reader.push(chunk)) {
				if (event.kind === 'interrupt') {
					if (running) this.target.interrupt();
				} else if (event.kind === 'nack') {
					if (last) c.output.write(last);
				} else if (event.kind === 'corrupt') {
					if (!commands.noAck) c.output.write('-');
				} else if (event.kind === 'packet' && !this.over) {
					if (!commands.noAck) c.output.write('+');
					// All-stop mode: while the guest runs, GDB sends nothing but Ctrl-C.
					if (running) continue;
					const reply = commands.handle(event.data);
					if (reply.kind === 'answer') {
						send(reply.data);
					} else if (reply.kind === 'resume') {
						running = true;
						void this.target.resume(reply.how).then(stop => {
							running = false;
							if (!c.output.destroyed) send(commands.stopReply(stop));
						});
					} else {
						if (reply.data !== undefined) send(reply.data);
						c.end();
						end(reply.kill);
					}
				}
			}
		});
		c.input.on('close', () => end(false));
		c.input.on('error', () => end(false));
	}

	/** The board's run is over: GDB hears so (if it waits for the guest), and goes. */
	close(): void {
		this.target.ended();
		this.over = true;
		this.server?.close();
		// After the last reply, which goes out once the resume's promise settles.
		const c = this.connection;
		if (c) setImmediate(() => c.end());
	}
}
