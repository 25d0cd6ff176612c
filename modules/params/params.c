// SPDX-License-Identifier: GPL-2.0
/* One parameter of every standard type, an array, and a string copied into the module. */
#include <linux/init.h>
#include <linux/module.h>

static int p_int = -1;
static unsigned int p_uint = 1;
static long p_long = -2;
static unsigned long p_ulong = 2;
static short p_short = -3;
static unsigned short p_ushort = 3;
static unsigned char p_byte = 4;
static bool p_bool;
static bool p_invbool;
static char *p_charp = "default";
static unsigned int p_hexint = 0xff;
static int p_array[4] = { 1, 2 };
static int p_array_len;
static char p_string[8] = "str";

module_param(p_int, int, 0644);
module_param(p_uint, uint, 0644);
module_param(p_long, long, 0644);
module_param(p_ulong, ulong, 0644);
module_param(p_short, short, 0644);
module_param(p_ushort, ushort, 0644);
module_param(p_byte, byte, 0644);
module_param(p_bool, bool, 0644);
module_param(p_invbool, invbool, 0644);
module_param(p_charp, charp, 0644);
module_param(p_hexint, hexint, 0644);
module_param_array(p_array, int, &p_array_len, 0644);
module_param_string(p_string, p_string, sizeof(p_string), 0644);
module_param_named(secret, p_int, int, 0400);

static int __init params_init(void)
{
	pr_info("params: int=%d uint=%u long=%ld ulong=%lu short=%hd ushort=%hu byte=%u\n",
		p_int, p_uint, p_long, p_ulong, p_short, p_ushort, p_byte);
	pr_info("params: bool=%d invbool=%d charp=%s hexint=%#x string=%s\n",
		p_bool, p_invbool, p_charp, p_hexint, p_string);
	pr_info("params: array has %d: %d %d %d %d\n", p_array_len,
		p_array[0], p_array[1], p_array[2], p_array[3]);
	return 0;
}

static void __exit params_exit(void)
{
}

module_init(params_init);
module_exit(params_exit);
MODULE_LICENSE("GPL");
