// SPDX-License-Identifier: GPL-2.0
/*
 * Linux/arm's bit searches as modules call them (find_first_bit() and
 * friends are _find_*_bit_le there, findbit.S): the generic searches.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/export.h>

unsigned long _find_first_bit_le(const unsigned long *p, unsigned int size)
{
	return _find_first_bit(p, size);
}
EXPORT_SYMBOL(_find_first_bit_le);

unsigned long _find_first_zero_bit_le(const unsigned long *p, unsigned int size)
{
	return _find_first_zero_bit(p, size);
}
EXPORT_SYMBOL(_find_first_zero_bit_le);

unsigned long _find_next_bit_le(const unsigned long *p, int size, int offset)
{
	return _find_next_bit(p, size, offset);
}
EXPORT_SYMBOL(_find_next_bit_le);

unsigned long _find_next_zero_bit_le(const unsigned long *p, int size, int offset)
{
	return _find_next_zero_bit(p, size, offset);
}
EXPORT_SYMBOL(_find_next_zero_bit_le);
