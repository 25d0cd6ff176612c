/*
 * finit FILE FLAGS [PARAMS]: finit_module(2) on FILE with FLAGS (decimal or
 * 0x hex) and PARAMS (default ""), printing what the call returned; exits
 * with the errno (0 on success). Busybox insmod always passes flags 0.
 */
#include "syscall.h"

#define __NR_openat		56
#define __NR_close		57
#define __NR_finit_module	273
#define AT_FDCWD		-100

__asm__(".global _start\n_start:\n\tmov x0, sp\n\tb start_c\n");

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

	if (argc < 3) {
		say("usage: finit FILE FLAGS [PARAMS]\n");
		exit_with(2);
	}
	fd = syscall3(__NR_openat, AT_FDCWD, (long)argv[1], 0);
	if (fd < 0) {
		say("open failed\n");
		exit_with(2);
	}
	r = syscall3(__NR_finit_module, fd, (long)(argc > 3 ? argv[3] : ""),
		     (long)parse(argv[2]));
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
