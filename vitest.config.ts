import { defineConfig } from 'vitest/config';

export default defineConfig({
	// `import 'kobox'` in this checkout's own suites reaches the TypeScript sources (package.json's
	// exports send everyone else to dist/, compiled when the package is packed).
	resolve: { conditions: ['kobox-source'] },
	ssr: { resolve: { conditions: ['kobox-source'] } },
	test: {
		include: ['test/**/*.test.ts', 'examples/*.test.ts'],
		globalSetup: ['test/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 300_000,
		// Each board holds a CPU; boards in parallel files share the machine's two cores.
		maxWorkers: 2,
	},
});
