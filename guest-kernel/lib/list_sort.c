// SPDX-License-Identifier: GPL-2.0
/*
 * list_sort(): a stable merge sort of a list_head list. cmp(priv, a, b)
 * > 0 puts a after b; elements that compare equal keep their order.
 * Bottom-up: runs of 1, 2, 4... kept as singly linked lists (prev links
 * are rebuilt at the end), merged as soon as two of a size exist.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/list.h>
#include <linux/list_sort.h>

static struct list_head *merge(void *priv, list_cmp_func_t cmp,
			       struct list_head *a, struct list_head *b)
{
	struct list_head *head = NULL, **tail = &head;

	while (a && b) {
		if (cmp(priv, a, b) <= 0) {
			*tail = a;
			a = a->next;
		} else {
			*tail = b;
			b = b->next;
		}
		tail = &(*tail)->next;
	}
	*tail = a ?: b;
	return head;
}

#define MAX_RUNS	64	/* run k holds 2^k elements: enough for any list */

void list_sort(void *priv, struct list_head *head, list_cmp_func_t cmp)
{
	struct list_head *runs[MAX_RUNS] = { NULL };
	struct list_head *list = head->next, *result = NULL, *prev;
	int k, max = 0;

	if (list == head->prev)	/* zero or one element */
		return;
	head->prev->next = NULL;
	while (list) {
		struct list_head *run = list;

		list = list->next;
		run->next = NULL;
		/* carry: merge equal sizes, older (earlier) runs first */
		for (k = 0; k < MAX_RUNS && runs[k]; k++) {
			run = merge(priv, cmp, runs[k], run);
			runs[k] = NULL;
		}
		runs[k] = run;
		if (k > max)
			max = k;
	}
	for (k = 0; k <= max; k++)
		if (runs[k])
			result = result ? merge(priv, cmp, runs[k], result) : runs[k];

	/* back into a circular doubly linked list */
	prev = head;
	for (list = result; list; list = list->next) {
		list->prev = prev;
		prev->next = list;
		prev = list;
	}
	prev->next = head;
	head->prev = prev;
}
EXPORT_SYMBOL(list_sort);
