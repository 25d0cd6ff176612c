// SPDX-License-Identifier: GPL-2.0
/*
 * vsnprintf() and friends, following Linux's lib/vsprintf.c behaviour:
 * flags "-0+ #", width and precision (also "*"), length modifiers
 * hh h l ll z t, conversions d i u o x X c s p %, and the %p extensions
 * %pS %ps %pB (symbols), %px (raw), %pK and plain %p (hashed), %pa.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errname.h>
#include <linux/of.h>
#include <linux/err.h>
#include <linux/export.h>
#include <linux/ctype.h>
#include <linux/string.h>
#include <linux/gfp.h>
#include <linux/kallsyms.h>
#include <asm/page.h>

#define ZEROPAD	1	/* pad with zero */
#define SIGN	2	/* unsigned/signed long */
#define PLUS	4	/* show plus */
#define SPACE	8	/* space if plus */
#define LEFT	16	/* left justified */
#define SMALL	32	/* use lowercase in hex (must be 32 == 0x20) */
#define SPECIAL	64	/* prefix hex with "0x", octal with "0" */

struct printf_spec {
	int flags;
	int base;
	int field_width;	/* -1: none */
	int precision;		/* -1: none */
};


static char *number(char *buf, char *end, unsigned long long num,
		    struct printf_spec spec)
{
	char tmp[3 * sizeof(num)];
	char sign = 0;
	char locase = spec.flags & SMALL;
	int need_pfx = (spec.flags & SPECIAL) && spec.base != 10;
	bool is_zero = num == 0;
	int width = spec.field_width;
	int precision = spec.precision;
	int i = 0;

	if (spec.flags & LEFT)
		spec.flags &= ~ZEROPAD;
	if (spec.flags & SIGN) {
		if ((signed long long)num < 0) {
			sign = '-';
			num = -(signed long long)num;
			width--;
		} else if (spec.flags & PLUS) {
			sign = '+';
			width--;
		} else if (spec.flags & SPACE) {
			sign = ' ';
			width--;
		}
	}
	if (need_pfx) {
		if (spec.base == 16)
			width -= 2;
		else if (!is_zero)
			width--;
	}

	do {
		tmp[i++] = hex_asc_upper[num % spec.base] | locase;
		num /= spec.base;
	} while (num);

	/* printing 100 using %2d gives "100", not "00" */
	if (i > precision)
		precision = i;
	width -= precision;
	if (!(spec.flags & (ZEROPAD | LEFT)))
		for (; width > 0; width--, buf++)
			if (buf < end)
				*buf = ' ';
	if (sign) {
		if (buf < end)
			*buf = sign;
		buf++;
	}
	if (need_pfx) {
		if (spec.base == 16 || !is_zero) {
			if (buf < end)
				*buf = '0';
			buf++;
		}
		if (spec.base == 16) {
			if (buf < end)
				*buf = 'X' | locase;
			buf++;
		}
	}
	if (!(spec.flags & LEFT)) {
		char c = (spec.flags & ZEROPAD) ? '0' : ' ';

		for (; width > 0; width--, buf++)
			if (buf < end)
				*buf = c;
	}
	for (; i < precision; precision--, buf++)
		if (buf < end)
			*buf = '0';
	while (--i >= 0) {
		if (buf < end)
			*buf = tmp[i];
		buf++;
	}
	for (; width > 0; width--, buf++)
		if (buf < end)
			*buf = ' ';
	return buf;
}

static char *pad(char *buf, char *end, int n)
{
	for (; n > 0; n--, buf++)
		if (buf < end)
			*buf = ' ';
	return buf;
}

/* Copy s (at most precision chars), padded to the field width. */
static char *string_nocheck(char *buf, char *end, const char *s,
			    struct printf_spec spec)
{
	size_t max = spec.precision < 0 ? (size_t)-1 : (size_t)spec.precision;
	int len = strnlen(s, max);
	int width = spec.field_width - len;

	if (!(spec.flags & LEFT))
		buf = pad(buf, end, width);
	for (; len; len--, buf++, s++)
		if (buf < end)
			*buf = *s;
	if (spec.flags & LEFT)
		buf = pad(buf, end, width);
	return buf;
}

static char *string(char *buf, char *end, const char *s,
		    struct printf_spec spec)
{
	if (!s)
		s = "(null)";
	else if ((unsigned long)s < PAGE_SIZE || IS_ERR(s))
		s = "(efault)";
	return string_nocheck(buf, end, s, spec);
}

static char *pointer_string(char *buf, char *end, const void *ptr,
			    struct printf_spec spec)
{
	spec.base = 16;
	spec.flags |= SMALL;
	if (spec.field_width == -1) {
		spec.field_width = 2 * sizeof(ptr);
		spec.flags |= ZEROPAD;
	}
	return number(buf, end, (unsigned long)ptr, spec);
}

/*
 * Linux hashes %p with a random key so that logs do not leak addresses.
 * We have no entropy and want byte-identical boots, so the key is fixed:
 * the IDs are stable per address, not secret.
 */
static char *ptr_to_id(char *buf, char *end, const void *ptr,
		       struct printf_spec spec)
{
	u64 x = (unsigned long)ptr ^ 0x6b6f626f78ULL;

	if (IS_ERR_OR_NULL(ptr))
		return pointer_string(buf, end, ptr, spec);
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return pointer_string(buf, end, (void *)(unsigned long)(x & 0xffffffff),
			      spec);
}

static char *symbol_string(char *buf, char *end, void *ptr,
			   struct printf_spec spec, char fmt)
{
	char sym[KSYM_SYMBOL_LEN];

	if (fmt == 's')
		sprint_symbol_no_offset(sym, (unsigned long)ptr);
	else
		sprint_symbol(sym, (unsigned long)ptr);
	spec.precision = -1;
	return string_nocheck(buf, end, sym, spec);
}

static char *address_val(char *buf, char *end, const phys_addr_t *addr,
			 struct printf_spec spec)
{
	spec.flags |= SPECIAL | SMALL | ZEROPAD;
	spec.field_width = 2 + 2 * sizeof(phys_addr_t);
	spec.base = 16;
	return number(buf, end, *addr, spec);
}

static char *put_hex_byte(char *buf, char *end, u8 b)
{
	static const char digits[] = "0123456789abcdef";

	if (buf < end)
		*buf = digits[b >> 4];
	buf++;
	if (buf < end)
		*buf = digits[b & 15];
	return buf + 1;
}

/* %*ph: up to 64 bytes in hex, ' ' between (C ':', D '-', N nothing). */
static char *hex_string(char *buf, char *end, const u8 *addr,
			struct printf_spec spec, const char *fmt)
{
	int i, len = 1;
	char sep;

	if (spec.field_width == 0)
		return buf;
	if (!addr)
		return string(buf, end, NULL, spec);
	sep = fmt[1] == 'C' ? ':' : fmt[1] == 'D' ? '-' : fmt[1] == 'N' ? 0 : ' ';
	if (spec.field_width > 0)
		len = min(spec.field_width, 64);
	for (i = 0; i < len; i++) {
		buf = put_hex_byte(buf, end, addr[i]);
		if (sep && i != len - 1) {
			if (buf < end)
				*buf = sep;
			buf++;
		}
	}
	return buf;
}

/* %pM: a MAC address, ':' separated (F: '-'; R: bytes reversed). */
static char *mac_address_string(char *buf, char *end, const u8 *addr,
				struct printf_spec spec, const char *fmt)
{
	char mac[3 * 6], *p = mac;
	bool reversed = fmt[1] == 'R';
	char sep = fmt[1] == 'F' ? '-' : ':';
	int i;

	if (!addr)
		return string(buf, end, NULL, spec);
	for (i = 0; i < 6; i++) {
		p = put_hex_byte(p, mac + sizeof(mac), addr[reversed ? 5 - i : i]);
		if (i != 5)
			*p++ = sep;
	}
	*p = '\0';
	return string_nocheck(buf, end, mac, spec);
}

/* %pOF: a device tree node's path; %pOFn: its name (up to any '@'). */
static char *device_node_string(char *buf, char *end, struct device_node *dn,
				struct printf_spec spec, const char *fmt)
{
	char path[256];
	const char *at;

	if (fmt[0] != 'F')
		return ptr_to_id(buf, end, dn, spec);
	if (!dn)
		return string(buf, end, NULL, spec);
	if (fmt[1] == 'n') {
		at = strchr(dn->full_name, '@');
		spec.precision = at ? at - dn->full_name : -1;
		return string(buf, end, dn->full_name, spec);
	}
	of_node_full_path(dn, path, sizeof(path));
	return string(buf, end, path, spec);
}

/* %pe: an ERR_PTR() by its error's name, or its number if it has none. */
static char *err_ptr(char *buf, char *end, void *ptr, struct printf_spec spec)
{
	int err = PTR_ERR(ptr);
	const char *sym = errname(err);

	if (sym)
		return string_nocheck(buf, end, sym, spec);
	spec.flags |= SIGN;
	spec.base = 10;
	return number(buf, end, err, spec);
}

/* %pV: a format and its arguments, printed in place (dev_printk() and friends). */
static char *va_format(char *buf, char *end, struct va_format *va_fmt)
{
	va_list va;

	va_copy(va, *va_fmt->va);
	buf += vsnprintf(buf, end > buf ? end - buf : 0, va_fmt->fmt, va);
	va_end(va);
	return buf;
}

struct trace_print_flags {
	unsigned long mask;
	const char *name;
};

#define gfpflag_string(flag) { flag, #flag }

/* Linux's order: the composite masks first, each name once its bits are all set. */
static const struct trace_print_flags gfpflag_names[] = {
	{ (GFP_HIGHUSER_MOVABLE | __GFP_COMP | __GFP_NOMEMALLOC | __GFP_NOWARN), "GFP_TRANSHUGE" },
	{ (GFP_HIGHUSER_MOVABLE | __GFP_COMP | __GFP_NOMEMALLOC | __GFP_NOWARN) & ~__GFP_RECLAIM,
	  "GFP_TRANSHUGE_LIGHT" },
	gfpflag_string(GFP_HIGHUSER_MOVABLE),
	gfpflag_string(GFP_HIGHUSER),
	gfpflag_string(GFP_USER),
	gfpflag_string(GFP_KERNEL_ACCOUNT),
	gfpflag_string(GFP_KERNEL),
	gfpflag_string(GFP_NOFS),
	gfpflag_string(GFP_ATOMIC),
	gfpflag_string(GFP_NOIO),
	gfpflag_string(GFP_NOWAIT),
	{ __GFP_DMA, "GFP_DMA" },
	gfpflag_string(__GFP_HIGHMEM),
	{ __GFP_DMA32, "GFP_DMA32" },
	gfpflag_string(__GFP_HIGH),
	gfpflag_string(__GFP_ATOMIC),
	gfpflag_string(__GFP_IO),
	gfpflag_string(__GFP_FS),
	gfpflag_string(__GFP_NOWARN),
	gfpflag_string(__GFP_RETRY_MAYFAIL),
	gfpflag_string(__GFP_NOFAIL),
	gfpflag_string(__GFP_NORETRY),
	gfpflag_string(__GFP_COMP),
	gfpflag_string(__GFP_ZERO),
	gfpflag_string(__GFP_NOMEMALLOC),
	gfpflag_string(__GFP_MEMALLOC),
	gfpflag_string(__GFP_HARDWALL),
	gfpflag_string(__GFP_THISNODE),
	gfpflag_string(__GFP_RECLAIMABLE),
	gfpflag_string(__GFP_MOVABLE),
	gfpflag_string(__GFP_ACCOUNT),
	gfpflag_string(__GFP_WRITE),
	gfpflag_string(__GFP_RECLAIM),
	gfpflag_string(__GFP_DIRECT_RECLAIM),
	gfpflag_string(__GFP_KSWAPD_RECLAIM),
	{ 0, NULL }
};

/* %pGg: gfp flags by name, '|' between, what no name covers in hex. */
static char *flags_string(char *buf, char *end, void *flags_ptr,
			  struct printf_spec spec, const char *fmt)
{
	struct printf_spec str = { .field_width = -1, .precision = -1 };
	struct printf_spec hex = { .flags = SPECIAL | SMALL, .base = 16,
				   .field_width = -1, .precision = -1 };
	const struct trace_print_flags *names = gfpflag_names;
	unsigned long flags;

	if (fmt[1] != 'g')
		return string(buf, end, "(%pG?)", spec);
	flags = *(gfp_t *)flags_ptr;
	for (; flags && names->name; names++) {
		if ((flags & names->mask) != names->mask)
			continue;
		buf = string(buf, end, names->name, str);
		flags &= ~names->mask;
		if (flags) {
			if (buf < end)
				*buf = '|';
			buf++;
		}
	}
	if (flags)
		buf = number(buf, end, flags, hex);
	return buf;
}

/*
 * %*pb: a bitmap of field_width bits in hex, 32 bits a chunk, the most
 * significant first, commas between; the first chunk as wide as its bits.
 */
static char *bitmap_string(char *buf, char *end, const unsigned long *bitmap,
			   struct printf_spec spec)
{
	struct printf_spec hex = { .flags = SMALL | ZEROPAD, .base = 16,
				   .precision = -1 };
	int nr_bits = max(spec.field_width, 0);
	int chunksz = nr_bits % 32 ? nr_bits % 32 : 32;
	int i;

	for (i = ALIGN(nr_bits, 32) - 32; i >= 0; i -= 32) {
		u32 val = (bitmap[i / 64] >> (i % 64)) & ((1ULL << chunksz) - 1);

		if (i != ALIGN(nr_bits, 32) - 32) {
			if (buf < end)
				*buf = ',';
			buf++;
		}
		hex.field_width = DIV_ROUND_UP(chunksz, 4);
		buf = number(buf, end, val, hex);
		chunksz = 32;
	}
	return buf;
}

/* %*pbl: the set bits among field_width as a list of ranges, "0-3,5". */
static char *bitmap_list_string(char *buf, char *end, const unsigned long *bitmap,
				struct printf_spec spec)
{
	struct printf_spec dec = { .base = 10, .field_width = -1, .precision = -1 };
	int nr_bits = max(spec.field_width, 0), first, last;
	bool comma = false;

	for (first = 0; first < nr_bits; first = last + 1) {
		while (first < nr_bits && !test_bit(first, bitmap))
			first++;
		if (first == nr_bits)
			break;
		for (last = first; last + 1 < nr_bits && test_bit(last + 1, bitmap); last++)
			;
		if (comma) {
			if (buf < end)
				*buf = ',';
			buf++;
		}
		buf = number(buf, end, first, dec);
		if (last > first) {
			if (buf < end)
				*buf = '-';
			buf++;
			buf = number(buf, end, last, dec);
		}
		comma = true;
	}
	return buf;
}

static char *pointer(const char *fmt, char *buf, char *end, void *ptr,
		     struct printf_spec spec)
{
	switch (*fmt) {
	case 'e':
		if (!IS_ERR(ptr))
			return ptr_to_id(buf, end, ptr, spec);
		return err_ptr(buf, end, ptr, spec);
	case 'V':
		return va_format(buf, end, ptr);
	case 'O':
		return device_node_string(buf, end, ptr, spec, fmt + 1);
	case 'b':
		if (fmt[1] == 'l')
			return bitmap_list_string(buf, end, ptr, spec);
		return bitmap_string(buf, end, ptr, spec);
	case 'G':
		return flags_string(buf, end, ptr, spec, fmt);
	case 'h':
		return hex_string(buf, end, ptr, spec, fmt);
	case 'M':
		return mac_address_string(buf, end, ptr, spec, fmt);
	case 'S':
	case 's':
	case 'B':
		return symbol_string(buf, end, ptr, spec, *fmt);
	case 'x':
		return pointer_string(buf, end, ptr, spec);
	case 'a':
		return address_val(buf, end, ptr, spec);
	case 'K':
	default:
		return ptr_to_id(buf, end, ptr, spec);
	}
}

/* Parse "%[flags][width][.precision][length]"; returns the conversion char. */
static const char *parse_spec(const char *fmt, struct printf_spec *spec,
			      int *qualifier, va_list *args)
{
	spec->flags = 0;
	for (;; fmt++) {
		if (*fmt == '-')
			spec->flags |= LEFT;
		else if (*fmt == '+')
			spec->flags |= PLUS;
		else if (*fmt == ' ')
			spec->flags |= SPACE;
		else if (*fmt == '#')
			spec->flags |= SPECIAL;
		else if (*fmt == '0')
			spec->flags |= ZEROPAD;
		else
			break;
	}

	spec->field_width = -1;
	if (isdigit(*fmt)) {
		spec->field_width = 0;
		while (isdigit(*fmt))
			spec->field_width = spec->field_width * 10 + *fmt++ - '0';
	} else if (*fmt == '*') {
		spec->field_width = va_arg(*args, int);
		if (spec->field_width < 0) {
			spec->field_width = -spec->field_width;
			spec->flags |= LEFT;
		}
		fmt++;
	}

	spec->precision = -1;
	if (*fmt == '.') {
		fmt++;
		spec->precision = 0;
		if (isdigit(*fmt)) {
			while (isdigit(*fmt))
				spec->precision = spec->precision * 10 + *fmt++ - '0';
		} else if (*fmt == '*') {
			spec->precision = va_arg(*args, int);
			fmt++;
		}
		if (spec->precision < 0)
			spec->precision = 0;
	}

	*qualifier = 0;
	if (*fmt == 'h' || _tolower(*fmt) == 'l' || *fmt == 'z' ||
	    *fmt == 'Z' || *fmt == 't' || *fmt == 'q' || *fmt == 'j') {
		*qualifier = *fmt++;
		if (*qualifier == *fmt) {
			if (*qualifier == 'l') {
				*qualifier = 'L';
				fmt++;
			} else if (*qualifier == 'h') {
				*qualifier = 'H';
				fmt++;
			}
		}
	}
	return fmt;
}

/* The argument, widened; signed types are sign-extended. */
static unsigned long long fetch_number(int qualifier, bool sign, va_list *args)
{
	switch (qualifier) {
	case 'L':
	case 'q':
	case 'j':
		return va_arg(*args, long long);
	case 'l':
		if (sign)
			return va_arg(*args, long);
		return va_arg(*args, unsigned long);
	case 'z':
	case 'Z':
		if (sign)
			return va_arg(*args, ssize_t);
		return va_arg(*args, size_t);
	case 't':
		return va_arg(*args, ptrdiff_t);
	case 'H':
		if (sign)
			return (signed char)va_arg(*args, int);
		return (unsigned char)va_arg(*args, int);
	case 'h':
		if (sign)
			return (short)va_arg(*args, int);
		return (unsigned short)va_arg(*args, int);
	default:
		if (sign)
			return va_arg(*args, int);
		return va_arg(*args, unsigned int);
	}
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	char *str = buf, *end = buf + size;

#if BITS_PER_LONG == 32
	/* vsprintf()'s INT_MAX wraps past the top on 32-bit: as Linux, clamp */
	if (end < buf) {
		end = (char *)-1;
		size = end - buf;
	}
#endif
	struct printf_spec spec;
	int qualifier;
	va_list ap;

	if ((int)size < 0)
		return 0;
	va_copy(ap, args);

	while (*fmt) {
		if (*fmt != '%') {
			if (str < end)
				*str = *fmt;
			str++;
			fmt++;
			continue;
		}
		fmt = parse_spec(fmt + 1, &spec, &qualifier, &ap);
		spec.base = 10;

		switch (*fmt) {
		case 'c':
			if (!(spec.flags & LEFT))
				str = pad(str, end, spec.field_width - 1);
			if (str < end)
				*str = (unsigned char)va_arg(ap, int);
			str++;
			if (spec.flags & LEFT)
				str = pad(str, end, spec.field_width - 1);
			break;
		case 's':
			str = string(str, end, va_arg(ap, char *), spec);
			break;
		case 'p':
			str = pointer(fmt + 1, str, end, va_arg(ap, void *), spec);
			while (isalnum(fmt[1]))
				fmt++;
			break;
		case '%':
			if (str < end)
				*str = '%';
			str++;
			break;
		case 'o':
			spec.base = 8;
			str = number(str, end, fetch_number(qualifier, false, &ap), spec);
			break;
		case 'x':
			spec.flags |= SMALL;
			/* fall through */
		case 'X':
			spec.base = 16;
			str = number(str, end, fetch_number(qualifier, false, &ap), spec);
			break;
		case 'd':
		case 'i':
			spec.flags |= SIGN;
			str = number(str, end, fetch_number(qualifier, true, &ap), spec);
			break;
		case 'u':
			str = number(str, end, fetch_number(qualifier, false, &ap), spec);
			break;
		case '\0':
			fmt--;	/* a lone '%' at the end prints nothing */
			break;
		default:
			if (str < end)
				*str = '%';
			str++;
			if (str < end)
				*str = *fmt;
			str++;
			break;
		}
		fmt++;
	}
	va_end(ap);

	if (size > 0) {
		if (str < end)
			*str = '\0';
		else
			end[-1] = '\0';
	}
	return str - buf;
}
EXPORT_SYMBOL(vsnprintf);

int vscnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	int i = vsnprintf(buf, size, fmt, args);

	if (likely(i < (int)size))
		return i;
	return size ? size - 1 : 0;
}
EXPORT_SYMBOL(vscnprintf);

int vsprintf(char *buf, const char *fmt, va_list args)
{
	return vsnprintf(buf, INT_MAX, fmt, args);
}
EXPORT_SYMBOL(vsprintf);

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int i;

	va_start(args, fmt);
	i = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return i;
}
EXPORT_SYMBOL(snprintf);

int scnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int i;

	va_start(args, fmt);
	i = vscnprintf(buf, size, fmt, args);
	va_end(args);
	return i;
}
EXPORT_SYMBOL(scnprintf);

int sprintf(char *buf, const char *fmt, ...)
{
	va_list args;
	int i;

	va_start(args, fmt);
	i = vsnprintf(buf, INT_MAX, fmt, args);
	va_end(args);
	return i;
}
EXPORT_SYMBOL(sprintf);

/*
 * simple_strtoull() that reads at most max_chars characters, the radix
 * prefix included (a field width of sscanf()); a field too short for
 * the prefix and a digit is skipped without converting.
 */
static unsigned long long simple_strntoull(const char *startp,
					   size_t max_chars, char **endp,
					   unsigned int base)
{
	const char *cp = startp;
	unsigned long long result = 0;

	if (base == 0) {
		if (cp[0] == '0')
			base = _tolower(cp[1]) == 'x' && isxdigit(cp[2]) ? 16 : 8;
		else
			base = 10;
	}
	if (base == 16 && cp[0] == '0' && _tolower(cp[1]) == 'x')
		cp += 2;
	if ((size_t)(cp - startp) >= max_chars) {
		cp = startp + max_chars;
	} else {
		max_chars -= cp - startp;
		for (; max_chars && isxdigit(*cp); cp++, max_chars--) {
			unsigned int val = isdigit(*cp) ? *cp - '0' :
				       _tolower(*cp) - 'a' + 10;

			if (val >= base)
				break;
			result = result * base + val;
		}
	}
	if (endp)
		*endp = (char *)cp;
	return result;
}

static long long simple_strntoll(const char *cp, size_t max_chars,
				 char **endp, unsigned int base)
{
	if (*cp == '-' && max_chars > 0)
		return -simple_strntoull(cp + 1, max_chars - 1, endp, base);
	return simple_strntoull(cp, max_chars, endp, base);
}

/* %[set] and %[^set]: the characters matched, at most field_width. */
static bool scan_set(const char **fmtp, const char **strp, char *s,
		     int field_width)
{
	const char *fmt = *fmtp, *str = *strp;
	bool negate = *fmt == '^', set[256] = { };
	unsigned int len = 0, c;

	if (negate)
		++fmt;
	for (; *fmt && *fmt != ']'; ++fmt, ++len)
		set[(u8)*fmt] = true;
	if (!*fmt || !len)
		return false;
	++fmt;
	if (negate) {
		for (c = 0; c < 256; c++)
			set[c] = !set[c];
		set[0] = false;
	}
	if (!set[(u8)*str])
		return false;
	while (set[(u8)*str] && field_width--)
		*s++ = *str++;
	*s = '\0';
	*fmtp = fmt;
	*strp = str;
	return true;
}

/* Store a converted number through the pointer its qualifier says. */
static void scan_store(va_list *args, int qualifier, bool is_sign,
		       unsigned long long val)
{
	switch (qualifier) {
	case 'H':
		if (is_sign)
			*va_arg(*args, signed char *) = val;
		else
			*va_arg(*args, unsigned char *) = val;
		break;
	case 'h':
		if (is_sign)
			*va_arg(*args, short *) = val;
		else
			*va_arg(*args, unsigned short *) = val;
		break;
	case 'l':
		if (is_sign)
			*va_arg(*args, long *) = val;
		else
			*va_arg(*args, unsigned long *) = val;
		break;
	case 'L':
		if (is_sign)
			*va_arg(*args, long long *) = val;
		else
			*va_arg(*args, unsigned long long *) = val;
		break;
	case 'z':
		*va_arg(*args, size_t *) = val;
		break;
	default:
		if (is_sign)
			*va_arg(*args, int *) = val;
		else
			*va_arg(*args, unsigned int *) = val;
		break;
	}
}

/*
 * Linux's sscanf: white space in fmt matches any white space; %d %i %u
 * %o %x %X with hh, h, l, ll, z; %c %s %[set] %n %% and %*skip. Returns
 * how many conversions were stored; it stops at the first mismatch.
 */
int vsscanf(const char *buf, const char *fmt, va_list args)
{
	const char *str = buf;
	int num = 0, qualifier, field_width;
	unsigned int base;
	bool is_sign;
	char *next;
	char digit;
	va_list ap;

	va_copy(ap, args);
	while (*fmt) {
		if (isspace(*fmt)) {
			fmt = skip_spaces(++fmt);
			str = skip_spaces(str);
		}
		if (*fmt != '%' && *fmt) {
			if (*fmt++ != *str++)
				break;
			continue;
		}
		if (!*fmt)
			break;
		++fmt;
		/* %*...: skip to the next white space in both */
		if (*fmt == '*') {
			if (!*str)
				break;
			while (!isspace(*fmt) && *fmt != '%' && *fmt) {
				if (*fmt == '[')
					goto out;
				fmt++;
			}
			while (!isspace(*str) && *str)
				str++;
			continue;
		}
		field_width = -1;
		if (isdigit(*fmt)) {
			field_width = 0;
			while (isdigit(*fmt))
				field_width = field_width * 10 + *fmt++ - '0';
			if (field_width <= 0)
				break;
		}
		qualifier = -1;
		if (*fmt == 'h' || _tolower(*fmt) == 'l' || *fmt == 'z') {
			qualifier = *fmt++;
			if (qualifier == *fmt && (qualifier == 'h' || qualifier == 'l')) {
				qualifier = qualifier == 'h' ? 'H' : 'L';
				fmt++;
			}
		}
		if (!*fmt)
			break;
		if (*fmt == 'n') {
			*va_arg(ap, int *) = str - buf;
			++fmt;
			continue;
		}
		if (!*str)
			break;
		base = 10;
		is_sign = false;
		switch (*fmt++) {
		case 'c': {
			char *s = va_arg(ap, char *);

			if (field_width == -1)
				field_width = 1;
			do {
				*s++ = *str++;
			} while (--field_width > 0 && *str);
			num++;
			continue;
		}
		case 's': {
			char *s = va_arg(ap, char *);

			if (field_width == -1)
				field_width = 0x7fff;
			str = skip_spaces(str);
			while (*str && !isspace(*str) && field_width--)
				*s++ = *str++;
			*s = '\0';
			num++;
			continue;
		}
		case '[':
			/* a field width is required */
			if (field_width == -1 ||
			    !scan_set(&fmt, &str, va_arg(ap, char *), field_width))
				goto out;
			num++;
			continue;
		case 'o':
			base = 8;
			break;
		case 'x':
		case 'X':
			base = 16;
			break;
		case 'i':
			base = 0;
			fallthrough;
		case 'd':
			is_sign = true;
			fallthrough;
		case 'u':
			break;
		case '%':
			if (*str++ != '%')
				goto out;
			continue;
		default:
			goto out;
		}

		str = skip_spaces(str);
		digit = *str;
		if (is_sign && digit == '-') {
			if (field_width == 1)
				break;
			digit = *(str + 1);
		}
		if (!digit || (base == 16 && !isxdigit(digit)) ||
		    (base == 10 && !isdigit(digit)) ||
		    (base == 8 && (!isdigit(digit) || digit > '7')) ||
		    (base == 0 && !isdigit(digit)))
			break;
		if (is_sign)
			scan_store(&ap, qualifier, true,
				   simple_strntoll(str, field_width >= 0 ?
						   field_width : INT_MAX,
						   &next, base));
		else
			scan_store(&ap, qualifier, false,
				   simple_strntoull(str, field_width >= 0 ?
						    field_width : INT_MAX,
						    &next, base));
		num++;
		if (!next)
			break;
		str = next;
	}
out:
	va_end(ap);
	return num;
}
EXPORT_SYMBOL(vsscanf);

int sscanf(const char *buf, const char *fmt, ...)
{
	va_list args;
	int i;

	va_start(args, fmt);
	i = vsscanf(buf, fmt, args);
	va_end(args);
	return i;
}
EXPORT_SYMBOL(sscanf);
