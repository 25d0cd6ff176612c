// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel symbol lookup for %pS and backtraces.
 *
 * The table (kallsyms_*) is generated from the linked image by
 * scripts/kallsyms.awk and linked last, so adding it moves no code.
 * Only text symbols are listed; a symbol's size runs to the next one.
 */
#include <linux/kernel.h>
#include <linux/kallsyms.h>
#include <linux/string.h>
#include <asm/sections.h>

extern const unsigned long kallsyms_num_syms;
extern const unsigned long kallsyms_addresses[];
extern const unsigned int kallsyms_offsets[];
extern const char kallsyms_names[];

static unsigned long text_end(unsigned long addr)
{
	if (addr >= (unsigned long)_text && addr < (unsigned long)_etext)
		return (unsigned long)_etext;
	if (addr >= (unsigned long)_sinittext && addr < (unsigned long)_einittext)
		return (unsigned long)_einittext;
	return 0;
}

/* Index of the first symbol at the highest address <= addr. */
static long get_symbol_pos(unsigned long addr, unsigned long *size,
			   unsigned long *offset)
{
	unsigned long low = 0, high = kallsyms_num_syms, mid, end;
	unsigned long sym;

	if (!high || addr < kallsyms_addresses[0])
		return -1;
	while (high - low > 1) {
		mid = low + (high - low) / 2;
		if (kallsyms_addresses[mid] <= addr)
			low = mid;
		else
			high = mid;
	}
	sym = kallsyms_addresses[low];
	while (low > 0 && kallsyms_addresses[low - 1] == sym)
		low--;

	end = text_end(addr);
	for (mid = low + 1; mid < kallsyms_num_syms; mid++) {
		if (kallsyms_addresses[mid] > sym) {
			end = min(end, kallsyms_addresses[mid]);
			break;
		}
	}
	*size = end - sym;
	*offset = addr - sym;
	return low;
}

const char *kallsyms_lookup(unsigned long addr, unsigned long *symbolsize,
			    unsigned long *offset, char *namebuf)
{
	long pos;

	if (!text_end(addr))
		return NULL;
	pos = get_symbol_pos(addr, symbolsize, offset);
	if (pos < 0)
		return NULL;
	strscpy(namebuf, kallsyms_names + kallsyms_offsets[pos], KSYM_NAME_LEN);
	return namebuf;
}

static int __sprint_symbol(char *buffer, unsigned long address, bool add_offset)
{
	unsigned long size, offset;
	const char *name;
	int len;

	name = kallsyms_lookup(address, &size, &offset, buffer);
	if (!name)
		return sprintf(buffer, "0x%lx", address);
	len = strlen(buffer);
	if (add_offset)
		len += sprintf(buffer + len, "+%#lx/%#lx", offset, size);
	return len;
}

/* "name+0xoff/0xsize", or the raw address when it is no kernel text. */
int sprint_symbol(char *buffer, unsigned long address)
{
	return __sprint_symbol(buffer, address, true);
}

int sprint_symbol_no_offset(char *buffer, unsigned long address)
{
	return __sprint_symbol(buffer, address, false);
}
