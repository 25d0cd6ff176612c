// SPDX-License-Identifier: GPL-2.0
/* Looking up ASN.1 object identifiers by their DER encoding. */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/oid_registry.h>
#include <linux/string.h>

struct oid_entry {
	const char *der;
	unsigned char len;
};

static const struct oid_entry oid_table[OID__NR] = {
#define OID(name, enc) [name] = { enc, sizeof(enc) - 1 },
#include <generated/oid_registry_data.h>
#undef OID
};

enum OID look_up_OID(const void *data, size_t datasize)
{
	unsigned int i;

	for (i = 0; i < OID__NR; i++)
		if (oid_table[i].len == datasize &&
		    !memcmp(oid_table[i].der, data, datasize))
			return i;
	return OID__NR;
}

/* Dotted decimal, as Linux's sprint_oid(): "(bad)" for a broken one. */
int sprint_oid(const void *data, size_t datasize, char *buffer, size_t bufsize)
{
	const unsigned char *v = data, *end = v + datasize;
	unsigned long num;
	unsigned char n;
	size_t ret;
	int count;

	if (v >= end)
		goto bad;
	n = *v++;
	ret = count = snprintf(buffer, bufsize, "%u.%u", n / 40, n % 40);
	if (count >= bufsize)
		return -ENOBUFS;
	buffer += count;
	bufsize -= count;

	while (v < end) {
		n = *v++;
		num = n & 0x7f;
		while (n & 0x80) {	/* base 128, high bit: more follows */
			if (v >= end)
				goto bad;
			n = *v++;
			num = num << 7 | (n & 0x7f);
		}
		ret += count = snprintf(buffer, bufsize, ".%lu", num);
		if (count >= bufsize)
			return -ENOBUFS;
		buffer += count;
		bufsize -= count;
	}
	return ret;
bad:
	snprintf(buffer, bufsize, "(bad)");
	return -EBADMSG;
}
