// SPDX-License-Identifier: GPL-2.0
/*
 * __ex_table in a module: get_user()/put_user() are inlined here (an
 * unprivileged load or store plus an exception table entry; on 32-bit ARM,
 * calls of the kernel's __get_user_N and __put_user_N). On an unmapped user
 * address the access faults and the module's own exception table turns it
 * into -EFAULT, with the value zeroed. With sizes=1, each size (1, 2, 4 and
 * 8 bytes) is stored into, and loaded back from, a page of insmod's own,
 * mapped for it with vm_mmap().
 */
#include <linux/err.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/module.h>
#include <linux/uaccess.h>

static unsigned long addr = 0x10;
module_param(addr, ulong, 0444);

static bool sizes;
module_param(sizes, bool, 0444);

/* Store one value of each size at 0, 2, 4 and 8 in the user page @page, and load them back. */
static void access_sizes(char __user *page)
{
	u8 b = 0;
	u16 h = 0;
	u32 w = 0;
	u64 d = 0, whole = 0;
	int err[4];

	err[0] = put_user((u8)0x11, (u8 __user *)page);
	err[1] = put_user((u16)0x2233, (u16 __user *)(page + 2));
	err[2] = put_user((u32)0x44556677, (u32 __user *)(page + 4));
	err[3] = put_user((u64)0x8899aabbccddeeffULL, (u64 __user *)(page + 8));
	pr_info("uaccess: put_user of 1, 2, 4, 8 bytes = %d %d %d %d\n", err[0], err[1], err[2], err[3]);
	err[0] = get_user(b, (u8 __user *)page);
	err[1] = get_user(h, (u16 __user *)(page + 2));
	err[2] = get_user(w, (u32 __user *)(page + 4));
	err[3] = get_user(d, (u64 __user *)(page + 8));
	pr_info("uaccess: get_user of 1, 2, 4, 8 bytes = %d %d %d %d: %#x %#x %#x %#llx\n",
		err[0], err[1], err[2], err[3], b, h, w, d);
	err[0] = get_user(whole, (u64 __user *)page);
	pr_info("uaccess: the first 8 bytes = %d: %#llx\n", err[0], whole);
}

static int __init uaccess_init(void)
{
	int __user *p = (int __user *)addr;
	int val = 0x5a5a, err;
	unsigned long page;

	if (sizes) {
		page = vm_mmap(NULL, 0, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, 0);
		if (IS_ERR_VALUE(page))
			return (int)page;
		access_sizes((char __user *)page);
		return vm_munmap(page, PAGE_SIZE);
	}
	err = get_user(val, p);
	pr_info("uaccess: get_user(%#lx) = %d, value %d\n", addr, err, val);
	err = put_user(42, p);
	pr_info("uaccess: put_user(%#lx) = %d\n", addr, err);
	return 0;
}

static void __exit uaccess_exit(void)
{
}

module_init(uaccess_init);
module_exit(uaccess_exit);
MODULE_LICENSE("GPL");
