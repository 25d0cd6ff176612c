// SPDX-License-Identifier: GPL-2.0
/*
 * sort() and sort_r(): heapsort, not stable, in O(n log n) without
 * memory, with Linux's bottom-up sift (follow the larger child down to a
 * leaf, one compare a level, then climb back to where the element goes
 * and rotate the path), so that equal elements end where Linux puts
 * them and a module's cmp and swap see the same calls. Indices here;
 * children of i are 2i+1 and 2i+2.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/sort.h>

struct sorter {
	char *base;
	size_t size;
	cmp_r_func_t cmp;
	swap_r_func_t swap;
	const void *priv;
	cmp_func_t plain_cmp;		/* sort()'s, without priv */
	swap_func_t plain_swap;
};

static int do_cmp(struct sorter *s, size_t i, size_t j)
{
	const void *a = s->base + i * s->size, *b = s->base + j * s->size;

	return s->plain_cmp ? s->plain_cmp(a, b) : s->cmp(a, b, s->priv);
}

static void do_swap(struct sorter *s, size_t i, size_t j)
{
	char *a = s->base + i * s->size, *b = s->base + j * s->size;
	size_t k;

	if (s->plain_swap) {
		s->plain_swap(a, b, s->size);
	} else if (s->swap) {
		s->swap(a, b, s->size, s->priv);
	} else {
		for (k = 0; k < s->size; k++) {
			char t = a[k];

			a[k] = b[k];
			b[k] = t;
		}
	}
}

static void heapsort(struct sorter *s, size_t num)
{
	size_t a = num / 2, n = num, b, c, d;

	if (!a)
		return;
	for (;;) {
		if (a)			/* building the heap: sift a-1 down */
			a--;
		else if (--n)		/* sorting: the root goes to the end */
			do_swap(s, 0, n);
		else
			break;
		/* the path of larger children from a down to a leaf */
		for (b = a; c = 2 * b + 1, (d = c + 1) < n;)
			b = do_cmp(s, c, d) >= 0 ? c : d;
		if (d == n)		/* a last leaf without a sibling */
			b = c;
		/* back up the path to where a's element belongs */
		while (b != a && do_cmp(s, a, b) >= 0)
			b = (b - 1) / 2;
		c = b;
		while (b != a) {	/* rotate it in, path moving up */
			b = (b - 1) / 2;
			do_swap(s, b, c);
		}
	}
}

void sort_r(void *base, size_t num, size_t size, cmp_r_func_t cmp,
	    swap_r_func_t swap, const void *priv)
{
	struct sorter s = { base, size, cmp, swap, priv, NULL, NULL };

	if (size)
		heapsort(&s, num);
}
EXPORT_SYMBOL(sort_r);

void sort(void *base, size_t num, size_t size, cmp_func_t cmp,
	  swap_func_t swap)
{
	struct sorter s = { base, size, NULL, NULL, NULL, cmp, swap };

	if (size)
		heapsort(&s, num);
}
EXPORT_SYMBOL(sort);

/*
 * Binary search of a sorted array; with equal elements, the one Linux's
 * finds (the middle of the range left, rounding down).
 */
void *bsearch(const void *key, const void *base, size_t num, size_t size,
	      cmp_func_t cmp)
{
	const char *lo = base;

	while (num > 0) {
		const char *pivot = lo + (num >> 1) * size;
		int result = cmp(key, pivot);

		if (result == 0)
			return (void *)pivot;
		if (result > 0) {
			lo = pivot + size;
			num--;
		}
		num >>= 1;
	}
	return NULL;
}
EXPORT_SYMBOL(bsearch);
