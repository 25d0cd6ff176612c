// SPDX-License-Identifier: GPL-2.0
/*
 * The helpers modules print and parse with: print_hex_dump() in each
 * layout, hex_dump_to_buffer() into a buffer too small, hex2bin and
 * friends, sscanf() on the conversions drivers use, get_random_*()
 * (only properties of the values are printed: they differ between
 * kernels and boots), get_current_tty(), and an unsigned long long
 * parameter (and one whose ops wrap param_set_ullong/param_get_ullong).
 * The calling shell's terminal decides what get_current_tty()
 * sees; the rest depends on nothing but the code.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/moduleparam.h>
#include <linux/printk.h>
#include <linux/random.h>
#include <linux/string.h>
#include <linux/tty.h>

static unsigned long long big = 18446744073709551615ULL;
module_param(big, ullong, 0644);
MODULE_PARM_DESC(big, "an unsigned long long");

/* A parameter with its own ops that parse and print with the ullong ones. */
static unsigned long long even = 2;

static int even_set(const char *val, const struct kernel_param *kp)
{
	unsigned long long old = even;
	int err = param_set_ullong(val, kp);

	if (err)
		return err;
	if (even % 2) {
		even = old;
		return -ERANGE;
	}
	return 0;
}

static int even_get(char *buffer, const struct kernel_param *kp)
{
	int n = param_get_ullong(buffer, kp);

	pr_info("printing: even read, %d bytes\n", n);
	return n;
}

static const struct kernel_param_ops even_ops = {
	.set = even_set,
	.get = even_get,
};
module_param_cb(even, &even_ops, &even, 0644);
MODULE_PARM_DESC(even, "an even unsigned long long");

static u8 data[40];

static void hex_dumps(void)
{
	char line[40];
	int i, n;

	for (i = 0; i < sizeof(data); i++)
		data[i] = i < 16 ? i * 17 : 'A' + i - 16;
	print_hex_dump(KERN_INFO, "bytes: ", DUMP_PREFIX_NONE, 16, 1, data,
		       sizeof(data), true);
	print_hex_dump(KERN_INFO, "offset: ", DUMP_PREFIX_OFFSET, 16, 1, data,
		       20, false);
	print_hex_dump(KERN_INFO, "u16: ", DUMP_PREFIX_OFFSET, 32, 2, data,
		       sizeof(data), true);
	print_hex_dump(KERN_INFO, "u32: ", DUMP_PREFIX_NONE, 16, 4, data, 32,
		       true);
	print_hex_dump(KERN_INFO, "u64: ", DUMP_PREFIX_NONE, 32, 8, data, 32,
		       false);
	print_hex_dump(KERN_INFO, "odd: ", DUMP_PREFIX_NONE, 16, 4, data, 7,
		       true);
	print_hex_dump(KERN_INFO, "row 20: ", DUMP_PREFIX_OFFSET, 20, 3, data,
		       18, true);
	n = hex_dump_to_buffer(data, 16, 16, 1, line, sizeof(line), true);
	pr_info("printing: to_buffer %d '%s'\n", n, line);
	n = hex_dump_to_buffer(data, 8, 16, 4, line, 10, false);
	pr_info("printing: too small %d '%s'\n", n, line);
	n = hex_dump_to_buffer(data, 0, 16, 1, line, sizeof(line), true);
	pr_info("printing: empty %d '%s'\n", n, line);
}

static void hex_digits(void)
{
	u8 bin[4];
	char hex[9];
	int err;

	err = hex2bin(bin, "c0FFee42", 4);
	*bin2hex(hex, bin, 4) = '\0';
	pr_info("printing: hex2bin %d %s, hex_to_bin %d %d %d\n", err, hex,
		hex_to_bin('7'), hex_to_bin('B'), hex_to_bin('g'));
	pr_info("printing: hex2bin bad %d, hex_asc %c%c\n",
		hex2bin(bin, "12zz", 2), hex_asc[10], hex_asc_upper[11]);
}

static void scans(void)
{
	int a = -1, b = -1, c = -1, n = -1, r;
	unsigned int u = 0;
	unsigned long long ull = 0;
	unsigned char hh = 0;
	short h = 0;
	char s1[16] = "", s2[16] = "", ch[3] = "";

	r = sscanf("12 0x1f name", "%d %x %15s", &a, &b, s1);
	pr_info("printing: sscanf %d: %d %d %s\n", r, a, b, s1);
	r = sscanf("  -42,0777,0x10", "%d,%i,%i", &a, &b, &c);
	pr_info("printing: sscanf %d: %d %d %d\n", r, a, b, c);
	r = sscanf("123456", "%2d%3d%n", &a, &b, &n);
	pr_info("printing: sscanf %d: %d %d n=%d\n", r, a, b, n);
	r = sscanf("00:0a:95", "%2[^:]:%2[^:]:%2[^:]", s1, s2, ch);
	pr_info("printing: sscanf %d: %s %s %s\n", r, s1, s2, ch);
	r = sscanf("skip 7 ff", "%*s %d %llx", &a, &ull);
	pr_info("printing: sscanf %d: %d %llx\n", r, a, ull);
	r = sscanf("300 -2", "%hhu %hd", &hh, &h);
	pr_info("printing: sscanf %d: %u %d\n", r, hh, h);
	r = sscanf("abc", "%c%c", &ch[0], &ch[1]);
	pr_info("printing: sscanf %d: %c%c\n", r, ch[0], ch[1]);
	r = sscanf("key=5", "value=%d", &a);
	pr_info("printing: sscanf %d (mismatch)\n", r);
	r = sscanf("50% of 8", "%d%% of %u", &a, &u);
	pr_info("printing: sscanf %d: %d %u\n", r, a, u);
	r = sscanf("x9", "%d", &a);
	pr_info("printing: sscanf %d (not a number)\n", r);
	r = sscanf("lower UPPER", "%5[a-z] %s", s1, s2);
	pr_info("printing: sscanf %d: %s %s\n", r, s1, s2);
}

static void randoms(void)
{
	u8 buf[64];
	int i, nonzero = 0, below = 0;

	memset(buf, 0, sizeof(buf));
	get_random_bytes(buf, sizeof(buf));
	for (i = 0; i < sizeof(buf); i++)
		nonzero += buf[i] != 0;
	for (i = 0; i < 100; i++)
		below += get_random_u32_below(10) < 10;
	pr_info("printing: random bytes %s, %d of 100 below 10, u8 %s u16 %s u64 %s\n",
		nonzero > 32 ? "look random" : "look wrong", below,
		get_random_u8() <= 0xff ? "ok" : "bad",
		get_random_u16() <= 0xffff ? "ok" : "bad",
		get_random_u64() != get_random_u64() ? "ok" : "repeats");
}

static void terminal(void)
{
	struct tty_struct *tty = get_current_tty();

	if (!tty) {
		pr_info("printing: no controlling tty\n");
		return;
	}
	pr_info("printing: controlling tty %s\n", tty_name(tty));
	tty_kref_put(tty);
}

static int __init printing_init(void)
{
	hex_dumps();
	hex_digits();
	scans();
	randoms();
	terminal();
	pr_info("printing: big %llu even %llu\n", big, even);
	return 0;
}

static void __exit printing_exit(void)
{
	pr_info("printing: big %llu at exit\n", big);
}

module_init(printing_init);
module_exit(printing_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("hex dumps, sscanf, random numbers, the current tty");
