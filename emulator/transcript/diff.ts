// A unified diff a person can read: lines compared with a longest-common-subsequence diff, each
// changed block shown under the command that produced it.
export function lineDiff(a: string[], b: string[]): string[] {
	const n = a.length, m = b.length;
	const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--)
		for (let j = m - 1; j >= 0; j--)
			lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
	const out: string[] = [];
	let i = 0, j = 0;
	while (i < n || j < m) {
		if (i < n && j < m && a[i] === b[j]) { out.push(`  ${a[i]}`); i++; j++; }
		else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) out.push(`- ${a[i++]}`);
		else out.push(`+ ${b[j++]}`);
	}
	return out;
}

/** Split a formatted transcript into its command blocks (each starts with "$ "). */
function blocks(text: string): string[][] {
	const result: string[][] = [];
	for (const line of text.split('\n')) {
		if (line.startsWith('$ ') || !result.length) result.push([]);
		result[result.length - 1].push(line);
	}
	return result;
}

/**
 * Empty when equal. Otherwise, for each command whose block differs, a header naming the command
 * and the block's lines marked `-` (expected) and `+` (actual), with unchanged lines for context.
 */
export function transcriptDiff(expected: string, actual: string, labels = ['expected', 'actual']): string {
	if (expected === actual) return '';
	const want = blocks(expected), got = blocks(actual);
	const parts = [`--- ${labels[0]}`, `+++ ${labels[1]}`];
	for (let k = 0; k < Math.max(want.length, got.length); k++) {
		const a = want[k] ?? [], b = got[k] ?? [];
		if (a.join('\n') === b.join('\n')) continue;
		parts.push(`@@ ${(a[0] ?? b[0] ?? '').trim() || '(end)'} @@`, ...lineDiff(a, b));
	}
	return parts.join('\n');
}
