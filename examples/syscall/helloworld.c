// SPDX-License-Identifier: GPL-2.0
/*
 * Calls the helloworld system call of examples/syscall/kernel, then a number
 * no kernel has. Built static with the number from the kernel's build:
 *   aarch64-linux-gnu-gcc -static -I <build>/usr/include helloworld.c -o helloworld
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

int main(void)
{
	long r = syscall(__NR_helloworld);

	printf("syscall(__NR_helloworld = %d) returned %ld\n", __NR_helloworld, r);
	r = syscall(__NR_syscalls);
	printf("syscall(%d) returned %ld: %s\n", __NR_syscalls, r, strerror(errno));
	return 0;
}
