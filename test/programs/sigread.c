/*
 * sigread FILE [nonblock] [restart]: read FILE once and print what read(2)
 * returned ("read 6: hello" or "read -4"), with a SIGUSR1 handler that
 * prints "signal 10" installed without SA_RESTART (a sleeping read ends
 * with -EINTR) or, given "restart", with it (the read starts again).
 * "nonblock" opens FILE with O_NONBLOCK. Exits 0.
 */
#include "syscall.h"

#define __NR_openat		56
#define __NR_read		63
#define __NR_rt_sigaction	134
#define __NR_rt_sigreturn	139
#define AT_FDCWD		-100
#define O_NONBLOCK		04000
#define SIGUSR1			10
#define SA_RESTORER		0x04000000
#define SA_RESTART		0x10000000

__asm__(".global _start\n_start:\n\tmov x0, sp\n\tb start_c\n");
__asm__(".global restorer\nrestorer:\n\tmov x8, #139\n\tsvc #0\n");
void restorer(void);

struct kernel_sigaction {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};

/* rt_sigaction(sig, act, NULL, sizeof(sigset_t)): four arguments */
static void sigaction4(long sig, struct kernel_sigaction *act)
{
	register long x8 __asm__("x8") = __NR_rt_sigaction;
	register long x0 __asm__("x0") = sig;
	register long x1 __asm__("x1") = (long)act;
	register long x2 __asm__("x2") = 0;
	register long x3 __asm__("x3") = 8;

	__asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3) : "memory");
}

static int same(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static void on_usr1(int sig)
{
	say("signal ");
	say_number(sig);
	say("\n");
}

void __attribute__((used)) start_c(long *sp)
{
	long argc = sp[0];
	char **argv = (char **)(sp + 1);
	struct kernel_sigaction sa = { on_usr1, SA_RESTORER, restorer, 0 };
	long flags = 0, fd, n, i;
	char buf[128];

	if (argc < 2) {
		say("usage: sigread FILE [nonblock] [restart]\n");
		exit_with(2);
	}
	for (i = 2; i < argc; i++) {
		if (same(argv[i], "nonblock"))
			flags |= O_NONBLOCK;
		if (same(argv[i], "restart"))
			sa.flags |= SA_RESTART;
	}
	sigaction4(SIGUSR1, &sa);
	fd = syscall3(__NR_openat, AT_FDCWD, (long)argv[1], flags);
	if (fd < 0) {
		say("open ");
		say_number(fd);
		say("\n");
		exit_with(0);
	}
	n = syscall3(__NR_read, fd, (long)buf, sizeof(buf) - 1);
	say("read ");
	say_number(n);
	if (n > 0) {
		buf[n] = 0;
		say(": ");
		say(buf);
	} else {
		say("\n");
	}
	exit_with(0);
}
