/*
 * finit FILE FLAGS [PARAMS]: finit_module(2) on FILE with FLAGS (decimal or
 * 0x hex) and PARAMS (default ""), printing what the call returned; exits
 * with the errno (0 on success). Busybox insmod always passes flags 0.
 * The FP/SIMD registers hold a pattern across the call, and come back with
 * it, as the kernel must keep them (it hashes signed modules on them):
 * otherwise the program says so.
 */
#include "syscall.h"

#define __NR_openat		56
#define __NR_close		57
#define __NR_finit_module	273
#define AT_FDCWD		-100

__asm__(".global _start\n_start:\n\tmov x0, sp\n\tb start_c\n");

/* finit_module with V0-V31 holding bytes 0x40 + n; *kept: they came back so. */
static long finit_keeping_fp(long fd, long params, long flags, int *kept)
{
	register long x8 __asm__("x8") = __NR_finit_module;
	register long x0 __asm__("x0") = fd;
	register long x1 __asm__("x1") = params;
	register long x2 __asm__("x2") = flags;
	unsigned char v[32][16], *p = &v[0][0];
	int n, i;

	__asm__ volatile(
		".irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31\n"
		"movi v\\n\\().16b, #(0x40 + \\n)\n"
		".endr\n"
		"svc #0\n"
		"st1 {v0.16b-v3.16b}, [%[p]], #64\n"
		"st1 {v4.16b-v7.16b}, [%[p]], #64\n"
		"st1 {v8.16b-v11.16b}, [%[p]], #64\n"
		"st1 {v12.16b-v15.16b}, [%[p]], #64\n"
		"st1 {v16.16b-v19.16b}, [%[p]], #64\n"
		"st1 {v20.16b-v23.16b}, [%[p]], #64\n"
		"st1 {v24.16b-v27.16b}, [%[p]], #64\n"
		"st1 {v28.16b-v31.16b}, [%[p]], #64\n"
		: "+r"(x0), [p] "+r"(p) : "r"(x8), "r"(x1), "r"(x2)
		: "memory", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9",
		  "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19",
		  "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27", "v28", "v29",
		  "v30", "v31");
	*kept = 1;
	for (n = 0; n < 32; n++)
		for (i = 0; i < 16; i++)
			if (v[n][i] != 0x40 + n)
				*kept = 0;
	return x0;
}

static unsigned long parse(const char *s)
{
	unsigned long v = 0, base = 10;

	if (s[0] == '0' && s[1] == 'x') {
		base = 16;
		s += 2;
	}
	for (; *s; s++) {
		unsigned long d = *s >= 'a' ? *s - 'a' + 10 : *s - '0';

		v = v * base + d;
	}
	return v;
}

void __attribute__((used)) start_c(long *sp)
{
	long argc = sp[0];
	char **argv = (char **)(sp + 1);
	long fd, r;
	int kept;

	if (argc < 3) {
		say("usage: finit FILE FLAGS [PARAMS]\n");
		exit_with(2);
	}
	fd = syscall3(__NR_openat, AT_FDCWD, (long)argv[1], 0);
	if (fd < 0) {
		say("open failed\n");
		exit_with(2);
	}
	r = finit_keeping_fp(fd, (long)(argc > 3 ? argv[3] : ""), (long)parse(argv[2]), &kept);
	if (!kept)
		say("finit: the FP/SIMD registers changed across the call\n");
	syscall3(__NR_close, fd, 0, 0);
	say("finit_module(");
	say(argv[1]);
	say(", ");
	say(argv[2]);
	say(") = ");
	say_number(r);
	say("\n");
	exit_with(r < 0 ? -r : 0);
}
