// `--gdb PORT`: GDB's remote protocol on a TCP port of localhost, for one GDB (gdb-multiarch
// with the guest kernel's vmlinux: `target remote :PORT`). The board waits before its first
// instruction until GDB lets it go; when GDB detaches (or goes away) the board runs on by itself.
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import type { Board } from '../board/board.ts';
import { BoardTarget, type BoardTargetOptions } from './board-target.ts';
import { GdbCommands } from './commands.ts';
import { PacketReader, encodePacket } from './packets.ts';

export interface GdbOptions extends BoardTargetOptions {
	/** The TCP port (0: any free one, see GdbServer.port). */
	port: number;
}

export class GdbServer {
	private socket?: Socket;
	private served = false;
	/** GDB has gone, or the board's run is over: the target is GDB's no more. */
	private over = false;

	private constructor(private readonly server: Server, readonly target: BoardTarget) {
		server.on('connection', socket => this.connected(socket));
	}

	/** Attach to `board` and wait for GDB on `opts.port`. */
	static async listen(board: Board, opts: GdbOptions): Promise<GdbServer> {
		const server = createServer();
		await new Promise<void>((resolve, reject) => {
			server.once('error', e => reject(new Error(`--gdb ${opts.port}: ${e.message}`)));
			server.listen(opts.port, '127.0.0.1', () => {
				server.removeAllListeners('error');
				resolve();
			});
		});
		const gdb = new GdbServer(server, new BoardTarget(board, opts));
		opts.log(`kobox: waiting for GDB on port ${gdb.port} (target remote :${gdb.port})`);
		return gdb;
	}

	get port(): number { return (this.server.address() as AddressInfo).port; }

	private connected(socket: Socket): void {
		if (this.served) {
			socket.destroy();
			return;
		}
		this.served = true;
		this.socket = socket;
		this.server.close();
		const reader = new PacketReader(), commands = new GdbCommands(this.target);
		let running = false, last: Buffer | undefined;
		const send = (data: Buffer | string) => {
			last = encodePacket(data);
			socket.write(last);
		};
		const end = (kill: boolean) => {
			if (this.over) return;
			this.over = true;
			this.target.release(kill);
		};
		socket.on('data', (chunk: Buffer) => {
			for (const event of reader.push(chunk)) {
				if (event.kind === 'interrupt') {
					if (running) this.target.interrupt();
				} else if (event.kind === 'nack') {
					if (last) socket.write(last);
				} else if (event.kind === 'corrupt') {
					if (!commands.noAck) socket.write('-');
				} else if (event.kind === 'packet' && !this.over) {
					if (!commands.noAck) socket.write('+');
					// All-stop mode: while the guest runs, GDB sends nothing but Ctrl-C.
					if (running) continue;
					const reply = commands.handle(event.data);
					if (reply.kind === 'answer') {
						send(reply.data);
					} else if (reply.kind === 'resume') {
						running = true;
						void this.target.resume(reply.how).then(stop => {
							running = false;
							if (!socket.destroyed) send(commands.stopReply(stop));
						});
					} else {
						if (reply.data !== undefined) send(reply.data);
						socket.end();
						end(reply.kill);
					}
				}
			}
		});
		socket.on('close', () => end(false));
		socket.on('error', () => end(false));
	}

	/** The board's run is over: GDB hears so (if it waits for the guest), and goes. */
	close(): void {
		this.target.ended();
		this.over = true;
		this.server.close();
		const socket = this.socket;
		if (!socket) return;
		// After the last reply (it goes out once the resume's promise settles): GDB then closes
		// its end; if it does not, the board's process ends anyway.
		setImmediate(() => {
			socket.end();
			setTimeout(() => socket.destroy(), 1000).unref();
		});
	}
}
