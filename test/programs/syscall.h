/* Raw arm64 Linux system calls for the freestanding test programs (no libc). */
static inline long syscall3(long nr, long a, long b, long c)
{
	register long x8 __asm__("x8") = nr;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	__asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
	return x0;
}

#define __NR_write	64
#define __NR_exit	93

static inline void say(const char *s)
{
	long n = 0;
	while (s[n])
		n++;
	syscall3(__NR_write, 1, (long)s, n);
}

static inline void __attribute__((noreturn)) exit_with(int status)
{
	for (;;)
		syscall3(__NR_exit, status, 0, 0);
}

static inline void say_number(long n)
{
	char buf[24];
	int i = sizeof(buf) - 1;
	int neg = n < 0;

	buf[i] = 0;
	if (neg)
		n = -n;
	do {
		buf[--i] = '0' + n % 10;
		n /= 10;
	} while (n);
	if (neg)
		buf[--i] = '-';
	say(buf + i);
}
