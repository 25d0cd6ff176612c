/*
 * A JIT's way of running new code: write instructions through one mapping of a file, run them
 * through another, with the cache maintenance ARM requires in between (as GCC's __clear_cache).
 * Each round must run the instructions just written, not the previous round's.
 */
#include "syscall.h"

#define __NR_openat	56
#define __NR_ftruncate	46
#define __NR_mmap	222
#define AT_FDCWD	-100
#define O_RDWR_CREAT	0102
#define PROT_RW		3
#define PROT_RX		5
#define MAP_SHARED	1

static long mmap_shared(long prot, long fd)
{
	register long x8 __asm__("x8") = __NR_mmap;
	register long x0 __asm__("x0") = 0;
	register long x1 __asm__("x1") = 4096;
	register long x2 __asm__("x2") = prot;
	register long x3 __asm__("x3") = MAP_SHARED;
	register long x4 __asm__("x4") = fd;
	register long x5 __asm__("x5") = 0;
	__asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5) : "memory");
	return x0;
}

/* Clean the written line to the point of unification, then invalidate it in the I-cache. */
static void sync_code(void *p)
{
	__asm__ volatile("dc cvau, %0\n\tdsb ish\n\tic ivau, %0\n\tdsb ish\n\tisb" : : "r"(p) : "memory");
}

void _start(void)
{
	long fd = syscall3(__NR_openat, AT_FDCWD, (long)"/tmp/jit-code", O_RDWR_CREAT);
	volatile unsigned int *w;
	int (*x)(void);
	char line[] = "round 0 ran 0\n";
	int round;

	syscall3(__NR_ftruncate, fd, 4096, 0);
	w = (volatile unsigned int *)mmap_shared(PROT_RW, fd);
	x = (int (*)(void))mmap_shared(PROT_RX, fd);
	for (round = 1; round <= 4; round++) {
		w[0] = 0x52800000 | (round << 5);	/* mov w0, #round */
		w[1] = 0xd65f03c0;			/* ret */
		sync_code((void *)x);
		line[6] = '0' + round;
		line[12] = '0' + x();
		say(line);
	}
	exit_with(0);
}
