// Running many scenarios fast: boot once per kernel command line, snapshot the board while the
// transcript helper waits for its first request, and restore that snapshot for each scenario (one
// boot per built-in directory too). A
// scenario's files reach the restored guest through the kobox-files window.
import { Session, type BootOptions, type SessionSnapshot } from '../guest/session.ts';
import type { Scenario } from './scenario-run.ts';
import type { CommandRecord } from '../guest/helper-output.ts';

export interface RunnerOptions extends Omit<BootOptions, 'add' | 'cmdline' | 'builtin' | 'arch'> {
	/** false: boot afresh for every scenario, without the boot cache (slower; what snapshots are checked against). */
	snapshots?: boolean;
}

export class ScenarioRunner {
	private readonly booted = new Map<string, { session: Session; snapshot: SessionSnapshot }>();

	constructor(private readonly opts: RunnerOptions = {}) {}

	/**
	 * The records of the scenario's commands, up to the first that stopped the machine, on a board of
	 * the scenario's architecture; a trace (RunnerOptions.trace) gets `note` first, then the
	 * scenario's own events.
	 */
	async run(s: Scenario, note?: string): Promise<CommandRecord[]> {
		if (this.opts.snapshots === false) {
			const session = await Session.boot({ ...this.bootOptions(s), bootCache: false });
			try {
				if (note) session.traceNote(note);
				return await runIn(session, s);
			} finally {
				session.close();
			}
		}
		const key = `${s.arch ?? 'arm64'}\0${s.builtin ?? ''}\0${s.cmdline ?? ''}`;
		let b = this.booted.get(key);
		if (!b) {
			const session = await Session.boot(this.bootOptions(s));
			b = { session, snapshot: session.snapshot() };
			this.booted.set(key, b);
			if (note) session.traceNote(note);
		} else {
			if (note) b.session.traceNote(note);
			b.session.restore(b.snapshot);
		}
		return runIn(b.session, s);
	}

	/** A scenario's own kernel (`# builtin:`) takes the place of the runner's. */
	private bootOptions(s: Scenario): BootOptions {
		const own = { arch: s.arch, cmdline: s.cmdline };
		return s.builtin ? { ...this.opts, ...own, kernel: undefined, builtin: s.builtin } : { ...this.opts, ...own };
	}

	close(): void {
		for (const b of this.booted.values()) b.session.close();
		this.booted.clear();
	}
}

async function runIn(session: Session, s: Scenario): Promise<CommandRecord[]> {
	if (s.add?.length) await session.add(s.add);
	return session.runAll(s.commands);
}
