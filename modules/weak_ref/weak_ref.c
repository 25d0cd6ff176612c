// SPDX-License-Identifier: GPL-2.0
/*
 * A weak undefined reference: the module loads whether or not hello is
 * there; without it the symbol resolves to 0.
 */
#include <linux/init.h>
#include <linux/module.h>

extern int hello_add(int a, int b) __weak;

/*
 * Taken as data (R_AARCH64_ABS64): in code GCC reaches a weak function
 * through the GOT, a relocation arm64 modules cannot have.
 */
static int (*hello_add_ptr)(int a, int b) = hello_add;

static int __init weak_ref_init(void)
{
	int (*add)(int a, int b) = READ_ONCE(hello_add_ptr);

	if (add)
		pr_info("weak_ref: hello_add(2, 3) = %d\n", add(2, 3));
	else
		pr_info("weak_ref: no hello_add\n");
	return 0;
}

static void __exit weak_ref_exit(void)
{
	pr_info("weak_ref: exit\n");
}

module_init(weak_ref_init);
module_exit(weak_ref_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kobox: a weak undefined reference to hello_add");
