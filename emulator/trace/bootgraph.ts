// The boot's initcalls drawn as Linux's scripts/bootgraph.pl draws them from an initcall_debug log:
// time across, a bar per initcall from its start to its return, bootgraph's colours in turn and the
// name along a bar wide enough to hold it; here with a lane per initcall level, every initcall
// drawn (the shortest a sliver), and each bar's name, level, duration and result in its <title>,
// which a browser shows on hover. A standalone SVG file.
import { INITCALL_LEVELS, type InitcallRecord } from './initcalls.ts';

/** bootgraph.pl's twelve bar styles. */
const COLOURS = ['0,0,255', '0,255,0', '255,0,0', '255,255,0', '255,0,255', '0,255,255', '0,128,255', '0,255,128',
	'255,0,128', '255,128,0', '128,0,255', '128,255,0'];

const LABEL = 90, WIDTH = 1950, TOP = 110, LANE = 150, BAR = 145;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (n: number) => Number(n.toFixed(3)).toString();
const usecs = (ns: bigint) => (ns / 1000n).toString();
const ms = (ns: number) => `${num(ns / 1e6)} ms`;
/** A name along a bar: cut to the bar's length (the <title> has it whole). */
const NAME_MAX = 22;
const fit = (name: string) => (name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1)}…` : name);

/** The chart, time measured from power-on (the clock the records' start and end come from). */
export function bootgraphSvg(calls: InitcallRecord[], title: string): string {
	const levels = INITCALL_LEVELS.filter(l => calls.some(c => c.level === l));
	const first = calls.length ? Number(calls.reduce((m, c) => (c.start < m ? c.start : m), calls[0].start)) : 0;
	const last = calls.length ? Number(calls.reduce((m, c) => (c.end > m ? c.end : m), calls[0].end)) : 1;
	const span = Math.max(last - first, 1);
	const x = (ns: bigint) => LABEL + ((Number(ns) - first) / span) * WIDTH;
	const height = TOP + levels.length * LANE + 20;
	const out = [
		'<?xml version="1.0" standalone="no"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${LABEL + WIDTH + 40}" height="${height}" ` +
			`viewBox="0 0 ${LABEL + WIDTH + 40} ${height}" font-family="sans-serif" font-size="9pt">`,
		`<title>${escape(title)}</title>`,
	];
	out.push(`<text x="4" y="16">time since power-on (the board's clock)</text>`);
	// The time line on top: 15 steps, as bootgraph.pl's.
	for (let i = 0; i <= 15; i++) {
		const t = first + (span * i) / 15;
		out.push(`<text transform="translate(${num(LABEL + (WIDTH * i) / 15)},${TOP - 8}) rotate(-90)">${ms(t)}</text>`);
	}
	levels.forEach((level, lane) => {
		const y = TOP + lane * LANE;
		out.push(`<g class="level" data-level="${level}">`);
		out.push(`<text x="4" y="${y + LANE / 2}">${level}</text>`);
		out.push(`<line x1="${LABEL}" x2="${LABEL + WIDTH}" y1="${y}" y2="${y}" stroke="rgb(200,200,200)"/>`);
		calls.filter(c => c.level === level).forEach((c, i) => {
			const s = x(c.start), w = Math.max(x(c.end) - s, 0.5);
			const style = `fill:rgb(${COLOURS[i % COLOURS.length]});fill-opacity:0.5;stroke-width:${w > 2 ? 1 : 0};stroke:rgb(0,0,0)`;
			const hover = `${c.fn} (${level}): ${usecs(c.end - c.start)} usecs, returned ${c.ret}`;
			out.push(`<rect class="initcall" x="${num(s)}" y="${y + 2}" width="${num(w)}" height="${BAR}" style="${style}">` +
				`<title>${escape(hover)}</title></rect>`);
			if (w >= 12) out.push(`<text transform="translate(${num(s + 4)},${y + 6}) rotate(90)" pointer-events="none">${escape(fit(c.fn))}</text>`);
		});
		out.push('</g>');
	});
	out.push('</svg>', '');
	return out.join('\n');
}
