// `import 'kobox/vitest'` in a vitest suite (or its setupFiles) adds expect(...).toMatchTranscript.
import { expect } from 'vitest';
import { transcriptMatchers } from './transcript/matcher.ts';
import type { CompareOptions } from './transcript/compare.ts';

expect.extend(transcriptMatchers);

declare module 'vitest' {
	// The type parameter must repeat vitest's own declaration of Matchers exactly.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	interface Matchers<T = any> {
		/** The board's record(s) match a golden transcript, after normalisation; a readable diff otherwise. */
		toMatchTranscript(golden: string, options?: CompareOptions): T;
	}
}
