// SPDX-License-Identifier: GPL-2.0
/*
 * A new system call, as the module_init write-up adds one: built into the
 * kernel (kobox run --builtin examples/syscall/kernel), it takes the first
 * number after Linux 6.1's table (451), which the build prints and puts in
 * <asm/unistd.h> for user programs as __NR_helloworld.
 */
#include <linux/kernel.h>
#include <linux/syscalls.h>

SYSCALL_DEFINE0(helloworld)
{
	pr_info("hello world syscall\n");
	return 0;
}
