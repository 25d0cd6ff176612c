import { describe, expect, it } from 'vitest';
import { formatTranscript, parseFormatted } from '../../emulator/transcript/transcript.ts';
import { parseTranscript, transcriptComplete, transcriptOf } from '../../emulator/guest/helper-output.ts';
import { normalise } from '../../emulator/transcript/normalise.ts';
import { compareTranscript } from '../../emulator/transcript/compare.ts';
import { matchTranscript } from '../../emulator/transcript/matcher.ts';
import { transcriptDiff } from '../../emulator/transcript/diff.ts';
import { MarkerFilter, initExitStatus } from '../../emulator/guest/run.ts';
import { shellQuote, commandInit } from '../../emulator/guest/rootfs.ts';

const M = (s: string) => `\x1b]kobox;${s}\x07`;
const console = [
	'[    1.000000] boot noise\r\n',
	`${M('cmd')}insmod /hello.ko\n`, `${M('status=0')}`,
	'<4>[    2.283205] hello: loading out-of-tree module taints kernel.\n<6>[    2.294649] hello: hi\n', M('taint=12288'),
	`${M('cmd')}rmmod nope\n`, "rmmod: can't unload module 'nope': No such file or directory\n", M('status=1'), M('taint=12288'),
	M('done'),
].join('');

describe('transcripts', () => {
	it('parses command blocks from the console', () => {
		const records = parseTranscript(console);
		expect(records).toEqual([
			{ command: 'insmod /hello.ko', output: '', status: 0, taint: '12288',
				dmesg: ['<4>[    2.283205] hello: loading out-of-tree module taints kernel.', '<6>[    2.294649] hello: hi'] },
			{ command: 'rmmod nope', output: "rmmod: can't unload module 'nope': No such file or directory\n", status: 1, dmesg: [], taint: '12288' },
		]);
		expect(transcriptComplete(console)).toBe(true);
		expect(transcriptComplete(console.slice(0, -10))).toBe(false);
	});

	it('formats them with indented output and marks a missing final newline', () => {
		const text = formatTranscript([{ command: 'echo -n x', output: 'x', status: 0, dmesg: [], taint: '0' }]);
		expect(text).toBe('$ echo -n x\n  x (no newline at end)\nexit: 0\ntaint: 0\n');
	});

	it('normalises timestamps, addresses, PIDs, stack frames, register values, kernel pc/lr/warning offsets and the release, nothing else', () => {
		const raw = [
			'  <4>[    2.294649] CPU: 0 PID: 93 Comm: insmod Tainted: G           OE      6.1.0-56-arm64 #1',
			'  <4>[    2.294650] Call trace:',
			'  <4>[    2.294651]  dump_backtrace+0x0/0x1e0',
			'  <4>[    2.294652]  init_positive_init+0x10/0x1000 [init_positive]',
			'  params 16384 0 - Live 0xffff80000abc0000 (OE)',
			'  segv[93]: unhandled level 0 translation fault',
			'  <4>[    2.294653] pc : warn_init+0x24/0x1000 [warn]',
			'  <4>[    2.294654] lr : do_one_initcall+0x64/0x26c',
			'  <4>[    2.294654] WARNING: CPU: 0 PID: 93 at mm/maccess.c:228 __copy_overflow+0x28/0x40',
			'  <4>[    2.294654] WARNING: CPU: 0 PID: 93 at warn.c:31 warn_init+0x24/0x1000 [warn]',
			'  <4>[    2.294655] x29: ffff80000a0fbaa0 x28: 0000000000000000 x27: 0000000000000014',
			'  <4>[    2.294656] x2 : 0000000000000000 x1 : 0000000000000003 x0 : ffff000002c5e000',
			'  <6>[    2.294657] x0 : 0000000000000003 is not a register dump',
			'  <6>[    2.294658] note: sh[98] exited with irqs disabled',
		].join('\r\n');
		expect(normalise(raw, { release: '6.1.0-56-arm64' }).split('\n')).toEqual([
			'  <4>[    T.TTTTTT] CPU: 0 PID: <pid> Comm: insmod Tainted: G           OE      <release> #1',
			'  <4>[    T.TTTTTT] Call trace:',
			'  params 16384 0 - Live 0x<address> (OE)',
			'  segv[<pid>]: unhandled level 0 translation fault',
			'  <4>[    T.TTTTTT] pc : warn_init+0x24/0x1000 [warn]',
			'  <4>[    T.TTTTTT] lr : do_one_initcall+<offset>',
			'  <4>[    T.TTTTTT] WARNING: CPU: 0 PID: <pid> at mm/maccess.c:228 __copy_overflow+<offset>',
			'  <4>[    T.TTTTTT] WARNING: CPU: 0 PID: <pid> at warn.c:31 warn_init+0x24/0x1000 [warn]',
			'  <4>[    T.TTTTTT] x29: <value> x28: <value> x27: <value>',
			'  <4>[    T.TTTTTT] x2 : <value> x1 : <value> x0 : <value>',
			'  <6>[    T.TTTTTT] x0 : 0000000000000003 is not a register dump',
			'  <6>[    T.TTTTTT] note: sh[<pid>] exited with irqs disabled',
		]);
		const once = normalise(raw);
		expect(normalise(once)).toBe(once);
	});

	it('hides the code bytes of an oops in a kernel function, not in a module\'s', () => {
		const raw = [
			'  <4>[    2.100000] pc : __list_add_valid+0x7c/0xa0',
			'  <0>[    2.100001] Code: aa0403e3 d0005480 912c4000 941bf2a0 (d4210000) ',
			'  <4>[    2.100002] pc : bug_set+0x20/0x60 [bug]',
			'  <0>[    2.100003] Code: aa0403e3 d0005480 912c4000 941bf2a0 (d4210000) ',
		].join('\n');
		expect(normalise(raw).split('\n')).toEqual([
			'  <4>[    T.TTTTTT] pc : __list_add_valid+<offset>',
			'  <0>[    T.TTTTTT] Code: <kernel code>',
			'  <4>[    T.TTTTTT] pc : bug_set+0x20/0x60 [bug]',
			'  <0>[    T.TTTTTT] Code: aa0403e3 d0005480 912c4000 941bf2a0 (d4210000) ',
		]);
		expect(normalise(normalise(raw))).toBe(normalise(raw));
	});

	it('hides a paging oops\'s page-table addresses, pstate\'s condition flags and KASLR, not the walk\'s depth', () => {
		const raw = [
			'  <1>[    4.584905] swapper pgtable: 4k pages, 48-bit VAs, pgdp=0000000041858000',
			'  <1>[    4.584930] [ffff8000089d7ed8] pgd=100000004256a003, p4d=100000004256a003, pud=100000004256b003, pmd=0000000000000000',
			'  <1>[    0.015130] [0000000000000000] pgd=0000000040441003, p4d=0000000040441003, pud=0000000040442003, pmd=0000000040443003, pte=0000000000000000',
			'  <4>[    4.602954] pstate: 60000005 (nZCv daif -PAN -UAO -TCO -DIT -SSBS BTYPE=--)',
			'  a pstate: 60000005 (nZCv daif) not in a kernel log line stays',
			'  [    3.349605] Kernel Offset: 0x3bb6a2200000 from 0xffff800008000000',
			'  [    3.349616] PHYS_OFFSET: 0xffffef8200000000',
			'  [    0.500000] Kernel Offset: disabled',
		].join('\n');
		expect(normalise(raw).split('\n')).toEqual([
			'  <1>[    T.TTTTTT] swapper pgtable: 4k pages, 48-bit VAs, pgdp=<value>',
			'  <1>[    T.TTTTTT] [<address>] pgd=<value>, p4d=<value>, pud=<value>, pmd=<value>',
			'  <1>[    T.TTTTTT] [0000000000000000] pgd=<value>, p4d=<value>, pud=<value>, pmd=<value>, pte=<value>',
			'  <4>[    T.TTTTTT] pstate: <value> (<nzcv> daif -PAN -UAO -TCO -DIT -SSBS BTYPE=--)',
			'  a pstate: 60000005 (nZCv daif) not in a kernel log line stays',
			'  [    T.TTTTTT] Kernel Offset: <kaslr>',
			'  [    T.TTTTTT] Kernel Offset: <kaslr>',
		]);
		expect(normalise(normalise(raw))).toBe(normalise(raw));
	});

	it('hides what differs in 32-bit ARM\'s reports (frames, stack words, register values and what they point to, flags, page tables, lr after a pc in no function), nothing else', () => {
		const raw = [
			'  <4>[   12.800001] PC is at crash_set+0x1c/0x20 [bug]',
			'  <4>[   12.800002] LR is at param_attr_store+0x68/0xb0',
			'  <4>[   12.800003] pc : [<bf00001c>]    lr : [<c036f910>]    psr: 60010013',
			'  <4>[   12.800004] sp : e0985ec0  ip : c036f8a8  fp : 00000000',
			'  <4>[   12.800005] r3 : 00000031  r2 : 00000000  r1 : bf001090  r0 : c1d5de80',
			'  <4>[   12.800006] Flags: nZCv  IRQs on  FIQs on  Mode SVC_32  ISA ARM  Segment none',
			'  <4>[   12.800007] Control: 10c5387d  Table: 41c8806a  DAC: 00000051',
			'  <1>[   12.800008] Register r1 information: 4-page vmalloc region starting at 0xbf000000 allocated at load_module+0xa90/0x21c8',
			'  <1>[   12.800009] Register r4 information: slab kmalloc-64 start c1d61b80 pointer offset 24 size 64',
			'  <0>[   12.800010] Process sh (pid: 80, stack limit = 0xcb07714a)',
			'  <0>[   12.800011] Stack: (0xe0985ec0 to 0xe0986000)',
			'  <0>[   12.800012] ffc0:                   ???????? ???????? ???????? ???????? ???????? ????????',
			'  <0>[   12.800012] 5ec0: c1d5de80 00000002 c1d34f80 e0985f28 c1d34f90 c06791e8 00000000 00000000',
			'  <0>[   12.800013]  crash_set [bug] from param_attr_store+0x68/0xb0',
			'  <0>[   12.800014]  ksys_write from ret_fast_syscall+0x0/0x1c',
			'  <0>[   12.800015]  __timer_delete_sync from 0x0',
			'  <0>[   12.800016] Exception stack(0xe0985fa8 to 0xe0985ff0)',
			'  <0>[   12.800017] 5fa0:                   000001d4 005b0a88 00000001 005b0a88 00000002 00000001',
			'  <0>[   12.800018] 5fe0: 00000004 beaa0508 000c381f 00011226',
			'  <0>[   12.800019] Code: e3530031 0a000001 e3a00000 e12fff1e (e7f001f2) ',
			'  <1>[   12.800020] [bf005024] *pgd=41d6b811, *pte=00000000, *ppte=00000000',
			'  <4>[   12.800021] PC is at __list_add_valid+0x7c/0xa0',
			'  <4>[   12.800021] pc : [<c05ab4f0>]    lr : [<c05ab4f0>]    psr: 60010013',
			'  <0>[   12.800022] Code: e3530031 0a000001 e3a00000 e12fff1e (e7f001f2) ',
			'  <4>[   12.800022] PC is at 0xbf005024',
			'  <4>[   12.800022] LR is at __timer_delete_sync+0x84/0xa0',
			'  <4>[   12.800022] PC is at 0xbf000090',
			'  <4>[   12.800022] LR is at process_one_work+0x1f8/0x4b4',
			'  <6>[   12.800023] r0 : 00000003 is not a register dump',
			'  5fa0: 000001d4 005b0a88 is output, not a stack dump',
			'  <0>[   12.800024] Task stack:     [0xe0990000..0xe0992000]',
			'  <0>[   12.800025] Overflow stack: [0xc199f000..0xc19a0000]',
			'  <0>[   12.800026] Task stack:     [0xe0990000..0xe0992000] and more',
		].join('\n');
		expect(normalise(raw).split('\n')).toEqual([
			'  <4>[    T.TTTTTT] PC is at crash_set+0x1c/0x20 [bug]',
			'  <4>[    T.TTTTTT] LR is at param_attr_store+<offset>',
			'  <4>[    T.TTTTTT] pc : [<address>]    lr : [<address>]    psr: <value>',
			'  <4>[    T.TTTTTT] sp : <value>  ip : <value>  fp : <value>',
			'  <4>[    T.TTTTTT] r3 : <value>  r2 : <value>  r1 : <value>  r0 : <value>',
			'  <4>[    T.TTTTTT] Flags: <nzcv>  IRQs on  FIQs on  Mode SVC_32  ISA ARM  Segment none',
			'  <4>[    T.TTTTTT] Control: 10c5387d  Table: <value>  DAC: 00000051',
			'  <1>[    T.TTTTTT] Register r1 information: <value>',
			'  <1>[    T.TTTTTT] Register r4 information: <value>',
			'  <0>[    T.TTTTTT] Process sh (pid: <pid>, stack limit = 0x<address>)',
			'  <0>[    T.TTTTTT] Stack: (<address> to <address>)',
			'  <0>[    T.TTTTTT] Exception stack(<address> to <address>)',
			'  <0>[    T.TTTTTT] Code: e3530031 0a000001 e3a00000 e12fff1e (e7f001f2) ',
			'  <1>[    T.TTTTTT] [bf005024] *pgd=<value>, *pte=<value>, *ppte=<value>',
			'  <4>[    T.TTTTTT] PC is at __list_add_valid+<offset>',
			'  <4>[    T.TTTTTT] pc : [<address>]    lr : [<address>]    psr: <value>',
			'  <0>[    T.TTTTTT] Code: <kernel code>',
			'  <4>[    T.TTTTTT] PC is at 0xbf005024',
			'  <4>[    T.TTTTTT] LR is at <value>',
			'  <4>[    T.TTTTTT] PC is at 0xbf000090',
			'  <4>[    T.TTTTTT] LR is at <value>',
			'  <6>[    T.TTTTTT] r0 : 00000003 is not a register dump',
			'  5fa0: 000001d4 005b0a88 is output, not a stack dump',
			'  <0>[    T.TTTTTT] Task stack:     [0x<address>..0x<address>]',
			'  <0>[    T.TTTTTT] Overflow stack: [0x<address>..0x<address>]',
			'  <0>[    T.TTTTTT] Task stack:     [0xe0990000..0xe0992000] and more',
		]);
		expect(normalise(normalise(raw))).toBe(normalise(raw));
	});

	it('drops the stack words under a 32-bit ARM stack dump a golden holds normalised', () => {
		const raw = [
			'  <0>[    T.TTTTTT] Stack: (<address> to <address>)',
			'  <0>[    T.TTTTTT] ffe0: ???????? ???????? ???????? ???????? ???????? ???????? ???????? ????????',
			'  <0>[    T.TTTTTT] 0000: 57ac6e9d 00000000 00000000 00000000 00000000 00000000 00000000 00000000',
			'  <0>[    T.TTTTTT] Code: bad PC value',
		].join('\n');
		expect(normalise(raw).split('\n')).toEqual([
			'  <0>[    T.TTTTTT] Stack: (<address> to <address>)',
			'  <0>[    T.TTTTTT] Code: bad PC value',
		]);
	});

	it('hides the real kernel\'s unknown-parameter boot line, and keeps everything else', () => {
		const raw = [
			'  <5>[    0.000000] Unknown kernel command line parameters "hello.myint=3", will be passed to user space.',
			'  <5>[    0.000000] Kernel command line: console=ttyAMA0 quiet hello.myint=3',
			'  Unknown parameters are fine in output that is not the kernel\'s line',
		].join('\n');
		expect(normalise(raw).split('\n')).toEqual([
			'  <5>[    T.TTTTTT] Kernel command line: console=ttyAMA0 quiet hello.myint=3',
			'  Unknown parameters are fine in output that is not the kernel\'s line',
		]);
	});

	it('hides how long a soft lockup lasted, which depends on the watchdog timer\'s phase, and its PID', () => {
		const raw = '  <0>[   28.000060] watchdog: BUG: soft lockup - CPU#0 stuck for 23s! [insmod:92]';
		expect(normalise(raw)).toBe('  <0>[    T.TTTTTT] watchdog: BUG: soft lockup - CPU#0 stuck for <seconds>s! [insmod:<pid>]');
		expect(normalise(normalise(raw))).toBe(normalise(raw));
	});

	it('hides which kworker of a pool a stack dump names, not the pool', () => {
		const raw = [
			'  <4>[    3.100000] CPU: 0 PID: 16 Comm: kworker/0:1 Tainted: G           OE      6.1.0-56-arm64 #1',
			'  <4>[    3.100000] CPU: 0 PID: 8 Comm: kworker/0:12H Tainted: G           OE      6.1.0-56-arm64 #1',
			'  <4>[    3.100000] CPU: 0 PID: 9 Comm: kworker/u2:0 Not tainted 6.1.0-56-arm64 #1',
			'  <4>[    3.100000] CPU: 0 PID: 9 Comm: kobox_leak Not tainted 6.1.0-56-arm64 #1',
			'  7 [kworker/0:1-events]',
		].join('\n');
		expect(normalise(raw).split('\n')).toEqual([
			'  <4>[    T.TTTTTT] CPU: 0 PID: <pid> Comm: kworker/0:<id> Tainted: G           OE      6.1.0-56-arm64 #1',
			'  <4>[    T.TTTTTT] CPU: 0 PID: <pid> Comm: kworker/0:<id>H Tainted: G           OE      6.1.0-56-arm64 #1',
			'  <4>[    T.TTTTTT] CPU: 0 PID: <pid> Comm: kworker/u2:<id> Not tainted 6.1.0-56-arm64 #1',
			'  <4>[    T.TTTTTT] CPU: 0 PID: <pid> Comm: kobox_leak Not tainted 6.1.0-56-arm64 #1',
			'  7 [kworker/0:1-events]',
		]);
		expect(normalise(normalise(raw))).toBe(normalise(raw));
	});

	it('leaves the release alone unless asked, and changes nothing else', () => {
		const line = 'Linux version 6.1.0-56-arm64 exit: 0 taint: 4096 (OE) 0x1234 [ 1.5] pid 93';
		expect(normalise(line)).toBe(line);
		expect(normalise(line, { release: '6.1.0-56-arm64' })).toBe(line.replace('6.1.0-56-arm64', '<release>'));
	});

	it('records a command during which the machine stopped, with what the kernel printed, and reads the text form back', () => {
		const stopped = `${M('begin')}${M('cmd')}echo a\na\n${M('status=0')}${M('taint=0')}${M('begin')}[ 1.0] reboot: Power down\r\n`;
		const records = transcriptOf(stopped, ['echo a', 'poweroff -f', 'echo never']);
		expect(records.map(r => [r.command, r.unfinished ?? false])).toEqual([['echo a', false], ['poweroff -f', true]]);
		const text = formatTranscript(records);
		expect(text).toBe('$ echo a\n  a\nexit: 0\ntaint: 0\n\n$ poweroff -f\n(the machine stopped during this command)\n' +
			'console:\n  [ 1.0] reboot: Power down\n');
		expect(formatTranscript(parseFormatted(`# header\n${text}`))).toBe(text);
		const full = formatTranscript(parseTranscript(console));
		expect(formatTranscript(parseFormatted(full))).toBe(full);
	});

	it('compares an ordered subset of output lines only when asked', () => {
		const golden = '$ ls /proc\n  a\n  b\n  c\nexit: 0\ntaint: 0\n';
		const rec = (output: string) => [{ command: 'ls /proc', output, status: 0, dmesg: [], taint: '0' }];
		expect(compareTranscript(golden, rec('a\nc\n')).pass).toBe(false);
		expect(compareTranscript(golden, rec('a\nc\n'), { orderedSubset: true }).pass).toBe(true);
		const wrongOrder = compareTranscript(golden, rec('c\na\n'), { orderedSubset: true });
		expect(wrongOrder.pass).toBe(false);
		expect(wrongOrder.diff).toContain('@@ $ ls /proc @@');
		expect(compareTranscript(golden, [{ ...rec('a\n')[0], status: 1 }], { orderedSubset: true }).diff).toContain('+ exit: 1');
	});

	it('matches one record against the golden block of its command, and several against the whole', () => {
		const golden = '# Captured by: test\n$ one\n  1\nexit: 0\ntaint: 0\n\n$ two\n  2\nexit: 0\ntaint: 0\n';
		const two = { command: 'two', output: '2\n', status: 0, dmesg: [], taint: '0' };
		const one = { ...two, command: 'one', output: '1\n' };
		expect(matchTranscript(two, golden).pass).toBe(true);
		expect(matchTranscript([one, two], golden).pass).toBe(true);
		expect(matchTranscript([two], golden).pass).toBe(false);
		expect(matchTranscript({ ...two, output: '3\n' }, golden).message()).toContain('@@ $ two @@\n  $ two\n-   2\n+   3');
		expect(matchTranscript(42, golden).message()).toContain('expected a command record');
	});

	it('shows a difference under the command that produced it', () => {
		const a = '$ one\nexit: 0\ntaint: 0\n\n$ two\n  out\nexit: 0\ntaint: 0\n';
		const b = '$ one\nexit: 0\ntaint: 0\n\n$ two\n  OUT\nexit: 1\ntaint: 0\n';
		expect(transcriptDiff(a, a)).toBe('');
		expect(transcriptDiff(a, b)).toBe([
			'--- expected', '+++ actual', '@@ $ two @@', '  $ two', '-   out', '- exit: 0', '+   OUT', '+ exit: 1', '  taint: 0', '  ',
		].join('\n'));
	});
});

describe('MarkerFilter', () => {
	it('strips markers split across chunks and finds the status and output', () => {
		const seen: string[] = [];
		const f = new MarkerFilter(d => seen.push(d.toString()));
		const stream = `boot\r\n${M('start')}hello\r\n${M('exit=3')}[ 1.0] reboot: Power down\r\n`;
		for (let i = 0; i < stream.length; i += 5) f.push(Buffer.from(stream.slice(i, i + 5)));
		f.end();
		expect(seen.join('')).toBe('boot\r\nhello\r\n[ 1.0] reboot: Power down\r\n');
		expect(f.result()).toEqual({ status: 3, output: 'hello\r\n' });
	});

	it('passes a lone escape through once the stream ends', () => {
		const seen: string[] = [];
		const f = new MarkerFilter(d => seen.push(d.toString()));
		f.push(Buffer.from('a\x1b'));
		f.end();
		expect(seen.join('')).toBe('a\x1b');
	});

	it('reads init\'s exit status from Linux\'s panic message', () => {
		expect(initExitStatus('Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000400')).toBe(4);
		expect(initExitStatus('Kernel panic - not syncing: Attempted to kill init! exitcode=0x0000000b')).toBe(139);
		expect(initExitStatus('Kernel panic - not syncing: VFS: Unable to mount root fs')).toBeUndefined();
	});
});

describe('the built-in /init', () => {
	it('quotes the command so sh runs exactly the given words', () => {
		expect(shellQuote(['sh', '-c', "echo 'hi' $HOME", 'a b'])).toBe(`sh -c 'echo '\\''hi'\\'' $HOME' 'a b'`);
		expect(commandInit(['ls', '/proc'])).toContain('\nls /proc\n');
	});
});
