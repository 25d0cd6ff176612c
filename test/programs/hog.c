/*
 * Takes memory until the OOM killer kills it: anonymous mappings of 1 MiB, each page written.
 * Never exits by itself.
 */
#include "syscall.h"

#define __NR_mmap	222
#define PROT_RW		3
#define MAP_PRIVATE_ANON 0x22

static long mmap_anon(long len)
{
	register long x8 __asm__("x8") = __NR_mmap;
	register long x0 __asm__("x0") = 0;
	register long x1 __asm__("x1") = len;
	register long x2 __asm__("x2") = PROT_RW;
	register long x3 __asm__("x3") = MAP_PRIVATE_ANON;
	register long x4 __asm__("x4") = -1;
	register long x5 __asm__("x5") = 0;
	__asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5) : "memory");
	return x0;
}

void _start(void)
{
	say("hog: taking all the memory\n");
	for (;;) {
		volatile char *p = (volatile char *)mmap_anon(1 << 20);
		long i;

		if ((unsigned long)p > -4096UL)
			continue;
		for (i = 0; i < (1 << 20); i += 4096)
			p[i] = 1;
	}
}
