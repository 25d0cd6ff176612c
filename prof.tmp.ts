import { Session } from './emulator/session.ts';
import { readFileSync } from 'node:fs';
const t0 = performance.now();
const s = await Session.boot({ add: ['/work/main/.cache/build-be592b6536ce/modules/hello/hello.ko'] });
console.log('boot+add', (performance.now() - t0).toFixed(1), 'ms', s.fromBootCache);
for (const cmd of readFileSync('test/golden/hello.scenario', 'utf8').split('\n').filter(l => l && !l.startsWith('#'))) {
	const t = performance.now(), u = s.board.clock.uptimeNs;
	await s.run(cmd);
	console.log((performance.now() - t).toFixed(1).padStart(7), 'ms', String(s.board.clock.uptimeNs - u).padStart(9), cmd.slice(0, 60));
}
s.close();
