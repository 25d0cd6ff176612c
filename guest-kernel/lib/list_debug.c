// SPDX-License-Identifier: GPL-2.0
/*
 * CONFIG_DEBUG_LIST's checks, which modules built for Debian's kernel
 * call from every inlined list_add()/list_del(). Debian also has
 * CONFIG_BUG_ON_DATA_CORRUPTION: a corrupt list is reported and BUG()s.
 * The report says "kernel BUG at lib/list_debug.c:N!", N being the line
 * of the check in Linux 6.1's file, so each check carries that line.
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/export.h>
#include <linux/list.h>

/* poison.h with CONFIG_ILLEGAL_POINTER_VALUE=0xdead000000000000 */
#define LIST_POISON1	((void *)0xdead000000000100UL)
#define LIST_POISON2	((void *)0xdead000000000122UL)

#define CHECK_DATA_CORRUPTION(line, condition, fmt, ...) ({		\
	bool __corrupt = unlikely(condition);				\
	if (__corrupt) {						\
		pr_err(fmt, ##__VA_ARGS__);				\
		BUG_AT_LINE(line);					\
	}								\
	__corrupt;							\
})

bool __list_add_valid(struct list_head *new, struct list_head *prev,
		      struct list_head *next)
{
	if (CHECK_DATA_CORRUPTION(23, !prev, "list_add corruption. prev is NULL.\n") ||
	    CHECK_DATA_CORRUPTION(25, !next, "list_add corruption. next is NULL.\n") ||
	    CHECK_DATA_CORRUPTION(27, next->prev != prev,
			"list_add corruption. next->prev should be prev (%px), but was %px. (next=%px).\n",
			prev, next->prev, next) ||
	    CHECK_DATA_CORRUPTION(30, prev->next != next,
			"list_add corruption. prev->next should be next (%px), but was %px. (prev=%px).\n",
			next, prev->next, prev) ||
	    CHECK_DATA_CORRUPTION(33, new == prev || new == next,
			"list_add double add: new=%px, prev=%px, next=%px.\n",
			new, prev, next))
		return false;
	return true;
}
EXPORT_SYMBOL(__list_add_valid);

bool __list_del_entry_valid(struct list_head *entry)
{
	struct list_head *prev = entry->prev, *next = entry->next;

	if (CHECK_DATA_CORRUPTION(49, !next, "list_del corruption, %px->next is NULL\n", entry) ||
	    CHECK_DATA_CORRUPTION(51, !prev, "list_del corruption, %px->prev is NULL\n", entry) ||
	    CHECK_DATA_CORRUPTION(53, next == LIST_POISON1,
			"list_del corruption, %px->next is LIST_POISON1 (%px)\n",
			entry, LIST_POISON1) ||
	    CHECK_DATA_CORRUPTION(56, prev == LIST_POISON2,
			"list_del corruption, %px->prev is LIST_POISON2 (%px)\n",
			entry, LIST_POISON2) ||
	    CHECK_DATA_CORRUPTION(59, prev->next != entry,
			"list_del corruption. prev->next should be %px, but was %px. (prev=%px)\n",
			entry, prev->next, prev) ||
	    CHECK_DATA_CORRUPTION(62, next->prev != entry,
			"list_del corruption. next->prev should be %px, but was %px. (next=%px)\n",
			entry, next->prev, next))
		return false;
	return true;
}
EXPORT_SYMBOL(__list_del_entry_valid);
