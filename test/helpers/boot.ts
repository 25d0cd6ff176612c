// Boot the board in process and collect what a test needs.
import { Board, type BoardExit, type BoardOptions } from '../../emulator/board/board.ts';

export interface BootResult extends BoardExit { console: string; lines: string[] }

export async function boot(options: BoardOptions = {}): Promise<BootResult> {
	const board = new Board({ timeoutSeconds: 30, ...options });
	try {
		const exit = await board.run();
		const console = board.console;
		return { ...exit, console, lines: console.split('\r\n').map(l => l.replace(/^\[\s*\d+\.\d{6}\] /, '')) };
	} finally {
		board.close();
	}
}

export const cmdline = (...extra: string[]) => ['console=ttyAMA0', ...extra].join(' ');
