// SPDX-License-Identifier: GPL-2.0
/*
 * Hex conversion and dumps, as Linux 6.1's lib/hexdump.c formats them:
 * hex_dump_to_buffer() makes one line ("00 01 ..." or grouped 2/4/8-byte
 * words in CPU order, then an ASCII column), print_hex_dump() prints a
 * buffer as such lines with an optional prefix and offset or address.
 */
#include <linux/kernel.h>
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/printk.h>
#include <linux/string.h>

const char hex_asc[] = "0123456789abcdef";
EXPORT_SYMBOL(hex_asc);
const char hex_asc_upper[] = "0123456789ABCDEF";
EXPORT_SYMBOL(hex_asc_upper);

/* The value of one hex digit, or -1. */
int hex_to_bin(unsigned char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	ch = tolower(ch);
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	return -1;
}
EXPORT_SYMBOL(hex_to_bin);

/* count bytes from 2 * count hex digits; -EINVAL at a non-digit. */
int hex2bin(u8 *dst, const char *src, size_t count)
{
	while (count--) {
		int hi = hex_to_bin(*src++), lo;

		if (hi < 0)
			return -EINVAL;
		lo = hex_to_bin(*src++);
		if (lo < 0)
			return -EINVAL;
		*dst++ = (hi << 4) | lo;
	}
	return 0;
}
EXPORT_SYMBOL(hex2bin);

/* Two lower-case hex digits per byte; returns the end (not terminated). */
char *bin2hex(char *dst, const void *src, size_t count)
{
	const unsigned char *p = src;

	while (count--) {
		*dst++ = hex_asc[*p >> 4];
		*dst++ = hex_asc[*p++ & 0xf];
	}
	return dst;
}
EXPORT_SYMBOL(bin2hex);

static bool is_power_of_2(unsigned long n)
{
	return n && !(n & (n - 1));
}

/* Groups of 2, 4 or 8 bytes: each a word read in CPU (little-endian) order. */
static int hex_dump_groups(const u8 *ptr, int ngroups, int groupsize,
			   char *linebuf, size_t linebuflen)
{
	int j, k, lx = 0;

	for (j = 0; j < ngroups; j++) {
		unsigned long long v = 0;
		int ret;

		for (k = groupsize - 1; k >= 0; k--)
			v = v << 8 | ptr[j * groupsize + k];
		ret = snprintf(linebuf + lx, linebuflen - lx, "%s%0*llx",
			       j ? " " : "", groupsize * 2, v);
		if (ret >= (int)(linebuflen - lx))
			return -1;
		lx += ret;
	}
	return lx;
}

/*
 * One line of at most rowsize (16 or 32) bytes; the length written, or
 * on overflow what the whole line would have needed.
 */
int hex_dump_to_buffer(const void *buf, size_t len, int rowsize, int groupsize,
		       char *linebuf, size_t linebuflen, bool ascii)
{
	const u8 *ptr = buf;
	int ngroups, j, lx = 0, ascii_column;
	u8 ch;

	if (rowsize != 16 && rowsize != 32)
		rowsize = 16;
	if (len > rowsize)
		len = rowsize;
	if (!is_power_of_2(groupsize) || groupsize > 8)
		groupsize = 1;
	if (len % groupsize)
		groupsize = 1;
	ngroups = len / groupsize;
	ascii_column = rowsize * 2 + rowsize / groupsize + 1;
	if (!linebuflen)
		goto overflow1;
	if (!len)
		goto nil;
	if (groupsize > 1) {
		lx = hex_dump_groups(ptr, ngroups, groupsize, linebuf,
				     linebuflen);
		if (lx < 0)
			goto overflow1;
	} else {
		for (j = 0; j < len; j++) {
			if (linebuflen < lx + 2)
				goto overflow2;
			ch = ptr[j];
			linebuf[lx++] = hex_asc[ch >> 4];
			if (linebuflen < lx + 2)
				goto overflow2;
			linebuf[lx++] = hex_asc[ch & 0xf];
			if (linebuflen < lx + 2)
				goto overflow2;
			linebuf[lx++] = ' ';
		}
		if (j)
			lx--;
	}
	if (!ascii)
		goto nil;
	while (lx < ascii_column) {
		if (linebuflen < lx + 2)
			goto overflow2;
		linebuf[lx++] = ' ';
	}
	for (j = 0; j < len; j++) {
		if (linebuflen < lx + 2)
			goto overflow2;
		ch = ptr[j];
		linebuf[lx++] = (isascii(ch) && isprint(ch)) ? ch : '.';
	}
nil:
	linebuf[lx] = '\0';
	return lx;
overflow2:
	linebuf[lx++] = '\0';
overflow1:
	return ascii ? ascii_column + len : (groupsize * 2 + 1) * ngroups - 1;
}
EXPORT_SYMBOL(hex_dump_to_buffer);

void print_hex_dump(const char *level, const char *prefix_str, int prefix_type,
		    int rowsize, int groupsize, const void *buf, size_t len,
		    bool ascii)
{
	const u8 *ptr = buf;
	int i, linelen, remaining = len;
	char linebuf[32 * 3 + 2 + 32 + 1];

	if (rowsize != 16 && rowsize != 32)
		rowsize = 16;
	for (i = 0; i < len; i += rowsize) {
		linelen = min(remaining, rowsize);
		remaining -= rowsize;
		hex_dump_to_buffer(ptr + i, linelen, rowsize, groupsize,
				   linebuf, sizeof(linebuf), ascii);
		switch (prefix_type) {
		case DUMP_PREFIX_ADDRESS:
			printk("%s%s%p: %s\n", level, prefix_str, ptr + i,
			       linebuf);
			break;
		case DUMP_PREFIX_OFFSET:
			printk("%s%s%.8x: %s\n", level, prefix_str, i, linebuf);
			break;
		default:
			printk("%s%s%s\n", level, prefix_str, linebuf);
			break;
		}
	}
}
EXPORT_SYMBOL(print_hex_dump);
