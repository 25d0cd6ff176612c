/* Writes through a NULL pointer: the kernel must kill it with SIGSEGV. */
#include "syscall.h"

void _start(void)
{
	say("about to crash\n");
	*(volatile int *)0 = 1;
	exit_with(0);
}
