import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts', 'examples/*.test.ts'],
		globalSetup: ['test/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 300_000,
		// Each board holds a CPU; boards in parallel files share the machine's two cores.
		maxWorkers: 2,
	},
});
