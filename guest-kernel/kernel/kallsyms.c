// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel symbol lookup for %pS and backtraces.
 *
 * The table (kallsyms_*) is generated from the linked image by
 * scripts/kallsyms.awk and linked last, so adding it moves no code.
 * Only text symbols are listed; a symbol's size runs to the next one.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/module.h>
#include <linux/kallsyms.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include <asm/sections.h>

extern const unsigned long kallsyms_num_syms;
extern const unsigned long kallsyms_addresses[];
extern const unsigned int kallsyms_offsets[];
extern const char kallsyms_names[];
extern const char kallsyms_types[];

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
			    unsigned long *offset, char **modname,
			    char *namebuf)
{
	long pos;

	if (modname)
		*modname = NULL;
	if (!text_end(addr))	/* not the kernel's: maybe a module's */
		return module_address_lookup(addr, symbolsize, offset,
					     modname, namebuf);
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
	char *modname;
	int len;

	name = kallsyms_lookup(address, &size, &offset, &modname, buffer);
	if (!name)
		return sprintf(buffer, "0x%lx", address);
	len = strlen(buffer);
	if (add_offset)
		len += sprintf(buffer + len, "+%#lx/%#lx", offset, size);
	if (modname)
		len += sprintf(buffer + len, " [%s]", modname);
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

/*
 * The module loader's symbols, after the kernel's: symbol symnum of all
 * loaded modules, or -ERANGE past the last. The loader overrides this.
 */
int __weak module_get_kallsym(unsigned int symnum, unsigned long *value,
			      char *type, char *name, char *module_name,
			      int *exported)
{
	return -ERANGE;
}

struct kallsym_iter {
	unsigned long value;
	char type;
	int exported;
	char name[KSYM_NAME_LEN];
	char module_name[MODULE_NAME_LEN];
};

/* Fill iter with symbol pos (the kernel's first); false past the last. */
static bool update_iter(struct kallsym_iter *iter, loff_t pos)
{
	iter->module_name[0] = '\0';
	if (pos < kallsyms_num_syms) {
		iter->value = kallsyms_addresses[pos];
		iter->type = kallsyms_types[pos];
		strscpy(iter->name, kallsyms_names + kallsyms_offsets[pos],
			KSYM_NAME_LEN);
		return true;
	}
	return !module_get_kallsym(pos - kallsyms_num_syms, &iter->value,
				   &iter->type, iter->name, iter->module_name,
				   &iter->exported);
}

/* /proc/kallsyms: "address type name", in address order, then modules'. */
static void *s_start(struct seq_file *m, loff_t *pos)
{
	return update_iter(m->private, *pos) ? m->private : NULL;
}

static void *s_next(struct seq_file *m, void *p, loff_t *pos)
{
	(*pos)++;
	return s_start(m, pos);
}

static void s_stop(struct seq_file *m, void *p)
{
}

static int s_show(struct seq_file *m, void *p)
{
	struct kallsym_iter *iter = m->private;

	if (!iter->module_name[0]) {
		seq_printf(m, "%px %c %s\n", (void *)iter->value, iter->type,
			   iter->name);
		return 0;
	}
	/* a module's symbol: upper case if exported, lower case if not */
	seq_printf(m, "%px %c %s\t[%s]\n", (void *)iter->value,
		   iter->exported ? toupper(iter->type) : tolower(iter->type),
		   iter->name, iter->module_name);
	return 0;
}

static const struct seq_operations kallsyms_op = {
	.start = s_start,
	.next = s_next,
	.stop = s_stop,
	.show = s_show,
};

static int kallsyms_open(struct inode *inode, struct file *file)
{
	return __seq_open_private(file, &kallsyms_op,
				  sizeof(struct kallsym_iter)) ? 0 : -ENOMEM;
}

static const struct proc_ops kallsyms_proc_ops = {
	.proc_open	= kallsyms_open,
	.proc_read	= seq_read,
	.proc_lseek	= seq_lseek,
	.proc_release	= seq_release_private,
};

static int __init kallsyms_init(void)
{
	proc_create("kallsyms", 0444, NULL, &kallsyms_proc_ops);
	return 0;
}
device_initcall(kallsyms_init);
